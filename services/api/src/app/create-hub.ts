import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { AnalyticsAnswerCache, DataVersionNotices, leanAggregateRowsPlugin, type AnalyticsContext } from '../analytics/index.js';
import type { HubConfig } from '../config/env.js';
import { resolveHubSecret } from '../config/secret.js';
import { RequestLoaders } from '../dataloader/request-loaders.js';
import type { ClientInfo, HubContext } from '../graphql/context.js';
import { buildHubSchema } from './schema.js';
import { mutationAuditPlugin } from '../modules/audit/mutation-audit.plugin.js';
import { authenticateRequest, type RequestAuthentication } from '../modules/auth/request-auth.js';
import { cliViewer, type Viewer } from '../access/viewer.js';
import type { Logger } from '../observability/logger.js';
import { graphqlMetricsPlugin, watchDatabasePool } from '../observability/metrics.js';
import { errorReportingPlugin, formatHubError } from '../graphql/error-format.js';
import { QUERY_LIMITS } from '../config/query-limits.js';
import { operationGuardPlugin } from '../security/operation-guard.plugin.js';
import { RestrictedQuestionVolume, restrictedQuestionsPlugin } from '../security/restricted-questions.plugin.js';
import { queryLimitsPlugin } from '../security/query-cost.js';

/** One request's context as the hub builds it: what every resolver reads and what analytics adds. */
export type HubRequestContext = HubContext & AnalyticsContext;

/** The hub without its HTTP listener: what the server serves and what tests drive directly. */
export interface Hub {
  orm: MikroORM;
  config: HubConfig;
  schema: GraphQLSchema;
  apollo: ApolloServer<HubRequestContext>;
  /** The hub secret (HUB_SECRET or the generated one): keys the PESEL hash and the API tokens. */
  secret: string;
  /** Finished analytics answers, keyed by each programme's data version (never stale). */
  analyticsCache: AnalyticsAnswerCache;
  /** Which programmes' data versions changed, as the database announced (a hint for the analytics caches). */
  dataVersionNotices: DataVersionNotices;
  /** Restricted callers' analytics questions per hour (GraphQL and exports): unusual volume is audited. */
  questionVolume: RestrictedQuestionVolume;
  /** A fresh per-request context: its own EntityManager fork and DataLoaders. */
  createContext(options?: { requestId?: string; viewer?: Viewer | null; client?: ClientInfo }): HubRequestContext;
  /** Who the credentials of an HTTP request (Authorization header, Cookie header) stand for. */
  authenticate(headers: { authorization?: string; cookie?: string }): Promise<RequestAuthentication>;
  /** Runs one GraphQL operation in a fresh context as `viewer` (default: the CLI, acting as ADMIN). */
  execute<TData = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer | null,
  ): Promise<{ data?: TData | null; errors?: readonly GraphQLFormattedError[] }>;
  /** True when the database answers. */
  isDatabaseReady(): Promise<boolean>;
  stop(): Promise<void>;
}

/** Builds and starts the GraphQL side of the hub over an open ORM. */
export async function createHub(options: { orm: MikroORM; config: HubConfig; logger?: Logger }): Promise<Hub> {
  const schema = await buildHubSchema();
  const secret = await resolveHubSecret({ configured: options.config.secret, dataDir: options.config.dataDir });
  const production = options.config.production;
  const questionVolume = new RestrictedQuestionVolume();
  const apollo = new ApolloServer<HubRequestContext>({
    schema,
    csrfPrevention: true,
    // main.ts orders shutdown (HTTP drain, then Apollo, then the database); Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    // On even in production: operationGuardPlugin limits introspection to signed-in callers.
    introspection: true,
    formatError: (formatted, error) => formatHubError(formatted, error, { production }),
    plugins: [
      // No cache hints are used; without this Apollo wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      operationGuardPlugin(),
      restrictedQuestionsPlugin(questionVolume),
      queryLimitsPlugin<HubRequestContext>({ maxDepth: QUERY_LIMITS.maxDepth, maxCost: QUERY_LIMITS.maxCost }),
      errorReportingPlugin({ logger: options.logger }),
      mutationAuditPlugin(),
      graphqlMetricsPlugin(),
      // aggregate rows written into the response directly, not completed by graphql-js field by field.
      leanAggregateRowsPlugin<HubRequestContext>(),
    ],
  });
  await apollo.start();
  watchDatabasePool(options.orm);
  // Which programmes' data changed, heard from the database (a hint: answers never depend on it).
  const notices = new DataVersionNotices({
    connectionString: options.orm.config.get('clientUrl')!,
    log: (message) => options.logger?.warn({ event: 'data_version_notices' }, message),
  });
  await notices.start();
  const analyticsCache = new AnalyticsAnswerCache({ notices });

  const createContext = (context?: { requestId?: string; viewer?: Viewer | null; client?: ClientInfo }): HubRequestContext => {
    const em = options.orm.em.fork();
    return {
      em,
      loaders: new RequestLoaders(em),
      orm: options.orm,
      secret,
      config: options.config,
      requestId: context?.requestId ?? randomUUID(),
      viewer: context?.viewer ?? null,
      client: context?.client ?? { ip: null, secure: false },
      analyticsCache,
      responseCookies: [],
    };
  };

  return {
    orm: options.orm,
    config: options.config,
    schema,
    apollo,
    secret,
    analyticsCache,
    dataVersionNotices: notices,
    questionVolume,
    createContext,
    authenticate: (headers) =>
      authenticateRequest(options.orm.em.fork(), { secret, authorization: headers.authorization, cookie: headers.cookie }),
    async execute(query, variables, viewer = cliViewer) {
      const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext({ viewer }) });
      if (response.body.kind !== 'single') throw new Error('Incremental delivery is not used by the hub.');
      const { data, errors } = response.body.singleResult;
      return { data: data as never, errors };
    },
    async isDatabaseReady() {
      try {
        await options.orm.em.getConnection().execute('select 1');
        return true;
      } catch {
        return false;
      }
    },
    async stop() {
      await notices.stop();
      await apollo.stop();
    },
  };
}
