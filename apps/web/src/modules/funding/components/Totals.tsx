import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { formatWon } from '@lalaland/shared';
import { ExecutionBar } from './ExecutionBar';

export function Totals({
  title,
  rows,
}: {
  title: string;
  rows: Array<{ key: string; label: string; planned: number; executed: number; rate: number }>;
}) {
  const { t } = useTranslation();
  return (
    <DataTable minWidth={360} stack>
      <caption style={{ textAlign: 'left', fontWeight: 600 }}>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{title}</th>
          <th scope="col" className="lal-num">
            {t('funding.planned')}
          </th>
          <th scope="col" className="lal-num">
            {t('funding.executed')}
          </th>
          <th scope="col">{t('funding.rate')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.label}</td>
            <td data-label={t('funding.planned')} className="lal-num">
              {formatWon(r.planned)}
            </td>
            <td data-label={t('funding.executed')} className="lal-num">
              {formatWon(r.executed)}
            </td>
            <td data-label={t('funding.rate')}>
              <ExecutionBar rate={r.rate} w={80} />
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
