import { useState } from 'react';
import { Alert, Button, Group, NumberInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@apollo/client/react';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { BUSAN_DISTRICTS, ENROLMENT_STATUS_LABELS, GENDER_LABELS } from '@lalaland/shared';
import type { Gender, ParticipantDetailQuery, PersonalField } from '../../../gql/graphql';
import { FormModal } from '../../../components/FormModal';
import { fieldErrors } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { label, options } from '../../../components/labels';
import { ENROL } from '../graphql/programme';
import { ENROLLABLE, FIND_PARTICIPANTS, MERGE, UPDATE_PARTICIPANT } from '../graphql/records';
import { programmeTitle } from '../labels';
import { countText } from '../../../components/counts';

type Person = ParticipantDetailQuery['participant'];

/** The participant page's actions: enrol in another programme, correct the details, fold a duplicate record in. */
export function ParticipantActions({ person, onDone }: { person: Person; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'enrol' | 'edit' | 'merge' | null>(null);
  const close = () => setOpen(null);
  const done = (text: string) => {
    setOpen(null);
    onDone(text);
  };
  return (
    <Group gap="xs">
      <Button onClick={() => setOpen('enrol')}>{t('records.enrolInProgramme')}</Button>
      {person.personal && (
        <Button variant="default" onClick={() => setOpen('edit')}>
          {t('records.edit')}
        </Button>
      )}
      <Button variant="default" onClick={() => setOpen('merge')}>
        {t('records.merge')}
      </Button>
      {/* Link's journey page and referral form (other features: reached by their address, never imported). */}
      <Button variant="default" component={Link} to={`/participants/${person.id}/journey`}>
        {t('records.journey')}
      </Button>
      <Button variant="default" component={Link} to={`/referrals/new?participant=${person.id}&key=${person.pseudonymKey}`}>
        {t('records.refer')}
      </Button>
      {open === 'enrol' && <EnrolModal person={person} onClose={close} onDone={done} />}
      {open === 'edit' && <EditModal person={person} onClose={close} onDone={done} />}
      {open === 'merge' && <MergeModal person={person} onClose={close} onDone={done} />}
    </Group>
  );
}

function EnrolModal({ person, onClose, onDone }: { person: Person; onClose: () => void; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const list = useQuery(ENROLLABLE, { variables: { search: q || null } });
  const taken = new Set(person.enrolments?.map((e) => e.programme.id));
  const choices = (list.data?.programmes.items ?? []).filter((p) => p.canRun && !taken.has(p.id));
  const [chosen, setChosen] = useState('');
  const [enrol, { loading, error }] = useMutation(ENROL);
  const submit = async () => {
    const r = await enrol({ variables: { programmeId: chosen, participantId: person.id }, refetchQueries: ['ParticipantDetail'] }).catch(
      () => null,
    );
    if (r?.data) onDone(t('records.enrolledIn', { status: label(ENROLMENT_STATUS_LABELS, r.data.enrol.status, lang) }));
  };
  return (
    <FormModal
      title={t('records.enrolInProgramme')}
      onClose={onClose}
      onSubmit={() => (chosen ? submit() : null)}
      error={error}
      loading={loading}
      submitLabel={t('records.enrolSubmit')}
    >
      <TextInput label={t('records.findProgramme')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      {list.data && !choices.length ? (
        <Text c="dimmed">{t('records.noEnrollable')}</Text>
      ) : (
        <Radio.Group label={t('records.chooseProgramme')} value={chosen} onChange={setChosen}>
          <Stack gap="xs" mt="xs">
            {choices.map((p) => (
              <Radio key={p.id} value={p.id} label={`${programmeTitle(p, lang)} (${countText(p.seatsTaken, t)}/${p.capacity})`} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </FormModal>
  );
}

function EditModal({ person, onClose, onDone }: { person: Person; onClose: () => void; onDone: (text: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const p = person.personal!;
  // What the consent in force covers: other fields cannot be stored until a new consent is recorded.
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
  const covered = new Set(
    (person.consents ?? [])
      .filter((c) => c.purpose === 'PROGRAMME_OPERATION' && !c.withdrawnAt && c.retentionUntil >= today)
      .flatMap((c) => c.items),
  );
  const notCovered = (field: PersonalField) => (covered.has(field) ? {} : { disabled: true, description: t('records.notCovered') });
  const [form, setForm] = useState({
    name: p.name ?? '',
    phone: p.phone ?? '',
    birthYear: (p.birthYear ?? '') as number | string,
    gender: p.gender ?? '',
    districtCode: p.districtCode ?? '',
  });
  const [update, { loading, error }] = useMutation(UPDATE_PARTICIPANT);
  const errs = fieldErrors(error, lang);
  const submit = async () => {
    const r = await update({
      variables: {
        input: {
          id: person.id,
          ...(p.name !== null ? { name: form.name } : {}),
          ...(p.birthYear !== null ? { birthYear: typeof form.birthYear === 'number' ? form.birthYear : Number(form.birthYear) || 0 } : {}),
          ...(covered.has('PHONE') ? { phone: form.phone } : {}),
          ...(covered.has('GENDER') ? { gender: (form.gender || null) as Gender | null } : {}),
          ...(covered.has('DISTRICT') ? { districtCode: form.districtCode } : {}),
        },
      },
    }).catch(() => null);
    if (r?.data) onDone(t('records.saved'));
  };
  return (
    <FormModal title={t('records.edit')} onClose={onClose} onSubmit={submit} error={error} loading={loading}>
      <Text size="sm" c="dimmed">
        {t('records.editHelp')}
      </Text>
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
        {...notCovered('PHONE')}
        value={form.phone}
        onChange={(e) => setForm({ ...form, phone: e.currentTarget.value })}
        error={errs.phone}
      />
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
        {...notCovered('GENDER')}
        value={form.gender}
        onChange={(v) => setForm({ ...form, gender: v })}
        data={[{ value: '', label: t('participants.genderNone') }, ...options(GENDER_LABELS, lang)]}
      />
      <SelectField
        label={t('participants.district')}
        {...notCovered('DISTRICT')}
        value={form.districtCode}
        onChange={(v) => setForm({ ...form, districtCode: v })}
        data={[
          { value: '', label: t('participants.districtNone') },
          ...BUSAN_DISTRICTS.map((d) => ({ value: d.code, label: lang === 'en' ? d.en : d.ko })),
        ]}
      />
    </FormModal>
  );
}

function MergeModal({ person, onClose, onDone }: { person: Person; onClose: () => void; onDone: (text: string) => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search, setSearch] = useState(person.personal?.name ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);
  const found = useQuery(FIND_PARTICIPANTS, { variables: { search: q || null }, skip: !q });
  const others = (found.data?.participants.items ?? []).filter((o) => o.id !== person.id);
  const [dup, setDup] = useState('');
  const [merge, { loading, error }] = useMutation(MERGE);
  const chosen = others.find((o) => o.id === dup);
  const submit = async () => {
    if (!chosen) return;
    const r = await merge({
      variables: { input: { keepId: person.id, duplicateId: chosen.id } },
      refetchQueries: ['ParticipantDetail', 'ParticipantList'],
    }).catch(() => null);
    if (r?.data) {
      onDone(t('records.merged', { key: chosen.pseudonymKey }));
      void navigate(`/participants/${person.id}`, { replace: true });
    }
  };
  return (
    <FormModal
      title={t('records.merge')}
      onClose={onClose}
      onSubmit={submit}
      error={error}
      loading={loading}
      submitLabel={t('records.mergeSubmit')}
      danger
    >
      <Text size="sm">{t('records.mergeHelp', { key: person.pseudonymKey })}</Text>
      <TextInput label={t('records.findDuplicate')} value={search} onChange={(e) => setSearch(e.currentTarget.value)} />
      {q && found.data && !others.length && <Text c="dimmed">{t('people.noMatch')}</Text>}
      <Radio.Group label={t('records.chooseDuplicate')} value={dup} onChange={setDup}>
        <Stack gap="xs" mt="xs">
          {others.map((o) => (
            <Radio
              key={o.id}
              value={o.id}
              label={`${o.pseudonymKey} ${o.personal?.name ?? t('people.hidden')}${o.personal?.birthYear ? ` · ${t('records.born', { year: o.personal.birthYear })}` : ''}`}
            />
          ))}
        </Stack>
      </Radio.Group>
      {chosen && (
        <Alert color="red" variant="outline">
          {t('records.mergeConsequence', { from: chosen.pseudonymKey, into: person.pseudonymKey })}
        </Alert>
      )}
    </FormModal>
  );
}
