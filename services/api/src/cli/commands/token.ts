import { parseArgs } from 'node:util';
import { resolveHubSecret } from '../../config/secret.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../modules/api-token/api-token.service.js';
import { programmeScopeOf } from '../../modules/auth/programme-grants.service.js';
import { checkAccountBinding, parseRole } from '../../modules/auth/role-binding.js';
import { cliViewer } from '../../access/viewer.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';
import { alignColumns } from '../text-table.js';
import { programmesText } from './user.js';

const USAGE = 'hub token create --role ROLE [--partner CODE] [--programme CODE …] [--name TEXT] [--expires-in DAYS | --no-expiry] | list | revoke ID';

/** A script's token that nobody remembers should not work forever: 90 days unless asked otherwise. */
const DEFAULT_EXPIRY_DAYS = 90;
const MAX_EXPIRY_DAYS = 3650;

function expiryFrom(values: { 'expires-in'?: string; 'no-expiry'?: boolean }, now: Date): Date | null {
  if (values['no-expiry']) {
    if (values['expires-in'] !== undefined) throw new UsageError('Give either --expires-in or --no-expiry, not both.');
    return null;
  }
  const raw = values['expires-in'] ?? String(DEFAULT_EXPIRY_DAYS);
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_EXPIRY_DAYS) {
    throw new UsageError(`--expires-in takes a whole number of days from 1 to ${MAX_EXPIRY_DAYS}; got ${JSON.stringify(raw)}.`);
  }
  return new Date(now.getTime() + Number(raw) * 24 * 60 * 60 * 1000);
}

function statusOf(token: { revokedAt?: Date | null; expiresAt?: Date | null }, now: Date): string {
  if (token.revokedAt) return `revoked ${formatDate(token.revokedAt)}`;
  if (token.expiresAt && token.expiresAt <= now) return `expired ${formatDate(token.expiresAt)}`;
  return 'active';
}

function formatDate(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 16).replace('T', ' ') : '-';
}

export const tokenCommand: CliCommand = {
  summary: 'create an API token (printed once), list tokens, or revoke one',
  usage: USAGE,
  async run([action, ...args]) {
    if (action === 'create') {
      const { values } = parseArgs({
        args,
        options: {
          role: { type: 'string' },
          partner: { type: 'string' },
          programme: { type: 'string', multiple: true },
          name: { type: 'string' },
          'expires-in': { type: 'string' },
          'no-expiry': { type: 'boolean' },
        },
      });
      if (!values.role) throw new UsageError('--role is required.');
      const expiresAt = expiryFrom(values, new Date());
      let role;
      try {
        role = parseRole(values.role);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      return withDatabase(async ({ orm, config }) => {
        const em = orm.em.fork();
        const binding = await checkAccountBinding(em, { role, partnerCode: values.partner, programmes: values.programme ?? [] });
        const secret = await resolveHubSecret({ configured: config.secret, dataDir: config.dataDir });
        const name = values.name ?? `${binding.partnerCode ?? binding.role.toLowerCase()} script`;
        const { token, record } = await createApiToken(em, { secret, binding, name, createdBy: cliViewer.name, expiresAt });
        process.stderr.write(
          `Created API token ${record.id} "${record.name}" (${record.role}${record.partnerCode ? ` ${record.partnerCode}` : ''}) ${programmesText(binding.programmes)}, ` +
            `${expiresAt ? `valid until ${formatDate(expiresAt)} UTC` : 'never expiring'}.\n` +
            'It is shown only now: store it somewhere safe. Send it as "Authorization: Bearer <token>".\n',
        );
        // The token alone on stdout, so `TOKEN=$(npm run --silent hub -- token create …)` works.
        process.stdout.write(`${token}\n`);
        return 0;
      });
    }
    if (action === 'list') {
      if (args.length) throw new UsageError(`Unexpected arguments: ${args.join(' ')}.`);
      return withDatabase(async ({ orm }) => {
        const em = orm.em.fork();
        const tokens = await listApiTokens(em);
        const scopes = await Promise.all(tokens.map((token) => programmeScopeOf(em, { apiToken: token })));
        const now = new Date();
        if (!tokens.length) {
          process.stdout.write('No API tokens.\n');
          return 0;
        }
        const rows = [
          ['id', 'name', 'role', 'partner', 'programmes', 'token', 'created', 'last used', 'expires', 'status'],
          ...tokens.map((token, index) => [
            String(token.id),
            token.name,
            token.role,
            token.partnerCode ?? '-',
            scopes[index]?.join(',') || (scopes[index] ? '-' : 'all'),
            `${token.prefix}…`,
            formatDate(token.createdAt),
            formatDate(token.lastUsedAt),
            token.expiresAt ? formatDate(token.expiresAt) : 'never',
            statusOf(token, now),
          ]),
        ];
        for (const line of alignColumns(rows)) process.stdout.write(`${line.trimEnd()}\n`);
        return 0;
      });
    }
    if (action === 'revoke') {
      const [raw, ...rest] = args;
      if (!raw || rest.length || !/^\d+$/.test(raw)) throw new UsageError('Give the id of the token to revoke (see `hub token list`).');
      return withDatabase(async ({ orm }) => {
        const revoked = await revokeApiToken(orm.em.fork(), { id: Number(raw), revokedBy: cliViewer.name });
        process.stdout.write(revoked ? `Revoked API token ${raw}.\n` : `API token ${raw} was already revoked.\n`);
        return 0;
      });
    }
    throw new UsageError(`Unknown token action ${JSON.stringify(action ?? '')}.`);
  },
};
