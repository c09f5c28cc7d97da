/**
 * One name per concept: the words the portal, its files and its messages use, and the words they replace. A test
 * (apps/web/src/app/glossary.test.ts) refuses a Korean string of the portal, a label table or an API message that
 * uses a replaced word; enum values keep their own label tables (AUDIT_ENTITY_LABELS and the module tables).
 */
export const GLOSSARY = {
  /** The pseudonymous key (P7K3QX9A) other organizations see instead of a person's name. */
  participantKey: { ko: '식별번호', en: 'participant key', replaces: ['가명 키', '가명키', '참여자키', '참여자 키'] },
  /** A participant's phone: always a mobile (texts are sent to it). */
  phone: { ko: '휴대전화', en: 'mobile phone', replaces: ['전화번호'] },
} as const satisfies Record<string, { ko: string; en: string; replaces: readonly string[] }>;

/** Replaced words found in `text`, with the word to use instead. */
export function glossaryMisuses(text: string): Array<{ found: string; use: string }> {
  return Object.values(GLOSSARY).flatMap((term) =>
    term.replaces.filter((word) => text.includes(word)).map((found) => ({ found, use: term.ko })),
  );
}
