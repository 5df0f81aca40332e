import { GraphQLError } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { allowed } from '../../access/access-rules.js';
import { ImportBatch } from '../imports/import-batch.entity.js';
import { CorrectionRefused } from './correction-errors.js';
import { reportParticipant } from './participant-report.service.js';
import { withdrawImportBatch } from './withdraw-batch.service.js';

@ObjectType({ description: 'What withdrawing an import undid.' })
export class WithdrawalView {
  @Field(() => ImportBatch, { description: 'The batch, now WITHDRAWN.' })
  batch!: ImportBatch;

  @Field(() => Int, { description: 'Rows the batch had inserted, now deleted.' })
  deleted!: number;

  @Field(() => Int, { description: 'Rows the batch had updated or deleted, now as they were before it.' })
  restored!: number;
}

/** A refusal as the API reports it: the message says why; the code is stable. */
function refusal(error: CorrectionRefused): GraphQLError {
  const code = error.code === 'FORBIDDEN' ? 'FORBIDDEN' : error.code === 'NOT_FOUND' ? 'NOT_FOUND' : 'CONFLICT';
  return new GraphQLError(error.message, { extensions: { code, reason: error.code } });
}

@Resolver()
export class CorrectionsResolver {
  @Authorized(allowed('Mutation.withdrawImport'))
  @Mutation(() => WithdrawalView, {
    description:
      'Undoes an accepted import: rows it inserted are deleted, rows it updated or deleted restored. Refused (CONFLICT) when a later ' +
      'batch changed the same rows: withdraw that one first. ADMIN, or a PARTNER for its own batches.',
  })
  async withdrawImport(@Arg('batch', () => Int) batchId: number, @Ctx() context: HubContext): Promise<WithdrawalView> {
    try {
      const done = await withdrawImportBatch({ orm: context.orm, batchId, viewer: context.viewer! });
      const batch = await context.em.findOneOrFail(ImportBatch, done.batchId, { refresh: true });
      return { batch, deleted: done.deleted, restored: done.restored };
    } catch (error) {
      if (error instanceof CorrectionRefused) throw refusal(error);
      throw error;
    }
  }

  @Authorized(allowed('Query.participantReport'))
  @Query(() => GraphQLJSONObject, {
    description:
      'Everything stored about one participant (GDPR art. 15): register data, attendance, certificates, support, childcare, results ' +
      'and the import batches that brought them. ADMIN, and the PARTNER keeping the register (the leader, MOPS).',
  })
  async participantReport(
    @Arg('programme', () => String) programme: string,
    @Arg('code', () => String) code: string,
    @Ctx() context: HubContext,
  ): Promise<Record<string, unknown>> {
    try {
      return { ...(await reportParticipant({ em: context.em, programmeCode: programme, code: code.trim(), viewer: context.viewer! })) };
    } catch (error) {
      if (error instanceof CorrectionRefused) throw refusal(error);
      throw error;
    }
  }
}
