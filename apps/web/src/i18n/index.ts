import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ko } from './ko';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'lalaland.lang';

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'ko';
}

/** Korean ships with the first route; English is a separate chunk, fetched when someone chooses it. */
const lazyLanguages: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng, _ns, done) => {
    if (lng === 'en') import('./en').then((m) => done(null, m.en), (err: Error) => done(err, null));
    else done(null, ko);
  },
};

void i18n.use(lazyLanguages).use(initReactI18next).init({
  resources: { ko: { translation: ko } },
  partialBundledLanguages: true,
  lng: initialLanguage(),
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem(STORAGE_KEY, lng);
});
if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;

export default i18n;
