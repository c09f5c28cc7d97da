import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { MEMBERSHIP_ROLES, formatSeoulDateTime } from '@lalaland/shared';
import { graphql } from '../../../gql';
import type { MembershipRole } from '../../../gql/graphql';
import { ErrorAlert, errorCode, errorMessage, fieldErrors } from '../../common/ErrorAlert';
import { Notice } from '../../common/Notice';
import { pick } from '../../common/names';
import { DetailField } from '../../common/DetailField';
import { PageLoader } from '../../common/PageLoader';

const ORGANIZATION = graphql(`
  query Organization($id: ID!) {
    organization(id: $id) {
      id
      kind
      nameKo
      nameEn
      shortCode
      adminCode
      isSample
      contactEmail
      contactPhone
      address
      activeFrom
      parent {
        id
        nameKo
        nameEn
      }
      nameHistory {
        id
        nameKo
        nameEn
        validFrom
        validTo
      }
      viewerCanSeeMembers
      viewerCanManageMembers
    }
  }
`);

const MEMBERS = graphql(`
  query OrganizationMembers($id: ID!, $manage: Boolean!) {
    organization(id: $id) {
      id
      members(limit: 100) {
        totalCount
        items {
          id
          role
          user {
            id
            displayName
            email
          }
        }
      }
      pendingInvitations @include(if: $manage) {
        id
        email
        role
        expiresAt
      }
    }
  }
`);

const INVITE = graphql(`
  mutation InviteMember($input: InviteMemberInput!) {
    inviteMember(input: $input) {
      acceptUrl
      invitation {
        id
        email
        role
        expiresAt
      }
    }
  }
`);
const CHANGE_ROLE = graphql(`
  mutation UpdateMemberRole($input: UpdateMemberRoleInput!) {
    updateMemberRole(input: $input) {
      id
      role
    }
  }
`);
const REMOVE = graphql(`
  mutation RemoveMember($membershipId: ID!) {
    removeMember(membershipId: $membershipId)
  }
`);
const REVOKE = graphql(`
  mutation RevokeInvitation($id: ID!) {
    revokeInvitation(id: $id)
  }
`);

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, loading, error, refetch } = useQuery(ORGANIZATION, { variables: { id } });
  const org = data?.organization;

  if (!org && loading) return <PageLoader />;
  if (errorCode(error) === 'ORGANIZATION_NOT_FOUND')
    return (
      <Alert color="red" variant="outline" role="alert">
        {t('organizations.notFound')}
      </Alert>
    );
  if (error && !org) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!org) return null;

  return (
    <Stack>
      <Anchor component={Link} to="/organizations" size="sm">
        ← {t('organizations.title')}
      </Anchor>
      <Group gap="sm">
        <Title order={1}>{pick(org, lang)}</Title>
        <Badge variant="outline" color="krds.7">
          {t(`organizations.kinds.${org.kind}`)}
        </Badge>
        {org.isSample && (
          <Badge variant="outline" color="gray.8">
            {t('common.sample')}
          </Badge>
        )}
      </Group>
      <Text c="dimmed">{lang === 'en' ? org.nameKo : org.nameEn}</Text>
      <Paper withBorder p="lg" aria-labelledby="profile-title">
        <Title order={2} size="h4" mb="sm" id="profile-title">
          {t('organizations.profile')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
          <DetailField label={t('organizations.code')} value={org.shortCode} />
          <DetailField label={t('organizations.adminCode')} value={org.adminCode} />
          <DetailField
            label={t('organizations.parent')}
            value={
              org.parent && (
                <Anchor component={Link} to={`/organizations/${org.parent.id}`}>
                  {pick(org.parent, lang)}
                </Anchor>
              )
            }
          />
          <DetailField label={t('organizations.contact')} value={[org.contactEmail, org.contactPhone].filter(Boolean).join(' · ')} />
          <DetailField label={t('organizations.address')} value={org.address} />
          <DetailField label={t('organizations.activeFrom')} value={org.activeFrom} />
        </SimpleGrid>
        {org.nameHistory.length > 0 && (
          <Stack gap={4} mt="md">
            <Text size="sm" fw={600}>
              {t('organizations.nameHistory')}
            </Text>
            {org.nameHistory.map((n) => (
              <Text key={n.id} size="sm">
                {pick(n, lang)} ({n.validFrom} – {n.validTo})
              </Text>
            ))}
          </Stack>
        )}
      </Paper>
      {org.viewerCanSeeMembers ? <Members organizationId={org.id} manage={org.viewerCanManageMembers} /> : <Text c="dimmed">{t('members.hidden')}</Text>}
    </Stack>
  );
}

function Members({ organizationId, manage }: { organizationId: string; manage: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MEMBERS, { variables: { id: organizationId, manage } });
  const [changeRole, roleState] = useMutation(CHANGE_ROLE);
  const [remove, removeState] = useMutation(REMOVE);
  const [revoke] = useMutation(REVOKE);
  const [inviteOpen, setInviteOpen] = useState(false);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const members = data?.organization.members;
  const actionError = roleState.error ?? removeState.error;

  return (
    <Paper withBorder p="lg" aria-labelledby="members-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="members-title">
          {t('members.title')} {members ? `(${members.totalCount})` : ''}
        </Title>
        {manage && <Button onClick={() => setInviteOpen(true)}>{t('members.invite')}</Button>}
      </Group>
      <Stack>
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
                          data={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`auth.role.${r}`) }))}
                          onChange={async (role) => {
                            if (!role || role === m.role) return;
                            const r = await changeRole({ variables: { input: { membershipId: m.id, role: role as MembershipRole } } }).catch(() => null);
                            if (r?.data) setNotice(t('members.roleChanged'));
                          }}
                          w={150}
                        />
                      ) : (
                        t(`auth.role.${m.role}`)
                      )}
                    </Table.Td>
                    {manage && (
                      <Table.Td>
                        <Button size="xs" variant="outline" color="red" onClick={() => setRemoving({ id: m.id, name: m.user.displayName })}>
                          {t('members.remove')}
                        </Button>
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
                  {inv.email} · {t(`auth.role.${inv.role}`)} · {t('members.expires')} {formatSeoulDateTime(inv.expiresAt, i18n.language === 'en' ? 'en' : 'ko')}
                </Text>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red.8"
                  onClick={async () => {
                    await revoke({ variables: { id: inv.id } }).catch(() => null);
                    await refetch();
                  }}
                >
                  {t('members.revoke')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
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
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title={t('members.remove')} closeButtonProps={{ 'aria-label': t('common.close') }}>
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

function InviteModal({ opened, organizationId, onClose }: { opened: boolean; organizationId: string; onClose: () => void }) {
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
          <TextInput label={t('members.inviteLink')} value={data.inviteMember.acceptUrl} readOnly onFocus={(e) => e.currentTarget.select()} data-testid="invite-link" />
          <Button onClick={close}>{t('common.close')}</Button>
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
          <TextInput label={t('members.email')} type="email" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={fields.email} data-autofocus />
          <Select
            label={t('members.role')}
            value={role}
            allowDeselect={false}
            onChange={(v) => v && setRole(v as MembershipRole)}
            data={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: t(`auth.role.${r}`) }))}
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
