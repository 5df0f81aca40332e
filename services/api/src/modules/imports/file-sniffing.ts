import type { FileEncoding } from './partner-file-kinds.js';

/** What a file that is not CSV text at all looks like, from its first bytes. */
export interface NotTextVerdict {
  code: 'COMPRESSED_FILE' | 'BINARY_FILE' | 'UNSUPPORTED_ENCODING' | 'MISLABELLED_ENCODING';
  reason: string;
}

const startsWith = (head: Buffer, bytes: number[]) => bytes.every((byte, index) => head[index] === byte);

const SIGNATURES: Array<{ bytes: number[]; verdict: NotTextVerdict }> = [
  { bytes: [0x1f, 0x8b], verdict: { code: 'COMPRESSED_FILE', reason: 'the file is gzip-compressed: unpack it and send the CSV file inside' } },
  { bytes: [0x50, 0x4b, 0x03, 0x04], verdict: { code: 'COMPRESSED_FILE', reason: 'the file is a ZIP archive (or an Excel .xlsx workbook): send the CSV file itself (in Excel: Save as → CSV)' } },
  { bytes: [0x50, 0x4b, 0x05, 0x06], verdict: { code: 'COMPRESSED_FILE', reason: 'the file is an empty ZIP archive: send the CSV file itself' } },
  { bytes: [0x42, 0x5a, 0x68], verdict: { code: 'COMPRESSED_FILE', reason: 'the file is bzip2-compressed: unpack it and send the CSV file inside' } },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], verdict: { code: 'COMPRESSED_FILE', reason: 'the file is xz-compressed: unpack it and send the CSV file inside' } },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], verdict: { code: 'COMPRESSED_FILE', reason: 'the file is a 7-Zip archive: unpack it and send the CSV file inside' } },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], verdict: { code: 'BINARY_FILE', reason: 'the file is an old Excel (.xls) or Word document, not CSV: in Excel use Save as → CSV' } },
  { bytes: [0x25, 0x50, 0x44, 0x46], verdict: { code: 'BINARY_FILE', reason: 'the file is a PDF document, not CSV' } },
  { bytes: [0xff, 0xfe], verdict: { code: 'UNSUPPORTED_ENCODING', reason: 'the file is UTF-16 text: save it as UTF-8 (or Windows-1250) CSV' } },
  { bytes: [0xfe, 0xff], verdict: { code: 'UNSUPPORTED_ENCODING', reason: 'the file is UTF-16 text: save it as UTF-8 (or Windows-1250) CSV' } },
];

/**
 * Recognises, from the file's first bytes, what cannot be CSV text: compressed files and archives,
 * known binary formats, UTF-16, a UTF-8 byte-order mark on a file declared Windows-1250, and
 * anything else with many control bytes. A text file with one damaged value passes (that value is
 * reported on its line).
 */
export function sniffFileStart(head: Buffer, encoding: FileEncoding): NotTextVerdict | undefined {
  for (const { bytes, verdict } of SIGNATURES) if (startsWith(head, bytes)) return verdict;
  if (encoding === 'windows-1250' && startsWith(head, [0xef, 0xbb, 0xbf])) {
    return { code: 'MISLABELLED_ENCODING', reason: 'the file is declared Windows-1250 but starts with a UTF-8 byte-order mark: it looks like UTF-8, import it with encoding utf-8' };
  }
  const sample = head.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) || byte === 0x7f) control += 1;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    return { code: 'BINARY_FILE', reason: 'the file is binary (many control bytes), not CSV text' };
  }
  return undefined;
}

/**
 * Watches the raw bytes of a file, across chunks, for whether they are valid UTF-8 with multi-byte
 * letters: what decides between the two encodings partners use (a Windows-1250 file with Polish
 * letters is practically never valid UTF-8, and a UTF-8 one always is).
 */
export class Utf8Watcher {
  private pendingContinuations = 0;
  private line = 1;
  valid = true;
  /** The first line holding a multi-byte UTF-8 character, when the text is valid so far. */
  firstMultibyteLine: number | undefined;
  /** The first line with a byte sequence that is not UTF-8. */
  firstInvalidLine: number | undefined;

  feed(chunk: Buffer): void {
    if (!this.valid) return;
    for (const byte of chunk) {
      if (byte === 0x0a) this.line += 1;
      if (this.pendingContinuations > 0) {
        if ((byte & 0xc0) !== 0x80) return this.invalid();
        this.pendingContinuations -= 1;
        continue;
      }
      if (byte < 0x80) continue;
      if (byte >= 0xc2 && byte <= 0xdf) this.pendingContinuations = 1;
      else if (byte >= 0xe0 && byte <= 0xef) this.pendingContinuations = 2;
      else if (byte >= 0xf0 && byte <= 0xf4) this.pendingContinuations = 3;
      else return this.invalid();
      this.firstMultibyteLine ??= this.line;
    }
  }

  private invalid(): void {
    this.valid = false;
    this.firstInvalidLine = this.line;
  }
}
