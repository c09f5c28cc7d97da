import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../components/names';
import { sessionTime } from '../../../components/dates';
import { errorMessage } from '../../../components/ErrorAlert';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import type { NoticeValue } from '../../../components/Notice';
import { CANCEL, LOG_HOURS, RESPOND, VERIFY_HOURS, type AssignmentRow } from '../graphql/mentors';
import { ASSIGNMENT_QUERIES, mentorName } from '../labels';

const STATUS_COLOR = { ASSIGNED: 'yellow.9', CONFIRMED: 'teal.9', DECLINED: 'gray.8', CANCELLED: 'gray.8' } as const;

/**
 * Mentor assignments as cards (readable on a phone): who, which class and when, the state, and the steps the caller
 * may take now (the API's `can`): confirm or decline for our mentor, cancel, log the minutes, verify them.
 */
export function AssignmentList({
  rows,
  show,
  notify,
}: {
  rows: readonly AssignmentRow[];
  show: { mentor?: boolean; session?: boolean };
  notify: (n: NoticeValue) => void;
}) {
  return (
    <Stack gap="xs">
      {rows.map((a) => (
        <AssignmentCard key={a.id} a={a} show={show} notify={notify} />
      ))}
    </Stack>
  );
}

function AssignmentCard({
  a,
  show,
  notify,
}: {
  a: AssignmentRow;
  show: { mentor?: boolean; session?: boolean };
  notify: (n: NoticeValue) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const options = { refetchQueries: ASSIGNMENT_QUERIES, awaitRefetchQueries: true };
  const [respond, responding] = useMutation(RESPOND, options);
  const [cancel, cancelling] = useMutation(CANCEL, options);
  const [log, logging] = useMutation(LOG_HOURS, options);
  const [verify, verifying] = useMutation(VERIFY_HOURS, options);
  const [confirming, setConfirming] = useState(false);
  const [minutes, setMinutes] = useState(String(a.loggedMinutes ?? a.minutes));
  const [minutesError, setMinutesError] = useState<string | undefined>();
  const who = mentorName(a.mentor);
  const when = sessionTime(a.session.startsAt, a.session.endsAt, lang);
  const run = async (action: () => Promise<unknown>, ok: string) => {
    try {
      await action();
      notify({ ok: true, text: ok });
    } catch (e) {
      notify({ ok: false, text: errorMessage(e, lang, t('common.networkError')) });
    }
  };
  const saveMinutes = () => {
    const n = Number(minutes);
    if (minutes.trim() === '' || !Number.isInteger(n) || n < 0 || n > 1440) {
      setMinutesError(minutes.trim() === '' ? t('common.required') : t('mentors.minutesRange'));
      return;
    }
    setMinutesError(undefined);
    void run(() => log({ variables: { id: a.id, minutes: n } }), t('mentors.done.logged'));
  };
  return (
    <Paper withBorder p="sm" data-assignment={a.id}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Stack gap={0}>
            {show.mentor && (
              <Anchor component={Link} to={`/mentors/${a.mentor.id}`} fw={600}>
                {who}
              </Anchor>
            )}
            {show.session && (
              <Anchor component={Link} to={`/sessions/${a.session.id}/mentors`} fw={show.mentor ? 400 : 600} size="sm">
                {pick({ nameKo: a.session.programme.titleKo, nameEn: a.session.programme.titleEn ?? a.session.programme.titleKo }, lang)}
              </Anchor>
            )}
            <Text size="sm" c="dimmed">
              {when} · {pick(a.mentor.organization, lang)}
            </Text>
          </Stack>
          <Badge variant="outline" color={STATUS_COLOR[a.status]}>
            {t(`mentors.status.${a.status}`)}
          </Badge>
        </Group>
        {(a.loggedMinutes !== null || a.verifiedAt) && (
          <Text size="sm">
            {a.loggedMinutes !== null && t('mentors.logged', { minutes: a.loggedMinutes })}
            {a.verifiedAt && ` · ${t('mentors.verifiedOn')}`}
          </Text>
        )}
        <Group gap="xs" wrap="wrap" align="flex-end">
          {a.can.reply && (
            <>
              <Button
                size="sm"
                loading={responding.loading}
                onClick={() => void run(() => respond({ variables: { id: a.id, accept: true } }), t('mentors.done.confirmed'))}
                aria-label={`${t('mentors.confirm')}: ${who} ${when}`}
              >
                {t('mentors.confirm')}
              </Button>
              <Button
                size="sm"
                variant="outline"
                color="red.8"
                onClick={() => void run(() => respond({ variables: { id: a.id, accept: false } }), t('mentors.done.declined'))}
                aria-label={`${t('mentors.decline')}: ${who} ${when}`}
              >
                {t('mentors.decline')}
              </Button>
            </>
          )}
          {a.can.log && (
            <>
              <TextInput
                size="sm"
                w={140}
                label={t('mentors.minutes')}
                inputMode="numeric"
                value={minutes}
                onChange={(e) => setMinutes(e.currentTarget.value)}
                error={minutesError}
                aria-label={`${t('mentors.minutes')}: ${who} ${when}`}
              />
              <Button size="sm" variant="outline" loading={logging.loading} onClick={saveMinutes}>
                {t('mentors.logHours')}
              </Button>
            </>
          )}
          {a.can.verify && (
            <Button
              size="sm"
              loading={verifying.loading}
              onClick={() => void run(() => verify({ variables: { id: a.id } }), t('mentors.done.verified'))}
              aria-label={`${t('mentors.verify')}: ${who} ${when}`}
            >
              {t('mentors.verify')}
            </Button>
          )}
          {a.can.cancel && (
            <Button
              size="sm"
              variant="subtle"
              color="red.8"
              onClick={() => setConfirming(true)}
              aria-label={`${t('mentors.cancel')}: ${who} ${when}`}
            >
              {t('mentors.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
      {confirming && (
        <ConfirmDialog
          title={t('mentors.cancelTitle')}
          consequence={t('mentors.cancelBody', { who, when })}
          confirmLabel={t('mentors.cancel')}
          loading={cancelling.loading}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            await run(() => cancel({ variables: { id: a.id } }), t('mentors.done.cancelled'));
            setConfirming(false);
          }}
        />
      )}
    </Paper>
  );
}
