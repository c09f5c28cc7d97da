import { useState } from 'react';
import { Alert, Badge, Button, Checkbox, CopyButton, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { API_KEY_PERMISSIONS, API_KEY_PERMISSION_LABELS, formatSeoulDateTime, seoulDate, type ApiKeyPermission } from '@lalaland/shared';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DataTable } from '../../../components/DataTable';
import { DateField } from '../../../components/DateField';
import { calendarDay } from '../../../components/dates';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { API_KEYS, CREATE_API_KEY, REVOKE_API_KEY } from '../graphql/api-keys';

const day = (offset: number) => seoulDate(Date.now() + offset * 86_400_000);

/** The organization's API keys: make one (the token is shown once), see when each was last used, revoke. */
export default function ApiKeysPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const keys = useQuery(API_KEYS);
  const [create, creating] = useMutation(CREATE_API_KEY);
  const [revoke, revoking] = useMutation(REVOKE_API_KEY);
  const [name, setName] = useState('');
  const [permissions, setPermissions] = useState<string[]>(['programme:read']);
  const [expiresOn, setExpiresOn] = useState(day(90));
  const [errors, setErrors] = useState<{ name?: string; permissions?: string; expiresOn?: string }>({});
  const [token, setToken] = useState<string | null>(null);
  const [revokeTarget, setRevokeTarget] = useState<{ id: string; name: string } | null>(null);
  const [notice, setNotice] = useState<NoticeValue>(null);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found = {
      name: name.trim() ? undefined : t('apiKeys.nameRequired'),
      permissions: permissions.length ? undefined : t('apiKeys.permissionRequired'),
      expiresOn: expiresOn ? undefined : t('apiKeys.dateRequired'),
    };
    setErrors(found);
    if (found.name || found.permissions || found.expiresOn) return;
    try {
      const r = await create({ variables: { input: { name: name.trim(), permissions, expiresOn } } });
      setToken(r.data?.createApiKey.token ?? null);
      setName('');
      await keys.refetch();
    } catch (err) {
      setNotice({ ok: false, text: errorMessage(err, lang, t('common.networkError')) });
    }
  };

  if (keys.error) return <ErrorAlert error={keys.error} onRetry={() => void keys.refetch()} />;
  if (!keys.data) return <PageLoader />;
  const list = keys.data.apiKeys;
  return (
    <Stack>
      <Title order={1}>{t('apiKeys.title')}</Title>
      <Text c="dimmed">{t('apiKeys.intro')}</Text>
      <Text size="sm">
        <code>{t('apiKeys.usage')}</code>
      </Text>
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate aria-labelledby="api-key-create">
        <Stack gap="sm">
          <Title order={2} size="h4" id="api-key-create">
            {t('apiKeys.create')}
          </Title>
          <TextInput
            label={t('apiKeys.name')}
            description={t('apiKeys.nameHelp')}
            required
            maxLength={100}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
          />
          <Checkbox.Group
            label={t('apiKeys.permissions')}
            description={t('apiKeys.permissionsHelp')}
            value={permissions}
            onChange={setPermissions}
            error={errors.permissions}
            required
          >
            <Stack gap={6} mt={6}>
              {API_KEY_PERMISSIONS.map((p) => (
                <Checkbox key={p} value={p} label={API_KEY_PERMISSION_LABELS[p][lang]} />
              ))}
            </Stack>
          </Checkbox.Group>
          <DateField
            label={t('apiKeys.expiresOn')}
            description={t('apiKeys.expiresHelp')}
            required
            value={expiresOn}
            onChange={setExpiresOn}
            min={day(1)}
            max={day(365)}
            error={errors.expiresOn}
            w={240}
          />
          <Group>
            <Button type="submit" loading={creating.loading}>
              {t('apiKeys.submit')}
            </Button>
          </Group>
        </Stack>
      </Paper>

      <Title order={2} size="h4">
        {t('apiKeys.list')}
      </Title>
      {list.length === 0 ? (
        <Text c="dimmed">{t('apiKeys.empty')}</Text>
      ) : (
        <DataTable minWidth={760} stack caption={t('apiKeys.list')}>
          <thead>
            <tr>
              <th>{t('apiKeys.name')}</th>
              <th>{t('apiKeys.prefix')}</th>
              <th>{t('apiKeys.permissions')}</th>
              <th>{t('apiKeys.status')}</th>
              <th>{t('apiKeys.expires')}</th>
              <th>{t('apiKeys.lastUsed')}</th>
              <th>{t('apiKeys.createdBy')}</th>
              <th>
                <span className="lal-visually-hidden">{t('apiKeys.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((k) => (
              <tr key={k.id}>
                <td data-label={t('apiKeys.name')}>{k.name}</td>
                <td data-label={t('apiKeys.prefix')}>
                  <code>{k.prefix}…</code>
                </td>
                <td data-label={t('apiKeys.permissions')}>
                  {k.permissions.map((p) => API_KEY_PERMISSION_LABELS[p as ApiKeyPermission]?.[lang] ?? p).join(', ')}
                </td>
                <td data-label={t('apiKeys.status')}>
                  <Badge color={k.status === 'ACTIVE' ? 'green.9' : 'gray.7'} variant="light">
                    {t(`apiKeys.statusLabels.${k.status}`)}
                  </Badge>
                </td>
                <td data-label={t('apiKeys.expires')}>{calendarDay(seoulDate(k.expiresAt), lang)}</td>
                <td data-label={t('apiKeys.lastUsed')}>{k.lastUsedAt ? formatSeoulDateTime(k.lastUsedAt, lang) : t('apiKeys.never')}</td>
                <td data-label={t('apiKeys.createdBy')}>{k.createdByName}</td>
                <td>
                  {k.status === 'ACTIVE' && (
                    <Button
                      size="compact-md"
                      mih={44}
                      variant="outline"
                      color="red.8"
                      onClick={() => setRevokeTarget({ id: k.id, name: k.name })}
                    >
                      {t('apiKeys.revoke')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}

      {token && (
        <Modal opened onClose={() => setToken(null)} title={t('apiKeys.tokenTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
          <Stack>
            <Alert color="orange" variant="outline" role="status">
              {t('apiKeys.tokenOnce')}
            </Alert>
            <TextInput
              label={t('apiKeys.token')}
              value={token}
              readOnly
              onFocus={(e) => e.currentTarget.select()}
              data-testid="api-key-token"
              styles={{ input: { fontFamily: 'monospace' } }}
            />
            <Group justify="flex-end">
              <CopyButton value={token}>
                {({ copied, copy }) => (
                  <Button variant="outline" onClick={copy}>
                    {copied ? t('apiKeys.copied') : t('apiKeys.copy')}
                  </Button>
                )}
              </CopyButton>
              <Button onClick={() => setToken(null)}>{t('apiKeys.done')}</Button>
            </Group>
          </Stack>
        </Modal>
      )}
      {revokeTarget && (
        <ConfirmDialog
          title={t('apiKeys.revokeTitle', { name: revokeTarget.name })}
          consequence={t('apiKeys.revokeConsequence')}
          confirmLabel={t('apiKeys.revoke')}
          loading={revoking.loading}
          onClose={() => setRevokeTarget(null)}
          onConfirm={async () => {
            try {
              await revoke({ variables: { id: revokeTarget.id } });
              setRevokeTarget(null);
              setNotice({ ok: true, text: t('apiKeys.revoked') });
              await keys.refetch();
            } catch (err) {
              setNotice({ ok: false, text: errorMessage(err, lang, t('common.networkError')) });
            }
          }}
        />
      )}
      <Notice notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
