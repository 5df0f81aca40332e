import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkRoleBinding, parseRole } from '../../modules/auth/role-binding.js';
import { cliViewer, type Viewer } from '../../access/viewer.js';
import { createExport } from '../../modules/exports/export.service.js';
import { EXPORT_FORMATS, ExportParameterError, parseExportParameters, type ExportFormat } from '../../modules/exports/export-parameters.js';
import { Programme } from '../../modules/programme/programme.entity.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

const USAGE = 'hub export --format csv|xlsx|json [--role ROLE] [--out FILE] [--measure M --group-by D,…] [filters]';
const HELP =
  'Options: --programme CODE (default: the only one), --partner CODE (with --role PARTNER), filters --partners --tasks ' +
  '--activities --activity-kinds --sexes --age-bands --labour-statuses --educations --result-types --support-kinds (comma lists) ' +
  '--from --to (YYYY-MM-DD); CSV only: --sep semicolon, --decimal comma.';

/** Export query parameters and the CLI options that set them (kebab-case, as options are written). */
const PARAMETER_OPTIONS = {
  measure: 'measure',
  groupBy: 'group-by',
  partners: 'partners',
  tasks: 'tasks',
  activities: 'activities',
  activityKinds: 'activity-kinds',
  sexes: 'sexes',
  ageBands: 'age-bands',
  labourStatuses: 'labour-statuses',
  educations: 'educations',
  resultTypes: 'result-types',
  supportKinds: 'support-kinds',
  from: 'from',
  to: 'to',
  sep: 'sep',
  decimal: 'decimal',
} as const;

const stringOption = { type: 'string' } as const;

/**
 * `hub export`: the same exports as GET /exports/…, written to a file or stdout. Acts as ADMIN (exact
 * values) unless --role is given; then the export is suppressed exactly as that role's would be.
 * Without --measure it exports the indicators; with it, that aggregate.
 */
export const exportCommand: CliCommand = {
  summary: 'the indicators (or an aggregate with --measure) as a file, suppressed for --role',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      options: {
        format: stringOption,
        role: stringOption,
        partner: stringOption,
        out: stringOption,
        programme: stringOption,
        help: { type: 'boolean' },
        ...Object.fromEntries(Object.values(PARAMETER_OPTIONS).map((option) => [option, stringOption])),
      },
      allowPositionals: true,
    });
    const { help, ...strings } = values;
    const options = strings as Record<string, string | undefined>;
    if (positionals.length) throw new UsageError(`Unexpected arguments: ${positionals.join(' ')}.`);
    const format = options.format?.toLowerCase();
    if (help) {
      process.stdout.write(`Usage: ${USAGE}\n${HELP}\n`);
      return 0;
    }
    if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
      throw new UsageError(`--format is required: one of ${EXPORT_FORMATS.join(', ')}. (hub export --help lists every option.)`);
    }
    if (options['group-by'] !== undefined && options.measure === undefined) throw new UsageError('--group-by needs --measure.');
    let role = cliViewer.role;
    if (options.role !== undefined) {
      try {
        role = parseRole(options.role);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
    } else if (options.partner !== undefined) {
      throw new UsageError('--partner goes with --role PARTNER.');
    }
    if (format === 'xlsx' && !options.out && process.stdout.isTTY) {
      throw new UsageError('An XLSX file is binary: give --out FILE (or redirect stdout).');
    }

    return withDatabase(async ({ orm, config }) => {
      const em = orm.em.fork();
      let binding;
      try {
        binding = await checkRoleBinding(em, role, options.partner);
      } catch (error) {
        throw new UsageError((error as Error).message);
      }
      const viewer: Viewer = { kind: 'cli', role: binding.role, partnerCode: binding.partnerCode, name: cliViewer.name };

      let programmeCode = options.programme;
      if (!programmeCode) {
        // One programme (the usual case): no need to name it.
        const codes = (await em.find(Programme, {}, { fields: ['code'], orderBy: { code: 'asc' } })).map((programme) => programme.code);
        if (codes.length !== 1) {
          throw new UsageError(codes.length ? `Name the programme with --programme: one of ${codes.join(', ')}.` : 'The hub has no programme yet (run `hub init`).');
        }
        programmeCode = codes[0]!;
      }
      const parameters = new URLSearchParams({ programme: programmeCode });
      for (const [parameter, option] of Object.entries(PARAMETER_OPTIONS)) {
        const value = options[option];
        if (value !== undefined) parameters.set(parameter, value);
      }

      let file;
      try {
        const kind = options.measure !== undefined ? 'aggregate' : 'indicators';
        const request = parseExportParameters({ kind, format: format as ExportFormat, parameters });
        file = await createExport(em, { request, viewer, k: config.suppressionK });
      } catch (error) {
        if (error instanceof ExportParameterError) {
          const option = (PARAMETER_OPTIONS as Record<string, string>)[error.parameter] ?? error.parameter;
          throw new UsageError(`--${option}: ${error.message}`);
        }
        throw error;
      }
      const summary = `${file.document.kind} of ${file.document.programme.code} as ${format.toUpperCase()} for ${file.document.role}` +
        `${file.document.partnerCode ? ` ${file.document.partnerCode}` : ''} (K = ${file.document.suppressionK})`;
      if (options.out) {
        await writeFile(options.out, file.body);
        process.stderr.write(`Exported ${summary} to ${path.resolve(options.out)} (${file.body.length} bytes).\n`);
      } else {
        await new Promise<void>((resolve, reject) => process.stdout.write(file.body, (error) => (error ? reject(error) : resolve())));
        process.stderr.write(`Exported ${summary}.\n`);
      }
      return 0;
    });
  },
};
