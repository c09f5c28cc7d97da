import type { ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorMessage } from './ErrorAlert';

/**
 * A dialog holding one form: the server's error on top (in the reader's language), the fields, then Cancel and
 * Save. `footerStart` puts an extra action (e.g. delete) at the left of the footer.
 */
export function FormModal({
  title,
  size,
  onClose,
  onSubmit,
  error,
  loading,
  footerStart,
  submitLabel,
  danger,
  children,
}: {
  title: string;
  size?: string;
  onClose: () => void;
  onSubmit: () => unknown;
  error?: unknown;
  loading?: boolean;
  footerStart?: ReactNode;
  /** The submit button's words when "Save" would not say what happens (e.g. "Release booking"). */
  submitLabel?: string;
  /** The action cannot be undone: the submit button is red. */
  danger?: boolean;
  children: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} size={size} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
        noValidate
      >
        <Stack>
          {error ? (
            <Alert color="red" variant="outline" role="alert">
              {errorMessage(error, i18n.language, t('common.networkError'))}
            </Alert>
          ) : null}
          {children}
          <Group justify={footerStart ? 'space-between' : 'flex-end'}>
            {footerStart}
            <Group>
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading} color={danger ? 'red' : undefined}>
                {submitLabel ?? t('common.save')}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
