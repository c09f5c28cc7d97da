import { useState } from 'react';
import { Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { formatSeoulDateTime } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PagePagination } from '../../../components/PagePagination';

const PAGE = 20;
const AUDIT = graphql(`
  query OrganizationAudit($organizationId: ID!, $offset: Int!) {
    auditEvents(organizationId: $organizationId, offset: $offset, limit: 20) {
      totalCount
      items {
        id
        occurredAt
        action
        entityType
        changes
      }
    }
  }
`);

/** The organization's audit trail, readable in the portal by those allowed (its admins): when, what, which fields. */
export function AuditLog({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [page, setPage] = useState(1);
  const { data, error, refetch } = useQuery(AUDIT, {
    variables: { organizationId, offset: (page - 1) * PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const what = (action: string) => {
    const [entity = '', verb = ''] = action.split('.');
    return `${t(`audit.entities.${entity}`, { defaultValue: entity })} · ${t(`audit.verbs.${verb}`, { defaultValue: verb })}`;
  };
  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="xs">
        {t('audit.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('audit.intro')}
      </Text>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && !data.auditEvents.items.length && <Text c="dimmed">{t('audit.empty')}</Text>}
      {!!data?.auditEvents.items.length && (
        <DataTable minWidth={560} caption={t('audit.title')}>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.fields')}</th>
            </tr>
          </thead>
          <tbody>
            {data.auditEvents.items.map((e) => (
              <tr key={e.id}>
                <td>{formatSeoulDateTime(e.occurredAt, lang === 'en' ? 'en' : 'ko')}</td>
                <td title={e.action}>{what(e.action)}</td>
                <td>{e.changes && typeof e.changes === 'object' ? Object.keys(e.changes).join(', ') : '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {data && <PagePagination mt="sm" total={data.auditEvents.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
    </Paper>
  );
}
