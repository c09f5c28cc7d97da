import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What an action did; `action` offers the next step on the notice itself (e.g. "되돌리기" where undo is cheap). */
export type NoticeValue = string | { ok: boolean; text: string; action?: { label: string; run: () => void } } | null;

/** Where notices appear: a live region fixed at the bottom of the screen, present from the first render (see AppLayout). */
export const NOTICE_REGION_ID = 'lal-notices';

/** The live region the layout renders once, so a screen reader announces what is put into it later. */
export function NoticeRegion() {
  return <div id={NOTICE_REGION_ID} className="lal-notices" aria-live="polite" />;
}

/** A success notice closes itself after this long (an error stays until closed). */
const SUCCESS_MS = 8000;

/**
 * The outcome of the last action, where the eye is: at the bottom of the screen whatever the scroll position (after
 * saving at the end of a long list on a phone, the notice is not 1,000 px above). Success is a status, failure an
 * alert; both can be closed, success also closes itself, unless it offers an action (the user needs the time to use it).
 */
export function Notice({ notice, onClose }: { notice: NoticeValue; onClose: () => void }) {
  const { t } = useTranslation();
  // The layout's region (always mounted before a page can show a notice); a page without the layout shows it in place.
  const region = document.getElementById(NOTICE_REGION_ID);
  const ok = !notice || typeof notice === 'string' || notice.ok;
  const action = notice && typeof notice !== 'string' ? notice.action : undefined;
  // The latest onClose, without restarting the timer when the page re-renders with a new closure.
  const close = useRef(onClose);
  useEffect(() => {
    close.current = onClose;
  }, [onClose]);
  useEffect(() => {
    if (!notice || !ok || action) return;
    const timer = setTimeout(() => close.current(), SUCCESS_MS);
    return () => clearTimeout(timer);
  }, [notice, ok, action]);
  if (!notice) return null;
  const text = typeof notice === 'string' ? notice : notice.text;
  const alert = (
    <Alert
      color={ok ? 'teal.9' : 'red.8'}
      variant="outline"
      className="lal-notice"
      role={ok ? 'status' : 'alert'}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      {action ? (
        <Group gap="sm" justify="space-between">
          <span>{text}</span>
          <Button size="xs" variant="outline" onClick={action.run}>
            {action.label}
          </Button>
        </Group>
      ) : (
        text
      )}
    </Alert>
  );
  return region ? createPortal(alert, region) : alert;
}
