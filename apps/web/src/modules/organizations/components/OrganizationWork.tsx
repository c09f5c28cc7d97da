import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_STATUS_LABELS, STREAM_MEMBER_ROLE_LABELS } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';

const WORK = graphql(`
  query OrganizationWork($organizationId: ID!) {
    programmes(organizationId: $organizationId, limit: 20) {
      totalCount
      items {
        id
        titleKo
        titleEn
        status
        host {
          id
        }
      }
    }
    fundingStreams {
      id
      nameKo
      nameEn
      members {
        id
        role
        organization {
          id
        }
      }
    }
  }
`);

/** What an organization takes part in, as far as the caller may see: the streams it is a member of, its programmes (hosted or co-hosted). */
export function OrganizationWork({ organizationId }: { organizationId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(WORK, { variables: { organizationId } });
  const streams = (data?.fundingStreams ?? []).flatMap((s) =>
    s.members.filter((m) => m.organization.id === organizationId).map((m) => ({ s, role: m.role })),
  );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          {t('work.streams')} ({data ? streams.length : '…'})
        </Title>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {data && !streams.length && <Text c="dimmed">{t('work.noStreams')}</Text>}
        <Stack gap={4}>
          {streams.map(({ s, role }) => (
            <Group key={s.id} gap="xs">
              <Anchor component={Link} to={`/funding/${s.id}`} size="sm">
                {pick(s, lang)}
              </Anchor>
              <Badge variant="outline" color="gray.8">
                {label(STREAM_MEMBER_ROLE_LABELS, role, lang)}
              </Badge>
            </Group>
          ))}
        </Stack>
      </Paper>
      <Paper withBorder p="lg">
        <Title order={2} size="h4" mb="sm">
          {t('work.programmes')} ({data?.programmes.totalCount ?? '…'})
        </Title>
        {data && !data.programmes.items.length && <Text c="dimmed">{t('work.noProgrammes')}</Text>}
        <Stack gap={4}>
          {data?.programmes.items.map((p) => (
            <Group key={p.id} gap="xs" wrap="wrap">
              <Anchor component={Link} to={`/programmes/${p.id}`} size="sm">
                {lang === 'en' ? (p.titleEn ?? p.titleKo) : p.titleKo}
              </Anchor>
              <Badge variant="outline" color="gray.8">
                {label(PROGRAMME_STATUS_LABELS, p.status, lang)}
              </Badge>
              {p.host.id !== organizationId && (
                <Text span size="xs" c="dimmed">
                  {t('work.cohost')}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
