import { ExampleNotes1799000000000 } from './1799000000000-ExampleNotes';

/** The example module's migrations (the composition root orders every module's by time). */
export const MIGRATIONS = [ExampleNotes1799000000000];
