import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatWon } from '@lalaland/shared';
import { ExecutionBar } from '../components/ExecutionBar';

export function Totals({ title, rows }: { title: string; rows: Array<{ key: string; label: string; planned: number; executed: number; rate: number }> }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{title}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{title}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('funding.planned')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('funding.executed')}
            </Table.Th>
            <Table.Th scope="col">{t('funding.rate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Td>{r.label}</Table.Td>
              <Table.Td ta="right">{formatWon(r.planned)}</Table.Td>
              <Table.Td ta="right">{formatWon(r.executed)}</Table.Td>
              <Table.Td>
                <ExecutionBar rate={r.rate} w={80} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
