import { useState } from 'react';
import { Alert, Button, Checkbox, Group, Modal, NumberInput, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  BUSAN_DISTRICTS,
  CONSENT_METHOD_LABELS,
  CONSENT_METHODS,
  ENROLMENT_STATUS_LABELS,
  GENDER_LABELS,
  itemsStored,
} from '@lalaland/shared';
import type { Gender } from '../../../gql/graphql';
import { errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { inYears } from '../labels';
import { label, options } from '../../../components/labels';
import { REGISTER, ENROL } from '../graphql/programme';
import { MATCHES } from '../graphql/records';
import { MatchList, type Match } from './MatchList';
import { DateField } from '../../../components/DateField';

export function RegisterModal({
  programmeId,
  onClose,
  onDone,
}: {
  programmeId: string;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [register, reg] = useMutation(REGISTER);
  const [enrol, enr] = useMutation(ENROL);
  const [form, setForm] = useState({
    name: '',
    phone: '',
    birthYear: '' as number | string,
    gender: '',
    districtCode: '',
    given: false,
    retentionUntil: inYears(3),
    method: 'WRITTEN',
  });
  // Once registered, a retry (e.g. after the programme stopped taking enrolments) only enrols: no second registration.
  const [registered, setRegistered] = useState<string | null>(null);
  // Search before create: the organization's records that may be this person, as the name, birth year and phone are typed.
  const [who] = useDebouncedValue(
    { name: form.name.trim(), birthYear: Number(form.birthYear) || null, phone: form.phone.trim() || null },
    350,
  );
  const matches = useQuery(MATCHES, {
    variables: {
      input: {
        name: who.name,
        birthYear: who.birthYear && who.birthYear >= 1900 ? who.birthYear : null,
        phone: who.phone && who.phone.replace(/\D/g, '').length >= 10 ? who.phone : null,
      },
    },
    skip: !who.name || (!who.birthYear && !who.phone),
  });
  const found = matches.data?.participantMatches ?? [];
  const likely = found.some((m) => m.reasons.includes('SAME_NAME_AND_BIRTH_YEAR'));
  const [confirmedNew, setConfirmedNew] = useState(false);
  const [picked, setPicked] = useState<string | null>(null);
  const enrolKnown = async (m: Match) => {
    setPicked(m.participant.id);
    const en = await enrol({ variables: { programmeId, participantId: m.participant.id } }).catch(() => null);
    if (en?.data)
      onDone(
        t('learn.enrolled', {
          name: m.participant.personal?.name ?? m.participant.pseudonymKey,
          status: label(ENROLMENT_STATUS_LABELS, en.data.enrol.status, lang),
        }),
      );
  };
  const error = enr.error ?? reg.error;
  const errs = fieldErrors(error, lang);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const participantId = registered ?? (await registerNew());
    if (!participantId) return;
    setRegistered(participantId);
    const en = await enrol({ variables: { programmeId, participantId } }).catch(() => null);
    if (en?.data) onDone(t('learn.enrolled', { name: form.name, status: label(ENROLMENT_STATUS_LABELS, en.data.enrol.status, lang) }));
  };
  const registerNew = async (): Promise<string | null> => {
    const r = await register({
      variables: {
        input: {
          name: form.name,
          phone: form.phone || null,
          birthYear: Number(form.birthYear) || 0,
          gender: (form.gender || null) as Gender | null,
          districtCode: form.districtCode || null,
          confirmedNew,
          consent: {
            given: form.given,
            items: itemsStored(form),
            retentionUntil: form.retentionUntil,
            method: form.method,
          },
        },
      },
    }).catch(() => null);
    return r?.data?.registerParticipant.id ?? null;
  };
  return (
    <Modal opened onClose={onClose} title={t('participants.title')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {error && !Object.keys(errs).length && (
            <Alert color="red" variant="outline" role="alert">
              {errorMessage(error, lang, t('common.networkError'))}
            </Alert>
          )}
          <Group grow>
            <TextInput
              label={t('participants.name')}
              required
              value={form.name}
              onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
              error={errs.name}
            />
            <TextInput
              label={t('participants.phone')}
              type="tel"
              inputMode="tel"
              placeholder="010-0000-0000"
              value={form.phone}
              onChange={(e) => setForm({ ...form, phone: e.currentTarget.value })}
              error={errs.phone}
            />
          </Group>
          <Group grow>
            <NumberInput
              label={t('participants.birthYear')}
              required
              min={1900}
              max={new Date().getFullYear()}
              clampBehavior="none"
              allowDecimal={false}
              value={form.birthYear}
              onChange={(v) => setForm({ ...form, birthYear: v })}
              error={errs.birthYear}
            />
            <SelectField
              label={t('participants.gender')}
              value={form.gender}
              onChange={(v) => setForm({ ...form, gender: v })}
              data={[{ value: '', label: t('participants.genderNone') }, ...options(GENDER_LABELS, lang)]}
            />
            <SelectField
              label={t('participants.district')}
              value={form.districtCode}
              onChange={(v) => setForm({ ...form, districtCode: v })}
              data={[
                { value: '', label: t('participants.districtNone') },
                ...BUSAN_DISTRICTS.map((d) => ({ value: d.code, label: lang === 'en' ? d.en : d.ko })),
              ]}
            />
          </Group>
          <MatchList
            matches={found}
            actionLabel={t('records.enrolThis')}
            busy={enr.loading && !!picked}
            onPick={(m) => void enrolKnown(m)}
          />
          {likely && (
            <Checkbox label={t('records.confirmedNew')} checked={confirmedNew} onChange={(e) => setConfirmedNew(e.currentTarget.checked)} />
          )}
          <Paper withBorder p="sm">
            <Stack gap="xs">
              <Text fw={700} size="sm">
                {t('participants.consentTitle')}
              </Text>
              <Text size="sm">{t('participants.consentText')}</Text>
              <Group grow>
                <DateField
                  label={t('participants.retentionUntil')}
                  required
                  value={form.retentionUntil}
                  onChange={(v) => setForm({ ...form, retentionUntil: v })}
                  error={errs.retentionUntil}
                />
                <SelectField
                  label={t('participants.method')}
                  value={form.method}
                  onChange={(v) => setForm({ ...form, method: v })}
                  data={CONSENT_METHODS.map((m) => ({ value: m, label: label(CONSENT_METHOD_LABELS, m, lang) }))}
                />
              </Group>
              <Checkbox
                label={t('participants.consentGiven')}
                checked={form.given}
                onChange={(e) => setForm({ ...form, given: e.currentTarget.checked })}
                error={errs.consent}
              />
            </Stack>
          </Paper>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={reg.loading || enr.loading}>
              {t('participants.register')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
