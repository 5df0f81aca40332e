import { GraphQLError } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { HubContext } from '../../graphql/context.js';
import { actorOf } from '../audit/audit.service.js';
import { allowed } from '../../access/access-rules.js';
import { partnerById } from '../partner/partner.loader.js';
import { PeriodApproval } from './period-approval.entity.js';
import { approvePeriod, listPeriodApprovals, PeriodRequestError, reopenPeriod } from './period.service.js';

async function asUserInput<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof PeriodRequestError) throw new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw error;
  }
}

/** The steering committee's approvals: approve and reopen months; every signed-in caller may see which are approved. */
@Resolver(() => PeriodApproval)
export class PeriodResolver {
  @Authorized(allowed('Query.periodApprovals'))
  @Query(() => [PeriodApproval], { description: 'The approved (locked) months of a programme, by month then partner.' })
  periodApprovals(
    @Arg('programme', () => String, { description: 'Programme code, e.g. RDR-PLOCK-2011.' }) programme: string,
    @Ctx() context: HubContext,
  ): Promise<PeriodApproval[]> {
    return asUserInput(listPeriodApprovals(context.em, programme));
  }

  @Authorized(allowed('Mutation.approvePeriod'))
  @Mutation(() => [PeriodApproval], {
    description:
      'Approves a month for one partner (or all): afterwards any import that would change a record of theirs dated in it is ' +
      'refused whole (report rows with code PERIOD_LOCKED). Approving again changes nothing. Returns the month\'s approvals.',
  })
  approvePeriod(
    @Arg('programme', () => String, { description: 'Programme code.' }) programme: string,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
    @Arg('partner', () => String, { nullable: true, description: 'A partner code; omitted: every partner.' }) partner: string | null,
    @Ctx() context: HubContext,
  ): Promise<PeriodApproval[]> {
    return asUserInput(approvePeriod(context.em, { programmeCode: programme, month, partnerCode: partner ?? null, actor: actorOf(context.viewer) }));
  }

  @Authorized(allowed('Mutation.reopenPeriod'))
  @Mutation(() => [String], {
    description: 'Reopens an approved month for one partner (or all) so that its records may change again; the reason is kept in the audit log. Returns the partner codes reopened.',
  })
  reopenPeriod(
    @Arg('programme', () => String, { description: 'Programme code.' }) programme: string,
    @Arg('month', () => String, { description: 'YYYY-MM.' }) month: string,
    @Arg('reason', () => String, { description: 'Why it is reopened (at most 500 characters).' }) reason: string,
    @Arg('partner', () => String, { nullable: true, description: 'A partner code; omitted: every partner.' }) partner: string | null,
    @Ctx() context: HubContext,
  ): Promise<string[]> {
    return asUserInput(reopenPeriod(context.em, { programmeCode: programme, month, partnerCode: partner ?? null, actor: actorOf(context.viewer), reason }));
  }

  @FieldResolver(() => String, { description: 'The partner whose month it is.' })
  async partner(@Root() approval: PeriodApproval, @Ctx() { loaders }: HubContext): Promise<string> {
    return (await loaders.get(partnerById).load(approval.partner.id)).code;
  }
}
