import { SearchIndexes1796320000000 } from './1796320000000-SearchIndexes';
import { SearchGrams1796480700000 } from './1796480700000-SearchGrams';

/** The search module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [SearchIndexes1796320000000, SearchGrams1796480700000];
