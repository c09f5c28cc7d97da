import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Modal, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, EDUCATION_DOMAIN_LABELS, PILLAR_LABELS, PROGRAMME_FORMAT_LABELS, PROGRAMME_STATUS_LABELS } from '@lalaland/shared';
import { graphql } from '../../../gql';
import type { Pillar, EducationDomain, ProgrammeStatus, ProgrammeFormat } from '../../../gql/graphql';
import { ErrorAlert, errorMessage, fieldErrors } from '../../common/ErrorAlert';
import { PagePagination } from '../../common/PagePagination';
import { SelectField } from '../../common/SelectField';
import { DataTable } from '../../common/DataTable';
import { useViewer } from '../../auth';
import { pick } from '../../common/names';
import { PageLoader } from '../../common/PageLoader';
import { STATUS_COLORS, programmeTitle } from '../labels';
import { label, options } from '../../common/labels';

const PAGE = 20;
const LIST = graphql(`
  query ProgrammeList($streamId: ID, $pillar: Pillar, $domain: EducationDomain, $status: [ProgrammeStatus!], $organizationId: ID, $search: String, $offset: Int!) {
    programmes(streamId: $streamId, pillar: $pillar, domain: $domain, status: $status, organizationId: $organizationId, search: $search, offset: $offset, limit: 20) {
      totalCount
      items {
        id
        titleKo
        titleEn
        status
        pillar
        domain
        capacity
        seatsTaken
        startsOn
        parentId
        host {
          id
          nameKo
          nameEn
        }
        stream {
          id
          nameKo
          nameEn
        }
        enrolmentCounts {
          enrolled
          waitlisted
          completed
        }
        sessions {
          id
        }
      }
    }
    fundingStreams {
      id
      nameKo
      nameEn
    }
    initiatives {
      id
      nameKo
      nameEn
      streamId
    }
    organizations(limit: 100) {
      items {
        id
        nameKo
        nameEn
      }
    }
  }
`);
const QUEUE = graphql(`
  query ProgrammeApprovalQueue {
    programmeApprovalQueue {
      id
      titleKo
      titleEn
      host {
        id
        nameKo
        nameEn
      }
    }
  }
`);
const CREATE = graphql(`
  mutation CreateProgramme($input: CreateProgrammeInput!) {
    createProgramme(input: $input) {
      id
    }
  }
`);

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
    offset: (page - 1) * PAGE,
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
          data={[{ value: '', label: t('learn.allStreams') }, ...(shown?.fundingStreams ?? []).map((s) => ({ value: s.id, label: pick(s, lang) }))]}
          w={220}
        />
        <SelectField label={t('learn.pillar')} value={pillar} onChange={reset(setPillar)} data={[{ value: '', label: t('learn.allPillars') }, ...options(PILLAR_LABELS, lang)]} w={150} />
        <SelectField label={t('learn.domain')} value={domain} onChange={reset(setDomain)} data={[{ value: '', label: t('learn.allDomains') }, ...options(EDUCATION_DOMAIN_LABELS, lang)]} w={170} />
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
          data={[{ value: '', label: t('learn.allOrganizations') }, ...(shown?.organizations.items ?? []).map((o) => ({ value: o.id, label: pick(o, lang) }))]}
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
            {shown.programmes.items.map((p) => (
              <tr key={p.id}>
                <td>
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
                  {p.seatsTaken} / {p.capacity}
                </td>
                <td>{p.enrolmentCounts.waitlisted}</td>
                <td>{p.sessions.length}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {shown && <PagePagination total={shown.programmes.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      {formOpen && shown && <CreateProgrammeModal initiatives={shown.initiatives} onClose={() => setFormOpen(false)} />}
    </Stack>
  );
}

function CreateProgrammeModal({ initiatives, onClose }: { initiatives: Array<{ id: string; nameKo: string; nameEn: string }>; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [create, { loading, error }] = useMutation(CREATE);
  const [form, setForm] = useState({
    initiativeId: initiatives[0]?.id ?? '',
    titleKo: '',
    titleEn: '',
    pillar: 'LEARN',
    domain: 'VOCATIONAL',
    format: 'OFFLINE',
    capacity: 20 as number | string,
    completionRate: 80 as number | string,
    startsOn: '',
    targetAudience: '',
  });
  const set = (k: keyof typeof form) => (v: string | number) => setForm((f) => ({ ...f, [k]: v }));
  const errs = fieldErrors(error, lang);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await create({
      variables: {
        input: {
          initiativeId: form.initiativeId,
          titleKo: form.titleKo,
          titleEn: form.titleEn || null,
          pillar: form.pillar as Pillar,
          domain: form.domain as EducationDomain,
          format: form.format as ProgrammeFormat,
          capacity: Number(form.capacity) || 0,
          completionRate: Number(form.completionRate) || 0,
          startsOn: form.startsOn,
          targetAudience: form.targetAudience || null,
        },
      },
    }).catch(() => null);
    if (r?.data) void navigate(`/programmes/${r.data.createProgramme.id}`, { state: { notice: t('learn.created') } });
  };
  return (
    <Modal opened onClose={onClose} title={t('learn.newProgramme')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {error && !Object.keys(errs).length && (
            <Alert color="red" variant="outline" role="alert">
              {errorMessage(error, lang, t('common.networkError'))}
            </Alert>
          )}
          <SelectField label={t('learn.initiative')} value={form.initiativeId} onChange={set('initiativeId')} data={initiatives.map((i) => ({ value: i.id, label: pick(i, lang) }))} />
          <TextInput label={t('learn.titleKo')} required value={form.titleKo} onChange={(e) => set('titleKo')(e.currentTarget.value)} error={errs.titleKo} />
          <TextInput label={t('learn.titleEn')} value={form.titleEn} onChange={(e) => set('titleEn')(e.currentTarget.value)} error={errs.titleEn} />
          <Group grow>
            <SelectField label={t('learn.pillar')} value={form.pillar} onChange={set('pillar')} data={options(PILLAR_LABELS, lang)} />
            <SelectField label={t('learn.domain')} value={form.domain} onChange={set('domain')} data={options(EDUCATION_DOMAIN_LABELS, lang)} />
            <SelectField label={t('learn.format')} value={form.format} onChange={set('format')} data={options(PROGRAMME_FORMAT_LABELS, lang)} />
          </Group>
          <Group grow>
            <NumberInput label={t('learn.capacity')} required min={1} value={form.capacity} onChange={set('capacity')} error={errs.capacity} />
            <NumberInput label={t('learn.completionRate')} min={1} max={100} value={form.completionRate} onChange={set('completionRate')} error={errs.completionRate} />
            <TextInput label={t('learn.startsOn')} type="date" required value={form.startsOn} onChange={(e) => set('startsOn')(e.currentTarget.value)} error={errs.startsOn} />
          </Group>
          <TextInput label={t('learn.targetAudience')} value={form.targetAudience} onChange={(e) => set('targetAudience')(e.currentTarget.value)} error={errs.targetAudience} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('learn.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
