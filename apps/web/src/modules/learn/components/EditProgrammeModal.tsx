import { useState } from 'react';
import { Alert, Checkbox, Group, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { AGE_BANDS, AGE_BAND_LABELS } from '@lalaland/shared';
import type { AgeBand } from '../../../gql/graphql';
import { graphql } from '../../../gql';
import { FormModal } from '../../../components/FormModal';
import { fieldErrors } from '../../../components/ErrorAlert';
import { label } from '../../../components/labels';
import { pick } from '../../../components/names';
import type { Programme } from '../graphql/programme';
import { DateField } from '../../../components/DateField';

const STREAM_MEMBERS = graphql(`
  query ProgrammeStreamMembers($id: ID!) {
    fundingStream(id: $id) {
      id
      members {
        id
        organization {
          id
          nameKo
          nameEn
        }
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateProgrammeDetails($input: UpdateProgrammeInput!) {
    updateProgramme(input: $input) {
      id
    }
  }
`);

const num = (v: number | string) => (typeof v === 'number' ? v : v === '' ? null : Number(v));

/**
 * Edits a programme after creation with the create form's rules (the API validates both the same way), co-hosts
 * among the stream's members included; what the current state allows is said at the top.
 */
export function EditProgrammeModal({
  programme: p,
  onClose,
  onDone,
}: {
  programme: Programme;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const members = useQuery(STREAM_MEMBERS, { variables: { id: p.stream.id } });
  const [update, { loading, error }] = useMutation(UPDATE, { refetchQueries: ['ProgrammePage'], awaitRefetchQueries: true });
  const errs = fieldErrors(error, lang);
  const [form, setForm] = useState({
    titleKo: p.titleKo,
    titleEn: p.titleEn ?? '',
    description: p.description ?? '',
    targetAudience: p.targetAudience ?? '',
    capacity: p.capacity as number | string,
    completionRate: p.completionRate as number | string,
    targetParticipants: (p.targetParticipants ?? '') as number | string,
    targetCompletions: (p.targetCompletions ?? '') as number | string,
    startsOn: p.startsOn,
    endsOn: p.endsOn ?? '',
    ageBands: p.ageBands as AgeBand[],
    cohostIds: p.cohosts.map((c) => c.id),
    recursYearly: p.recursYearly,
  });
  const set = <K extends keyof typeof form>(k: K, v: (typeof form)[K]) => setForm((f) => ({ ...f, [k]: v }));
  const partners = (members.data?.fundingStream.members ?? []).map((m) => m.organization).filter((o) => o.id !== p.host.id);
  const submit = async () => {
    const r = await update({
      variables: {
        input: {
          id: p.id,
          titleKo: form.titleKo,
          titleEn: form.titleEn || null,
          description: form.description || null,
          targetAudience: form.targetAudience || null,
          capacity: num(form.capacity) ?? 0,
          completionRate: num(form.completionRate) ?? 0,
          targetParticipants: num(form.targetParticipants),
          targetCompletions: num(form.targetCompletions),
          startsOn: form.startsOn,
          endsOn: form.endsOn || null,
          ageBands: form.ageBands,
          cohostIds: form.cohostIds,
          recursYearly: form.recursYearly,
        },
      },
    }).catch(() => null);
    if (r?.data) onDone(t('edit.saved'));
  };
  return (
    <FormModal
      title={t('edit.title')}
      size="lg"
      onClose={onClose}
      onSubmit={submit}
      error={error && !Object.keys(errs).length ? error : undefined}
      loading={loading}
    >
      <Alert variant="light" color="blue">
        {t(`edit.rules.${p.status === 'DRAFT' || p.status === 'RETURNED' ? 'draft' : 'approved'}`, { taken: p.seatsTaken ?? 0 })}
      </Alert>
      <TextInput
        label={t('learn.titleKo')}
        required
        value={form.titleKo}
        onChange={(e) => set('titleKo', e.currentTarget.value)}
        error={errs.titleKo}
      />
      <TextInput
        label={t('learn.titleEn')}
        value={form.titleEn}
        onChange={(e) => set('titleEn', e.currentTarget.value)}
        error={errs.titleEn}
      />
      <Textarea
        label={t('edit.description')}
        autosize
        minRows={3}
        value={form.description}
        onChange={(e) => set('description', e.currentTarget.value)}
        error={errs.description}
      />
      <TextInput
        label={t('learn.targetAudience')}
        value={form.targetAudience}
        onChange={(e) => set('targetAudience', e.currentTarget.value)}
        error={errs.targetAudience}
      />
      <Group grow align="flex-start">
        <NumberInput
          clampBehavior="none"
          allowDecimal={false}
          label={t('learn.capacity')}
          required
          min={Math.max(1, p.seatsTaken ?? 0)}
          value={form.capacity}
          onChange={(v) => set('capacity', v)}
          error={errs.capacity}
        />
        <NumberInput
          clampBehavior="none"
          allowDecimal={false}
          label={t('learn.completionRate')}
          min={1}
          max={100}
          value={form.completionRate}
          onChange={(v) => set('completionRate', v)}
          error={errs.completionRate}
        />
      </Group>
      <Group grow align="flex-start">
        <NumberInput
          clampBehavior="none"
          allowDecimal={false}
          label={t('edit.targetParticipants')}
          min={0}
          value={form.targetParticipants}
          onChange={(v) => set('targetParticipants', v)}
          error={errs.targetParticipants}
        />
        <NumberInput
          clampBehavior="none"
          allowDecimal={false}
          label={t('edit.targetCompletions')}
          min={0}
          value={form.targetCompletions}
          onChange={(v) => set('targetCompletions', v)}
          error={errs.targetCompletions}
        />
      </Group>
      <Group grow align="flex-start">
        <DateField label={t('learn.startsOn')} required value={form.startsOn} onChange={(v) => set('startsOn', v)} error={errs.startsOn} />
        <DateField label={t('edit.endsOn')} value={form.endsOn} onChange={(v) => set('endsOn', v)} error={errs.endsOn} />
      </Group>
      <Checkbox.Group
        label={t('edit.ageBands')}
        value={form.ageBands}
        onChange={(v) => set('ageBands', v as AgeBand[])}
        error={errs.ageBands}
      >
        <Group mt="xs">
          {AGE_BANDS.map((b) => (
            <Checkbox key={b} value={b} label={label(AGE_BAND_LABELS, b, lang)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group
        label={t('edit.cohosts')}
        description={t('edit.cohostsHelp')}
        value={form.cohostIds}
        onChange={(v) => set('cohostIds', v)}
        error={errs.cohostIds}
      >
        <Stack gap="xs" mt="xs">
          {partners.map((o) => (
            <Checkbox key={o.id} value={o.id} label={pick(o, lang)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Checkbox
        label={t('edit.recursYearly')}
        description={t('edit.recursYearlyHelp')}
        checked={form.recursYearly}
        onChange={(e) => set('recursYearly', e.currentTarget.checked)}
      />
    </FormModal>
  );
}
