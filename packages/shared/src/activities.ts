import { AGE_BANDS, type AgeBand } from './learn';

/** Act: citizens' own activities (clubs, community projects, volunteer events, the multigenerational challenge). */
export const ACTIVITY_KINDS = ['LEARNING_CLUB', 'COMMUNITY_PROJECT', 'VOLUNTEER_EVENT', 'CHALLENGE'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Readonly<Record<ActivityKind, { ko: string; en: string }>> = {
  LEARNING_CLUB: { ko: '학습 동아리', en: 'Learning club' },
  COMMUNITY_PROJECT: { ko: '지역 공동체 프로젝트', en: 'Community project' },
  VOLUNTEER_EVENT: { ko: '봉사 활동', en: 'Volunteer event' },
  CHALLENGE: { ko: '세대 공감 챌린지', en: 'Multigenerational challenge' },
};

/**
 * The generation mix index of a group: the chance that two people picked at random are of different age bands
 * (Gini–Simpson over the four bands), 0 (one generation) to 0.75 (all four equally). Null for nobody.
 */
export function generationMixIndex(counts: Partial<Record<AgeBand, number>>): number | null {
  const total = AGE_BANDS.reduce((n, b) => n + (counts[b] ?? 0), 0);
  if (!total) return null;
  const same = AGE_BANDS.reduce((s, b) => s + ((counts[b] ?? 0) / total) ** 2, 0);
  return Math.round((1 - same) * 100) / 100;
}
