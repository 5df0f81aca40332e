import { parseArgs } from 'node:util';
import { resolveHubSecret } from '../../config/secret.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../../modules/api-token/api-token.service.js';
import { checkRoleBinding, parseRole } from '../../modules/auth/role-binding.js';
import { cliViewer } from '../../modules/auth/viewer.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

const USAGE = 'hub token create --role ROLE [--partner CODE] [--name TEXT] | list | revoke ID';

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
        options: { role: { type: 'string' }, partner: { type: 'string' }, name: { type: 'string' } },
      });
      if (!values.role) throw new UsageError('--role is required.');
      let role;
      try {
        role = parseRole(values.role);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      return withDatabase(async ({ orm, config }) => {
        const em = orm.em.fork();
        const binding = await checkRoleBinding(em, role, values.partner);
        const secret = await resolveHubSecret({ configured: config.secret, dataDir: config.dataDir });
        const name = values.name ?? `${binding.partnerCode ?? binding.role.toLowerCase()} script`;
        const { token, record } = await createApiToken(em, { secret, binding, name, createdBy: cliViewer.name });
        process.stderr.write(
          `Created API token ${record.id} "${record.name}" (${record.role}${record.partnerCode ? ` ${record.partnerCode}` : ''}).\n` +
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
        const tokens = await listApiTokens(orm.em.fork());
        if (!tokens.length) {
          process.stdout.write('No API tokens.\n');
          return 0;
        }
        const rows = [
          ['id', 'name', 'role', 'partner', 'token', 'created', 'last used', 'status'],
          ...tokens.map((token) => [
            String(token.id),
            token.name,
            token.role,
            token.partnerCode ?? '-',
            `${token.prefix}…`,
            formatDate(token.createdAt),
            formatDate(token.lastUsedAt),
            token.revokedAt ? `revoked ${formatDate(token.revokedAt)}` : 'active',
          ]),
        ];
        const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
        for (const row of rows) process.stdout.write(`${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd()}\n`);
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
