import pg from 'pg';

/** The channel the AnalyticsVersionNotices migration's trigger notifies on, with the programmes' new versions. */
export const DATA_VERSION_CHANNEL = 'analytics_data_version';

/** How long to wait before listening again after the listening connection was lost. */
const RECONNECT_DELAY_MS = 1_000;

/**
 * Hears which data versions programmes have reached, from any writer on the database (this hub, a
 * `hub import` beside it, another hub): PostgreSQL delivers the trigger's notice at each commit to a
 * connection of its own that LISTENs. It keeps the highest version announced per programme; the
 * answer cache compares it with the version it last read (answer-cache.ts): a newer one announced
 * means the next answer is computed in one statement that reads the version too.
 *
 * A notice is a hint, never a condition for a correct answer: one that arrives late, or is lost while
 * the connection is down, costs one more round trip, not a stale answer. What may have been missed
 * (while reconnecting) or cannot be read (`*`: too many programmes for one notice) starts a new epoch:
 * every version read before it counts as old.
 */
export class DataVersionNotices {
  private readonly announced = new Map<string, bigint>();
  private currentEpoch = 0;
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;
  /** Whether the current outage was logged (once per outage, not once a second). */
  private reported = false;

  constructor(private readonly options: { connectionString: string; log?: (message: string) => void }) {}

  /** The highest data version announced for the programme (undefined: none heard). */
  announcedVersion(programmeCode: string): bigint | undefined {
    return this.announced.get(programmeCode);
  }

  /** Grows whenever notices may have been missed or could not be read. */
  get epoch(): number {
    return this.currentEpoch;
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

  /** What a notice's payload says: `{"<code>": "<version>", …}`, or `*`. */
  received(payload: string | undefined): void {
    let versions: unknown;
    try {
      versions = JSON.parse(payload ?? '');
    } catch {
      versions = undefined;
    }
    if (typeof versions !== 'object' || versions === null || Array.isArray(versions)) {
      this.currentEpoch += 1;
      return;
    }
    for (const [code, text] of Object.entries(versions)) {
      if (typeof text !== 'string' || !/^\d{1,19}$/.test(text)) {
        this.currentEpoch += 1;
        continue;
      }
      const version = BigInt(text);
      if (version > (this.announced.get(code) ?? -1n)) this.announced.set(code, version);
    }
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
    this.currentEpoch += 1;
  }

  private lost(client: pg.Client): void {
    if (this.client === client) this.client = null;
    if (this.stopped || this.retry) return;
    this.currentEpoch += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      if (!this.stopped) void this.listen();
    }, RECONNECT_DELAY_MS);
    this.retry.unref();
  }
}
