import { parseArgs } from 'node:util';
import { cliViewer } from '../../access/viewer.js';
import { CorrectionRefused } from '../../modules/corrections/correction-errors.js';
import { withdrawImportBatch } from '../../modules/corrections/withdraw-batch.service.js';
import { UsageError, withDatabase, type CliCommand } from '../cli-command.js';

export const withdrawCommand: CliCommand = {
  summary: 'undo an accepted import (refused, naming it, when a later batch changed the same rows)',
  usage: 'hub withdraw BATCH_ID',
  async run(args) {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    if (positionals.length !== 1 || !/^\d+$/.test(positionals[0]!)) throw new UsageError('Give the number of one import batch (hub import prints it).');
    const batchId = Number(positionals[0]);
    return withDatabase(async ({ orm }) => {
      try {
        const done = await withdrawImportBatch({ orm, batchId, viewer: cliViewer });
        process.stdout.write(
          `batch ${done.batchId} (${done.partner} ${done.kind}) withdrawn: ${done.deleted} rows it inserted deleted, ` +
            `${done.restored} rows it updated or deleted restored (sessions included).\n`,
        );
        return 0;
      } catch (error) {
        if (!(error instanceof CorrectionRefused)) throw error;
        process.stderr.write(`${error.message}\n`);
        return 1;
      }
    });
  },
};
