/** Every migration in order. `npm run migration:generate -- Name` adds one here. */
import { Foundation1795553957124 } from './1795553957124-Foundation';
export const MIGRATIONS: Function[] = [Foundation1795553957124];
