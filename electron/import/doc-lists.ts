// The automatic list numbers of an old binary Word file (.doc), read from its WordDocument and table streams into the
// list definitions shared/text/list-numbers.ts counts with, and given out as labels by the character position (CP)
// where each numbered paragraph of the main text begins. The structures are those of the binary format: the FIB's
// list tables (PlfLst: LSTF records then their LVLs; PlfLfo: LFO records then their overrides), each paragraph's
// properties in the PAPX FKPs (sprmPIlfo, sprmPIlvl) and, where a paragraph sets none, its style's (STSH).
// Every read is bounds-checked (a DataView throws past its end) and every count is held to the bytes it claims:
// whatever cannot be read gives no labels at all, never an error.
import { ListCounters, type ListDefinition, type ListInstance, type ListLevel } from '../../shared/text/list-numbers';

/** A damaged structure: caught at the edge of this module. */
class Unreadable extends Error {}

const must = (ok: boolean): void => {
  if (!ok) throw new Unreadable();
};

/** Little-endian reads that throw past the end of the bytes. */
class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  get length(): number {
    return this.bytes.length;
  }
  u8 = (at: number): number => this.view.getUint8(at);
  u16 = (at: number): number => this.view.getUint16(at, true);
  u32 = (at: number): number => this.view.getUint32(at, true);
  i32 = (at: number): number => this.view.getInt32(at, true);
  /** The bytes [start, end), which must lie inside. */
  slice(start: number, end: number): Reader {
    must(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= this.length);
    return new Reader(this.bytes.subarray(start, end));
  }
}

/** Word's number formats (MSONFC) by value, named as numbering.xml names them; an unknown one counts in digits. */
const NUMBER_FORMATS: Record<number, string> = {
  0: 'decimal', 1: 'upperRoman', 2: 'lowerRoman', 3: 'upperLetter', 4: 'lowerLetter', 5: 'ordinal',
  10: 'ideographDigital', 11: 'japaneseCounting', 14: 'decimalFullWidth', 15: 'decimalHalfWidth', 18: 'decimalEnclosedCircle',
  19: 'decimalFullWidth2', 22: 'decimalZero', 23: 'bullet', 26: 'decimalEnclosedFullstop', 27: 'decimalEnclosedParen',
  28: 'decimalEnclosedCircleChinese', 30: 'ideographTraditional', 31: 'ideographZodiac', 33: 'taiwaneseCounting',
  34: 'ideographLegalTraditional', 35: 'taiwaneseCountingThousand', 36: 'taiwaneseDigital', 37: 'chineseCounting',
  38: 'chineseLegalSimplified', 39: 'chineseCountingThousand', 255: 'none',
};

/** The number format name of an nfc value. */
export const numberFormatOf = (nfc: number): string => NUMBER_FORMATS[nfc] ?? 'decimal';

const SUFFIXES = ['tab', 'space', 'nothing'] as const;

/** One LVL: the level, and where the next structure begins. */
function readLevel(table: Reader, at: number): { level: ListLevel; next: number } {
  const start = table.i32(at);
  const nfc = table.u8(at + 4);
  const flags = table.u8(at + 5);
  const placeholders = new Set<number>();
  for (let k = 0; k < 9; k++) {
    const position = table.u8(at + 6 + k);
    if (position === 0) break;
    placeholders.add(position - 1);
  }
  const follow = table.u8(at + 15);
  const cbChpx = table.u8(at + 24);
  const cbPapx = table.u8(at + 25);
  const restartLimit = table.u8(at + 26);
  const xst = at + 28 + cbPapx + cbChpx;
  const cch = table.u16(xst);
  let text = '';
  for (let i = 0; i < cch; i++) {
    const c = table.u16(xst + 2 + 2 * i);
    // characters 0–8 at the positions rgbxchNums names stand for the numbers of levels 1–9
    if (c <= 8 && placeholders.has(i)) text += `%${c + 1}`;
    else if (c >= 0x20) text += String.fromCharCode(c);
  }
  const noRestart = (flags & 0x08) !== 0;
  const level: ListLevel = {
    start,
    format: numberFormatOf(nfc),
    text,
    legal: (flags & 0x04) !== 0,
    suffix: SUFFIXES[follow] ?? 'tab',
    // by default a level starts again after any level above it; fNoRestart names the first level after which it does not
    ...(noRestart ? { restart: restartLimit } : {}),
  };
  return { level, next: xst + 2 + 2 * cch };
}

/** The list definitions of PlfLst (the LSTFs, then after them each list's LVLs), by lsid. */
function readDefinitions(table: Reader, fc: number, lcb: number): Map<number, ListDefinition> {
  const definitions = new Map<number, ListDefinition>();
  if (lcb < 2) return definitions;
  const count = table.u16(fc);
  must(count < 0x8000 && 2 + 28 * count <= lcb && fc + lcb <= table.length);
  let at = fc + 2 + 28 * count;
  for (let i = 0; i < count; i++) {
    const lstf = fc + 2 + 28 * i;
    const lsid = table.i32(lstf);
    const simple = (table.u8(lstf + 26) & 0x01) !== 0;
    const levels: ListLevel[] = [];
    for (let k = 0; k < (simple ? 1 : 9); k++) {
      const { level, next } = readLevel(table, at);
      levels.push(level);
      at = next;
    }
    if (!definitions.has(lsid)) definitions.set(lsid, { id: `lst${i}`, levels });
  }
  return definitions;
}

/** The lists paragraphs name (PlfLfo), in order: sprmPIlfo n is the n-th. A list whose definition is missing is null. */
function readInstances(table: Reader, fc: number, lcb: number, definitions: Map<number, ListDefinition>): (ListInstance | null)[] {
  if (lcb < 4) return [];
  const count = table.u32(fc);
  must(count <= (lcb - 4) / 16 && fc + lcb <= table.length);
  const instances: (ListInstance | null)[] = [];
  let at = fc + 4 + 16 * count;
  for (let i = 0; i < count; i++) {
    const lfo = fc + 4 + 16 * i;
    const definition = definitions.get(table.i32(lfo));
    const overrides = table.u8(lfo + 12);
    must(overrides <= 9);
    const startOverrides = new Map<number, number>();
    const levelOverrides = new Map<number, ListLevel>();
    // LFOData: a CP, then an LFOLVL per override, each followed by a whole LVL where it words the level anew
    at += 4;
    for (let k = 0; k < overrides; k++) {
      const start = table.i32(at);
      const bits = table.u32(at + 4);
      at += 8;
      const level = bits & 0x0f;
      if ((bits & 0x20) !== 0) {
        const read = readLevel(table, at);
        at = read.next;
        if (level < 9) levelOverrides.set(level, read.level);
      }
      if ((bits & 0x10) !== 0 && level < 9) startOverrides.set(level, start);
    }
    instances.push(definition ? { definition, startOverrides, levelOverrides } : null);
  }
  return instances;
}

/** What a grpprl says of the paragraph's list: sprmPIlfo and sprmPIlvl, each where it is given. */
interface ListProps {
  ilfo?: number;
  ilvl?: number;
}

const SPRM_P_ILFO = 0x460b;
const SPRM_P_ILVL = 0x260a;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_CHG_TABS = 0xc615;
const OPERAND_SIZES = [1, 1, 2, 4, 2, 2, -1, 3];

function readListProps(bytes: Reader, from: number, to: number): ListProps {
  const props: ListProps = {};
  let at = from;
  while (at + 2 <= to) {
    const sprm = bytes.u16(at);
    at += 2;
    let size = OPERAND_SIZES[sprm >> 13];
    if (size < 0) {
      if (sprm === SPRM_T_DEF_TABLE) size = bytes.u16(at) + 1;
      else if (sprm === SPRM_P_CHG_TABS && bytes.u8(at) === 255) break; // sized by its contents: nothing of ours follows in practice
      else size = bytes.u8(at) + 1;
    }
    if (at + size > to) break;
    if (sprm === SPRM_P_ILFO) props.ilfo = bytes.u16(at);
    else if (sprm === SPRM_P_ILVL) props.ilvl = bytes.u8(at);
    at += size;
  }
  return props;
}

const MAX_STYLE_DEPTH = 32;

/** The list properties of each paragraph style (STSH), its own where it sets them, else from the style it is based on. */
function readStyles(table: Reader, fc: number, lcb: number): ListProps[] {
  if (lcb < 2) return [];
  const stsh = table.slice(fc, fc + lcb);
  const cbStshi = stsh.u16(0);
  const cstd = stsh.u16(2);
  const cbStdBase = stsh.u16(4);
  must(cbStdBase >= 10);
  const own: { props: ListProps; base: number }[] = [];
  let at = 2 + cbStshi;
  for (let istd = 0; istd < cstd && at + 2 <= stsh.length; istd++) {
    const cbStd = stsh.u16(at);
    const std = stsh.slice(at + 2, at + 2 + cbStd);
    at += 2 + cbStd;
    if (cbStd < cbStdBase + 2) {
      own.push({ props: {}, base: 0x0fff });
      continue;
    }
    const kindAndBase = std.u16(2);
    const upxCount = std.u16(4) & 0x0f;
    const base = kindAndBase >> 4;
    if ((kindAndBase & 0x0f) !== 1 || upxCount === 0) {
      own.push({ props: {}, base });
      continue;
    }
    // the name (a length, its characters and a terminating zero), then the paragraph properties: istd and a grpprl
    const upx = cbStdBase + 2 + 2 * std.u16(cbStdBase) + 2;
    const cbUpx = std.u16(upx);
    const papx = std.slice(upx + 2, upx + 2 + cbUpx);
    own.push({ props: cbUpx >= 2 ? readListProps(papx, 2, papx.length) : {}, base });
  }
  return own.map((_, istd) => {
    const props: ListProps = {};
    // up the chain of based-on styles, which Word keeps short: a longer or looping chain is followed no further
    for (let at = istd, depth = 0; at < own.length && depth < MAX_STYLE_DEPTH; depth++) {
      const style = own[at];
      props.ilfo ??= style.props.ilfo;
      props.ilvl ??= style.props.ilvl;
      at = style.base;
    }
    return props;
  });
}

/** A paragraph run of a PAPX FKP: the file positions [start, end) and the properties the paragraph sets. */
interface ParagraphRun {
  start: number;
  end: number;
  istd: number;
  props: ListProps;
}

/** Every paragraph run of the PAPX FKPs (PlcBtePapx), by file position. */
function readParagraphRuns(doc: Reader, table: Reader, fc: number, lcb: number): ParagraphRun[] {
  const runs: ParagraphRun[] = [];
  if (lcb < 12) return runs;
  const count = (lcb - 4) / 8;
  must(Number.isInteger(count) && fc + lcb <= table.length);
  for (let i = 0; i < count; i++) {
    const page = (table.u32(fc + 4 * (count + 1) + 4 * i) & 0x3fffff) * 512;
    const fkp = doc.slice(page, page + 512);
    const crun = fkp.u8(511);
    must(4 * (crun + 1) + 13 * crun <= 511);
    for (let j = 0; j < crun; j++) {
      const run: ParagraphRun = { start: fkp.u32(4 * j), end: fkp.u32(4 * j + 4), istd: 0, props: {} };
      const bOffset = fkp.u8(4 * (crun + 1) + 13 * j);
      if (bOffset !== 0) {
        const cb = fkp.u8(2 * bOffset);
        const from = cb !== 0 ? 2 * bOffset + 1 : 2 * bOffset + 2;
        const size = cb !== 0 ? 2 * cb - 1 : 2 * fkp.u8(2 * bOffset + 1);
        const papx = fkp.slice(from, Math.min(from + size, 511));
        if (papx.length >= 2) {
          run.istd = papx.u16(0);
          run.props = readListProps(papx, 2, papx.length);
        }
      }
      runs.push(run);
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

/** The run holding file position `fc`, by binary search. */
function runAt(runs: ParagraphRun[], fc: number): ParagraphRun | undefined {
  let lo = 0;
  let hi = runs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid].end <= fc) lo = mid + 1;
    else if (runs[mid].start > fc) hi = mid - 1;
    else return runs[mid];
  }
  return undefined;
}

/** A piece of the text (PlcPcd in the CLX): its CPs and where its characters lie in the WordDocument stream. */
interface Piece {
  cpStart: number;
  cpEnd: number;
  fc: number;
  bytesPerChar: 1 | 2;
}

function readPieces(table: Reader, fc: number, lcb: number): Piece[] {
  const clx = table.slice(fc, fc + lcb);
  let at = 0;
  // any Prcs (property modifiers of the pieces) come first, then the Pcdt
  while (at < clx.length && clx.u8(at) === 1) at += 3 + clx.u16(at + 1);
  must(clx.u8(at) === 2);
  const size = clx.u32(at + 1);
  const plc = clx.slice(at + 5, at + 5 + size);
  const count = (size - 4) / 12;
  must(Number.isInteger(count) && count >= 1);
  const pieces: Piece[] = [];
  for (let i = 0; i < count; i++) {
    const raw = plc.u32(4 * (count + 1) + 8 * i + 2);
    const compressed = (raw & 0x40000000) !== 0;
    const piece: Piece = {
      cpStart: plc.u32(4 * i),
      cpEnd: plc.u32(4 * i + 4),
      fc: compressed ? (raw & 0x3fffffff) / 2 : raw,
      bytesPerChar: compressed ? 1 : 2,
    };
    // the CPs are one ascending array, so the pieces follow each other without overlap
    must(piece.cpEnd >= piece.cpStart && Number.isInteger(piece.fc));
    pieces.push(piece);
  }
  return pieces;
}

const PARAGRAPH_MARK = 0x0d;
const CELL_MARK = 0x07;
const SECTION_MARK = 0x0c;

/**
 * The labels of `wordDocument`'s numbered paragraphs by the CP each begins at (none where it has no lists), or null
 * where it has list tables that cannot be read.
 */
export function readDocListLabels(wordDocument: Uint8Array, tableStream: Uint8Array): Map<number, string> | null {
  try {
    return listLabels(new Reader(wordDocument), new Reader(tableStream));
  } catch {
    return null;
  }
}

function listLabels(doc: Reader, table: Reader): Map<number, string> {
  const labels = new Map<number, string>();
  must(doc.u16(0) === 0xa5ec);
  // FibBase (32 bytes), then the counted arrays fibRgW, fibRgLw and fibRgFcLcb
  const csw = doc.u16(32);
  const rgLw = 34 + 2 * csw + 2;
  const cslw = doc.u16(rgLw - 2);
  must(cslw >= 4);
  const ccpText = doc.u32(rgLw + 12);
  const rgFcLcbCount = doc.u16(rgLw + 4 * cslw);
  const rgFcLcb = rgLw + 4 * cslw + 2;
  // a FIB too short to name list tables (Word 6 and 95) has none of these lists
  if (rgFcLcbCount <= 74) return labels;
  const pair = (index: number): [number, number] => {
    must(index < rgFcLcbCount);
    return [doc.u32(rgFcLcb + 8 * index), doc.u32(rgFcLcb + 8 * index + 4)];
  };
  const [fcPlfLst, lcbPlfLst] = pair(73);
  if (lcbPlfLst === 0) return labels;
  const definitions = readDefinitions(table, fcPlfLst, lcbPlfLst);
  const instances = readInstances(table, ...pair(74), definitions);
  if (instances.length === 0) return labels;
  const styles = readStyles(table, ...pair(1));
  const runs = readParagraphRuns(doc, table, ...pair(13));
  const pieces = readPieces(table, ...pair(33));
  // the main text can hold no more characters than the stream holds bytes
  must(ccpText <= doc.length);

  const counters = new ListCounters();
  let paragraphStart = 0;
  for (const piece of pieces) {
    const end = Math.min(piece.cpEnd, ccpText);
    for (let cp = piece.cpStart; cp < end; cp++) {
      const fc = piece.fc + (cp - piece.cpStart) * piece.bytesPerChar;
      const ch = piece.bytesPerChar === 2 ? doc.u16(fc) : doc.u8(fc);
      if (ch !== PARAGRAPH_MARK && ch !== CELL_MARK && ch !== SECTION_MARK) continue;
      const run = runAt(runs, fc);
      // a section mark ends a paragraph only where its run ends (elsewhere it is a page break)
      if (ch === SECTION_MARK && run?.end !== fc + piece.bytesPerChar) continue;
      const start = paragraphStart;
      paragraphStart = cp + 1;
      if (!run) continue;
      const style = styles[run.istd] ?? {};
      const ilfo = run.props.ilfo ?? style.ilfo ?? 0;
      const ilvl = run.props.ilvl ?? style.ilvl ?? 0;
      // sprmPIlfo counts the lists from 1; 0 is none, and values past the lists (Word's 0xF801…) number nothing
      const list = ilfo >= 1 && ilfo <= instances.length ? instances[ilfo - 1] : null;
      if (!list || ilvl > 8) continue;
      const label = counters.label(list, ilvl);
      if (label) labels.set(start, label);
    }
  }
  return labels;
}
