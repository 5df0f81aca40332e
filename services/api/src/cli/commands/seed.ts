import { parseArgs } from 'node:util';
import { pilotProgramme, SYNTHETIC_SCALES, type SyntheticScale } from '@razem/seeds';
import { cliViewer } from '../../access/viewer.js';
import { seedHub } from '../../seeding/seed-hub.js';
import { findShippedProgramme, seedShippedProgramme } from '../../seeding/seed-programme.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

export const seedCommand: CliCommand = {
  summary:
    'init, then load deterministic synthetic data through the partner importers (pilot: 100 participants; city: +10,000; ' +
    'region: +100,000); --programme CODE loads any shipped programme (seeds/programmes/) with its synthetic files',
  usage: 'hub seed [--scale pilot|city|region] [--programme CODE]',
  async run(args) {
    const { values } = parseArgs({ args, options: { scale: { type: 'string', default: 'pilot' }, programme: { type: 'string' } } });
    if (!(SYNTHETIC_SCALES as readonly string[]).includes(values.scale)) {
      throw new UsageError(`Unknown scale ${JSON.stringify(values.scale)}: expected ${SYNTHETIC_SCALES.join(', ')}.`);
    }
    // The pilot keeps its own generator and scales: `--programme` with its code is plain `hub seed`.
    if (values.programme !== undefined && values.programme !== pilotProgramme.code) {
      if (values.scale !== 'pilot') throw new UsageError('--scale applies to the pilot only; give --programme or --scale, not both.');
      let definition;
      try {
        definition = findShippedProgramme(values.programme);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      return withDatabase(async ({ orm, config }) => {
        const started = Date.now();
        const { reports } = await seedShippedProgramme({ orm, config, definition, viewer: cliViewer, log: (message) => process.stderr.write(`${message}\n`) });
        const rows = reports.reduce((total, report) => total + report.rowsRead, 0);
        process.stdout.write(
          `Seeded ${definition.code}: ${reports.length} files, ${rows} rows in ${((Date.now() - started) / 1000).toFixed(1)} s. ` +
            'All participant data is SYNTHETIC.\n',
        );
        return 0;
      });
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
