import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * A piece of SQL with its bound values, composable without string-pasting values: `sql` keeps
 * every interpolated value as a `?` parameter (knex's placeholder) and splices nested fragments.
 */
export class SqlFragment {
  constructor(
    readonly text: string,
    readonly values: readonly unknown[],
  ) {}
}

/** Tagged template: sql`select * from t where id = ${id} and ${otherFragment}`. */
export function sql(strings: TemplateStringsArray, ...parts: unknown[]): SqlFragment {
  let text = strings[0]!;
  const values: unknown[] = [];
  parts.forEach((part, index) => {
    if (part instanceof SqlFragment) {
      text += part.text;
      values.push(...part.values);
    } else {
      text += '?';
      values.push(part);
    }
    text += strings[index + 1]!;
  });
  return new SqlFragment(text, values);
}

/** Trusted SQL text (identifiers and keywords from the code, never from input). */
export function rawSql(text: string): SqlFragment {
  if (text.includes('?')) throw new Error('Raw SQL may not contain "?": it is the parameter placeholder.');
  return new SqlFragment(text, []);
}

/** Fragments joined with a separator. */
export function joinSql(fragments: readonly SqlFragment[], separator = ', '): SqlFragment {
  return new SqlFragment(
    fragments.map((fragment) => fragment.text).join(separator),
    fragments.flatMap((fragment) => fragment.values),
  );
}

/** Runs a fragment on the EntityManager's connection, inside its transaction when it has one. */
export async function runSql<T = Record<string, unknown>>(em: EntityManager, fragment: SqlFragment): Promise<T[]> {
  return em.getConnection().execute(fragment.text, [...fragment.values], 'all', em.getTransactionContext()) as Promise<T[]>;
}

/** Runs a data-changing fragment and returns how many rows it touched. */
export async function runSqlCount(em: EntityManager, fragment: SqlFragment): Promise<number> {
  const result = (await em
    .getConnection()
    .execute(fragment.text, [...fragment.values], 'run', em.getTransactionContext())) as { affectedRows?: number; rowCount?: number };
  return result.affectedRows ?? result.rowCount ?? 0;
}

/**
 * A list of values as one bound Postgres array (`type[]`), e.g. for `= any(…)`: bound as an array
 * literal (every element quoted and escaped), as the driver would otherwise spread a JS array into a
 * comma list of parameters. The planner sees its values, so `= any(…)` on an indexed column uses the index.
 */
export function sqlArray(values: readonly (number | string)[], type: 'int' | 'date' | 'text'): SqlFragment {
  const literal = `{${values.map((value) => `"${String(value).replace(/[\\"]/g, (character) => `\\${character}`)}"`).join(',')}}`;
  return sql`${literal}::${rawSql(type)}[]`;
}
