import { codeEnum, RESULT_TYPES, type ResultType as ContractResultType } from '@razem/contract';
import { registerEnumType } from 'type-graphql';

/** The contract's result types (docs/interfaces.md §4). */
export const ResultType = codeEnum(RESULT_TYPES);
export type ResultType = ContractResultType;

registerEnumType(ResultType, {
  name: 'ResultType',
  description: 'A participant\'s situation at or after exit (ESF result indicators).',
  valuesConfig: {
    EMPLOYED: { description: 'ZATRUDNIENIE: in employment.' },
    SELF_EMPLOYED: { description: 'SAMOZATRUDNIENIE: self-employed.' },
    IN_EDUCATION: { description: 'KSZTALCENIE: in education or training.' },
    JOB_SEEKING: { description: 'POSZUKIWANIE_PRACY: job seeking.' },
  },
});
