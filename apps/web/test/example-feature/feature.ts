import { Permission } from '@lalaland/shared';
import type { Feature } from '../../src/lib/feature';

/**
 * The web half of the module template (apps/api/test/support/example-module is the other): one folder, and one line in
 * src/app/features.ts for a real feature (test/module-template.test.tsx adds it to the list the same way). Its route,
 * its menu entry with its section and words in both languages, and its strings all come from here.
 */
export const example: Feature = {
  name: 'example',
  routes: [{ path: '/example-notes', page: () => import('./pages/ExampleNotesPage') }],
  nav: [
    {
      to: '/example-notes',
      label: { ko: '예시 메모', en: 'Example notes' },
      section: 'work',
      order: 90,
      permission: Permission.OrganizationRead,
    },
  ],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
