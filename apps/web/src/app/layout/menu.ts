import { MENU_SECTIONS, type Feature, type MenuSection, type NavEntry } from '../../lib/feature';
import type { ViewerData } from '../../lib/session';
import { Permission } from '@lalaland/shared';
import { FEATURES } from '../features';

/** The shell's own entries: the home of my work first, and the one approval queue (for those who decide). */
export const SHELL_NAV: readonly NavEntry[] = [
  { to: '/home', label: { ko: '내 업무', en: 'My work' }, section: 'work', order: 0 },
  {
    to: '/approvals',
    label: { ko: '승인 대기', en: 'Approvals' },
    section: 'work',
    order: 10,
    permission: Permission.FundingManage,
    // only the leads of a stream decide proposals and expenditures
    visibleTo: (v) => v.leadsStream,
  },
];

/** The menu's entries for a list of features: the shell's and each feature's declaration. */
export const menuEntriesOf = (features: readonly Feature[]): readonly NavEntry[] => [...SHELL_NAV, ...features.flatMap((f) => f.nav ?? [])];

/** Every menu entry of the portal (src/app/features.ts). */
export const MENU_ENTRIES = menuEntriesOf(FEATURES);

export interface MenuGroup {
  section: MenuSection;
  entries: NavEntry[];
}

/** The menu a viewer sees: each section's entries they may use, in order; empty sections left out. */
export function menuFor(viewer: ViewerData, entries: readonly NavEntry[] = MENU_ENTRIES): MenuGroup[] {
  const shown = entries.filter(
    (n) =>
      (n.platformAdminOnly ? viewer.user.isPlatformAdmin : !n.permission || viewer.permissions.includes(n.permission)) &&
      (!n.visibleTo || viewer.user.isPlatformAdmin || n.visibleTo(viewer)),
  );
  return MENU_SECTIONS.map((section) => ({
    section,
    entries: shown.filter((n) => n.section === section).sort((a, b) => a.order - b.order),
  })).filter((g) => g.entries.length);
}
