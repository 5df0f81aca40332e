import { codeEnum, MEASURES, type Measure as ContractMeasure } from '@razem/contract';
import { registerEnumType } from 'type-graphql';

/** What an `aggregate` cell counts or sums (docs/interfaces.md §4, plus ATTENDANCE_RECORDS for rates). */
export const Measure = codeEnum(MEASURES);
export type Measure = ContractMeasure;

registerEnumType(Measure, {
  name: 'Measure',
  description:
    'What a cell of `aggregate` holds. "Matching activity": one passing the activity filters (partners, tasks, ' +
    'activities, activityKinds) and the row\'s activity-side keys. Each measure\'s own date is what MONTH and from/to use.',
  valuesConfig: {
    PARTICIPANTS: {
      description:
        'Distinct registered participants (date: entry). With activity filters or keys: those with at least one ' +
        'attendance record (any status) in a matching activity.',
    },
    ACTIVE_PARTICIPANTS: { description: 'Distinct participants with at least one present attendance in a matching activity (date: session).' },
    SESSIONS: {
      description:
        'Distinct sessions of matching activities (date: session). With participant filters or keys: sessions with at ' +
        'least one attendance record (any status) of a matching participant.',
    },
    ATTENDANCES: { description: 'Present attendance records (date: session).' },
    ATTENDANCE_RECORDS: { description: 'All attendance records: present, absent and excused (date: session).' },
    ATTENDANCE_HOURS: { description: 'Sum of session hours over present attendance records (date: session).' },
    ATTENDANCE_RATE: { description: 'Present ÷ all attendance records, from 0 to 1; null where there are no records (date: session).' },
    CERTIFICATES: { description: 'Certificates issued (passed exams) of matching courses (date: exam).' },
    CERTIFIED_PARTICIPANTS: { description: 'Distinct participants with at least one certificate (date: exam).' },
    COMPLETIONS: {
      description:
        'Participants who left with UKONCZENIE (date: exit). With activity filters or keys: those with attendance in a matching activity.',
    },
    DROPOUTS: {
      description:
        'Participants who left with REZYGNACJA (date: exit). With activity filters or keys: those with attendance in a matching activity.',
    },
    RESULTS: {
      description:
        'Distinct participants with at least one result of the grouped or filtered type (date: result). With activity ' +
        'filters or keys: those with attendance in a matching activity.',
    },
    CHILDCARE_HOURS: { description: 'Sum of childcare hours (date: the day of care).' },
    SUPPORT_ITEMS: { description: 'Sum of the quantities of material support given (date: the day given).' },
  },
});
