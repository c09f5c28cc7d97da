import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own region on a narrow screen (the page never does): the region is
 * focusable and named, so keyboard users can scroll it too (axe: scrollable-region-focusable).
 */
export function ScrollTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <div className="lal-table-scroll lal-scroll-region" role="region" aria-label={label} tabIndex={0}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
