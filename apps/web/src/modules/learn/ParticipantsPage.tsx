import '../../i18n/ko-learn';
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BUSAN_DISTRICTS, Permission, seoulDate } from '@lalaland/shared';
import { graphql } from '../../gql';
import { DataTable } from '../common/DataTable';
import { Notice } from '../common/Notice';
import { PagePagination } from '../common/PagePagination';
import { DetailField } from '../common/DetailField';
import { ErrorAlert, errorMessage } from '../common/ErrorAlert';
import { useViewer } from '../auth/useViewer';
import { PageLoader } from '../../App';
import { STATUS_COLORS, label } from './labels';
import { programmeTitle } from './ProgrammeListPage';

const PAGE = 20;
const LIST = graphql(`
  query ParticipantList($search: String, $offset: Int!) {
    participants(search: $search, offset: $offset, limit: 20) {
      totalCount
      items { id pseudonymKey createdAt isSample personal { name birthYear } consents { id purpose withdrawnAt retentionUntil } }
    }
  }
`);
const DETAIL = graphql(`
  query ParticipantDetail($id: ID!) {
    participant(id: $id) {
      id pseudonymKey createdAt
      personal { name phone birthYear gender districtCode }
      consents { id purpose items method retentionUntil givenAt withdrawnAt recipientOrganizationId }
      enrolments { id status appliedAt programme { id titleKo titleEn } attendance { attended held } }
    }
  }
`);
const ACCESS_LOG = graphql(`
  query ParticipantAccessLog($id: ID!) { participantAccessLog(participantId: $id, limit: 50) { totalCount items { id occurredAt fields purpose requestId } } }
`);
const WITHDRAW = graphql(`
  mutation WithdrawConsent($id: ID!) { withdrawConsent(id: $id) { id withdrawnAt } }
`);

type Consent = { purpose: string; withdrawnAt?: string | null; retentionUntil: string };
/** The programme-operation consent decides whether personal data may be used at all. */
function consentState(consents: Consent[] | null | undefined): 'ACTIVE' | 'WITHDRAWN' | 'EXPIRED' | 'NONE' {
  const op = (consents ?? []).filter((c) => c.purpose === 'PROGRAMME_OPERATION');
  if (op.some((c) => !c.withdrawnAt && c.retentionUntil >= seoulDate())) return 'ACTIVE';
  if (op.some((c) => c.withdrawnAt)) return 'WITHDRAWN';
  return op.length ? 'EXPIRED' : 'NONE';
}
const CONSENT_COLORS = { ACTIVE: 'teal.9', WITHDRAWN: 'red.8', EXPIRED: 'gray.8', NONE: 'gray.8' } as const;
const dateOf = (v: string, lang: string) => new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(v));

/** The organization's participants (citizens registered by its staff): search by name, phone or key. */
export default function ParticipantsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const { data, previousData, loading, error, refetch } = useQuery(LIST, { variables: { search: search.trim() || null, offset: (page - 1) * PAGE }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  return (
    <Stack>
      <Title order={1}>{t('people.title')}</Title>
      <Text c="dimmed">{t('people.intro')}</Text>
      <TextInput
        label={t('people.search')}
        value={search}
        onChange={(e) => {
          setSearch(e.currentTarget.value);
          setPage(1);
        }}
        w={280}
      />
      {error && !shown && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {!shown && loading && <PageLoader />}
      {shown && shown.participants.totalCount === 0 && <Text c="dimmed">{search ? t('people.noMatch') : t('people.empty')}</Text>}
      {shown && shown.participants.totalCount > 0 && (
        <DataTable minWidth={640} busy={loading} caption={t('people.title')}>
          <thead>
            <tr>
              <th scope="col">{t('people.key')}</th>
              <th scope="col">{t('participants.name')}</th>
              <th scope="col">{t('participants.birthYear')}</th>
              <th scope="col">{t('people.consent')}</th>
              <th scope="col">{t('people.registeredOn')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.participants.items.map((p) => {
              const state = consentState(p.consents);
              return (
                <tr key={p.id}>
                  <td>
                    <Anchor component={Link} to={`/participants/${p.id}`} ff="monospace">
                      {p.pseudonymKey}
                    </Anchor>
                  </td>
                  <td>{p.personal?.name ?? t('people.hidden')}</td>
                  <td>{p.personal?.birthYear ?? '—'}</td>
                  <td>
                    <Badge variant="outline" color={CONSENT_COLORS[state]}>
                      {t(`people.consentState.${state}`)}
                    </Badge>
                  </td>
                  <td>{dateOf(p.createdAt, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
      {shown && <PagePagination total={shown.participants.totalCount} pageSize={PAGE} page={page} onChange={setPage} />}
    </Stack>
  );
}

/** One participant: personal data (each view is logged), consents with withdrawal, enrolments, and who read the data. */
export function ParticipantPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useQuery(DETAIL, { variables: { id } });
  const canAudit = !!viewer?.permissions.includes(Permission.AuditRead);
  const log = useQuery(ACCESS_LOG, { variables: { id }, skip: !canAudit, fetchPolicy: 'network-only' });
  const [withdraw, w] = useMutation(WITHDRAW);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const p = data?.participant;
  if (!p && loading) return <PageLoader />;
  if (error && !p) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!p) return null;
  const district = BUSAN_DISTRICTS.find((d) => d.code === p.personal?.districtCode);
  return (
    <Stack>
      <Anchor component={Link} to="/participants" size="sm">
        ← {t('people.title')}
      </Anchor>
      <Title order={1}>
        {p.personal?.name ?? t('people.hidden')} <Text span ff="monospace" c="dimmed" size="lg">{p.pseudonymKey}</Text>
      </Title>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      {w.error && (
        <Alert color="red" variant="outline" role="alert">
          {errorMessage(w.error, lang, t('common.networkError'))}
        </Alert>
      )}
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('people.personal')}
        </Title>
        {p.personal ? (
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl">
            <DetailField label={t('participants.name')} value={p.personal.name ?? '—'} />
            <DetailField label={t('participants.phone')} value={p.personal.phone ?? '—'} />
            <DetailField label={t('participants.birthYear')} value={p.personal.birthYear ?? '—'} />
            <DetailField label={t('participants.gender')} value={p.personal.gender ? label('gender', p.personal.gender, lang) : '—'} />
            <DetailField label={t('participants.district')} value={district ? (lang === 'en' ? district.en : district.ko) : '—'} />
          </SimpleGrid>
        ) : (
          <Text c="dimmed">{t('people.hiddenWhy')}</Text>
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t('people.logged')}
        </Text>
      </Paper>
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('people.consents')}
        </Title>
        {!p.consents?.length ? (
          <Text c="dimmed">{t('people.noConsents')}</Text>
        ) : (
          <DataTable minWidth={640} caption={t('people.consents')}>
            <thead>
              <tr>
                <th scope="col">{t('people.purpose')}</th>
                <th scope="col">{t('people.items')}</th>
                <th scope="col">{t('people.givenAt')}</th>
                <th scope="col">{t('participants.retentionUntil')}</th>
                <th scope="col">{t('people.consent')}</th>
              </tr>
            </thead>
            <tbody>
              {p.consents.map((c) => (
                <tr key={c.id}>
                  <td>{label('consentPurpose', c.purpose, lang)}</td>
                  <td>{c.items.map((i) => label('personalField', i, lang)).join(', ')}</td>
                  <td>{dateOf(c.givenAt, lang)}</td>
                  <td>{c.retentionUntil}</td>
                  <td>
                    {c.withdrawnAt ? (
                      <Badge variant="outline" color="red.8">
                        {t('people.withdrawnOn', { date: dateOf(c.withdrawnAt, lang) })}
                      </Badge>
                    ) : confirming === c.id ? (
                      <Group gap="xs">
                        <Button
                          size="xs"
                          color="red"
                          variant="outline"
                          loading={w.loading}
                          onClick={() =>
                            void withdraw({ variables: { id: c.id } })
                              .then(() => {
                                setConfirming(null);
                                setNotice(t('people.withdrawn'));
                                return refetch();
                              })
                              .catch(() => null)
                          }
                        >
                          {t('people.confirmWithdraw')}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setConfirming(null)}>
                          {t('common.cancel')}
                        </Button>
                      </Group>
                    ) : (
                      <Button size="xs" variant="default" onClick={() => setConfirming(c.id)}>
                        {t('people.withdraw')}
                      </Button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Paper>
      <Paper withBorder p="lg">
        <Title order={2} size="h3" mb="sm">
          {t('people.enrolments')}
        </Title>
        {!p.enrolments?.length ? (
          <Text c="dimmed">{t('people.noEnrolments')}</Text>
        ) : (
          <DataTable minWidth={560} caption={t('people.enrolments')}>
            <thead>
              <tr>
                <th scope="col">{t('learn.programme')}</th>
                <th scope="col">{t('learn.enrolmentStatus')}</th>
                <th scope="col">{t('learn.attendanceRate')}</th>
              </tr>
            </thead>
            <tbody>
              {p.enrolments.map((e) => (
                <tr key={e.id}>
                  <td>
                    <Anchor component={Link} to={`/programmes/${e.programme.id}`}>
                      {programmeTitle(e.programme, lang)}
                    </Anchor>
                  </td>
                  <td>
                    <Badge variant="outline" color={STATUS_COLORS[e.status] ?? 'gray.8'}>
                      {label('enrolmentStatus', e.status, lang)}
                    </Badge>
                  </td>
                  <td>
                    {e.attendance.attended}/{e.attendance.held}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </Paper>
      {canAudit && (
        <Paper withBorder p="lg">
          <Title order={2} size="h3" mb="sm">
            {t('people.accessLog')}
          </Title>
          {log.error && <ErrorAlert error={log.error} onRetry={() => void log.refetch()} />}
          {log.data && (
            <DataTable minWidth={560} caption={t('people.accessLog')}>
              <thead>
                <tr>
                  <th scope="col">{t('people.when')}</th>
                  <th scope="col">{t('people.items')}</th>
                  <th scope="col">{t('people.why')}</th>
                </tr>
              </thead>
              <tbody>
                {log.data.participantAccessLog.items.map((a) => (
                  <tr key={a.id}>
                    <td>{new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ko-KR', { timeZone: 'Asia/Seoul', dateStyle: 'short', timeStyle: 'short' }).format(new Date(a.occurredAt))}</td>
                    <td>{a.fields.map((f) => label('personalField', f, lang)).join(', ')}</td>
                    <td title={a.purpose}>{label('accessPurpose', a.purpose, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </Paper>
      )}
    </Stack>
  );
}
