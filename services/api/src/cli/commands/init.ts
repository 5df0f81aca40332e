import { migrateToLatest } from '../../database/migrate.js';
import { cliViewer } from '../../access/viewer.js';
import { applyShippedProgrammes, describeApplySummary } from '../../modules/programme/definition/programme-definition.service.js';
import { withDatabase, type CliCommand } from '../cli-command.js';

export const initCommand: CliCommand = {
  summary: 'migrate and apply every shipped programme definition (seeds/programmes/; no participants)',
  usage: 'hub init',
  async run() {
    return withDatabase(async ({ orm }) => {
      const applied = await migrateToLatest(orm);
      process.stdout.write(applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Database schema is up to date.\n');
      for (const summary of await applyShippedProgrammes({ em: orm.em.fork(), actor: cliViewer.name })) {
        process.stdout.write(`${describeApplySummary(summary)}\n`);
      }
      return 0;
    });
  },
};
