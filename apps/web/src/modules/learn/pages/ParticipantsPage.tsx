import { useState } from 'react';
import { Anchor, Badge, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { PagePagination } from '../../../components/PagePagination';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { LIST } from '../graphql/participants';
import { CONSENT_COLORS, dateOf } from '../labels';
import { consentState } from '@lalaland/shared';

const PAGE = 20;

/** The organization's participants (citizens registered by its staff): search by name, phone or key. */
export default function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(LIST, {
    variables: { search: search.trim() || null, offset: (page - 1) * PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  return (
    <Stack>
      <Title order={1}>{t('people.title')}</Title>
      <Text c="dimmed">{t('people.intro')}</Text>
      <TextInput
        label={t('people.search')}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
        w={280}
      />
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.participants.totalCount === 0 && <Text c="dimmed">{search ? t('people.noMatch') : t('people.empty')}</Text>}
      {shown && shown.participants.totalCount > 0 && (
        <DataTable minWidth={640} busy={loading} caption={t('people.title')}>
          <thead>
            <tr>
              <th scope="col">{t('people.key')}</th>
              <th scope="col">{t('participants.name')}</th>
              <th scope="col">{t('participants.birthYear')}</th>
              <th scope="col">{t('people.consent')}</th>
              <th scope="col">{t('people.registeredOn')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.participants.items.map((p) => {
              const state = consentState(p.consents);
              return (
                <tr key={p.id}>
                  <td>
                    <Anchor component={Link} to={`/participants/${p.id}`} ff="monospace">
                      {p.pseudonymKey}
                    </Anchor>
                  </td>
                  <td>{p.personal?.name ?? t('people.hidden')}</td>
                  <td>{p.personal?.birthYear ?? '—'}</td>
                  <td>
                    <Badge variant="outline" color={CONSENT_COLORS[state]}>
                      {t(`people.consentState.${state}`)}
                    </Badge>
                  </td>
                  <td>{dateOf(p.createdAt, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {shown && <PagePagination total={shown.participants.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
    </Stack>
  );
}
