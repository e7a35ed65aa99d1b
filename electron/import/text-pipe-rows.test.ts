// A markdown table row is told apart cell by cell. The cases set out what counts as a row; the long lines check that
// a line holding no bar, or bars only at its end, is read in one pass: a whole policy saved as a single line imports.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from './index';
import { isPipeRow } from './text';

describe('isPipeRow', () => {
  it.each([
    ['| 序号 | 任务 | 牵头单位 |'],
    ['|序号|任务|'],
    ['序号 | 任务 | 牵头单位'],
    ['1 | 提升就业服务 | 区人社局'],
    ['  | a |'],
  ])('reads %j as a table row', (line) => {
    expect(isPipeRow(line)).toBe(true);
  });

  it.each([
    ['区人社局牵头，区财政局配合。'],
    ['一个竖线 | 不成表'],
    ['|'],
    ['前文 || 后文'],
    ['| 只有开头'],
    ['a | b |  '],
    ['任务|区人社局|'],
    ['   | b | c'],
  ])('does not read %j as a table row', (line) => {
    expect(isPipeRow(line)).toBe(false);
  });
});

describe('a long line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-long-line-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const sentence = '区人力资源和社会保障局牵头，区财政局配合，持续推进就业服务提质增效，';

  it('imports a policy saved as one line of 300,000 characters without bars', async () => {
    const file = join(dir, 'one-line.txt');
    const text = sentence.repeat(Math.ceil(300_000 / sentence.length));
    writeFileSync(file, text);
    const outcome = await importFile(file);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.doc.text.length).toBe(text.length);
  });

  it('imports a line whose only bars come at its end', async () => {
    const file = join(dir, 'bars-at-end.txt');
    writeFileSync(file, sentence.repeat(8_000) + '||');
    const outcome = await importFile(file);
    expect(outcome.ok).toBe(true);
  });
});
