import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { allowed } from '../../access/access-rules.js';
import { Role } from '../../access/viewer.js';
import { submissionsCalendar, SubmissionsRequestError } from './submissions.service.js';
import { SubmissionCellView } from './submissions.types.js';

@Resolver()
export class SubmissionsResolver {
  @Authorized(allowed('Query.submissions'))
  @Query(() => [SubmissionCellView], {
    description:
      'The submissions calendar: every partner × month of the programme period (partner, then month), with each owed file kind\'s ' +
      'state and batch. A PARTNER sees its own row.',
  })
  async submissions(
    @Arg('programme', () => String, { description: 'Programme code, e.g. RDR-PLOCK-2011.' }) programme: string,
    @Ctx() context: HubContext,
  ): Promise<SubmissionCellView[]> {
    const partnerCode = context.viewer?.role === Role.PARTNER ? (context.viewer.partnerCode ?? '') : null;
    try {
      return (await submissionsCalendar(context.em, { programmeCode: programme, partnerCode })).cells;
    } catch (error) {
      if (error instanceof SubmissionsRequestError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
      throw error;
    }
  }
}
