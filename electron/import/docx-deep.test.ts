// A .docx nested far deeper than Word ever writes (tables in tables, hyperlinks in hyperlinks, tens of thousands of
// levels) is refused with its own message, and a document nested as Word nests is read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from './index';

const TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const PARAGRAPH = '<w:p><w:r><w:t>区财政局关于落实情况的报告</w:t></w:r></w:p>';

const dir = mkdtempSync(join(tmpdir(), 'luoshi-docx-deep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function docx(name: string, body: string): string {
  const document = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  const path = join(dir, name);
  writeFileSync(path, zipSync({ '[Content_Types].xml': strToU8(TYPES), '_rels/.rels': strToU8(RELS), 'word/document.xml': strToU8(document) }));
  return path;
}

const tables = (levels: number) => '<w:tbl><w:tr><w:tc>'.repeat(levels) + PARAGRAPH + '</w:tc></w:tr></w:tbl>'.repeat(levels);
const links = (levels: number) => '<w:p>' + '<w:hyperlink>'.repeat(levels) + '<w:r><w:t>区财政局关于落实情况的报告</w:t></w:r>' + '</w:hyperlink>'.repeat(levels) + '</w:p>';

describe('a .docx nested beyond reason', () => {
  it.each([
    ['tables in tables', 'deep-tables.docx', tables(30_000)],
    ['hyperlinks in hyperlinks', 'deep-links.docx', links(100_000)],
  ])('refuses %s, naming the file and the reason', async (_, name, body) => {
    const outcome = await importFile(docx(name, body));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.failure.file).toBe(name);
      expect(outcome.failure.message).toContain('嵌套');
    }
  });

  it('reads tables nested three deep, as Word may write them', async () => {
    const outcome = await importFile(docx('three-deep.docx', tables(3)));
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.doc.text).toContain('区财政局关于落实情况的报告');
  });
});
