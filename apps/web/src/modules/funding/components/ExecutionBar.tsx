import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Executed / planned as a bar with its percentage; the bar is labelled for screen readers. */
export function ExecutionBar({ rate, w = 160 }: { rate: number; w?: number }) {
  const { t } = useTranslation();
  const label = t('funding.rateOf', { rate });
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress value={Math.min(rate, 100)} w={w} size="lg" color={rate >= 100 ? 'red.8' : 'krds.7'} aria-label={label} />
      <Text size="sm" fw={600} data-testid="rate">
        {rate}%
      </Text>
    </Group>
  );
}
