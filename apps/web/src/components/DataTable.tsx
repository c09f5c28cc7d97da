import type { CSSProperties, ReactNode } from 'react';

/**
 * A plain, accessible data table styled like Mantine's (styles.css, `.lal-table`), for first-route pages:
 * Mantine's Table carries Table.ScrollContainer → ScrollArea → @floating-ui (≈ 13 KB gzipped) into the entry bundle.
 * Pages loaded later may use Mantine's Table.
 *
 * `stack`: on a phone each row becomes a card of "header: value" lines (each cell names its column in `data-label`),
 * instead of a table scrolled sideways.
 */
export function DataTable(props: {
  minWidth: number;
  busy?: boolean;
  caption?: string;
  stack?: boolean;
  striped?: boolean;
  children: ReactNode;
}) {
  const { minWidth, busy, caption, stack, striped = true, children } = props;
  const className = ['lal-table', stack && 'lal-stack', striped && 'lal-striped'].filter(Boolean).join(' ');
  return (
    // Scrolled sideways on a narrow screen (unless stacked): focusable and named, so a keyboard scrolls it too.
    <div className="lal-table-scroll" {...(stack ? {} : { tabIndex: 0, role: caption ? 'region' : undefined, 'aria-label': caption })}>
      <table className={className} style={{ '--lal-min-width': `${minWidth}px` } as CSSProperties} aria-busy={busy || undefined}>
        {caption && <caption className="lal-visually-hidden">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}
