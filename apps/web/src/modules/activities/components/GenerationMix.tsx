import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AGE_BAND_LABELS, type AgeBand } from '@lalaland/shared';
import { label } from '../../../components/labels';

const BAND_COLOR: Record<AgeBand, string> = { UNDER_20: '#1c7ed6', AGE_20_39: '#0ca678', AGE_40_64: '#f08c00', AGE_65_PLUS: '#ae3ec9' };

/**
 * The generation mix: a stacked bar for the eye (hidden from screen readers) and the same counts as a list in words;
 * the mix index with what it means.
 */
export function GenerationMix({
  generations,
  mixIndex,
  compact,
}: {
  generations: ReadonlyArray<{ band: AgeBand; count: number }>;
  mixIndex?: number | null;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const total = generations.reduce((n, g) => n + g.count, 0);
  return (
    <Stack gap={4}>
      {total > 0 && (
        <div className="lal-mix" aria-hidden="true">
          {generations
            .filter((g) => g.count > 0)
            .map((g) => (
              <span key={g.band} style={{ flexGrow: g.count, background: BAND_COLOR[g.band] }} />
            ))}
        </div>
      )}
      <Group gap="sm" wrap="wrap">
        {generations.map((g) => (
          <Text key={g.band} size="xs">
            <span className="lal-mix-dot" style={{ background: BAND_COLOR[g.band] }} aria-hidden="true" />{' '}
            {label(AGE_BAND_LABELS, g.band, lang)} {g.count}
          </Text>
        ))}
      </Group>
      {mixIndex !== null && mixIndex !== undefined && (
        <Text size="sm" fw={600}>
          {t('activities.mixIndex', { value: mixIndex.toFixed(2) })}
        </Text>
      )}
      {!compact && (
        <Text size="xs" c="dimmed">
          {t('activities.mixHelp')}
        </Text>
      )}
    </Stack>
  );
}
