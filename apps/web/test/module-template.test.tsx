import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MantineProvider } from '@mantine/core';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router';
import { ALL_PERMISSIONS } from '@lalaland/shared';
import { App } from '../src/app/App';
import { FEATURES } from '../src/app/features';
import { menuEntriesOf, menuFor } from '../src/app/layout/menu';
import { initI18n } from '../src/lib/i18n';
import { ME } from '../src/lib/session';
import { example } from './example-feature/feature';
import { EXAMPLE_NOTES } from './example-feature/graphql/example';

// The one line (src/app/features.ts for a real feature).
const features = [...FEATURES, example];

const me = {
  __typename: 'Viewer',
  user: { __typename: 'User', id: 'u1', email: 'saha.staff@lalaland.test', displayName: '사하 담당자', isPlatformAdmin: false },
  role: 'STAFF',
  permissions: [...ALL_PERMISSIONS],
  leadsStream: false,
  activeOrganization: { __typename: 'Organization', id: 'o1', nameKo: '사하구', nameEn: 'Saha-gu', kind: 'DISTRICT' },
  memberships: [],
};

/**
 * The web half of the module template: a feature in one folder (test/example-feature), added to the list with one
 * line, gets its route, its menu entry in its section with its own words, and its strings — the shell edited nowhere.
 */
describe('the module template on the web: one folder, one line', () => {
  let root: Root;
  const host = document.createElement('div');

  beforeAll(() => {
    // what Mantine asks of a browser that jsdom lacks
    window.matchMedia ??= ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addEventListener() {},
      removeEventListener() {},
      addListener() {},
      removeListener() {},
      dispatchEvent: () => false,
    })) as typeof window.matchMedia;
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver;
    // the bell's live socket: no server here, so a socket that never opens
    window.WebSocket = class {
      readyState = 0;
      close() {}
      send() {}
    } as unknown as typeof WebSocket;
    document.body.appendChild(host);
    initI18n(features);
  });
  afterAll(() => act(() => root.unmount()));

  it('its menu entry is in the section it declares, with its label, for a role holding its permission', () => {
    const work = menuFor(me as never, menuEntriesOf(features)).find((g) => g.section === 'work')!;
    expect(work.entries.map((e) => e.label.ko)).toContain('예시 메모');
    const withoutPermission = menuFor({ ...me, permissions: [] } as never, menuEntriesOf(features));
    expect(withoutPermission.flatMap((g) => g.entries.map((e) => e.to))).not.toContain('/example-notes');
  });

  it('the portal serves its page at its route, in Korean from its own strings, with its empty state', async () => {
    const mocks = [
      { request: { query: ME }, result: { data: { me } }, maxUsageCount: 10 },
      { request: { query: EXAMPLE_NOTES, variables: { organizationId: 'o1' } }, result: { data: { exampleNotes: [] } }, maxUsageCount: 10 },
    ];
    await act(async () => {
      root = createRoot(host);
      root.render(
        <MantineProvider>
          <MockedProvider mocks={mocks}>
            <MemoryRouter initialEntries={['/example-notes']}>
              <App features={features} />
            </MemoryRouter>
          </MockedProvider>
        </MantineProvider>,
      );
    });
    await expect.poll(() => host.querySelector('h1')?.textContent, { timeout: 5000 }).toBe('예시 메모');
    await expect.poll(() => host.textContent, { timeout: 5000 }).toContain('아직 메모가 없습니다.');
    // the menu link, from the feature's declaration
    expect([...host.querySelectorAll('a[href="/example-notes"]')].map((a) => a.textContent)).toContain('예시 메모');
  });
});
