/** A correction (withdrawal, erasure, report) that cannot be done as asked; the message says why and what to do. */
export class CorrectionRefused extends Error {
  constructor(message: string, readonly code: string) {
    super(message);
    this.name = 'CorrectionRefused';
  }
}
