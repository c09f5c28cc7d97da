import { useState } from 'react';
import { Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DateField } from '../../../components/DateField';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { SelectField } from '../../../components/SelectField';
import { Trail } from '../../../components/Trail';
import { streamLabel } from '../../../components/names';
import type { KpiCode } from '../../../gql/graphql';
import { DASHBOARD_STREAMS, DELETE_KPI_MILESTONE, KPI_DICTIONARY, KPI_TARGETS, SAVE_KPI_MILESTONE, SET_KPI_TARGETS } from '../graphql/kpis';
import { calendarDay } from '../../../components/dates';
import { useUnsavedGuard } from '../../../components/useUnsavedGuard';
import { ScrollTable } from '../../../components/ScrollTable';

const NUMBER = /^\d{1,10}(\.\d)?$/;

/** The lead's admins set a stream's targets (year and quarters) and milestones; every change is audited. */
export default function TargetsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const streams = useQuery(DASHBOARD_STREAMS);
  const dictionary = useQuery(KPI_DICTIONARY);
  const managed = (streams.data?.fundingStreams ?? []).filter((s) => s.canManage);
  const streamId = params.get('stream') ?? managed[0]?.id ?? '';
  const stream = managed.find((s) => s.id === streamId);
  const year = Number(params.get('year')) || stream?.fiscalYear || new Date().getFullYear();
  const [quarter, setQuarter] = useState(0);
  const targets = useQuery(KPI_TARGETS, { variables: { streamId, year }, skip: !stream });
  const [setTargets, setting] = useMutation(SET_KPI_TARGETS);
  const [saveMilestone, savingMilestone] = useMutation(SAVE_KPI_MILESTONE);
  const [deleteMilestone, deleting] = useMutation(DELETE_KPI_MILESTONE);
  const [drafts, setDrafts] = useState<Record<string, { target: string; baseline: string }>>({});
  const [notice, setNotice] = useState<NoticeValue>(null);
  const [milestone, setMilestone] = useState({ titleKo: '', dueOn: '', doneOn: '' });
  const [removing, setRemoving] = useState<string | null>(null);
  const existingIn = (code: string, q: number) => targets.data?.kpiTargets.find((x) => x.kpiCode === code && x.quarter === q);
  // The table's changes, every quarter's: saved together, asked about before leaving.
  const dirty = Object.entries(drafts).filter(([key, d]) => {
    const [code = '', q = '0'] = key.split(':');
    const e = existingIn(code, Number(q));
    return d.target !== (e?.target?.toString() ?? '') || d.baseline !== (e?.baseline?.toString() ?? '');
  });
  const guard = useUnsavedGuard(dirty.length > 0, t('kpis.unsaved'));

  if (streams.error) return <ErrorAlert error={streams.error} onRetry={() => void streams.refetch()} />;
  if (!streams.data || !dictionary.data) return <PageLoader />;
  if (!stream) return <Text>{t('kpis.notLead')}</Text>;
  const draftOf = (code: string) =>
    drafts[`${code}:${quarter}`] ?? {
      target: existingIn(code, quarter)?.target?.toString() ?? '',
      baseline: existingIn(code, quarter)?.baseline?.toString() ?? '',
    };
  const bad = (v: string) => !!v && !NUMBER.test(v);
  const save = async () => {
    if (dirty.some(([, d]) => bad(d.target) || bad(d.baseline))) {
      setNotice({ ok: false, text: t('kpis.targetInvalid') });
      return;
    }
    try {
      await setTargets({
        variables: {
          input: {
            streamId,
            year,
            entries: dirty.map(([key, d]) => ({
              kpiCode: key.split(':')[0] as KpiCode,
              quarter: Number(key.split(':')[1]),
              target: d.target ? Number(d.target) : null,
              baseline: d.baseline ? Number(d.baseline) : null,
            })),
          },
        },
      });
      await targets.refetch();
      setDrafts({});
      setNotice({ ok: true, text: t('kpis.savedCount', { count: dirty.length }) });
    } catch (err) {
      setNotice({ ok: false, text: errorMessage(err, lang, t('common.networkError')) });
    }
  };
  return (
    <Stack>
      <Trail items={[{ to: '/dashboards', label: t('kpis.title') }]} />
      <Title order={1}>{t('kpis.targetsTitle')}</Title>
      <Text c="dimmed">{t('kpis.targetsIntro')}</Text>
      <Group gap="sm" align="end" wrap="wrap">
        <SelectField
          label={t('kpis.stream')}
          value={streamId}
          data={managed.map((s) => ({ value: s.id, label: streamLabel(s, lang) }))}
          onChange={(v) => setParams({ stream: v, year: String(year) }, { replace: true })}
        />
        <SelectField
          label={t('kpis.year')}
          value={String(year)}
          data={[year + 1, year, year - 1].map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => setParams({ stream: streamId, year: v }, { replace: true })}
        />
        <SelectField
          label={t('kpis.quarter')}
          value={String(quarter)}
          data={[
            { value: '0', label: t('kpis.wholeYear') },
            ...[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('kpis.quarterN', { n }) })),
          ]}
          onChange={(v) => setQuarter(Number(v))}
        />
      </Group>
      {targets.error && <ErrorAlert error={targets.error} onRetry={() => void targets.refetch()} />}
      <Paper withBorder p="md">
        <ScrollTable label={t('kpis.targetsTitle')} minWidth={600}>
          <Table striped aria-busy={targets.loading || undefined}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('kpis.kpi')}</Table.Th>
                <Table.Th scope="col">{t('kpis.target')}</Table.Th>
                <Table.Th scope="col">{t('kpis.baseline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dictionary.data.kpiDictionary.map((k) => {
                const name = lang === 'en' ? k.nameEn : k.nameKo;
                const d = draftOf(k.code);
                const change = (field: 'target' | 'baseline', value: string) =>
                  setDrafts((all) => ({ ...all, [`${k.code}:${quarter}`]: { ...d, [field]: value } }));
                return (
                  <Table.Tr key={k.code}>
                    <Table.Th scope="row" fw={400}>
                      {name}
                    </Table.Th>
                    <Table.Td>
                      <TextInput
                        aria-label={`${name} ${t('kpis.target')}`}
                        inputMode="decimal"
                        value={d.target}
                        onChange={(e) => change('target', e.currentTarget.value)}
                        error={bad(d.target) ? t('kpis.targetInvalid') : undefined}
                        w={160}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        aria-label={`${name} ${t('kpis.baseline')}`}
                        inputMode="decimal"
                        value={d.baseline}
                        onChange={(e) => change('baseline', e.currentTarget.value)}
                        error={bad(d.baseline) ? t('kpis.targetInvalid') : undefined}
                        w={160}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
        <Group mt="sm">
          <Button loading={setting.loading} disabled={!dirty.length} onClick={() => void save()}>
            {dirty.length ? t('kpis.saveCount', { count: dirty.length }) : t('kpis.save')}
          </Button>
        </Group>
      </Paper>
      {guard}
      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('kpis.milestones')}
          </Title>
          {targets.data?.kpiMilestones.length === 0 && <Text c="dimmed">{t('kpis.noMilestones')}</Text>}
          {targets.data?.kpiMilestones.map((m) => (
            <Group key={m.id} justify="space-between" wrap="wrap">
              <Text>
                {m.titleKo} · {t('kpis.dueOn')} {calendarDay(m.dueOn, lang)}
                {m.doneOn && ` · ${t('kpis.doneOn')} ${calendarDay(m.doneOn, lang)}`}
              </Text>
              <Button variant="subtle" color="red.8" onClick={() => setRemoving(m.id)}>
                {t('kpis.deleteMilestone')}
              </Button>
            </Group>
          ))}
          <Group align="end" wrap="wrap">
            <TextInput
              label={t('kpis.milestoneTitle')}
              value={milestone.titleKo}
              onChange={(e) => setMilestone({ ...milestone, titleKo: e.currentTarget.value })}
              maxLength={200}
              required
            />
            <DateField
              label={t('kpis.dueOn')}
              value={milestone.dueOn}
              onChange={(v) => setMilestone({ ...milestone, dueOn: v })}
              required
            />
            <DateField label={t('kpis.doneOn')} value={milestone.doneOn} onChange={(v) => setMilestone({ ...milestone, doneOn: v })} />
            <Button
              loading={savingMilestone.loading}
              disabled={!milestone.titleKo.trim() || !milestone.dueOn}
              onClick={async () => {
                try {
                  await saveMilestone({
                    variables: {
                      input: { streamId, titleKo: milestone.titleKo.trim(), dueOn: milestone.dueOn, doneOn: milestone.doneOn || null },
                    },
                  });
                  setMilestone({ titleKo: '', dueOn: '', doneOn: '' });
                  await targets.refetch();
                  setNotice({ ok: true, text: t('kpis.milestoneSaved') });
                } catch (err) {
                  setNotice({ ok: false, text: errorMessage(err, lang, t('common.networkError')) });
                }
              }}
            >
              {t('kpis.addMilestone')}
            </Button>
          </Group>
        </Stack>
      </Paper>
      {removing && (
        <ConfirmDialog
          title={t('kpis.deleteMilestone')}
          consequence={t('kpis.deleteMilestoneConfirm')}
          confirmLabel={t('kpis.deleteMilestone')}
          loading={deleting.loading}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            await deleteMilestone({ variables: { id: removing } });
            setRemoving(null);
            await targets.refetch();
          }}
        />
      )}
      <Notice notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
