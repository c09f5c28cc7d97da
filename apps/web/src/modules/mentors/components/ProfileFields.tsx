import { Checkbox, Group, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WEEKDAY_LABELS } from '@lalaland/shared';

export interface ProfileForm {
  skills: string;
  languages: string;
  weeklyHours: string;
  availableWeekdays: number[];
  note: string;
}

/** Comma-separated text as a list (trimmed, empties dropped). */
export const listOf = (text: string) =>
  text
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** The mentor profile fields both forms share: skills, languages, weekly hours, usual weekdays, note. */
export function ProfileFields({
  form,
  set,
  errs,
}: {
  form: ProfileForm;
  set: (patch: Partial<ProfileForm>) => void;
  errs: Record<string, string>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <TextInput
        label={t('mentors.skills')}
        description={t('mentors.skillsHelp')}
        value={form.skills}
        onChange={(e) => set({ skills: e.currentTarget.value })}
        error={errs.skills}
      />
      <TextInput
        label={t('mentors.languages')}
        value={form.languages}
        onChange={(e) => set({ languages: e.currentTarget.value })}
        error={errs.languages}
      />
      <TextInput
        label={t('mentors.weekly')}
        description="1–40"
        inputMode="numeric"
        required
        value={form.weeklyHours}
        onChange={(e) => set({ weeklyHours: e.currentTarget.value })}
        error={errs.weeklyHours}
        w={160}
      />
      <Checkbox.Group
        label={t('mentors.weekdays')}
        value={form.availableWeekdays.map(String)}
        onChange={(v) => set({ availableWeekdays: v.map(Number).sort((a, b) => a - b) })}
        error={errs.availableWeekdays}
      >
        <Group gap="sm" mt={4}>
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <Checkbox key={d} value={String(d)} label={i18n.language === 'en' ? WEEKDAY_LABELS[d]!.en : WEEKDAY_LABELS[d]!.ko} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea
        label={t('mentors.note')}
        value={form.note}
        onChange={(e) => set({ note: e.currentTarget.value })}
        error={errs.note}
        autosize
        minRows={2}
      />
    </>
  );
}

/** The form's numbers as the API takes them: a bad number is sent as is, so the server names the range. */
export function profileInput(form: ProfileForm) {
  return {
    skills: listOf(form.skills),
    languages: listOf(form.languages),
    weeklyHours: Number(form.weeklyHours),
    availableWeekdays: form.availableWeekdays,
    note: form.note.trim() || null,
  };
}
