import { useState } from 'react';
import { Badge, Button, Group, NumberInput, Stack, Tabs, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BUSAN_DISTRICTS, Permission } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { DataTable } from '../../common/DataTable';
import { Notice } from '../../common/Notice';
import { PagePagination } from '../../common/PagePagination';
import { ErrorAlert, fieldErrors } from '../../common/ErrorAlert';
import { FormModal } from '../../common/FormModal';
import { SelectField } from '../../common/SelectField';
import { useViewer } from '../../auth';
import { pick } from '../../common/names';
import { PageLoader } from '../../common/PageLoader';
import { VenueBookings } from '../components/VenueBookings';

const PAGE = 20;
const VENUES = graphql(`
  query Venues($offset: Int!) {
    venues(offset: $offset, limit: 20) {
      totalCount
      items {
        id
        name
        address
        capacity
        isSample
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);
const INSTRUCTORS = graphql(`
  query Instructors($streamId: ID!, $field: String, $district: String, $offset: Int!) {
    instructors(streamId: $streamId, field: $field, district: $district, offset: $offset, limit: 20) {
      totalCount
      items {
        id
        name
        fields
        districts
        bio
        isSample
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);
const STREAMS = graphql(`
  query InstructorStreams {
    fundingStreams {
      id
      nameKo
      nameEn
    }
  }
`);
const CREATE_VENUE = graphql(`
  mutation CreateVenue($input: VenueInput!) {
    createVenue(input: $input) {
      id
    }
  }
`);
const CREATE_INSTRUCTOR = graphql(`
  mutation CreateInstructor($input: InstructorInput!) {
    createInstructor(input: $input) {
      id
    }
  }
`);

const districtName = (code: string, lang: string) => {
  const d = BUSAN_DISTRICTS.find((x) => x.code === code);
  return d ? (lang === 'en' ? d.en : d.ko) : code;
};
const list = (v: string) =>
  v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** Learning centres anyone can book, and each stream's shared instructor pool (강사은행). */
export default function PlacesPage() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Title order={1}>{t('places.title')}</Title>
      <Text c="dimmed">{t('places.intro')}</Text>
      <Tabs defaultValue="venues" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="venues">{t('places.venues')}</Tabs.Tab>
          <Tabs.Tab value="instructors">{t('places.instructors')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="venues" pt="md">
          <VenueList />
        </Tabs.Panel>
        <Tabs.Panel value="instructors" pt="md">
          <InstructorList />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function VenueList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [bookingsOf, setBookingsOf] = useState<{ id: string; name: string } | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(VENUES, { variables: { offset: (page - 1) * PAGE }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  const canWrite = !!viewer?.permissions.includes(Permission.ProgrammeWrite);
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('places.venuesHelp')}
        </Text>
        {canWrite && <Button onClick={() => setOpen(true)}>{t('places.addVenue')}</Button>}
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.venues.totalCount === 0 && <Text c="dimmed">{t('places.noVenues')}</Text>}
      {shown && shown.venues.totalCount > 0 && (
        <DataTable minWidth={640} busy={loading} caption={t('places.venues')}>
          <thead>
            <tr>
              <th scope="col">{t('places.name')}</th>
              <th scope="col">{t('places.owner')}</th>
              <th scope="col">{t('places.address')}</th>
              <th scope="col">{t('places.capacity')}</th>
              <th scope="col">
                <span className="lal-visually-hidden">{t('places.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.venues.items.map((v) => (
              <tr key={v.id}>
                <td>
                  {v.name}{' '}
                  {v.isSample && (
                    <Badge variant="outline" color="gray.8" size="sm">
                      {t('common.sample')}
                    </Badge>
                  )}
                </td>
                <td>{pick(v.organization, lang)}</td>
                <td>{v.address ?? '—'}</td>
                <td>{v.capacity ?? '—'}</td>
                <td>
                  {v.organization.id === viewer?.activeOrganization?.id && (
                    <Button variant="subtle" size="compact-sm" mih={44} onClick={() => setBookingsOf(v)}>
                      {t('places.showBookings')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {shown && <PagePagination total={shown.venues.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      {bookingsOf && <VenueBookings venue={bookingsOf} onClose={() => setBookingsOf(null)} />}
      {open && (
        <VenueModal
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            setNotice(t('places.venueCreated'));
            void refetch();
          }}
        />
      )}
    </Stack>
  );
}

function VenueModal({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [create, { loading, error }] = useMutation(CREATE_VENUE);
  const [form, setForm] = useState({ name: '', address: '', capacity: '' as number | string });
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    const r = await create({ variables: { input: { name: form.name, address: form.address || null, capacity: form.capacity === '' ? null : Number(form.capacity) } } }).catch(() => null);
    if (r?.data) onDone();
  };
  return (
    <FormModal title={t('places.addVenue')} onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <TextInput label={t('places.name')} required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={errs.name} />
      <TextInput label={t('places.address')} value={form.address} onChange={(e) => setForm({ ...form, address: e.currentTarget.value })} error={errs.address} />
      <NumberInput label={t('places.capacity')} min={1} value={form.capacity} onChange={(v) => setForm({ ...form, capacity: v })} error={errs.capacity} />
    </FormModal>
  );
}

function InstructorList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const streams = useQuery(STREAMS);
  const [streamId, setStreamId] = useState('');
  const [field, setField] = useState('');
  const [district, setDistrict] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const stream = streamId || streams.data?.fundingStreams[0]?.id || '';
  const { data, previousData, loading, error, refetch } = useQuery(INSTRUCTORS, {
    variables: { streamId: stream, field: field.trim() || null, district: district || null, offset: (page - 1) * PAGE },
    skip: !stream,
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const canWrite = !!viewer?.permissions.includes(Permission.ProgrammeWrite);
  const reset = (f: (v: string) => void) => (v: string) => {
    f(v);
    setPage(1);
  };
  if (streams.error) return <ErrorAlert error={streams.error} onRetry={() => void streams.refetch()} />;
  if (!streams.data) return <PageLoader />;
  if (!streams.data.fundingStreams.length) return <Text c="dimmed">{t('places.noStreams')}</Text>;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end">
          <SelectField label={t('learn.stream')} value={stream} onChange={reset(setStreamId)} data={streams.data.fundingStreams.map((s) => ({ value: s.id, label: pick(s, lang) }))} w={240} />
          <TextInput label={t('places.field')} placeholder={t('places.fieldPlaceholder')} value={field} onChange={(e) => reset(setField)(e.currentTarget.value)} w={160} />
          <SelectField
            label={t('places.district')}
            value={district}
            onChange={reset(setDistrict)}
            data={[{ value: '', label: t('places.allDistricts') }, ...BUSAN_DISTRICTS.map((d) => ({ value: d.code, label: lang === 'en' ? d.en : d.ko }))]}
            w={160}
          />
        </Group>
        {canWrite && <Button onClick={() => setOpen(true)}>{t('places.addInstructor')}</Button>}
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.instructors.totalCount === 0 && <Text c="dimmed">{t('places.noInstructors')}</Text>}
      {shown && shown.instructors.totalCount > 0 && (
        <DataTable minWidth={720} busy={loading} caption={t('places.instructors')}>
          <thead>
            <tr>
              <th scope="col">{t('places.name')}</th>
              <th scope="col">{t('places.fields')}</th>
              <th scope="col">{t('places.districts')}</th>
              <th scope="col">{t('places.registeredBy')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.instructors.items.map((i) => (
              <tr key={i.id}>
                <td>
                  {i.name}{' '}
                  {i.isSample && (
                    <Badge variant="outline" color="gray.8" size="sm">
                      {t('common.sample')}
                    </Badge>
                  )}
                  {i.bio && (
                    <Text size="xs" c="dimmed">
                      {i.bio}
                    </Text>
                  )}
                </td>
                <td>{i.fields.join(', ') || '—'}</td>
                <td>{i.districts.map((d) => districtName(d, lang)).join(', ') || '—'}</td>
                <td>{pick(i.organization, lang)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {shown && <PagePagination total={shown.instructors.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
      {open && (
        <InstructorModal
          streamId={stream}
          onClose={() => setOpen(false)}
          onDone={() => {
            setOpen(false);
            setNotice(t('places.instructorCreated'));
            void refetch();
          }}
        />
      )}
    </Stack>
  );
}

function InstructorModal({ streamId, onClose, onDone }: { streamId: string; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [create, { loading, error }] = useMutation(CREATE_INSTRUCTOR);
  const [form, setForm] = useState({ name: '', fields: '', district: '', bio: '' });
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    const r = await create({ variables: { input: { streamId, name: form.name, fields: list(form.fields), districts: form.district ? [form.district] : [], bio: form.bio || null } } }).catch(
      () => null,
    );
    if (r?.data) onDone();
  };
  return (
    <FormModal title={t('places.addInstructor')} onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <TextInput label={t('places.name')} required value={form.name} onChange={(e) => setForm({ ...form, name: e.currentTarget.value })} error={errs.name} />
      <TextInput label={t('places.fields')} description={t('places.fieldsHelp')} value={form.fields} onChange={(e) => setForm({ ...form, fields: e.currentTarget.value })} error={errs.fields} />
      <SelectField
        label={t('places.district')}
        value={form.district}
        onChange={(v) => setForm({ ...form, district: v })}
        data={[{ value: '', label: t('places.anyDistrict') }, ...BUSAN_DISTRICTS.map((d) => ({ value: d.code, label: lang === 'en' ? d.en : d.ko }))]}
      />
      <TextInput label={t('places.bio')} value={form.bio} onChange={(e) => setForm({ ...form, bio: e.currentTarget.value })} error={errs.bio} />
    </FormModal>
  );
}
