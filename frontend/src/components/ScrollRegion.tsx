import type { ReactNode } from 'react';

/**
 * A wide table's horizontal scroller: focusable and named, so a keyboard user can scroll it
 * on a phone (axe: scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
