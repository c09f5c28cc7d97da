import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, EDUCATION_DOMAIN_LABELS, PILLAR_LABELS, PROGRAMME_STATUS_LABELS } from '@lalaland/shared';
import type { Pillar, EducationDomain, ProgrammeStatus } from '../../../gql/graphql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PagePagination } from '../../../components/PagePagination';
import { SelectField } from '../../../components/SelectField';
import { DataTable } from '../../../components/DataTable';
import { useViewer } from '../../auth';
import { pick, streamLabel } from '../../../components/names';
import { PageLoader } from '../../../components/PageLoader';
import { STATUS_COLORS, programmeTitle } from '../labels';
import { label, options } from '../../../components/labels';
import { PROGRAMMES_PAGE, LIST, QUEUE } from '../graphql/programmes';
import { CreateProgrammeModal } from '../components/CreateProgrammeModal';
import { countText } from '../../../components/counts';

/** Subprogrammes right under their parent when both are on the page (the list's own order otherwise). */
function underParents<P extends { id: string; parentId?: string | null }>(items: readonly P[]): P[] {
  const onPage = new Set(items.map((p) => p.id));
  const out: P[] = [];
  for (const p of items) {
    if (p.parentId && onPage.has(p.parentId)) continue;
    out.push(p, ...items.filter((c) => c.parentId === p.id));
  }
  return out;
}

export default function ProgrammeListPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const [streamId, setStreamId] = useState('');
  const [pillar, setPillar] = useState('');
  const [domain, setDomain] = useState('');
  const [status, setStatus] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [formOpen, setFormOpen] = useState(false);
  const variables = {
    streamId: streamId || null,
    pillar: (pillar || null) as Pillar | null,
    domain: (domain || null) as EducationDomain | null,
    status: status ? [status as ProgrammeStatus] : null,
    organizationId: organizationId || null,
    search: search.trim() || null,
    offset: (page - 1) * PROGRAMMES_PAGE,
  };
  const { data, previousData, loading, error, refetch } = useQuery(LIST, { variables, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const canApprove = !!viewer?.permissions.includes(Permission.ProgrammeApprove);
  const queue = useQuery(QUEUE, { skip: !canApprove, fetchPolicy: 'cache-and-network' });
  const canWrite = !!viewer?.permissions.includes(Permission.ProgrammeWrite);
  const reset = (f: (v: string) => void) => (v: string) => {
    f(v);
    setPage(1);
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('learn.title')}</Title>
        {canWrite && <Button onClick={() => setFormOpen(true)}>{t('learn.newProgramme')}</Button>}
      </Group>
      <Text c="dimmed">{t('learn.intro')}</Text>
      {!!queue.data?.programmeApprovalQueue.length && (
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="xs">
            {t('learn.approvalQueue')} ({queue.data.programmeApprovalQueue.length})
          </Title>
          <Stack gap={4}>
            {queue.data.programmeApprovalQueue.map((p) => (
              <Anchor key={p.id} component={Link} to={`/programmes/${p.id}`}>
                {programmeTitle(p, lang)} · {pick(p.host, lang)}
              </Anchor>
            ))}
          </Stack>
        </Paper>
      )}
      <Group align="flex-end" wrap="wrap">
        <TextInput label={t('learn.search')} value={search} onChange={(e) => reset(setSearch)(e.currentTarget.value)} w={220} />
        <SelectField
          label={t('learn.stream')}
          value={streamId}
          onChange={reset(setStreamId)}
          data={[
            { value: '', label: t('learn.allStreams') },
            ...(shown?.fundingStreams ?? []).map((s) => ({ value: s.id, label: streamLabel(s, lang) })),
          ]}
          w={220}
        />
        <SelectField
          label={t('learn.pillar')}
          value={pillar}
          onChange={reset(setPillar)}
          data={[{ value: '', label: t('learn.allPillars') }, ...options(PILLAR_LABELS, lang)]}
          w={150}
        />
        <SelectField
          label={t('learn.domain')}
          value={domain}
          onChange={reset(setDomain)}
          data={[{ value: '', label: t('learn.allDomains') }, ...options(EDUCATION_DOMAIN_LABELS, lang)]}
          w={170}
        />
        <SelectField
          label={t('learn.statusLabel')}
          value={status}
          onChange={reset(setStatus)}
          data={[{ value: '', label: t('learn.allStatuses') }, ...options(PROGRAMME_STATUS_LABELS, lang)]}
          w={150}
        />
        <SelectField
          label={t('learn.organization')}
          value={organizationId}
          onChange={reset(setOrganizationId)}
          data={[
            { value: '', label: t('learn.allOrganizations') },
            ...(shown?.organizations.items ?? []).map((o) => ({ value: o.id, label: pick(o, lang) })),
          ]}
          w={220}
        />
      </Group>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.programmes.totalCount === 0 && (
        <Paper withBorder p="xl">
          <Text>{t('learn.empty')}</Text>
        </Paper>
      )}
      {shown && shown.programmes.totalCount > 0 && (
        <DataTable minWidth={860} busy={loading} caption={t('learn.title')}>
          <thead>
            <tr>
              <th scope="col">{t('learn.title')}</th>
              <th scope="col">{t('learn.statusLabel')}</th>
              <th scope="col">{t('learn.host')}</th>
              <th scope="col">{t('learn.pillar')}</th>
              <th scope="col">{t('learn.seats')}</th>
              <th scope="col">{t('learn.waitlisted')}</th>
              <th scope="col">{t('learn.sessionsCount')}</th>
            </tr>
          </thead>
          <tbody>
            {underParents(shown.programmes.items).map((p) => (
              <tr key={p.id}>
                <td style={p.parentId ? { paddingInlineStart: 28 } : undefined}>
                  <Anchor component={Link} to={`/programmes/${p.id}`}>
                    {p.parentId ? '↳ ' : ''}
                    {programmeTitle(p, lang)}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {pick(p.stream, lang)} · {label(EDUCATION_DOMAIN_LABELS, p.domain, lang)}
                  </Text>
                </td>
                <td>
                  <Badge variant="outline" color={STATUS_COLORS[p.status]}>
                    {label(PROGRAMME_STATUS_LABELS, p.status, lang)}
                  </Badge>
                </td>
                <td>{pick(p.host, lang)}</td>
                <td>{label(PILLAR_LABELS, p.pillar, lang)}</td>
                <td>
                  {countText(p.seatsTaken, t)} / {p.capacity}
                </td>
                <td>{countText(p.enrolmentCounts.waitlisted, t)}</td>
                <td>{p.sessions.length}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {shown && <PagePagination total={shown.programmes.totalCount} pageSize={PROGRAMMES_PAGE} page={page} onChange={setPage} />}
      {formOpen && shown && <CreateProgrammeModal initiatives={shown.initiatives} onClose={() => setFormOpen(false)} />}
    </Stack>
  );
}
