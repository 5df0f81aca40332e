import { parseArgs } from 'node:util';
import { refreshRollupsUnderImportLock } from '../../modules/imports/import-locks.js';
import { Programme } from '../../modules/programme/programme.entity.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

/**
 * `hub analytics rebuild`: the repair command. Imports and other writes keep the analytics rollups up
 * to date incrementally; this rebuilds them whole from the base tables (all programmes, or one).
 * `hub analytics refresh` applies only what writes left pending (what a writer that did not refresh
 * itself leaves behind).
 */
export const analyticsCommand: CliCommand = {
  summary: 'rebuild the analytics rollups and cubes from the base tables (repair), or refresh what writes left pending',
  usage: 'hub analytics rebuild|refresh [--programme CODE]',
  async run(args) {
    const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { programme: { type: 'string' } } });
    const [action] = positionals;
    if (positionals.length !== 1 || (action !== 'rebuild' && action !== 'refresh')) {
      throw new UsageError('Say what to do: rebuild (everything, from the base tables) or refresh (only what changed).');
    }
    return withDatabase(async ({ orm }) => {
      const em = orm.em.fork();
      const programmes = await em.find(Programme, values.programme ? { code: values.programme } : {}, { orderBy: { code: 'asc' } });
      if (values.programme && !programmes.length) throw new UsageError(`Unknown programme ${JSON.stringify(values.programme)}.`);
      for (const programme of programmes) {
        const started = Date.now();
        const summary = await refreshRollupsUnderImportLock(orm.em.fork(), programme.id, { force: action === 'rebuild' });
        const register = summary.register === 'INCREMENTAL' ? `, ${summary.registerParticipants} in the register cube` : '';
        const what =
          summary.mode === 'FRESH'
            ? 'already up to date'
            : summary.mode === 'REBUILD'
              ? `rebuilt (${summary.rows} rollup rows)`
              : `${summary.participants} participants refreshed${register}`;
        process.stdout.write(`${programme.code}: ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
      }
      return 0;
    });
  },
};
