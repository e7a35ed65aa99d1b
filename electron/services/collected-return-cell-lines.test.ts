// A gathered return (汇总表) copied one cell a line, its header without a 序号 cell (任务 / 责任单位 / 完成情况, the
// measure's number glued to the task): the rows are put back together by the return's column heads (return-columns)
// and each row answers for its own 责任单位 on the table's date. Through the real importers (a .txt, and a .pdf that
// LibreOffice made of it), a real SQLite file and jieba, against the seed policy.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useSampleWorkspace } from './__fixtures__/sample-set';

const seed = join(__dirname, '..', '..', 'seeds', 'policy-seed.txt');
const fixtures = join(__dirname, '__fixtures__', 'gathered-cell-lines');

describe.each(['txt', 'pdf'])('a gathered return copied one cell a line, without its 序号 header (.%s)', (ext) => {
  const ws = useSampleWorkspace(seed, join(fixtures, ext), '2021-12-01');
  const file = `重点任务落实情况汇总表.${ext}`;
  const status = (measure: number, department: string) => ws().compliance('2021-12-15').obligations.find((o) => o.measure === measure && o.department === department);

  it('each row answers for the body in its 责任单位 cell, on the table’s date', () => {
    expect(status(1, '区人力资源和社会保障局')).toMatchObject({ status: 'on_time', respondedOn: '2021-11-20' });
    expect(status(1, '区人力资源和社会保障局')!.evidence[0].file).toBe(file);
    expect(status(5, '区发展和改革委员会')).toMatchObject({ status: 'on_time', respondedOn: '2021-11-20' });
  });

  it('a row whose progress says nothing answers for no one, and no row for another row’s body', () => {
    expect(status(6, '区市场监管局')?.respondedOn ?? null).toBeNull();
    expect(status(5, '区人力资源和社会保障局')?.respondedOn ?? null).toBeNull();
  });

  it('the rows stand as rows, and the report says how the table was read', () => {
    const doc = ws().listDocuments().find((d) => d.fileName === file)!;
    expect(doc.warnings.some((w) => w.startsWith('汇总表：3 行'))).toBe(true);
    const view = ws().compare(5, '区发展和改革委员会', '2021-12-15')!;
    const linked = view.responses[0].paragraphs.filter((p) => view.responses[0].linked.includes(p.index)).map((p) => p.text);
    expect(linked.join('\n')).toMatch(/加强信用信息归集 \| 区发展和改革委员会 \| 归集各类信用信息 ?12 ?万条/);
  });
});

// the same copy with the second row's progress cell broken over two lines: no reading of three lines a row takes them all
describe('a copy whose rows leave cells over is read as prose, as before', () => {
  const ws = useSampleWorkspace(seed, join(fixtures, 'cells-over'), '2021-12-01');

  it('no row is read as a gathered return’s', () => {
    const doc = ws().listDocuments().find((d) => d.role === 'submission')!;
    expect(doc.warnings.some((w) => w.startsWith('汇总表：'))).toBe(false);
    expect(ws().compliance('2021-12-15').obligations.find((o) => o.measure === 5 && o.department === '区发展和改革委员会')?.respondedOn ?? null).toBeNull();
  });
});
