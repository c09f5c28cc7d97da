import { useState } from 'react';
import { Radio, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { PRIVACY_REQUEST_CHANNEL_LABELS, PRIVACY_REQUEST_KIND_LABELS } from '@lalaland/shared';
import { FormModal } from '../../../components/FormModal';
import { label, options } from '../../../components/labels';
import type { PrivacyRequestChannel, PrivacyRequestKind } from '../../../gql/graphql';
import { FIND_PARTICIPANT, RECORD_PRIVACY_REQUEST } from '../graphql';

/** A request made in person or by phone: the person by their key (or from their page), what they ask, how they asked. */
export function RecordDialog({
  participantId,
  onClose,
  onDone,
}: {
  participantId: string | null;
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const client = useApolloClient();
  const [key, setKey] = useState('');
  const [kind, setKind] = useState<PrivacyRequestKind>('SEE');
  const [channel, setChannel] = useState<PrivacyRequestChannel>('IN_PERSON');
  const [detail, setDetail] = useState('');
  const [errors, setErrors] = useState<{ key?: string; detail?: string }>({});
  const [record, recording] = useMutation(RECORD_PRIVACY_REQUEST);
  const submit = async () => {
    const needsDetail = (kind === 'CORRECT' || kind === 'STOP') && !detail.trim();
    let id = participantId;
    if (!id) {
      const found = key.trim()
        ? await client.query({ query: FIND_PARTICIPANT, variables: { search: key.trim() }, fetchPolicy: 'network-only' }).catch(() => null)
        : null;
      id = found?.data?.participants.items[0]?.id ?? null;
    }
    const e = { key: id ? undefined : t('citizens.personNotFound'), detail: needsDetail ? t('citizens.detailRequired') : undefined };
    setErrors(e);
    if (e.key || e.detail || !id) return;
    const r = await record({ variables: { input: { participantId: id, kind, channel, detail: detail.trim() || null } } }).catch(() => null);
    if (r?.data) onDone(t('citizens.recorded', { number: r.data.recordPrivacyRequest.number }));
  };
  return (
    <FormModal title={t('citizens.recordTitle')} onClose={onClose} onSubmit={submit} error={recording.error} loading={recording.loading}>
      {!participantId && (
        <TextInput
          label={t('citizens.personKey')}
          description={t('citizens.personKeyHint')}
          value={key}
          onChange={(e) => setKey(e.currentTarget.value)}
          maxLength={40}
          required
          error={errors.key}
        />
      )}
      <Select
        label={t('citizens.kind')}
        data={options(PRIVACY_REQUEST_KIND_LABELS, lang)}
        value={kind}
        onChange={(v) => v && setKind(v as PrivacyRequestKind)}
        allowDeselect={false}
      />
      <Radio.Group label={t('citizens.channel')} value={channel} onChange={(v) => setChannel(v as PrivacyRequestChannel)}>
        <Stack gap="xs" mt="xs">
          {(['IN_PERSON', 'PHONE'] as const).map((c) => (
            <Radio key={c} value={c} label={label(PRIVACY_REQUEST_CHANNEL_LABELS, c, lang)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('citizens.detail')}
        description={t('citizens.detailHint')}
        value={detail}
        onChange={(e) => setDetail(e.currentTarget.value)}
        maxLength={1000}
        autosize
        minRows={2}
        error={errors.detail}
      />
    </FormModal>
  );
}
