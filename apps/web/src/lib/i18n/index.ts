import i18n, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { ko } from './ko';
import type { Feature } from '../feature';

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'lalaland.lang';

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'ko';
}

/**
 * The shell's strings are the default namespace; each feature's are a namespace named after it (src/app/features.ts).
 * Korean of the shell and of the first-route features ships with the first route; everything else is a chunk fetched
 * when the feature (or English) is needed. Switching language reloads every namespace already in use.
 */
let features: readonly Feature[] = [];

const chunks: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (lng, ns, done) => {
    const load =
      ns === 'translation'
        ? lng === 'en'
          ? () => import('./en').then((m) => m.en)
          : () => Promise.resolve(ko)
        : features.find((f) => f.name === ns)?.strings[lng === 'en' ? 'en' : 'ko'];
    if (!load) return done(new Error(`no strings for ${lng}/${ns}`), null);
    const strings = typeof load === 'function' ? load() : Promise.resolve(load);
    strings.then(
      (s) => done(null, s),
      (err: Error) => done(err, null),
    );
  },
};

/** Starts i18next with the shell's strings and the features' namespaces (main.tsx, before the first render). */
export function initI18n(list: readonly Feature[]): void {
  features = list;
  const eager = list.filter((f) => typeof f.strings.ko !== 'function');
  void i18n
    .use(chunks)
    .use(initReactI18next)
    .init({
      resources: { ko: { translation: ko, ...Object.fromEntries(eager.map((f) => [f.name, f.strings.ko])) } },
      partialBundledLanguages: true,
      ns: ['translation', ...eager.map((f) => f.name)],
      defaultNS: 'translation',
      fallbackNS: list.map((f) => f.name),
      lng: initialLanguage(),
      fallbackLng: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  if (typeof document !== 'undefined') document.documentElement.lang = i18n.language;
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
  localStorage.setItem(STORAGE_KEY, lng);
});
export default i18n;
