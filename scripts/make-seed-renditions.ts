// Remakes seeds/policy-seed.docx and seeds/policy-seed.pdf from seeds/policy-seed.txt, laid out the way such a
// notice is printed (GB/T 9704: A4, 仿宋 三号 body, 黑体 section headings, page numbers "— N —" at the foot).
// Where the txt splits a sentence with blank lines (a page break in the source it was taken from), the docx keeps
// the split as an unindented paragraph, as documents converted from PDF do; the PDF then has both those splits and
// its own page breaks in the middle of sentences.
//
//   npx tsx scripts/make-seed-renditions.ts            (needs LibreOffice's soffice for the PDF)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const seedTxt = join(root, 'seeds', 'policy-seed.txt');
const outDocx = join(root, 'seeds', 'policy-seed.docx');
const outPdf = join(root, 'seeds', 'policy-seed.pdf');

const FANGSONG = '仿宋_GB2312';
const HEITI = '黑体';
const XIAOBIAOSONG = '方正小标宋简体';
const BODY_PT = 16;
/** 22 lines on a 225 mm text block. */
const LINE_TWIPS = 579;
const CHAR_TWIPS = BODY_PT * 20;

const mm = (v: number) => Math.round((v / 25.4) * 1440);

function fonts(eastAsia: string) {
  // Every channel set, or Word falls back to a Latin theme font for some characters.
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia, cs: 'Times New Roman' };
}

/** Splits "**bold**rest" into runs. */
function inlineRuns(text: string, base: IRunOptions): TextRun[] {
  const runs: TextRun[] = [];
  const parts = text.split('**');
  parts.forEach((part, i) => {
    if (part) runs.push(new TextRun({ ...base, text: part, bold: i % 2 === 1 || base.bold }));
  });
  return runs;
}

const ENDS_SENTENCE = /[。！？；：）”」』】]$/;
const SECTION = /^[一二三四五六七八九十]+、/;
const DATE_LINE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
const DOC_NUMBER = /〔\d{4}〕\d+号$/;

function bodyRun(): IRunOptions {
  return { font: fonts(FANGSONG), size: BODY_PT * 2 };
}

function buildParagraphs(source: string): Paragraph[] {
  const blocks = source
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\n/g, '').trim())
    .filter(Boolean);
  const out: Paragraph[] = [];
  let prevBody: string | null = null;
  let seenTitle = false;
  let rules = 0;

  blocks.forEach((block, i) => {
    const next = blocks[i + 1] ?? '';
    const heading = /^(#+)\s*(.*)$/.exec(block);
    if (heading) {
      const text = heading[2];
      const plain = text.replace(/\*\*/g, '');
      prevBody = null;
      if (!seenTitle && /文件$/.test(plain)) {
        out.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 600 },
            children: [new TextRun({ text: plain, font: fonts(XIAOBIAOSONG), size: 52, color: 'C00000' })],
          }),
        );
      } else if (SECTION.test(plain)) {
        out.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_2,
            indent: { firstLine: 2 * CHAR_TWIPS },
            children: [new TextRun({ text: plain, font: fonts(HEITI), size: BODY_PT * 2 })],
          }),
        );
      } else {
        seenTitle = true;
        // The title breaks its lines where the txt has spaces.
        const lines = plain.split(/\s+/);
        out.push(
          new Paragraph({
            heading: HeadingLevel.HEADING_1,
            alignment: AlignmentType.CENTER,
            spacing: { before: 400, after: 400 },
            children: lines.map(
              (line, k) => new TextRun({ text: line, break: k > 0 ? 1 : 0, font: fonts(XIAOBIAOSONG), size: 44 }),
            ),
          }),
        );
      }
      return;
    }
    if (/^-{3,}$/.test(block)) {
      rules += 1;
      out.push(
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: rules === 1 ? 8 : 4, color: '000000', space: 1 } },
          children: [],
        }),
      );
      prevBody = null;
      return;
    }
    if (DOC_NUMBER.test(block)) {
      out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: inlineRuns(block, bodyRun()) }));
      prevBody = null;
      return;
    }
    const isDate = DATE_LINE.test(block);
    const isSignature = !isDate && DATE_LINE.test(next) && block.length <= 20;
    if (isDate || isSignature) {
      out.push(
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          indent: { right: 4 * CHAR_TWIPS },
          spacing: { before: isSignature ? 600 : 0 },
          children: inlineRuns(block, bodyRun()),
        }),
      );
      prevBody = null;
      return;
    }
    // The rest of a sentence that a page break cut off (short lines such as names are not cut sentences).
    const continuation = prevBody !== null && prevBody.length > 40 && !ENDS_SENTENCE.test(prevBody.replace(/\*\*$/, ''));
    // The addressee line right after the title sits flush left.
    const addressee = block.endsWith('：') && block.length < 40 && seenTitle && prevBody === null;
    out.push(
      new Paragraph({
        indent: { firstLine: continuation || addressee ? 0 : 2 * CHAR_TWIPS },
        children: inlineRuns(block, bodyRun()),
      }),
    );
    prevBody = block;
  });
  return out;
}

function footer(alignment: (typeof AlignmentType)[keyof typeof AlignmentType]): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment,
        indent: { left: CHAR_TWIPS, right: CHAR_TWIPS },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fonts('宋体'), size: 28 })],
      }),
    ],
  });
}

async function writeDocx(): Promise<void> {
  const source = readFileSync(seedTxt, 'utf8');
  const doc = new Document({
    creator: '市中区人民政府办公室',
    title: '关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: fonts(FANGSONG), size: BODY_PT * 2 }, paragraph: { spacing: { line: LINE_TWIPS, lineRule: 'exact' } } },
        heading1: { run: { font: fonts(XIAOBIAOSONG), size: 44, bold: false, color: '000000' } },
        heading2: { run: { font: fonts(HEITI), size: BODY_PT * 2, bold: false, color: '000000' } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), footer: mm(28) },
          },
        },
        // Odd pages carry the number on the right, even pages on the left.
        footers: { default: footer(AlignmentType.RIGHT), even: footer(AlignmentType.LEFT) },
        children: buildParagraphs(source),
      },
    ],
  });
  writeFileSync(outDocx, await Packer.toBuffer(doc));
}

function writePdf(): void {
  // A private profile, so a LibreOffice already running elsewhere does not swallow the conversion.
  const work = mkdtempSync(join(tmpdir(), 'seed-pdf-'));
  try {
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        outDocx,
      ],
      { stdio: 'inherit', timeout: 180_000 },
    );
    renameSync(join(work, 'policy-seed.pdf'), outPdf);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await writeDocx();
writePdf();
console.log(`wrote ${outDocx}\nwrote ${outPdf}`);
