import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDocxParts } from './__fixtures__/docx-parts';
import { imported } from './__fixtures__/imported';

// merged-cell, negative cases: only a cell continuing a vertical merge takes the content above it.
const work = mkdtempSync(join(tmpdir(), 'merged-cell-neg-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const p = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const tc = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${text ? p(text) : '<w:p/>'}</w:tc>`;
const tr = (...cells: string[]) => `<w:tr>${cells.join('')}</w:tr>`;
const rows = async (name: string, ...trs: string[]) =>
  (await imported(writeDocxParts(join(work, `${name}.docx`), `<w:tbl>${trs.join('')}</w:tbl>`))).paragraphs.map((x) => x.text);

describe('merged-cell, negative cases', () => {
  it('leaves an empty cell empty: the row below a plain cell does not take its text', async () => {
    const out = await rows('empty', tr(tc('1'), tc('推进改革'), tc('县审批局')), tr(tc('2'), tc('做好宣传'), tc('')));
    expect(out).toEqual(['1 | 推进改革 | 县审批局', '2 | 做好宣传 |']);
  });

  it('opens a new merge at each restart: the second group does not take the first', async () => {
    const restart = (text: string) => tc(text, '<w:vMerge w:val="restart"/>');
    const cont = () => tc('', '<w:vMerge/>');
    const out = await rows(
      'restart',
      tr(tc('1'), restart('县审批局')),
      tr(tc('2'), cont()),
      tr(tc('3'), restart('县住建局')),
      tr(tc('4'), cont()),
    );
    expect(out).toEqual(['1 | 县审批局', '2 | 县审批局', '3 | 县住建局', '4 | 县住建局']);
  });

  it('gives nothing to a continuation with no merge opened above it', async () => {
    const out = await rows('orphan', tr(tc('1'), tc('', '<w:vMerge/>'), tc('6月')));
    expect(out).toEqual(['1 | | 6月']);
  });
});
