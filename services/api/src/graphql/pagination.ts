import { Field, ObjectType } from 'type-graphql';
import { badUserInputError } from '../access/auth-errors.js';

@ObjectType({ description: 'Where a page ends and whether more follow (cursor pagination: pass endCursor as `after`).' })
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page; null for an empty page.' })
  endCursor!: string | null;

  @Field(() => Boolean, { description: 'True when another page follows.' })
  hasNextPage!: boolean;
}

/** For a page's `nodes` field: the page's `first` already multiplied the cost (security/query-cost.ts). */
export const passThroughComplexity = ({ childComplexity }: { childComplexity: number }): number => childComplexity;

/**
 * The page size asked for, checked against its cap. Over the cap is an error, not a silent
 * clamp: a client that asked for 1,000 and got 100 would think it had everything.
 */
export function readPageSize(first: number | null | undefined, limits: { default: number; max: number }): number {
  if (first === null || first === undefined) return limits.default;
  if (!Number.isInteger(first) || first < 1 || first > limits.max) {
    throw badUserInputError(`\`first\` must be a whole number from 1 to ${limits.max}; got ${first}.`, 'first');
  }
  return first;
}

/** Cursors are opaque to clients (base64url of a kind and a key) so their form can change. */
export function encodeCursor(kind: string, key: string | number): string {
  return Buffer.from(`${kind}:${key}`, 'utf8').toString('base64url');
}

/** The key inside a cursor of `kind`; BAD_USER_INPUT for anything else. */
export function decodeCursor(kind: string, cursor: string | null | undefined): string | null {
  if (cursor === null || cursor === undefined) return null;
  const decoded = /^[A-Za-z0-9_-]{1,400}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!decoded.startsWith(`${kind}:`)) throw badUserInputError('`after` is not a cursor this list gave out.', 'after');
  return decoded.slice(kind.length + 1);
}
