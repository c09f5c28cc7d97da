import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { STREAM_MEMBER_ROLE_LABELS } from '@lalaland/shared';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { pick } from '../../../components/names';
import { label } from '../../../components/labels';
import { dayRange } from '../../../components/dates';
import { CONFIRM_MEMBER, REMOVE_MEMBER, type NoticeState, type Stream } from '../graphql/stream';

type Member = Stream['members'][number];

/** The stream's members; in a year opened from the last, the lead confirms or removes each carried organization. */
export function Members({ stream: s, setNotice }: { stream: Stream; setNotice: (n: NoticeState) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [removing, setRemoving] = useState<Member | null>(null);
  const refetch = { refetchQueries: ['FundingStream'], awaitRefetchQueries: true };
  const [confirm, confirmState] = useMutation(CONFIRM_MEMBER, refetch);
  const [remove, removeState] = useMutation(REMOVE_MEMBER, refetch);
  const waiting = s.members.filter((m) => m.awaitsConfirmation).length;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="stream-members-title">
      <Title order={2} size="h4" mb="sm" id="stream-members-title">
        {t('funding.members')} ({s.members.length})
      </Title>
      {waiting > 0 && (
        <Text mb="sm">
          {s.canManage ? t('funding.carried.leadIntro', { count: waiting }) : t('funding.carried.intro', { count: waiting })}
        </Text>
      )}
      {(confirmState.error || removeState.error) && <ErrorAlert error={confirmState.error ?? removeState.error} />}
      <DataTable minWidth={520} stack>
        <thead>
          <tr>
            <th scope="col">{t('funding.organization')}</th>
            <th scope="col">{t('funding.role')}</th>
            <th scope="col">{t('funding.startsOn')}</th>
            {s.canManage && waiting > 0 && <th scope="col">{t('funding.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {s.members.map((m) => (
            <tr key={m.id}>
              <td>
                <Group gap="xs">
                  <Anchor component={Link} to={`/organizations/${m.organization.id}`}>
                    {pick(m.organization, lang)}
                  </Anchor>
                  {m.awaitsConfirmation && (
                    <Badge variant="outline" color="red.9" tt="none">
                      {t('funding.carried.badge')}
                    </Badge>
                  )}
                </Group>
              </td>
              <td data-label={t('funding.role')}>{label(STREAM_MEMBER_ROLE_LABELS, m.role, lang)}</td>
              <td data-label={t('funding.startsOn')}>{dayRange(m.startsOn, m.endsOn, lang)}</td>
              {s.canManage && waiting > 0 && (
                <td data-label={t('funding.actions')}>
                  {m.awaitsConfirmation && (
                    <Group gap="xs">
                      <Button
                        size="xs"
                        loading={confirmState.loading}
                        aria-label={t('funding.carried.confirmOf', { name: pick(m.organization, lang) })}
                        onClick={async () => {
                          const r = await confirm({ variables: { id: m.id } }).catch(() => null);
                          if (r?.data) setNotice({ ok: true, text: t('funding.carried.confirmed', { name: pick(m.organization, lang) }) });
                        }}
                      >
                        {t('funding.carried.confirm')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('funding.carried.removeOf', { name: pick(m.organization, lang) })}
                        onClick={() => setRemoving(m)}
                      >
                        {t('funding.carried.remove')}
                      </Button>
                    </Group>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </DataTable>
      {removing && (
        <ConfirmDialog
          title={t('funding.carried.removeTitle', { name: pick(removing.organization, lang) })}
          consequence={t('funding.carried.removeBody')}
          confirmLabel={t('funding.carried.remove')}
          loading={removeState.loading}
          onClose={() => setRemoving(null)}
          onConfirm={async () => {
            const name = pick(removing.organization, lang);
            const r = await remove({ variables: { id: removing.id } }).catch(() => null);
            setRemoving(null);
            if (r?.data) setNotice({ ok: true, text: t('funding.carried.removed', { name }) });
          }}
        />
      )}
    </Paper>
  );
}
