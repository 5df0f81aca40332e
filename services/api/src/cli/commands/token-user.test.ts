import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiToken } from '../../modules/api-token/api-token.entity.js';
import { hashApiToken, viewerForApiToken } from '../../modules/api-token/api-token.service.js';
import { AuditEntry } from '../../modules/audit/audit-entry.entity.js';
import { logIn } from '../../modules/auth/login.service.js';
import { User } from '../../modules/user/user.entity.js';
import { createTestHub, TEST_HUB_SECRET, type TestHub } from '../../test-support/test-hub.js';
import { runCliCommand } from '../../test-support/run-cli-command.js';
import { tokenCommand } from './token.js';
import { userCommand } from './user.js';

/**
 * `hub token …` and `hub user …` against a real database: the commands read DATABASE_URL and
 * HUB_SECRET like the installed tool does.
 */
describe('hub token and hub user', () => {
  let testHub: TestHub;
  const saved = { ...process.env };

  const run = runCliCommand;

  beforeAll(async () => {
    testHub = await createTestHub();
    process.env.DATABASE_URL = testHub.database.url;
    process.env.HUB_SECRET = TEST_HUB_SECRET;
    process.env.HUB_DATA_DIR = '/nonexistent';
  });
  afterAll(async () => {
    process.env = saved;
    await testHub.close();
  });

  it('token create prints the token once on stdout and stores only its keyed hash', async () => {
    const { code, stdout, stderr } = await run(tokenCommand, ['create', '--role', 'partner', '--partner', 'cisi', '--programme', 'RDR-PLOCK-2011', '--name', 'CISI uploads']);
    expect(code).toBe(0);
    const token = stdout.trim();
    expect(token).toMatch(/^rzh_[A-Za-z0-9_-]{43}$/);
    expect(stderr).toContain('Created API token 1 "CISI uploads" (PARTNER CISI) in RDR-PLOCK-2011, valid until ');
    const stored = await testHub.database.orm.em.fork().findOneOrFail(ApiToken, { id: 1 });
    expect(stored).toMatchObject({ name: 'CISI uploads', role: 'PARTNER', partnerCode: 'CISI', prefix: token.slice(0, 12), createdBy: 'cli' });
    expect(stored.tokenHash).toBe(hashApiToken(TEST_HUB_SECRET, token));
    // 90 days unless told otherwise.
    expect(Math.round((stored.expiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(90);
    expect(await viewerForApiToken(testHub.database.orm.em.fork(), { secret: TEST_HUB_SECRET, token })).toMatchObject({
      kind: 'token',
      role: 'PARTNER',
      partnerCode: 'CISI',
      programmes: ['RDR-PLOCK-2011'],
      tokenId: 1,
    });
  });

  it('token create refuses a PARTNER without a known partner, a partner on another role, and a non-ADMIN without a known programme', async () => {
    await expect(run(tokenCommand, ['create', '--role', 'PARTNER'])).rejects.toThrow('The PARTNER role needs --partner CODE (e.g. MOPS, CISI, ZDZ).');
    await expect(run(tokenCommand, ['create', '--role', 'PARTNER', '--partner', 'PUP', '--programme', 'RDR-PLOCK-2011'])).rejects.toThrow(
      'Unknown partner PUP: expected one of CISI, MOPS, ZDZ.',
    );
    await expect(run(tokenCommand, ['create', '--role', 'EVALUATOR', '--partner', 'MOPS'])).rejects.toThrow(
      'Only the PARTNER role is bound to a partner; drop --partner for EVALUATOR.',
    );
    await expect(run(tokenCommand, ['create', '--role', 'STEERING'])).rejects.toThrow(
      'The STEERING role is granted per programme: give --programme CODE (repeat it for several).',
    );
    await expect(run(tokenCommand, ['create', '--role', 'STEERING', '--programme', 'NOPE'])).rejects.toThrow(
      'Unknown programme "NOPE": expected one of RDR-PLOCK-2011.',
    );
    await expect(run(userCommand, ['create', '--email', 'x@example.org', '--role', 'EVALUATOR'])).rejects.toThrow(
      'The EVALUATOR role is granted per programme: give --programme CODE (repeat it for several).',
    );
    await expect(run(tokenCommand, ['create', '--role', 'ROOT'])).rejects.toThrow(
      'Unknown role "ROOT": expected one of ADMIN, STEERING, PARTNER, EVALUATOR.',
    );
  });

  it('token list shows tokens without their secret; token revoke stops the token working', async () => {
    const created = await run(tokenCommand, ['create', '--role', 'EVALUATOR', '--programme', 'RDR-PLOCK-2011', '--name', 'evaluation']);
    const token = created.stdout.trim();
    const list = await run(tokenCommand, ['list']);
    expect(list.stdout).toMatch(/^id\s+name\s+role\s+partner\s+programmes\s+token\s+created\s+last used\s+expires\s+status\n/);
    expect(list.stdout).toContain(`${token.slice(0, 12)}…`);
    expect(list.stdout).not.toContain(token);

    const id = String((await testHub.database.orm.em.fork().findOneOrFail(ApiToken, { name: 'evaluation' })).id);
    expect(await run(tokenCommand, ['revoke', id])).toMatchObject({ code: 0, stdout: `Revoked API token ${id}.\n` });
    expect(await run(tokenCommand, ['revoke', id])).toMatchObject({ code: 0, stdout: `API token ${id} was already revoked.\n` });
    expect(await viewerForApiToken(testHub.database.orm.em.fork(), { secret: TEST_HUB_SECRET, token })).toBeNull();
    expect((await run(tokenCommand, ['list'])).stdout).toMatch(new RegExp(`^${id}\\s.*revoked \\d{4}-`, 'm'));
    const audit = await testHub.database.orm.em.fork().find(AuditEntry, { action: { $like: 'token.%' } }, { orderBy: { id: 'asc' } });
    expect(audit.map((entry) => [entry.actor, entry.action])).toEqual([
      ['cli', 'token.create'],
      ['cli', 'token.create'],
      ['cli', 'token.revoke'],
    ]);
  });

  it('token create takes --expires-in DAYS or --no-expiry; an expired token stops working and lists as expired', async () => {
    const forAWeek = await run(tokenCommand, ['create', '--role', 'STEERING', '--programme', 'RDR-PLOCK-2011', '--name', 'a week', '--expires-in', '7']);
    const weekId = /Created API token (\d+)/.exec(forAWeek.stderr)![1]!;
    const weekToken = await testHub.database.orm.em.fork().findOneOrFail(ApiToken, { id: Number(weekId) });
    expect(Math.round((weekToken.expiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(7);

    const forever = await run(tokenCommand, ['create', '--role', 'ADMIN', '--name', 'forever', '--no-expiry']);
    expect(forever.stderr).toContain('"forever" (ADMIN) in every programme, never expiring.');
    const foreverId = Number(/Created API token (\d+)/.exec(forever.stderr)![1]);
    expect((await testHub.database.orm.em.fork().findOneOrFail(ApiToken, { id: foreverId })).expiresAt).toBeNull();

    // The week passes.
    await testHub.database.orm.em.fork().nativeUpdate(ApiToken, { id: Number(weekId) }, { expiresAt: new Date(Date.now() - 1000) });
    expect(await viewerForApiToken(testHub.database.orm.em.fork(), { secret: TEST_HUB_SECRET, token: forAWeek.stdout.trim() })).toBeNull();
    expect(await viewerForApiToken(testHub.database.orm.em.fork(), { secret: TEST_HUB_SECRET, token: forever.stdout.trim() })).toMatchObject({ role: 'ADMIN' });
    const list = (await run(tokenCommand, ['list'])).stdout;
    expect(list).toMatch(new RegExp(`^${weekId}\\s.*expired \\d{4}-`, 'm'));
    expect(list).toMatch(new RegExp(`^${foreverId}\\s.*never\\s+active$`, 'm'));

    for (const days of ['0', '3651', 'soon']) {
      await expect(run(tokenCommand, ['create', '--role', 'STEERING', '--programme', 'RDR-PLOCK-2011', '--expires-in', days])).rejects.toThrow(
        `--expires-in takes a whole number of days from 1 to 3650; got "${days}".`,
      );
    }
    await expect(run(tokenCommand, ['create', '--role', 'STEERING', '--expires-in', '5', '--no-expiry'])).rejects.toThrow(
      'Give either --expires-in or --no-expiry, not both.',
    );
  });

  it('user create without a terminal generates a password, prints it once, and it signs in', async () => {
    const { code, stdout, stderr } = await run(userCommand, ['create', '--email', 'Anna@Example.org', '--role', 'STEERING', '--programme', 'RDR-PLOCK-2011']);
    expect(code).toBe(0);
    expect(stderr).toContain('Created user anna@example.org (STEERING) in RDR-PLOCK-2011.');
    const password = stdout.trim();
    expect(password).toMatch(/^[a-zA-Z2-9]{20}$/);
    const outcome = await logIn(testHub.database.orm.em.fork(), { email: 'anna@example.org', password, ip: null });
    expect(outcome.viewer).toMatchObject({ role: 'STEERING', partnerCode: null, programmes: ['RDR-PLOCK-2011'] });
    await expect(run(userCommand, ['create', '--email', 'anna@example.org', '--role', 'ADMIN'])).rejects.toThrow(
      'A user with the e-mail anna@example.org already exists.',
    );
  });

  it('user disable ends the account\'s sessions and stops it signing in', async () => {
    await run(userCommand, ['create', '--email', 'zdz-staff@example.org', '--role', 'PARTNER', '--partner', 'ZDZ', '--programme', 'RDR-PLOCK-2011']);
    const user = await testHub.database.orm.em.fork().findOneOrFail(User, { email: 'zdz-staff@example.org' });
    expect(user.partnerCode).toBe('ZDZ');
    const { stdout } = await run(userCommand, ['disable', '--email', 'zdz-staff@example.org']);
    expect(stdout).toBe('Disabled zdz-staff@example.org; ended 0 sessions.\n');
    expect((await run(userCommand, ['list'])).stdout).toContain('zdz-staff@example.org  PARTNER ZDZ  in RDR-PLOCK-2011  (disabled)');
  });
});
