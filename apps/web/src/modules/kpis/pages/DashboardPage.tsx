import { Alert, Anchor, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, AGE_BAND_LABELS, Permission } from '@lalaland/shared';
import { useViewer } from '../../auth';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { pick, streamLabel } from '../../../components/names';
import type { DashboardKind } from '../../../gql/graphql';
import { DASHBOARD_STREAMS, KPI_DASHBOARD, KPI_DICTIONARY } from '../graphql/kpis';
import { BreakdownSection } from '../components/BreakdownSection';
import { StreamComparison } from '../components/StreamComparison';
import { KpiCards } from '../components/KpiCards';
import { ScrollTable } from '../../../components/ScrollTable';

const KINDS: Record<string, DashboardKind> = { stream: 'STREAM', consortium: 'CONSORTIUM', organization: 'ORGANIZATION' };

/** Dashboards of a stream, the consortium or an organization: filters in the address, figures as the access rules allow. */
export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const streams = useQuery(DASHBOARD_STREAMS);
  const dictionary = useQuery(KPI_DICTIONARY);
  const scope = params.get('scope') ?? 'stream';
  const kind = KINDS[scope] ?? 'STREAM';
  const list = streams.data?.fundingStreams ?? [];
  const streamId = params.get('stream') ?? list[0]?.id ?? null;
  const stream = list.find((s) => s.id === streamId);
  const year = Number(params.get('year')) || stream?.fiscalYear || list[0]?.fiscalYear || new Date().getFullYear();
  const quarter = Number(params.get('q')) || 0;
  const organizationId = params.get('org') || null;
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const skip = kind === 'STREAM' && !streamId;
  const variables = {
    kind,
    streamId: kind === 'STREAM' ? streamId : null,
    organizationId: kind === 'CONSORTIUM' ? null : organizationId,
    year,
    quarter,
  };
  const { data, previousData, loading, error, refetch } = useQuery(KPI_DASHBOARD, { variables, skip });
  const d = (data ?? previousData)?.kpiDashboard;
  const seesMembers = !!stream && (stream.myRole === 'LEAD' || !stream.myRole || viewer?.user.isPlatformAdmin);
  const orgOptions =
    kind === 'STREAM' && seesMembers ? stream.members.map((m) => ({ value: m.organization.id, label: pick(m.organization, lang) })) : [];
  const exportQuery = new URLSearchParams(
    Object.entries(variables).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, String(v)]])),
  ).toString();
  const years = [...new Set([year, ...list.map((s) => s.fiscalYear), new Date().getFullYear()])].sort((a, b) => b - a);

  if (streams.error) return <ErrorAlert error={streams.error} onRetry={() => void streams.refetch()} />;
  if (!streams.data || !dictionary.data) return <PageLoader />;
  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>{t('kpis.title')}</Title>
        <Group gap="xs" className="lal-no-print">
          {viewer?.permissions.includes(Permission.KpisManage) && stream?.canManage && (
            <Button component={Link} to={`/dashboards/targets?stream=${stream.id}&year=${year}`} variant="default">
              {t('kpis.targets')}
            </Button>
          )}
          <Button component="a" href={`/exports/dashboard.csv?${exportQuery}`} variant="default" download>
            {t('kpis.downloadCsv')}
          </Button>
          <Button component="a" href={`/exports/dashboard.xlsx?${exportQuery}`} variant="default" download>
            {t('kpis.downloadXlsx')}
          </Button>
          <Button variant="default" onClick={() => window.print()}>
            {t('kpis.print')}
          </Button>
        </Group>
      </Group>
      <Text c="dimmed">{t('kpis.intro')}</Text>
      <Paper withBorder p="sm" className="lal-no-print">
        <Group gap="sm" align="end" wrap="wrap">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="kpi-scope">
              {t('kpis.scope')}
            </Text>
            <SegmentedControl
              aria-labelledby="kpi-scope"
              value={scope}
              onChange={(v) => {
                const next = new URLSearchParams(params);
                next.set('scope', v);
                next.delete('org');
                setParams(next, { replace: true });
              }}
              data={[
                { value: 'stream', label: t('kpis.scopeStream') },
                { value: 'consortium', label: t('kpis.scopeConsortium') },
                { value: 'organization', label: t('kpis.scopeOrganization') },
              ]}
            />
          </Stack>
          {kind === 'STREAM' && (
            <SelectField
              label={t('kpis.stream')}
              value={streamId ?? ''}
              data={list.map((s) => ({ value: s.id, label: streamLabel(s, lang) }))}
              onChange={(v) => {
                const next = new URLSearchParams(params);
                next.set('stream', v);
                next.delete('org');
                setParams(next, { replace: true });
              }}
            />
          )}
          {orgOptions.length > 0 && (
            <SelectField
              label={t('kpis.organization')}
              value={organizationId ?? ''}
              data={[{ value: '', label: t('kpis.allOrganizations') }, ...orgOptions]}
              onChange={(v) => set('org', v)}
            />
          )}
          <SelectField
            label={t('kpis.year')}
            value={String(year)}
            data={years.map((y) => ({ value: String(y), label: String(y) }))}
            onChange={(v) => set('year', v)}
          />
          <SelectField
            label={t('kpis.quarter')}
            value={String(quarter)}
            data={[
              { value: '0', label: t('kpis.wholeYear') },
              ...[1, 2, 3, 4].map((n) => ({ value: String(n), label: t('kpis.quarterN', { n }) })),
            ]}
            onChange={(v) => set('q', v === '0' ? null : v)}
          />
        </Group>
      </Paper>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!d && loading && <PageLoader />}
      {d && (
        <Stack aria-busy={loading || undefined}>
          <Alert variant="light" color={d.suppressed ? 'gray' : 'green'}>
            {d.suppressed ? t('kpis.suppressedNote') : t('kpis.ownNote')}
            {kind === 'STREAM' && stream && (
              <>
                {' '}
                <Anchor component={Link} to={`/progress/${stream.code}`}>
                  {t('kpis.publicLink')}
                </Anchor>
              </>
            )}
          </Alert>
          <KpiCards figures={d.figures} dictionary={dictionary.data.kpiDictionary} />
          <StreamComparison rows={d.streamFigures} dictionary={dictionary.data.kpiDictionary} />
          {d.breakdowns.map((b) => (
            <BreakdownSection key={b.dimension} b={b} />
          ))}
          <Paper withBorder p="md" className="lal-print-block">
            <Stack gap="sm">
              <Title order={2} size="h3">
                {t('kpis.generation')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('kpis.mixHelp')}
              </Text>
              {[
                { title: t('kpis.programmeMix'), rows: d.programmeMix },
                { title: t('kpis.activityMix'), rows: d.activityMix },
              ].map((m) => (
                <Stack gap={4} key={m.title}>
                  <Title order={3} size="h4">
                    {m.title}
                  </Title>
                  {m.rows.length === 0 ? (
                    <Text c="dimmed">{t('kpis.noData')}</Text>
                  ) : (
                    <ScrollTable label={m.title} minWidth={420}>
                      <Table striped>
                        <Table.Thead>
                          <Table.Tr>
                            <Table.Th scope="col">{m.title}</Table.Th>
                            <Table.Th scope="col" ta="right">
                              {t('kpis.people')}
                            </Table.Th>
                            <Table.Th scope="col" ta="right">
                              {t('kpis.mixIndex')}
                            </Table.Th>
                          </Table.Tr>
                        </Table.Thead>
                        <Table.Tbody>
                          {m.rows.map((r) => (
                            <Table.Tr key={r.id}>
                              <Table.Th scope="row" fw={400}>
                                {r.title}
                              </Table.Th>
                              <Table.Td ta="right">{r.people ?? t('kpis.hidden')}</Table.Td>
                              <Table.Td ta="right">{r.mixIndex ?? '–'}</Table.Td>
                            </Table.Tr>
                          ))}
                        </Table.Tbody>
                      </Table>
                    </ScrollTable>
                  )}
                </Stack>
              ))}
              <Title order={3} size="h4">
                {t('kpis.mentorPairs')}
              </Title>
              <ScrollTable label={t('kpis.mentorPairs')} minWidth={520}>
                <Table striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">
                        {t('kpis.mentor')} \ {t('kpis.learner')}
                      </Table.Th>
                      {AGE_BANDS.map((b) => (
                        <Table.Th scope="col" ta="right" key={b}>
                          {label(AGE_BAND_LABELS, b, lang)}
                        </Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {AGE_BANDS.map((m) => (
                      <Table.Tr key={m}>
                        <Table.Th scope="row" fw={400}>
                          {label(AGE_BAND_LABELS, m, lang)}
                        </Table.Th>
                        {AGE_BANDS.map((l) => {
                          const c = d.mentorPairs.find((p) => p.mentorAgeBand === m && p.learnerAgeBand === l);
                          return (
                            <Table.Td ta="right" key={l}>
                              {c?.pairs ?? t('kpis.hidden')}
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </ScrollTable>
            </Stack>
          </Paper>
        </Stack>
      )}
    </Stack>
  );
}
