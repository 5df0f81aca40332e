import { chmod, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/audit.service.js';
import { generatePassword, hashPassword } from '../auth/password.js';
import { grantProgrammeToUsers } from '../auth/programme-grants.service.js';
import { revokeUserSessions } from '../auth/session.service.js';
import { Role } from '../../access/viewer.js';
import { Partner } from '../partner/partner.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from './user.entity.js';

/** Where the demo passwords are written, inside HUB_DATA_DIR. */
export const DEMO_LOGINS_FILE = 'demo-logins.txt';

/** Demo accounts live under example.org's reserved domain: they can never be someone's real address. */
const DEMO_DOMAIN = 'demo.razem.example';

export interface DemoAccount {
  email: string;
  role: Role;
  partnerCode: string | null;
}

export interface DemoAccountsSummary {
  file: string;
  created: number;
  /** Accounts whose password was reset because the file had to be (re)written. */
  reset: number;
  /** True when everything was already in place and nothing changed. */
  unchanged: boolean;
  accounts: DemoAccount[];
}

/** The demo accounts of a programme: ADMIN, STEERING, EVALUATOR, and one PARTNER per partner. */
async function demoAccountsOf(em: EntityManager, programmeCode: string): Promise<DemoAccount[]> {
  const programme = await em.findOne(Programme, { code: programmeCode });
  if (!programme) throw new Error(`Programme ${programmeCode} is not loaded: demo accounts need its partners.`);
  const partners = await em.find(Partner, { programme }, { orderBy: { code: 'asc' } });
  return [
    { email: `admin@${DEMO_DOMAIN}`, role: Role.ADMIN, partnerCode: null },
    { email: `steering@${DEMO_DOMAIN}`, role: Role.STEERING, partnerCode: null },
    { email: `evaluator@${DEMO_DOMAIN}`, role: Role.EVALUATOR, partnerCode: null },
    ...partners.map((partner) => ({ email: `${partner.code.toLowerCase()}@${DEMO_DOMAIN}`, role: Role.PARTNER, partnerCode: partner.code })),
  ];
}

async function fileExists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

function renderLoginsFile(programmeCode: string, logins: { account: DemoAccount; password: string }[]): string {
  const width = Math.max(...logins.map(({ account }) => account.email.length));
  return [
    `# Razem Hub demo logins for ${programmeCode}, generated ${new Date().toISOString()}.`,
    '# The participant data they show is SYNTHETIC. Keep this file private (mode 0600); delete it and',
    '# run `hub seed` to get new passwords. Do not use these accounts with real data.',
    '#',
    '# role       partner  e-mail' + ' '.repeat(Math.max(1, width - 5)) + 'password',
    ...logins.map(
      ({ account, password }) =>
        `${account.role.padEnd(10)} ${(account.partnerCode ?? '-').padEnd(8)} ${account.email.padEnd(width)} ${password}`,
    ),
    '',
  ].join('\n');
}

/**
 * Creates the demo accounts (one per role, one PARTNER per partner of the programme) with fresh
 * random passwords written to HUB_DATA_DIR/demo-logins.txt (mode 0600). Idempotent: when every
 * account exists and the file is there, nothing changes. When the file is missing (or an account
 * is), passwords cannot be recovered from their hashes, so every demo password is reset and the
 * file rewritten (resetting also ends the accounts' sessions).
 */
export async function createDemoAccounts(options: {
  em: EntityManager;
  dataDir: string;
  programmeCode: string;
}): Promise<DemoAccountsSummary> {
  const file = path.join(options.dataDir, DEMO_LOGINS_FILE);
  const accounts = await demoAccountsOf(options.em, options.programmeCode);
  const existing = await options.em.find(User, { email: { $in: accounts.map((account) => account.email) } });
  const byEmail = new Map(existing.map((user) => [user.email, user]));
  const missing = accounts.filter((account) => !byEmail.has(account.email));
  if (missing.length === 0 && (await fileExists(file))) {
    await grantProgrammeToUsers(options.em, options.programmeCode, existing.map((user) => user.id));
    return { file, created: 0, reset: 0, unchanged: true, accounts };
  }

  const logins = await Promise.all(
    accounts.map(async (account) => {
      const password = generatePassword();
      return { account, password, passwordHash: await hashPassword(password) };
    }),
  );
  // The file is written first (beside, then renamed in): passwords are never reset without the
  // file that tells them, and a failed transaction leaves the old file in place.
  await mkdir(options.dataDir, { recursive: true });
  const pending = `${file}.${process.pid}.tmp`;
  await writeFile(pending, renderLoginsFile(options.programmeCode, logins), { mode: 0o600 });
  let created = 0;
  let reset = 0;
  try {
    await options.em.transactional(async (em) => {
      for (const { account, passwordHash } of logins) {
        const user = byEmail.get(account.email);
        // The demo ADMIN runs the whole hub; the other demo accounts are granted each programme seeded with them.
        const values = { passwordHash, role: account.role, partnerCode: account.partnerCode, demo: true, allProgrammes: account.role === Role.ADMIN };
        if (user) {
          await em.nativeUpdate(User, { id: user.id }, { ...values, disabledAt: null });
          await revokeUserSessions(em, user.id);
          reset += 1;
        } else {
          em.create(User, { email: account.email, ...values });
          created += 1;
        }
      }
      await em.flush();
      const ids = (await em.find(User, { email: { $in: accounts.map((account) => account.email) } }, { fields: ['id'] })).map((user) => user.id);
      await grantProgrammeToUsers(em, options.programmeCode, ids);
      recordAudit(em, {
        actor: 'system',
        action: 'user.demo_accounts',
        programmeCode: options.programmeCode,
        details: { created, reset, file },
      });
    });
  } catch (error) {
    await rm(pending, { force: true });
    throw error;
  }
  await rename(pending, file);
  // rename keeps the new file's 0600; chmod again in case a umask got in the way of writeFile's mode.
  await chmod(file, 0o600);
  return { file, created, reset, unchanged: false, accounts };
}
