import { registerEnumType } from 'type-graphql';

export enum ResultType {
  EMPLOYED = 'EMPLOYED',
  SELF_EMPLOYED = 'SELF_EMPLOYED',
  IN_EDUCATION = 'IN_EDUCATION',
  JOB_SEEKING = 'JOB_SEEKING',
}

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
