import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { AUDIT_ENTITY_LABELS, SEARCH_KINDS, seoulDate, type SearchKind } from '@lalaland/shared';
import { calendarDay } from '../../../components/dates';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { SEARCH } from '../graphql/search';

const kindLabel = (kind: SearchKind, lang: string) => label(AUDIT_ENTITY_LABELS, kind.toLowerCase(), lang);

/**
 * One box over everything the caller may see (programmes, people, mentors, referrals, activities, openings, places,
 * announcements, tasks, meetings, documents); the words and the kind stay in the address.
 */
export default function SearchPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const [params, setParams] = useSearchParams();
  const text = params.get('q') ?? '';
  const kindParam = params.get('kind') ?? '';
  const kind = SEARCH_KINDS.find((k) => k === kindParam) ?? null;
  const [typed, setTyped] = useState(text);
  const ready = text.trim().length >= 2;
  const { data, loading, error, refetch } = useQuery(SEARCH, { variables: { text, kind }, skip: !ready });
  const go = (q: string, k: string | null) => setParams({ ...(q ? { q } : {}), ...(k ? { kind: k } : {}) });
  return (
    <Stack>
      <Title order={1}>{t('search.title')}</Title>
      <Text c="dimmed">{t('search.intro')}</Text>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          go(typed.trim(), kind);
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('search.label')}
            description={t('search.hint')}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            maxLength={100}
            style={{ flex: 1, minWidth: 200 }}
            type="search"
          />
          <SelectField
            label={t('search.kind')}
            value={kind ?? ''}
            data={[{ value: '', label: t('search.allKinds') }, ...SEARCH_KINDS.map((k) => ({ value: k, label: kindLabel(k, lang) }))]}
            onChange={(k) => go(text, k || null)}
          />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>
      {text && !ready && <Text c="dimmed">{t('search.tooShort')}</Text>}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {loading && <PageLoader />}
      {data && !data.search.length && <Text c="dimmed">{t('search.empty', { text })}</Text>}
      {data && data.search.length > 0 && (
        <Text size="sm" c="dimmed" aria-live="polite">
          {t(data.search.length >= 50 ? 'search.countMore' : 'search.count', { n: data.search.length })}
        </Text>
      )}
      <Stack gap="xs">
        {data?.search.map((h) => (
          <Paper key={`${h.kind}-${h.id}`} withBorder p="sm">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Stack gap={2}>
                {h.kind === 'DOCUMENT' ? (
                  <Anchor href={h.link} download={h.title} fw={600}>
                    {h.title}
                  </Anchor>
                ) : (
                  <Anchor component={Link} to={h.link} fw={600}>
                    {h.title}
                  </Anchor>
                )}
                {h.detail && (
                  <Text size="sm" c="dimmed">
                    {h.detail}
                  </Text>
                )}
              </Stack>
              <Group gap={6}>
                <Badge variant="outline" color="blue.9" tt="none">
                  {kindLabel(h.kind, lang)}
                </Badge>
                <Text size="xs" c="dimmed">
                  {calendarDay(seoulDate(h.at), lang)}
                </Text>
              </Group>
            </Group>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
