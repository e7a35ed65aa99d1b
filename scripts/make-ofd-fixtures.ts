// Writes the OFD fixtures (GB/T 33190). No OFD writer installs from the registries this project uses, so
// the packages are written here from the standard's structure: OFD.xml → Doc_0/Document.xml (page box,
// page list, templates) → Doc_0/PublicRes.xml (fonts) → Doc_0/Pages/Page_N/Content.xml (layers of
// TextObject with Boundary, Font, Size, and TextCode X/Y/DeltaX, where "g N d" repeats an advance).
//
//  - report-table.ofd, division-table.ofd: the text runs of the LibreOffice PDFs beside them
//    (electron/import/__fixtures__/*.pdf), placed at the same positions, so an OFD and a PDF of one
//    document can be compared paragraph by paragraph.
//  - notice.ofd: a report laid out line by line as OFD producers write it: a letterhead template, a bold
//    title font, paragraphs that wrap and run over a page break, page numbers, a table, and a seal's
//    rotated text (CTM) that is not body text.
//
//   npx tsx scripts/make-ofd-fixtures.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const fixtures = join(root, 'electron', 'import', '__fixtures__');
const MM_PER_PT = 25.4 / 72;
const NS = 'http://www.ofdspec.org/2016';

interface Glyphs {
  text: string;
  /** Left edge and baseline, millimetres from the page's top left. */
  x: number;
  y: number;
  /** Font size, millimetres. */
  size: number;
  /** Advance of each glyph; omitted when every glyph is as wide as the font size. */
  deltas?: number[];
  font?: 'song' | 'hei';
  /** A transform of the object (rotation for a seal's text). */
  ctm?: string;
}

interface OfdPage {
  glyphs: Glyphs[];
  template?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fmt = (n: number) => String(Math.round(n * 1000) / 1000);

/** DeltaX with runs of one advance written as "g N d", as OFD producers compress them. */
function deltaX(deltas: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < deltas.length; ) {
    let j = i;
    while (j + 1 < deltas.length && Math.abs(deltas[j + 1] - deltas[i]) < 1e-6) j++;
    const count = j - i + 1;
    out.push(count >= 3 ? `g ${count} ${fmt(deltas[i])}` : Array(count).fill(fmt(deltas[i])).join(' '));
    i = j + 1;
  }
  return out.join(' ');
}

let nextId = 100;

function textObject(g: Glyphs): string {
  const chars = [...g.text];
  const deltas = g.deltas ?? chars.slice(1).map(() => g.size);
  const width = deltas.slice(0, chars.length - 1).reduce((a, b) => a + b, 0) + g.size;
  // The boundary's top sits one font size above the baseline; the text code's Y is the baseline inside it.
  const top = g.y - g.size;
  const font = g.font === 'hei' ? 2 : 1;
  const ctm = g.ctm ? ` CTM="${g.ctm}"` : '';
  const dx = chars.length > 1 && g.deltas ? ` DeltaX="${deltaX(deltas.slice(0, chars.length - 1))}"` : '';
  return (
    `<ofd:TextObject ID="${nextId++}" Boundary="${fmt(g.x)} ${fmt(top)} ${fmt(width)} ${fmt(g.size * 1.3)}" Font="${font}" Size="${fmt(g.size)}"${ctm}>` +
    `<ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="${fmt(g.size)}"${dx}>${esc(g.text)}</ofd:TextCode></ofd:TextObject>`
  );
}

function content(glyphs: Glyphs[], template: boolean): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="${NS}">` +
    (template ? '<ofd:Template TemplateID="10" ZOrder="Background"/>' : '') +
    `<ofd:Content><ofd:Layer ID="${nextId++}">${glyphs.map(textObject).join('')}</ofd:Layer></ofd:Content></ofd:Page>`
  );
}

async function writeOfd(file: string, pages: OfdPage[], size: { width: number; height: number }, templateGlyphs: Glyphs[] = []): Promise<void> {
  const zip = new JSZip();
  zip.file(
    'OFD.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="${NS}" Version="1.1" DocType="OFD"><ofd:DocBody>` +
      `<ofd:DocInfo><ofd:DocID>${file}</ofd:DocID><ofd:Creator>make-ofd-fixtures</ofd:Creator></ofd:DocInfo>` +
      '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
  );
  zip.file(
    'Doc_0/Document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="${NS}"><ofd:CommonData><ofd:MaxUnitID>9999</ofd:MaxUnitID>` +
      `<ofd:PageArea><ofd:PhysicalBox>0 0 ${fmt(size.width)} ${fmt(size.height)}</ofd:PhysicalBox></ofd:PageArea>` +
      '<ofd:PublicRes>PublicRes.xml</ofd:PublicRes>' +
      (templateGlyphs.length ? '<ofd:TemplatePage ID="10" BaseLoc="Tpls/Tpl_0/Content.xml"/>' : '') +
      '</ofd:CommonData><ofd:Pages>' +
      pages.map((_, k) => `<ofd:Page ID="${k + 20}" BaseLoc="Pages/Page_${k}/Content.xml"/>`).join('') +
      '</ofd:Pages></ofd:Document>',
  );
  zip.file(
    'Doc_0/PublicRes.xml',
    `<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="${NS}" BaseLoc="Res"><ofd:Fonts>` +
      '<ofd:Font ID="1" FontName="宋体" FamilyName="宋体"/><ofd:Font ID="2" FontName="黑体" FamilyName="黑体" Bold="true"/>' +
      '</ofd:Fonts></ofd:Res>',
  );
  if (templateGlyphs.length) zip.file('Doc_0/Tpls/Tpl_0/Content.xml', content(templateGlyphs, false));
  pages.forEach((page, k) => zip.file(`Doc_0/Pages/Page_${k}/Content.xml`, content(page.glyphs, !!page.template)));
  writeFileSync(join(fixtures, 'ofd', file), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

// ---------------------------------------------------------------- from the PDF fixtures

async function fromPdf(name: string): Promise<void> {
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdfRoot = join(root, 'node_modules', 'pdfjs-dist');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(join(fixtures, `${name}.pdf`))),
    cMapUrl: join(pdfRoot, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfRoot, 'standard_fonts') + '/',
    verbosity: 0,
  }).promise;
  const pages: OfdPage[] = [];
  let size = { width: 210, height: 297 };
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , w, h] = page.view;
    size = { width: w * MM_PER_PT, height: h * MM_PER_PT };
    const text = await page.getTextContent();
    const glyphs: Glyphs[] = [];
    for (const item of text.items as { str?: string; transform: number[]; width: number }[]) {
      if (!item.str?.trim()) continue;
      const [, , c, d, e, f] = item.transform;
      const fontSize = Math.hypot(c, d) * MM_PER_PT;
      const chars = [...item.str];
      // the run's width spread over its glyphs
      const advance = chars.length > 1 ? (item.width * MM_PER_PT - fontSize) / (chars.length - 1) : fontSize;
      glyphs.push({ text: item.str, x: e * MM_PER_PT, y: (h - f) * MM_PER_PT, size: fontSize, deltas: chars.slice(1).map(() => Math.max(0, advance)) });
    }
    pages.push({ glyphs });
  }
  await doc.destroy();
  await writeOfd(`${name}.ofd`, pages, size);
}

// ---------------------------------------------------------------- laid out line by line

const A4 = { width: 210, height: 297 };
const LEFT = 28;
const RIGHT = 182;
const BODY = 5.6; // 三号 (16 pt)
const PITCH = 10;

/** Wraps a paragraph at the right margin, the first line indented by two characters. */
function paragraph(text: string, y: number, indent = true): Glyphs[] {
  const chars = [...text];
  const lines: Glyphs[] = [];
  let at = 0;
  let first = true;
  while (at < chars.length) {
    const x = LEFT + (first && indent ? 2 * BODY : 0);
    const fit = Math.floor((RIGHT - x) / BODY);
    lines.push({ text: chars.slice(at, at + fit).join(''), x, y: y + lines.length * PITCH, size: BODY });
    at += fit;
    first = false;
  }
  return lines;
}

const pageNumber = (n: number): Glyphs => ({ text: `— ${n} —`, x: 95, y: 280, size: 4.9, deltas: [2.45, 2.45, 4.9, 2.45] });

async function notice(): Promise<void> {
  const page1: Glyphs[] = [
    { text: '区市场监督管理局关于优化营商环境', x: 50.5, y: 62, size: 7.7, font: 'hei' },
    { text: '重点任务落实情况的报告', x: 62.35, y: 74, size: 7.7, font: 'hei' },
    { text: '区政府办公室：', x: LEFT, y: 92, size: BODY },
  ];
  const p1 = paragraph(
    '根据《江城区2024年优化营商环境重点任务分工表》要求，我局对照任务清单逐项推进，全面推行企业开办“一窗通办”，现将有关落实情况报告如下。',
    92 + PITCH,
  );
  page1.push(...p1);
  let y = p1[p1.length - 1].y + PITCH;
  page1.push({ text: '一、企业开办', x: LEFT + 2 * BODY, y, size: BODY, font: 'hei' });
  // a paragraph that runs over the page break
  const long = paragraph(
    '全区企业开办时间已压缩至0.5个工作日，实现营业执照、印章刻制、涉税事项、社保登记一次提交、一窗领取，今年以来新设立市场主体3267户，同比增长12.4%，企业开办全程网办率达到96%以上，群众满意度持续提升，相关经验被市级部门推广。',
    y + PITCH,
  );
  const room = Math.floor((262 - (y + PITCH)) / PITCH) + 1;
  page1.push(...long.slice(0, room), pageNumber(1));
  const page2: Glyphs[] = long.slice(room).map((g, k) => ({ ...g, y: 40 + k * PITCH }));
  y = 40 + (long.length - room) * PITCH;
  page2.push({ text: '二、重点任务完成情况', x: LEFT + 2 * BODY, y, size: BODY, font: 'hei' });
  // a table: 序号 | 任务 | 落实情况; lines in a cell 6 mm apart, rows (with their padding) 9 mm apart
  const rows = [
    [['序号'], ['任务'], ['落实情况']],
    [['1'], ['优化企业开办服务'], ['已推行“一窗通办”，', '开办时间0.5个工作日']],
    [['2'], ['规范涉企收费'], ['检查企业120家，清退违规', '收费8.6万元']],
  ];
  const columns = [LEFT + 4, LEFT + 20, LEFT + 68];
  let rowTop = y + PITCH;
  for (const cells of rows) {
    cells.forEach((lines, c) => lines.forEach((text, k) => page2.push({ text, x: columns[c], y: rowTop + 6 * k, size: 4.2 })));
    rowTop += 6 * Math.max(...cells.map((l) => l.length)) + 3;
  }
  y = rowTop + PITCH;
  page2.push({ text: '下一步，我局将持续深化商事制度改革，确保各项任务按期完成。', x: LEFT + 2 * BODY, y, size: BODY });
  page2.push({ text: '江城区市场监督管理局', x: 120, y: y + 3 * PITCH, size: BODY });
  page2.push({ text: '2024年6月20日', x: 130, y: y + 4 * PITCH, size: BODY, deltas: [2.8, 2.8, 2.8, 2.8, 5.6, 2.8, 5.6, 2.8, 2.8] });
  // the seal's ring of text, rotated: not body text
  page2.push({ text: '江城区市场监督管理局', x: 125, y: y + 2 * PITCH, size: 4, ctm: '0.866 0.5 -0.5 0.866 0 0' });
  page2.push(pageNumber(2));
  const letterhead: Glyphs[] = [{ text: '江城区市场监督管理局文件', x: 47, y: 35, size: 9.8, deltas: Array(11).fill(10.5) }];
  await writeOfd('notice.ofd', [{ glyphs: page1, template: true }, { glyphs: page2 }], A4, letterhead);
}

await fromPdf('report-table');
await fromPdf('division-table');
await notice();
console.log('OFD fixtures written to', join(fixtures, 'ofd'));
