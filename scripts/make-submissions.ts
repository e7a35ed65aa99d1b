// Writes the sample department submissions (.docx, .pdf, .txt) for the seed policy and their answer key.
// Sources: seeds/sample-key/src/NN-*.txt (front matter + light markup) and src/obligations.json.
// Usage: npx tsx scripts/make-submissions.ts          build everything, then check the outputs
//        npx tsx scripts/make-submissions.ts --check  only check existing outputs against the sources
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import mammoth from 'mammoth';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'seeds', 'submissions');
// The answer key and the sources sit beside the folder, so that the folder holds only what a department sent.
const keyDir = join(root, 'seeds', 'sample-key');
const srcDir = join(keyDir, 'src');

// ---------------------------------------------------------------- sources

type Format = 'docx' | 'pdf' | 'txt';
type DateSource = 'signature' | 'header' | 'import';

interface SourceMeta {
  file: string;
  format: Format;
  encoding: 'utf-8' | 'gbk';
  eol: '\n' | '\r\n';
  departments: string[];
  date: string | null;
  dateSource: DateSource;
  measures: number[];
}

type Block =
  | { kind: 'title' | 'centered' | 'heading' | 'flush' | 'body' | 'right' | 'blank'; text: string }
  | { kind: 'table'; rows: string[][] };

interface Source {
  id: string;
  meta: SourceMeta;
  blocks: Block[];
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function parseMeta(id: string, head: string): SourceMeta {
  const fields = new Map<string, string>();
  for (const line of head.split('\n')) {
    const m = /^(\w+):\s*(.*)$/.exec(line.trim());
    if (m) fields.set(m[1], m[2].trim());
  }
  const need = (key: string): string => {
    const v = fields.get(key);
    if (v === undefined) throw new Error(`${id}: front matter lacks "${key}"`);
    return v;
  };
  const format = need('format');
  if (format !== 'docx' && format !== 'pdf' && format !== 'txt') throw new Error(`${id}: bad format ${format}`);
  const date = need('date');
  if (date !== 'none' && !isoDate.test(date)) throw new Error(`${id}: bad date ${date}`);
  const dateSource = need('dateSource');
  if (dateSource !== 'signature' && dateSource !== 'header' && dateSource !== 'import') {
    throw new Error(`${id}: bad dateSource ${dateSource}`);
  }
  if ((date === 'none') !== (dateSource === 'import')) throw new Error(`${id}: an undated source must use dateSource import`);
  const encoding = fields.get('encoding') ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'gbk') throw new Error(`${id}: bad encoding ${encoding}`);
  const split = (v: string) => v.split(/[,，]/).map((s) => s.trim()).filter(Boolean);
  return {
    file: need('file'),
    format,
    encoding,
    eol: fields.get('eol') === 'crlf' ? '\r\n' : '\n',
    departments: split(need('departments')),
    date: date === 'none' ? null : date,
    dateSource,
    measures: split(fields.get('measures') ?? '').map(Number).sort((a, b) => a - b),
  };
}

// Markup, one block per line: "# " title, "## " centred line, "### " heading, ": " flush-left line,
// "> " right-aligned line (signature), "| a | b |" table row, blank line, anything else a body paragraph.
function parseBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of body.split('\n')) {
    const line = raw.trimEnd();
    if (line.startsWith('|')) {
      const cells = line.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
      const last = blocks[blocks.length - 1];
      if (last && last.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
      continue;
    }
    const prefixes: [string, Block['kind']][] = [['### ', 'heading'], ['## ', 'centered'], ['# ', 'title'], [': ', 'flush'], ['> ', 'right']];
    const hit = prefixes.find(([p]) => line.startsWith(p));
    if (hit) blocks.push({ kind: hit[1], text: line.slice(hit[0].length).trim() } as Block);
    else if (line.trim() === '') blocks.push({ kind: 'blank', text: '' });
    else blocks.push({ kind: 'body', text: line.trim() });
  }
  while (blocks.length && blocks[0].kind === 'blank') blocks.shift();
  while (blocks.length && blocks[blocks.length - 1].kind === 'blank') blocks.pop();
  return blocks;
}

function readSources(): Source[] {
  const names = readdirSync(srcDir).filter((n) => /^\d{2}-.+\.txt$/.test(n)).sort();
  return names.map((name) => {
    const text = readFileSync(join(srcDir, name), 'utf8').replace(/\r\n/g, '\n');
    const cut = text.indexOf('\n---\n');
    if (cut < 0) throw new Error(`${name}: no front matter`);
    const id = name.replace(/\.txt$/, '');
    const meta = parseMeta(id, text.slice(0, cut));
    const blocks = parseBlocks(text.slice(cut + 5));
    if (meta.format === 'txt' && blocks.some((b) => b.kind === 'table')) throw new Error(`${id}: tables need docx or pdf`);
    return { id, meta, blocks };
  });
}

// ---------------------------------------------------------------- plain text

const fullWidthSpace = '\u3000';

function renderText(blocks: Block[], eol: string): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') continue;
    switch (b.kind) {
      case 'title':
      case 'centered':
        lines.push(fullWidthSpace.repeat(4) + b.text);
        break;
      case 'body':
      case 'heading':
        lines.push(fullWidthSpace.repeat(2) + b.text);
        break;
      case 'right':
        lines.push(fullWidthSpace.repeat(20) + b.text);
        break;
      default:
        lines.push(b.text);
    }
  }
  return lines.join(eol) + eol;
}

// ---------------------------------------------------------------- docx

interface FontSet {
  title: string;
  body: string;
  heading: string;
  /** Justify body text; LibreOffice drops some line-end 、 and ， from justified CJK lines when it writes PDF. */
  justify: boolean;
}

// Fonts a district office would use; LibreOffice lacks them, so the PDF path names installed Noto fonts.
const officeFonts: FontSet = { title: '方正小标宋简体', body: '仿宋_GB2312', heading: '黑体', justify: true };
const pdfFonts: FontSet = { title: 'Noto Serif CJK SC', body: 'Noto Serif CJK SC', heading: 'Noto Sans CJK SC', justify: false };

const mm = (v: number) => Math.round((v * 1440) / 25.4);
const bodySize = 32; // 三号, half-points
const indent2 = 640; // two characters of 16 pt

function run(text: string, font: string, size: number, bold = false): TextRun {
  // Every font channel is set, or Word falls back to a Latin theme font for some characters.
  return new TextRun({ text, size, bold, font: { ascii: font, hAnsi: font, eastAsia: font, cs: font } });
}

const exactLine = { line: 580, lineRule: LineRuleType.EXACT };

function tableOf(rows: string[][], fonts: FontSet): Table {
  const widths = [800, 2400, 5645];
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: cells.map(
            (cell, c) =>
              new TableCell({
                width: { size: widths[c] ?? 2000, type: WidthType.DXA },
                verticalAlign: VerticalAlign.CENTER,
                children: [
                  new Paragraph({
                    alignment: r === 0 || c === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                    spacing: { line: 360, lineRule: LineRuleType.AUTO },
                    children: [run(cell, r === 0 ? fonts.heading : fonts.body, 24)],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

function renderDocx(blocks: Block[], fonts: FontSet): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  let signed = false;
  for (const b of blocks) {
    if (b.kind === 'table') {
      children.push(tableOf(b.rows, fonts));
      continue;
    }
    switch (b.kind) {
      case 'title':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 300 }, children: [run(b.text, fonts.title, 44)] }));
        break;
      case 'centered':
        children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: exactLine, children: [run(b.text, fonts.body, bodySize)] }));
        break;
      case 'heading':
        children.push(new Paragraph({ indent: { firstLine: indent2 }, spacing: exactLine, children: [run(b.text, fonts.heading, bodySize)] }));
        break;
      case 'flush':
        children.push(new Paragraph({ spacing: exactLine, children: [run(b.text, fonts.body, bodySize)] }));
        break;
      case 'right':
        // Leave two empty lines above the signature block, as the genre does.
        if (!signed) children.push(new Paragraph({ spacing: exactLine, children: [] }), new Paragraph({ spacing: exactLine, children: [] }));
        signed = true;
        children.push(new Paragraph({ alignment: AlignmentType.RIGHT, indent: { right: indent2 * 2 }, spacing: exactLine, children: [run(b.text, fonts.body, bodySize)] }));
        break;
      case 'blank':
        break;
      default:
        children.push(new Paragraph({ indent: { firstLine: indent2 }, alignment: fonts.justify ? AlignmentType.JUSTIFIED : AlignmentType.LEFT, spacing: exactLine, children: [run(b.text, fonts.body, bodySize)] }));
    }
  }

  const doc = new Document({
    creator: 'district office',
    styles: { default: { document: { run: { font: { ascii: fonts.body, hAnsi: fonts.body, eastAsia: fonts.body, cs: fonts.body }, size: bodySize } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28, font: { ascii: fonts.body, hAnsi: fonts.body, eastAsia: fonts.body, cs: fonts.body } })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

// ---------------------------------------------------------------- pdf

function convertToPdf(docxFiles: string[], workDir: string): void {
  if (docxFiles.length === 0) return;
  // A private profile keeps this run apart from any other LibreOffice instance on the machine.
  const profile = 'file://' + join(workDir, 'lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', join(workDir, 'pdf'), ...docxFiles], {
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 300_000,
  });
}

// ---------------------------------------------------------------- answer key

type Status = 'on_time' | 'late' | 'missing' | 'pending';
type Role = 'lead' | 'support' | 'joint';

interface MeasureSpec {
  measure: number;
  deadlines: string[];
  due: string;
  dueSource: 'deadline' | 'report-deadline';
  monthlyDay?: number;
  lead: string[];
  support: string[];
  joint: string[];
  generic: string[];
}

interface PolicySpec {
  policy: string;
  issuedOn: string;
  reportDeadline: string;
  importDateForUndated: string;
  asOf: string[];
  aliases: Record<string, string>;
  beforeIssue: { measure: number; text: string; date: string }[];
  measures: MeasureSpec[];
}

interface ObligationSpec {
  measure: number;
  department: string;
  role: Role;
  due: string;
  dueSource: MeasureSpec['dueSource'];
  monthlyDay?: number;
}

function expandObligations(spec: PolicySpec): ObligationSpec[] {
  const out: ObligationSpec[] = [];
  for (const m of spec.measures) {
    const add = (department: string, role: Role) => {
      if (out.some((o) => o.measure === m.measure && o.department === department)) throw new Error(`duplicate obligation ${m.measure} ${department}`);
      out.push({ measure: m.measure, department, role, due: m.due, dueSource: m.dueSource, monthlyDay: m.monthlyDay });
    };
    m.lead.forEach((d) => add(d, 'lead'));
    m.joint.forEach((d) => add(d, 'joint'));
    m.support.forEach((d) => add(d, 'support'));
  }
  return out;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Due dates of a monthly duty (day N of each month) after the date of issue, up to and including asOf. */
function monthlyDues(issuedOn: string, day: number, asOf: string): string[] {
  let [y, m] = issuedOn.split('-').map(Number);
  const dues: string[] = [];
  for (;;) {
    const due = `${y}-${pad(m)}-${pad(day)}`;
    if (due > asOf) return dues;
    if (due > issuedOn) dues.push(due);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

function judge(due: string, asOf: string, responses: { date: string; file: string }[]): { status: Status; respondedOn: string | null; respondedIn: string | null } {
  const first = responses[0];
  if (first) return { status: first.date <= due ? 'on_time' : 'late', respondedOn: first.date, respondedIn: first.file };
  return { status: due < asOf ? 'missing' : 'pending', respondedOn: null, respondedIn: null };
}

function buildKey(spec: PolicySpec, sources: Source[]) {
  const obligations = expandObligations(spec);
  const effectiveDate = (s: Source) => s.meta.date ?? spec.importDateForUndated;
  const responsesOf = (o: ObligationSpec, asOf: string, after: string | null = null) =>
    sources
      .filter((s) => s.meta.departments.includes(o.department) && s.meta.measures.includes(o.measure))
      .map((s) => ({ date: effectiveDate(s), file: s.meta.file }))
      .filter((r) => r.date <= asOf && (after === null || r.date > after))
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.file.localeCompare(b.file)));

  const asOf: Record<string, unknown[]> = {};
  for (const date of spec.asOf) {
    asOf[date] = obligations.map((o) => {
      const row: Record<string, unknown> = {
        measure: o.measure,
        department: o.department,
        role: o.role,
        due: o.due,
        dueSource: o.dueSource,
        ...judge(o.due, date, responsesOf(o, date)),
      };
      if (o.monthlyDay) {
        const dues = monthlyDues(spec.issuedOn, o.monthlyDay, date);
        if (dues[0] !== o.due) throw new Error(`measure ${o.measure}: first monthly due ${dues[0]} differs from ${o.due}`);
        // A period is answered by the earliest counting report dated after the previous period's due date.
        row.periods = dues.map((due, i) => {
          const { status, respondedOn } = judge(due, date, responsesOf(o, date, i === 0 ? null : dues[i - 1]));
          return { due, status, respondedOn };
        });
      }
      return row;
    });
  }

  const obliged = new Set(obligations.map((o) => o.department));
  const offDuty: { file: string; department: string; measure: number }[] = [];
  const unobliged: { file: string; department: string }[] = [];
  for (const s of sources) {
    for (const d of s.meta.departments) {
      if (!obliged.has(d)) {
        unobliged.push({ file: s.meta.file, department: d });
        continue;
      }
      for (const m of s.meta.measures) {
        if (!obligations.some((o) => o.measure === m && o.department === d)) offDuty.push({ file: s.meta.file, department: d, measure: m });
      }
    }
  }

  const submissions: Record<string, unknown> = {};
  for (const s of sources) {
    submissions[s.meta.file] = {
      source: `src/${s.id}.txt`,
      format: s.meta.format,
      ...(s.meta.format === 'txt' ? { encoding: s.meta.encoding } : {}),
      departments: s.meta.departments,
      date: s.meta.date,
      dateSource: s.meta.dateSource,
      measures: s.meta.measures,
      answersNothing: s.meta.measures.length === 0,
    };
  }

  return {
    policy: spec.policy,
    issuedOn: spec.issuedOn,
    reportDeadline: spec.reportDeadline,
    importDateForUndated: spec.importDateForUndated,
    rules: [
      'An obligation is a (measure, canonical department) pair from the responsibility parenthesis; generic actors create none.',
      'Due: the latest dated deadline of the measure; no dated deadline (or only 每年) → reportDeadline.',
      'Measure 12 (每月4日前) is monthly: the row status uses the first period (due 2021-10-04); periods lists every period due on or before the as-of date.',
      'A period is answered by the earliest counting report dated after the previous period\'s due date (the first period: any counting report).',
      'Only reports dated on or before the as-of date count; undated reports take importDateForUndated, so they count at neither as-of date.',
      'on_time: first response <= due; late: first response > due; missing: none and due < asOf; pending: none and due >= asOf.',
      'A joint report counts for every department that signs it.',
    ],
    aliases: spec.aliases,
    obligationCount: obligations.length,
    submissions,
    undated: sources.filter((s) => s.meta.date === null).map((s) => s.meta.file),
    notes: { offDuty, unobliged, beforeIssue: spec.beforeIssue },
    asOf,
  };
}

// ---------------------------------------------------------------- checks

// Collapse the spaces and line breaks PDF extraction inserts, so a title can be found in the output.
const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

async function extractText(path: string, s: Source): Promise<string> {
  if (s.meta.format === 'pdf') {
    // Page footers ("— 1 —") land inside paragraphs that cross a page; drop them before comparing.
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' });
    return text.split('\n').filter((line) => !/^\s*[—－-]\s*\d+\s*[—－-]\s*$/.test(line)).join('\n');
  }
  if (s.meta.format === 'docx') return (await mammoth.extractRawText({ path })).value;
  const bytes = readFileSync(path);
  if (s.meta.encoding === 'gbk') {
    if (bytes.toString('utf8').includes('\ufffd') === false) throw new Error(`${s.meta.file}: GBK file also decodes as UTF-8`);
    return iconv.decode(bytes, 'gbk');
  }
  return bytes.toString('utf8');
}

async function checkOutputs(sources: Source[]): Promise<string[]> {
  const problems: string[] = [];
  for (const s of sources) {
    const path = join(outDir, s.meta.file);
    if (!existsSync(path)) {
      problems.push(`${s.meta.file}: missing`);
      continue;
    }
    const text = squash(await extractText(path, s));
    const wanted = s.blocks.flatMap((b) => (b.kind === 'table' ? b.rows.flat() : b.kind === 'blank' ? [] : [b.text]));
    for (const w of wanted) {
      if (!text.includes(squash(w))) problems.push(`${s.meta.file}: text not found: ${w.slice(0, 30)}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- main

async function main(): Promise<void> {
  const checkOnly = process.argv.includes('--check');
  const sources = readSources();
  const files = new Set(sources.map((s) => s.meta.file));
  if (files.size !== sources.length) throw new Error('two sources write the same file');
  const spec = JSON.parse(readFileSync(join(srcDir, 'obligations.json'), 'utf8')) as PolicySpec;

  if (!checkOnly) {
    // Drop renditions whose source is gone.
    for (const name of readdirSync(outDir)) {
      if (['.docx', '.pdf', '.txt'].includes(extname(name)) && !files.has(name)) rmSync(join(outDir, name));
    }
    const work = mkdtempSync(join(tmpdir(), 'luoshi-submissions-'));
    try {
      const pdfInputs: string[] = [];
      for (const s of sources) {
        const target = join(outDir, s.meta.file);
        if (s.meta.format === 'txt') {
          const text = renderText(s.blocks, s.meta.eol);
          writeFileSync(target, s.meta.encoding === 'gbk' ? iconv.encode(text, 'gbk') : Buffer.from(text, 'utf8'));
        } else if (s.meta.format === 'docx') {
          writeFileSync(target, await renderDocx(s.blocks, officeFonts));
        } else {
          const input = join(work, s.meta.file.replace(/\.pdf$/, '.docx'));
          writeFileSync(input, await renderDocx(s.blocks, pdfFonts));
          pdfInputs.push(input);
        }
      }
      convertToPdf(pdfInputs, work);
      for (const s of sources.filter((x) => x.meta.format === 'pdf')) copyFileSync(join(work, 'pdf', s.meta.file), join(outDir, s.meta.file));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    writeFileSync(join(keyDir, 'answer-key.json'), JSON.stringify(buildKey(spec, sources), null, 2) + '\n');
  }

  const problems = await checkOutputs(sources);
  const key = JSON.stringify(buildKey(spec, sources), null, 2) + '\n';
  if (readFileSync(join(keyDir, 'answer-key.json'), 'utf8') !== key) problems.push('answer-key.json is out of date');
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log(`${sources.length} submissions and answer-key.json are consistent with their sources.`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
