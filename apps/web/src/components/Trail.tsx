import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

/**
 * Where the page sits (KRDS breadcrumbs): 내 업무 › the list › … ; the page's own title is its heading. A list in a
 * navigation landmark named "현재 위치", so a screen reader can skip it or follow it back.
 */
export function Trail({ items }: { items: ReadonlyArray<{ to: string; label: string }> }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('common.trail')}>
      <ol className="lal-trail">
        {[{ to: '/home', label: t('nav.home') }, ...items].map((i) => (
          <li key={i.to}>
            <Anchor component={Link} to={i.to} size="sm">
              {i.label}
            </Anchor>
          </li>
        ))}
      </ol>
    </nav>
  );
}
