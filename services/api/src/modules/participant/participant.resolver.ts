import { Arg, Authorized, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PAGE_SIZES } from '../../config/query-limits.js';
import type { HubContext } from '../../graphql/context.js';
import { PageInfo, passThroughComplexity } from '../../graphql/pagination.js';
import { Attendance } from '../attendance/attendance.entity.js';
import { allowed } from '../../access/access-rules.js';
import { Childcare } from '../childcare/childcare.entity.js';
import { ExamResult } from '../exam/exam-result.entity.js';
import { ParticipantResult } from '../result/participant-result.entity.js';
import { SupportItem } from '../support/support-item.entity.js';
import { ageBandOf, ageOn } from './participant-age.js';
import { AgeBand } from '../../codes/participant-attributes.js';
import { Participant } from './participant.entity.js';
import { participantAccess } from './participant.loader.js';
import { findParticipant, listParticipants } from './participant.service.js';

@ObjectType({ description: 'A page of participants, by programme code.' })
export class ParticipantPage {
  @Field(() => [Participant], { complexity: passThroughComplexity, description: 'The participants on this page.' })
  nodes!: Participant[];

  @Field(() => PageInfo, { description: 'Where the page ends.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many participants you may see in this programme, over all pages.' })
  totalCount!: number;
}

const pageCost = ({ args, childComplexity }: { args: Record<string, unknown>; childComplexity: number }) =>
  1 + (typeof args.first === 'number' ? args.first : PAGE_SIZES.participants.default) * childComplexity;

@Resolver(() => Participant)
export class ParticipantResolver {
  @Query(() => ParticipantPage, {
    description: `Participant-level rows (ADMIN; PARTNER: the participants in its own activities, or the whole register for the leader). At most ${PAGE_SIZES.participants.max} per page.`,
    complexity: pageCost,
  })
  @Authorized(allowed('Query.participants'))
  async participants(
    @Arg('programme', () => String, { description: 'Programme code, e.g. RDR-PLOCK-2011.' }) programme: string,
    @Ctx() context: HubContext,
    @Arg('first', () => Int, { nullable: true, description: `Page size, 1–${PAGE_SIZES.participants.max}; default ${PAGE_SIZES.participants.default}.` }) first?: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null,
  ): Promise<ParticipantPage> {
    const scope = await participantAccess(context).scope;
    return listParticipants(context.em, scope, { programmeCode: programme, first, after });
  }

  @Query(() => Participant, {
    nullable: true,
    description: 'One participant by programme code (RDR-007); null when there is none or it is not yours to see.',
  })
  @Authorized(allowed('Query.participant'))
  async participant(
    @Arg('programme', () => String, { description: 'Programme code, e.g. RDR-PLOCK-2011.' }) programme: string,
    @Arg('code', () => String, { description: 'Participant code, e.g. RDR-007.' }) code: string,
    @Ctx() context: HubContext,
  ): Promise<Participant | null> {
    const scope = await participantAccess(context).scope;
    return findParticipant(context.em, scope, { programmeCode: programme, code });
  }

  @FieldResolver(() => Int, { description: 'Age in whole years on the day of joining.' })
  ageAtEntry(@Root() participant: Participant): number {
    return ageOn(participant.birthDate, participant.entryDate);
  }

  @FieldResolver(() => AgeBand, { description: 'ESF age band on the day of joining.' })
  ageBand(@Root() participant: Participant): AgeBand {
    return ageBandOf(ageOn(participant.birthDate, participant.entryDate));
  }

  @FieldResolver(() => [Attendance], { description: 'Attendance records, by session date (a PARTNER sees those of its own activities).' })
  async attendance(@Root() participant: Participant, @Ctx() context: HubContext): Promise<Attendance[]> {
    return (await participantAccess(context).records).attendance.load(participant.id);
  }

  @FieldResolver(() => [ExamResult], { description: 'Course exams sat, by date.' })
  async exams(@Root() participant: Participant, @Ctx() context: HubContext): Promise<ExamResult[]> {
    return (await participantAccess(context).records).exams.load(participant.id);
  }

  @FieldResolver(() => [SupportItem], { description: 'Material support received, by date.' })
  async support(@Root() participant: Participant, @Ctx() context: HubContext): Promise<SupportItem[]> {
    return (await participantAccess(context).records).support.load(participant.id);
  }

  @FieldResolver(() => [Childcare], { description: 'Days of childcare at the community centre, by date.' })
  async childcare(@Root() participant: Participant, @Ctx() context: HubContext): Promise<Childcare[]> {
    return (await participantAccess(context).records).childcare.load(participant.id);
  }

  @FieldResolver(() => [ParticipantResult], { description: 'Results at or after exit, by date (the leader\'s records: hidden from other partners).' })
  async results(@Root() participant: Participant, @Ctx() context: HubContext): Promise<ParticipantResult[]> {
    return (await participantAccess(context).records).results.load(participant.id);
  }
}
