import type { CodeMapTargets } from '@razem/seeds';
import type { PreparedLayout } from '../file-layouts.js';

/**
 * The layout's map from a partner's own codes to the hub's values for one coded field, in the
 * layout's order (errors list the allowed codes in it). prepareLayout has checked it is there.
 */
export function codeMap<T extends string = string>(layout: PreparedLayout, field: keyof CodeMapTargets): Readonly<Record<string, T>> {
  return (layout.codes[field] ?? {}) as Readonly<Record<string, T>>;
}

/** The partner's code for a hub value (the first one mapping to it), for messages such as "a passed exam (ZDAL)". */
export function partnerCodeFor(codes: Readonly<Record<string, unknown>>, value: unknown): string {
  return Object.keys(codes).find((code) => codes[code] === value) ?? String(value);
}
