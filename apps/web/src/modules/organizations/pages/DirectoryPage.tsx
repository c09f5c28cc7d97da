import { useEffect, useState } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ORGANIZATION_KINDS, ORGANIZATION_KIND_LABELS } from '@lalaland/shared';
import { graphql } from '../../../gql';
import type { OrganizationKind } from '../../../gql/graphql';
import { DataTable } from '../../../components/DataTable';
import { PagePagination } from '../../../components/PagePagination';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { pick } from '../../../components/names';
import { PageLoader } from '../../../components/PageLoader';
import { label } from '../../../components/labels';

const PAGE_SIZE = 20;

const ORGANIZATIONS = graphql(`
  query Organizations($search: String, $kind: OrganizationKind, $offset: Int!, $limit: Int!) {
    organizations(search: $search, kind: $kind, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        kind
        nameKo
        nameEn
        adminCode
        isSample
        parent {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);

export default function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const [debounced] = useDebouncedValue(search, 250);
  const kind = (params.get('kind') as OrganizationKind | null) ?? null;
  const page = Math.max(1, Number(params.get('page') ?? 1) || 1);

  useEffect(() => {
    const next = new URLSearchParams(params);
    if (debounced) next.set('q', debounced);
    else next.delete('q');
    if ((params.get('q') ?? '') !== debounced) {
      next.delete('page');
      setParams(next, { replace: true });
    }
  }, [debounced, params, setParams]);

  const { data, previousData, loading, error, refetch } = useQuery(ORGANIZATIONS, {
    variables: { search: debounced || null, kind, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  const result = (data ?? previousData)?.organizations;

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== 'page') next.delete('page');
    setParams(next);
  };

  return (
    <Stack>
      <div>
        <Title order={1}>{t('organizations.title')}</Title>
        <Text c="dimmed">{t('organizations.intro')}</Text>
      </div>
      <Group align="flex-end" role="search">
        <TextInput
          label={t('organizations.search')}
          placeholder={t('organizations.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          type="search"
          w={{ base: '100%', sm: 320 }}
        />
        <SelectField
          label={t('organizations.kind')}
          value={kind ?? ''}
          onChange={(v) => update('kind', v || null)}
          data={[
            { value: '', label: t('organizations.allKinds') },
            ...ORGANIZATION_KINDS.map((k) => ({ value: k, label: label(ORGANIZATION_KIND_LABELS, k, lang) })),
          ]}
          w={{ base: '100%', sm: 200 }}
        />
        {result && (
          <Text size="sm" aria-live="polite">
            {t('common.total', { count: result.totalCount })}
          </Text>
        )}
      </Group>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!result && loading && <PageLoader />}
      {result && result.items.length === 0 && (
        <Paper withBorder p="xl" ta="center">
          <Text fw={600}>{t('organizations.empty')}</Text>
          <Text size="sm" c="dimmed">
            {t('organizations.emptyHint')}
          </Text>
        </Paper>
      )}
      {result && result.items.length > 0 && (
        <DataTable minWidth={640} busy={loading}>
          <thead>
            <tr>
              <th scope="col">{t('organizations.name')}</th>
              <th scope="col">{t('organizations.kind')}</th>
              <th scope="col">{t('organizations.adminCode')}</th>
              <th scope="col">{t('organizations.parent')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((o) => (
              <tr key={o.id}>
                <td>
                  <Group gap="xs" wrap="nowrap">
                    <Anchor component={Link} to={`/organizations/${o.id}`}>
                      {pick(o, lang)}
                    </Anchor>
                    {o.isSample && (
                      <Badge size="sm" variant="outline" color="gray.8">
                        {t('common.sample')}
                      </Badge>
                    )}
                  </Group>
                </td>
                <td>{label(ORGANIZATION_KIND_LABELS, o.kind, lang)}</td>
                <td>{o.adminCode ?? '—'}</td>
                <td>{o.parent ? pick(o.parent, lang) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {result && <PagePagination total={result.totalCount} pageSize={PAGE_SIZE} page={page} onChange={(p) => update('page', String(p))} />}
    </Stack>
  );
}
