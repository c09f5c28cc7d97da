import { useState } from 'react';
import { Alert, Button, Container, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { errorCode, errorMessage } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { ANSWER_SURVEY, SURVEY_FORM } from '../graphql/surveys';
import { ScoreInputs } from '../components/ScoreInputs';

/** The participant's survey (public, from a one-time link or QR code): five items, a comment, sent once. */
export default function PublicSurveyPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const form = useQuery(SURVEY_FORM, { variables: { token } });
  const [answer, answering] = useMutation(ANSWER_SURVEY);
  const [scores, setScores] = useState<Array<number | null>>([null, null, null, null, null]);
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const f = form.data?.surveyForm;
  let body;
  if (form.error)
    body = (
      <Alert color="red.8" role="alert">
        {errorCode(form.error) === 'SURVEY_LINK_INVALID' || errorCode(form.error) === 'VALIDATION_FAILED'
          ? t('surveys.invalid')
          : errorMessage(form.error, i18n.language, t('common.networkError'))}
      </Alert>
    );
  else if (!f) body = <PageLoader />;
  else if (sent)
    body = (
      <Alert color="green.8" role="status">
        {t('surveys.thanks')}
      </Alert>
    );
  else if (f.answered) body = <Alert color="blue">{t('surveys.alreadyAnswered')}</Alert>;
  else if (f.closed) body = <Alert color="gray">{t('surveys.closedForm')}</Alert>;
  else
    body = (
      <Paper
        withBorder
        p="md"
        component="form"
        onSubmit={(e: React.FormEvent) => {
          e.preventDefault();
          if (scores.some((s) => !s)) {
            setProblem(t('surveys.allRequired'));
            return;
          }
          setProblem(null);
          answer({ variables: { token, answer: { scores: scores as number[], comment: comment.trim() || null } } })
            .then(() => setSent(true))
            .catch((err: unknown) => {
              if (errorCode(err) === 'SURVEY_ALREADY_ANSWERED') void form.refetch();
              setProblem(errorMessage(err, i18n.language, t('common.networkError')));
            });
        }}
      >
        <Stack>
          <Text>{t('surveys.formIntro', { title: f.programmeTitle, host: f.hostName })}</Text>
          <Text size="sm">{t('surveys.formPrivacy')}</Text>
          <ScoreInputs idPrefix="answer" scores={scores} onChange={setScores} />
          <Textarea
            label={t('surveys.comment')}
            value={comment}
            maxLength={1000}
            autosize
            minRows={3}
            onChange={(e) => setComment(e.currentTarget.value)}
          />
          {problem && (
            <Alert color="red.8" role="alert">
              {problem}
            </Alert>
          )}
          <Button type="submit" size="md" loading={answering.loading}>
            {t('surveys.submit')}
          </Button>
        </Stack>
      </Paper>
    );
  return (
    <Container size="sm" px={0}>
      <Stack>
        <Title order={1}>{t('surveys.formTitle')}</Title>
        {body}
      </Stack>
    </Container>
  );
}
