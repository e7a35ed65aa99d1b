// Renders a sample set (a policy and its department reports) from sources kept beside it: each source in
// <set>/src/ is a short front matter (file, format, encoding) and the report in a light markup. The answer key
// is written by hand, never by this code. Used by scripts/make-sample-2.ts and scripts/make-sample-3.ts.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import { AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = root;
// The set being rendered; set once by runSampleSet before anything reads it.
let srcDir = '';
let outDir = '';

type Format = 'txt' | 'docx' | 'pdf';

// Markup, one block per line:
//   "# "  centred title line        "## " centred line (a date under the title)
//   "### " heading (黑体)            ": "  flush-left line (addressee, header fields)
//   "> "  right-aligned line (signature names, signature date)
//   "| a | b |"  table row          anything else: a body paragraph, first line indented
type Block = { kind: 'title' | 'centre' | 'heading' | 'flush' | 'right' | 'body'; text: string } | { kind: 'table'; rows: string[][] };

interface Source {
  name: string;
  file: string;
  format: Format;
  encoding: 'utf-8' | 'gbk';
  blocks: Block[];
}

function parseSource(name: string, raw: string): Source {
  const text = raw.replace(/\r\n/g, '\n');
  const cut = text.indexOf('\n---\n');
  if (cut < 0) throw new Error(`${name}: no front matter`);
  const meta = new Map<string, string>();
  for (const line of text.slice(0, cut).split('\n')) {
    const m = /^(\w+):\s*(.+)$/.exec(line.trim());
    if (m) meta.set(m[1], m[2].trim());
  }
  const format = meta.get('format');
  if (format !== 'txt' && format !== 'docx' && format !== 'pdf') throw new Error(`${name}: format must be txt, docx or pdf`);
  const file = meta.get('file');
  if (!file || extname(file) !== `.${format}`) throw new Error(`${name}: file must end in .${format}`);
  const encoding = meta.get('encoding') === 'gbk' ? 'gbk' : 'utf-8';
  const blocks: Block[] = [];
  for (const line of text.slice(cut + 5).split('\n').map((l) => l.trimEnd())) {
    if (line.trim() === '') continue;
    if (line.startsWith('|')) {
      const cells = line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim());
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
      continue;
    }
    const marks: [string, Block['kind']][] = [['### ', 'heading'], ['## ', 'centre'], ['# ', 'title'], [': ', 'flush'], ['> ', 'right']];
    const mark = marks.find(([m]) => line.startsWith(m));
    blocks.push({ kind: mark ? mark[1] : 'body', text: mark ? line.slice(mark[0].length).trim() : line.trim() } as Block);
  }
  if (format === 'txt' && blocks.some((b) => b.kind === 'table')) throw new Error(`${name}: a table needs docx or pdf`);
  return { name, file, format, encoding, blocks };
}

function readSources(): Source[] {
  return readdirSync(srcDir)
    .filter((n) => /^\d{2}-.+\.txt$/.test(n))
    .sort()
    .map((n) => parseSource(n, readFileSync(join(srcDir, n), 'utf8')));
}

// ---------------------------------------------------------------- plain text, as a clerk types it

function plainText(blocks: Block[]): string {
  const ideographicSpace = '\u3000';
  const lines = blocks.map((b) => {
    if (b.kind === 'table') return '';
    if (b.kind === 'title' || b.kind === 'centre') return ideographicSpace.repeat(6) + b.text;
    if (b.kind === 'right') return ideographicSpace.repeat(16) + b.text;
    if (b.kind === 'flush') return b.text;
    return ideographicSpace.repeat(2) + b.text;
  });
  return lines.join('\r\n') + '\r\n';
}

// ---------------------------------------------------------------- Word

interface Fonts {
  title: string;
  body: string;
  heading: string;
}

// What a county office types with; LibreOffice has none of them, so PDFs are made with Noto CJK.
export const wordFonts: Fonts = { title: '方正小标宋简体', body: '仿宋_GB2312', heading: '黑体' };
const pdfFonts: Fonts = { title: 'Noto Serif CJK SC', body: 'Noto Serif CJK SC', heading: 'Noto Sans CJK SC' };

export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
export const BODY = 32; // 三号 in half-points
export const INDENT = 640; // two characters

export function textRun(text: string, font: string, size = BODY): TextRun {
  // every font channel, or Word shows some characters in a Latin theme font
  return new TextRun({ text, size, font: { ascii: font, hAnsi: font, eastAsia: font, cs: font } });
}

export const lineSpacing = { line: 560, lineRule: LineRuleType.EXACT };

function table(rows: string[][], fonts: Fonts): Table {
  const total = 9000;
  const columns = rows[0].length;
  const first = columns > 2 ? 1500 : 3000;
  const widths = [first, ...Array.from({ length: columns - 1 }, () => Math.floor((total - first) / (columns - 1)))];
  const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          children: cells.map(
            (cell, c) =>
              new TableCell({
                width: { size: widths[c], type: WidthType.DXA },
                children: [new Paragraph({ alignment: r === 0 ? AlignmentType.CENTER : AlignmentType.LEFT, children: [textRun(cell, r === 0 ? fonts.heading : fonts.body, 24)] })],
              }),
          ),
        }),
    ),
  });
}

function wordDocument(blocks: Block[], fonts: Fonts): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let signatureStarted = false;
  for (const b of blocks) {
    if (b.kind === 'table') {
      children.push(table(b.rows, fonts));
      continue;
    }
    if (b.kind === 'title') {
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 680, lineRule: LineRuleType.EXACT }, children: [textRun(b.text, fonts.title, 44)] }));
    } else if (b.kind === 'centre') {
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: lineSpacing, children: [textRun(b.text, fonts.body)] }));
    } else if (b.kind === 'heading') {
      children.push(new Paragraph({ indent: { firstLine: INDENT }, spacing: lineSpacing, children: [textRun(b.text, fonts.heading)] }));
    } else if (b.kind === 'flush') {
      children.push(new Paragraph({ spacing: lineSpacing, children: [textRun(b.text, fonts.body)] }));
    } else if (b.kind === 'right') {
      // the genre leaves a blank line or two above the signature
      if (!signatureStarted) children.push(new Paragraph({ spacing: lineSpacing, children: [] }));
      signatureStarted = true;
      children.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: INDENT * 2 }, spacing: lineSpacing, children: [textRun(b.text, fonts.body)] }));
    } else {
      children.push(new Paragraph({ indent: { firstLine: INDENT }, spacing: lineSpacing, children: [textRun(b.text, fonts.body)] }));
    }
  }
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })],
  });
  const doc = new Document({
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: twips(37), bottom: twips(35), left: twips(28), right: twips(26) } } },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------- checks

const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

async function readBack(path: string, s: Source): Promise<string> {
  if (s.format === 'pdf') return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  if (s.format === 'docx') return (await mammoth.extractRawText({ path })).value;
  const bytes = readFileSync(path);
  return s.encoding === 'gbk' ? iconv.decode(bytes, 'gbk') : bytes.toString('utf8');
}

/** Every line of every source must be found again in its rendition (PDF page footers aside). */
async function check(sources: Source[]): Promise<string[]> {
  const problems: string[] = [];
  for (const s of sources) {
    const path = join(outDir, s.file);
    if (!existsSync(path)) {
      problems.push(`${s.file}: not rendered`);
      continue;
    }
    const text = squash((await readBack(path, s)).replace(/[—－-]\s*\d+\s*[—－-]/g, ''));
    for (const b of s.blocks) {
      for (const piece of b.kind === 'table' ? b.rows.flat() : [b.text]) {
        if (!text.includes(squash(piece))) problems.push(`${s.file}: missing "${piece.slice(0, 24)}…"`);
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------- main

async function render(sources: Source[]): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const wanted = new Set(sources.map((s) => s.file));
  for (const name of readdirSync(outDir)) if (!wanted.has(name)) rmSync(join(outDir, name));
  const work = mkdtempSync(join(tmpdir(), 'luoshi-sample-set-'));
  try {
    const forPdf: string[] = [];
    for (const s of sources) {
      const target = join(outDir, s.file);
      if (s.format === 'txt') {
        const text = plainText(s.blocks);
        writeFileSync(target, s.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
      } else if (s.format === 'docx') {
        writeFileSync(target, await wordDocument(s.blocks, wordFonts));
      } else {
        const docx = join(work, s.file.replace(/\.pdf$/, '.docx'));
        writeFileSync(docx, await wordDocument(s.blocks, pdfFonts));
        forPdf.push(docx);
      }
    }
    if (forPdf.length > 0) {
      // a profile of our own, so a LibreOffice already running elsewhere is not disturbed
      const profile = `-env:UserInstallation=file://${join(work, 'profile')}`;
      execFileSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...forPdf], { stdio: 'pipe', timeout: 300_000 });
      for (const s of sources.filter((x) => x.format === 'pdf')) copyFileSync(join(work, 'pdf', s.file), join(outDir, s.file));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Renders the set's reports (after `prepare`, which may write the policy's own renditions) and reads every one back. */
export async function runSampleSet(setDir: string, prepare?: () => Promise<void>): Promise<void> {
  srcDir = join(setDir, 'src');
  outDir = join(setDir, 'submissions');
  const sources = readSources();
  if (new Set(sources.map((s) => s.file)).size !== sources.length) throw new Error('two sources name the same file');
  if (!process.argv.includes('--check')) {
    await prepare?.();
    await render(sources);
  }
  const problems = await check(sources);
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`${sources.length} reports rendered and read back.`);
}
