/** A category's colour as a small square. Decorative: the category's name is always written beside it. */
import type { CSSProperties } from 'react';

export function CategorySwatch({ colour }: { colour: string | undefined }) {
  return (
    <span className="swatch" aria-hidden="true" style={{ '--cat': colour ?? '#888888' } as CSSProperties} />
  );
}
