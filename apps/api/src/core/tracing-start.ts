// Imported first by main.ts: tracing (when configured) must wrap `http` and `pg` before anything loads them.
import { startTracing } from './tracing';

export const stopTracing = startTracing();
