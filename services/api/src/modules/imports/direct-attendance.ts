import type { EntityManager } from '@mikro-orm/postgresql';
import { runSql, sql } from '../../database/sql-fragment.js';
import { CopyWriter } from './staging-table.js';

/**
 * The file has a row the direct path cannot write without comparing it with stored data (a session
 * already stored, a month approved): the import starts over through the staging table and the merge.
 */
export class NeedsMerge extends Error {
  constructor(reason: string) {
    super(`the attendance file needs the merge: ${reason}`);
  }
}

/** The first session ids reserved at a time; each further block doubles, up to the last size. */
const FIRST_ID_BLOCK = 1_024;
const LAST_ID_BLOCK = 65_536;

interface NewSession {
  id: number;
  activityId: number;
  date: string;
  minutes: number;
}

/**
 * Writes attendance rows of sessions the partner has not stored yet straight into `attendance` with
 * COPY, while the file is being read: nothing stored can match such a row, so the merge (staging,
 * comparing, inserting again) has nothing to decide, and PostgreSQL stores rows while Node parses the
 * next ones. Sessions get ids reserved from their sequence (blocks taken between COPYs on the same
 * connection) and are written at `finish`, before the transaction commits.
 *
 * Runs in bulk mode (no per-row foreign-key triggers): each session id is one reserved here, written
 * at `finish`; participants come from the lookups resolved in this transaction under the programme's
 * import lock. Keys stay enforced by the unique indexes: a participant twice at one session fails the
 * COPY (23505), and the import starts over through the staging table, which names every duplicate line.
 */
export class DirectAttendanceWriter {
  private copy: CopyWriter | null = null;
  private readonly sessions = new Map<string, NewSession>();
  private ids: number[] = [];
  private nextId = 0;
  private idBlock = FIRST_ID_BLOCK;
  /** Rows written so far. */
  rows = 0;

  private constructor(
    private readonly em: EntityManager,
    private readonly batchId: number,
    private readonly storedSessions: ReadonlySet<string>,
    private readonly lockedMonths: ReadonlySet<string>,
  ) {}

  /** Loads the partner's stored sessions (the rows the direct path must leave to the merge). */
  static async open(em: EntityManager, options: { batchId: number; partnerId: number; lockedMonths: readonly string[] }): Promise<DirectAttendanceWriter> {
    const stored = await runSql<{ key: string }>(
      em,
      sql`select se.activity_id || '|' || se.date::text as key from session se join activity a on a.id = se.activity_id where a.partner_id = ${options.partnerId}`,
    );
    return new DirectAttendanceWriter(em, options.batchId, new Set(stored.map((row) => row.key)), new Set(options.lockedMonths));
  }

  /**
   * Writes one mapped attendance row (attendanceTarget.staging order); returns a promise only when the
   * caller must wait. Throws NeedsMerge for a row of a stored session or an approved month.
   */
  add(values: readonly unknown[]): Promise<void> | undefined {
    const [activityId, date, minutes, participantId, status] = values as [number, string, number, number, string];
    const key = `${activityId}|${date}`;
    let session = this.sessions.get(key);
    if (session === undefined) {
      if (this.storedSessions.has(key)) throw new NeedsMerge('a row of a stored session');
      if (this.lockedMonths.has(date.slice(0, 7))) throw new NeedsMerge('a row in an approved month');
      if (this.nextId === this.ids.length) return this.reserveIds().then(() => this.add(values));
      session = { id: this.ids[this.nextId++]!, activityId, date, minutes };
      this.sessions.set(key, session);
    }
    this.rows += 1;
    return this.copy!.add(session.id, [participantId, status, this.batchId]);
  }

  /** Ends the attendance COPY and writes the new sessions; returns the distinct dates written. */
  async finish(): Promise<string[]> {
    await this.copy?.finish();
    this.copy = null;
    const sessions = await CopyWriter.open(this.em, 'session', ['id', 'activity_id', 'date', 'minutes', 'import_batch_id']);
    this.copy = sessions;
    const dates = new Set<string>();
    for (const session of this.sessions.values()) {
      dates.add(session.date);
      const full = sessions.add(session.id, [session.activityId, session.date, session.minutes, this.batchId]);
      if (full) await full;
    }
    await sessions.finish();
    this.copy = null;
    return [...dates];
  }

  /** Ends a COPY left open by a failure, so that the connection can roll back. */
  async close(): Promise<void> {
    await this.copy?.close();
    this.copy = null;
  }

  /** Takes the next block of session ids, between two COPYs (nothing else may be sent during one). */
  private async reserveIds(): Promise<void> {
    await this.copy?.finish();
    this.copy = null;
    const reserved = await runSql<{ id: number }>(
      this.em,
      sql`select nextval(pg_get_serial_sequence('session', 'id'))::int as id from generate_series(1, ${this.idBlock}::int)`,
    );
    this.ids = reserved.map((row) => row.id);
    this.nextId = 0;
    this.idBlock = Math.min(this.idBlock * 2, LAST_ID_BLOCK);
    this.copy = await CopyWriter.open(this.em, 'attendance', ['session_id', 'participant_id', 'status', 'import_batch_id']);
  }
}
