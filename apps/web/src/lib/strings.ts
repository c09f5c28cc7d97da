/** A translation with the same keys as the Korean one (English must match Korean key for key). */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

export type Strings = Record<string, unknown>;

/** A namespace's strings per language: Korean may ship with the first route (an object) or with the feature's chunk. */
export interface FeatureStrings {
  ko: Strings | (() => Promise<Strings>);
  en: () => Promise<Strings>;
}
