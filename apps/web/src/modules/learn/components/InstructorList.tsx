import { useState } from 'react';
import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { BUSAN_DISTRICTS, Permission } from '@lalaland/shared';
import { DataTable } from '../../../components/DataTable';
import { Notice } from '../../../components/Notice';
import { PagePagination } from '../../../components/PagePagination';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { useViewer } from '../../auth';
import { pick, streamLabel } from '../../../components/names';
import { PageLoader } from '../../../components/PageLoader';
import { INSTRUCTORS, STREAMS } from '../graphql/places';
import { PLACES_PAGE, districtName } from '../places-helpers';
import { InstructorModal } from './InstructorModal';

export function InstructorList() {
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
    variables: { streamId: stream, field: field.trim() || null, district: district || null, offset: (page - 1) * PLACES_PAGE },
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
          <SelectField
            label={t('learn.stream')}
            value={stream}
            onChange={reset(setStreamId)}
            data={streams.data.fundingStreams.map((s) => ({ value: s.id, label: streamLabel(s, lang) }))}
            w={240}
          />
          <TextInput
            label={t('places.field')}
            placeholder={t('places.fieldPlaceholder')}
            value={field}
            onChange={(e) => reset(setField)(e.currentTarget.value)}
            w={160}
          />
          <SelectField
            label={t('places.district')}
            value={district}
            onChange={reset(setDistrict)}
            data={[
              { value: '', label: t('places.allDistricts') },
              ...BUSAN_DISTRICTS.map((d) => ({ value: d.code, label: lang === 'en' ? d.en : d.ko })),
            ]}
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
      {shown && <PagePagination total={shown.instructors.totalCount} pageSize={PLACES_PAGE} page={page} onChange={setPage} />}
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
