import { parseArgs } from 'node:util';
import { formatDefinitionProblem, readProgrammeDefinitionFile, type ProgrammeDefinition, type ProgrammeDefinitionCheck } from '@razem/seeds';
import { migrateToLatest } from '../../database/migrate.js';
import { cliViewer } from '../../access/viewer.js';
import {
  applyProgrammeDefinition,
  DefinitionApplyRefusedError,
  describeApplySummary,
} from '../../modules/programme/definition/programme-definition.service.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';
import { userPath } from './backup.js';

const USAGE = 'hub programme check|apply FILE';

/** `hub programme`: check a programme definition file, or apply it to the hub (as ADMIN, "cli"). */
export const programmeCommand: CliCommand = {
  summary: 'check a programme definition file (YAML/JSON) against its schema, or apply it: create or update the programme',
  usage: USAGE,
  async run([action, ...args]) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (action !== 'check' && action !== 'apply') throw new UsageError('Say check or apply.');
    if (positionals.length !== 1) throw new UsageError('Give exactly one definition FILE.');
    const check = readDefinition(userPath(positionals[0]!));
    if (!check.definition) {
      process.stderr.write(
        `${check.source}: ${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}:\n` +
          check.problems.map((problem) => `  ${formatDefinitionProblem(problem)}\n`).join(''),
      );
      return 1;
    }
    if (action === 'check') {
      process.stdout.write(`ok: ${describeDefinition(check.definition)}\n`);
      return 0;
    }
    const loaded = { definition: check.definition, sha256: check.sha256, file: check.source };
    return withDatabase(async ({ orm }) => {
      const applied = await migrateToLatest(orm);
      if (applied.length) process.stdout.write(`Applied migrations: ${applied.join(', ')}\n`);
      try {
        const summary = await applyProgrammeDefinition({ em: orm.em.fork(), loaded, actor: cliViewer.name });
        process.stdout.write(`${describeApplySummary(summary)}\n`);
        return 0;
      } catch (error) {
        if (!(error instanceof DefinitionApplyRefusedError)) throw error;
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
    });
  },
};

function readDefinition(file: string): ProgrammeDefinitionCheck {
  try {
    return readProgrammeDefinitionFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`No such file: ${file}.`);
    throw error;
  }
}

const counted = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/** `RDR-PLOCK-2011 — 3 partners, 3 tasks, 19 activities, 8 layouts, …`. */
function describeDefinition(definition: ProgrammeDefinition): string {
  return `${definition.code} — ${[
    counted(definition.partners.length, 'partner'),
    counted(definition.tasks.length, 'task'),
    counted(definition.activities.length, 'activity', 'activities'),
    counted(definition.fileLayouts.length, 'layout'),
    counted(definition.supportKinds.length, 'support kind'),
    counted(definition.indicators.length, 'indicator'),
    counted(definition.events.length, 'event'),
    counted(definition.sites.length, 'site'),
    counted(definition.mediaMentions.length, 'media mention'),
  ].join(', ')}`;
}
