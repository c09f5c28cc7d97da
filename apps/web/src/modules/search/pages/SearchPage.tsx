import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatSeoulDateTime } from '@lalaland/shared';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { SEARCH } from '../graphql/search';

/** One box over announcements, tasks, meetings and document names; the words stay in the address. */
export default function SearchPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const [typed, setTyped] = useState(text);
  const ready = text.trim().length >= 2;
  const { data, loading, error, refetch } = useQuery(SEARCH, { variables: { text }, skip: !ready });
  return (
    <Stack>
      <Title order={1}>{t('search.title')}</Title>
      <Text c="dimmed">{t('search.intro')}</Text>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          setParams(typed.trim() ? { q: typed.trim() } : {});
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('search.label')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            maxLength={100}
            style={{ flex: 1, minWidth: 200 }}
            type="search"
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>
      {text && !ready && <Text c="dimmed">{t('search.tooShort')}</Text>}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && <PageLoader />}
      {data && !data.search.length && <Text c="dimmed">{t('search.empty', { text })}</Text>}
      <Stack gap="xs">
        {data?.search.map((h) => (
          <Paper key={`${h.kind}-${h.id}`} withBorder p="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              {h.kind === 'DOCUMENT' ? (
                <Anchor href={h.link} download={h.title} fw={600}>
                  {h.title}
                </Anchor>
              ) : (
                <Anchor component={Link} to={h.link} fw={600}>
                  {h.title}
                </Anchor>
              )}
              <Group gap={6}>
                <Badge variant="outline" color="blue.9" tt="none">
                  {t(`search.kinds.${h.kind}`)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {formatSeoulDateTime(h.at, i18n.language === 'en' ? 'en' : 'ko')}
                </Text>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
