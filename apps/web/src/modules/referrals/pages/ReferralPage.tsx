import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CommentsPanel } from '../../comments';
import { GENDER_LABELS, REFERRAL_STATUS_LABELS, formatSeoulDateTime } from '@lalaland/shared';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DetailField } from '../../../components/DetailField';
import { ErrorAlert, errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { PageLoader } from '../../../components/PageLoader';
import { SelectField } from '../../../components/SelectField';
import { Trail } from '../../../components/Trail';
import { calendarDay } from '../../../components/dates';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import {
  CLOSE,
  DECIDE,
  DETAIL,
  ENGAGE,
  ENROL,
  HIRE,
  OWN_PROGRAMMES,
  STOP_SHARING,
  WITHDRAW,
  type ReferralDetail,
} from '../graphql/referrals';
import { REFERRAL_QUERIES, STATUS_COLOR, itemsOf, reasonOf } from '../labels';

type Dialog = 'decline' | 'close' | 'withdraw' | 'stop' | 'enrol' | 'hire' | null;

/**
 * One referral, for either side: the sender sees its participant, the sharing consent and every provision; the
 * recipient sees the key, the reason and exactly the shared items; each sees the steps it may take now.
 */
export default function ReferralPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const location = useLocation();
  const [notice, setNotice] = useState<NoticeValue>((location.state as { notice?: string } | null)?.notice ?? null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const { data, loading, error, refetch } = useQuery(DETAIL, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const r = data?.referral;
  if (!r && loading) return <PageLoader />;
  if (!r) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const mine = !!r.participant;
  return (
    <Stack>
      <Trail items={[{ to: '/referrals', label: t('referrals.title') }]} />
      <Group justify="space-between" wrap="wrap">
        <Title order={1}>
          {reasonOf(r.reason, lang)} · {r.personKey}
        </Title>
        <Badge variant="outline" size="lg" color={STATUS_COLOR[r.status]}>
          {label(REFERRAL_STATUS_LABELS, r.status, lang)}
        </Badge>
      </Group>
      <Notice notice={notice} onClose={() => setNotice(null)} />
      <Actions r={r} open={setDialog} notify={setNotice} />
      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
          <DetailField label={t('referrals.from')} value={pick(r.fromOrganization, lang)} />
          <DetailField label={t('referrals.to')} value={pick(r.toOrganization, lang)} />
          <DetailField
            label={t('referrals.programme')}
            value={
              r.programme
                ? lang === 'en'
                  ? (r.programme.titleEn ?? r.programme.titleKo)
                  : r.programme.titleKo
                : t('referrals.noProgramme')
            }
          />
          {r.opening && <DetailField label={t('referrals.opening')} value={r.opening.title} />}
          <DetailField label={t('referrals.requestedOn')} value={formatSeoulDateTime(r.createdAt, lang === 'en' ? 'en' : 'ko')} />
          <DetailField label={t('referrals.key')} value={r.personKey} />
          {r.enrolmentId && <DetailField label={t('referrals.enrolment')} value="✓" />}
          {r.note && <DetailField label={t('referrals.note')} value={r.note} />}
          {r.declineReason && <DetailField label={t('referrals.declineReason')} value={r.declineReason} />}
          {r.outcome && <DetailField label={t('referrals.outcome')} value={r.outcome} />}
        </SimpleGrid>
        {mine && r.participant && (
          <Anchor component={Link} to={`/participants/${r.participant.id}`} size="sm" mt="sm" display="inline-block">
            {t('referrals.openParticipant')}
          </Anchor>
        )}
      </Paper>
      {!mine && (
        <Paper withBorder p="md" component="section" aria-labelledby="referral-shared">
          <Title order={2} size="h4" mb="sm" id="referral-shared">
            {t('referrals.sharedWithYou')}
          </Title>
          {r.shared ? (
            <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
              {r.shared.name && <DetailField label={t('referrals.fields.name')} value={r.shared.name} />}
              {r.shared.phone && <DetailField label={t('referrals.fields.phone')} value={r.shared.phone} />}
              {r.shared.birthYear && <DetailField label={t('referrals.fields.birthYear')} value={String(r.shared.birthYear)} />}
              {r.shared.gender && <DetailField label={t('referrals.fields.gender')} value={label(GENDER_LABELS, r.shared.gender, lang)} />}
              {r.shared.districtCode && <DetailField label={t('referrals.fields.district')} value={r.shared.districtCode} />}
            </SimpleGrid>
          ) : (
            <Text c="dimmed">{t('referrals.nothingForYou')}</Text>
          )}
        </Paper>
      )}
      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">
          {t('referrals.sharing')}
        </Title>
        {r.sharing ? (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="dl">
            <DetailField label={t('referrals.items')} value={itemsOf(r.sharing.items, lang)} />
            <DetailField label={t('referrals.purpose')} value={r.sharing.purpose} />
            <DetailField label={t('referrals.retention')} value={calendarDay(r.sharing.retentionUntil, lang)} />
            <DetailField label={t('referrals.givenOn')} value={formatSeoulDateTime(r.sharing.givenAt, lang === 'en' ? 'en' : 'ko')} />
            <DetailField label={t('referrals.status')} value={r.sharing.inForce ? t('referrals.inForce') : t('referrals.notInForce')} />
          </SimpleGrid>
        ) : (
          <Text c="dimmed">{t('referrals.nothingShared')}</Text>
        )}
      </Paper>
      {r.provisions && (
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            {t('referrals.provisions', { count: r.provisions.length })}
          </Title>
          <Text size="sm" c="dimmed" mb="sm">
            {t('referrals.provisionsHelp')}
          </Text>
          {!r.provisions.length && <Text c="dimmed">{t('referrals.noProvisions')}</Text>}
          <Stack gap={4}>
            {r.provisions.map((p, i) => (
              <Text key={i} size="sm">
                {formatSeoulDateTime(p.at, lang === 'en' ? 'en' : 'ko')} · {pick(r.toOrganization, lang)} ·{' '}
                {p.detail ? provisionDetail(p.detail, t) : itemsOf(p.items, lang)}
              </Text>
            ))}
          </Stack>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Text size="sm" c="dimmed" mb="sm">
          {t('referrals.attachmentsRule')}
        </Text>
        <CommentsPanel recordType="REFERRAL" recordId={r.id} canWrite />
      </Paper>
      <Dialogs r={r} dialog={dialog} close={() => setDialog(null)} notify={setNotice} />
    </Stack>
  );
}

/** The steps the caller may take now (`can`), as buttons; the irreversible ones open a dialog first. */
function Actions({ r, open, notify }: { r: ReferralDetail; open: (d: Dialog) => void; notify: (n: NoticeValue) => void }) {
  const { t, i18n } = useTranslation();
  const options = { refetchQueries: REFERRAL_QUERIES, awaitRefetchQueries: true };
  const [decide, deciding] = useMutation(DECIDE, options);
  const [engage, engaging] = useMutation(ENGAGE, options);
  const run = (p: Promise<unknown>, ok: string) =>
    void p
      .then(() => notify({ ok: true, text: ok }))
      .catch((e: unknown) => notify({ ok: false, text: errorMessage(e, i18n.language, t('common.networkError')) }));
  const c = r.can;
  if (!Object.values(c).some((v) => v === true)) return null;
  return (
    <Group gap="xs" wrap="wrap">
      {c.decide && (
        <>
          <Button
            loading={deciding.loading}
            onClick={() => run(decide({ variables: { id: r.id, accept: true } }), t('referrals.accepted'))}
          >
            {t('referrals.accept')}
          </Button>
          <Button variant="outline" color="red.8" onClick={() => open('decline')}>
            {t('referrals.decline')}
          </Button>
        </>
      )}
      {c.enrol && <Button onClick={() => open('enrol')}>{t('referrals.enrol')}</Button>}
      {c.hire && <Button onClick={() => open('hire')}>{t('referrals.hire')}</Button>}
      {c.engage && (
        <Button
          variant="outline"
          loading={engaging.loading}
          onClick={() => run(engage({ variables: { id: r.id } }), t('referrals.engaged'))}
        >
          {t('referrals.engage')}
        </Button>
      )}
      {c.close && (
        <Button variant="outline" onClick={() => open('close')}>
          {t('referrals.close')}
        </Button>
      )}
      {c.withdraw && (
        <Button variant="subtle" color="red.8" onClick={() => open('withdraw')}>
          {t('referrals.withdraw')}
        </Button>
      )}
      {c.stopSharing && (
        <Button variant="subtle" color="red.8" onClick={() => open('stop')}>
          {t('referrals.stopSharing')}
        </Button>
      )}
    </Group>
  );
}

function Dialogs({ r, dialog, close, notify }: { r: ReferralDetail; dialog: Dialog; close: () => void; notify: (n: NoticeValue) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const options = { refetchQueries: REFERRAL_QUERIES, awaitRefetchQueries: true };
  const [decide, deciding] = useMutation(DECIDE, options);
  const [closeReferral, closing] = useMutation(CLOSE, options);
  const [withdraw, withdrawing] = useMutation(WITHDRAW, options);
  const [stop, stopping] = useMutation(STOP_SHARING, options);
  const [enrol, enrolling] = useMutation(ENROL, options);
  const [hire, hiring] = useMutation(HIRE, options);
  const [text, setText] = useState('');
  const [programmeId, setProgrammeId] = useState('');
  const [problem, setProblem] = useState<unknown>(null);
  const programmes = useQuery(OWN_PROGRAMMES, { variables: { org: r.toOrganization.id }, skip: dialog !== 'enrol' });
  const finish = (p: Promise<unknown>, ok: string) =>
    void p
      .then(() => {
        notify({ ok: true, text: ok });
        setText('');
        setProblem(null);
        close();
      })
      .catch((e: unknown) => setProblem(e));
  const errs = fieldErrors(problem, lang);
  const toName = pick(r.toOrganization, lang);
  if (dialog === 'withdraw')
    return (
      <ConfirmDialog
        title={t('referrals.withdrawTitle')}
        consequence={t('referrals.withdrawBody')}
        confirmLabel={t('referrals.withdraw')}
        loading={withdrawing.loading}
        onClose={close}
        onConfirm={() => finish(withdraw({ variables: { id: r.id } }), t('referrals.withdrawn'))}
      />
    );
  if (dialog === 'hire')
    return (
      <ConfirmDialog
        title={t('referrals.hireTitle')}
        consequence={t('referrals.hireBody', { what: r.opening?.title ?? '' })}
        confirmLabel={t('referrals.hire')}
        danger={false}
        loading={hiring.loading}
        onClose={close}
        onConfirm={() => finish(hire({ variables: { id: r.id } }), t('referrals.hired'))}
      />
    );
  if (dialog === 'stop')
    return (
      <ConfirmDialog
        title={t('referrals.stopTitle')}
        consequence={t('referrals.stopBody', { to: toName })}
        confirmLabel={t('referrals.stopSharing')}
        loading={stopping.loading}
        onClose={close}
        onConfirm={() => finish(stop({ variables: { id: r.id } }), t('referrals.stopped'))}
      />
    );
  if (!dialog) return null;
  const own = (programmes.data?.programmes.items ?? []).filter((p) => p.host.id === r.toOrganization.id);
  const title =
    dialog === 'decline' ? t('referrals.declineTitle') : dialog === 'close' ? t('referrals.closeTitle') : t('referrals.enrolTitle');
  return (
    <Modal opened onClose={close} title={title} closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack>
        {problem && !Object.keys(errs).length ? <ErrorAlert error={problem} /> : null}
        {dialog === 'enrol' ? (
          <SelectField
            label={t('referrals.enrolProgramme')}
            value={programmeId || r.programme?.id || ''}
            onChange={setProgrammeId}
            data={[
              { value: '', label: '—' },
              ...own.map((p) => ({ value: p.id, label: lang === 'en' ? (p.titleEn ?? p.titleKo) : p.titleKo })),
            ]}
          />
        ) : (
          <Textarea
            label={dialog === 'decline' ? t('referrals.declineReason') : t('referrals.outcome')}
            required
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            error={errs.reason ?? errs.outcome}
            autosize
            minRows={2}
            maxLength={500}
            data-autofocus
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.dismiss')}
          </Button>
          {dialog === 'decline' && (
            <Button
              color="red.8"
              loading={deciding.loading}
              onClick={() => finish(decide({ variables: { id: r.id, accept: false, reason: text } }), t('referrals.declined'))}
            >
              {t('referrals.decline')}
            </Button>
          )}
          {dialog === 'close' && (
            <Button
              loading={closing.loading}
              onClick={() => finish(closeReferral({ variables: { id: r.id, outcome: text } }), t('referrals.closed'))}
            >
              {t('referrals.close')}
            </Button>
          )}
          {dialog === 'enrol' && (
            <Button
              loading={enrolling.loading}
              disabled={!(programmeId || r.programme?.id)}
              onClick={() =>
                finish(enrol({ variables: { id: r.id, programmeId: programmeId || r.programme!.id } }), t('referrals.enrolled'))
              }
            >
              {t('referrals.enrol')}
            </Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}

/** What a provision row read besides fields: the note, the sender's comments, or a document (named). */
function provisionDetail(detail: string, t: TFunction): string {
  if (detail === 'note') return t('referrals.provisionNote');
  const comments = /^comments: (\d+)$/.exec(detail);
  if (comments) return t('referrals.provisionComments', { count: Number(comments[1]) });
  const documents = /^documents: (\d+)$/.exec(detail);
  if (documents) return t('referrals.provisionDocuments', { count: Number(documents[1]) });
  return t('referrals.provisionDocument', { name: detail.replace(/^document:/, '') });
}
