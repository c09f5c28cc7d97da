import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type NoticeValue = string | { ok: boolean; text: string } | null;

/** The outcome of the last action: a status (success) or an alert (failure) the reader can close. */
export function Notice({ notice, onClose }: { notice: NoticeValue; onClose: () => void }) {
  const { t } = useTranslation();
  if (!notice) return null;
  const { ok, text } = typeof notice === 'string' ? { ok: true, text: notice } : notice;
  return (
    <Alert color={ok ? 'teal' : 'red'} variant="outline" role={ok ? 'status' : 'alert'} withCloseButton closeButtonLabel={t('common.close')} onClose={onClose}>
      {text}
    </Alert>
  );
}
