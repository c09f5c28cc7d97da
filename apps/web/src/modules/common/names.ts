/** A record's name in the reader's language (Korean unless English is chosen). */
export function pick<T extends { nameKo: string; nameEn: string }>(o: T, lang: string): string {
  return lang === 'en' ? o.nameEn : o.nameKo;
}
