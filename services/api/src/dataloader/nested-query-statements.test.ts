import { pilotProgramme, type ActivityDefinition, type ProgrammeDefinition } from '@razem/seeds';
import { describe, expect, it } from 'vitest';
import { Activity } from '../modules/activity/activity.entity.js';
import { Session } from '../modules/session/session.entity.js';
import { createTestHub } from '../test-support/test-hub.js';

/** A programme like the pilot with `count` activities, spread over its three partners and tasks. */
function programmeWithActivities(count: number): ProgrammeDefinition {
  const template = pilotProgramme.activities;
  const activities: ActivityDefinition[] = Array.from({ length: count }, (_, index) => {
    const base = template[index % template.length]!;
    const code = `${base.code}-N${String(index).padStart(3, '0')}`;
    return { ...base, code, fileCode: code };
  });
  const first = activities[0]!.code;
  return {
    ...pilotProgramme,
    code: `LOADER-${count}`,
    activities,
    supportKinds: pilotProgramme.supportKinds.map((kind) => ({ ...kind, activity: first })),
    fileLayouts: pilotProgramme.fileLayouts.map((layout) => (layout.activity ? { ...layout, activity: first } : layout)),
  };
}

const NESTED_QUERY = /* GraphQL */ `
  query Nested($code: String!) {
    programme(code: $code) {
      partners {
        code
        tasks { code activities { code } }
        activities {
          code
          task { code partner { code } }
          partner { code }
          sessions { date hours activity { code } }
        }
      }
      events { code }
      sites { code }
      indicatorDefinitions { code }
    }
  }
`;

describe('nested reads through DataLoaders', () => {
  it('send the same number of SQL statements for 1 activity as for 50', async () => {
    let counting = false;
    let statements = 0;
    const testHub = await createTestHub({
      programmes: [programmeWithActivities(1), programmeWithActivities(50)],
      onQuery: () => {
        if (counting) statements += 1;
      },
    });
    try {
      // Three sessions per activity, so every level of the query has rows to resolve.
      const em = testHub.database.orm.em.fork();
      for (const activity of await em.find(Activity, {})) {
        for (const date of ['2011-10-03', '2011-10-10', '2011-10-17']) em.create(Session, { activity, date, minutes: 120 });
      }
      await em.flush();

      const countStatements = async (code: string) => {
        statements = 0;
        counting = true;
        const { data, errors } = await testHub.hub.execute<{
          programme: { partners: { activities: { sessions: unknown[] }[] }[] };
        }>(NESTED_QUERY, { code });
        counting = false;
        expect(errors).toBeUndefined();
        const activities = data!.programme.partners.flatMap((partner) => partner.activities);
        return { statements, activities: activities.length, sessions: activities.flatMap((a) => a.sessions).length };
      };

      const one = await countStatements('LOADER-1');
      const fifty = await countStatements('LOADER-50');
      expect(one).toMatchObject({ activities: 1, sessions: 3 });
      expect(fifty).toMatchObject({ activities: 50, sessions: 150 });
      expect(fifty.statements).toBe(one.statements);
      // programme, partners, tasks, activities by task, activities by partner, tasks by id,
      // partners by id, sessions, activities by id, events, sites, indicators.
      expect(one.statements).toBe(12);
    } finally {
      await testHub.close();
    }
  });
});
