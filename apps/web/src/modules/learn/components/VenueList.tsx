import { useState } from 'react';
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Permission } from '@lalaland/shared';
import { DataTable } from '../../../components/DataTable';
import { Notice } from '../../../components/Notice';
import { PagePagination } from '../../../components/PagePagination';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useViewer } from '../../auth';
import { pick } from '../../../components/names';
import { PageLoader } from '../../../components/PageLoader';
import { VenueBookings } from './VenueBookings';
import { VENUES } from '../graphql/places';
import { PLACES_PAGE } from '../places-helpers';
import { VenueModal } from './VenueModal';

export function VenueList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [bookingsOf, setBookingsOf] = useState<{ id: string; name: string } | null>(null);
  const { data, previousData, loading, error, refetch } = useQuery(VENUES, {
    variables: { offset: (page - 1) * PLACES_PAGE },
    fetchPolicy: 'cache-and-network',
  });
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
      {shown && <PagePagination total={shown.venues.totalCount} pageSize={PLACES_PAGE} page={page} onChange={setPage} />}
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
