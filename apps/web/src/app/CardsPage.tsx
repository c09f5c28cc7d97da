import { lazy, Suspense, useEffect, useMemo, useState, type ComponentType } from 'react';
import { Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../lib/session';
import { FEATURES } from './features';
import type { CardPlace, Feature, FeatureCard } from '../lib/feature';
import { loadFeatureStrings } from './i18n';
import { CardCountContext } from '../lib/card-count';

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
 * queue. Each card loads, fails and stays empty on its own; which cards a caller gets follows their permissions. Cards
 * say how much is waiting in them (useCardCount): those with something come first, in their order; those with nothing
 * fold into one line that names them and opens them on request (still loaded, so they come back when work arrives).
 */
export function CardsPage({ place, title, intro, empty }: { place: CardPlace; title: string; intro: string; empty: string }) {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const can = (p?: string) => !p || !!viewer?.permissions.includes(p);
  const [declared, setDeclared] = useState<Array<{ f: Feature; c: FeatureCard }> | null>(null);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [showEmpty, setShowEmpty] = useState(false);
  useEffect(() => {
    let live = true;
    void Promise.all(FEATURES.map(async (f) => ((await f.cards?.()) ?? []).map((c) => ({ f, c })))).then(
      (all) => live && setDeclared(all.flat()),
    );
    return () => {
      live = false;
    };
  }, []);
  const reporters = useMemo(() => new Map<string, (n: number) => void>(), []);
  const reporter = (key: string) => {
    let r = reporters.get(key);
    if (!r) {
      r = (n: number) => setCounts((all) => (all[key] === n ? all : { ...all, [key]: n }));
      reporters.set(key, r);
    }
    return r;
  };
  const shown = (declared ?? []).filter(({ c }) => c.places.includes(place) && can(c.permission) && !(c.hiddenWith && can(c.hiddenWith)));
  shown.sort((a, b) => a.c.order - b.c.order);
  const idle = shown.filter(({ c }) => counts[c.key] === 0);
  const busy = shown.filter(({ c }) => counts[c.key] !== 0);
  const render = ({ f, c }: { f: Feature; c: FeatureCard }) => {
    const Card = cardOf(f, c);
    return (
      <CardCountContext.Provider key={c.key} value={reporter(c.key)}>
        <Suspense fallback={<Loader size="sm" role="status" aria-label={t('common.loading')} />}>
          <Card place={place} />
        </Suspense>
      </CardCountContext.Provider>
    );
  };
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      <Text>{intro}</Text>
      {!declared && <Loader size="sm" role="status" aria-label={t('common.loading')} />}
      {declared && !shown.length && <Text c="dimmed">{empty}</Text>}
      <SimpleGrid cols={{ base: 1, lg: place === 'home' ? 2 : 1 }}>{busy.map(render)}</SimpleGrid>
      {idle.length > 0 && (
        <Group gap="xs" wrap="wrap">
          <Text c="dimmed">
            {t('home.nothingWaiting', { names: idle.map(({ c }) => (i18n.language === 'en' ? c.name.en : c.name.ko)).join(' · ') })}
          </Text>
          <Button variant="subtle" onClick={() => setShowEmpty((v) => !v)} aria-expanded={showEmpty}>
            {showEmpty ? t('home.hideEmpty') : t('home.showEmpty')}
          </Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, lg: place === 'home' ? 2 : 1 }} display={showEmpty ? undefined : 'none'}>
        {idle.map(render)}
      </SimpleGrid>
    </Stack>
  );
}
