/** A label table from `@lalaland/shared`: each value's Korean and English names (the same the API's Korean exports use). */
export type LabelTable = Readonly<Record<string, { ko: string; en: string }>>;

/**
 * The one mechanism for enum labels: a shared table, read in the reader's language. Translations (i18n) are for
 * sentences, never for enum values. Tables are passed in (not looked up by name), so a page ships only the tables it uses.
 */
export function label(table: LabelTable, value: string, lang: string): string {
  const row = table[value];
  return row ? (lang === 'en' ? row.en : row.ko) : value;
}

export function options(table: LabelTable, lang: string): Array<{ value: string; label: string }> {
  return Object.keys(table).map((value) => ({ value, label: label(table, value, lang) }));
}
