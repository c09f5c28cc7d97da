import { Alert, Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, errorCode } from '../../../components/ErrorAlert';
import { pick } from '../../../components/names';
import { DetailField } from '../../../components/DetailField';
import { PageLoader } from '../../../components/PageLoader';
import { label } from '../../../components/labels';
import { ORGANIZATION } from '../graphql/organization';
import { Members } from '../components/Members';
import { AuditLog } from '../components/AuditLog';
import { TextMessages } from '../components/TextMessages';
import { OrganizationWork } from '../components/OrganizationWork';
import { useViewer } from '../../auth';
import { ORGANIZATION_KIND_LABELS, Permission } from '@lalaland/shared';
import { calendarDay, dayRange } from '../../../components/dates';
import { Trail } from '../../../components/Trail';

export default function OrganizationPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, loading, error, refetch } = useQuery(ORGANIZATION, { variables: { id } });
  const org = data?.organization;
  const { viewer } = useViewer();
  // The audit trail: for those who may read it, of the organization they act for.
  const canAudit = !!viewer?.permissions.includes(Permission.AuditRead) && viewer.activeOrganization?.id === id;

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
      <Trail items={[{ to: '/organizations', label: t('organizations.title') }]} />
      <Group gap="sm">
        <Title order={1}>{pick(org, lang)}</Title>
        <Badge variant="outline" color="krds.7">
          {label(ORGANIZATION_KIND_LABELS, org.kind, lang)}
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
          <DetailField label={t('organizations.activeFrom')} value={calendarDay(org.activeFrom, lang)} />
          {org.documentStorage && (
            <DetailField
              label={t('organizations.documentStorage')}
              value={t('organizations.documentStorageValue', {
                used: megabytes(org.documentStorage.usedBytes),
                quota: megabytes(org.documentStorage.quotaBytes),
                percent: Math.floor((org.documentStorage.usedBytes / org.documentStorage.quotaBytes) * 100),
              })}
            />
          )}
        </SimpleGrid>
        {org.nameHistory.length > 0 && (
          <Stack gap={4} mt="md">
            <Text size="sm" fw={600}>
              {t('organizations.nameHistory')}
            </Text>
            {org.nameHistory.map((n) => (
              <Text key={n.id} size="sm">
                {pick(n, lang)} ({dayRange(n.validFrom, n.validTo, lang)})
              </Text>
            ))}
          </Stack>
        )}
      </Paper>
      <OrganizationWork organizationId={org.id} />
      {org.viewerCanSeeMembers ? (
        <Members organizationId={org.id} manage={org.viewerCanManageMembers} />
      ) : (
        <Text c="dimmed">{t('members.hidden')}</Text>
      )}
      {org.viewerCanSeeMembers && (
        <TextMessages organizationId={org.id} canSetBudget={!!viewer?.permissions.includes(Permission.OrganizationUpdate)} />
      )}
      {canAudit && <AuditLog organizationId={org.id} />}
    </Stack>
  );
}

/** Bytes as whole megabytes, grouped (1,024). */
const megabytes = (bytes: number) => Math.ceil(bytes / 1024 / 1024).toLocaleString('ko-KR');
