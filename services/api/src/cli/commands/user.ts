import { parseArgs } from 'node:util';
import { User } from '../../modules/user/user.entity.js';
import { createUser, emailProblem, normaliseEmail } from '../../modules/user/user.service.js';
import { recordAudit } from '../../modules/audit/audit.service.js';
import { generatePassword, passwordProblem } from '../../modules/auth/password.js';
import { programmeScopeOf } from '../../modules/auth/programme-grants.service.js';
import { checkAccountBinding, parseRole } from '../../modules/auth/role-binding.js';
import { revokeUserSessions } from '../../modules/auth/session.service.js';
import { cliViewer } from '../../access/viewer.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

/** Reads a line from the terminal without echoing it. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    let value = '';
    const finish = () => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
    };
    function onData(chunk: string) {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (character === '\u0003' || character === '\u0004') {
          finish();
          reject(new Error('Cancelled.'));
          return;
        }
        if (character === '\u007f' || character === '\b') value = value.slice(0, -1);
        else value += character;
      }
    }
    stdin.on('data', onData);
  });
}

/** Asks twice on a terminal; empty answer means "generate one". */
async function askPassword(): Promise<string | null> {
  const first = await readHidden('Password (at least 12 characters; leave empty to generate one): ');
  if (first === '') return null;
  const problem = passwordProblem(first);
  if (problem) throw new Error(problem);
  if ((await readHidden('Repeat the password: ')) !== first) throw new Error('The two passwords differ.');
  return first;
}

/** "in every programme" or "in A, B": how accounts' programmes read on the command line. */
export function programmesText(programmes: readonly string[] | undefined): string {
  if (programmes === undefined) return 'in every programme';
  return programmes.length ? `in ${programmes.join(', ')}` : 'in no programme';
}

const USAGE = 'hub user create --email E --role ROLE [--partner CODE] [--programme CODE …] | list | disable --email E';

export const userCommand: CliCommand = {
  summary: 'create a dashboard user (asks for a password on a terminal, else generates one), list or disable users',
  usage: USAGE,
  async run([action, ...args]) {
    if (action === 'create') {
      const { values } = parseArgs({
        args,
        options: {
          email: { type: 'string' },
          role: { type: 'string' },
          partner: { type: 'string' },
          programme: { type: 'string', multiple: true },
          'generate-password': { type: 'boolean', default: false },
        },
      });
      if (!values.email) throw new UsageError('--email is required.');
      if (!values.role) throw new UsageError('--role is required.');
      const email = normaliseEmail(values.email);
      const emailIssue = emailProblem(email);
      if (emailIssue) throw new UsageError(emailIssue);
      let role;
      try {
        role = parseRole(values.role);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      return withDatabase(async ({ orm }) => {
        const em = orm.em.fork();
        const binding = await checkAccountBinding(em, { role, partnerCode: values.partner, programmes: values.programme ?? [] });
        if (await em.count(User, { email })) throw new Error(`A user with the e-mail ${email} already exists.`);
        const typed = process.stdin.isTTY && !values['generate-password'] ? await askPassword() : null;
        const password = typed ?? generatePassword();
        const user = await createUser(em, { email, password, binding });
        recordAudit(em, {
          actor: cliViewer.name,
          action: 'user.create',
          entityType: 'user',
          entityKey: user.email,
          details: { role: user.role, partner: user.partnerCode ?? null, programmes: binding.programmes ?? 'ALL' },
        });
        await em.flush();
        process.stderr.write(`Created user ${user.email} (${user.role}${user.partnerCode ? ` ${user.partnerCode}` : ''}) ${programmesText(binding.programmes)}.\n`);
        if (!typed) {
          process.stderr.write('Generated password, shown only now:\n');
          process.stdout.write(`${password}\n`);
        }
        return 0;
      });
    }
    if (action === 'list') {
      return withDatabase(async ({ orm }) => {
        const em = orm.em.fork();
        const users = await em.find(User, {}, { orderBy: { email: 'asc' } });
        if (!users.length) process.stdout.write('No users.\n');
        for (const user of users) {
          const flags = [user.demo ? 'demo' : '', user.disabledAt ? 'disabled' : ''].filter(Boolean).join(', ');
          const programmes = programmesText(await programmeScopeOf(em, { user }));
          process.stdout.write(`${user.email}  ${user.role}${user.partnerCode ? ` ${user.partnerCode}` : ''}  ${programmes}${flags ? `  (${flags})` : ''}\n`);
        }
        return 0;
      });
    }
    if (action === 'disable') {
      const { values } = parseArgs({ args, options: { email: { type: 'string' } } });
      if (!values.email) throw new UsageError('--email is required.');
      const email = normaliseEmail(values.email);
      return withDatabase(async ({ orm }) => {
        const em = orm.em.fork();
        const user = await em.findOne(User, { email });
        if (!user) throw new Error(`There is no user with the e-mail ${email}.`);
        user.disabledAt ??= new Date();
        const sessions = await revokeUserSessions(em, user.id);
        recordAudit(em, { actor: cliViewer.name, action: 'user.disable', entityType: 'user', entityKey: email, details: { sessions } });
        await em.flush();
        process.stdout.write(`Disabled ${email}; ended ${sessions} session${sessions === 1 ? '' : 's'}.\n`);
        return 0;
      });
    }
    throw new UsageError(`Unknown user action ${JSON.stringify(action ?? '')}.`);
  },
};
