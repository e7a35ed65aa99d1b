import { describe, expect, it } from 'vitest';
import type { ComplianceResult } from '../types';
import { bulletinDocument, type BulletinPart } from './bulletin-content';
import { plainLines, type Block, type TableRowBlock } from './document-model';
import { countedObligations } from '../compliance/decisions';
import { seedPolicy, seedResult } from './__fixtures__/seed-like';
import { emptyPolicy, emptyResult, variedPolicy, variedResult } from './__fixtures__/varied';

// The two fixtures as of one date, as a bulletin takes them.
const varied: ComplianceResult = { ...variedResult, asOf: seedResult.asOf };
const PARTS: BulletinPart[] = [
  { policy: seedPolicy, result: seedResult },
  { policy: variedPolicy, result: varied },
];
const settled = (r: ComplianceResult): ComplianceResult => ({ ...r, obligations: r.obligations.filter((o) => o.status === 'on_time' || o.status === 'pending') });

const blocksOf = (parts: BulletinPart[], chart?: Uint8Array): Block[] =>
  bulletinDocument({ parts, title: '关于政策文件落实情况的督查通报', office: '督查室', date: '2022-02-01', chart }).parts[0].blocks;
const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
const cells = (rows: TableRowBlock[]) => rows.map((r) => (r.kind === 'cells' ? r.cells : [r.text]));

describe('bulletinDocument', () => {
  it('gives each policy its own figures and a total', () => {
    const [figures] = tables(blocksOf(PARTS));
    const rows = cells(figures.rows);
    PARTS.forEach(({ result }, i) => {
      const counted = countedObligations(result.obligations);
      expect(rows[i].slice(1, 6)).toEqual([counted.length, ...['on_time', 'late', 'missing', 'pending'].map((s) => counted.filter((o) => o.status === s).length)].map(String));
    });
    expect(rows[0][0]).toBe('市中政办发〔2021〕14号');
    expect(rows[1][0]).toBe('示范县创建三年行动方案');
    expect(rows[2].slice(0, 2)).toEqual(['合计', String(Number(rows[0][1]) + Number(rows[1][1]))]);
  });

  it('prints a policy without a 文号 by its whole title, and says the table names policies by 文号 or title', () => {
    const long = { ...variedPolicy, docNumber: null, title: '某区人民政府办公室关于印发《关于进一步加强本区城市公共消防安全和生活垃圾全程分类体系建设工作的实施方案》的通知' };
    const blocks = blocksOf([PARTS[0], { policy: long, result: varied }]);
    expect(cells(tables(blocks)[0].rows)[1][0]).toBe('关于进一步加强本区城市公共消防安全和生活垃圾全程分类体系建设工作的实施方案');
    expect(plainLines(blocks).some((l) => l.includes('政策文件以文号或标题标示'))).toBe(true);
    expect(plainLines(blocksOf([PARTS[0]])).some((l) => l.includes('政策文件以文号标示'))).toBe(true);
  });

  it('draws the chart with its caption only when one is given', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    expect(blocksOf(PARTS).some((b) => b.kind === 'image')).toBe(false);
    const lines = plainLines(blocksOf(PARTS, png));
    expect(blocksOf(PARTS, png).filter((b) => b.kind === 'image')).toHaveLength(1);
    expect(lines).toContain('图1　各政策文件任务报送情况');
    expect(lines.some((l) => l.includes('如下表和图1'))).toBe(true);
  });

  it('names a policy with nothing outstanding instead of giving it an empty group', () => {
    const lines = plainLines(blocksOf([PARTS[0], { policy: variedPolicy, result: settled(varied) }]));
    expect(lines.filter((l) => /^（[一二]）《/.test(l))).toEqual(['（一）《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》（市中政办发〔2021〕14号）']);
    expect(lines).toContain('《关于印发〈示范县创建三年行动方案〉的通知》没有未报送或逾期报送的任务。');
  });

  it('says so when nothing is outstanding anywhere, and copes with a policy without duties', () => {
    const lines = plainLines(blocksOf([{ policy: seedPolicy, result: settled(seedResult) }, { policy: emptyPolicy, result: { ...emptyResult, asOf: seedResult.asOf } }]));
    expect(lines).toContain('截至2022年1月31日，各政策文件均没有未报送或逾期报送的任务。');
    expect(lines.some((l) => l.endsWith('个责任单位均无未报送或逾期报送任务。'))).toBe(true);
    expect(tables(blocksOf([{ policy: emptyPolicy, result: emptyResult }]))[0].rows.map((r) => (r.kind === 'cells' ? r.cells[6] : ''))).toEqual(['—', '—']);
  });
});
