/**
 * The stages of one import, in order, for `onTimings` (the import benchmark prints them): where the
 * time goes decides what is worth making faster.
 */
export const IMPORT_STAGES = ['checksum', 'setup', 'read', 'stage', 'checks', 'merge', 'months', 'rollups', 'commit'] as const;

export type ImportStage = (typeof IMPORT_STAGES)[number];

export type ImportTimings = Record<ImportStage, number>;

/**
 * Milliseconds per stage. Reading, mapping and staging interleave (rows stream into the staging table
 * while the file is read): the time spent waiting for the staging stream is carved out of the read lap.
 */
export class StageClock {
  readonly timings: ImportTimings = Object.fromEntries(IMPORT_STAGES.map((stage) => [stage, 0])) as ImportTimings;
  private lapStart = performance.now();
  private carved = 0;

  /** Ends the current lap, counting it (less what was carved out of it) to `stage`. */
  lap(stage: ImportStage): void {
    const now = performance.now();
    this.timings[stage] += now - this.lapStart - this.carved;
    this.lapStart = now;
    this.carved = 0;
  }

  /** Counts the time until `work` settles to `stage`, outside the current lap. */
  async carve<T>(stage: ImportStage, work: Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await work;
    } finally {
      const spent = performance.now() - started;
      this.timings[stage] += spent;
      this.carved += spent;
    }
  }
}
