// OFD (GB/T 33190, the format of electronic official documents): a zip of XML parts. OFD.xml names each
// document's root (Doc_0/Document.xml), which lists the pages and the default page box; each page's
// Content.xml holds text objects (TextObject) placed by a boundary box, with text codes (TextCode) at
// baseline positions inside it and the advance of each glyph (DeltaX). The text objects become the same
// positioned runs pdf.js gives for a PDF, so lines, paragraphs and tables are rebuilt by the PDF layout
// (pdf-layout.ts, pdf-tables.ts) with the same guarantees.
import { DOMParser } from '@xmldom/xmldom';
import { posix } from 'node:path';
import { ImportProblem, type Extracted } from './extracted';
import { isZip } from './docx';
import { layoutPdf, type PdfPage, type PdfTextItem } from './pdf-layout';
import { readArchive } from './zip-limits';

const CORRUPT = '文件已损坏或不是有效的 OFD 文件。请用数科或福昕 OFD 阅读器打开后重新保存，或另存为 PDF 再导入。';

/** OFD measures in millimetres; the PDF layout's thresholds are in points. */
const PT_PER_MM = 72 / 25.4;

type Xml = Element;

function children(el: Xml | Document, name: string): Xml[] {
  const out: Xml[] = [];
  const nodes = el.childNodes;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i] as Xml;
    if (n.nodeType === 1 && (n.localName ?? n.nodeName.replace(/^.*:/, '')) === name) out.push(n);
  }
  return out;
}

function child(el: Xml | Document | undefined, ...path: string[]): Xml | undefined {
  let at: Xml | Document | undefined = el;
  for (const name of path) at = at ? children(at, name)[0] : undefined;
  return at as Xml | undefined;
}

/** Every element of that local name below `el`, in document order. */
function descendants(el: Xml, name: string): Xml[] {
  const out: Xml[] = [];
  const walk = (node: Xml) => {
    const nodes = node.childNodes;
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[i] as Xml;
      if (n.nodeType !== 1) continue;
      if ((n.localName ?? n.nodeName.replace(/^.*:/, '')) === name) out.push(n);
      else walk(n);
    }
  };
  walk(el);
  return out;
}

function numbers(value: string | null | undefined): number[] {
  return (value ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
}

/** DeltaX / DeltaY: numbers, where "g N d" stands for N times d. */
export function expandDeltas(value: string | null | undefined): number[] {
  const parts = (value ?? '').trim().split(/\s+/).filter(Boolean);
  const out: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (parts[i] === 'g' && i + 2 < parts.length) {
      const count = Math.min(10_000, Number(parts[i + 1]));
      const d = Number(parts[i + 2]);
      for (let k = 0; k < count; k++) out.push(d);
      i += 2;
    } else out.push(Number(parts[i]));
  }
  return out.map((d) => (Number.isFinite(d) ? d : 0));
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function box(value: string | null | undefined): Box | null {
  const [x, y, width, height] = numbers(value);
  return [x, y, width, height].every(Number.isFinite) ? { x, y, width, height } : null;
}

/** Advance of a glyph with no DeltaX: full width for Chinese, half for Latin letters and digits. */
function nominalAdvance(ch: string, size: number): number {
  return /[\u0000-\u00ff]/.test(ch) ? size / 2 : size;
}

export interface OfdFont {
  bold: boolean;
}

const BOLD_FACE = /bold|heavy|black|黑体|simhei|heiti|小标宋|方正小标宋/i;

/**
 * The runs of one text object, in page millimetres with y growing downwards. A text code is cut where a
 * glyph's advance is much wider than the glyph (text laid out in columns within one code).
 */
export function textObjectRuns(obj: Xml, fonts: Map<string, OfdFont>): { str: string; x: number; y: number; width: number; size: number; bold: boolean }[] {
  const boundary = box(obj.getAttribute('Boundary'));
  const size = Number(obj.getAttribute('Size'));
  if (!boundary || !(size > 0)) return [];
  const ctm = numbers(obj.getAttribute('CTM'));
  const [a, b, c, d, e, f] = ctm.length === 6 ? ctm : [1, 0, 0, 1, 0, 0];
  // Rotated text (stamps, watermarks) is not body text.
  if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) return [];
  const scale = Math.abs(d) || 1;
  const weight = Number(obj.getAttribute('Weight'));
  const bold = (Number.isFinite(weight) && weight >= 600) || !!fonts.get(obj.getAttribute('Font') ?? '')?.bold;
  const runs: { str: string; x: number; y: number; width: number; size: number; bold: boolean }[] = [];
  let x = 0;
  let y = 0;
  for (const code of children(obj, 'TextCode')) {
    const text = [...(code.textContent ?? '')];
    if (code.hasAttribute('X')) x = Number(code.getAttribute('X'));
    if (code.hasAttribute('Y')) y = Number(code.getAttribute('Y'));
    const deltas = expandDeltas(code.getAttribute('DeltaX'));
    let start = x;
    let str = '';
    const flush = (end: number) => {
      if (str.trim()) {
        runs.push({
          str,
          x: boundary.x + a * start + e,
          y: boundary.y + d * y + f,
          width: Math.max(0, a * (end - start)),
          size: size * scale,
          bold,
        });
      }
      str = '';
    };
    text.forEach((ch, k) => {
      str += ch;
      const step = k < deltas.length ? deltas[k] : nominalAdvance(ch, size);
      const glyph = nominalAdvance(ch, size);
      if (k < text.length - 1 && step > glyph + 1.5 * size) {
        flush(x + glyph);
        start = x + step;
      }
      x += step;
    });
    flush(x);
  }
  return runs;
}

/** A page's runs as pdf.js would give them: points, baseline origin, y growing upwards. */
export function pageItems(content: Document, height: number, fonts: Map<string, OfdFont>): PdfTextItem[] {
  const items: PdfTextItem[] = [];
  for (const obj of descendants(content.documentElement, 'TextObject')) {
    for (const run of textObjectRuns(obj, fonts)) {
      items.push({
        str: run.str,
        x: run.x * PT_PER_MM,
        y: (height - run.y) * PT_PER_MM,
        width: run.width * PT_PER_MM,
        size: run.size * PT_PER_MM,
        ...(run.bold ? { bold: true } : {}),
      });
    }
  }
  return items;
}

class OfdPackage {
  constructor(private readonly files: Map<string, Buffer>) {}

  /** A part by its path: absolute from the package root, or relative to `from`'s folder. */
  resolve(from: string, loc: string): string {
    const clean = loc.trim().replace(/\\/g, '/');
    return clean.startsWith('/') ? posix.normalize(clean.slice(1)) : posix.normalize(posix.join(posix.dirname(from), clean));
  }

  xml(path: string): Document | null {
    const bytes = this.files.get(path);
    if (!bytes) return null;
    let failed = false;
    const doc = new DOMParser({
      errorHandler: { warning: () => undefined, error: () => (failed = true), fatalError: () => (failed = true) },
    }).parseFromString(bytes.toString('utf8'), 'text/xml');
    return failed || !doc?.documentElement ? null : doc;
  }
}

function fontsOf(pkg: OfdPackage, docPath: string, document: Document): Map<string, OfdFont> {
  const fonts = new Map<string, OfdFont>();
  const common = child(document, 'Document', 'CommonData');
  const resLocs = [...(common ? children(common, 'PublicRes') : []), ...(common ? children(common, 'DocumentRes') : [])];
  for (const loc of resLocs) {
    const path = pkg.resolve(docPath, loc.textContent ?? '');
    const res = pkg.xml(path);
    if (!res) continue;
    for (const font of descendants(res.documentElement, 'Font')) {
      const name = `${font.getAttribute('FontName') ?? ''} ${font.getAttribute('FamilyName') ?? ''}`;
      fonts.set(font.getAttribute('ID') ?? '', { bold: font.getAttribute('Bold') === 'true' || BOLD_FACE.test(name) });
    }
  }
  return fonts;
}

/** The pages of the first document in the package, with their templates, as PDF-like pages. */
function readPages(pkg: OfdPackage): { pages: PdfPage[]; blank: number[] } {
  const root = pkg.xml('OFD.xml');
  const docRoot = child(root?.documentElement, 'DocBody', 'DocRoot')?.textContent;
  if (!root || !docRoot) throw new ImportProblem('corrupt-ofd', CORRUPT);
  const docPath = pkg.resolve('OFD.xml', docRoot);
  const document = pkg.xml(docPath);
  if (!document) throw new ImportProblem('corrupt-ofd', CORRUPT);
  const common = child(document, 'Document', 'CommonData');
  const defaultBox = box(child(common, 'PageArea', 'PhysicalBox')?.textContent) ?? { x: 0, y: 0, width: 210, height: 297 };
  const fonts = fontsOf(pkg, docPath, document);
  const templates = new Map<string, string>();
  for (const t of common ? children(common, 'TemplatePage') : []) templates.set(t.getAttribute('ID') ?? '', pkg.resolve(docPath, t.getAttribute('BaseLoc') ?? ''));

  const pages: PdfPage[] = [];
  const blank: number[] = [];
  const list = child(document, 'Document', 'Pages');
  (list ? children(list, 'Page') : []).forEach((entry, k) => {
    const number = k + 1;
    const path = pkg.resolve(docPath, entry.getAttribute('BaseLoc') ?? '');
    const content = pkg.xml(path);
    let items: PdfTextItem[] = [];
    if (content) {
      const pageBox = box(child(content.documentElement, 'Area', 'PhysicalBox')?.textContent) ?? defaultBox;
      items = pageItems(content, pageBox.height, fonts);
      // A template (a letterhead, a running header) is part of what the page shows.
      for (const use of children(content.documentElement, 'Template')) {
        const template = pkg.xml(templates.get(use.getAttribute('TemplateID') ?? '') ?? '');
        if (template) items.push(...pageItems(template, pageBox.height, fonts));
      }
    }
    if (!items.some((it) => it.str.trim())) blank.push(number);
    pages.push({ number, items });
  });
  return { pages, blank };
}

export async function extractOfd(bytes: Uint8Array): Promise<Extracted> {
  if (!isZip(bytes)) throw new ImportProblem('corrupt-ofd', CORRUPT);
  const { pages, blank } = readPages(new OfdPackage(readArchive(bytes, 'corrupt-ofd', CORRUPT)));
  if (pages.length === 0) throw new ImportProblem('corrupt-ofd', CORRUPT);
  const layout = layoutPdf(pages);
  if (!layout.blocks.some((b) => b.text.trim())) {
    throw new ImportProblem('no-text', '该 OFD 文件没有文字层（可能是扫描件转成的 OFD），未能取得文字。');
  }
  const warnings = blank.length ? [`第 ${blank.join('、')} 页没有可读取的文字（可能是扫描页或空白页），这些页的内容未导入。`] : [];
  return { format: 'ofd', text: layout.text, blocks: layout.blocks, pageCount: pages.length, warnings };
}
