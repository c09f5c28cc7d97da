import { lazy, Suspense, type ComponentType } from 'react';
import type { Feature } from '../../lib/feature';
import { Anchor, AppShell, Burger, Button, Group, Stack, Text } from '@mantine/core';
import { SelectField } from '../../components/SelectField';
import { useDisclosure } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { RouteErrorBoundary } from '../RouteErrorBoundary';
import { NoticeRegion } from '../../components/Notice';

import { useApolloClient, useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { type ViewerData } from '../../modules/auth';
import { pick } from '../../components/names';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { FEATURES } from '../features';
import { loadFeatureStrings } from '../i18n';
import { label } from '../../components/labels';
import { MEMBERSHIP_ROLE_LABELS } from '@lalaland/shared';
import { MENU_ENTRIES, menuEntriesOf, menuFor } from './menu';
import { MenuSectionLinks } from './MenuSectionLinks';

/** Each feature's header item (the bell), loaded with the feature's strings: rendered after the organization switch. */
const headerItems = new Map<Feature, ComponentType>();
function headerItemsOf(features: readonly Feature[]) {
  return features
    .filter((f) => f.header)
    .map((f) => {
      let Item = headerItems.get(f);
      if (!Item) headerItems.set(f, (Item = lazy(() => Promise.all([f.header!(), loadFeatureStrings(f)]).then(([m]) => m))));
      return { name: f.name, Item };
    });
}

const SWITCH = graphql(`
  mutation SwitchOrganization($organizationId: ID!) {
    switchOrganization(organizationId: $organizationId) {
      role
      activeOrganization {
        id
      }
    }
  }
`);
const SIGN_OUT = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** The signed-in shell for the portal's features (a test may pass the list with a feature of its own added). */
export function AppLayout({ viewer, features = FEATURES }: { viewer: ViewerData; features?: readonly Feature[] }) {
  const { t, i18n } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [switchOrg] = useMutation(SWITCH);
  const [signOut] = useMutation(SIGN_OUT);
  const lang = i18n.language;
  const orgOptions = viewer.memberships.map((m) => ({
    value: m.organization.id,
    label: `${pick(m.organization, lang)} · ${label(MEMBERSHIP_ROLE_LABELS, m.role, lang)}`,
  }));
  if (viewer.activeOrganization && !orgOptions.some((o) => o.value === viewer.activeOrganization!.id)) {
    orgOptions.push({ value: viewer.activeOrganization.id, label: pick(viewer.activeOrganization, lang) });
  }
  const menu = menuFor(viewer, features === FEATURES ? MENU_ENTRIES : menuEntriesOf(features));
  const here = menu.find((g) => g.entries.some((e) => location.pathname === e.to || location.pathname.startsWith(`${e.to}/`)))?.section;

  const leave = async () => {
    await signOut().catch(() => null);
    await client.resetStore();
    void navigate('/');
  };
  return (
    <AppShell header={{ height: 64 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.main')} />
            <Anchor component={Link} to="/home" fw={700} size="lg" c="krds.7" underline="never">
              {t('app.name')}
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="md">
              {t('app.tagline')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <Suspense fallback={null}>
              {headerItemsOf(features).map(({ name, Item }) => (
                <Item key={name} />
              ))}
            </Suspense>
            {/* A native select: light, and the phone's own picker. */}
            <SelectField
              aria-label={t('auth.activeOrganization')}
              data={viewer.activeOrganization ? orgOptions : [{ value: '', label: t('auth.noOrganization') }, ...orgOptions]}
              value={viewer.activeOrganization?.id ?? ''}
              w={{ base: 150, sm: 260 }}
              size="xs"
              onChange={async (id) => {
                if (!id) return;
                await switchOrg({ variables: { organizationId: id } }).catch(() => null);
                await client.resetStore();
              }}
            />
            <Button size="xs" variant="outline" visibleFrom="sm" onClick={() => void leave()}>
              {t('auth.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('nav.main')} component="nav" style={{ overflowY: 'auto' }}>
        <Stack justify="space-between" h="100%">
          <Stack gap={2}>
            {menu.map((g) => (
              <MenuSectionLinks key={g.section} group={g} lang={lang} open={here === g.section} onNavigate={close} />
            ))}
          </Stack>
          <Stack gap="xs">
            <Text size="sm">
              {viewer.user.displayName}
              {viewer.user.isPlatformAdmin
                ? ` · ${t('auth.platformAdmin')}`
                : viewer.role
                  ? ` · ${label(MEMBERSHIP_ROLE_LABELS, viewer.role, lang)}`
                  : ''}
            </Text>
            <LanguageSwitch />
            {/* On a phone the header has room for the organization only: signing out is here. */}
            <Button variant="outline" hiddenFrom="sm" onClick={() => void leave()}>
              {t('auth.signOut')}
            </Button>
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id="main" component="main" tabIndex={-1}>
        <RouteErrorBoundary key={location.pathname + location.search}>
          <Outlet />
        </RouteErrorBoundary>
        <footer className="lal-footer">{t('app.footer')}</footer>
      </AppShell.Main>
      <NoticeRegion />
    </AppShell>
  );
}
