import { useState } from 'react';
import { Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_TRANSITIONS, PROGRAMME_STATUS_LABELS } from '@lalaland/shared';
import type { ProgrammeStatus } from '../../../gql/graphql';
import { errorMessage } from '../../../components/ErrorAlert';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { label } from '../../../components/labels';
import { STATUS, type Programme } from '../graphql/programme';

/** The lifecycle steps the caller may take now (the server's canRun / canDecide and the shared transition table). */
export function StatusActions({
  programme: p,
  onReport,
  onChanged,
}: {
  programme: Programme;
  onReport: (ok: boolean, text: string) => void;
  onChanged: () => unknown;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [returning, setReturning] = useState(false);
  // Cancelling and completing cannot be undone: each asks first, naming what happens.
  const [confirming, setConfirming] = useState<'CANCELLED' | 'COMPLETED' | null>(null);
  const [comment, setComment] = useState('');
  const [changeStatus, state] = useMutation(STATUS);
  const transitions = PROGRAMME_TRANSITIONS.filter((x) => x.from === p.status && (x.by === 'HOST' ? p.canRun : p.canDecide));
  const move = async (status: ProgrammeStatus, note?: string) => {
    try {
      const r = await changeStatus({ variables: { id: p.id, status, comment: note ?? null } });
      onReport(true, t('learn.statusChanged', { status: label(PROGRAMME_STATUS_LABELS, r.data!.changeProgrammeStatus.status, lang) }));
      setReturning(false);
      setConfirming(null);
      setComment('');
      await onChanged();
    } catch (err) {
      onReport(false, errorMessage(err, lang, t('common.networkError')));
    }
  };
  if (!transitions.length) return null;
  return (
    <>
      <Group>
        {transitions.map((x) => (
          <Button
            key={x.to}
            variant={x.to === 'RETURNED' ? 'default' : x.to === 'CANCELLED' ? 'outline' : 'filled'}
            color={x.to === 'CANCELLED' ? 'red.8' : undefined}
            loading={state.loading && !confirming}
            onClick={() =>
              x.to === 'RETURNED'
                ? setReturning(true)
                : x.to === 'CANCELLED' || x.to === 'COMPLETED'
                  ? setConfirming(x.to)
                  : void move(x.to)
            }
          >
            {t(`learn.actions.${x.to}`)}
          </Button>
        ))}
      </Group>
      {confirming && (
        <ConfirmDialog
          title={t(`learn.confirm.${confirming}.title`)}
          consequence={t(`learn.confirm.${confirming}.body`, { title: p.titleKo, rate: p.completionRate })}
          confirmLabel={t(`learn.actions.${confirming}`)}
          danger={confirming === 'CANCELLED'}
          loading={state.loading}
          onClose={() => setConfirming(null)}
          onConfirm={() => move(confirming)}
        />
      )}
      {returning && (
        <Paper withBorder p="md">
          <Stack>
            <Textarea label={t('learn.returnComment')} required value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
            <Group>
              <Button onClick={() => void move('RETURNED', comment)}>{t('learn.actions.RETURNED')}</Button>
              <Button variant="default" onClick={() => setReturning(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}
    </>
  );
}
