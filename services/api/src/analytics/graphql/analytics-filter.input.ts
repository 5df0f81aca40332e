import { Field, InputType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { ActivityKind } from '../../codes/activity-kind.js';
import { AgeBand, Education, LabourStatus, Sex } from '../../codes/participant-attributes.js';
import { ResultType } from '../../codes/result-type.js';
import { SupportKindScalar, type SupportKind } from '../../codes/support-kind.js';
import type { AnalyticsFilterValues } from '../analytics-filter.js';

@InputType({
  description:
    'Restricts an aggregate or the indicators. Each list keeps facts matching any of its values; lists combine with AND; ' +
    'an absent or empty list does not restrict. Unknown partner, task or activity codes match nothing.',
})
export class AnalyticsFilter implements AnalyticsFilterValues {
  @Field(() => [String], { nullable: true, description: 'Partner codes (MOPS, CISI, ZDZ): facts of their activities.' })
  partners?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Task codes (RS, RSA, RSZ in the pilot): facts of their activities.' })
  tasks?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Activity codes (MOPS-W1, CISI-SPORT, ZDZ-K05 …).' })
  activities?: string[] | null;

  @Field(() => [ActivityKind], { nullable: true, description: 'Kinds of activity.' })
  activityKinds?: ActivityKind[] | null;

  @Field(() => [Sex], { nullable: true, description: 'Participants of these sexes.' })
  sexes?: Sex[] | null;

  @Field(() => [AgeBand], { nullable: true, description: 'Participants in these age bands at entry.' })
  ageBands?: AgeBand[] | null;

  @Field(() => [LabourStatus], { nullable: true, description: 'Participants with this labour-market status at entry.' })
  labourStatuses?: LabourStatus[] | null;

  @Field(() => [Education], { nullable: true, description: 'Participants with this education (ISCED band) at entry.' })
  educations?: Education[] | null;

  @Field(() => [ResultType], {
    nullable: true,
    description: 'For RESULTS, results of these types; for other measures, participants with at least one result of these types.',
  })
  resultTypes?: ResultType[] | null;

  @Field(() => [SupportKindScalar], {
    nullable: true,
    description:
      'For SUPPORT_ITEMS, support of these kinds; for other measures, participants who received at least one item of these kinds. ' +
      'Codes of the programme\'s support kinds (enum literals or strings); another code is an error.',
  })
  supportKinds?: SupportKind[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'First day counted, inclusive, on each measure\'s own date (entry, session, exam, exit, result, day given).' })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day counted, inclusive.' })
  to?: string | null;
}
