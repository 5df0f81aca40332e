import autocannon from 'autocannon';

/** What load-bench.ts passes (JSON in argv[2]): autocannon's options, and periods to vary requests by. */
export interface LoadGeneratorOptions {
  autocannon: autocannon.Options;
  /** When set, each request sends its document with the next of these periods as $from/$to: no two alike until they wrap. */
  periods?: [from: string, to: string][];
}

/**
 * The load generator of `npm run bench:load`, in a process of its own: it prints autocannon's result as
 * JSON on stdout. Apart from the hub, so that the hub process's peak RSS (which the bench reports) is
 * the hub's alone, and so that it does not take the hub's event loop.
 */
const options = JSON.parse(process.argv[2] ?? '{}') as LoadGeneratorOptions;
const { periods } = options;
let sent = 0;
/** HTTP 200 responses are not all answers: GraphQL errors, and among them questions refused as too large (ANSWER_TOO_LARGE). */
const answers = { graphqlErrors: 0, refused: 0 };
const onResponse = (status: number, body: string) => {
  if (status !== 200 || !body.includes('"errors":')) return;
  if (body.includes('"ANSWER_TOO_LARGE"')) answers.refused += 1;
  else answers.graphqlErrors += 1;
};
const requests = options.autocannon.requests?.map((request) => ({
  ...request,
  onResponse,
  ...(periods && {
    setupRequest: (next: autocannon.Request) => {
      const [from, to] = periods[sent++ % periods.length]!;
      const { query } = JSON.parse(String(request.body)) as { query: string };
      return { ...next, body: JSON.stringify({ query, variables: { from, to } }) };
    },
  }),
}));
autocannon({ ...options.autocannon, requests })
  .then((result) => process.stdout.write(JSON.stringify({ ...result, ...answers })))
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
