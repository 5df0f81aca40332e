import { ActivityKind } from '../../modules/activity/activity-kind.js';
import { AgeBand, Education, LabourStatus, Sex } from '../../modules/participant/participant-attributes.js';
import { ResultType } from '../../modules/result/result-type.js';
import { SupportKind } from '../../modules/support/support-kind.js';
import { Dimension } from './dimension.js';

/**
 * Polish labels of the enumerated dimension codes, in display order (the order charts and tables use).
 * Partner, task and activity labels are their names in the database.
 */
export const ENUM_DIMENSION_LABELS: Partial<Record<Dimension, ReadonlyMap<string, string>>> = {
  [Dimension.ACTIVITY_KIND]: new Map<ActivityKind, string>([
    [ActivityKind.WORKSHOP, 'Warsztaty'],
    [ActivityKind.ANIMATION_CLASS, 'Zajęcia animacyjne'],
    [ActivityKind.VOCATIONAL_COURSE, 'Kurs zawodowy'],
    [ActivityKind.COMMUNITY_CENTRE, 'Świetlica środowiskowa'],
    [ActivityKind.EVENT, 'Wydarzenie'],
  ]),
  [Dimension.SEX]: new Map<Sex, string>([
    [Sex.FEMALE, 'Kobiety'],
    [Sex.MALE, 'Mężczyźni'],
  ]),
  [Dimension.AGE_BAND]: new Map<AgeBand, string>([
    [AgeBand.UNDER_18, 'Poniżej 18 lat'],
    [AgeBand.AGE_18_24, '18–24 lata'],
    [AgeBand.AGE_25_29, '25–29 lat'],
    [AgeBand.AGE_30_54, '30–54 lata'],
    [AgeBand.AGE_55_PLUS, '55 lat i więcej'],
  ]),
  [Dimension.LABOUR_STATUS]: new Map<LabourStatus, string>([
    [LabourStatus.UNEMPLOYED, 'Bezrobotni'],
    [LabourStatus.INACTIVE, 'Bierni zawodowo'],
    [LabourStatus.EMPLOYED, 'Pracujący'],
  ]),
  [Dimension.EDUCATION]: new Map<Education, string>([
    [Education.ISCED_0_2, 'ISCED 0–2 (podstawowe, gimnazjalne)'],
    [Education.ISCED_3_4, 'ISCED 3–4 (ponadgimnazjalne, policealne)'],
    [Education.ISCED_5_8, 'ISCED 5–8 (wyższe)'],
  ]),
  [Dimension.RESULT_TYPE]: new Map<ResultType, string>([
    [ResultType.EMPLOYED, 'Zatrudnienie'],
    [ResultType.SELF_EMPLOYED, 'Samozatrudnienie'],
    [ResultType.IN_EDUCATION, 'Kształcenie'],
    [ResultType.JOB_SEEKING, 'Poszukiwanie pracy'],
  ]),
  [Dimension.SUPPORT_KIND]: new Map<SupportKind, string>([
    [SupportKind.SPRZET_SPORTOWY, 'Sprzęt sportowy'],
    [SupportKind.BADANIE_LEKARSKIE, 'Badanie lekarskie'],
    [SupportKind.STROJ, 'Strój'],
    [SupportKind.OBUWIE, 'Obuwie'],
    [SupportKind.APARAT_FOTOGRAFICZNY, 'Aparat fotograficzny'],
  ]),
};

const POLISH_MONTHS = [
  'styczeń', 'luty', 'marzec', 'kwiecień', 'maj', 'czerwiec',
  'lipiec', 'sierpień', 'wrzesień', 'październik', 'listopad', 'grudzień',
] as const;

/** "wrzesień 2011" for "2011-09". */
export function monthLabel(code: string): string {
  const month = POLISH_MONTHS[Number(code.slice(5, 7)) - 1];
  return `${month ?? code} ${code.slice(0, 4)}`;
}
