/** A record's name in the reader's language (Korean unless English is chosen). */
export function pick<T extends { nameKo: string; nameEn: string }>(o: T, lang: string): string {
  return lang === 'en' ? o.nameEn : o.nameKo;
}

/** A funding stream as a choice in a list: its name and fiscal year (a stream runs again each year under one name). */
export function streamLabel(s: { nameKo: string; nameEn: string; fiscalYear?: number | null }, lang: string): string {
  return s.fiscalYear ? `${pick(s, lang)} (${s.fiscalYear})` : pick(s, lang);
}
