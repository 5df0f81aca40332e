import pg from 'pg';

/** The channel the AnalyticsVersionNotices migration's trigger notifies on, with the programmes' codes. */
export const DATA_VERSION_CHANNEL = 'analytics_data_version';

/** How long to wait before listening again after the listening connection was lost. */
const RECONNECT_DELAY_MS = 1_000;

/**
 * Hears which programmes' data versions changed, from any writer on the database (this hub, a
 * `hub import` beside it, another hub): PostgreSQL delivers the trigger's notice at each commit to a
 * connection of its own that LISTENs. It only counts notices per programme; the answer cache compares
 * a count with the one it saw when it last learned a version, and a count that moved says that version
 * is old (so the next answer is computed in one statement that reads the version too, see answer-cache.ts).
 *
 * A notice is a hint, never a condition for a correct answer: one that arrives late, or is lost while
 * the connection is down, costs one more round trip, not a stale answer. Notices missed while
 * reconnecting count as a change of every programme.
 */
export class DataVersionNotices {
  private readonly counts = new Map<string, number>();
  /** Notices that named every programme (`*`), and reconnections (which may have missed some). */
  private everything = 0;
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  /** Whether the current outage was logged (once per outage, not once a second). */
  private reported = false;

  constructor(private readonly options: { connectionString: string; log?: (message: string) => void }) {}

  /** Grows with every notice naming the programme (or every programme). */
  count(programmeCode: string): number {
    return (this.counts.get(programmeCode) ?? 0) + this.everything;
  }

  /** Starts listening; resolves once the LISTEN is in place (or has failed: then it keeps trying in the background). */
  async start(): Promise<void> {
    this.stopped = false;
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  /** What a notice's payload says: a JSON array of programme codes, or `*`. */
  received(payload: string | undefined): void {
    let codes: unknown;
    try {
      codes = payload === '*' ? '*' : JSON.parse(payload ?? '');
    } catch {
      codes = '*';
    }
    if (!Array.isArray(codes)) {
      this.everything += 1;
      return;
    }
    for (const code of codes) if (typeof code === 'string') this.counts.set(code, (this.counts.get(code) ?? 0) + 1);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.connectionString, application_name: 'razem-hub-notices' });
    client.on('notification', (message) => {
      if (message.channel === DATA_VERSION_CHANNEL) this.received(message.payload);
    });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`listen ${DATA_VERSION_CHANNEL}`);
    } catch (error) {
      if (!this.reported) this.options.log?.(`Not listening for data version notices (answers read the version first): ${error instanceof Error ? error.message : String(error)}`);
      this.reported = true;
      this.lost(client);
      await client.end().catch(() => undefined);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.reported = false;
    // Whatever changed before this LISTEN (or while the last connection was down) was not heard.
    this.everything += 1;
  }

  private lost(client: pg.Client): void {
    if (this.client === client) this.client = null;
    if (this.stopped || this.retry) return;
    this.everything += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) void this.listen();
    }, RECONNECT_DELAY_MS);
    this.retry.unref();
  }
}
