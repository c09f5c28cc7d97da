import i18n from '../lib/i18n';
import type { Feature } from '../lib/feature';

/**
 * Each feature's strings are an i18next namespace of their own, loaded with the feature's chunk (Korean of the
 * first-route features is bundled). Keys keep their feature prefix (`learn.title`): the default namespace falls back
 * to the features' namespaces, so `t('learn.title')` finds it once the feature is loaded.
 */
export function loadFeatureStrings(feature: Feature): Promise<void> {
  return i18n.loadNamespaces(feature.name);
}
