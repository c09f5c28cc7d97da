import { useState } from 'react';
import { Alert, Badge, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, errorCode } from '../../../components/ErrorAlert';
import { Notice } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { STATUS_COLORS, programmeTitle } from '../labels';
import { label } from '../../../components/labels';
import { PROGRAMME } from '../graphql/programme';
import { StatusActions } from '../components/StatusActions';
import { ProgrammeDetails } from '../components/ProgrammeDetails';
import { SessionsPanel } from '../components/SessionsPanel';
import { RosterPanel } from '../components/RosterPanel';
import { PROGRAMME_EDITABLE, PROGRAMME_STATUS_LABELS } from '@lalaland/shared';
import { EditProgrammeModal } from '../components/EditProgrammeModal';
import { Trail } from '../../../components/Trail';
import { CommentsPanel } from '../../comments';
import { DocumentsPanel } from '../../documents';
import { SurveyPanel } from '../../surveys';
import { ApplicationsPanel, OfferPanel } from '../../catalogue';
import { useViewer } from '../../auth';

type NoticeState = { ok: boolean; text: string } | null;

/** One programme: its lifecycle, details, sessions and roster (each part a component of the learn feature). */
export default function ProgrammePage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const arrived = (location.state as { notice?: string } | null)?.notice;
  const [notice, setNotice] = useState<NoticeState>(arrived ? { ok: true, text: arrived } : null);
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(PROGRAMME, { variables: { id } });
  const [editing, setEditing] = useState(false);
  const p = data?.programme;

  if (!p && loading) return <PageLoader />;
  if (errorCode(error) === 'PROGRAMME_NOT_FOUND')
    return (
      <Alert color="red" variant="outline" role="alert">
        {t('learn.notFound')}
      </Alert>
    );
  if (error && !p) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!p) return null;

  const report = (ok: boolean, text: string) => setNotice({ ok, text });
  return (
    <Stack>
      <Trail items={[{ to: '/programmes', label: t('learn.title') }]} />
      <Group gap="sm">
        <Title order={1}>{programmeTitle(p, lang)}</Title>
        <Badge variant="outline" color={STATUS_COLORS[p.status]}>
          {label(PROGRAMME_STATUS_LABELS, p.status, lang)}
        </Badge>
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {p.statusComment && (
        <Alert color="grape" variant="outline" title={t('learn.statusComment')}>
          {p.statusComment}
        </Alert>
      )}
      <Group>
        <StatusActions programme={p} onReport={report} onChanged={refetch} />
        {p.canRun && PROGRAMME_EDITABLE.includes(p.status) && (
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('edit.open')}
          </Button>
        )}
      </Group>
      {editing && (
        <EditProgrammeModal
          programme={p}
          onClose={() => setEditing(false)}
          onDone={(text) => {
            setEditing(false);
            report(true, text);
          }}
        />
      )}
      <ProgrammeDetails programme={p} />
      <SessionsPanel
        programme={p}
        onDone={(text) => {
          report(true, text);
          void refetch();
        }}
      />
      <RosterPanel programme={p} onReport={report} onChanged={refetch} />
      <OfferPanel programmeId={p.id} />
      <ApplicationsPanel programmeId={p.id} />
      <Paper withBorder p="md">
        <SurveyPanel programmeId={p.id} canRun={p.canRun} />
      </Paper>
      {p.canDiscuss && (
        <>
          <Paper withBorder p="md">
            <DocumentsPanel recordType="PROGRAMME" recordId={p.id} canUpload={p.canRun} />
          </Paper>
          <Paper withBorder p="md">
            <CommentsPanel recordType="PROGRAMME" recordId={p.id} canWrite={!!viewer?.permissions.includes('coordination:write')} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
