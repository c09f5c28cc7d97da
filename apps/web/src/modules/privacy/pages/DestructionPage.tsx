import { useState } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DESTRUCTION_ITEM_LABELS, DESTRUCTION_RULE_LABELS, formatSeoulDateTime } from '@lalaland/shared';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { PagePagination } from '../../../components/PagePagination';
import { label } from '../../../components/labels';
import { calendarDay } from '../../../components/dates';
import { DESTROY_DUE_NOW, DESTRUCTION_DUE, DESTRUCTION_REGISTER } from '../graphql';

/** Destruction (파기): who tonight's job would reach (the dry run), destroying them now, and the register with its CSV. */
export default function DestructionPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const [page, setPage] = useState(1);
  const due = useQuery(DESTRUCTION_DUE);
  const register = useQuery(DESTRUCTION_REGISTER, { variables: { offset: (page - 1) * 20 } });
  const [destroy, destroying] = useMutation(DESTROY_DUE_NOW, { refetchQueries: [DESTRUCTION_DUE, DESTRUCTION_REGISTER] });
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const rule = (r: string) => label(DESTRUCTION_RULE_LABELS, r as keyof typeof DESTRUCTION_RULE_LABELS, lang);

  if (due.error) return <ErrorAlert error={due.error} onRetry={() => void due.refetch()} />;
  if (!due.data) return <PageLoader />;
  const list = due.data.destructionDue;
  const reg = register.data?.destructionRegister;
  return (
    <Stack>
      <Title order={1}>{t('privacy.destructionTitle')}</Title>
      <Text c="dimmed">{t('privacy.destructionIntro')}</Text>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Paper withBorder p="lg" component="section" aria-labelledby="due">
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h4" id="due">
              {t('privacy.dueTitle', { count: list.length })}
            </Title>
            {list.length > 0 && (
              <Button color="red.8" variant="outline" onClick={() => setConfirming(true)}>
                {t('privacy.destroyNow')}
              </Button>
            )}
          </Group>
          {list.length === 0 ? (
            <Text c="dimmed">{t('privacy.noneDue')}</Text>
          ) : (
            <DataTable minWidth={480} stack caption={t('privacy.dueTitle', { count: list.length })}>
              <thead>
                <tr>
                  <th>{t('privacy.key')}</th>
                  <th>{t('privacy.basisEnded')}</th>
                  <th>{t('privacy.rule')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((d) => (
                  <tr key={d.pseudonymKey}>
                    <td data-label={t('privacy.key')}>{d.pseudonymKey}</td>
                    <td data-label={t('privacy.basisEnded')}>{d.basisEnded ? calendarDay(d.basisEnded, lang) : '—'}</td>
                    <td data-label={t('privacy.rule')}>{rule(d.rule)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="lg" component="section" aria-labelledby="register">
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h4" id="register">
              {t('privacy.registerTitle')} {reg ? `(${reg.totalCount})` : ''}
            </Title>
            <Button component="a" href="/exports/destruction-register.csv" variant="default" download>
              {t('privacy.registerCsv')}
            </Button>
          </Group>
          {register.error && <ErrorAlert error={register.error} onRetry={() => void register.refetch()} />}
          {!reg && register.loading && <PageLoader />}
          {reg && reg.items.length === 0 && <Text c="dimmed">{t('privacy.registerEmpty')}</Text>}
          {reg && reg.items.length > 0 && (
            <DataTable minWidth={720} stack caption={t('privacy.registerTitle')}>
              <thead>
                <tr>
                  <th>{t('privacy.destroyedAt')}</th>
                  <th>{t('privacy.key')}</th>
                  <th>{t('privacy.rule')}</th>
                  <th>{t('privacy.basisEnded')}</th>
                  <th>{t('privacy.items')}</th>
                </tr>
              </thead>
              <tbody>
                {reg.items.map((r) => (
                  <tr key={`${r.pseudonymKey}-${String(r.destroyedAt)}`}>
                    <td data-label={t('privacy.destroyedAt')}>{formatSeoulDateTime(r.destroyedAt, lang)}</td>
                    <td data-label={t('privacy.key')}>{r.pseudonymKey}</td>
                    <td data-label={t('privacy.rule')}>{rule(r.rule)}</td>
                    <td data-label={t('privacy.basisEnded')}>{r.basisEnded ? calendarDay(r.basisEnded, lang) : '—'}</td>
                    <td data-label={t('privacy.items')}>
                      {r.items
                        .map(
                          (i) =>
                            `${label(DESTRUCTION_ITEM_LABELS, i.item as keyof typeof DESTRUCTION_ITEM_LABELS, lang)} ${t('privacy.flagCount', { count: i.count })}`,
                        )
                        .join(', ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
          {reg && <PagePagination total={reg.totalCount} pageSize={20} page={page} onChange={setPage} />}
        </Stack>
      </Paper>
      {confirming && (
        <ConfirmDialog
          title={t('privacy.destroyConfirmTitle', { count: list.length })}
          consequence={t('privacy.destroyConfirmBody')}
          confirmLabel={t('privacy.destroyNow')}
          loading={destroying.loading}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const r = await destroy().catch((err: unknown) => {
              setNotice({ ok: false, text: errorMessage(err, lang, t('common.networkError')) });
              return null;
            });
            setConfirming(false);
            if (r?.data) setNotice({ ok: true, text: t('privacy.destroyed', { count: r.data.destroyDueNow }) });
          }}
        />
      )}
    </Stack>
  );
}
