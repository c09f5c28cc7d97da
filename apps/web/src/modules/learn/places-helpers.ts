import { BUSAN_DISTRICTS } from '@lalaland/shared';

/** The venue and instructor lists come in pages of this size. */
export const PLACES_PAGE = 20;

export const districtName = (code: string, lang: string) => {
  const d = BUSAN_DISTRICTS.find((x) => x.code === code);
  return d ? (lang === 'en' ? d.en : d.ko) : code;
};

export const list = (v: string) =>
  v
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
