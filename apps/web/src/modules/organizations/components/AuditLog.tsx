import { useState } from 'react';
import { Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  AUDIT_VERB_LABELS,
  formatSeoulDateTime,
  type AuditEntity,
  type AuditVerb,
} from '@lalaland/shared';
import { label } from '../../../components/labels';
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
  // `entity.verb` in the shared glossary (the API writes no other); the entity may itself hold a dot (kpi.target).
  const what = (action: string) => {
    const cut = action.lastIndexOf('.');
    const entity = action.slice(0, cut) as AuditEntity;
    const verb = action.slice(cut + 1) as AuditVerb;
    return `${label(AUDIT_ENTITY_LABELS, entity, lang)} · ${label(AUDIT_VERB_LABELS, verb, lang)}`;
  };
  const fields = (changes: unknown) =>
    changes && typeof changes === 'object'
      ? Object.keys(changes)
          .map((k) => label(AUDIT_FIELD_LABELS, k, lang))
          .join(', ')
      : '—';
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
                <td>{fields(e.changes)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {data && <PagePagination mt="sm" total={data.auditEvents.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
    </Paper>
  );
}
