import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOwnClusterHub, type OwnClusterHub } from '../test-support/own-cluster-hub.js';

/** A hub on a PostgreSQL of its own, which the test stops and starts again under it. */
describe('a database outage', () => {
  let own: OwnClusterHub;
  let base: string;
  let token: string;

  beforeAll(async () => {
    own = await startOwnClusterHub();
    ({ base, token } = own);
  });
  afterAll(() => own.close());

  const query = async () => {
    const started = performance.now();
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ programme(code: "RDR-PLOCK-2011") { activities { code } } }' }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown>, ms: performance.now() - started };
  };

  it('fails requests fast with a clear error while PostgreSQL is down, and recovers without a restart', async () => {
    const before = await query();
    expect(before.status).toBe(200);
    expect(((before.body.data as { programme: { activities: unknown[] } }).programme.activities)).toHaveLength(20);

    await own.stopDatabase();

    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'database unreachable' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const during = await query();
      expect(during.status).toBe(503);
      expect(during.body).toEqual({
        errors: [{ message: 'The database is unreachable at the moment; the hub keeps running — try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
      });
      expect(during.ms).toBeLessThan(5_000);
    }
    // An upload is answered the same way: 503, never a 500 or a batch left RUNNING.
    const upload = await fetch(`${base}/imports/mops-register?programme=RDR-PLOCK-2011`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
      body: 'kod_uczestnika;pesel;data_przystapienia;data_zakonczenia;powod_zakonczenia;status_na_rynku_pracy;wyksztalcenie\r\n',
    });
    expect(upload.status).toBe(503);
    expect(await upload.json()).toEqual({
      errors: [{ message: 'The database is unreachable at the moment; the hub keeps running — try again shortly.', extensions: { code: 'DATABASE_UNAVAILABLE' } }],
    });

    await own.startDatabase();
    let after = await query();
    for (let attempt = 0; attempt < 20 && after.status !== 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      after = await query();
    }
    expect(after.status).toBe(200);
    expect(((after.body.data as { programme: { activities: unknown[] } }).programme.activities)).toHaveLength(20);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
