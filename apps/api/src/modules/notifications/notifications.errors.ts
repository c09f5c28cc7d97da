import type { ErrorCatalog } from '../../core/errors/error-codes';

/** The notifications module's error codes, with their Korean and English messages (registered through src/modules.ts). */
export const NOTIFICATIONS_ERRORS = {
  NOTIFICATION_NOT_FOUND: { ko: '알림을 찾을 수 없습니다.', en: 'Notification not found.' },
} as const satisfies ErrorCatalog;

declare module '../../core/errors/error-codes' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ModuleErrorCodes extends Record<keyof typeof NOTIFICATIONS_ERRORS, true> {}
}
