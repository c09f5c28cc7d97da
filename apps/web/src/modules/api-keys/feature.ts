import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** An organization's API keys for its own systems (its admins). */
export const apiKeys: Feature = {
  name: 'apiKeys',
  routes: [{ path: '/api-keys', page: () => import('./pages/ApiKeysPage') }],
  nav: [{ to: '/api-keys', label: 'nav.apiKeys', permission: Permission.ApiKeyManage, order: 96 }],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
