import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { SubmissionStatus } from './submissions.service.js';

registerEnumType(SubmissionStatus, {
  name: 'SubmissionStatus',
  description: 'Where a partner\'s month stands in the submissions calendar.',
  valuesConfig: {
    APPROVED: { description: 'The steering committee approved the month for the partner (its records are locked).' },
    ON_TIME: { description: 'Submitted after the month ended and by the due day of the next month.' },
    LATE: { description: 'Submitted after the due day.' },
    MISSING: { description: 'The due day has passed and no accepted file covers the month.' },
    NOT_DUE: { description: 'Not submitted yet, and the due day has not come.' },
  },
});

@ObjectType({ description: 'One file kind of a partner\'s month: its state and the batch behind it.', simpleResolvers: true })
export class KindSubmissionView {
  @Field(() => String, { description: 'Partner file kind, e.g. mops-workshops.' })
  kind!: string;

  @Field(() => SubmissionStatus)
  status!: SubmissionStatus;

  @Field(() => Int, { nullable: true, description: 'The accepted import batch that delivered the month; null when none has.' })
  batchId!: number | null;

  @Field(() => Date, { nullable: true, description: 'When that batch was submitted.' })
  submittedAt!: Date | null;
}

@ObjectType({ description: 'One cell of the submissions calendar: a partner\'s month.', simpleResolvers: true })
export class SubmissionCellView {
  @Field(() => String, { description: 'Partner code.' })
  partner!: string;

  @Field(() => String, { description: 'YYYY-MM.' })
  month!: string;

  @Field(() => SubmissionStatus, { description: 'APPROVED, else the worst of its kinds (MISSING, LATE, NOT_DUE, ON_TIME).' })
  status!: SubmissionStatus;

  @Field(() => String, { description: 'The day the month\'s files were due, YYYY-MM-DD.' })
  dueOn!: string;

  @Field(() => [KindSubmissionView], { description: 'Every file kind the partner owes for the month.' })
  kinds!: KindSubmissionView[];
}
