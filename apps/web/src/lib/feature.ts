import type { ComponentType } from 'react';
import type { Permission } from '@lalaland/shared';
import type { FeatureStrings } from './strings';
import type { ViewerData } from './session';

export interface FeatureRoute {
  path: string;
  /** The page, loaded with its chunk (the feature's strings load beside it); or `element` for a page of the first route. */
  page?: () => Promise<{ default: ComponentType }>;
  element?: ComponentType;
  /** Reachable without signing in (invitation links, certificate checks). */
  public?: boolean;
  /** Shown instead of everything else while signed out (the sign-in page). */
  signedOut?: boolean;
}

/**
 * The menu's sections, in the shell's order (app/layout/menu.ts names them): my work; talking to partners; the three
 * pillars (Learn, Link, Act); results and money; the account and rarely used administration, last.
 */
export const MENU_SECTIONS = ['work', 'communication', 'learn', 'link', 'act', 'results', 'account'] as const;
export type MenuSection = (typeof MENU_SECTIONS)[number];

export interface NavEntry {
  to: string;
  /** The entry's words, declared with the feature (the menu renders before any feature chunk loads). */
  label: { ko: string; en: string };
  section: MenuSection;
  /** Position within its section. */
  order: number;
  /** Shown to callers holding this permission (the server decides again on every request). */
  permission?: Permission;
  platformAdminOnly?: boolean;
  /** Shown only when this holds of the signed-in viewer too (an entry the role could open but not use stays hidden). */
  visibleTo?: (viewer: ViewerData) => boolean;
}

/** Where a card shows: the home of my work, or the one approval queue. */
export type CardPlace = 'home' | 'approvals';

/** A card a feature adds to the shell's pages (the home of my work, the approval queue): more modules, more cards. */
export interface FeatureCard {
  key: string;
  places: readonly CardPlace[];
  /** Position among all features' cards (those with something waiting come first, in this order). */
  order: number;
  /** Its name in the one line that lists the cards with nothing waiting. */
  name: { ko: string; en: string };
  /** Shown to callers holding this permission. */
  permission?: Permission;
  /** Not shown to callers holding this one (e.g. the streams' totals are for those who only read them). */
  hiddenWith?: Permission;
  card: () => Promise<{ default: ComponentType<{ place: CardPlace }> }>;
}

/** What a feature tells the portal about itself, once, in its `feature.ts`; src/app/features.ts lists the features. */
export interface Feature {
  /** Also the i18n namespace of its strings. */
  name: string;
  routes: readonly FeatureRoute[];
  nav?: readonly NavEntry[];
  /** Something the feature shows in the signed-in header on every page (the notification bell), loaded with its strings. */
  header?: () => Promise<{ default: ComponentType }>;
  /** The feature's cards, declared in its `cards/index.ts` and loaded with the pages that show them (not the first route). */
  cards?: () => Promise<readonly FeatureCard[]>;
  strings: FeatureStrings;
}
