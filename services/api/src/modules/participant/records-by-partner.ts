import { sql, type SqlFragment } from '../../database/sql-fragment.js';

/**
 * Rows (participant_id, partner_code, records) counting each participant's records per partner:
 * attendance, exams, support and childcare by the activity's partner; results belong to the
 * programme's leader (MOPS keeps them). `participantIds` is a select of one column of ids.
 */
export function recordsByPartnerSql(participantIds: SqlFragment): SqlFragment {
  return sql`select r.participant_id, pa.code as partner_code, count(*)::int as records
    from (
      select at.participant_id, a.partner_id from attendance at join session se on se.id = at.session_id join activity a on a.id = se.activity_id
        where at.participant_id in (${participantIds})
      union all select e.participant_id, a.partner_id from exam_result e join activity a on a.id = e.activity_id
        where e.participant_id in (${participantIds})
      union all select si.participant_id, a.partner_id from support_item si join activity a on a.id = si.activity_id
        where si.participant_id in (${participantIds})
      union all select c.participant_id, a.partner_id from childcare c join activity a on a.id = c.activity_id
        where c.participant_id in (${participantIds})
      union all select pr.participant_id, leader.id from participant_result pr
        join participant p on p.id = pr.participant_id
        join partner leader on leader.programme_id = p.programme_id and leader.role = 'LEADER'
        where pr.participant_id in (${participantIds})
    ) r join partner pa on pa.id = r.partner_id
    group by r.participant_id, pa.code
    order by r.participant_id, pa.code`;
}
