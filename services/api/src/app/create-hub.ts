import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import type { HubConfig } from '../config/env.js';
import { RequestLoaders } from '../dataloader/request-loaders.js';
import type { HubContext } from '../graphql/context.js';
import { buildHubSchema } from '../graphql/schema.js';
import { cliViewer, type Viewer } from '../modules/auth/viewer.js';

/** The hub without its HTTP listener: what the server serves and what tests drive directly. */
export interface Hub {
  orm: MikroORM;
  config: HubConfig;
  schema: GraphQLSchema;
  apollo: ApolloServer<HubContext>;
  /** A fresh per-request context: its own EntityManager fork and DataLoaders. */
  createContext(options?: { requestId?: string; viewer?: Viewer | null }): HubContext;
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
export async function createHub(options: { orm: MikroORM; config: HubConfig }): Promise<Hub> {
  const schema = await buildHubSchema();
  const apollo = new ApolloServer<HubContext>({
    schema,
    csrfPrevention: true,
    // main.ts orders shutdown (HTTP drain, then Apollo, then the database); Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.config.production,
  });
  await apollo.start();

  const createContext = (context?: { requestId?: string; viewer?: Viewer | null }): HubContext => {
    const em = options.orm.em.fork();
    return {
      em,
      loaders: new RequestLoaders(em),
      config: options.config,
      requestId: context?.requestId ?? randomUUID(),
      viewer: context?.viewer ?? null,
    };
  };

  return {
    orm: options.orm,
    config: options.config,
    schema,
    apollo,
    createContext,
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
    stop: () => apollo.stop(),
  };
}
