// The automatic list numbers of the old binary Word format, read as printed. The fixtures are made by LibreOffice from
// .docx files the docx package writes (make-numbering-fixtures.ts): auto-numbered-lists.doc (an outline 一、（一）1.
// whose finer levels start again, a level of circled numbers, a bullet list, a list starting at 5 and a table's 序号
// column) with the source .docx and the text of LibreOffice's PDF of that .doc (pdftotext), and
// auto-numbered-measures.doc.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WordExtractor from 'word-extractor';
import { describe, expect, it } from 'vitest';
import { extractPolicy } from '../../shared/extract/policy';
import { LIST_NUMBERS_UNREAD } from '../../shared/formats';
import { formatListNumber } from '../../shared/text/list-numbers';
import { readDocBody } from './doc';
import { numberFormatOf, readDocListLabels } from './doc-lists';
import { importFile } from './index';

const fixture = (name: string) => join(__dirname, '__fixtures__', name);

async function paragraphs(path: string): Promise<string[]> {
  const outcome = await importFile(path);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return outcome.doc.paragraphs.map((p) => p.text);
}

const LABEL = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．]|[①-⑳]|第[一二三四五六七八九十]+条)/;
const labels = (lines: string[]) => lines.map((l) => LABEL.exec(l)?.[0]).filter(Boolean);

/** The text word-extractor alone gives. */
async function plainBody(bytes: Uint8Array): Promise<string> {
  const doc = await new WordExtractor().extract(Buffer.from(bytes));
  return doc.getBody({ filterUnicode: false });
}

describe('a .doc numbered by Word’s own lists', () => {
  it('writes the labels LibreOffice prints for the same file', async () => {
    const doc = await paragraphs(fixture('auto-numbered-lists.doc'));
    const printed = readFileSync(fixture('auto-numbered-lists.printed.txt'), 'utf8').split('\n').map((l) => l.trim());
    expect(labels(doc)).toEqual(labels(printed));
    expect(labels(doc)).toEqual(['一、', '（一）', '1.', '2.', '①', '②', '（二）', '1.', '2.', '二、', '（一）', '5．', '6．', '第一条', '第二条']);
    // the articles are numbered by their paragraph style
    expect(doc.find((l) => l.startsWith('第二条'))).toMatch(/^第二条\s?本方案自印发之日起施行。$/);
    expect(doc).toContain('1.压缩开办时间。压缩企业开办时间至1个工作日以内。（区市场监管局牵头，区税务局配合，2022年6月底前完成）');
    // a bullet list writes no number
    expect(doc).toContain('每月25日前报送工作进展。');
  });

  it('reads as the .docx reader reads the source document, the table’s 序号 column included', async () => {
    const doc = await paragraphs(fixture('auto-numbered-lists.doc'));
    const docx = await paragraphs(fixture('auto-numbered-lists.docx'));
    expect(doc).toEqual(docx);
    expect(doc.filter((l) => l.includes(' | ')).map((l) => l.split(' | ')[0])).toEqual(['序号', '1', '2', '3']);
  });

  it('gives the measures of a policy numbered only so, as its PDF gives them', async () => {
    const ledger = async (name: string) => {
      const outcome = await importFile(fixture(name));
      if (!outcome.ok) throw new Error(outcome.failure.message);
      expect(outcome.doc.warnings).toEqual([]);
      return extractPolicy({ paragraphs: outcome.doc.paragraphs }).measures.map((m) => ({ label: m.label, title: m.title, lead: m.lead, support: m.support }));
    };
    const printed = await ledger('auto-numbered-policy.pdf');
    expect(printed).toHaveLength(4);
    expect(await ledger('auto-numbered-measures.doc')).toEqual(printed);
  });
});

describe('nfc values as number formats', () => {
  it.each([
    [0, '3'], [1, 'III'], [2, 'iii'], [3, 'C'], [4, 'c'], [10, '三'], [14, '３'], [18, '③'], [19, '３'], [22, '03'], [23, ''],
    [26, '⒊'], [27, '⑶'], [28, '③'], [30, '丙'], [31, '寅'], [33, '三'], [35, '三'], [37, '三'], [38, '叁'], [39, '三'], [255, ''],
    // a format not known here counts in digits
    [8, '3'], [200, '3'],
  ])('nfc %i writes 3 as %j', (nfc, written) => {
    expect(formatListNumber(3, numberFormatOf(nfc))).toBe(written);
  });
});

describe('a .doc without lists, or whose lists cannot be read', () => {
  it.each(['libreoffice-table.doc', 'wps/kingsoft-writer.wps', 'wps/policy-seed.wps'])('%s reads exactly as before', async (name) => {
    const bytes = readFileSync(fixture(name));
    const read = await readDocBody(bytes);
    expect(read).toEqual({ body: await plainBody(bytes), listsRead: true });
  });

  /** A copy of auto-numbered-lists.doc with `damage` done to it. */
  function damaged(damage: (bytes: Buffer) => void): Buffer {
    const bytes = Buffer.from(readFileSync(fixture('auto-numbered-lists.doc')));
    damage(bytes);
    return bytes;
  }
  /** Where the WordDocument stream (its FIB) begins: the first sector starting with the FIB's magic number. */
  const fibAt = (bytes: Buffer) => {
    for (let at = 512; at + 512 <= bytes.length; at += 512) if (bytes.readUInt16LE(at) === 0xa5ec) return at;
    throw new Error('no FIB');
  };
  // the number text of the level 「（%2）」, inside the list table
  const levelText = Buffer.from('（\u0001）', 'utf16le');

  it.each([
    ['a list table said to run past its stream', (b: Buffer) => b.writeUInt32LE(0x7fffffff, fibAt(b) + 0x2e6)],
    ['a list table placed past its stream', (b: Buffer) => b.writeUInt32LE(0x7ffffff0, fibAt(b) + 0x2e2)],
    ['a level whose number text is said to be longer than the table', (b: Buffer) => b.writeUInt16LE(0xffff, b.indexOf(levelText) - 2)],
    ['overrides placed past their stream', (b: Buffer) => b.writeUInt32LE(0x7ffffff0, fibAt(b) + 0x2ea)],
  ])('%s: imports without labels and without error', async (_, damage) => {
    const bytes = damaged(damage);
    const read = await readDocBody(bytes);
    expect(read.listsRead).toBe(false);
    expect(read.body).toBe(await plainBody(bytes));
    // imported, with the warning that the numbers are missing
    const copy = join(mkdtempSync(join(tmpdir(), 'doc-lists-')), '政策.doc');
    writeFileSync(copy, bytes);
    const outcome = await importFile(copy);
    expect(outcome.ok && outcome.doc.warnings).toEqual([LIST_NUMBERS_UNREAD]);
    expect(outcome.ok && outcome.doc.paragraphs.some((p) => p.text === '主要任务')).toBe(true);
  });

  it('bytes overwritten in the list levels never make the import fail', async () => {
    const original = readFileSync(fixture('auto-numbered-lists.doc'));
    const around = original.indexOf(levelText);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 60; i++) {
      const bytes = damaged((b) => {
        for (let k = 0; k < 4; k++) b[around - 40 + Math.floor(random() * 300)] = Math.floor(random() * 256);
      });
      const read = await readDocBody(bytes);
      if (!read.listsRead) expect(read.body).toBe(await plainBody(bytes));
    }
  });

  it('random streams give no labels, and say so', () => {
    expect(readDocListLabels(new Uint8Array(0), new Uint8Array(0))).toBeNull();
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    expect(readDocListLabels(noise, noise)).toBeNull();
  });
});
