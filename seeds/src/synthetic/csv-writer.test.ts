import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCsvWriter, quoteCsvField } from './csv-writer.js';
import { parseDelimited } from './read-partner-file.js';

describe('quoteCsvField', () => {
  it('leaves plain fields alone', () => {
    expect(quoteCsvField('rękawice ochraniacze', ',')).toBe('rękawice ochraniacze');
    expect(quoteCsvField('a,b', ';')).toBe('a,b');
  });

  it('quotes fields holding the delimiter, a quote or a line break, doubling quotes', () => {
    expect(quoteCsvField('rękawice, ochraniacze', ',')).toBe('"rękawice, ochraniacze"');
    expect(quoteCsvField('a;b', ';')).toBe('"a;b"');
    expect(quoteCsvField('buty "jazzówki"', ',')).toBe('"buty ""jazzówki"""');
    expect(quoteCsvField('dwie\nlinie', ',')).toBe('"dwie\nlinie"');
  });
});

describe('createCsvWriter', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'csv-writer-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a BOM, the header, CRLF rows, and quoted fields that parse back', async () => {
    const path = join(dir, 'utf8.csv');
    const writer = createCsvWriter({ path, header: ['a', 'b'], delimiter: ',', encoding: 'utf-8', lineEnding: '\r\n', bom: true });
    const rows = [['1', 'rękawice, ochraniacze'], ['2', 'buty "jazzówki"'], ['3', 'dwie\nlinie']];
    await writer.writeRows(rows);
    await writer.close();
    const bytes = await readFile(path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.startsWith('a,b\r\n1,"rękawice, ochraniacze"\r\n')).toBe(true);
    expect(parseDelimited(text, ',')).toEqual([['a', 'b'], ...rows]);
    expect(writer.rows).toBe(3);
  });

  it('encodes Windows-1250 (Ł is 0xA3) without a BOM', async () => {
    const path = join(dir, 'cp1250.csv');
    const writer = createCsvWriter({ path, header: ['nazwisko'], delimiter: ';', encoding: 'windows-1250', lineEnding: '\r\n', bom: false });
    await writer.writeRows([['Łęcka'], ['Żółtowski']]);
    await writer.close();
    const bytes = await readFile(path);
    expect(bytes[0]).toBe('n'.charCodeAt(0));
    expect(bytes.includes(0xa3)).toBe(true);
    expect(iconv.decode(bytes, 'win1250')).toBe('nazwisko\r\nŁęcka\r\nŻółtowski\r\n');
  });

  it('streams many rows through small chunks', async () => {
    const path = join(dir, 'many.csv');
    const writer = createCsvWriter({ path, header: ['n'], delimiter: ',', encoding: 'utf-8', lineEnding: '\n', bom: false });
    function* numbers(): Generator<string[]> {
      for (let i = 0; i < 200_000; i++) yield [String(i)];
    }
    await writer.writeRows(numbers());
    await writer.close();
    const lines = (await readFile(path, 'utf8')).split('\n');
    expect(lines.length).toBe(200_002);
    expect(lines[200_000]).toBe('199999');
  });
});
