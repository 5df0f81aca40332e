import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pilotProgramme } from '@razem/seeds';
import { resolveHubSecret } from '../../config/secret.js';
import { cliViewer } from '../../access/viewer.js';
import { formatImportReport, reportAsJson } from '../../modules/imports/import-report.js';
import { importFailureReason, ImportRequestError, importPartnerFile } from '../../modules/imports/import.service.js';
import { loggableError } from '../../observability/loggable-error.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

const ENCODINGS = ['utf-8', 'windows-1250'] as const;

export const importCommand: CliCommand = {
  summary:
    'import one partner file (merge, or replace the partner\'s records of its period); prints batch N and rows read/inserted/updated/deleted/unchanged, ' +
    'a dry run\'s preview, or the error report (exit 1)',
  usage:
    'hub import --partner CODE --kind <kind of the programme> [--mode merge|replace] [--from YYYY-MM-DD --to YYYY-MM-DD] [--dry-run] ' +
    '[--allow-mass-delete] [--confirm-cascade] [--encoding utf-8|windows-1250] [--programme CODE] [--json] <file>',
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        partner: { type: 'string' },
        kind: { type: 'string' },
        encoding: { type: 'string', default: 'utf-8' },
        programme: { type: 'string', default: pilotProgramme.code },
        mode: { type: 'string', default: 'merge' },
        from: { type: 'string' },
        to: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        'allow-mass-delete': { type: 'boolean', default: false },
        'confirm-cascade': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
      },
    });
    if (values.mode !== 'merge' && values.mode !== 'replace') {
      throw new UsageError(`Unknown mode ${JSON.stringify(values.mode)}: expected merge or replace.`);
    }
    if (!values.partner) throw new UsageError('--partner is required.');
    if (!values.kind) throw new UsageError('--kind is required.');
    if (!(ENCODINGS as readonly string[]).includes(values.encoding)) {
      throw new UsageError(`Unknown encoding ${JSON.stringify(values.encoding)}: expected ${ENCODINGS.join(' or ')}.`);
    }
    if (positionals.length !== 1) throw new UsageError('Give exactly one file to import.');
    // npm runs this inside the workspace folder; relative paths mean the user's own folder.
    const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
    if (!existsSync(file)) throw new UsageError(`No such file: ${file}`);

    return withDatabase(async ({ orm, config }) => {
      try {
        const report = await importPartnerFile({
          orm,
          programmeCode: values.programme,
          partnerCode: values.partner!.toUpperCase(),
          kind: values.kind!,
          encoding: values.encoding as (typeof ENCODINGS)[number],
          fileName: path.basename(file),
          open: () => createReadStream(file),
          viewer: cliViewer,
          peselSecret: await resolveHubSecret({ configured: config.secret, dataDir: config.dataDir }),
          onProgress: values.json ? undefined : (rows) => process.stderr.write(`${rows} rows read…\n`),
          mode: values.mode === 'replace' ? 'REPLACE' : 'MERGE',
          from: values.from ?? null,
          to: values.to ?? null,
          dryRun: values['dry-run'],
          allowMassDelete: values['allow-mass-delete'],
          massDeleteShare: config.massDeleteShare,
          confirmCascade: values['confirm-cascade'],
        });
        const rejected = report.outcome === 'REJECTED';
        if (values.json) process.stdout.write(`${JSON.stringify(reportAsJson(report), null, 2)}\n`);
        else (rejected ? process.stderr : process.stdout).write(formatImportReport(report));
        return rejected ? 1 : 0;
      } catch (error) {
        if (error instanceof ImportRequestError) throw new UsageError(error.message);
        // Never the driver's message: it may quote the failing statement with the file's values.
        const { code } = loggableError(error);
        process.stderr.write(`hub import failed: ${importFailureReason(error)}${code ? ` (${code})` : ''}\n`);
        return 1;
      }
    });
  },
};
