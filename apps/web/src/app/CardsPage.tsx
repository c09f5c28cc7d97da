import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../lib/session';
import { FEATURES } from './features';
import type { CardPlace, Feature, FeatureCard } from '../lib/feature';
import { loadFeatureStrings } from './i18n';

/** A card's component: its chunk and its feature's strings arrive together. */
const cards = new Map<FeatureCard, ComponentType<{ place: CardPlace }>>();
function cardOf(feature: Feature, card: FeatureCard) {
  let c = cards.get(card);
  if (!c) {
    const load = card.card;
    c = lazy(() => Promise.all([load(), loadFeatureStrings(feature)]).then(([m]) => m));
    cards.set(card, c);
  }
  return c;
}

/**
 * A page made of the features' cards for one place (src/app/feature.ts): the home of my work and the approval
 * queue. Each card loads, fails and stays empty on its own; which cards a caller gets follows their permissions.
 */
export function CardsPage({ place, title, intro, empty }: { place: CardPlace; title: string; intro: string; empty: string }) {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const can = (p?: string) => !p || !!viewer?.permissions.includes(p);
  const [declared, setDeclared] = useState<Array<{ f: Feature; c: FeatureCard }> | null>(null);
  useEffect(() => {
    let live = true;
    void Promise.all(FEATURES.map(async (f) => ((await f.cards?.()) ?? []).map((c) => ({ f, c })))).then(
      (all) => live && setDeclared(all.flat()),
    );
    return () => {
      live = false;
    };
  }, []);
  const shown = (declared ?? []).filter(({ c }) => c.places.includes(place) && can(c.permission) && !(c.hiddenWith && can(c.hiddenWith)));
  shown.sort((a, b) => a.c.order - b.c.order);
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Text>{intro}</Text>
      {!declared && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {declared && !shown.length && <Text c="dimmed">{empty}</Text>}
      <SimpleGrid cols={{ base: 1, lg: place === 'home' ? 2 : 1 }}>
        {shown.map(({ f, c }) => {
          const Card = cardOf(f, c);
          return (
            <Suspense key={c.key} fallback={<Loader size="sm" role="status" aria-label={t('common.loading')} />}>
              <Card place={place} />
            </Suspense>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
