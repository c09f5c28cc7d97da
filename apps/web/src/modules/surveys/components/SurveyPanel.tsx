import { Suspense, useState } from 'react';
import { Badge, Button, Group, Loader, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { SURVEY_ITEM_LABELS } from '@lalaland/shared';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert, errorMessage } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { label } from '../../../components/labels';
import { CLOSE_SURVEY, OPEN_SURVEY, PAPER_ANSWERS, PROGRAMME_SURVEY } from '../graphql/surveys';
import { ScoreInputs } from './ScoreInputs';
import { ScrollTable } from '../../../components/ScrollTable';

/** A programme's satisfaction survey on its page: open it, hand out links, type in paper answers, read the results. */
export function SurveyPanel(props: { programmeId: string; canRun: boolean }) {
  return (
    <Suspense fallback={<Loader size="sm" />}>
      <Panel {...props} />
    </Suspense>
  );
}

function Panel({ programmeId, canRun }: { programmeId: string; canRun: boolean }) {
  const { t, i18n } = useTranslation('surveys');
  const shell = useTranslation().t;
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(PROGRAMME_SURVEY, { variables: { programmeId } });
  const [open, opening] = useMutation(OPEN_SURVEY);
  const [close, closing] = useMutation(CLOSE_SURVEY);
  const [enter, entering] = useMutation(PAPER_ANSWERS);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const [confirmClose, setConfirmClose] = useState(false);
  const [paper, setPaper] = useState<{ scores: Array<number | null>; comment: string } | null>(null);
  const s = data?.programmeSurvey;
  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      await refetch();
      setNotice({ ok: true, text: ok });
    } catch (err) {
      setNotice({ ok: false, text: errorMessage(err, lang, shell('common.networkError')) });
    }
  };
  return (
    <Stack gap="sm">
      <Group justify="space-between" wrap="wrap">
        <Title order={2} size="h3">
          {t('surveys.title')}
          {s?.closedAt && (
            <Badge ml="xs" variant="outline" color="gray.8" tt="none">
              {t('surveys.closed')}
            </Badge>
          )}
        </Title>
        {canRun && (
          <Group gap="xs">
            {(!s || s.closedAt) && (
              <Button loading={opening.loading} onClick={() => void act(() => open({ variables: { programmeId } }), t('surveys.opened'))}>
                {s ? t('surveys.reopen') : t('surveys.open')}
              </Button>
            )}
            {s && (
              <Button component={Link} to={`/programmes/${programmeId}/survey-slips`} variant="default">
                {t('surveys.slips')}
              </Button>
            )}
            {s && !s.closedAt && (
              <Button variant="default" onClick={() => setConfirmClose(true)}>
                {t('surveys.close')}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && !s && <Text c="dimmed">{t('surveys.none')}</Text>}
      {s && (
        <>
          <Text>{t('surveys.responses', { answered: s.results.answered, of: s.results.invited, n: s.results.responses })}</Text>
          <Text size="sm" c="dimmed">
            {t('surveys.batchRule')}
          </Text>
          <ScrollTable label={t('surveys.title')} minWidth={480}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('surveys.item')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('surveys.mean')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('surveys.distribution')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.results.items.map((it) => (
                  <Table.Tr key={it.item}>
                    <Table.Th scope="row" fw={400}>
                      {label(SURVEY_ITEM_LABELS, it.item, lang)}
                    </Table.Th>
                    <Table.Td ta="right">{it.mean ?? '–'}</Table.Td>
                    <Table.Td ta="right">{it.distribution.length ? it.distribution.map((n) => n ?? '<5').join(' · ') : '–'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
          <Title order={3} size="h4">
            {t('surveys.comments')}
          </Title>
          {s.results.responses < 5 ? (
            <Text size="sm" c="dimmed">
              {t('surveys.commentsHidden')}
            </Text>
          ) : (
            <Stack gap={4} component="ul" style={{ margin: 0, paddingLeft: 20 }}>
              {s.results.comments.map((c, i) => (
                <Text component="li" key={i} size="sm">
                  {c}
                </Text>
              ))}
            </Stack>
          )}
          {canRun && !s.closedAt && !paper && (
            <Group>
              <Button variant="default" onClick={() => setPaper({ scores: [null, null, null, null, null], comment: '' })}>
                {t('surveys.paper')}
              </Button>
            </Group>
          )}
          {paper && (
            <Stack gap="sm">
              <Text size="sm" c="dimmed">
                {t('surveys.paperHelp')}
              </Text>
              <ScoreInputs idPrefix="paper" scores={paper.scores} onChange={(scores) => setPaper({ ...paper, scores })} />
              <Textarea
                label={t('surveys.comment')}
                value={paper.comment}
                maxLength={1000}
                onChange={(e) => setPaper({ ...paper, comment: e.currentTarget.value })}
              />
              <Group>
                <Button
                  loading={entering.loading}
                  onClick={() => {
                    if (paper.scores.some((x) => !x)) {
                      setNotice({ ok: false, text: t('surveys.allRequired') });
                      return;
                    }
                    void act(async () => {
                      await enter({
                        variables: {
                          input: { surveyId: s.id, answers: [{ scores: paper.scores as number[], comment: paper.comment.trim() || null }] },
                        },
                      });
                      setPaper(null);
                    }, t('surveys.paperSaved'));
                  }}
                >
                  {t('surveys.addPaper')}
                </Button>
                <Button variant="default" onClick={() => setPaper(null)}>
                  {shell('common.cancel')}
                </Button>
              </Group>
            </Stack>
          )}
        </>
      )}
      {confirmClose && s && (
        <ConfirmDialog
          title={t('surveys.close')}
          consequence={t('surveys.closeConfirm')}
          confirmLabel={t('surveys.close')}
          loading={closing.loading}
          onClose={() => setConfirmClose(false)}
          onConfirm={() => act(() => close({ variables: { id: s.id } }).then(() => setConfirmClose(false)), t('surveys.closed'))}
        />
      )}
      <Notice notice={notice} onClose={() => setNotice(null)} />
    </Stack>
  );
}
