import { registerEnumType } from 'type-graphql';

export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

export enum LabourStatus {
  UNEMPLOYED = 'UNEMPLOYED',
  INACTIVE = 'INACTIVE',
  EMPLOYED = 'EMPLOYED',
}

/** The register's education level as MOPS records it; analytics group it into ISCED bands. */
export enum EducationLevel {
  PRIMARY = 'PRIMARY',
  LOWER_SECONDARY = 'LOWER_SECONDARY',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
  POST_SECONDARY = 'POST_SECONDARY',
  TERTIARY = 'TERTIARY',
}

export enum Education {
  ISCED_0_2 = 'ISCED_0_2',
  ISCED_3_4 = 'ISCED_3_4',
  ISCED_5_8 = 'ISCED_5_8',
}

export enum ExitReason {
  COMPLETED = 'COMPLETED',
  DROPPED_OUT = 'DROPPED_OUT',
}

export enum AgeBand {
  UNDER_18 = 'UNDER_18',
  AGE_18_24 = 'AGE_18_24',
  AGE_25_29 = 'AGE_25_29',
  AGE_30_54 = 'AGE_30_54',
  AGE_55_PLUS = 'AGE_55_PLUS',
}

registerEnumType(Sex, { name: 'Sex', description: 'Sex as read from the PESEL (10th digit odd = male).' });
registerEnumType(LabourStatus, {
  name: 'LabourStatus',
  description: 'Labour-market status at entry (ESF): BEZROBOTNY, BIERNY, PRACUJACY.',
});
registerEnumType(EducationLevel, {
  name: 'EducationLevel',
  description: 'Education at entry as in the register: PODSTAWOWE, GIMNAZJALNE, PONADGIMNAZJALNE, POLICEALNE, WYZSZE.',
});
registerEnumType(Education, { name: 'Education', description: 'Education at entry as an ISCED band (ESF).' });
registerEnumType(ExitReason, {
  name: 'ExitReason',
  description: 'Why a participant left: UKONCZENIE (completed) or REZYGNACJA (dropped out).',
});
registerEnumType(AgeBand, { name: 'AgeBand', description: 'Age at entry, in ESF bands.' });

/** ISCED band of each register education level, as interfaces.md §3 groups them. */
export const educationBand: Record<EducationLevel, Education> = {
  PRIMARY: Education.ISCED_0_2,
  LOWER_SECONDARY: Education.ISCED_0_2,
  UPPER_SECONDARY: Education.ISCED_3_4,
  POST_SECONDARY: Education.ISCED_3_4,
  TERTIARY: Education.ISCED_5_8,
};
