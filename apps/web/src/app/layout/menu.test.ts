import { describe, expect, it } from 'vitest';
import { MENU_SECTIONS } from '../../lib/feature';
import type { ViewerData } from '../../lib/session';
import { ALL_PERMISSIONS, permissionsFor } from '@lalaland/shared';
import { ko } from '../../lib/i18n/ko';
import { en } from '../../lib/i18n/en';
import { MENU_ENTRIES, menuFor } from './menu';

const viewer = (role: 'ORG_ADMIN' | 'STAFF' | 'VIEWER', extra: Partial<ViewerData> = {}): ViewerData =>
  ({
    user: { id: 'u', email: 'x@lalaland.test', displayName: 'x', isPlatformAdmin: false },
    role,
    permissions: permissionsFor(role, false),
    leadsStream: false,
    activeOrganization: { id: 'o', nameKo: '사하구', nameEn: 'Saha-gu', kind: 'DISTRICT' },
    memberships: [],
    ...extra,
  }) as ViewerData;

describe('the menu: sections declared by the features, entries the role can use', () => {
  it('every entry has a section the shell names, both labels and a route of its own', () => {
    const routes = MENU_ENTRIES.map((e) => e.to);
    expect(new Set(routes).size).toBe(routes.length);
    for (const e of MENU_ENTRIES) {
      expect(MENU_SECTIONS).toContain(e.section);
      expect(e.label.ko.trim().length).toBeGreaterThan(0);
      expect(e.label.en.trim().length).toBeGreaterThan(0);
    }
    for (const s of MENU_SECTIONS) {
      expect(ko.menu[s]).toBeTruthy();
      expect(en.menu[s]).toBeTruthy();
    }
    // one word, one meaning: no two entries share a label
    expect(new Set(MENU_ENTRIES.map((e) => e.label.ko)).size).toBe(MENU_ENTRIES.length);
  });

  it('shows what the role can use: a district’s staff sees no approvals, reports or administration; the lead’s admin sees them', () => {
    const staff = menuFor(viewer('STAFF')).flatMap((g) => g.entries.map((e) => e.to));
    expect(staff).toContain('/programmes');
    expect(staff).not.toContain('/approvals');
    expect(staff).not.toContain('/reports');
    expect(staff).not.toContain('/api-keys');
    expect(staff).not.toContain('/admin/graphql');
    const lead = menuFor(viewer('ORG_ADMIN', { leadsStream: true })).flatMap((g) => g.entries.map((e) => e.to));
    expect(lead).toEqual(expect.arrayContaining(['/approvals', '/reports', '/api-keys']));
    const ministry = menuFor(
      viewer('VIEWER', { activeOrganization: { id: 'm', nameKo: '교육부', nameEn: 'MOE', kind: 'MINISTRY' } }),
    ).flatMap((g) => g.entries.map((e) => e.to));
    expect(ministry).toContain('/reports');
    expect(ministry).not.toContain('/participants');
    const admin = menuFor(
      viewer('VIEWER', { user: { id: 'a', email: 'a', displayName: 'a', isPlatformAdmin: true }, permissions: [...ALL_PERMISSIONS] }),
    );
    expect(admin.map((g) => g.section)).toEqual([...MENU_SECTIONS]);
  });
});
