import {
  AGE_BANDS,
  codeEnum,
  EDUCATIONS,
  LABOUR_STATUSES,
  SEXES,
  type AgeBand as ContractAgeBand,
  type Education as ContractEducation,
  type LabourStatus as ContractLabourStatus,
  type Sex as ContractSex,
} from '@razem/contract';
import { registerEnumType } from 'type-graphql';

export const Sex = codeEnum(SEXES);
export type Sex = ContractSex;

export const LabourStatus = codeEnum(LABOUR_STATUSES);
export type LabourStatus = ContractLabourStatus;

/** The register's education level as MOPS records it; analytics group it into ISCED bands. */
export enum EducationLevel {
  PRIMARY = 'PRIMARY',
  LOWER_SECONDARY = 'LOWER_SECONDARY',
  UPPER_SECONDARY = 'UPPER_SECONDARY',
  POST_SECONDARY = 'POST_SECONDARY',
  TERTIARY = 'TERTIARY',
}

export const Education = codeEnum(EDUCATIONS);
export type Education = ContractEducation;

export enum ExitReason {
  COMPLETED = 'COMPLETED',
  DROPPED_OUT = 'DROPPED_OUT',
}

export const AgeBand = codeEnum(AGE_BANDS);
export type AgeBand = ContractAgeBand;

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

/** ISCED band of each register education level, as docs/interfaces.md §3 groups them. */
export const educationBand: Record<EducationLevel, Education> = {
  PRIMARY: Education.ISCED_0_2,
  LOWER_SECONDARY: Education.ISCED_0_2,
  UPPER_SECONDARY: Education.ISCED_3_4,
  POST_SECONDARY: Education.ISCED_3_4,
  TERTIARY: Education.ISCED_5_8,
};
