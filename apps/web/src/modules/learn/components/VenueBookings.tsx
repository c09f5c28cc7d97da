import { useState } from 'react';
import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatSeoulDateTime, seoulDate, seoulInstant } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert, fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { Notice } from '../../../components/Notice';
import { pick } from '../../../components/names';
import { PageLoader } from '../../../components/PageLoader';
import { DateField } from '../../../components/DateField';

const BOOKINGS = graphql(`
  query VenueBookings($id: ID!, $from: DateTime!, $to: DateTime!) {
    venue(id: $id) {
      id
      releases {
        programmeId
        programmeTitle
        reason
        releasedAt
      }
      bookings(from: $from, to: $to) {
        sessionId
        programmeId
        startsAt
        endsAt
        programmeTitle
        cancelled
        bookedBy {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);
const RELEASE = graphql(`
  mutation ReleaseVenueBooking($sessionId: ID!, $reason: String!) {
    releaseVenueBooking(sessionId: $sessionId, reason: $reason)
  }
`);
const RELEASE_ALL = graphql(`
  mutation ReleaseProgrammeBookings($input: ReleaseBookingsInput!) {
    releaseVenueBookings(input: $input)
  }
`);
const ALLOW = graphql(`
  mutation AllowVenueBooking($venueId: ID!, $programmeId: ID!) {
    allowVenueBooking(venueId: $venueId, programmeId: $programmeId)
  }
`);

const DAYS = 31;

/** Every booking of one of our venues for a month from a chosen day; a booking can be released, with a reason. */
export function VenueBookings({ venue, onClose }: { venue: { id: string; name: string }; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const [fromDay, setFromDay] = useState(() => seoulDate());
  const [releasing, setReleasing] = useState<Releasing | null>(null);
  const [allow, allowing] = useMutation(ALLOW);
  const [notice, setNotice] = useState<string | null>(null);
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(fromDay);
  const from = valid ? seoulInstant(fromDay) : new Date();
  const to = new Date(from.getTime() + DAYS * 86_400_000);
  const { data, loading, error, refetch } = useQuery(BOOKINGS, {
    variables: { id: venue.id, from: from.toISOString(), to: to.toISOString() },
    skip: !valid,
    fetchPolicy: 'cache-and-network',
  });
  const bookings = data?.venue.bookings ?? [];
  const releases = data?.venue.releases ?? [];
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('places.bookingsOf', { venue: venue.name })}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t('places.bookingsHelp', { days: DAYS })}
        </Text>
        <DateField label={t('places.bookingsFrom')} value={fromDay} onChange={(v) => v && setFromDay(v)} w={220} />
        <Notice notice={notice} onClose={() => setNotice(null)} />
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {loading && !data && <PageLoader />}
        {data && bookings.length === 0 && <Text c="dimmed">{t('places.noBookings')}</Text>}
        {bookings.length > 0 && (
          <DataTable minWidth={560} busy={loading} caption={t('places.bookings')}>
            <thead>
              <tr>
                <th scope="col">{t('places.when')}</th>
                <th scope="col">{t('places.bookedBy')}</th>
                <th scope="col">{t('places.programme')}</th>
                <th scope="col">
                  <span className="lal-visually-hidden">{t('places.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {bookings.map((b) => {
                const when = `${formatSeoulDateTime(b.startsAt, lang)}–${formatSeoulDateTime(b.endsAt, lang).slice(-5)}`;
                return (
                  <tr key={b.sessionId} style={b.cancelled ? { textDecoration: 'line-through' } : undefined}>
                    <td>
                      {when}
                      {b.cancelled && <span className="lal-visually-hidden"> ({t('calendar.cancelled')})</span>}
                    </td>
                    <td>{pick(b.bookedBy, lang)}</td>
                    <td>{b.programmeTitle ?? t('places.hiddenProgramme')}</td>
                    <td style={{ textDecoration: 'none' }}>
                      {b.cancelled ? (
                        <Text span size="sm" c="dimmed">
                          {t('calendar.cancelled')}
                        </Text>
                      ) : (
                        <Button
                          variant="subtle"
                          color="red"
                          size="compact-sm"
                          mih={44}
                          onClick={() =>
                            setReleasing({
                              venueId: venue.id,
                              sessionId: b.sessionId,
                              programmeId: b.programmeId,
                              label: `${when} · ${pick(b.bookedBy, lang)}`,
                            })
                          }
                        >
                          {t('places.release')}
                        </Button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </DataTable>
        )}
        {releases.length > 0 && (
          <Stack gap={4} component="section" aria-labelledby="venue-releases">
            <Text fw={600} id="venue-releases">
              {t('places.releasedProgrammes')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('places.releasedProgrammesHelp')}
            </Text>
            {releases.map((r) => (
              <Group key={r.programmeId} justify="space-between" wrap="wrap">
                <Text size="sm">
                  {r.programmeTitle ?? t('places.hiddenProgramme')} · {r.reason}
                </Text>
                <Button
                  variant="default"
                  size="compact-sm"
                  mih={44}
                  loading={allowing.loading}
                  onClick={() =>
                    void allow({ variables: { venueId: venue.id, programmeId: r.programmeId } }).then(() => {
                      setNotice(t('places.allowed'));
                      void refetch();
                    })
                  }
                >
                  {t('places.allowAgain')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      {releasing && (
        <ReleaseDialog
          booking={releasing}
          onClose={() => setReleasing(null)}
          onDone={() => {
            setReleasing(null);
            setNotice(t('places.released'));
            void refetch();
          }}
        />
      )}
    </Modal>
  );
}

interface Releasing {
  venueId: string;
  sessionId: string;
  programmeId: string;
  label: string;
}

/** Releases one booking, or every booking of its programme at this venue; either way the programme may not book it again until allowed. */
function ReleaseDialog({ booking, onClose, onDone }: { booking: Releasing; onClose: () => void; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [release, one] = useMutation(RELEASE);
  const [releaseAll, all] = useMutation(RELEASE_ALL);
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<'one' | 'programme'>('one');
  const error = one.error ?? all.error;
  const errs = fieldErrors(error, i18n.language);
  const submit = async () => {
    const done =
      scope === 'one'
        ? (await release({ variables: { sessionId: booking.sessionId, reason } }).catch(() => null))?.data
        : (
            await releaseAll({ variables: { input: { venueId: booking.venueId, programmeId: booking.programmeId, reason } } }).catch(
              () => null,
            )
          )?.data;
    if (done) onDone();
  };
  return (
    <FormModal
      title={t('places.releaseTitle')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      loading={one.loading || all.loading}
      submitLabel={t('places.releaseConfirm')}
      danger
    >
      <Text>{booking.label}</Text>
      <Radio.Group label={t('places.releaseScope')} value={scope} onChange={(v) => setScope(v === 'programme' ? 'programme' : 'one')}>
        <Stack gap="xs" mt="xs">
          <Radio value="one" label={t('places.releaseOne')} styles={{ body: { minHeight: 44, alignItems: 'center' } }} />
          <Radio value="programme" label={t('places.releaseProgramme')} styles={{ body: { minHeight: 44, alignItems: 'center' } }} />
        </Stack>
      </Radio.Group>
      <Text size="sm">{t('places.releaseConsequence')}</Text>
      <Textarea
        label={t('places.releaseReason')}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={errs.reason}
      />
    </FormModal>
  );
}
