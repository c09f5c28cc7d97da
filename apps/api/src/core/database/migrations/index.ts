/** Every migration in order. `npm run migration:generate -- Name` adds one here. */
import type { MigrationInterface } from 'typeorm';
import { Foundation1795553957124 } from './1795553957124-Foundation';
export const MIGRATIONS: Array<new () => MigrationInterface> = [Foundation1795553957124];
