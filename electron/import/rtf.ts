// Rich Text Format (.rtf, and the .doc files office systems write as RTF): the document's text as paragraphs, its
// table rows as rows, bold kept. Chinese text comes either as \uN characters (with a fallback to skip) or as bytes
// (\'hh) in the code page of the font they are set in (\fcharset134 is GB2312) or of the document (\ansicpg936).
// What is not text is skipped: the font, colour and style tables, document information, pictures, objects,
// field instructions (their results are kept), headers and footers, and every destination marked \*.
import iconv from 'iconv-lite';
import { ImportProblem, type Extracted } from './extracted';
import { FlowLines, flowExtracted } from './flow-lines';

/** Destinations whose content is never the document's text. */
const SKIPPED = new Set([
  'annotation', 'atnauthor', 'atndate', 'atnid', 'bkmkend', 'bkmkstart', 'colortbl', 'datastore', 'docvar', 'filetbl',
  'fldinst', 'footer', 'footerf', 'footerl', 'footerr', 'footnote', 'generator', 'header', 'headerf', 'headerl',
  'headerr', 'info', 'latentstyles', 'listoverridetable', 'listtable', 'mmathPr', 'nonshppict', 'object', 'pgdsctbl',
  'pict', 'revtbl', 'rsidtbl', 'shpinst', 'stylesheet', 'template', 'themedata', 'colorschememapping', 'userprops',
  'xe', 'tc', 'xmlnstbl', 'objdata', 'blipuid', 'passwordhash',
]);
const SYMBOLS: Record<string, string> = {
  emdash: '—', endash: '–', lquote: '‘', rquote: '’', ldblquote: '“', rdblquote: '”', bullet: '•', emspace: ' ', enspace: ' ', qmspace: ' ', tab: ' ',
};
/** Windows code pages of the font character sets (\fcharsetN). */
const CHARSET_CODEPAGE: Record<number, number> = { 0: 1252, 128: 932, 129: 949, 134: 936, 136: 950, 161: 1253, 162: 1254, 177: 1255, 178: 1256, 186: 1257, 204: 1251, 222: 874, 238: 1250 };

const NOT_RTF = '文件不是有效的 RTF 文档或已损坏。请用 Word 或 WPS 打开后另存为 .docx，再重新导入。';

interface GroupState {
  skip: boolean;
  /** Fallback characters to skip after each \uN. */
  uc: number;
  font: number | null;
  bold: boolean;
  /** Bold of the associated (Asian or right-to-left) text, as LibreOffice marks its Chinese runs. */
  associatedBold: boolean;
  /** Inside the font table: the font being defined. */
  fontTable: boolean;
}

const decoderFor = (codepage: number) => {
  const name = codepage === 936 ? 'gb18030' : `cp${codepage}`;
  return iconv.encodingExists(name) ? name : 'windows-1252';
};

export function isRtf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '{\\rtf';
}

class RtfReader {
  readonly flow = new FlowLines();
  private state: GroupState = { skip: false, uc: 1, font: null, bold: false, associatedBold: false, fontTable: false };
  private readonly stack: GroupState[] = [];
  private codepage = 1252;
  private readonly fontCodepage = new Map<number, number>();
  private definingFont: number | null = null;
  private bytes: number[] = [];
  /** Fallback characters still to skip after a \uN. */
  private fallback = 0;
  /** A group just opened: its first control word may name a destination. */
  private groupStart = false;
  private inTableParagraph = false;
  /** Whether each cell defined for the current row continues a vertical merge (\clvmrg). */
  private mergedCells: boolean[] = [];
  private nextCellMerged = false;
  /** The cell of the current row being read. */
  private cellIndex = 0;

  read(s: string): void {
    const n = s.length;
    let i = 0;
    while (i < n) {
      const c = s[i];
      if (c === '{') {
        this.flushBytes();
        this.stack.push(this.state);
        this.state = { ...this.state };
        this.groupStart = true;
        i++;
        continue;
      }
      if (c === '}') {
        this.flushBytes();
        this.state = this.stack.pop() ?? this.state;
        this.groupStart = false;
        i++;
        continue;
      }
      if (c === '\\') {
        i = this.control(s, i + 1);
        continue;
      }
      this.groupStart = false;
      if (c === '\r' || c === '\n') {
        i++;
        continue;
      }
      // A raw byte of the document's code page (some writers leave 8-bit text unescaped).
      if (this.fallback > 0) this.fallback--;
      else if (!this.state.skip && !this.state.fontTable) {
        if (c.charCodeAt(0) >= 0x80) this.bytes.push(c.charCodeAt(0));
        else {
          this.flushBytes();
          this.emit(c);
        }
      }
      i++;
    }
    this.flushBytes();
  }

  /** Reads the control word or symbol at `i` (after its backslash); returns where reading goes on. */
  private control(s: string, i: number): number {
    const c = s[i];
    const first = this.groupStart;
    this.groupStart = false;
    if (c === undefined) return i;
    if (c === "'") {
      const byte = parseInt(s.slice(i + 1, i + 3), 16);
      if (this.fallback > 0) this.fallback--;
      else if (!Number.isNaN(byte) && !this.state.skip && !this.state.fontTable) this.bytes.push(byte);
      return i + 3;
    }
    this.flushBytes();
    if (!/[A-Za-z]/.test(c)) {
      if (c === '*') {
        if (first) this.state.skip = true;
      } else if (c === '\\' || c === '{' || c === '}') this.text(c);
      else if (c === '~') this.text('\u00a0');
      else if (c === '_') this.text('-');
      else if (c === '\n' || c === '\r') this.paragraph();
      return i + 1;
    }
    let j = i;
    while (j < s.length && /[A-Za-z]/.test(s[j])) j++;
    const word = s.slice(i, j);
    let k = j;
    if (s[k] === '-' || /\d/.test(s[k] ?? '')) {
      k++;
      while (k < s.length && /\d/.test(s[k])) k++;
    }
    const param = k > j ? Number(s.slice(j, k)) : null;
    if (s[k] === ' ') k++;
    if (word === 'bin') return k + Math.max(0, param ?? 0);
    this.word(word, param, first);
    return k;
  }

  private word(word: string, param: number | null, first: boolean): void {
    const st = this.state;
    if (first && SKIPPED.has(word)) {
      st.skip = true;
      return;
    }
    if (word === 'fonttbl') {
      st.fontTable = true;
      return;
    }
    if (st.fontTable) {
      if (word === 'f' && param !== null) this.definingFont = param;
      else if (word === 'fcharset' && param !== null && this.definingFont !== null && CHARSET_CODEPAGE[param]) this.fontCodepage.set(this.definingFont, CHARSET_CODEPAGE[param]);
      else if (word === 'cpg' && param !== null && this.definingFont !== null) this.fontCodepage.set(this.definingFont, param);
      return;
    }
    switch (word) {
      case 'ansicpg':
        if (param) this.codepage = param;
        return;
      case 'uc':
        st.uc = Math.max(0, param ?? 1);
        return;
      case 'u':
        if (param !== null) this.text(String.fromCharCode(param < 0 ? param + 65536 : param));
        this.fallback = st.uc;
        return;
      case 'f':
        st.font = param;
        return;
      case 'b':
        st.bold = param !== 0;
        return;
      case 'ab':
        st.associatedBold = param !== 0;
        return;
      case 'plain':
        st.bold = false;
        st.associatedBold = false;
        return;
      case 'trowd':
        this.mergedCells = [];
        this.nextCellMerged = false;
        return;
      case 'clvmrg':
        this.nextCellMerged = true;
        return;
      case 'cellx':
        this.mergedCells.push(this.nextCellMerged);
        this.nextCellMerged = false;
        return;
      case 'par':
      case 'sect':
      case 'page':
      case 'line':
        this.paragraph();
        return;
      case 'pard':
        this.inTableParagraph = false;
        return;
      case 'intbl':
        this.inTableParagraph = true;
        if (!this.flow.inTable) this.flow.startTable();
        return;
      case 'cell':
      case 'nestcell':
        if (!this.flow.inTable) this.flow.startTable();
        this.flow.openCellIfNone();
        if (this.mergedCells[this.cellIndex]) this.flow.discardCell();
        else this.flow.endCell();
        this.cellIndex++;
        return;
      case 'row':
      case 'nestrow':
        this.flow.endRow();
        this.cellIndex = 0;
        return;
      default:
        if (SYMBOLS[word]) this.text(SYMBOLS[word]);
    }
  }

  private paragraph(): void {
    if (this.state.skip) return;
    // A paragraph out of a table after its rows ends the table.
    if (this.flow.inTable && !this.inTableParagraph) this.flow.endTable();
    this.flow.endLine();
  }

  private text(t: string): void {
    if (this.state.skip || this.state.fontTable) return;
    this.emit(t);
  }

  private emit(t: string): void {
    if (this.flow.inTable && !this.inTableParagraph && t.trim()) this.flow.endTable();
    this.flow.add({ text: t, bold: this.state.bold || this.state.associatedBold });
    // Text in a table starts a cell where none is open.
    if (this.flow.inTable) this.flow.openCellIfNone();
  }

  private flushBytes(): void {
    if (this.bytes.length === 0) return;
    const codepage = (this.state.font !== null ? this.fontCodepage.get(this.state.font) : undefined) ?? this.codepage;
    const text = iconv.decode(Buffer.from(this.bytes), decoderFor(codepage));
    this.bytes = [];
    this.emit(text);
  }
}

export function extractRtf(bytes: Uint8Array): Extracted {
  if (!isRtf(bytes)) throw new ImportProblem('doc-unreadable', NOT_RTF);
  const reader = new RtfReader();
  reader.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
  return flowExtracted(reader.flow.finish(), 'rtf', 'rtf', []);
}
