import { ApolloServer } from '@apollo/server';
import { MikroORM } from '@mikro-orm/postgresql';
import { getIntrospectionQuery, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrmConfig } from '../app/orm-config.js';
import type { HubContext } from '../graphql/context.js';
import { Role } from '../access/viewer.js';
import { createTestDatabase, type TestDatabase } from '../test-support/test-database.js';
import { createTestHub, type TestHub } from '../test-support/test-hub.js';
import { viewerFor } from '../test-support/viewers.js';
import { errorReportingPlugin, formatHubError, GENERIC_ERROR_MESSAGE } from '../graphql/error-format.js';
import { QUERY_LIMITS } from '../config/query-limits.js';
import { operationCost } from './query-cost.js';
import { operationGuardPlugin } from './operation-guard.plugin.js';

const admin = viewerFor(Role.ADMIN);

/** The N+1 test's whole-structure query: the heaviest thing the dashboard does. */
const STRUCTURE = /* GraphQL */ `
  query Structure {
    programme(code: "RDR-PLOCK-2011") {
      partners {
        code
        tasks { code activities { code } }
        activities { code task { code partner { code } } partner { code } sessions { date hours activity { code } } }
      }
      events { code }
      sites { code }
      indicatorDefinitions { code }
    }
  }
`;

describe('query limits', () => {
  let testHub: TestHub;
  beforeAll(async () => {
    testHub = await createTestHub();
  });
  afterAll(async () => {
    await testHub.close();
  });

  it(`refuses a query nested deeper than ${QUERY_LIMITS.maxDepth} levels before running it`, async () => {
    const tooDeep = `{ programme(code: "RDR-PLOCK-2011") { partners { activities { sessions { activity { partner { activities { sessions { activity { partner { code } } } } } } } } } } }`;
    const { data, errors } = await testHub.hub.execute(tooDeep, {}, admin);
    expect(data).toBeUndefined();
    expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['QUERY_TOO_DEEP', 'The query is nested 11 levels deep; the limit is 10.'],
    ]);
  });

  it('counts depth through fragments', async () => {
    const viaFragments = `
      query { programme(code: "RDR-PLOCK-2011") { ...P } }
      fragment P on Programme { partners { activities { sessions { activity { ...A } } } } }
      fragment A on Activity { partner { activities { sessions { activity { partner { code } } } } } }
    `;
    const { errors } = await testHub.hub.execute(viaFragments, {}, admin);
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_DEEP']);
  });

  it(`refuses a query costing over ${QUERY_LIMITS.maxCost}, costing pages by their first argument`, async () => {
    const costly = `query($first: Int) { participants(programme: "RDR-PLOCK-2011", first: $first) {
      nodes { attendance { session { activity { sessions { date } } } } } } }`;
    const refused = await testHub.hub.execute(costly, { first: 100 }, admin);
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ['QUERY_TOO_COSTLY', 'The query would cost 13101; the limit is 10000. Ask for fewer fields or smaller pages (first).'],
    ]);
    // The same query on a smaller page is fine.
    const allowed = await testHub.hub.execute(costly, { first: 50 }, admin);
    expect(allowed.errors).toBeUndefined();
  });

  it('refuses an alias flood: many copies of a cheap field add up', async () => {
    const flood = `{ ${Array.from({ length: 1000 }, (_, index) => `p${index}: programmes { partners { code } }`).join(' ')} }`;
    const { errors } = await testHub.hub.execute(flood, {}, admin);
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['QUERY_TOO_COSTLY']);
  });

  it('lets the heaviest real query (the whole structure tree) and a full introspection through', async () => {
    const schema = testHub.hub.schema;
    expect(operationCost({ schema, document: parse(STRUCTURE) })).toBe(6065);
    expect((await testHub.hub.execute(STRUCTURE, {}, admin)).errors).toBeUndefined();
    const introspection = await testHub.hub.execute(getIntrospectionQuery(), {}, viewerFor(Role.EVALUATOR));
    expect(introspection.errors).toBeUndefined();
  });

  it('reports variables of the wrong type as BAD_USER_INPUT, not as a costly query', async () => {
    const { errors } = await testHub.hub.execute(
      'query Bad($to: Date) { aggregate(programme: "RDR-PLOCK-2011", measure: PARTICIPANTS, filter: { to: $to }) { value } }',
      { to: '2012-02-30' },
      admin,
    );
    expect(errors?.map((error: { extensions?: Record<string, unknown> }) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('the per-statement timeout in PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.destroy();
  });

  it('is 30 s on every connection the hub opens', async () => {
    const rows = await database.orm.em.getConnection().execute<{ statement_timeout: string }[]>('show statement_timeout');
    expect(rows).toEqual([{ statement_timeout: '30s' }]);
  });

  it('cancels a statement that runs longer, and the API reports QUERY_TIMEOUT without the SQL', async () => {
    const orm = await MikroORM.init(createOrmConfig({ clientUrl: database.url, statementTimeoutMs: 200 }));
    try {
      await expect(orm.em.getConnection().execute('select pg_sleep(2)')).rejects.toMatchObject({ code: '57014' });
      const apollo = new ApolloServer<HubContext>({
        typeDefs: 'type Query { slow: Int }',
        resolvers: { Query: { slow: async () => (await orm.em.getConnection().execute('select pg_sleep(2)'), 1) } },
        formatError: (formatted, error) => formatHubError(formatted, error, { production: true }),
      });
      await apollo.start();
      const response = await apollo.executeOperation({ query: '{ slow }' }, { contextValue: {} as HubContext });
      await apollo.stop();
      expect(response.body.kind === 'single' && response.body.singleResult.errors).toEqual([
        {
          message: 'The database took too long to answer (statement timeout). Narrow the query down.',
          locations: [{ line: 1, column: 3 }],
          path: ['slow'],
          extensions: { code: 'QUERY_TIMEOUT' },
        },
      ]);
    } finally {
      await orm.close(true);
    }
  });
});

describe('error responses', () => {
  const typeDefs = 'type Query { broken: Int, unruled: Int }';
  const resolvers = {
    Query: {
      broken: () => {
        throw new Error('insert into "hub_user" ("email") values ($1) - duplicate key value violates unique constraint');
      },
      unruled: () => 1,
    },
  };
  async function ask(query: string, options: { production: boolean; guard?: boolean }) {
    const apollo = new ApolloServer<HubContext>({
      typeDefs,
      resolvers,
      includeStacktraceInErrorResponses: !options.production,
      formatError: (formatted, error) => formatHubError(formatted, error, { production: options.production }),
      plugins: [...(options.guard ? [operationGuardPlugin()] : []), errorReportingPlugin({})],
    });
    await apollo.start();
    try {
      const response = await apollo.executeOperation({ query }, { contextValue: { requestId: 'req-42', viewer: admin } as HubContext });
      return response.body.kind === 'single' ? response.body.singleResult : undefined;
    } finally {
      await apollo.stop();
    }
  }

  it('in production hide an unexpected error\'s message (here: SQL) and stack, and carry the request id', async () => {
    const result = await ask('{ broken }', { production: true });
    expect(result?.errors).toEqual([
      {
        message: GENERIC_ERROR_MESSAGE,
        locations: [{ line: 1, column: 3 }],
        path: ['broken'],
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'req-42' },
      },
    ]);
  });

  it('in development keep the message (and the stack) for the developer', async () => {
    const result = await ask('{ broken }', { production: false });
    expect(result?.errors?.[0]?.message).toContain('duplicate key value');
    expect(result?.errors?.[0]?.extensions?.stacktrace).toBeDefined();
  });

  it('refuse, for everyone, an operation that has no access rule (fail closed)', async () => {
    const result = await ask('{ unruled }', { production: true, guard: true });
    expect(result?.data).toBeUndefined();
    expect(result?.errors?.map((error) => [error.extensions?.code, error.extensions?.operation])).toEqual([['FORBIDDEN', 'Query.unruled']]);
  });
});
