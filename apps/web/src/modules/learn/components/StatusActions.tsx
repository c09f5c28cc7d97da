import { useState } from 'react';
import { Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_TRANSITIONS, PROGRAMME_STATUS_LABELS } from '@lalaland/shared';
import type { ProgrammeStatus } from '../../../gql/graphql';
import { errorMessage } from '../../common/ErrorAlert';
import { label } from '../../common/labels';
import { STATUS, type Programme } from '../graphql/programme';

/** The lifecycle steps the caller may take now (the server's canRun / canDecide and the shared transition table). */
export function StatusActions({ programme: p, onReport, onChanged }: { programme: Programme; onReport: (ok: boolean, text: string) => void; onChanged: () => unknown }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [changeStatus, state] = useMutation(STATUS);
  const transitions = PROGRAMME_TRANSITIONS.filter((x) => x.from === p.status && (x.by === 'HOST' ? p.canRun : p.canDecide));
  const move = async (status: ProgrammeStatus, note?: string) => {
    try {
      const r = await changeStatus({ variables: { id: p.id, status, comment: note ?? null } });
      onReport(true, t('learn.statusChanged', { status: label(PROGRAMME_STATUS_LABELS, r.data!.changeProgrammeStatus.status, lang) }));
      setReturning(false);
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
            variant={x.to === 'CANCELLED' || x.to === 'RETURNED' ? 'default' : 'filled'}
            loading={state.loading}
            onClick={() => (x.to === 'RETURNED' ? setReturning(true) : void move(x.to))}
          >
            {t(`learn.actions.${x.to}`)}
          </Button>
        ))}
      </Group>
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
