import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql } from '../../database/sql-fragment.js';
import type { SupportKind } from '../../codes/support-kind.js';
import { ImportRequestError, type PreparedLayout } from './file-layouts.js';

/** Everything row mapping needs from the database, loaded once per import (codes → ids). */
export interface ImportLookups {
  programme: { id: number; code: string; startDate: string; endDate: string; resultsUntil: string };
  partner: { id: number; code: string };
  participantsByCode: Map<string, number>;
  participantsByPeselHash: Map<string, number>;
  /** Each participant's days in the programme (entry, exit or null), by id: records must fall within them. */
  participationById: Map<number, { entry: string; exit: string | null }>;
  /** The partner's activities by the code its files use (warsztat, zajecia, kurs). */
  activitiesByFileCode: Map<string, { id: number; code: string }>;
  supportActivityByKind: Map<SupportKind, number>;
  /** The programme's support kind codes, in the definition's order: what a support row's kind must be. */
  supportKinds: SupportKind[];
  /** The activity the layout records childcare under (childcare layouts only). */
  childcareActivityId: number | null;
  /** The partner whose register names the programme's participants (error messages name it). */
  registerPartnerCode: string;
  /** The programme's participant code format, when its definition has been stored. */
  participantCode: { pattern: RegExp; description: string } | null;
  peselSecret: string;
}

/** The last day results may carry: six calendar months after the programme ends (day clamped). */
export function resultsDeadline(endDate: string): string {
  const [year, month, day] = endDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + 6, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Loads the lookups of one partner of one programme. Participant maps cover the whole register. */
export async function loadImportLookups(options: {
  em: EntityManager;
  programmeId: number;
  partnerId: number;
  peselSecret: string;
  layout: PreparedLayout;
}): Promise<ImportLookups> {
  const { em, programmeId, partnerId, layout } = options;
  const [programme] = await runSql<{
    id: number;
    code: string;
    start_date: string;
    end_date: string;
    participant_code_pattern: string | null;
    participant_code_description: string | null;
    register_partner: string | null;
  }>(
    em,
    sql`select id, code, start_date::text, end_date::text, participant_code_pattern, participant_code_description,
          (select pa.code from partner_file_layout l join partner pa on pa.id = l.partner_id
           where l.programme_id = programme.id and l.record = 'register' order by l.position limit 1) as register_partner
        from programme where id = ${programmeId}`,
  );
  const childcareActivity = layout.activity === undefined
    ? undefined
    : (await runSql<{ id: number }>(em, sql`select id from activity where programme_id = ${programmeId} and code = ${layout.activity}`))[0];
  const [partner] = await runSql<{ id: number; code: string }>(em, sql`select id, code from partner where id = ${partnerId}`);
  const participants = await runSql<{ id: number; code: string; pesel_hash: string; entry_date: string; exit_date: string | null }>(
    em,
    sql`select id, code, pesel_hash, entry_date::text, exit_date::text from participant where programme_id = ${programmeId}`,
  );
  const activities = await runSql<{ id: number; code: string; file_code: string }>(
    em,
    sql`select id, code, file_code from activity where partner_id = ${partnerId}`,
  );
  const supportActivities = await runSql<{ kind: SupportKind; activity_id: number }>(
    em,
    sql`select kind, activity_id from support_kind_activity where programme_id = ${programmeId}`,
  );
  const supportKinds = await runSql<{ code: SupportKind }>(
    em,
    sql`select code from support_kind where programme_id = ${programmeId} order by position`,
  );
  return {
    programme: {
      id: programme!.id,
      code: programme!.code,
      startDate: programme!.start_date,
      endDate: programme!.end_date,
      resultsUntil: resultsDeadline(programme!.end_date),
    },
    partner: partner!,
    participantsByCode: new Map(participants.map((row) => [row.code, row.id])),
    participantsByPeselHash: new Map(participants.map((row) => [row.pesel_hash, row.id])),
    participationById: new Map(participants.map((row) => [row.id, { entry: row.entry_date, exit: row.exit_date }])),
    activitiesByFileCode: new Map(activities.map((row) => [row.file_code, { id: row.id, code: row.code }])),
    supportActivityByKind: new Map(supportActivities.map((row) => [row.kind, row.activity_id])),
    supportKinds: supportKinds.map((row) => row.code),
    childcareActivityId: childcareActivity?.id ?? null,
    registerPartnerCode: programme!.register_partner ?? 'programme\'s',
    participantCode: participantCodeFormat(programme!.participant_code_pattern, programme!.participant_code_description),
    peselSecret: options.peselSecret,
  };
}

/** The stored participant code format, compiled once per import; a pattern that does not compile is the definition's fault. */
function participantCodeFormat(pattern: string | null, description: string | null): ImportLookups['participantCode'] {
  if (pattern === null) return null;
  try {
    return { pattern: new RegExp(`^(?:${pattern})$`, 'u'), description: description ?? `matching ${pattern}` };
  } catch {
    throw new ImportRequestError(`The programme's participant code pattern ${JSON.stringify(pattern)} is not a valid regular expression: correct its definition.`);
  }
}
