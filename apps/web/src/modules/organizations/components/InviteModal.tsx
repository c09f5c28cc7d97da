import { useState } from 'react';
import { Alert, Button, CopyButton, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_ROLES, MEMBERSHIP_ROLE_LABELS } from '@lalaland/shared';
import type { MembershipRole } from '../../../gql/graphql';
import { errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import { label } from '../../../components/labels';
import { INVITE } from '../graphql/organization';

export function InviteModal({ opened, organizationId, onClose }: { opened: boolean; organizationId: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<MembershipRole>('STAFF');
  const [invite, { data, loading, error, reset }] = useMutation(INVITE);
  const fields = fieldErrors(error, i18n.language);
  const close = () => {
    setEmail('');
    reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={t('members.inviteTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {data ? (
        <Stack>
          <Alert color="green" variant="outline" role="status">
            {t('members.invited')}
          </Alert>
          <TextInput
            label={t('members.inviteLink')}
            value={data.inviteMember.acceptUrl}
            readOnly
            onFocus={(e) => e.currentTarget.select()}
            data-testid="invite-link"
          />
          <Text size="sm" c="dimmed">
            {t('members.linkOnce')}
          </Text>
          <Group justify="flex-end">
            <CopyButton value={data.inviteMember.acceptUrl}>
              {({ copied, copy }) => (
                <Button variant="outline" onClick={copy}>
                  {copied ? t('members.copied') : t('members.copyLink')}
                </Button>
              )}
            </CopyButton>
            <Button onClick={close}>{t('common.close')}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack
          component="form"
          onSubmit={async (e: React.FormEvent) => {
            e.preventDefault();
            await invite({ variables: { input: { organizationId, email, role } } }).catch(() => null);
          }}
        >
          {error && !fields.email && (
            <Alert color="red" variant="outline" role="alert">
              {errorMessage(error, i18n.language, t('common.networkError'))}
            </Alert>
          )}
          <TextInput
            label={t('members.email')}
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fields.email}
            data-autofocus
          />
          <Select
            label={t('members.role')}
            value={role}
            allowDeselect={false}
            onChange={(v) => v && setRole(v as MembershipRole)}
            data={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: label(MEMBERSHIP_ROLE_LABELS, r, i18n.language) }))}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={!email}>
              {t('members.inviteSend')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
