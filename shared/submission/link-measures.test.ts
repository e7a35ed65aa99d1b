import { describe, expect, it } from 'vitest';
import type { MeasureLink } from '../types';
import { bigramTokens } from './__fixtures__/bigrams';
import { forLinking } from './__fixtures__/seed-policy';
import { farmPolicy } from './__fixtures__/farm-policy';
import { measure, policy } from './__fixtures__/measures';
import { report, seedExtract, seedLinking } from './__fixtures__/seed';
import { DEFAULT_CONTENT_THRESHOLD, linkMeasures } from './link-measures';
import type { LinkOptions } from './types';

function links(name: string, options?: LinkOptions): MeasureLink[] {
  const input = report(name);
  return linkMeasures(input.paragraphs, input.tokens, seedLinking, options);
}

const measuresOf = (ls: MeasureLink[]) => [...new Set(ls.map((l) => l.measure))].sort((a, b) => a - b);
const strongest = (ls: MeasureLink[], m: number) => ls.find((l) => l.measure === m);

describe('the seed policy is read as the tests expect', () => {
  it('has 29 measures with titles', () => {
    expect(seedExtract.measures).toHaveLength(29);
    expect(seedExtract.measures[5].title).toBe('规范水电气暖行业收费');
  });
});

describe('linkMeasures on reports of the seed policy', () => {
  it.each([
    ['minzheng-references.txt', [2, 21, 23]],
    ['shichang-content.txt', [6, 9]],
    ['joint-table.txt', [16, 19]],
    ['finance-header.txt', [4]],
    ['outline-report.txt', [3]],
    ['undated.txt', [27]],
    ['short-name-title.txt', [21, 23]],
    ['shenpi-content.txt', [13, 24]],
    ['ziranziyuan-monthly.txt', [12]],
    ['letterhead.txt', [21, 23]],
    ['pdf-spacing.txt', [27]],
  ])('%s answers %j', (name, expected) => {
    expect(measuresOf(links(name))).toEqual(expected);
  });

  it('a report in its own words links to what it describes and nothing far from it', () => {
    const found = measuresOf(links('words-only.txt'));
    expect(found).toContain(20);
    expect(found.every((m) => [20, 24, 28].includes(m))).toBe(true);
  });

  it('a table whose 序号 counts rows links by the titles it quotes, not by the row numbers', () => {
    const ls = links('letterhead.txt');
    expect(ls.filter((l) => l.measure === 21 || l.measure === 23).every((l) => l.how !== 'reference')).toBe(true);
    expect(strongest(ls, 21)).toMatchObject({ how: 'title' });
  });

  it('explicit references link with score 1 and quote the sentence', () => {
    const ls = links('minzheng-references.txt');
    const m21 = strongest(ls, 21)!;
    expect(m21).toMatchObject({ how: 'reference', score: 1 });
    expect(m21.excerpt).toContain('第21条');
    expect(strongest(ls, 23)!.how).toBe('reference');
    expect(ls.find((l) => l.measure === 23 && l.excerpt.includes('第二十三条'))).toBeDefined();
  });

  it('a report in its own words links by content, with the score and the passage', () => {
    const ls = links('shichang-content.txt');
    const m6 = strongest(ls, 6)!;
    expect(m6.how).toBe('content');
    expect(m6.score).toBeGreaterThanOrEqual(DEFAULT_CONTENT_THRESHOLD);
    expect(m6.score).toBeLessThan(1);
    expect(m6.excerpt).toMatch(/转供电|计量器具|价格检查/);
    expect(m6.excerpt.length).toBeLessThanOrEqual(120);
    expect(m6.paragraph).toBe(4);
    expect(strongest(ls, 9)!.excerpt).toContain('专利');
  });

  it('table rows whose first column holds measure numbers are references', () => {
    const ls = links('joint-table.txt');
    const m19 = ls.filter((l) => l.measure === 19);
    expect(m19[0]).toMatchObject({ how: 'reference', score: 1, paragraph: 6 });
    expect(m19[0].excerpt).toContain('19 | 清理外商投资准入限制');
    // one link per measure and paragraph: the row's number outranks the title it also quotes
    expect(ls.filter((l) => l.measure === 16 && l.paragraph === 5)).toMatchObject([{ how: 'reference' }]);
  });

  it('a quoted title links with score 1', () => {
    const ls = links('outline-report.txt');
    expect(strongest(ls, 3)).toMatchObject({ how: 'title', score: 1, paragraph: 5 });
  });

  it("ignores 《another document》第6条, 第3季度 and 培训200名", () => {
    const ls = links('finance-header.txt');
    expect(measuresOf(ls)).toEqual([4]);
    expect(strongest(ls, 4)).toMatchObject({ how: 'reference', paragraph: 3 });
  });

  it('orders links by measure, strongest first', () => {
    const ls = links('minzheng-references.txt');
    const keys = ls.map((l) => l.measure);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    const m23 = ls.filter((l) => l.measure === 23).map((l) => l.how);
    expect(m23[0]).toBe('reference');
    expect(m23).toContain('content');
  });

  it('the content threshold is an option', () => {
    expect(measuresOf(links('shichang-content.txt', { contentThreshold: 0.99 }))).toEqual([]);
    expect(measuresOf(links('shichang-content.txt', { contentThreshold: 0.05 })).length).toBeGreaterThan(2);
  });
});

describe('linkMeasures on a small policy', () => {
  const small = policy([
    measure(1, '推行告知承诺制', '推行告知承诺制。对涉企经营许可事项实行告知承诺，公布事项清单。'),
    measure(2, '优化诊所备案', '优化诊所备案。推进诊所备案制管理，加强诊所执业监管，打击非法行医。'),
    measure(3, '加强组织实施', '加强组织实施。各部门要细化措施，压实责任。'),
  ]);
  const linking = forLinking(small);
  const run = (text: string) => {
    const paragraphs = text.split('\n').map((t, index) => ({ index, text: t }));
    return linkMeasures(paragraphs, paragraphs.map((p) => bigramTokens(p.text)), linking);
  };

  it('a reference to a number the policy does not have is ignored', () => {
    expect(run('关于第5条的落实情况。')).toEqual([]);
  });
  it('a title made only of stock words does not link on its own', () => {
    expect(run('二、加强组织实施\n请各单位高度重视。')).toEqual([]);
  });
  it('a distinctive title links wherever it is quoted, with or without quotation marks', () => {
    expect(run('我局“推行告知承诺制”工作已完成。')[0]).toMatchObject({ measure: 1, how: 'title' });
    expect(run('关于推行告知 承诺制的情况')[0]).toMatchObject({ measure: 1, how: 'title' });
  });
  it('a running row count in a table is not a measure number', () => {
    expect(run('序号 | 工作内容 | 完成时间\n1 | 召开专题会议 | 10月15日\n2 | 印发工作方案 | 10月20日')).toEqual([]);
  });
  it('a table whose header names the measures links by its first column', () => {
    const ls = run('任务编号 | 工作内容 | 完成时间\n1 | 召开专题会议 | 10月15日');
    expect(ls).toMatchObject([{ measure: 1, how: 'reference', paragraph: 1 }]);
  });
  it('a row count that happens to match links when the row speaks of that measure', () => {
    const ls = run('序号 | 工作内容\n2 | 诊所备案制管理全面推行，查处非法行医2起');
    expect(ls[0]).toMatchObject({ measure: 2, how: 'reference' });
  });
  it('keeps the paragraph index of the linked paragraph', () => {
    const ls = run('前言。\n\n第2条：已完成诊所备案制改革。');
    expect(ls[0]).toMatchObject({ measure: 2, how: 'reference', paragraph: 2 });
  });
});

describe('linkMeasures: what a report says outright outranks what it resembles', () => {
  const runOn = (linking: ReturnType<typeof forLinking>) => (text: string) => {
    const paragraphs = text.split('\n').map((t, index) => ({ index, text: t }));
    return linkMeasures(paragraphs, paragraphs.map((p) => bigramTokens(p.text)), linking);
  };
  const run = runOn(forLinking(farmPolicy()));
  const found = (text: string) => measuresOf(run(text));
  const VILLAGE = '组织开展村庄清洁行动3轮，全县农村生活垃圾分类覆盖行政村210个。';
  const TOILETS = '完成农村卫生厕所改造1800户，建立村庄保洁管护队伍。';

  it('a row count beside a quoted title: the title names the measure, not the first column', () => {
    const text = `落实情况表\n序号 | 任务 | 落实情况\n1 | 加强耕地保护 | 新建高标准农田2.3万亩，${VILLAGE}\n2 | 提升农产品质量安全 | 抽检蔬菜农药残留样品120批次。`;
    const ls = run(text);
    expect(measuresOf(ls)).toEqual([3, 4]);
    expect(ls.every((l) => l.how === 'title')).toBe(true);
  });

  it('a first column whose numbers agree with the titles beside them still links by number', () => {
    const ls = run('落实情况表\n条款 | 任务 | 落实情况\n3 | 加强耕地保护 | 新建高标准农田2.3万亩。\n1 | 村庄清洁 | 组织开展村庄清洁行动3轮。');
    expect(ls.filter((l) => l.how === 'reference').map((l) => l.measure).sort()).toEqual([1, 3]);
  });

  it("a bracketed sub-heading is the report's own outline when the policy numbers 1. 2. 3.", () => {
    const text = '关于第4条落实情况的报告\n一、关于第4条农产品质量安全\n（三）耕地保护宣传\n抽检蔬菜农药残留样品120批次。';
    expect(found(text)).toEqual([4]);
    // the same heading under a policy numbered （一）（二）（三） follows the policy's numbering
    expect(measuresOf(runOn(forLinking(farmPolicy('paren')))(text))).toEqual([3, 4]);
  });

  it('a paragraph that names a measure links no other by its words', () => {
    const named = `落实情况报告\n一、第5条涉农审批。推行涉农审批事项告知承诺制，审批材料压减三分之一。${VILLAGE}\n${TOILETS}`;
    expect(found(named)).toEqual([5]);
    // the same words without the number: both measures link by content
    expect(found(named.replace('第5条', ''))).toEqual([1, 5]);
    // the paragraph's words are all about measure 1, yet it says it answers measure 5
    expect(found(`落实情况报告\n一、第5条有关工作。${VILLAGE}\n${TOILETS}`)).toEqual([5]);
    expect(found(`落实情况报告\n一、有关工作。${VILLAGE}\n${TOILETS}`)).toEqual([1]);
  });

  it('a passage closer to a measure the report names does not count for another', () => {
    const mixed = `推行涉农审批事项告知承诺制，审批材料压减三分之一，推动审批流程再造。${VILLAGE}`;
    expect(found(`关于第5条落实情况的报告\n${mixed}\n${TOILETS}`)).toEqual([5]);
    expect(found(`落实情况报告\n${mixed}\n${TOILETS}`)).toEqual([1, 5]);
  });

  it('a report that names what it answers needs two passages to link an unnamed measure', () => {
    const head = '县农业农村局关于乡村振兴有关任务落实情况的报告\n一、关于第2条发展智慧农业\n建成农业物联网示范基地2处，推广水肥一体化面积1.2万亩。\n二、村庄清洁';
    expect(found(`${head}\n${VILLAGE}`)).toEqual([2]);
    expect(found(`${head}\n${VILLAGE}\n${TOILETS}`)).toEqual([1, 2]);
    // a report that names nothing links on one passage
    expect(found(`县农业农村局工作汇报\n${VILLAGE}`)).toEqual([1]);
  });

  it('plans alone link nothing; they back a link that work done makes', () => {
    const plan = '下一步，我局将持续推动涉农审批流程再造，进一步压减材料、环节和时限。';
    expect(found(`县农业农村局工作汇报\n${VILLAGE}\n${plan}`)).toEqual([1]);
    expect(found(`县农业农村局工作汇报\n${VILLAGE}\n三、下一步工作打算\n持续推动涉农审批流程再造，进一步压减材料、环节和时限。`)).toEqual([1]);
    const backed = run(`县农业农村局工作汇报\n推行涉农审批事项告知承诺制，审批材料压减三分之一。\n${plan}`);
    expect(backed.filter((l) => l.measure === 5).map((l) => l.paragraph)).toEqual([1, 2]);
  });

  it('a measure named only among the plans is not answered yet', () => {
    expect(found(`县农业农村局工作汇报\n${VILLAGE}\n下一步，我局将配合做好第3条“加强耕地保护”工作。`)).toEqual([1]);
    expect(found(`县农业农村局工作汇报\n${VILLAGE}\n三、下一步工作打算\n一是推进“发展智慧农业”；二是落实第5条。`)).toEqual([1]);
  });

  it('a measure named among the plans and in the work done is answered', () => {
    const ls = run(`县农业农村局工作汇报\n关于第3条，新建高标准农田2万亩。\n下一步，我局将继续落实第3条。`);
    expect(ls.filter((l) => l.measure === 3).map((l) => l.paragraph)).toEqual([1, 2]);
  });
});

describe('linkMeasures on a report in table form, one cell a line (a department copying the policy’s rows)', () => {
  const targets = policy([
    measure(1, '地区生产总值增长6.5%左右', '地区生产总值增长6.5%左右。\n牵头单位：区发改委\n配合单位：区政府各部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。'),
    measure(2, '一般公共预算收入增长5%左右', '一般公共预算收入增长5%左右。\n牵头单位：区财政局\n配合单位：区政府有关部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。'),
    measure(3, '固定资产投资增长7.5%左右', '固定资产投资增长7.5%左右。\n牵头单位：区发改委\n配合单位：区工信局、区住建局、区教育局,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。'),
  ]);
  const run = (text: string) => {
    const paragraphs = text.split('\n').map((t, index) => ({ index, text: t }));
    return linkMeasures(paragraphs, paragraphs.map((p) => bigramTokens(p.text)), forLinking(targets));
  };
  const counted = (ls: MeasureLink[]) => measuresOf(ls.filter((l) => l.strength !== 'suggestion'));

  it('a line that is a measure’s title whole names it outright, under whatever number', () => {
    const ls = run('谯城区教育局重点工作任务分解表\n固定资产投资增长7.5%左右。\n区发改委');
    expect(counted(ls)).toEqual([3]);
    expect(ls.find((l) => l.measure === 3)).toMatchObject({ how: 'title', strength: 'counted' });
    // the report's own 序号 2 above measure 3's words names nothing
    expect(counted(run('2. 固定资产投资增长7.5%左右。\n1-9月份完成固定资产投资120.7亿元。'))).toEqual([3]);
  });
  it('the duty cells copied beside it add nothing by the names they share with other measures', () => {
    const ls = run(
      '固定资产投资增长7.5%左右。\n区发改委\n区政府各部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。\n区政府有关部门,各乡镇人民政府、街道办事处,谯城经开区管委会,魏武国控集团。',
    );
    expect(measuresOf(ls)).toEqual([3]);
  });
});
