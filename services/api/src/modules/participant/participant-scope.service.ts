import type { EntityManager } from '@mikro-orm/postgresql';
import { forbiddenError } from '../../access/auth-errors.js';
import { Role, type Viewer } from '../../access/viewer.js';

/**
 * Which participant-level rows a viewer may read — the one place row scoping is decided
 * (docs/interfaces.md §6):
 * - ADMIN (and the command-line tool): everything;
 * - PARTNER of the programme's leader (MOPS keeps the register): every participant of that
 *   programme and all their records;
 * - any other PARTNER: the participants with at least one record (attendance, exam, support,
 *   childcare) in one of its own activities, and of their records only those of its own activities;
 * - STEERING, EVALUATOR: nothing (the access rules already stop them; this is the second lock).
 */
export type ParticipantScope =
  | { kind: 'all' }
  | {
      kind: 'partner';
      partnerCode: string;
      /** Programmes where this partner is the leader: whole register, all records. */
      leaderProgrammeIds: number[];
      /** The partner's own activities, in every programme it belongs to. */
      activityIds: number[];
    };

/** Works out the scope of a viewer with one query; throws FORBIDDEN for roles without participant rows. */
export async function participantScopeFor(em: EntityManager, viewer: Viewer | null): Promise<ParticipantScope> {
  if (viewer?.role === Role.ADMIN) return { kind: 'all' };
  if (viewer?.role !== Role.PARTNER || !viewer.partnerCode) {
    throw forbiddenError(`The ${viewer?.role ?? 'anonymous'} role sees no participant-level rows.`);
  }
  const rows = await em.getConnection().execute<{ programme_id: number; role: string; activity_id: number | null }[]>(
    `select p.programme_id, p.role, a.id as activity_id
       from partner p left join activity a on a.partner_id = p.id
      where p.code = ?`,
    [viewer.partnerCode],
  );
  return {
    kind: 'partner',
    partnerCode: viewer.partnerCode,
    leaderProgrammeIds: [...new Set(rows.filter((row) => row.role === 'LEADER').map((row) => row.programme_id))],
    activityIds: [...new Set(rows.flatMap((row) => (row.activity_id === null ? [] : [row.activity_id])))],
  };
}

/** An int[] literal for one bound parameter (knex would expand a JS array into a list). */
export function intArrayLiteral(values: readonly number[]): string {
  return `{${values.map((value) => Math.trunc(value)).join(',')}}`;
}

/**
 * SQL (alias `p` = participant) true when a participant has a record in one of the activities in
 * the bound int[] parameter. Takes the same parameter four times.
 */
export const HAS_RECORD_IN_ACTIVITIES_SQL = `(
  exists (select 1 from attendance at join session s on s.id = at.session_id
           where at.participant_id = p.id and s.activity_id = any(?::int[]))
  or exists (select 1 from exam_result e where e.participant_id = p.id and e.activity_id = any(?::int[]))
  or exists (select 1 from support_item si where si.participant_id = p.id and si.activity_id = any(?::int[]))
  or exists (select 1 from childcare c where c.participant_id = p.id and c.activity_id = any(?::int[])))`;
