import { useState } from 'react';
import { Alert, Button, Checkbox, FileInput, Group, List, Paper, Progress, SimpleGrid, Stack, Stepper, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ATTENDANCE_STATUSES, ATTENDANCE_STATUS_LABELS, ROSTER_COLUMNS, ROSTER_IMPORT_MAX_ROWS } from '@lalaland/shared';
import type { RosterImportResult } from '@lalaland/shared';
import { graphql } from '../../../gql';
import { DataTable } from '../../../components/DataTable';
import { DetailField } from '../../../components/DetailField';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { inYears } from '../labels';
import { programmeTitle } from '../labels';
import { Trail } from '../../../components/Trail';
import { DateField } from '../../../components/DateField';

const PROGRAMME = graphql(`
  query ImportProgramme($id: ID!) {
    programme(id: $id) {
      id
      titleKo
      titleEn
      status
      canTakeAttendance
      sessions {
        id
      }
    }
  }
`);

const MAX_BYTES = 5 * 1024 * 1024;

/** Posts the file and reads the NDJSON answer: progress lines, then the result (or a plain JSON error). */
async function runImport(
  programmeId: string,
  file: File,
  dryRun: boolean,
  retentionUntil: string,
  onProgress: (done: number, total: number) => void,
): Promise<RosterImportResult> {
  const res = await fetch(
    `/imports/programmes/${programmeId}/roster?dryRun=${dryRun}&retentionUntil=${encodeURIComponent(retentionUntil)}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body: file,
    },
  );
  if (!res.headers.get('content-type')?.includes('ndjson')) {
    const body = (await res.json().catch(() => ({}))) as {
      errors?: Array<{ extensions?: { code?: string; messages?: { ko: string; en: string } } }>;
      code?: string;
    };
    const e = body.errors?.[0]?.extensions;
    throw Object.assign(new Error(e?.code ?? body.code ?? String(res.status)), { code: e?.code ?? body.code, messages: e?.messages });
  }
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let result: RosterImportResult | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (value) buffer += value;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) {
      const msg = JSON.parse(line) as {
        done?: number;
        total?: number;
        result?: RosterImportResult;
        error?: { code: string; messages: { ko: string; en: string } };
      };
      if (msg.error) throw Object.assign(new Error(msg.error.code), msg.error);
      if (msg.result) result = msg.result;
      else onProgress(msg.done ?? 0, msg.total ?? 0);
    }
    if (done) break;
  }
  if (!result) throw new Error('no result');
  return result;
}

/**
 * The import wizard: choose a file in the roster layout, check it (a dry run that does everything and keeps
 * nothing), read the row errors, then import it all at once, or nothing if any row fails.
 */
export default function ImportPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'ko';
  const { data, loading, error, refetch } = useQuery(PROGRAMME, { variables: { id } });
  const [file, setFile] = useState<File | null>(null);
  const [retentionUntil, setRetentionUntil] = useState(inYears(3));
  const [attested, setAttested] = useState(false);
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [check, setCheck] = useState<RosterImportResult | null>(null);
  const [final, setFinal] = useState<RosterImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const p = data?.programme;
  if (!p && loading) return <PageLoader />;
  if (error && !p) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!p) return null;

  const run = async (dryRun: boolean) => {
    setProblem(null);
    if (!file) return setProblem(t('import.chooseFile'));
    if (file.size > MAX_BYTES) return setProblem(t('import.tooLarge'));
    if (!attested) return setProblem(t('import.attestRequired'));
    setBusy(true);
    setProgress(null);
    try {
      const r = await runImport(p.id, file, dryRun, retentionUntil, (done, total) => setProgress({ done, total }));
      if (dryRun) {
        setCheck(r);
        setStep(1);
      } else if (r.applied) {
        setFinal(r);
        setStep(2);
      } else setCheck(r); // something changed since the check: show the new errors
    } catch (err) {
      const e = err as { messages?: { ko: string; en: string }; code?: string };
      setProblem(e.messages?.[lang] ?? (e.code === 'IMPORT_TOO_LARGE' ? t('import.tooLarge') : t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  const summary = (r: RosterImportResult) => (
    <SimpleGrid cols={{ base: 2, sm: 3 }} component="dl">
      <DetailField label={t('import.rows')} value={r.rows} />
      <DetailField label={t('import.created')} value={r.created} />
      <DetailField label={t('import.matched')} value={r.matched} />
      <DetailField label={t('import.enrolled')} value={r.enrolled} />
      <DetailField label={t('import.waitlisted')} value={r.waitlisted} />
      <DetailField label={t('import.marks')} value={r.marks} />
    </SimpleGrid>
  );

  return (
    <Stack>
      <Trail
        items={[
          { to: '/programmes', label: t('learn.title') },
          { to: `/programmes/${p.id}`, label: programmeTitle(p, lang) },
        ]}
      />
      <Title order={1}>{t('import.title')}</Title>
      {!p.canTakeAttendance ? (
        <Alert color="red" variant="outline" role="alert">
          {t('import.notAllowed')}
        </Alert>
      ) : (
        <Stepper active={step} onStepClick={(s) => !busy && s < step && step < 2 && setStep(s)} allowNextStepsSelect={false}>
          <Stepper.Step label={t('import.stepFile')}>
            <Paper withBorder p="lg">
              <Stack>
                <Text>{t('import.intro')}</Text>
                <List size="sm" spacing={4}>
                  <List.Item>{t('import.columns', { columns: ROSTER_COLUMNS.map((c) => c.ko).join(', ') })}</List.Item>
                  <List.Item>
                    {t('import.sessionColumns', { marks: ATTENDANCE_STATUSES.map((s) => ATTENDANCE_STATUS_LABELS[s].ko).join(' / ') })}
                  </List.Item>
                  <List.Item>{t('import.keyRule')}</List.Item>
                  <List.Item>{t('import.limits', { rows: ROSTER_IMPORT_MAX_ROWS.toLocaleString() })}</List.Item>
                </List>
                <Group>
                  <Button component="a" href={`/exports/programmes/${p.id}/roster.xlsx`} variant="default" download>
                    {t('import.template')}
                  </Button>
                </Group>
                <FileInput
                  label={t('import.file')}
                  placeholder={t('import.filePlaceholder')}
                  accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                  value={file}
                  onChange={setFile}
                  clearable
                  required
                />
                <DateField
                  label={t('participants.retentionUntil')}
                  description={t('import.retentionHelp')}
                  required
                  value={retentionUntil}
                  onChange={setRetentionUntil}
                  w={220}
                />
                <Checkbox label={t('import.attest')} checked={attested} onChange={(e) => setAttested(e.currentTarget.checked)} />
                <RunState problem={problem} progress={busy ? progress : undefined} />
                <Group>
                  <Button onClick={() => void run(true)} loading={busy}>
                    {t('import.check')}
                  </Button>
                </Group>
              </Stack>
            </Paper>
          </Stepper.Step>
          <Stepper.Step label={t('import.stepCheck')}>
            {check && (
              <Paper withBorder p="lg">
                <Stack>
                  {check.errors.length ? (
                    <Alert color="red" variant="outline" role="alert">
                      {t('import.hasErrors', { count: check.errors.length })}
                    </Alert>
                  ) : (
                    <Alert color="teal" variant="outline" role="status">
                      {t('import.ready')}
                    </Alert>
                  )}
                  {summary(check)}
                  {check.errors.length > 0 && (
                    <DataTable minWidth={560} caption={t('import.errorsCaption')}>
                      <thead>
                        <tr>
                          <th scope="col">{t('import.row')}</th>
                          <th scope="col">{t('import.column')}</th>
                          <th scope="col">{t('import.problem')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {check.errors.slice(0, 200).map((e, i) => (
                          <tr key={i}>
                            <td>{e.row}</td>
                            <td>{e.column ?? '—'}</td>
                            <td>{e[lang]}</td>
                          </tr>
                        ))}
                      </tbody>
                    </DataTable>
                  )}
                  <RunState problem={problem} progress={busy ? progress : undefined} />
                  <Group>
                    <Button variant="default" onClick={() => setStep(0)} disabled={busy}>
                      {t('import.back')}
                    </Button>
                    {!check.errors.length && (
                      <Button onClick={() => void run(false)} loading={busy}>
                        {t('import.apply', { rows: check.rows })}
                      </Button>
                    )}
                  </Group>
                </Stack>
              </Paper>
            )}
          </Stepper.Step>
          <Stepper.Completed>
            {final && (
              <Paper withBorder p="lg">
                <Stack>
                  <Alert color="teal" variant="outline" role="status">
                    {t('import.done', { rows: final.rows })}
                  </Alert>
                  {summary(final)}
                  <Group>
                    <Button component={Link} to={`/programmes/${p.id}`}>
                      {t('import.toProgramme')}
                    </Button>
                  </Group>
                </Stack>
              </Paper>
            )}
          </Stepper.Completed>
        </Stepper>
      )}
    </Stack>
  );
}

/** The problem that stopped the last run, and the progress of the one under way (undefined: none). */
function RunState({ problem, progress }: { problem: string | null; progress: { done: number; total: number } | null | undefined }) {
  return (
    <>
      {problem && (
        <Alert color="red" variant="outline" role="alert">
          {problem}
        </Alert>
      )}
      {progress !== undefined && <ImportProgress progress={progress} />}
    </>
  );
}

function ImportProgress({ progress }: { progress: { done: number; total: number } | null }) {
  const { t } = useTranslation();
  const value = progress && progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  const text = progress ? t('import.progress', { done: progress.done, total: progress.total }) : t('import.uploading');
  return (
    <Stack gap={4}>
      <Progress value={value} animated striped aria-label={text} />
      <Text size="sm" role="status">
        {text}
      </Text>
    </Stack>
  );
}
