import { useState } from 'react';
import { Alert, Button, Group, Modal, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_ROLES, formatSeoulDateTime, MEMBERSHIP_ROLE_LABELS } from '@lalaland/shared';
import type { MembershipRole } from '../../../gql/graphql';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { label } from '../../../components/labels';
import { MEMBERS, CHANGE_ROLE, REMOVE, REVOKE } from '../graphql/organization';
import { InviteModal } from './InviteModal';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { graphql } from '../../../gql';
import { SecondFactorSetting } from './SecondFactorSetting';

const RESET_SECOND_FACTOR = graphql(`
  mutation ResetSecondFactor($userId: ID!) {
    resetSecondFactor(userId: $userId)
  }
`);

export function Members({ organizationId, manage }: { organizationId: string; manage: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MEMBERS, { variables: { id: organizationId, manage } });
  const [changeRole, roleState] = useMutation(CHANGE_ROLE);
  const [remove, removeState] = useMutation(REMOVE);
  const [revoke] = useMutation(REVOKE);
  const [resetFactor, resetState] = useMutation(RESET_SECOND_FACTOR);
  const [resetting, setResetting] = useState<{ id: string; name: string } | null>(null);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [revoking, setRevoking] = useState<{ id: string; email: string } | null>(null);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const members = data?.organization.members;
  const actionError = roleState.error ?? removeState.error ?? resetState.error;

  return (
    <Paper withBorder p="lg" aria-labelledby="members-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="members-title">
          {t('members.title')} {members ? `(${members.totalCount})` : ''}
        </Title>
        {manage && <Button onClick={() => setInviteOpen(true)}>{t('members.invite')}</Button>}
      </Group>
      <Stack>
        {manage && <SecondFactorSetting />}
        <Notice notice={notice} onClose={() => setNotice(null)} />
        {actionError && (
          <Alert color="red" variant="outline" role="alert">
            {errorMessage(actionError, i18n.language, t('common.networkError'))}
          </Alert>
        )}
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {!members && loading && <PageLoader />}
        {members && members.items.length === 0 && <Text c="dimmed">{t('members.empty')}</Text>}
        {members && members.items.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('members.name')}</Table.Th>
                  <Table.Th scope="col">{t('members.email')}</Table.Th>
                  <Table.Th scope="col">{t('members.role')}</Table.Th>
                  {manage && <Table.Th scope="col">{t('members.actions')}</Table.Th>}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members.items.map((m) => (
                  <Table.Tr key={m.id}>
                    <Table.Td>{m.user.displayName}</Table.Td>
                    <Table.Td>{m.user.email}</Table.Td>
                    <Table.Td>
                      {manage ? (
                        <Select
                          size="xs"
                          aria-label={t('members.changeRoleFor', { name: m.user.displayName })}
                          value={m.role}
                          allowDeselect={false}
                          data={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: label(MEMBERSHIP_ROLE_LABELS, r, i18n.language) }))}
                          onChange={async (role) => {
                            if (!role || role === m.role) return;
                            const r = await changeRole({
                              variables: { input: { membershipId: m.id, role: role as MembershipRole } },
                            }).catch(() => null);
                            if (r?.data) setNotice(t('members.roleChanged'));
                          }}
                          w={150}
                        />
                      ) : (
                        label(MEMBERSHIP_ROLE_LABELS, m.role, i18n.language)
                      )}
                    </Table.Td>
                    {manage && (
                      <Table.Td>
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="default" onClick={() => setResetting({ id: m.user.id, name: m.user.displayName })}>
                            {t('members.resetSecondFactor')}
                          </Button>
                          <Button
                            size="xs"
                            variant="outline"
                            color="red"
                            onClick={() => setRemoving({ id: m.id, name: m.user.displayName })}
                          >
                            {t('members.remove')}
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {manage && data?.organization.pendingInvitations && data.organization.pendingInvitations.length > 0 && (
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('members.pending')}
            </Title>
            {data.organization.pendingInvitations.map((inv) => (
              <Group key={inv.id} justify="space-between">
                <Text size="sm">
                  {inv.email} · {label(MEMBERSHIP_ROLE_LABELS, inv.role, i18n.language)} · {t('members.expires')}{' '}
                  {formatSeoulDateTime(inv.expiresAt, i18n.language === 'en' ? 'en' : 'ko')}
                </Text>
                <Button size="xs" variant="subtle" color="red.8" onClick={() => setRevoking({ id: inv.id, email: inv.email })}>
                  {t('members.revoke')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
      {revoking && (
        <ConfirmDialog
          title={t('members.revokeTitle')}
          consequence={t('members.revokeBody', { email: revoking.email })}
          confirmLabel={t('members.revoke')}
          onClose={() => setRevoking(null)}
          onConfirm={async () => {
            await revoke({ variables: { id: revoking.id } }).catch(() => null);
            setRevoking(null);
            await refetch();
          }}
        />
      )}
      {resetting && (
        <ConfirmDialog
          title={t('members.resetSecondFactorTitle', { name: resetting.name })}
          consequence={t('members.resetSecondFactorBody', { name: resetting.name })}
          confirmLabel={t('members.resetSecondFactorConfirm')}
          loading={resetState.loading}
          onClose={() => setResetting(null)}
          onConfirm={async () => {
            const r = await resetFactor({ variables: { userId: resetting.id } }).catch(() => null);
            setResetting(null);
            if (r?.data) setNotice(t('members.secondFactorReset', { name: resetting.name }));
          }}
        />
      )}
      {manage && (
        <InviteModal
          opened={inviteOpen}
          organizationId={organizationId}
          onClose={() => {
            setInviteOpen(false);
            void refetch();
          }}
        />
      )}
      <Modal
        opened={removing !== null}
        onClose={() => setRemoving(null)}
        title={t('members.remove')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack>
          <Text>{t('members.removeConfirm', { name: removing?.name ?? '' })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRemoving(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red.8"
              loading={removeState.loading}
              onClick={async () => {
                const r = await remove({ variables: { membershipId: removing!.id } }).catch(() => null);
                setRemoving(null);
                if (r?.data) {
                  setNotice(t('members.removed'));
                  await refetch();
                }
              }}
            >
              {t('members.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
