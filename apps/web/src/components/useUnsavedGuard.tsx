import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Keeps unsaved work from being lost: while `dirty`, closing or reloading the tab asks the browser's question, and a
 * click on a link inside the portal asks ours (stay, or leave without saving). Returns the dialog to render.
 * (React Router's useBlocker needs its data router, 16 KB more in the first route; links and reloads are what
 * staff use here.)
 */
export function useUnsavedGuard(dirty: boolean, message: string) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [leavingTo, setLeavingTo] = useState<string | null>(null);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (!(a instanceof HTMLAnchorElement) || a.target === '_blank' || a.origin !== window.location.origin) return;
      if (a.pathname === window.location.pathname && a.search === window.location.search) return;
      e.preventDefault();
      e.stopPropagation();
      setLeavingTo(a.pathname + a.search + a.hash);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty]);
  return leavingTo ? (
    <ConfirmDialog
      title={t('common.unsavedTitle')}
      consequence={message}
      confirmLabel={t('common.leaveWithoutSaving')}
      onClose={() => setLeavingTo(null)}
      onConfirm={() => {
        const to = leavingTo;
        setLeavingTo(null);
        void navigate(to);
      }}
    />
  ) : null;
}
