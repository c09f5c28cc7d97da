import type { ReactNode } from 'react';

/**
 * A plain, accessible data table styled like Mantine's (styles.css, `.lal-table`), for first-route pages:
 * Mantine's Table carries Table.ScrollContainer → ScrollArea → @floating-ui (≈ 13 KB gzipped) into the entry bundle.
 * Pages loaded later may use Mantine's Table.
 */
export function DataTable({ minWidth, busy, caption, children }: { minWidth: number; busy?: boolean; caption?: string; children: ReactNode }) {
  return (
    <div className="lal-table-scroll">
      <table className="lal-table" style={{ minWidth }} aria-busy={busy || undefined}>
        {caption && <caption className="lal-visually-hidden">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}
