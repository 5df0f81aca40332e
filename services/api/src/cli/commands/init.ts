import { pilotProgramme } from '@razem/seeds';
import { migrateToLatest } from '../../database/migrate.js';
import { loadProgrammeStructure } from '../../modules/programme/programme-structure.service.js';
import { withDatabase, type CliCommand } from '../cli-command.js';

export const initCommand: CliCommand = {
  summary: 'migrate and load the pilot programme\'s structure (no participants)',
  usage: 'hub init',
  async run() {
    return withDatabase(async ({ orm }) => {
      const applied = await migrateToLatest(orm);
      process.stdout.write(applied.length ? `Applied migrations: ${applied.join(', ')}\n` : 'Database schema is up to date.\n');
      const summary = await loadProgrammeStructure({ em: orm.em.fork(), definition: pilotProgramme, actor: 'cli' });
      process.stdout.write(
        `Programme ${summary.programme}: ${summary.created} created, ${summary.updated} updated, ${summary.unchanged} unchanged.\n`,
      );
      return 0;
    });
  },
};
