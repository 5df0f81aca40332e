/**
 * A PostgreSQL array literal ('{1,2,NULL}', '{"a","b \\"c\\""}') for one bound parameter.
 * knex (under MikroORM) expands a JS array binding into a list of parameters, so bulk statements
 * (`insert … select * from unnest(?::int[], …)`) send each column as one literal instead.
 */
export function pgArray(values: readonly (string | number | boolean | null | undefined)[]): string {
  const items = values.map((value) => {
    if (value === null || value === undefined) return 'NULL';
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) throw new Error(`Cannot send ${value} to PostgreSQL.`);
      return String(value);
    }
    if (typeof value === 'boolean') return value ? 't' : 'f';
    return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  });
  return `{${items.join(',')}}`;
}
