import type { ValueTransformer } from 'typeorm';

/** A `numeric` column read as a JS number (pg returns numeric as text to keep its precision; these are small decimals). */
export const NUMERIC: ValueTransformer = {
  to: (v: number | null) => v,
  from: (v: string | number | null) => (v === null ? null : Number(v)),
};
