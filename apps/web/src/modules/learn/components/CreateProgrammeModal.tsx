import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EDUCATION_DOMAIN_LABELS, PILLAR_LABELS, PROGRAMME_FORMAT_LABELS } from '@lalaland/shared';
import type { Pillar, EducationDomain, ProgrammeFormat } from '../../../gql/graphql';
import { errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import { SelectField } from '../../../components/SelectField';
import { pick } from '../../../components/names';
import { options } from '../../../components/labels';
import { CREATE } from '../graphql/programmes';
import { DateField } from '../../../components/DateField';

export function CreateProgrammeModal({
  initiatives,
  onClose,
}: {
  initiatives: Array<{ id: string; nameKo: string; nameEn: string }>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const [create, { loading, error }] = useMutation(CREATE);
  const [form, setForm] = useState({
    initiativeId: initiatives[0]?.id ?? '',
    titleKo: '',
    titleEn: '',
    pillar: 'LEARN',
    domain: 'VOCATIONAL',
    format: 'OFFLINE',
    capacity: 20 as number | string,
    completionRate: 80 as number | string,
    startsOn: '',
    targetAudience: '',
  });
  const set = (k: keyof typeof form) => (v: string | number) => setForm((f) => ({ ...f, [k]: v }));
  const errs = fieldErrors(error, lang);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await create({
      variables: {
        input: {
          initiativeId: form.initiativeId,
          titleKo: form.titleKo,
          titleEn: form.titleEn || null,
          pillar: form.pillar as Pillar,
          domain: form.domain as EducationDomain,
          format: form.format as ProgrammeFormat,
          capacity: Number(form.capacity) || 0,
          completionRate: Number(form.completionRate) || 0,
          startsOn: form.startsOn,
          targetAudience: form.targetAudience || null,
        },
      },
    }).catch(() => null);
    if (r?.data) void navigate(`/programmes/${r.data.createProgramme.id}`, { state: { notice: t('learn.created') } });
  };
  return (
    <Modal opened onClose={onClose} title={t('learn.newProgramme')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          {error && !Object.keys(errs).length && (
            <Alert color="red" variant="outline" role="alert">
              {errorMessage(error, lang, t('common.networkError'))}
            </Alert>
          )}
          <SelectField
            label={t('learn.initiative')}
            value={form.initiativeId}
            onChange={set('initiativeId')}
            data={initiatives.map((i) => ({ value: i.id, label: pick(i, lang) }))}
          />
          <TextInput
            label={t('learn.titleKo')}
            required
            value={form.titleKo}
            onChange={(e) => set('titleKo')(e.currentTarget.value)}
            error={errs.titleKo}
          />
          <TextInput
            label={t('learn.titleEn')}
            value={form.titleEn}
            onChange={(e) => set('titleEn')(e.currentTarget.value)}
            error={errs.titleEn}
          />
          <Group grow>
            <SelectField label={t('learn.pillar')} value={form.pillar} onChange={set('pillar')} data={options(PILLAR_LABELS, lang)} />
            <SelectField
              label={t('learn.domain')}
              value={form.domain}
              onChange={set('domain')}
              data={options(EDUCATION_DOMAIN_LABELS, lang)}
            />
            <SelectField
              label={t('learn.format')}
              value={form.format}
              onChange={set('format')}
              data={options(PROGRAMME_FORMAT_LABELS, lang)}
            />
          </Group>
          <Group grow>
            <NumberInput
              clampBehavior="none"
              label={t('learn.capacity')}
              required
              min={1}
              value={form.capacity}
              onChange={set('capacity')}
              error={errs.capacity}
            />
            <NumberInput
              clampBehavior="none"
              label={t('learn.completionRate')}
              min={1}
              max={100}
              value={form.completionRate}
              onChange={set('completionRate')}
              error={errs.completionRate}
            />
            <DateField label={t('learn.startsOn')} required value={form.startsOn} onChange={set('startsOn')} error={errs.startsOn} />
          </Group>
          <TextInput
            label={t('learn.targetAudience')}
            value={form.targetAudience}
            onChange={(e) => set('targetAudience')(e.currentTarget.value)}
            error={errs.targetAudience}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('learn.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
