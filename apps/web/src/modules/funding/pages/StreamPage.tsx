import { useState } from 'react';
import { Alert, Badge, Group, Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, formatWon, STREAM_MEMBER_ROLE_LABELS } from '@lalaland/shared';
import { ErrorAlert, errorCode } from '../../../components/ErrorAlert';
import { Notice } from '../../../components/Notice';
import { useViewer } from '../../auth';
import { pick } from '../../../components/names';
import { DetailField } from '../../../components/DetailField';
import { PageLoader } from '../../../components/PageLoader';
import { EXPENDITURES_PAGE, STREAM, type NoticeState } from '../graphql/stream';
import { Budget } from '../components/Budget';
import { Expenditures } from '../components/Expenditures';
import { Members } from '../components/Members';
import { ExpenditureForm } from '../components/ExpenditureForm';
import { YearClosing } from '../components/YearClosing';
import { label } from '../../../components/labels';
import { Trail } from '../../../components/Trail';

export default function StreamPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<NoticeState>(null);
  const [formOpen, setFormOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(STREAM, { variables: { id, offset: (page - 1) * EXPENDITURES_PAGE } });
  const s = data?.fundingStream;

  if (!s && loading) return <PageLoader />;
  if (errorCode(error) === 'FUNDING_STREAM_NOT_FOUND')
    return (
      <Alert color="red" variant="outline" role="alert">
        {t('funding.notFound')}
      </Alert>
    );
  if (error && !s) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!s) return null;

  const ownLines = s.budgetLines.filter((l) => l.organizationId === viewer?.activeOrganization?.id && !l.carried);
  const canWrite = !!viewer?.permissions.includes(Permission.ExpenditureWrite) && !!s.myRole;

  return (
    <Stack>
      <Trail items={[{ to: '/funding', label: t('funding.title') }]} />
      <Group gap="sm">
        <Title order={1}>{pick(s, lang)}</Title>
        <Badge variant="outline" color="krds.7">
          {pick(s.category, lang)}
        </Badge>
      </Group>
      <Paper withBorder p="lg">
        <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0}>
          <DetailField label={t('funding.recipient')} value={pick(s.recipient, lang)} />
          <DetailField label={t('funding.nationalAmount')} value={formatWon(s.nationalAmount)} />
          <DetailField label={t('funding.period')} value={`${s.periodStart} ~ ${s.periodEnd}`} />
          <DetailField label={t('funding.fiscalYear')} value={String(s.fiscalYear)} />
          <DetailField label={t('funding.myRole')} value={s.myRole ? label(STREAM_MEMBER_ROLE_LABELS, s.myRole, lang) : null} />
          <DetailField label={t('funding.category')} value={pick(s.category.programme, lang)} />
        </SimpleGrid>
      </Paper>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Budget stream={s} />
      <Expenditures
        stream={s}
        page={page}
        setPage={setPage}
        canWrite={canWrite}
        ownLines={ownLines}
        onNew={() => setFormOpen(true)}
        setNotice={setNotice}
      />
      <Members stream={s} setNotice={setNotice} />
      <YearClosing stream={s} setNotice={setNotice} />
      {canWrite && (
        <ExpenditureForm
          stream={s}
          lines={ownLines}
          opened={formOpen}
          onClose={() => setFormOpen(false)}
          onSaved={(text) => setNotice({ ok: true, text })}
        />
      )}
    </Stack>
  );
}
