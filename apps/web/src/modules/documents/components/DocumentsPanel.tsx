import { Suspense, useRef, useState } from 'react';
import { Anchor, Badge, Button, Checkbox, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecordType } from '@lalaland/shared';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { DOCUMENT_LIST } from '../graphql/documents';

const ACCEPT = '.pdf,.png,.jpg,.jpeg,.hwp,.hwpx,.docx,.xlsx,.pptx,.doc,.xls,.ppt,.csv,.txt';

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface Props {
  recordType: DocumentRecordType;
  recordId: string;
  /** The caller may upload (the record's own organization); the server decides again. */
  canUpload: boolean;
}

/** The documents of one record: every version with its download, and an upload for those who may add one. */
export function DocumentsPanel(props: Props) {
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <Panel {...props} />
    </Suspense>
  );
}

function Panel({ recordType, recordId, canUpload }: Props) {
  const { t, i18n } = useTranslation('documents');
  const shell = useTranslation().t;
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [personal, setPersonal] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const { data, error, refetch } = useQuery(DOCUMENT_LIST, { variables: { recordType, recordId }, fetchPolicy: 'cache-and-network' });
  const upload = async () => {
    if (!file) return;
    setBusy(true);
    const form = new FormData();
    form.append('recordType', recordType);
    form.append('recordId', recordId);
    form.append('personalData', String(personal));
    form.append('file', file, file.name);
    try {
      const res = await fetch('/documents', {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'x-lalaland-preflight': '1', 'accept-language': i18n.language },
      });
      const body = (await res.json().catch(() => ({}))) as { name?: string; errors?: Array<{ message: string }> };
      if (!res.ok) setNotice({ ok: false, text: body.errors?.[0]?.message ?? shell('common.networkError') });
      else {
        setNotice(t('documents.uploaded', { name: body.name }));
        setFile(null);
        if (input.current) input.current.value = '';
        await refetch();
      }
    } catch {
      setNotice({ ok: false, text: shell('common.networkError') });
    } finally {
      setBusy(false);
    }
  };
  const docs = data?.documents ?? [];
  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        {t('documents.title')}
      </Title>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && !docs.length && <Text c="dimmed">{t('documents.empty')}</Text>}
      {docs.map((d) => (
        <Group key={d.id} justify="space-between" wrap="wrap" gap="xs">
          <Anchor
            href={`/documents/${d.id}`}
            download={d.name}
            aria-label={t('documents.download', { name: `${d.name} (${t('documents.version', { version: d.version })})` })}
          >
            {d.name}
          </Anchor>
          <Group gap={6}>
            {d.personalData && (
              <Badge variant="outline" color="red.8" tt="none">
                {t('documents.personalBadge')}
              </Badge>
            )}
            <Text size="sm" c="dimmed">
              {t('documents.version', { version: d.version })} · {size(d.size)}
            </Text>
          </Group>
        </Group>
      ))}
      {canUpload && (
        <Stack gap="xs">
          <label htmlFor={`doc-${recordId}`}>
            <Text size="sm" fw={500}>
              {t('documents.choose')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('documents.chooseHelp')}
            </Text>
          </label>
          <input
            id={`doc-${recordId}`}
            ref={input}
            type="file"
            accept={ACCEPT}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            style={{ minHeight: 44 }}
          />
          <Checkbox label={t('documents.personal')} checked={personal} onChange={(e) => setPersonal(e.currentTarget.checked)} />
          <Button onClick={() => void upload()} disabled={!file} loading={busy} style={{ alignSelf: 'flex-start' }}>
            {busy ? t('documents.uploading') : t('documents.upload')}
          </Button>
        </Stack>
      )}
    </Stack>
  );
}
