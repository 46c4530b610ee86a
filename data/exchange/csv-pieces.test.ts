/**
 * A CSV read in pieces (an uploaded file, a megabyte at a time) gives the rows, line numbers and
 * messages that the whole text gives, wherever the pieces are cut: inside a quoted cell, a line break
 * of it, a CRLF pair, a character pair.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvPieces } from './csv';
import type { RawRow } from './rows';

const header = 'pair,category,start,end,title,summary,source_1_publisher,source_1_title,source_1_date,source_1_language,source_1_url';
const rows = Array.from({ length: 60 }, (_, i) =>
  i % 7 === 3
    ? `CN-TJ,visits,2020,,"Broken ""quote"" ${i},,P,T,,en,` // a row papaparse reports, then carries on
    : `CN-TJ,visits,20${10 + (i % 10)},,"Title, ${i} ""quoted""","A summary
over two lines, ${i} 中文 😀",Press,Report ${i},2020,en,https://example.org/${i}`,
);

function read(parse: (onRow: (row: RawRow) => void) => void): unknown[] {
  const out: unknown[] = [];
  try {
    parse((row) => out.push(row));
  } catch (error) {
    out.push(`threw: ${(error as Error).message}`);
  }
  return out;
}

const cut = (text: string, size: number) => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

describe('parseCsvPieces', () => {
  for (const newline of ['\r\n', '\n']) {
    const text = `\uFEFF${[header, ...rows].join(newline)}${newline}`;
    it.each([1, 2, 7, 64, 1000, text.length])(`cut every %i characters (${JSON.stringify(newline)} lines) reads as the whole text`, (size) => {
      const whole = read((onRow) => parseCsv(text, onRow));
      expect(whole.length).toBeGreaterThan(40); // a broken quote swallows the row after it
      expect(whole.filter((r) => (r as RawRow).problem).length).toBeGreaterThan(0);
      expect(read((onRow) => parseCsvPieces(cut(text, size), onRow))).toEqual(whole);
    });
  }

  it('reads every crafted file of the corpus as the whole text does, cut small', () => {
    const dir = path.join(import.meta.dirname, 'bad-files');
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
      const text = fs.readFileSync(path.join(dir, name), 'utf8');
      expect(read((onRow) => parseCsvPieces(cut(text, 5), onRow)), name).toEqual(read((onRow) => parseCsv(text, onRow)));
    }
  });
});

describe('parseCsv delimiter', () => {
  // parseCsv guesses the delimiter on the first lines of a text without quotes (csv.ts delimiterOf);
  // parseCsvPieces given the whole text as one piece lets papaparse guess on all of it.
  const plain = 'pair,category,start,title,summary';
  for (const delimiter of [',', ';', '\t', '|']) {
    for (const count of [3, 10, 11, 40]) {
      for (const quoted of [false, true]) {
        it(`guesses ${JSON.stringify(delimiter)} as papaparse does (${count} rows${quoted ? ', quoted cells' : ''})`, () => {
          const lines = Array.from({ length: count }, (_, i) =>
            ['CN-TJ', 'visits', `20${10 + (i % 10)}`, quoted && i === count - 1 ? '"A ""quoted"" title"' : `Title ${i}`, i > 12 ? 'a, b; c | d' : `Summary ${i}`].join(delimiter),
          );
          const text = [plain.split(',').join(delimiter), ...lines].join('\r\n') + '\r\n';
          const rows = read((onRow) => parseCsv(text, onRow));
          expect(rows).toEqual(read((onRow) => parseCsvPieces([text], onRow)));
          expect(rows.length).toBe(count);
          // Rows after the 12th hold other delimiters as text (cells too many where one is the delimiter).
          expect(rows.slice(0, 12).every((r) => (r as RawRow).value)).toBe(true);
        });
      }
    }
  }
});
