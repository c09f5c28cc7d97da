import { Text } from '@mantine/core';

/** One label/value pair in a description list (`<dl>`); an empty value shows a dash. */
export function DetailField({ label, value }: { label: string; value: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value || '—'}
      </Text>
    </div>
  );
}
