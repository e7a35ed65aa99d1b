// Reads a generated .docx back for tests: the XML parts, and paragraphs, runs and tables pulled out
// with patterns that fit the flat XML the docx library writes (no nested tables).
import JSZip from 'jszip';

export interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  fontTable: string;
  footers: Record<string, string>;
  rels: string;
}

export async function readDocx(data: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(data);
  const read = async (path: string) => (await zip.file(path)?.async('string')) ?? '';
  const footers: Record<string, string> = {};
  for (const path of Object.keys(zip.files).filter((p) => /^word\/footer\d+\.xml$/.test(p))) {
    footers[path.replace(/^word\//, '')] = await read(path);
  }
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    fontTable: await read('word/fontTable.xml'),
    footers,
    rels: await read('word/_rels/document.xml.rels'),
  };
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function attr(xml: string, element: string, name: string): string | null {
  const tag = new RegExp(`<${element}(?:\\s[^>]*)?/?>`).exec(xml);
  if (!tag) return null;
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag[0]);
  return value ? unescape(value[1]) : null;
}

export interface RunInfo {
  xml: string;
  text: string;
  fonts: { ascii: string | null; hAnsi: string | null; eastAsia: string | null; cs: string | null };
  size: number | null;
  bold: boolean;
}

export interface ParagraphInfo {
  xml: string;
  text: string;
  style: string | null;
  align: string | null;
  runs: RunInfo[];
}

export function runsOf(xml: string): RunInfo[] {
  return [...xml.matchAll(/<w:r(?:\s[^>]*)?>([\s\S]*?)<\/w:r>/g)].map((m) => {
    const body = m[1];
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)]
      .map((t) => (t[0] === '<w:br/>' ? '\n' : unescape(t[1])))
      .join('');
    const size = attr(body, 'w:sz', 'w:val');
    return {
      xml: body,
      text,
      fonts: {
        ascii: attr(body, 'w:rFonts', 'w:ascii'),
        hAnsi: attr(body, 'w:rFonts', 'w:hAnsi'),
        eastAsia: attr(body, 'w:rFonts', 'w:eastAsia'),
        cs: attr(body, 'w:rFonts', 'w:cs'),
      },
      size: size === null ? null : Number(size),
      bold: /<w:b\/>|<w:b w:val="(true|1|on)"\/>/.test(body),
    };
  });
}

export function paragraphsOf(xml: string): ParagraphInfo[] {
  return [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const runs = runsOf(m[1]);
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(m[1])?.[1] ?? '';
    return {
      xml: m[1],
      text: runs.map((r) => r.text).join(''),
      style: attr(pPr, 'w:pStyle', 'w:val'),
      align: attr(pPr, 'w:jc', 'w:val'),
      runs,
    };
  });
}

export interface TableInfo {
  xml: string;
  /** The table's position among the body's children, to find the text just before it. */
  offset: number;
  rows: { xml: string; header: boolean; cells: string[] }[];
}

export function tablesOf(xml: string): TableInfo[] {
  return [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => ({
    xml: m[1],
    offset: m.index ?? 0,
    rows: [...m[1].matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((r) => ({
      xml: r[1],
      header: /<w:tblHeader\/>/.test(r[1]),
      cells: [...r[1].matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
        paragraphsOf(c[1])
          .map((p) => p.text)
          .join('\n'),
      ),
    })),
  }));
}

/** Body paragraphs outside tables. */
export function bodyParagraphs(documentXml: string): ParagraphInfo[] {
  return paragraphsOf(documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, ''));
}

/** The last body paragraph before a table: what the table is about. */
export function textBefore(documentXml: string, table: TableInfo): string {
  const before = bodyParagraphs(documentXml.slice(0, table.offset));
  return before[before.length - 1]?.text ?? '';
}
