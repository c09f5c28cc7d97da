import { NavLink, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import type { MenuGroup } from './menu';

/**
 * One section of the menu: a heading and its entries on a wide screen; on a phone a section that folds (the one
 * holding the current page starts open), so the menu fits a small screen and every entry is a 44 px target.
 */
export function MenuSectionLinks({
  group,
  lang,
  open,
  onNavigate,
}: {
  group: MenuGroup;
  lang: string;
  open: boolean;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 48em)', true);
  const title = t(`menu.${group.section}`);
  const links = group.entries.map((e) => (
    <NavLink key={e.to} component={RouterNavLink} to={e.to} label={lang === 'en' ? e.label.en : e.label.ko} onClick={onNavigate} mih={44} />
  ));
  if (wide)
    return (
      <section aria-label={title}>
        <Text size="xs" fw={700} c="gray.7" mt="sm" mb={2} px="sm">
          {title}
        </Text>
        {links}
      </section>
    );
  return (
    <NavLink component="button" label={title} defaultOpened={open || group.section === 'work'} fw={700} mih={44} childrenOffset="sm">
      {links}
    </NavLink>
  );
}
