import { describe, expect, it } from 'vitest';
import { Activity } from '../activity/activity.entity.js';
import { Attendance, AttendanceStatus } from '../attendance/attendance.entity.js';
import { Role } from '../../access/viewer.js';
import { Programme } from '../programme/programme.entity.js';
import { Session } from '../session/session.entity.js';
import { SupportItem } from '../support/support-item.entity.js';
import { PilotSupportKind } from '../../codes/support-kind.js';
import { createTestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import { EducationLevel, LabourStatus, Sex } from '../../codes/participant-attributes.js';
import { Participant } from './participant.entity.js';

const QUERY = /* GraphQL */ `
  query Everything($first: Int!) {
    participants(programme: "RDR-PLOCK-2011", first: $first) {
      nodes {
        code
        attendance { status session { date hours activity { code partner { code } } } }
        exams { passed }
        support { kind }
        childcare { hours }
        results { type }
      }
    }
  }
`;

/**
 * Each loader is used at one depth only in this query: a loader used at two depths (say activities
 * of support items and of sessions) may or may not share a batch depending on when each level
 * resolves, which would make the count flaky without any N+1.
 */
describe('participant reads through DataLoaders', () => {
  it('send the same number of SQL statements for a page of 1 participant as for 40', async () => {
    let counting = false;
    let statements = 0;
    const testHub = await createTestHub({ onQuery: () => { if (counting) statements += 1; } });
    try {
      const em = testHub.database.orm.em.fork();
      const programme = await em.findOneOrFail(Programme, { code: 'RDR-PLOCK-2011' });
      const activities = await em.find(Activity, { programme, code: { $in: ['MOPS-W1', 'CISI-SPORT', 'ZDZ-K01'] } });
      const sessions = activities.map((activity, index) => em.create(Session, { activity, date: `2011-10-0${index + 3}`, minutes: 120 }));
      const cisiSport = activities.find((activity) => activity.code === 'CISI-SPORT')!;
      for (let index = 1; index <= 40; index += 1) {
        const participant = em.create(Participant, {
          programme,
          code: `RDR-${String(index).padStart(3, '0')}`,
          peselHash: index.toString(16).padStart(64, '0'),
          sex: Sex.FEMALE,
          birthDate: '1980-01-01',
          entryDate: '2011-09-15',
          labourStatus: LabourStatus.INACTIVE,
          educationLevel: EducationLevel.PRIMARY,
        });
        for (const session of sessions) em.create(Attendance, { session, participant, status: AttendanceStatus.PRESENT });
        em.create(SupportItem, { participant, activity: cisiSport, date: '2011-10-04', kind: PilotSupportKind.STROJ, quantity: 1, description: 'strój' });
      }
      await em.flush();

      const count = async (viewer: ReturnType<typeof viewerFor>, first: number) => {
        statements = 0;
        counting = true;
        const { data, errors } = await testHub.hub.execute<{ participants: { nodes: { attendance: unknown[] }[] } }>(QUERY, { first }, viewer);
        counting = false;
        expect(errors).toBeUndefined();
        return { statements, participants: data!.participants.nodes.length, attendance: data!.participants.nodes.flatMap((node) => node.attendance).length };
      };
      for (const viewer of [viewerFor(Role.ADMIN), viewerFor(Role.PARTNER, 'CISI')]) {
        const one = await count(viewer, 1);
        const forty = await count(viewer, 40);
        expect(forty.participants).toBe(40);
        expect(forty.attendance).toBe(viewer.role === Role.ADMIN ? 120 : 40);
        expect(forty.statements).toBe(one.statements);
      }
      // ADMIN: programme, page, count, then one per record kind (5), sessions, activities, partners.
      expect((await count(viewerFor(Role.ADMIN), 40)).statements).toBe(11);
    } finally {
      await testHub.close();
    }
  });
});
