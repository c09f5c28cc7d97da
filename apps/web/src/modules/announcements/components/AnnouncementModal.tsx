import { useState } from 'react';
import { Checkbox, Group, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_ROLES, MEMBERSHIP_ROLE_LABELS, PILLARS, PILLAR_LABELS, type MembershipRole, type Pillar } from '@lalaland/shared';
import { DateField } from '../../../components/DateField';
import { fieldErrors } from '../../../components/ErrorAlert';
import { FormModal } from '../../../components/FormModal';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { pick, streamLabel } from '../../../components/names';
import { ANNOUNCEMENT_STREAMS, PUBLISH_ANNOUNCEMENT } from '../graphql/announcements';
import { MarkdownText } from './MarkdownText';

/** Writes an announcement to a stream the organization is in: all members or chosen ones, all people or chosen roles. */
export function AnnouncementModal({ onClose, onDone }: { onClose: () => void; onDone: (id: string, text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const streams = useQuery(ANNOUNCEMENT_STREAMS);
  const mine = (streams.data?.fundingStreams ?? []).filter((s) => s.myRole);
  const [streamId, setStreamId] = useState('');
  const [orgs, setOrgs] = useState<string[]>([]);
  const [roles, setRoles] = useState<MembershipRole[]>([]);
  const [pillars, setPillars] = useState<Pillar[]>([]);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [mode, setMode] = useState('write');
  const [pinnedUntil, setPinnedUntil] = useState('');
  const [publish, { loading, error }] = useMutation(PUBLISH_ANNOUNCEMENT, {
    refetchQueries: ['AnnouncementList'],
    awaitRefetchQueries: true,
  });
  const errs = fieldErrors(error, lang);
  const stream = mine.find((s) => s.id === (streamId || mine[0]?.id));
  const submit = async () => {
    if (!stream) return;
    const r = await publish({
      variables: {
        input: {
          streamId: stream.id,
          audienceOrganizationIds: orgs,
          audiencePillars: pillars,
          audienceRoles: roles,
          title,
          body,
          pinnedUntil: pinnedUntil || null,
        },
      },
    }).catch(() => null);
    if (r?.data) {
      onDone(r.data.publishAnnouncement.id, t('announcements.published'));
      onClose();
    }
  };
  return (
    <FormModal
      title={t('announcements.new')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={error}
      loading={loading}
      submitLabel={t('announcements.send')}
    >
      <SelectField
        label={t('announcements.stream')}
        value={stream?.id ?? ''}
        onChange={(v) => {
          setStreamId(v);
          setOrgs([]);
        }}
        data={mine.map((s) => ({ value: s.id, label: streamLabel(s, lang) }))}
      />
      <Checkbox.Group label={t('announcements.audience')} description={t('announcements.audienceHelp')} value={orgs} onChange={setOrgs}>
        <Stack gap={4} mt={4}>
          {(stream?.members ?? []).map((m) => (
            <Checkbox key={m.organization.id} value={m.organization.id} label={pick(m.organization, lang)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox.Group
        label={t('announcements.pillars')}
        description={t('announcements.pillarsHelp')}
        value={pillars}
        onChange={(v) => setPillars(v as Pillar[])}
      >
        <Group gap="md" mt={4}>
          {PILLARS.map((p) => (
            <Checkbox key={p} value={p} label={label(PILLAR_LABELS, p, lang)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group
        label={t('announcements.roles')}
        description={t('announcements.rolesHelp')}
        value={roles}
        onChange={(v) => setRoles(v as MembershipRole[])}
      >
        <Group gap="md" mt={4}>
          {MEMBERSHIP_ROLES.map((r) => (
            <Checkbox key={r} value={r} label={label(MEMBERSHIP_ROLE_LABELS, r, lang)} />
          ))}
        </Group>
      </Checkbox.Group>
      <TextInput
        label={t('announcements.name')}
        required
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={errs.title}
        maxLength={200}
        data-autofocus
      />
      <SegmentedControl
        value={mode}
        onChange={setMode}
        data={[
          { value: 'write', label: t('announcements.write') },
          { value: 'preview', label: t('announcements.preview') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {mode === 'write' ? (
        <Textarea
          label={t('announcements.body')}
          description={t('announcements.bodyHelp')}
          required
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          error={errs.body}
          autosize
          minRows={5}
          maxLength={20000}
        />
      ) : (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('announcements.preview')}
          </Text>
          <MarkdownText>{body}</MarkdownText>
        </Stack>
      )}
      <DateField label={t('announcements.pinnedUntil')} value={pinnedUntil} onChange={setPinnedUntil} error={errs.pinnedUntil} w={220} />
    </FormModal>
  );
}
