import { PERIOD_LOCKED, PeriodLockedError } from '../period/period-lock.js';

/** A correction (withdrawal, erasure, report) that cannot be done as asked; the message says why and what to do. */
export class CorrectionRefused extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'CorrectionRefused';
  }
}

/** A withdrawal or erasure touching an approved month is refused whole, like an import (docs/interfaces.md §9). */
export function refuseLockedPeriod(error: unknown): never {
  if (error instanceof PeriodLockedError) throw new CorrectionRefused(error.message, PERIOD_LOCKED);
  throw error;
}
