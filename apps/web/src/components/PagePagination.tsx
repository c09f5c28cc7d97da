import { Pagination } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page buttons with spoken names ("페이지 3", "다음 페이지"), shown only when there is more than one page. */
export function PagePagination({
  total,
  pageSize,
  page,
  onChange,
  mt,
}: {
  total: number;
  pageSize: number;
  page: number;
  onChange: (page: number) => void;
  mt?: string;
}) {
  const { t } = useTranslation();
  const pages = Math.ceil(total / pageSize);
  if (pages <= 1) return null;
  return (
    <Pagination
      mt={mt}
      total={pages}
      value={page}
      onChange={onChange}
      getItemProps={(p) => ({ 'aria-label': `${t('common.page')} ${p}` })}
      getControlProps={(control) => ({ 'aria-label': t(`common.pageControl.${control}`) })}
    />
  );
}
