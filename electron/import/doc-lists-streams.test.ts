// The list tables of the binary Word format on hand-built streams, for what LibreOffice's files do not show: a list
// given by the paragraph style (and the style it is based on), a paragraph that takes itself out of its style's
// list, a list that starts again at a number of its own (LFOLVL fStartAt), a level worded anew for one list
// (fFormatting), a level that never starts again (fNoRestart), and counts that claim more than the bytes hold.
import { describe, expect, it } from 'vitest';
import { readDocListLabels } from './doc-lists';

const u16 = (n: number) => Buffer.from([n & 0xff, (n >> 8) & 0xff]);
const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n >>> 0); return b; };
const utf16 = (s: string) => Buffer.from(s, 'utf16le');
const sprmIlfo = (ilfo: number) => Buffer.concat([u16(0x460b), u16(ilfo)]);
const sprmIlvl = (ilvl: number) => Buffer.concat([u16(0x260a), Buffer.from([ilvl])]);

interface Level { start?: number; nfc: number; text: string; noRestart?: boolean; restartLimit?: number }
/** An LVL: LVLF, no grpprls, the number text with \x00–\x08 for the level numbers. */
function lvl({ start = 1, nfc, text, noRestart = false, restartLimit = 0 }: Level): Buffer {
  const lvlf = Buffer.alloc(28);
  lvlf.writeInt32LE(start, 0);
  lvlf[4] = nfc;
  lvlf[5] = noRestart ? 0x08 : 0;
  let k = 0;
  [...text].forEach((c, i) => { if (c.charCodeAt(0) <= 8 && k < 9) lvlf[6 + k++] = i + 1; });
  lvlf[15] = 2; // nothing follows the number
  lvlf[26] = restartLimit;
  return Buffer.concat([lvlf, u16(text.length), utf16(text)]);
}

interface Paragraph { text: string; istd?: number; sprms?: Buffer[] }
interface Style { base: number; sprms: Buffer[] }
interface Lfo { lsid: number; overrides?: { level: number; start?: number; format?: Level }[] }

/** A WordDocument stream and its table stream holding the paragraphs, styles and lists given. */
function streams(paragraphs: Paragraph[], styles: Style[], lists: { lsid: number; levels: Level[] }[], lfos: Lfo[], damage?: (fib: Buffer, table: Buffer) => void) {
  const doc = Buffer.alloc(2560);
  doc.writeUInt16LE(0xa5ec, 0);
  doc.writeUInt16LE(14, 32); // csw
  doc.writeUInt16LE(22, 62); // cslw
  doc.writeUInt16LE(93, 152); // cbRgFcLcb
  const text = paragraphs.map((p) => `${p.text}\r`).join('');
  doc.writeUInt32LE(text.length, 76); // ccpText
  utf16(text).copy(doc, 1024);
  // one PAPX FKP at page 4
  const fkp = Buffer.alloc(512);
  fkp[511] = paragraphs.length;
  let fc = 1024;
  let papxAt = 256;
  paragraphs.forEach((p, j) => {
    fkp.writeUInt32LE(fc, 4 * j);
    fc += 2 * (p.text.length + 1);
    fkp.writeUInt32LE(fc, 4 * j + 4);
    const body = Buffer.concat([u16(p.istd ?? 0), ...(p.sprms ?? [])]);
    const padded = Buffer.concat([body, Buffer.alloc(body.length % 2)]);
    fkp[4 * (paragraphs.length + 1) + 13 * j] = papxAt / 2;
    Buffer.concat([Buffer.from([0, padded.length / 2]), padded]).copy(fkp, papxAt);
    papxAt += 2 + padded.length + (padded.length % 2);
  });
  fkp.copy(doc, 2048);

  const parts: Buffer[] = [];
  let size = 0;
  const put = (index: number, part: Buffer) => {
    doc.writeUInt32LE(size, 154 + 8 * index);
    doc.writeUInt32LE(part.length, 154 + 8 * index + 4);
    parts.push(part);
    size += part.length;
  };
  const stds = styles.map((s, istd) => {
    const papx = Buffer.concat([u16(istd), ...s.sprms]);
    const base = Buffer.concat([u16(0), u16(1 | (s.base << 4)), u16(2), u16(0), u16(0)]);
    const std = Buffer.concat([base, u16(1), utf16('S'), u16(0), u16(papx.length), papx, Buffer.alloc(papx.length % 2), u16(0)]);
    return Buffer.concat([u16(std.length), std]);
  });
  const stshi = Buffer.alloc(18);
  stshi.writeUInt16LE(styles.length, 0);
  stshi.writeUInt16LE(10, 2);
  put(1, Buffer.concat([u16(18), stshi, ...stds]));
  put(13, Buffer.concat([u32(1024), u32(fc), u32(4)]));
  put(33, Buffer.concat([Buffer.from([2]), u32(16), u32(0), u32(text.length), u16(0), u32(1024), u16(0)]));
  const lstfs = lists.map((l) => {
    const lstf = Buffer.alloc(28, 0xff);
    lstf.writeInt32LE(l.lsid, 0);
    lstf[26] = l.levels.length === 1 ? 1 : 0;
    lstf[27] = 0;
    return lstf;
  });
  const levels = lists.flatMap((l) => (l.levels.length === 1 ? l.levels : Array.from({ length: 9 }, (_, k) => l.levels[k] ?? { nfc: 0, text: '' })).map(lvl));
  put(73, Buffer.concat([u16(lists.length), ...lstfs]));
  parts.push(Buffer.concat(levels));
  size += parts[parts.length - 1].length;
  const lfoRecords = lfos.map((l) => Buffer.concat([u32(l.lsid), u32(0), u32(0), Buffer.from([l.overrides?.length ?? 0, 0, 0, 0])]));
  const lfoData = lfos.map((l) => Buffer.concat([u32(0xffffffff), ...(l.overrides ?? []).map((o) => Buffer.concat([
    u32(o.start ?? 0), u32(o.level | (o.start !== undefined ? 0x10 : 0) | (o.format ? 0x20 : 0)), ...(o.format ? [lvl(o.format)] : []),
  ]))]));
  put(74, Buffer.concat([u32(lfos.length), ...lfoRecords, ...lfoData]));
  const table = Buffer.concat(parts);
  damage?.(doc, table);
  return { doc, table };
}

/** The labels in paragraph order ('' for none). */
function labelsOf(paragraphs: Paragraph[], ...rest: Parameters<typeof streams> extends [unknown, ...infer R] ? R : never): string[] | null {
  const { doc, table } = streams(paragraphs, ...rest);
  const labels = readDocListLabels(doc, table);
  if (!labels) return null;
  let cp = 0;
  return paragraphs.map((p) => { const label = labels.get(cp) ?? ''; cp += p.text.length + 1; return label; });
}

const OUTLINE = { lsid: 11, levels: [{ nfc: 37, text: '\u0000、' }, { nfc: 37, text: '（\u0001）' }] };
const NORMAL: Style = { base: 0x0fff, sprms: [] };

describe('lists of the binary format, read from the streams', () => {
  it('a paragraph style that names a list numbers its paragraphs, and the styles based on it; ilfo 0 takes a paragraph out', () => {
    const styles = [NORMAL, { base: 0, sprms: [sprmIlfo(1), sprmIlvl(0)] }, { base: 1, sprms: [] }];
    const paragraphs = [{ text: '主要任务', istd: 1 }, { text: '深化改革', istd: 1, sprms: [sprmIlvl(1)] }, { text: '不编号', istd: 1, sprms: [sprmIlfo(0)] }, { text: '保障措施', istd: 2 }, { text: '正文' }];
    expect(labelsOf(paragraphs, styles, [OUTLINE], [{ lsid: 11 }])).toEqual(['一、', '（一）', '', '二、', '']);
  });

  it('a list that starts again at its own number, and a level worded anew for one list, counting with the lists that share its definition', () => {
    const p = (text: string, ilfo: number) => ({ text, sprms: [sprmIlfo(ilfo), sprmIlvl(0)] });
    const lfos: Lfo[] = [{ lsid: 11 }, { lsid: 11, overrides: [{ level: 0, start: 5 }] }, { lsid: 11, overrides: [{ level: 0, format: { nfc: 18, text: '\u0000' } }] }];
    expect(labelsOf([p('甲', 1), p('乙', 1), p('丙', 2), p('丁', 2), p('戊', 3)], [NORMAL], [OUTLINE], lfos)).toEqual(['一、', '二、', '五、', '六、', '⑦']);
  });

  it('a level that never starts again counts on past the level above it', () => {
    const list = { lsid: 12, levels: [{ nfc: 0, text: '\u0000.' }, { nfc: 0, text: '(\u0001)', noRestart: true, restartLimit: 0 }] };
    const p = (text: string, ilvl: number) => ({ text, sprms: [sprmIlfo(1), sprmIlvl(ilvl)] });
    expect(labelsOf([p('a', 0), p('b', 1), p('c', 1), p('d', 0), p('e', 1)], [NORMAL], [list], [{ lsid: 12 }])).toEqual(['1.', '(1)', '(2)', '2.', '(3)']);
  });

  it('a list, a level or a definition that is not there numbers nothing', () => {
    const p = (text: string, ilfo: number, ilvl = 0) => ({ text, sprms: [sprmIlfo(ilfo), sprmIlvl(ilvl)] });
    expect(labelsOf([p('无此列表', 3), p('无此级别', 1, 9), p('无定义', 2), p('有', 1)], [NORMAL], [OUTLINE], [{ lsid: 11 }, { lsid: 99 }])).toEqual(['', '', '', '一、']);
  });

  it.each([
    ['a list count past its records', (_: Buffer, table: Buffer) => table.writeUInt16LE(0x7fff, table.indexOf(Buffer.from([11, 0, 0, 0])) - 2)],
    ['an override count past its records', (doc: Buffer, table: Buffer) => table.writeUInt32LE(0xfffffff, doc.readUInt32LE(154 + 8 * 74))],
    ['a level text running past the stream', (_: Buffer, table: Buffer) => table.writeUInt16LE(0xffff, table.indexOf(utf16('（')) - 2)],
    ['an FKP page past the stream', (doc: Buffer, table: Buffer) => table.writeUInt32LE(0x3fffff, doc.readUInt32LE(154 + 8 * 13) + 8)],
    ['a main text longer than the stream', (doc: Buffer) => doc.writeUInt32LE(0xffffffff, 76)],
  ])('%s: no labels, and no error', (_, damage) => {
    const paragraphs = [{ text: '主要任务', sprms: [sprmIlfo(1), sprmIlvl(0)] }];
    expect(labelsOf(paragraphs, [NORMAL], [OUTLINE], [{ lsid: 11 }])).toEqual(['一、']);
    expect(labelsOf(paragraphs, [NORMAL], [OUTLINE], [{ lsid: 11 }], damage)).toBeNull();
  });

  it('a document with no list tables has no labels, and nothing unread', () => {
    const { doc, table } = streams([{ text: '正文' }], [NORMAL], [], []);
    doc.writeUInt32LE(0, 154 + 8 * 73 + 4);
    expect(readDocListLabels(doc, table)).toEqual(new Map());
  });
});
