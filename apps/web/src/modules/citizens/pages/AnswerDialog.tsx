import { useState } from 'react';
import { Alert, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PRIVACY_REQUEST_KIND_LABELS, PRIVACY_REQUEST_STATUS_LABELS } from '@lalaland/shared';
import { FormModal } from '../../../components/FormModal';
import { label } from '../../../components/labels';
import type { PrivacyRequestStatus } from '../../../gql/graphql';
import { ANSWER_PRIVACY_REQUEST } from '../graphql';
import type { RequestRow } from './PrivacyRequestsPage';

/** This organization's answer: done, partly or refused (the last two with their legal basis); texted to the person. */
export function AnswerDialog({ request, onClose, onDone }: { request: RequestRow; onClose: () => void; onDone: (notice: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const [status, setStatus] = useState<PrivacyRequestStatus>('DONE');
  const [answer, setAnswer] = useState('');
  const [basis, setBasis] = useState('');
  const [errors, setErrors] = useState<{ answer?: string; basis?: string }>({});
  const [send, sending] = useMutation(ANSWER_PRIVACY_REQUEST);
  const erases = request.kind === 'DELETE' && status === 'DONE';
  const submit = async () => {
    const e = {
      answer: answer.trim() ? undefined : t('citizens.answerRequired'),
      basis: status !== 'DONE' && !basis.trim() ? t('citizens.basisRequired') : undefined,
    };
    setErrors(e);
    if (e.answer || e.basis) return;
    const r = await send({
      variables: { input: { id: request.id, status, answer: answer.trim(), legalBasis: status === 'DONE' ? null : basis.trim() } },
    }).catch(() => null);
    if (r?.data) onDone(t('citizens.answered', { number: request.number }));
  };
  return (
    <FormModal
      title={t('citizens.answerTitle', { number: request.number, kind: label(PRIVACY_REQUEST_KIND_LABELS, request.kind, lang) })}
      onClose={onClose}
      onSubmit={submit}
      error={sending.error}
      loading={sending.loading}
      submitLabel={erases ? t('citizens.answerErase') : t('citizens.answerSend')}
      danger={erases}
    >
      {request.detail && <Text>{request.detail}</Text>}
      <Radio.Group label={t('citizens.status')} value={status} onChange={(v) => setStatus(v as PrivacyRequestStatus)}>
        <Stack gap="xs" mt="xs">
          {(['DONE', 'PARTLY', 'REFUSED'] as const).map((s) => (
            <Radio key={s} value={s} label={label(PRIVACY_REQUEST_STATUS_LABELS, s, lang)} />
          ))}
        </Stack>
      </Radio.Group>
      {erases && (
        <Alert color="red.9" variant="outline">
          {t('citizens.eraseWarning')}
        </Alert>
      )}
      <Textarea
        label={t('citizens.answerText')}
        description={t('citizens.answerHint')}
        value={answer}
        onChange={(e) => setAnswer(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={3}
        required
        error={errors.answer}
      />
      {status !== 'DONE' && (
        <TextInput
          label={t('citizens.basis')}
          description={t('citizens.basisHint')}
          value={basis}
          onChange={(e) => setBasis(e.currentTarget.value)}
          maxLength={200}
          required
          error={errors.basis}
        />
      )}
    </FormModal>
  );
}
