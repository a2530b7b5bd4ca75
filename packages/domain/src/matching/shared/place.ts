import type { NamedPoint } from './types.ts';

/** A place's label for explanations, falling back to its coordinates. */
export function place(p: NamedPoint): string {
  return p.label ?? `${p.lat.toFixed(3)}, ${p.lon.toFixed(3)}`;
}
