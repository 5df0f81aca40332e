import { parseArgs } from 'node:util';
import { SYNTHETIC_SCALES, type SyntheticScale } from '@razem/seeds';
import { cliViewer } from '../../modules/auth/viewer.js';
import { seedHub } from '../../seeding/seed-hub.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

export const seedCommand: CliCommand = {
  summary: 'init, then load deterministic synthetic data through the partner importers (pilot: 100 participants; city: +10,000; region: +100,000)',
  usage: 'hub seed [--scale pilot|city|region]',
  async run(args) {
    const { values } = parseArgs({ args, options: { scale: { type: 'string', default: 'pilot' } } });
    if (!(SYNTHETIC_SCALES as readonly string[]).includes(values.scale)) {
      throw new UsageError(`Unknown scale ${JSON.stringify(values.scale)}: expected ${SYNTHETIC_SCALES.join(', ')}.`);
    }
    return withDatabase(async ({ orm, config }) => {
      const started = Date.now();
      const { reports, demo } = await seedHub({
        orm,
        config,
        scale: values.scale as SyntheticScale,
        viewer: cliViewer,
        log: (message) => process.stderr.write(`${message}\n`),
      });
      const rows = reports.reduce((total, report) => total + report.rowsRead, 0);
      process.stdout.write(
        `Seeded ${values.scale} scale: ${reports.length} files, ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
          'All participant data is SYNTHETIC.\n' +
          `Demo logins: ${demo.file}\n`,
      );
      return 0;
    });
  },
};
