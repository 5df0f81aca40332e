import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { pilotProgramme } from '@razem/seeds';
import { checkRoleBinding, parseRole } from '../../modules/auth/role-binding.js';
import { cliViewer, type Viewer } from '../../access/viewer.js';
import { ReportRequestError } from '../../modules/reports/steering-report.data.js';
import { createSteeringReport, parseReportLanguage } from '../../modules/reports/steering-report.service.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

const USAGE = 'hub report steering --month YYYY-MM [--programme CODE] [--lang pl|en] [--role ROLE [--partner CODE]] --out FILE';

/** `hub report steering`: the same PDF as GET /reports/steering.pdf, as ADMIN unless --role says otherwise. */
export const reportCommand: CliCommand = {
  summary: 'the monthly steering committee report as a PDF (figures as --role would see them)',
  usage: USAGE,
  async run([kind, ...args]) {
    if (kind !== 'steering') throw new UsageError('The one report is "steering".');
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { month: { type: 'string' }, programme: { type: 'string' }, lang: { type: 'string' }, role: { type: 'string' }, partner: { type: 'string' }, out: { type: 'string' } },
    });
    if (positionals.length) throw new UsageError(`Unexpected arguments: ${positionals.join(' ')}.`);
    if (!values.month) throw new UsageError('--month YYYY-MM is required.');
    if (!values.out) throw new UsageError('--out FILE is required (a PDF is binary).');
    if (values.role === undefined && values.partner !== undefined) throw new UsageError('--partner goes with --role PARTNER.');
    const role = values.role === undefined ? cliViewer.role : asUsage(() => parseRole(values.role!));
    const lang = asUsage(() => parseReportLanguage(values.lang));
    return withDatabase(async ({ orm, config }) => {
      const em = orm.em.fork();
      const binding = await checkRoleBinding(em, role, values.partner).catch((error: Error) => asUsage(() => { throw error; }));
      const viewer: Viewer = { kind: 'cli', role: binding.role, partnerCode: binding.partnerCode, name: cliViewer.name };
      const started = performance.now();
      const file = await createSteeringReport(em, { programmeCode: values.programme ?? pilotProgramme.code, month: values.month!, lang, viewer, k: config.suppressionK }).catch((error: unknown) => {
        throw error instanceof ReportRequestError ? new UsageError(error.message) : error;
      });
      await writeFile(values.out!, file.body);
      process.stderr.write(`Wrote ${values.out} (${file.body.length} bytes, ${Math.round(performance.now() - started)} ms).\n`);
      return 0;
    });
  },
};

/** Runs `work`; a mistake in the request (a bad role, binding or language: plain Errors of those checks) becomes a UsageError (exit 2). */
function asUsage<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof ReportRequestError || (error instanceof Error && error.constructor === Error)) throw new UsageError(error.message);
    throw error;
  }
}
