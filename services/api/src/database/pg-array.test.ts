import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { pgArray } from './pg-array.js';

describe('PostgreSQL array literals', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.destroy());

  it('round-trip text with quotes, backslashes, commas, braces, Polish letters and NULLs', async () => {
    const texts = ['zwykły', 'z "cudzysłowem"', 'back\\slash', 'a,b', '{klamry}', '', null, 'NULL', 'Żółć; Łódź'];
    const rows = await database.orm.em
      .getConnection()
      .execute('select t.value from unnest(?::text[]) with ordinality as t(value, position) order by position', [pgArray(texts)]);
    expect((rows as { value: string | null }[]).map((row) => row.value)).toEqual(texts);
  });

  it('round-trip numbers, dates and booleans', async () => {
    const [row] = await database.orm.em
      .getConnection()
      .execute('select ?::numeric[] as n, ?::date[] as d, ?::bool[] as b', [
        pgArray([1.5, 0.8333, null]),
        pgArray(['2011-09-01', '2012-11-30']),
        pgArray([true, false]),
      ]);
    expect(row).toEqual({ n: [1.5, 0.8333, null], d: ['2011-09-01', '2012-11-30'], b: [true, false] });
  });
});
