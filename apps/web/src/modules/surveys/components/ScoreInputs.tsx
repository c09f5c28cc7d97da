import { Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SURVEY_ITEMS, SURVEY_ITEM_LABELS, SURVEY_SCALE_LABELS } from '@lalaland/shared';
import { label } from '../../../components/labels';

/** The five 5-point items, each a radio group (keyboard: arrows move within an item, Tab to the next). */
export function ScoreInputs({
  scores,
  onChange,
  idPrefix,
}: {
  scores: Array<number | null>;
  onChange: (scores: Array<number | null>) => void;
  idPrefix: string;
}) {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <Stack gap="md">
      {SURVEY_ITEMS.map((item, i) => (
        <Radio.Group
          key={item}
          id={`${idPrefix}-${item}`}
          label={`${i + 1}. ${label(SURVEY_ITEM_LABELS, item, lang)}`}
          value={scores[i] ? String(scores[i]) : ''}
          onChange={(v) => onChange(scores.map((s, j) => (j === i ? Number(v) : s)))}
          required
        >
          <Group gap="sm" mt={6} wrap="wrap">
            {SURVEY_SCALE_LABELS.map((s, v) => (
              <Radio
                key={v}
                value={String(v + 1)}
                label={`${v + 1} ${lang === 'en' ? s.en : s.ko}`}
                styles={{ body: { minHeight: 44, alignItems: 'center' } }}
              />
            ))}
          </Group>
        </Radio.Group>
      ))}
    </Stack>
  );
}
