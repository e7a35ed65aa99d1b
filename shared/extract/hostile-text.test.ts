import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from '../text/repair';
import { assignFromTable, headsTheTable } from './division-table';
import { extractPolicy } from './policy';
import type { MeasureItem } from './policy-table';

// Text an office does not control, of the sizes an imported file reaches under the import's caps, is read in time
// that grows with its length: a policy is read on the workspace's own thread, where nothing ends a reading that hangs.
const read = (text: string) => extractPolicy({ paragraphs: repairParagraphs(textBlocks(text)) });
const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

describe('policy extraction on hostile text', () => {
  it('twelve thousand numbered items of four levels (each level\'s blocks are found in one pass)', () => {
    const lines = Array.from({ length: 12_000 }, (_, k) => [`${CN[k % 10]}、加强工作`, `（${CN[k % 10]}）推进改革。`, `${k + 1}. 落实任务。`, `（${(k % 9) + 1}）完成目标。`][k % 4]);
    const policy = read(lines.join('\n'));
    expect(policy.measures.length).toBeGreaterThan(1000);
  }, 60_000);

  it('one measure of fifteen thousand lines closing on its lead (its responsibility\'s end is found by halving)', () => {
    const lines = ['一、推进工作', ...Array.from({ length: 15_000 }, (_, k) => `推进第${k}项工作`), '（区财政局牵头）'];
    const policy = read(lines.join('\n'));
    expect(policy.measures).toHaveLength(1);
    expect(policy.measures[0].lead).toEqual(['区财政局']);
    expect(policy.measures[0].text).toContain('推进第14999项工作');
  }, 60_000);

  it('a line of six hundred thousand characters full of replacement, combining, direction and zero-width marks', () => {
    const marks = ['\uFFFD', 'a\u0301\u0302', '\u202E', '\u200F', '\u200B', '\uFEFF', '\u0000', '推'];
    const text = Array.from({ length: 600_000 / 2 }, (_, k) => marks[k % marks.length]).join('');
    const policy = read(text);
    expect(policy.measures).toEqual([]);
  }, 60_000);
});

describe('a table of many rows and a measure of many paragraphs', () => {
  it('finds where the table starts without spreading three hundred thousand paragraph numbers into one call', () => {
    const paragraphs = Array.from({ length: 300_000 }, (_, k) => k + 10);
    const item = { label: '一、', value: 1, section: null, title: '加强工作', text: '加强工作', paragraphs } as MeasureItem;
    expect(headsTheTable(item, 10)).toBe(true);
    const rows = [{ ...item, label: '1', paragraphs: paragraphs.map((p) => p + 1) }];
    expect(assignFromTable({ sections: [], items: [item] }, rows)).toBeNull();
  });
});
