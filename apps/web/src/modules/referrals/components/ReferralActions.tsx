import { useState } from 'react';
import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert, errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import { type NoticeValue } from '../../../components/Notice';
import { SelectField } from '../../../components/SelectField';
import { pick } from '../../../components/names';
import { CLOSE, DECIDE, ENGAGE, ENROL, HIRE, OWN_PROGRAMMES, STOP_SHARING, WITHDRAW, type ReferralDetail } from '../graphql/referrals';
import { REFERRAL_QUERIES } from '../labels';

export type Dialog = 'decline' | 'close' | 'withdraw' | 'stop' | 'enrol' | 'hire' | null;

/** The steps the caller may take now (`can`), as buttons; the irreversible ones open a dialog first. */
export function Actions({ r, open, notify }: { r: ReferralDetail; open: (d: Dialog) => void; notify: (n: NoticeValue) => void }) {
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

export function Dialogs({
  r,
  dialog,
  close,
  notify,
}: {
  r: ReferralDetail;
  dialog: Dialog;
  close: () => void;
  notify: (n: NoticeValue) => void;
}) {
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
