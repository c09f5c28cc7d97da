import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { formatWon, BUDGET_CATEGORY_LABELS, EXPENDITURE_STATUS_LABELS, FUNDING_SOURCE_LABELS } from '@lalaland/shared';
import { errorMessage } from '../../../components/ErrorAlert';
import { PagePagination } from '../../../components/PagePagination';
import { useViewer } from '../../auth';
import { pick } from '../../../components/names';
import { DecisionButtons } from './Decision';
import { EXPENDITURES_PAGE, SUBMIT, DELETE, type Stream, type Line, type NoticeState } from '../graphql/stream';
import { label } from '../../../components/labels';
import { calendarDay } from '../../../components/dates';
import { DocumentsButton } from '../../documents';
import { CommentsPanel } from '../../comments';

const STATUS_COLOR = { DRAFT: 'gray.8', SUBMITTED: 'yellow.9', APPROVED: 'green.9', REJECTED: 'red.8' } as const;

export function Expenditures(props: {
  stream: Stream;
  page: number;
  setPage: (p: number) => void;
  canWrite: boolean;
  ownLines: Line[];
  onNew: () => void;
  setNotice: (n: NoticeState) => void;
}) {
  const { stream: s, page, setPage, canWrite, ownLines, onNew, setNotice } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const refetchQueries = ['FundingStream'];
  const [submit] = useMutation(SUBMIT, { refetchQueries, awaitRefetchQueries: true });
  const [remove] = useMutation(DELETE, { refetchQueries, awaitRefetchQueries: true });
  const run = async (action: () => Promise<unknown>, ok: string) => {
    try {
      await action();
      setNotice({ ok: true, text: ok });
    } catch (e) {
      setNotice({ ok: false, text: errorMessage(e, lang, t('common.networkError')) });
    }
  };
  const page_ = s.expenditures;
  return (
    <Paper withBorder p="lg" aria-labelledby="expenditures-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="expenditures-title">
          {t('funding.expenditures')} {page_ ? `(${page_.totalCount})` : ''}
        </Title>
        {canWrite && ownLines.length > 0 && <Button onClick={onNew}>{t('funding.newExpenditure')}</Button>}
      </Group>
      {canWrite && ownLines.length === 0 && (
        <Text c="dimmed" mb="sm">
          {t('funding.noLines')}
        </Text>
      )}
      {page_ && page_.items.length === 0 && <Text c="dimmed">{t('funding.expendituresEmpty')}</Text>}
      {page_ && page_.items.length > 0 && (
        <DataTable minWidth={900} stack>
          <thead>
            <tr>
              <th scope="col">{t('funding.spentOn')}</th>
              <th scope="col">{t('funding.organization')}</th>
              <th scope="col">{t('funding.line')}</th>
              <th scope="col">{t('funding.description')}</th>
              <th scope="col" className="lal-num">
                {t('funding.amount')}
              </th>
              <th scope="col">{t('funding.status')}</th>
              <th scope="col">{t('funding.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {page_.items.map((e) => {
              const own = e.organizationId === viewer?.activeOrganization?.id;
              const name = `${e.spentOn} ${e.description}`;
              return (
                <tr key={e.id}>
                  <td data-label={t('funding.spentOn')}>{calendarDay(e.spentOn, lang)}</td>
                  <td data-label={t('funding.organization')}>{pick(e.organization, lang)}</td>
                  <td data-label={t('funding.line')}>
                    {label(BUDGET_CATEGORY_LABELS, e.budgetLine.category, lang)} · {label(FUNDING_SOURCE_LABELS, e.budgetLine.source, lang)}
                  </td>
                  <td data-label={t('funding.description')}>
                    {e.description}
                    {e.enaraNumber && <Text size="xs" c="dimmed">{`${t('funding.enaraNumber')}: ${e.enaraNumber}`}</Text>}
                    {e.rejectReason && <Text size="xs" c="red.8">{`${t('funding.rejectReason')}: ${e.rejectReason}`}</Text>}
                  </td>
                  <td data-label={t('funding.amount')} className="lal-num">
                    {formatWon(e.amount)}
                  </td>
                  <td data-label={t('funding.status')}>
                    <Badge variant="outline" color={STATUS_COLOR[e.status]}>
                      {label(EXPENDITURE_STATUS_LABELS, e.status, lang)}
                    </Badge>
                  </td>
                  <td>
                    <DocumentsButton
                      recordType="EXPENDITURE"
                      recordId={e.id}
                      name={name}
                      canUpload={canWrite && own}
                      label={t('funding.evidence')}
                    >
                      <CommentsPanel recordType="EXPENDITURE" recordId={e.id} canWrite={canWrite || s.canManage} />
                    </DocumentsButton>
                    {s.canManage && e.status === 'SUBMITTED' && (
                      <DecisionButtons id={e.id} label={name} amount={e.amount} notify={setNotice} />
                    )}
                    {canWrite && own && (e.status === 'DRAFT' || e.status === 'REJECTED') && (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          size="xs"
                          variant="outline"
                          onClick={() => void run(() => submit({ variables: { id: e.id } }), t('funding.submitted'))}
                          aria-label={`${t('funding.submit')}: ${name}`}
                        >
                          {t('funding.submit')}
                        </Button>
                        {e.status === 'DRAFT' && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red.8"
                            onClick={() => void run(() => remove({ variables: { id: e.id } }), t('funding.deleted'))}
                            aria-label={`${t('funding.delete')}: ${name}`}
                          >
                            {t('funding.delete')}
                          </Button>
                        )}
                      </Group>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {page_ && page_.totalCount > EXPENDITURES_PAGE && (
        <PagePagination mt="sm" total={page_.totalCount} pageSize={EXPENDITURES_PAGE} page={page} onChange={setPage} />
      )}
    </Paper>
  );
}
