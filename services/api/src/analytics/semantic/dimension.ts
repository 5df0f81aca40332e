import { codeEnum, DIMENSIONS, type Dimension as ContractDimension } from '@razem/contract';
import { registerEnumType } from 'type-graphql';

/** What `aggregate` can group by (docs/interfaces.md §4). */
export const Dimension = codeEnum(DIMENSIONS);
export type Dimension = ContractDimension;

registerEnumType(Dimension, {
  name: 'Dimension',
  description: 'A way to split an aggregate. Codes are stable; labels are Polish.',
  valuesConfig: {
    PARTNER: { description: 'The partner running the activity (code MOPS, CISI, ZDZ).' },
    TASK: { description: 'The programme task (zadanie) the activity belongs to (code e.g. RS, RSA, RSZ).' },
    ACTIVITY: { description: 'The activity (code e.g. MOPS-W1, CISI-SPORT, ZDZ-K05).' },
    ACTIVITY_KIND: { description: 'The kind of activity (ActivityKind codes).' },
    MONTH: {
      description:
        'Calendar month of the measure\'s own date, code YYYY-MM. Every month from the programme\'s start to the later ' +
        'of its end and the last month with data appears (within from/to): 0 for counts and sums, null for rates.',
    },
    SEX: { description: 'Participant\'s sex: FEMALE, MALE.' },
    AGE_BAND: { description: 'Participant\'s age at entry: UNDER_18, AGE_18_24, AGE_25_29, AGE_30_54, AGE_55_PLUS.' },
    LABOUR_STATUS: { description: 'Labour-market status at entry: UNEMPLOYED, INACTIVE, EMPLOYED.' },
    EDUCATION: { description: 'Education at entry as an ISCED band: ISCED_0_2, ISCED_3_4, ISCED_5_8.' },
    RESULT_TYPE: {
      description:
        'For RESULTS, the result\'s type. For other measures, participants with at least one result of the type ' +
        '(a participant with two result types counts under both).',
    },
    SUPPORT_KIND: {
      description:
        'For SUPPORT_ITEMS, the kind given. For other measures, participants who received at least one item of the kind ' +
        '(a participant may count under several kinds).',
    },
  },
});

/** Dimensions that live on the activity: they group and filter through the activity a fact belongs to. */
export const ACTIVITY_DIMENSIONS: ReadonlySet<Dimension> = new Set([
  Dimension.PARTNER,
  Dimension.TASK,
  Dimension.ACTIVITY,
  Dimension.ACTIVITY_KIND,
]);

/** Dimensions that live on the participant (attributes at entry, or the sets of results and support received). */
export const PARTICIPANT_DIMENSIONS: ReadonlySet<Dimension> = new Set([
  Dimension.SEX,
  Dimension.AGE_BAND,
  Dimension.LABOUR_STATUS,
  Dimension.EDUCATION,
  Dimension.RESULT_TYPE,
  Dimension.SUPPORT_KIND,
]);
