import { Permission } from '@lalaland/shared';
import type { Feature } from '../../lib/feature';

/** An organization's API keys for its own systems (its admins). */
export const apiKeys: Feature = {
  name: 'apiKeys',
  routes: [{ path: '/api-keys', page: () => import('./pages/ApiKeysPage') }],
  nav: [{ to: '/api-keys', label: { ko: 'API 키', en: 'API keys' }, section: 'account', order: 30, permission: Permission.ApiKeyManage }],
  strings: { ko: () => import('./i18n/ko').then((m) => m.ko), en: () => import('./i18n/en').then((m) => m.en) },
};
