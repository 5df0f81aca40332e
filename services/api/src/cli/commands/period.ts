import { parseArgs } from 'node:util';
import { pilotProgramme } from '@razem/seeds';
import { cliViewer } from '../../access/viewer.js';
import { approvePeriod, listPeriodApprovals, PeriodRequestError, reopenPeriod } from '../../modules/period/period.service.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';
import { alignColumns } from '../text-table.js';

const USAGE = 'hub period approve|reopen --month YYYY-MM [--partner CODE] [--programme CODE] [--reason TEXT] | list [--programme CODE]';

/** `hub period`: the steering committee's approval of a month (locking it) and its reopening, as ADMIN ("cli"). */
export const periodCommand: CliCommand = {
  summary: 'approve a month (locks its records), reopen it with a reason, or list approved months',
  usage: USAGE,
  async run([action, ...args]) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { month: { type: 'string' }, partner: { type: 'string' }, programme: { type: 'string' }, reason: { type: 'string' } },
    });
    if (positionals.length) throw new UsageError(`Unexpected arguments: ${positionals.join(' ')}.`);
    const programmeCode = values.programme ?? pilotProgramme.code;
    if (action === 'list') {
      return withDatabase(async ({ orm }) => {
        const approvals = await listPeriodApprovals(orm.em.fork(), programmeCode).catch(rethrowAsUsage);
        if (!approvals.length) process.stdout.write(`No month of ${programmeCode} is approved.\n`);
        else {
          const rows = approvals.map((approval) => [approval.month, approval.partner.getEntity().code, approval.approvedBy, approval.approvedAt.toISOString().slice(0, 16).replace('T', ' ')]);
          process.stdout.write(`${alignColumns([['month', 'partner', 'approved by', 'at (UTC)'], ...rows]).join('\n')}\n`);
        }
        return 0;
      });
    }
    if (action !== 'approve' && action !== 'reopen') throw new UsageError('Say approve, reopen or list.');
    if (!values.month) throw new UsageError('--month YYYY-MM is required.');
    if (action === 'approve' && values.reason !== undefined) throw new UsageError('--reason belongs to reopen.');
    if (action === 'reopen' && !values.reason?.trim()) throw new UsageError('reopen needs --reason TEXT: why the month is reopened (kept in the audit log).');
    const target = { programmeCode, month: values.month, partnerCode: values.partner ?? null, actor: cliViewer.name };
    return withDatabase(async ({ orm }) => {
      const em = orm.em.fork();
      if (action === 'approve') {
        const approvals = await approvePeriod(em, target).catch(rethrowAsUsage);
        process.stdout.write(`${values.month} of ${programmeCode} approved for ${approvals.map((approval) => approval.partner.getEntity().code).join(', ')}: its records are locked.\n`);
      } else {
        const partners = await reopenPeriod(em, { ...target, reason: values.reason! }).catch(rethrowAsUsage);
        process.stdout.write(`${values.month} of ${programmeCode} reopened for ${partners.join(', ')}.\n`);
      }
      return 0;
    });
  },
};

function rethrowAsUsage(error: unknown): never {
  if (error instanceof PeriodRequestError) throw new UsageError(error.message);
  throw error;
}
