// A .docx nested far deeper than Word ever writes (tables in tables, hyperlinks in hyperlinks, tens of thousands of
// levels) is refused with its own message, and a document nested as Word nests is read.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocxParts } from './__fixtures__/docx-parts';
import { importFile } from './index';

const PARAGRAPH = '<w:p><w:r><w:t>区财政局关于落实情况的报告</w:t></w:r></w:p>';

const dir = mkdtempSync(join(tmpdir(), 'luoshi-docx-deep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const docx = (name: string, body: string) => writeDocxParts(join(dir, name), body);

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
