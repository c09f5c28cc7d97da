import { useState, type ReactNode } from 'react';
import { Button, Modal, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentRecordType } from '@lalaland/shared';
import { DocumentsPanel } from './DocumentsPanel';

/** A button that opens a record's documents in a dialog (a table row has no room for the list); `children` follow them (comments). */
export function DocumentsButton({
  recordType,
  recordId,
  name,
  canUpload,
  label,
  children,
}: {
  recordType: DocumentRecordType;
  recordId: string;
  name: string;
  canUpload: boolean;
  label: string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="xs" variant="subtle" onClick={() => setOpen(true)} aria-label={`${label}: ${name}`}>
        {label}
      </Button>
      {open && (
        <Modal opened onClose={() => setOpen(false)} title={`${label}: ${name}`} closeButtonProps={{ 'aria-label': t('common.close') }}>
          <Stack gap="lg">
            <DocumentsPanel recordType={recordType} recordId={recordId} canUpload={canUpload} />
            {children}
          </Stack>
        </Modal>
      )}
    </>
  );
}
