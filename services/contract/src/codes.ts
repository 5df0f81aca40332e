import { codesOf, type CodeLabels } from './labels.js';

/**
 * The enumerated codes of docs/interfaces.md §3–4 with their labels. Codes are stable identifiers
 * (GraphQL enum values, dimension keys, export columns); labels are what people read.
 */

export const ACTIVITY_KIND_LABELS = {
  WORKSHOP: { pl: 'Warsztaty', en: 'Workshops' },
  ANIMATION_CLASS: { pl: 'Zajęcia animacyjne', en: 'Animation classes' },
  VOCATIONAL_COURSE: { pl: 'Kursy zawodowe', en: 'Vocational courses' },
  COMMUNITY_CENTRE: { pl: 'Świetlica środowiskowa', en: 'Community centre' },
  EVENT: { pl: 'Wydarzenia', en: 'Events' },
} as const satisfies CodeLabels<string>;
export type ActivityKind = keyof typeof ACTIVITY_KIND_LABELS;
export const ACTIVITY_KINDS = codesOf(ACTIVITY_KIND_LABELS);

export const SEX_LABELS = {
  FEMALE: { pl: 'Kobiety', en: 'Women' },
  MALE: { pl: 'Mężczyźni', en: 'Men' },
} as const satisfies CodeLabels<string>;
export type Sex = keyof typeof SEX_LABELS;
export const SEXES = codesOf(SEX_LABELS);

export const AGE_BAND_LABELS = {
  UNDER_18: { pl: 'Poniżej 18 lat', en: 'Under 18' },
  AGE_18_24: { pl: '18–24 lata', en: '18–24' },
  AGE_25_29: { pl: '25–29 lat', en: '25–29' },
  AGE_30_54: { pl: '30–54 lata', en: '30–54' },
  AGE_55_PLUS: { pl: '55 lat i więcej', en: '55 and over' },
} as const satisfies CodeLabels<string>;
export type AgeBand = keyof typeof AGE_BAND_LABELS;
export const AGE_BANDS = codesOf(AGE_BAND_LABELS);

export const LABOUR_STATUS_LABELS = {
  UNEMPLOYED: { pl: 'Bezrobotni', en: 'Unemployed' },
  INACTIVE: { pl: 'Bierni zawodowo', en: 'Inactive' },
  EMPLOYED: { pl: 'Pracujący', en: 'Employed' },
} as const satisfies CodeLabels<string>;
export type LabourStatus = keyof typeof LABOUR_STATUS_LABELS;
export const LABOUR_STATUSES = codesOf(LABOUR_STATUS_LABELS);

export const EDUCATION_LABELS = {
  ISCED_0_2: { pl: 'ISCED 0–2 (podstawowe, gimnazjalne)', en: 'ISCED 0–2 (primary, lower secondary)' },
  ISCED_3_4: { pl: 'ISCED 3–4 (ponadgimnazjalne, policealne)', en: 'ISCED 3–4 (upper secondary, post-secondary)' },
  ISCED_5_8: { pl: 'ISCED 5–8 (wyższe)', en: 'ISCED 5–8 (tertiary)' },
} as const satisfies CodeLabels<string>;
export type Education = keyof typeof EDUCATION_LABELS;
export const EDUCATIONS = codesOf(EDUCATION_LABELS);

export const RESULT_TYPE_LABELS = {
  EMPLOYED: { pl: 'Zatrudnienie', en: 'Employed' },
  SELF_EMPLOYED: { pl: 'Samozatrudnienie', en: 'Self-employed' },
  IN_EDUCATION: { pl: 'Kształcenie', en: 'In education' },
  JOB_SEEKING: { pl: 'Poszukiwanie pracy', en: 'Job seeking' },
} as const satisfies CodeLabels<string>;
export type ResultType = keyof typeof RESULT_TYPE_LABELS;
export const RESULT_TYPES = codesOf(RESULT_TYPE_LABELS);

/**
 * The pilot's support kinds as documented (CISI's `rodzaj` codes, docs/interfaces.md §3). Support kinds are
 * programme data: each programme defines its own (definition `supportKinds`, stored per programme with labels),
 * and the hub answers SUPPORT_KIND labels from there; these are the pilot's, for documents and fixtures.
 */
export const SUPPORT_KIND_LABELS = {
  SPRZET_SPORTOWY: { pl: 'Sprzęt sportowy', en: 'Sports equipment' },
  BADANIE_LEKARSKIE: { pl: 'Badanie lekarskie', en: 'Medical examination' },
  STROJ: { pl: 'Strój', en: 'Outfit' },
  OBUWIE: { pl: 'Obuwie', en: 'Sports shoes' },
  APARAT_FOTOGRAFICZNY: { pl: 'Aparat fotograficzny', en: 'Camera' },
} as const satisfies CodeLabels<string>;
export type SupportKind = keyof typeof SUPPORT_KIND_LABELS;
export const SUPPORT_KINDS = codesOf(SUPPORT_KIND_LABELS);
