import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { logIn } from '../auth/login.service.js';
import { User } from './user.entity.js';
import { createDemoAccounts } from './demo-accounts.service.js';

/** The (e-mail, password) pairs in a demo-logins file. */
function parseLogins(text: string): Map<string, string> {
  return new Map(
    text
      .split('\n')
      .filter((line) => line && !line.startsWith('#'))
      .map((line) => {
        const [, , email, password] = line.split(/\s+/);
        return [email!, password!];
      }),
  );
}

describe('demo accounts', () => {
  let testHub: TestHub;
  let dataDir: string;
  beforeAll(async () => {
    testHub = await createTestHub();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'razem-demo-'));
  });
  afterAll(async () => {
    await testHub.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  const create = () => createDemoAccounts({ em: testHub.database.orm.em.fork(), dataDir, programmeCode: 'RDR-PLOCK-2011' });

  it('creates one account per role and one PARTNER per partner, with passwords in a 0600 file that work', async () => {
    const summary = await create();
    expect(summary).toMatchObject({ file: path.join(dataDir, 'demo-logins.txt'), created: 6, reset: 0, unchanged: false });
    expect((await stat(summary.file)).mode & 0o777).toBe(0o600);
    const users = await testHub.database.orm.em.fork().find(User, {}, { orderBy: { email: 'asc' } });
    expect(users.map((user) => [user.email, user.role, user.partnerCode ?? null, user.demo])).toEqual([
      ['admin@demo.razem.example', 'ADMIN', null, true],
      ['cisi@demo.razem.example', 'PARTNER', 'CISI', true],
      ['evaluator@demo.razem.example', 'EVALUATOR', null, true],
      ['mops@demo.razem.example', 'PARTNER', 'MOPS', true],
      ['steering@demo.razem.example', 'STEERING', null, true],
      ['zdz@demo.razem.example', 'PARTNER', 'ZDZ', true],
    ]);
    const text = await readFile(summary.file, 'utf8');
    expect(text).toContain('SYNTHETIC');
    const logins = parseLogins(text);
    expect([...logins.keys()].sort()).toEqual(users.map((user) => user.email));
    for (const [email, password] of logins) {
      expect(password).toMatch(/^[a-zA-Z2-9]{20}$/);
      const outcome = await logIn(testHub.database.orm.em.fork(), { email, password, ip: null });
      expect(outcome.viewer.name).toBe(email);
    }
  });

  it('changes nothing when the accounts and the file are there', async () => {
    const before = await readFile(path.join(dataDir, 'demo-logins.txt'), 'utf8');
    expect(await create()).toMatchObject({ created: 0, reset: 0, unchanged: true });
    expect(await readFile(path.join(dataDir, 'demo-logins.txt'), 'utf8')).toBe(before);
  });

  it('resets the passwords and rewrites the file when the file is gone', async () => {
    const file = path.join(dataDir, 'demo-logins.txt');
    const old = parseLogins(await readFile(file, 'utf8'));
    await rm(file);
    expect(await create()).toMatchObject({ created: 0, reset: 6, unchanged: false });
    const renewed = parseLogins(await readFile(file, 'utf8'));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const email = 'mops@demo.razem.example';
    expect(renewed.get(email)).not.toBe(old.get(email));
    await expect(logIn(testHub.database.orm.em.fork(), { email, password: old.get(email)!, ip: null })).rejects.toMatchObject({
      extensions: { code: 'INVALID_CREDENTIALS' },
    });
    expect((await logIn(testHub.database.orm.em.fork(), { email, password: renewed.get(email)!, ip: null })).viewer.partnerCode).toBe('MOPS');
  });
});
