// The GB/T 9704-2012 layout of the generated files, read back from the XML.
import { describe, expect, it } from 'vitest';
import { buildBulletin, buildComplianceReport, buildReminderNotices } from './index';
import { columnWidths, fontTableXml } from './docx-writer';
import { attr, bodyParagraphs, paragraphsOf, readDocx, runsOf, tablesOf, type DocxParts } from './__fixtures__/read-docx';
import { seedPolicy, seedResult } from '../../shared/export/__fixtures__/seed-like';

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

let cached: Promise<DocxParts> | null = null;
const report = () =>
  (cached ??= buildComplianceReport({ policy: seedPolicy, result: seedResult, date: '2022-02-01' }).then(readDocx));

/** The style element with this id in styles.xml. */
function style(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles);
  if (!m) throw new Error(`no style ${id}`);
  return m[1];
}

const EXPECTED_FACE: Record<string, { font: string; size: number; bold?: boolean }> = {
  Title: { font: '方正小标宋简体', size: 44 },
  Heading1: { font: '黑体', size: 32 },
  Heading2: { font: '楷体_GB2312', size: 32 },
  Heading3: { font: '仿宋_GB2312', size: 32, bold: true },
  BodyText: { font: '仿宋_GB2312', size: 32 },
  TableText: { font: '仿宋_GB2312', size: 24 },
  TableHeading: { font: '黑体', size: 24 },
  Footer: { font: '宋体', size: 28 },
};

describe('page set-up', () => {
  it('is A4 with the GB/T 9704 margins', async () => {
    const { document } = await report();
    expect(attr(document, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(document, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(document, 'w:pgMar', 'w:top')).toBe(String(twips(37)));
    expect(attr(document, 'w:pgMar', 'w:bottom')).toBe(String(twips(35)));
    expect(attr(document, 'w:pgMar', 'w:left')).toBe(String(twips(28)));
    expect(attr(document, 'w:pgMar', 'w:right')).toBe(String(twips(26)));
    expect(attr(document, 'w:pgNumType', 'w:start')).toBe('1');
  });

  it('fits 22 body lines in the text block', async () => {
    const { styles } = await report();
    const line = Number(attr(/<w:pPrDefault>([\s\S]*?)<\/w:pPrDefault>/.exec(styles)![1], 'w:spacing', 'w:line'));
    expect(attr(styles, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(Math.floor((16838 - twips(37) - twips(35)) / line)).toBe(22);
  });
});

describe('fonts', () => {
  it('sets all four channels in the document defaults and the styles, with no theme fonts', async () => {
    const { styles, document, footers } = await report();
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)![1];
    for (const channel of ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs']) expect(attr(defaults, 'w:rFonts', channel)).toBe('仿宋_GB2312');
    expect(attr(defaults, 'w:sz', 'w:val')).toBe('32');
    for (const [id, face] of Object.entries(EXPECTED_FACE)) {
      const body = style(styles, id);
      for (const channel of ['w:ascii', 'w:hAnsi', 'w:eastAsia', 'w:cs']) expect(attr(body, 'w:rFonts', channel), `${id} ${channel}`).toBe(face.font);
      expect(attr(body, 'w:sz', 'w:val'), id).toBe(String(face.size));
    }
    for (const xml of [styles, document, ...Object.values(footers)]) expect(xml).not.toMatch(/Theme="/);
  });

  it('sets the font of every run, all four channels, as its paragraph style requires', async () => {
    const { document, footers } = await report();
    const paragraphs = [...paragraphsOf(document), ...Object.values(footers).flatMap(paragraphsOf)];
    let checked = 0;
    for (const p of paragraphs) {
      const face = EXPECTED_FACE[p.style ?? ''];
      expect(face, `style ${p.style} of “${p.text}”`).toBeDefined();
      for (const r of p.runs) {
        expect(r.fonts, `“${r.text}”`).toEqual({ ascii: face.font, hAnsi: face.font, eastAsia: face.font, cs: face.font });
        expect(r.size, `“${r.text}”`).toBe(face.size);
        if (face.bold) expect(r.bold).toBe(true);
        checked += 1;
      }
      // The paragraph mark carries the font as well, so empty lines keep their height.
      const mark = /<w:pPr>[\s\S]*?<w:rPr>([\s\S]*?)<\/w:rPr>[\s\S]*?<\/w:pPr>/.exec(p.xml)?.[1] ?? '';
      expect(attr(mark, 'w:rFonts', 'w:eastAsia'), `mark of “${p.text}”`).toBe(face.font);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('uses the heading faces for the three levels', async () => {
    const paragraphs = bodyParagraphs((await report()).document);
    const find = (text: string) => paragraphs.find((p) => p.text === text)!;
    expect(find('一、总体情况').runs[0].fonts.eastAsia).toBe('黑体');
    expect(find('（一）优化就业创业环境').runs[0].fonts.eastAsia).toBe('楷体_GB2312');
    const level3 = find('1. 提升就业服务').runs[0];
    expect([level3.fonts.eastAsia, level3.bold]).toEqual(['仿宋_GB2312', true]);
  });

  it('lists the fonts in the font table as GB2312 fonts with their Windows names', () => {
    const xml = fontTableXml();
    for (const [font, alt] of [
      ['仿宋_GB2312', '仿宋'],
      ['楷体_GB2312', '楷体'],
      ['黑体', 'SimHei'],
      ['方正小标宋简体', '宋体'],
    ]) {
      expect(xml).toMatch(new RegExp(`<w:font w:name="${font}"><w:altName w:val="${alt}"/><w:charset w:val="86"/>`));
    }
  });

  it('writes that font table into the file', async () => {
    expect((await report()).fontTable).toBe(fontTableXml());
  });
});

describe('paragraphs', () => {
  it('body text has a fixed 28.9 pt line and a two-character first-line indent', async () => {
    const body = bodyParagraphs((await report()).document).filter((p) => p.style === 'BodyText' && p.text.length > 20);
    expect(body.length).toBeGreaterThan(10);
    for (const p of body) {
      expect(attr(p.xml, 'w:spacing', 'w:line')).toBe('578');
      expect(attr(p.xml, 'w:spacing', 'w:lineRule')).toBe('exact');
      expect(attr(p.xml, 'w:ind', 'w:firstLine')).toBe('640');
    }
  });

  it('centres the title and breaks a long one by hand', async () => {
    const title = bodyParagraphs((await report()).document)[0];
    expect(title.style).toBe('Title');
    expect(title.align).toBe('center');
    expect(title.text.split('\n').length).toBe(3);
  });

  it('turns off the automatic space between Chinese and digits, so dates read 2022年1月31日', async () => {
    const body = bodyParagraphs((await report()).document).filter((p) => p.style === 'BodyText' && p.text);
    for (const p of body) expect(p.xml).toContain('<w:autoSpaceDN w:val="false"/>');
  });
});

describe('page numbers', () => {
  it('puts “— PAGE —” in the footers, right on odd pages and left on even ones', async () => {
    const { document, footers, settings } = await report();
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const refs = Object.fromEntries(
      [...document.matchAll(/<w:footerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map((m) => [m[1], m[2]]),
    );
    expect(Object.keys(refs).sort()).toEqual(['default', 'even']);
    const { rels } = await report();
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
    const expected = { default: 'right', even: 'left' } as const;
    for (const [type, id] of Object.entries(refs)) {
      const xml = footers[target(id)];
      const [p] = paragraphsOf(xml);
      expect(p.align).toBe(expected[type as keyof typeof expected]);
      expect(p.text).toBe('—  —');
      expect(p.runs[0].text).toBe('— ');
      expect(p.runs[p.runs.length - 1].text).toBe(' —');
      expect(xml).toMatch(/<w:fldChar w:fldCharType="begin"\/>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:fldChar w:fldCharType="end"\/>/);
      for (const r of runsOf(xml)) expect(r.fonts.eastAsia).toBe('宋体');
    }
  });
});

// 小四 (12 pt): a Chinese character takes 240 twips, a digit or letter half; each cell keeps 45 twips a side.
const fits = (text: string, width: number) => Array.from(text).reduce((n, ch) => n + (ch.charCodeAt(0) < 0x2e80 ? 120 : 240), 0) + 90 <= width;
const headerWidths = (t: ReturnType<typeof tablesOf>[number]) => [...t.rows[0].xml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
function expectHeadersOnOneLine(t: ReturnType<typeof tablesOf>[number]) {
  const widths = headerWidths(t);
  t.rows[0].cells.forEach((header, i) => expect(fits(header, widths[i]), `${header} in ${widths[i]} twips`).toBe(true));
}

describe('tables', () => {
  it('repeat their header row, span the text width and have borders', async () => {
    const { document } = await report();
    const tables = tablesOf(document);
    expect(tables.length).toBe(3);
    const textWidth = 11906 - twips(28) - twips(26);
    for (const t of tables) {
      expect(t.rows[0].header).toBe(true);
      expect(t.rows.slice(1).some((r) => r.header)).toBe(false);
      expect(attr(t.xml, 'w:tblW', 'w:w')).toBe(String(textWidth));
      const grid = [...t.xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect(grid.reduce((a, b) => a + b, 0)).toBe(textWidth);
      for (const side of ['top', 'bottom', 'left', 'right', 'insideH', 'insideV']) {
        expect(attr(t.xml, `w:${side}`, 'w:val'), side).toBe('single');
      }
    }
  });

  it('set each header of the report on one line of its column, and a date in the deadline column on one line', async () => {
    const { document } = await report();
    const tables = tablesOf(document);
    for (const t of tables) expectHeadersOnOneLine(t);
    // The deadline column of both lists holds a date, with room to spare where the digits are set wider.
    for (const [headers, column] of [['序号|措施|职责|完成时限', 3], ['序号|措施（职责）|完成时限|报送日期|逾期天数', 2]] as const) {
      const list = tables.find((t) => t.rows[0].cells.join('|') === headers)!;
      const dateColumn = Number([...list.rows[0].xml.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)][column][1]);
      expect(fits('2021年12月31日', dateColumn * 0.75), headers).toBe(true);
      expect(fits('（统一报送期限）', dateColumn), headers).toBe(true);
    }
  });

  it('columnWidths scales weights to exactly the width given', () => {
    const widths = columnWidths([{ header: 'a', weight: 1 }, { header: 'b', weight: 2 }, { header: 'c', weight: 3 }], 1000);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(1000);
    expect(widths[0]).toBe(166);
    expect(widths[1]).toBe(333);
  });
});

describe('the bulletin', () => {
  it('sets each header of its seven-column tables on one line, and a document number on one line of its column', async () => {
    const { document } = await readDocx(await buildBulletin({ parts: [{ policy: seedPolicy, result: seedResult }], date: '2022-02-01' }));
    const sevens = tablesOf(document).filter((t) => t.rows[0].cells.length === 7);
    expect(sevens.map((t) => t.rows[0].cells[0])).toEqual(['政策文件', '责任单位']);
    for (const t of sevens) expectHeadersOnOneLine(t);
    expect(fits('市中政办发〔2021〕14号', headerWidths(sevens[0])[0])).toBe(true);
  });
});

describe('notices', () => {
  it('start each department on a new section that numbers its pages from 1', async () => {
    const data = await buildReminderNotices({ parts: [{ policy: seedPolicy, result: seedResult }], replyBy: '2022-02-10', date: '2022-02-01' });
    const { document } = await readDocx(data);
    const sections = [...document.matchAll(/<w:sectPr>([\s\S]*?)<\/w:sectPr>/g)].map((m) => m[1]);
    expect(sections).toHaveLength(5);
    for (const s of sections) {
      expect(attr(s, 'w:pgNumType', 'w:start')).toBe('1');
      expect(attr(s, 'w:type', 'w:val') ?? 'nextPage').toBe('nextPage');
    }
  });
});
