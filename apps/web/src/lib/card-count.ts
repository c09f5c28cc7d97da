import { createContext, useContext, useEffect } from 'react';

/** How a card on a page of cards (CardsPage) tells it how much is waiting in it: 0 folds it into the "nothing waiting" line. */
export const CardCountContext = createContext<((count: number) => void) | null>(null);

/** Called by a card with what is waiting in it once its data has arrived (undefined while loading: nothing is said). */
export function useCardCount(count: number | undefined): void {
  const report = useContext(CardCountContext);
  useEffect(() => {
    if (report && count !== undefined) report(count);
  }, [report, count]);
}
