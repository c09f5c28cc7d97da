import { useEffect, useState } from 'react';
import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  BUSAN_DISTRICTS,
  SELECTION_METHODS,
  SELECTION_METHOD_LABELS,
  seoulClock,
  seoulDate,
  seoulInstant,
  type SelectionMethod,
} from '@lalaland/shared';
import { DateField } from '../../../components/DateField';
import { ErrorAlert, errorMessage, fieldErrors } from '../../../components/ErrorAlert';
import { Notice, type NoticeValue } from '../../../components/Notice';
import { SelectField } from '../../../components/SelectField';
import { label } from '../../../components/labels';
import { PROGRAMME_OFFER, SAVE_OFFER } from '../graphql/offer';

interface Form {
  published: boolean;
  fromDay: string;
  fromTime: string;
  untilDay: string;
  untilTime: string;
  selection: SelectionMethod;
  feeWon: number | string;
  minAge: number | string;
  maxAge: number | string;
  districts: string[];
  residentQuota: number | string;
  perPersonLimit: number | string;
  contactPhone: string;
  accessibility: string;
  jobTrainingSupport: boolean;
  creditBank: boolean;
  learningAccount: boolean;
}

const EMPTY: Form = {
  published: false,
  fromDay: '',
  fromTime: '10:00',
  untilDay: '',
  untilTime: '18:00',
  selection: 'FIRST_COME',
  feeWon: 0,
  minAge: '',
  maxAge: '',
  districts: [],
  residentQuota: '',
  perPersonLimit: '',
  contactPhone: '',
  accessibility: '',
  jobTrainingSupport: false,
  creditBank: false,
  learningAccount: false,
};
const num = (v: number | string) => (v === '' || v === null ? null : Number(v));
const instant = (day: string, time: string) => (day ? seoulInstant(day, time || '00:00').toISOString() : null);

/** A programme's listing in the public course finder: its host sets it; everyone who sees the programme reads it. */
export function OfferPanel({ programmeId }: { programmeId: string }) {
  const { t, i18n } = useTranslation('catalogue');
  const shell = useTranslation().t;
  const lang = i18n.language;
  const { data, error, refetch } = useQuery(PROGRAMME_OFFER, { variables: { id: programmeId } });
  const [save, saving] = useMutation(SAVE_OFFER);
  const [form, setForm] = useState<Form>(EMPTY);
  const [notice, setNotice] = useState<NoticeValue>(null);
  const p = data?.programme;
  const o = p?.offer;
  useEffect(() => {
    if (!o) return;
    setForm({
      ...EMPTY,
      ...o,
      fromDay: o.applyFrom ? seoulDate(o.applyFrom) : '',
      fromTime: o.applyFrom ? seoulClock(o.applyFrom) : '10:00',
      untilDay: o.applyUntil ? seoulDate(o.applyUntil) : '',
      untilTime: o.applyUntil ? seoulClock(o.applyUntil) : '18:00',
      minAge: o.minAge ?? '',
      maxAge: o.maxAge ?? '',
      residentQuota: o.residentQuota ?? '',
      perPersonLimit: o.perPersonLimit ?? '',
      contactPhone: o.contactPhone ?? '',
      accessibility: o.accessibility ?? '',
    });
  }, [o]);
  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (!p) return null;
  const errs = fieldErrors(saving.error, lang);
  const set =
    <K extends keyof Form>(k: K) =>
    (v: Form[K]) =>
      setForm((f) => ({ ...f, [k]: v }));
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const r = await save({
      variables: {
        i: {
          programmeId,
          published: form.published,
          applyFrom: instant(form.fromDay, form.fromTime),
          applyUntil: instant(form.untilDay, form.untilTime),
          selection: form.selection,
          feeWon: num(form.feeWon) ?? 0,
          minAge: num(form.minAge),
          maxAge: num(form.maxAge),
          districts: form.districts,
          residentQuota: num(form.residentQuota),
          perPersonLimit: num(form.perPersonLimit),
          contactPhone: form.contactPhone.trim() || null,
          accessibility: form.accessibility.trim() || null,
          jobTrainingSupport: form.jobTrainingSupport,
          creditBank: form.creditBank,
          learningAccount: form.learningAccount,
        },
      },
    }).catch((err: unknown) => {
      setNotice({ ok: false, text: errorMessage(err, lang, shell('common.networkError')) });
      return null;
    });
    if (r?.data) {
      setNotice({ ok: true, text: t('catalogue.saved') });
      void refetch();
    }
  };
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} size="h3">
            {t('catalogue.title')}{' '}
            <Badge variant="outline" color={o?.published ? 'blue.9' : 'gray.8'} tt="none">
              {o?.published ? t('catalogue.published') : t('catalogue.notPublished')}
            </Badge>
          </Title>
          {o?.published && (
            <Anchor href={`/catalogue/${programmeId}`} target="_blank" rel="noopener">
              {t('catalogue.view')}
            </Anchor>
          )}
        </Group>
        <Text size="sm">{p.canRun ? t('catalogue.intro') : t('catalogue.readOnly')}</Text>
        <Notice notice={notice} onClose={() => setNotice(null)} />
        {p.canRun && (
          <form onSubmit={(e) => void submit(e)} noValidate>
            <Stack gap="sm">
              <Switch
                label={t('catalogue.published')}
                description={t('catalogue.publishedHint')}
                checked={form.published}
                onChange={(e) => set('published')(e.currentTarget.checked)}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <DateField label={t('catalogue.applyFrom')} value={form.fromDay} onChange={set('fromDay')} error={errs.applyFrom} />
                <TextInput
                  type="time"
                  label={t('catalogue.applyFromTime')}
                  value={form.fromTime}
                  onChange={(e) => set('fromTime')(e.currentTarget.value)}
                />
                <DateField label={t('catalogue.applyUntil')} value={form.untilDay} onChange={set('untilDay')} error={errs.applyUntil} />
                <TextInput
                  type="time"
                  label={t('catalogue.applyUntilTime')}
                  value={form.untilTime}
                  onChange={(e) => set('untilTime')(e.currentTarget.value)}
                />
                <SelectField
                  label={t('catalogue.selection')}
                  value={form.selection}
                  onChange={(v) => set('selection')(v as SelectionMethod)}
                  data={SELECTION_METHODS.map((m) => ({ value: m, label: label(SELECTION_METHOD_LABELS, m, lang) }))}
                />
                <NumberInput
                  label={t('catalogue.fee')}
                  value={form.feeWon}
                  onChange={set('feeWon')}
                  min={0}
                  step={1000}
                  thousandSeparator=","
                  clampBehavior="none"
                  error={errs.feeWon}
                />
                <NumberInput
                  label={t('catalogue.minAge')}
                  value={form.minAge}
                  onChange={set('minAge')}
                  min={0}
                  max={120}
                  clampBehavior="none"
                  error={errs.minAge}
                />
                <NumberInput
                  label={t('catalogue.maxAge')}
                  value={form.maxAge}
                  onChange={set('maxAge')}
                  min={0}
                  max={120}
                  clampBehavior="none"
                  error={errs.maxAge}
                />
              </SimpleGrid>
              <MultiSelect
                label={t('catalogue.districts')}
                description={t('catalogue.districtsHint')}
                data={BUSAN_DISTRICTS.map((d) => ({ value: d.code, label: lang === 'en' ? d.en : d.ko }))}
                value={form.districts}
                onChange={set('districts')}
                error={errs.districts}
                searchable
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NumberInput
                  label={t('catalogue.residentQuota')}
                  value={form.residentQuota}
                  onChange={set('residentQuota')}
                  min={1}
                  clampBehavior="none"
                  error={errs.residentQuota}
                />
                <NumberInput
                  label={t('catalogue.perPersonLimit')}
                  description={t('catalogue.perPersonLimitHint')}
                  value={form.perPersonLimit}
                  onChange={set('perPersonLimit')}
                  min={1}
                  max={20}
                  clampBehavior="none"
                  error={errs.perPersonLimit}
                />
                <TextInput
                  label={t('catalogue.contactPhone')}
                  inputMode="tel"
                  value={form.contactPhone}
                  onChange={(e) => set('contactPhone')(e.currentTarget.value)}
                  error={errs.contactPhone}
                />
              </SimpleGrid>
              <Textarea
                label={t('catalogue.accessibility')}
                value={form.accessibility}
                maxLength={500}
                onChange={(e) => set('accessibility')(e.currentTarget.value)}
              />
              <Text fw={600} size="sm">
                {t('catalogue.standard')}
              </Text>
              <Group>
                <Checkbox
                  label={t('catalogue.jobTrainingSupport')}
                  checked={form.jobTrainingSupport}
                  onChange={(e) => set('jobTrainingSupport')(e.currentTarget.checked)}
                />
                <Checkbox
                  label={t('catalogue.creditBank')}
                  checked={form.creditBank}
                  onChange={(e) => set('creditBank')(e.currentTarget.checked)}
                />
                <Checkbox
                  label={t('catalogue.learningAccount')}
                  checked={form.learningAccount}
                  onChange={(e) => set('learningAccount')(e.currentTarget.checked)}
                />
              </Group>
              {saving.error && !Object.keys(errs).length && <ErrorAlert error={saving.error} />}
              <Group>
                <Button type="submit" loading={saving.loading}>
                  {t('catalogue.save')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
