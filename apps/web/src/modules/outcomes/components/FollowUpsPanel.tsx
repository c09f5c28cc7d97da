import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_STATUS_LABELS, seoulDate, type FollowUpStatus } from '@lalaland/shared';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import type { NoticeValue } from '../../../components/Notice';
import { SelectField } from '../../../components/SelectField';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { ASK_FOLLOW_UP, CLOSE_FOLLOW_UP, type Journey } from '../graphql/outcomes';

type Follow = NonNullable<Journey['followUps']>[number];

/** Follow-ups after completions: due ones can be closed; without consent to contact only "skipped" is offered. */
export function FollowUpsPanel({ person, notify }: { person: Journey; notify: (n: NoticeValue) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [closing, setClosing] = useState<Follow | null>(null);
  const [ask, asking] = useMutation(ASK_FOLLOW_UP, { refetchQueries: ['ParticipantJourney'], awaitRefetchQueries: true });
  const list = person.followUps ?? [];
  const askByText = async (f: Follow) => {
    const r = await ask({ variables: { id: f.id } }).catch((err: unknown) => {
      notify({ ok: false, text: errorMessage(err, lang, t('common.networkError')) });
      return null;
    });
    if (r?.data) notify({ ok: true, text: t('outcomes.askedNotice') });
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('outcomes.followUps', { count: list.length })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('outcomes.followUpsHelp')}
        </Text>
        {!list.length && <Text c="dimmed">{t('outcomes.noFollowUps')}</Text>}
        {list.map((f) => (
          <Group key={f.id} justify="space-between" wrap="wrap" gap="xs" data-follow-up={f.id}>
            <Stack gap={0}>
              <Text fw={600} size="sm">
                {lang === 'en' ? (f.programme.titleEn ?? f.programme.titleKo) : f.programme.titleKo} ·{' '}
                {t('outcomes.monthsAfter', { months: f.months })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('outcomes.due', { date: calendarDay(f.dueOn, lang) })}
                {f.note ? ` · ${f.note}` : ''}
              </Text>
            </Stack>
            <Group gap="xs">
              {!f.contactAllowed && f.status === 'PENDING' && (
                <Badge variant="outline" color="red.8">
                  {t('outcomes.noContact')}
                </Badge>
              )}
              <Badge variant="outline" color={f.status === 'PENDING' ? 'yellow.9' : 'gray.8'}>
                {label(FOLLOW_UP_STATUS_LABELS, f.status, lang)}
              </Badge>
              {f.selfAnsweredAt ? (
                <Badge variant="outline" color="blue.9" tt="none">
                  {t('outcomes.selfAnswered')}
                </Badge>
              ) : (
                f.askedAt &&
                f.status === 'PENDING' && (
                  <Badge variant="outline" color="blue.9" tt="none">
                    {t('outcomes.askedOn', { date: calendarDay(seoulDate(f.askedAt), lang) })}
                  </Badge>
                )
              )}
              {f.status === 'PENDING' && f.contactAllowed && !f.askedAt && (
                <Button size="xs" variant="default" loading={asking.loading} onClick={() => void askByText(f)}>
                  {t('outcomes.askByText')}
                </Button>
              )}
              {f.status === 'PENDING' && (
                <Button
                  size="xs"
                  variant="outline"
                  onClick={() => setClosing(f)}
                  aria-label={`${t('outcomes.close')}: ${t('outcomes.monthsAfter', { months: f.months })} ${calendarDay(f.dueOn, lang)}`}
                >
                  {t('outcomes.close')}
                </Button>
              )}
            </Group>
          </Group>
        ))}
      </Stack>
      {closing && <CloseModal followUp={closing} onClose={() => setClosing(null)} notify={notify} />}
    </Paper>
  );
}

function CloseModal({ followUp, onClose, notify }: { followUp: Follow; onClose: () => void; notify: (n: NoticeValue) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const choices: FollowUpStatus[] = followUp.contactAllowed ? ['DONE', 'UNREACHABLE', 'SKIPPED'] : ['SKIPPED'];
  const [status, setStatus] = useState<FollowUpStatus>(choices[0]!);
  const [note, setNote] = useState('');
  const [close, { loading, error }] = useMutation(CLOSE_FOLLOW_UP, {
    refetchQueries: ['ParticipantJourney', 'DueFollowUps'],
    awaitRefetchQueries: true,
  });
  const submit = async () => {
    const r = await close({ variables: { input: { id: followUp.id, status, note: note.trim() || null } } }).catch(() => null);
    if (r?.data) {
      notify({ ok: true, text: t('outcomes.closed') });
      onClose();
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('outcomes.closeTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {error && <ErrorAlert error={error} />}
        {!followUp.contactAllowed && <Text size="sm">{t('outcomes.noContact')}</Text>}
        <SelectField
          label={t('outcomes.result')}
          value={status}
          onChange={(v) => setStatus(v as FollowUpStatus)}
          data={choices.map((s) => ({ value: s, label: label(FOLLOW_UP_STATUS_LABELS, s, lang) }))}
        />
        <Textarea
          label={t('outcomes.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={1000}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.dismiss')}
          </Button>
          <Button loading={loading} onClick={() => void submit()}>
            {t('outcomes.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
