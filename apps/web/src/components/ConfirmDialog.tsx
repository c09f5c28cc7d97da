import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * "Are you sure?" for what cannot be undone: the title names the action, the body its consequence, and the confirm
 * button repeats the action's words (never a bare "OK"). Cancel is first and keeps the focus.
 */
export function ConfirmDialog({
  title,
  consequence,
  confirmLabel,
  onConfirm,
  onClose,
  loading,
  danger = true,
}: {
  title: string;
  consequence: string;
  confirmLabel: string;
  onConfirm: () => unknown;
  onClose: () => void;
  loading?: boolean;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        <Text>{consequence}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.dismiss')}
          </Button>
          <Button color={danger ? 'red.8' : undefined} loading={loading} onClick={() => void onConfirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
