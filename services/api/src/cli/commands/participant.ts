import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { pilotProgramme } from '@razem/seeds';
import { cliViewer } from '../../access/viewer.js';
import { CorrectionRefused } from '../../modules/corrections/correction-errors.js';
import { eraseParticipant } from '../../modules/corrections/erase-participant.service.js';
import { reportParticipant } from '../../modules/corrections/participant-report.service.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

const USAGE = 'hub participant erase --code CODE [--programme CODE] | report --code CODE [--programme CODE]';

/** Asks on a terminal; otherwise reads the first line of standard input. Only "yes" confirms. */
async function confirmed(question: string): Promise<boolean> {
  const lines = createInterface({ input: process.stdin, output: process.stdin.isTTY ? process.stderr : undefined, terminal: process.stdin.isTTY });
  try {
    if (process.stdin.isTTY) return (await lines.question(question)).trim() === 'yes';
    for await (const line of lines) return line.trim() === 'yes';
    return false;
  } finally {
    lines.close();
  }
}

export const participantCommand: CliCommand = {
  summary: 'erase a person everywhere (GDPR art. 17; confirm with yes) or print everything stored about them as JSON (art. 15)',
  usage: USAGE,
  async run(args) {
    const [action, ...rest] = args;
    if (action !== 'erase' && action !== 'report') throw new UsageError('Say erase or report.');
    const { values } = parseArgs({ args: rest, options: { code: { type: 'string' }, programme: { type: 'string', default: pilotProgramme.code } } });
    if (!values.code) throw new UsageError('--code is required (the participant\'s programme code, e.g. RDR-007).');
    const code = values.code.trim();
    return withDatabase(async ({ orm }) => {
      try {
        if (action === 'report') {
          const report = await reportParticipant({ em: orm.em.fork(), programmeCode: values.programme, code, viewer: cliViewer });
          process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
          return 0;
        }
        const question =
          `This deletes every record of ${code} in ${values.programme} at every partner, for good (a backup still holds them).\n` +
          'Type yes to erase: ';
        if (!process.stdin.isTTY) process.stderr.write(`Erasing ${code}: reading the confirmation (yes) from standard input.\n`);
        if (!(await confirmed(question))) {
          process.stderr.write('Not confirmed: nothing was erased.\n');
          return 1;
        }
        const done = await eraseParticipant({ orm, programmeCode: values.programme, code, viewer: cliViewer });
        const counts = Object.entries(done.rows).map(([table, rows]) => `${table} ${rows}`).join(', ');
        process.stdout.write(`${code} erased from ${done.programme}: ${counts}.\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof CorrectionRefused)) throw error;
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
    });
  },
};
