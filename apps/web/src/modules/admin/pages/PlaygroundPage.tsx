import { Alert, Anchor, Box, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '@mantine/hooks';
import { useViewer } from '../../auth';

// Same origin: the session cookie goes with every request; nothing is loaded from a CDN.
const fetcher = createGraphiQLFetcher({ url: '/graphql', fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }) });

export default function PlaygroundPage() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  // GraphiQL's editors and toolbars need a desktop's width and pointer: on a phone the page says so instead.
  const narrow = useMediaQuery('(max-width: 48em)');
  if (!viewer?.user.isPlatformAdmin) {
    return (
      <Stack>
        <Title order={1}>{t('playground.title')}</Title>
        <Alert color="red" variant="outline" role="alert">
          {t('playground.forbidden')}
        </Alert>
        <Anchor component={Link} to="/home">
          {t('notFound.home')}
        </Anchor>
      </Stack>
    );
  }
  if (narrow)
    return (
      <Stack>
        <Title order={1}>{t('playground.title')}</Title>
        <Alert variant="outline" color="blue.9">
          {t('playground.desktopOnly')}
        </Alert>
      </Stack>
    );
  return (
    <Stack h="calc(100vh - 100px)">
      <div>
        <Title order={1}>{t('playground.title')}</Title>
        <Text size="sm" c="dimmed">
          {t('playground.intro')}
        </Text>
      </div>
      <Box style={{ flex: 1, minHeight: 480, border: '1px solid var(--mantine-color-gray-4)' }} data-testid="graphiql">
        <GraphiQL fetcher={fetcher} defaultQuery={'{\n  me {\n    user { email }\n    activeOrganization { nameKo }\n  }\n}\n'} />
      </Box>
    </Stack>
  );
}
