import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadScopingFixture } from '../../test-support/participant-fixtures.js';
import { createTestHub, type TestHub } from '../../test-support/test-hub.js';
import { viewerFor } from '../../test-support/viewers.js';
import { Role, type Viewer } from '../../access/viewer.js';

const PROGRAMME = 'RDR-PLOCK-2011';

const PARTICIPANT = /* GraphQL */ `
  query One($code: String!) {
    participant(programme: "RDR-PLOCK-2011", code: $code) {
      code
      ageAtEntry
      ageBand
      attendance { status session { date activity { code } } }
      exams { passed certificateNumber activity { code } }
      support { kind quantity activity { code } }
      childcare { childrenCount hours activity { code } }
      results { type date }
    }
  }
`;

const PARTICIPANTS = /* GraphQL */ `
  query Page($first: Int, $after: String) {
    participants(programme: "RDR-PLOCK-2011", first: $first, after: $after) {
      totalCount
      nodes { code }
      pageInfo { endCursor hasNextPage }
    }
  }
`;

describe('participant-level reads and row scoping', () => {
  let testHub: TestHub;
  const run = (query: string, variables: Record<string, unknown>, viewer: Viewer) => testHub.hub.execute<Record<string, never>>(query, variables, viewer);
  const codesFor = async (viewer: Viewer) => {
    const { data, errors } = await run(PARTICIPANTS, { first: 100 }, viewer);
    expect(errors).toBeUndefined();
    const { totalCount, nodes } = (data as unknown as { participants: { totalCount: number; nodes: { code: string }[] } }).participants;
    return { totalCount, nodes };
  };

  beforeAll(async () => {
    testHub = await createTestHub();
    await loadScopingFixture(testHub.database.orm.em.fork());
  });
  afterAll(async () => {
    await testHub.close();
  });

  it('gives ADMIN and the leader MOPS the whole register', async () => {
    for (const viewer of [viewerFor(Role.ADMIN), viewerFor(Role.PARTNER, 'MOPS')]) {
      expect(await codesFor(viewer)).toEqual({
        totalCount: 4,
        nodes: [{ code: 'RDR-001' }, { code: 'RDR-002' }, { code: 'RDR-003' }, { code: 'RDR-004' }],
      });
    }
  });

  it('gives CISI and ZDZ only the participants in their own activities', async () => {
    expect(await codesFor(viewerFor(Role.PARTNER, 'CISI'))).toEqual({ totalCount: 1, nodes: [{ code: 'RDR-002' }] });
    expect(await codesFor(viewerFor(Role.PARTNER, 'ZDZ'))).toEqual({ totalCount: 2, nodes: [{ code: 'RDR-002' }, { code: 'RDR-003' }] });
  });

  it('answers null when a PARTNER asks for another partner\'s participant (as for one that does not exist)', async () => {
    const cisi = viewerFor(Role.PARTNER, 'CISI');
    expect(await run(PARTICIPANT, { code: 'RDR-003' }, cisi)).toEqual({ data: { participant: null } });
    expect(await run(PARTICIPANT, { code: 'RDR-001' }, cisi)).toEqual({ data: { participant: null } });
    expect(await run(PARTICIPANT, { code: 'RDR-999' }, cisi)).toEqual({ data: { participant: null } });
  });

  it('shows a non-leader partner only the records of its own activities', async () => {
    const { data } = await run(PARTICIPANT, { code: 'RDR-002' }, viewerFor(Role.PARTNER, 'CISI'));
    expect(data).toEqual({
      participant: {
        code: 'RDR-002',
        ageAtEntry: 21,
        ageBand: 'AGE_18_24',
        attendance: [{ status: 'PRESENT', session: { date: '2011-10-04', activity: { code: 'CISI-SPORT' } } }],
        exams: [],
        support: [{ kind: 'SPRZET_SPORTOWY', quantity: 1, activity: { code: 'CISI-SPORT' } }],
        childcare: [],
        results: [],
      },
    });
  });

  it('shows the leader every record of a participant', async () => {
    const { data } = await run(PARTICIPANT, { code: 'RDR-002' }, viewerFor(Role.PARTNER, 'MOPS'));
    expect(data).toEqual({
      participant: {
        code: 'RDR-002',
        ageAtEntry: 21,
        ageBand: 'AGE_18_24',
        attendance: [
          { status: 'PRESENT', session: { date: '2011-10-04', activity: { code: 'CISI-SPORT' } } },
          { status: 'PRESENT', session: { date: '2011-10-05', activity: { code: 'ZDZ-K01' } } },
        ],
        exams: [],
        support: [{ kind: 'SPRZET_SPORTOWY', quantity: 1, activity: { code: 'CISI-SPORT' } }],
        childcare: [{ childrenCount: 1, hours: 3, activity: { code: 'MOPS-SWIETLICA' } }],
        results: [{ type: 'EMPLOYED', date: '2012-12-01' }],
      },
    });
  });

  it('refuses STEERING and EVALUATOR participant rows with FORBIDDEN', async () => {
    for (const role of [Role.STEERING, Role.EVALUATOR]) {
      const { data, errors } = await run(PARTICIPANTS, {}, viewerFor(role));
      expect(data).toBeNull();
      expect(errors?.map((error) => [error.extensions?.code, error.extensions?.operation])).toEqual([['FORBIDDEN', 'Query.participants']]);
    }
  });

  it('pages by cursor, and refuses a page over the cap', async () => {
    const admin = viewerFor(Role.ADMIN);
    type Page = { participants: { nodes: { code: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } };
    const first = (await run(PARTICIPANTS, { first: 3 }, admin)).data as unknown as Page;
    expect(first.participants.nodes.map((node) => node.code)).toEqual(['RDR-001', 'RDR-002', 'RDR-003']);
    expect(first.participants.pageInfo.hasNextPage).toBe(true);
    const second = (await run(PARTICIPANTS, { first: 3, after: first.participants.pageInfo.endCursor }, admin)).data as unknown as Page;
    expect(second.participants.nodes.map((node) => node.code)).toEqual(['RDR-004']);
    expect(second.participants.pageInfo.hasNextPage).toBe(false);

    const tooBig = await run(PARTICIPANTS, { first: 101 }, admin);
    expect(tooBig.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['BAD_USER_INPUT', '`first` must be a whole number from 1 to 100; got 101.'],
    ]);
    const forged = await run(PARTICIPANTS, { after: 'bm90LWEtY3Vyc29y' }, admin);
    expect(forged.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
