import { TextChannel1796480500000 } from './1796480500000-TextChannel';
import { TextsNotSent1796480400000 } from './1796480400000-TextsNotSent';
import { MessageCount1796480250000 } from './1796480250000-MessageCount';
import { TextMessages1796480200000 } from './1796480200000-TextMessages';
/** The messaging module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [TextMessages1796480200000, MessageCount1796480250000, TextsNotSent1796480400000, TextChannel1796480500000];
