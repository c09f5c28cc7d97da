import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Checkbox, Group, Modal, NumberInput, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, formatWon } from '@lalaland/shared';
import { graphql } from '../../../gql';
import type { FundingStreamQuery } from '../../../gql/graphql';
import { ErrorAlert, errorCode, errorMessage, fieldErrors } from '../../common/ErrorAlert';
import { Notice } from '../../common/Notice';
import { PagePagination } from '../../common/PagePagination';
import { SelectField } from '../../common/SelectField';
import { useViewer } from '../../auth';
import { pick } from '../../common/names';
import { DetailField } from '../../common/DetailField';
import { PageLoader } from '../../common/PageLoader';
import { ExecutionBar } from '../components/ExecutionBar';
import { DecisionButtons } from '../components/Decision';

const PAGE = 20;
const STREAM = graphql(`
  query FundingStream($id: ID!, $offset: Int!) {
    fundingStream(id: $id) {
      id code nameKo nameEn fiscalYear periodStart periodEnd nationalAmount enaraReference myRole canManage
      category { id nameKo nameEn programme { id nameKo nameEn } }
      recipient { id nameKo nameEn }
      members { id role startsOn endsOn organization { id nameKo nameEn } }
      budgetLines { id category source plannedAmount executed pending remaining rate organizationId organization { id nameKo nameEn } }
      budgetSummary {
        total { planned executed pending rate }
        bySource { source planned executed pending rate }
        byCategory { category planned executed pending rate }
      }
      expenditures(limit: 20, offset: $offset) {
        totalCount
        items { id amount spentOn description evidenceRef enaraNumber status rejectReason organizationId organization { id nameKo nameEn } budgetLine { id category source } }
      }
    }
  }
`);
const CREATE = graphql(`
  mutation CreateExpenditure($input: ExpenditureInput!) { createExpenditure(input: $input) { id status } }
`);
const SUBMIT = graphql(`
  mutation SubmitExpenditure($id: ID!) { submitExpenditure(id: $id) { id status } }
`);
const DELETE = graphql(`
  mutation DeleteExpenditure($id: ID!) { deleteExpenditure(id: $id) }
`);

type Stream = NonNullable<FundingStreamQuery['fundingStream']>;
type Line = Stream['budgetLines'][number];
type Notice = { ok: boolean; text: string } | null;

export default function StreamPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const [page, setPage] = useState(1);
  const [notice, setNotice] = useState<Notice>(null);
  const [formOpen, setFormOpen] = useState(false);
  const { data, loading, error, refetch } = useQuery(STREAM, { variables: { id, offset: (page - 1) * PAGE } });
  const s = data?.fundingStream;

  if (!s && loading) return <PageLoader />;
  if (errorCode(error) === 'FUNDING_STREAM_NOT_FOUND') return <Alert color="red" variant="outline" role="alert">{t('funding.notFound')}</Alert>;
  if (error && !s) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!s) return null;

  const ownLines = s.budgetLines.filter((l) => l.organizationId === viewer?.activeOrganization?.id);
  const canWrite = !!viewer?.permissions.includes(Permission.ExpenditureWrite) && !!s.myRole;

  return (
    <Stack>
      <Anchor component={Link} to="/funding" size="sm">
        ← {t('funding.title')}
      </Anchor>
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
          <DetailField label={t('funding.myRole')} value={s.myRole ? t(`funding.roles.${s.myRole}`) : null} />
          <DetailField label={t('funding.category')} value={pick(s.category.programme, lang)} />
        </SimpleGrid>
      </Paper>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Budget stream={s} />
      <Expenditures stream={s} page={page} setPage={setPage} canWrite={canWrite} ownLines={ownLines} onNew={() => setFormOpen(true)} setNotice={setNotice} />
      <Members stream={s} />
      {canWrite && <ExpenditureForm stream={s} lines={ownLines} opened={formOpen} onClose={() => setFormOpen(false)} onSaved={(text) => setNotice({ ok: true, text })} />}
    </Stack>
  );
}

function Budget({ stream: s }: { stream: Stream }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const total = s.budgetSummary.total;
  return (
    <Paper withBorder p="lg" aria-labelledby="budget-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="budget-title">
          {t('funding.budget')}
        </Title>
        <Button component="a" href={`/exports/funding-streams/${s.id}/budget.xlsx`} variant="outline" download>
          {t('funding.download')}
        </Button>
      </Group>
      {s.budgetLines.length === 0 ? (
        <Text c="dimmed">{t('funding.budgetEmpty')}</Text>
      ) : (
        <Stack>
          <Table.ScrollContainer minWidth={860}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('funding.organization')}</Table.Th>
                  <Table.Th scope="col">{t('funding.categoryLabel')}</Table.Th>
                  <Table.Th scope="col">{t('funding.source')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('funding.planned')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('funding.executed')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('funding.pending')}</Table.Th>
                  <Table.Th scope="col" ta="right">{t('funding.remaining')}</Table.Th>
                  <Table.Th scope="col">{t('funding.rate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {s.budgetLines.map((l) => (
                  <Table.Tr key={l.id} data-line={`${l.organizationId}:${l.category}:${l.source}`}>
                    <Table.Td>{pick(l.organization, lang)}</Table.Td>
                    <Table.Td>{t(`funding.categories.${l.category}`)}</Table.Td>
                    <Table.Td>{t(`funding.sources.${l.source}`)}</Table.Td>
                    <Table.Td ta="right">{formatWon(l.plannedAmount)}</Table.Td>
                    <Table.Td ta="right">{formatWon(l.executed)}</Table.Td>
                    <Table.Td ta="right">{formatWon(l.pending)}</Table.Td>
                    <Table.Td ta="right">{formatWon(l.remaining)}</Table.Td>
                    <Table.Td>
                      <ExecutionBar rate={l.rate} w={100} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot>
                <Table.Tr fw={700}>
                  <Table.Th scope="row" colSpan={3}>
                    {t('funding.total')}
                  </Table.Th>
                  <Table.Td ta="right">{formatWon(total.planned)}</Table.Td>
                  <Table.Td ta="right">{formatWon(total.executed)}</Table.Td>
                  <Table.Td ta="right">{formatWon(total.pending)}</Table.Td>
                  <Table.Td ta="right">{formatWon(total.planned - total.executed)}</Table.Td>
                  <Table.Td>
                    <ExecutionBar rate={total.rate} w={100} />
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Totals title={t('funding.bySource')} rows={s.budgetSummary.bySource.map((r) => ({ key: r.source, label: t(`funding.sources.${r.source}`), ...r }))} />
            <Totals title={t('funding.byCategory')} rows={s.budgetSummary.byCategory.map((r) => ({ key: r.category, label: t(`funding.categories.${r.category}`), ...r }))} />
          </SimpleGrid>
        </Stack>
      )}
    </Paper>
  );
}

function Totals({ title, rows }: { title: string; rows: Array<{ key: string; label: string; planned: number; executed: number; rate: number }> }) {
  const { t } = useTranslation();
  return (
    <Table>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{title}</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{title}</Table.Th>
          <Table.Th scope="col" ta="right">{t('funding.planned')}</Table.Th>
          <Table.Th scope="col" ta="right">{t('funding.executed')}</Table.Th>
          <Table.Th scope="col">{t('funding.rate')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Td>{r.label}</Table.Td>
            <Table.Td ta="right">{formatWon(r.planned)}</Table.Td>
            <Table.Td ta="right">{formatWon(r.executed)}</Table.Td>
            <Table.Td>
              <ExecutionBar rate={r.rate} w={80} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

const STATUS_COLOR = { DRAFT: 'gray.8', SUBMITTED: 'yellow.9', APPROVED: 'green.9', REJECTED: 'red.8' } as const;

function Expenditures(props: { stream: Stream; page: number; setPage: (p: number) => void; canWrite: boolean; ownLines: Line[]; onNew: () => void; setNotice: (n: Notice) => void }) {
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
      {canWrite && ownLines.length === 0 && <Text c="dimmed" mb="sm">{t('funding.noLines')}</Text>}
      {page_ && page_.items.length === 0 && <Text c="dimmed">{t('funding.expendituresEmpty')}</Text>}
      {page_ && page_.items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('funding.spentOn')}</Table.Th>
                <Table.Th scope="col">{t('funding.organization')}</Table.Th>
                <Table.Th scope="col">{t('funding.line')}</Table.Th>
                <Table.Th scope="col">{t('funding.description')}</Table.Th>
                <Table.Th scope="col" ta="right">{t('funding.amount')}</Table.Th>
                <Table.Th scope="col">{t('funding.status')}</Table.Th>
                <Table.Th scope="col">{t('funding.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page_.items.map((e) => {
                const own = e.organizationId === viewer?.activeOrganization?.id;
                const label = `${e.spentOn} ${e.description}`;
                return (
                  <Table.Tr key={e.id}>
                    <Table.Td>{e.spentOn}</Table.Td>
                    <Table.Td>{pick(e.organization, lang)}</Table.Td>
                    <Table.Td>
                      {t(`funding.categories.${e.budgetLine.category}`)} · {t(`funding.sources.${e.budgetLine.source}`)}
                    </Table.Td>
                    <Table.Td>
                      {e.description}
                      {e.enaraNumber && <Text size="xs" c="dimmed">{`${t('funding.enaraNumber')}: ${e.enaraNumber}`}</Text>}
                      {e.rejectReason && <Text size="xs" c="red.8">{`${t('funding.rejectReason')}: ${e.rejectReason}`}</Text>}
                    </Table.Td>
                    <Table.Td ta="right">{formatWon(e.amount)}</Table.Td>
                    <Table.Td>
                      <Badge variant="outline" color={STATUS_COLOR[e.status]}>
                        {t(`funding.statuses.${e.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {s.canManage && e.status === 'SUBMITTED' && <DecisionButtons id={e.id} label={label} onDone={(text) => setNotice({ ok: true, text })} onError={(text) => setNotice({ ok: false, text })} />}
                      {canWrite && own && (e.status === 'DRAFT' || e.status === 'REJECTED') && (
                        <Group gap="xs" wrap="nowrap">
                          <Button size="xs" variant="outline" onClick={() => void run(() => submit({ variables: { id: e.id } }), t('funding.submitted'))} aria-label={`${t('funding.submit')}: ${label}`}>
                            {t('funding.submit')}
                          </Button>
                          {e.status === 'DRAFT' && (
                            <Button size="xs" variant="subtle" color="red.8" onClick={() => void run(() => remove({ variables: { id: e.id } }), t('funding.deleted'))} aria-label={`${t('funding.delete')}: ${label}`}>
                              {t('funding.delete')}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {page_ && page_.totalCount > PAGE && (
        <PagePagination mt="sm" total={page_.totalCount} pageSize={PAGE} page={page} onChange={setPage} />
      )}
    </Paper>
  );
}

function Members({ stream: s }: { stream: Stream }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Paper withBorder p="lg" aria-labelledby="stream-members-title">
      <Title order={2} size="h4" mb="sm" id="stream-members-title">
        {t('funding.members')} ({s.members.length})
      </Title>
      <Table.ScrollContainer minWidth={520}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('funding.organization')}</Table.Th>
              <Table.Th scope="col">{t('funding.role')}</Table.Th>
              <Table.Th scope="col">{t('funding.startsOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.members.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/organizations/${m.organization.id}`}>
                    {pick(m.organization, lang)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`funding.roles.${m.role}`)}</Table.Td>
                <Table.Td>
                  {m.startsOn}
                  {m.endsOn ? ` ~ ${m.endsOn}` : ''}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function ExpenditureForm({ stream: s, lines, opened, onClose, onSaved }: { stream: Stream; lines: Line[]; opened: boolean; onClose: () => void; onSaved: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [create, state] = useMutation(CREATE, { refetchQueries: ['FundingStream'], awaitRefetchQueries: true });
  const [lineId, setLineId] = useState(lines[0]?.id ?? '');
  const [amount, setAmount] = useState<number | string>('');
  const [spentOn, setSpentOn] = useState('');
  const [description, setDescription] = useState('');
  const [evidenceRef, setEvidenceRef] = useState('');
  const [enaraNumber, setEnaraNumber] = useState('');
  const [submitNow, setSubmitNow] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const fields = fieldErrors(error, lang);

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      await create({
        variables: {
          input: { budgetLineId: lineId, amount: typeof amount === 'number' ? amount : 0, spentOn, description, evidenceRef: evidenceRef || null, enaraNumber: enaraNumber || null, submit: submitNow },
        },
      });
      onSaved(submitNow ? t('funding.submitted') : t('funding.saved'));
      setAmount('');
      setDescription('');
      setEvidenceRef('');
      setEnaraNumber('');
      onClose();
    } catch (err) {
      setError(err);
    }
  };
  const general = error && Object.keys(fields).length === 0 ? errorMessage(error, lang, t('common.networkError')) : null;
  const lineLabel = (l: Line) => `${t(`funding.categories.${l.category}`)} · ${t(`funding.sources.${l.source}`)} (${t('funding.remaining')} ${formatWon(l.remaining)})`;

  return (
    <Modal opened={opened} onClose={onClose} title={t('funding.newExpenditure')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(e) => void save(e)} noValidate>
        <Stack>
          {general && (
            <Alert color="red" variant="outline" role="alert">
              {general}
            </Alert>
          )}
          <SelectField label={t('funding.line')} value={lineId} onChange={setLineId} data={lines.map((l) => ({ value: l.id, label: lineLabel(l) }))} />
          <NumberInput label={t('funding.amount')} required value={amount} onChange={setAmount} min={1} step={10000} thousandSeparator="," allowDecimal={false} allowNegative={false} error={fields.amount} />
          <TextInput label={t('funding.spentOn')} type="date" required min={s.periodStart} max={s.periodEnd} value={spentOn} onChange={(e) => setSpentOn(e.currentTarget.value)} error={fields.spentOn} />
          <TextInput label={t('funding.description')} required value={description} onChange={(e) => setDescription(e.currentTarget.value)} error={fields.description} maxLength={500} />
          <TextInput label={t('funding.evidenceRef')} value={evidenceRef} onChange={(e) => setEvidenceRef(e.currentTarget.value)} error={fields.evidenceRef} maxLength={200} />
          <TextInput label={t('funding.enaraNumber')} value={enaraNumber} onChange={(e) => setEnaraNumber(e.currentTarget.value)} error={fields.enaraNumber} maxLength={60} />
          <Checkbox label={t('funding.submit')} checked={submitNow} onChange={(e) => setSubmitNow(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={state.loading}>
              {submitNow ? t('funding.submit') : t('funding.saveDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
