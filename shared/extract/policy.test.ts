import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PolicyExtract } from '../types';
import { canonicalDepartment, defaultDirectory } from './departments';
import { extractPolicy, type PolicyInput } from './policy';
import { withPolicyAliases } from './policy-departments';

// Golden files: __fixtures__/policy-*.txt in, policy-*.expected.json out. After a deliberate change,
// regenerate them with UPDATE_GOLDEN=1 and review the diff.
const fixtures = join(dirname(fileURLToPath(import.meta.url)), '__fixtures__');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** Paragraphs as a plain-text importer would give them: split at blank lines (or at every line). */
function paragraphs(text: string, split: 'blank-lines' | 'lines' = 'blank-lines'): PolicyInput {
  const parts = text.split(split === 'blank-lines' ? /\n\s*\n/ : /\n/);
  return { paragraphs: parts.map((t) => t.trim()).filter((t) => t !== '').map((t, index) => ({ index, text: t })) };
}

const GOLDEN = ['policy-seed', 'policy-county-lines', 'policy-articles', 'policy-no-sections', 'policy-attachment', 'policy-task-table'];

describe('extractPolicy golden files', () => {
  it.each(GOLDEN)('%s', (name) => {
    const actual = extractPolicy(paragraphs(read(`${name}.txt`)));
    const file = join(fixtures, `${name}.expected.json`);
    if (process.env.UPDATE_GOLDEN) writeFileSync(file, JSON.stringify(actual, null, 2) + '\n');
    expect(actual).toEqual(JSON.parse(readFileSync(file, 'utf8')));
  });
});

describe('extractPolicy on the seed policy', () => {
  const seed = extractPolicy(paragraphs(read('policy-seed.txt')));
  const measure = (n: number) => seed.measures.find((m) => m.number === n)!;

  it('reads the metadata', () => {
    expect(seed).toMatchObject({
      title: '市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见',
      docNumber: '市中政办发〔2021〕14号',
      issuer: '枣庄市市中区人民政府办公室',
      issuedOn: '2021-09-06',
      printedOn: '2021-09-06',
      warnings: [],
    });
  });

  it('finds 8 sections and 29 measures, each with a title', () => {
    expect(seed.sections.map((s) => s.number)).toEqual(['一', '二', '三', '四', '五', '六', '七', '八']);
    expect(seed.measures.map((m) => m.number)).toEqual(Array.from({ length: 29 }, (_, k) => k + 1));
    expect(seed.measures.every((m) => m.title.length >= 4 && m.title.length <= 30)).toBe(true);
    expect(seed.measures.filter((m) => m.section === '三').map((m) => m.number)).toEqual([10, 11, 12, 13]);
    expect(measure(20).title).toBe('继续扩大出口信保覆盖面');
  });

  it('joins the sentences a page break split', () => {
    expect(measure(1).text).toContain('规范人力资源招聘行为，禁止就业性别歧视。');
    expect(measure(1).paragraphs).toEqual([6, 7]);
    expect(measure(20).text).toContain('着力扩大保单融资规模');
  });

  it('reads two leads, folding 区人力资源社会保障局 into 区人力资源和社会保障局', () => {
    expect(measure(3).lead).toEqual(['区财政局', '区人力资源和社会保障局']);
    expect(measure(3).rawDepartments).toContain('区人力资源社会保障局');
    expect(measure(3).joint).toBe(false);
    expect(seed.departments).not.toContain('区人力资源社会保障局');
  });

  it('reads measures 4 and 7 as joint', () => {
    expect(measure(4)).toMatchObject({ lead: ['区财政局', '区税务局'], support: [], joint: true });
    expect(measure(7)).toMatchObject({ lead: ['区发展和改革委员会', '区市场监管局', '区行政审批服务局'], support: [], joint: true });
    expect(seed.measures.filter((m) => m.joint).map((m) => m.number)).toEqual([4, 7]);
  });

  it('keeps generic actors apart', () => {
    expect(measure(12).generic).toEqual(['各镇街']);
    expect(measure(12).support).toContain('区住房和城乡建设局');
    expect(measure(18)).toMatchObject({ support: ['区公安分局', '区行政审批服务局'], generic: ['区政府有关部门'] });
    expect(measure(29)).toMatchObject({ lead: [], support: [], joint: false, generic: ['各级各部门'], rawDepartments: [] });
    expect(measure(29).responsibilityText).toBe('（各级各部门按职责分工负责）');
  });

  it('leaves the closing paragraphs out of measure 29', () => {
    expect(measure(29).text).not.toContain('及时向区政府报告');
    expect(measure(29).text.endsWith('（各级各部门按职责分工负责）')).toBe(true);
  });

  it('reads the deadlines against the date of issue', () => {
    expect(measure(12).deadlines).toEqual([expect.objectContaining({ text: '每月4日前', kind: 'monthly' })]);
    expect(measure(23).deadlines[0]).toMatchObject({ text: '8月底前', date: '2021-08-31', beforeIssue: true });
    expect(measure(1).deadlines[0]).toMatchObject({ text: '11月底前', date: '2021-11-30', beforeIssue: false });
    expect(measure(12).targets.map((t) => t.text)).toEqual(['不低于30%']);
  });

  it('folds every department to one canonical name', () => {
    const bodies = seed.departments.map((d) => canonicalDepartment(d, defaultDirectory(), { prefixes: ['枣庄市市中区', '市中区'], level: '区' }));
    expect(new Set(bodies).size).toBe(seed.departments.length);
    expect(seed.departments).toHaveLength(26);
    expect(seed.departments).toContain('区商务和投资促进局');
    expect(seed.departments).not.toContain('区商务局');
    for (const m of seed.measures) for (const d of [...m.lead, ...m.support]) expect(seed.departments).toContain(d);
  });

  it('gives the same result when the directory already holds the policy’s aliases', () => {
    const again = extractPolicy(paragraphs(read('policy-seed.txt')), withPolicyAliases(defaultDirectory(), seed));
    expect(again.measures).toEqual(seed.measures);
    expect(again.departments).toEqual(seed.departments);
  });
});

describe('extractPolicy on the seed as pdftotext gives it (one paragraph per line, page numbers)', () => {
  const seed = extractPolicy(paragraphs(read('policy-seed.txt')));
  const pdf = extractPolicy(paragraphs(read('policy-seed-pdftotext.txt'), 'lines'));
  const shape = (e: PolicyExtract) => e.measures.map((m) => ({ n: m.number, s: m.section, lead: m.lead, support: m.support, joint: m.joint, generic: m.generic }));

  it('finds the same metadata, sections and responsibilities', () => {
    expect({ ...pdf, measures: [], aliases: [] }).toEqual({ ...seed, measures: [], aliases: [] });
    expect(shape(pdf)).toEqual(shape(seed));
  });

  it('finds the same titles, except where the seed marks a bold run', () => {
    const differ = pdf.measures.filter((m, k) => m.title !== seed.measures[k].title).map((m) => m.number);
    expect(differ).toEqual([20]);
  });

  it('joins lines and drops page numbers', () => {
    const m1 = pdf.measures[0];
    expect(m1.text).toContain('规范人力资源招聘行为，禁止就业性别歧视。');
    expect(m1.text).not.toMatch(/—\s*1\s*—/);
    expect(m1.deadlines.map((d) => d.text)).toEqual(['11月底前']);
  });
});

describe('extractPolicy on other layouts', () => {
  it('reads 责任单位/牵头单位/配合单位 lines under （一） numbering that restarts per section, each label naming its section', () => {
    const e = extractPolicy(paragraphs(read('policy-county-lines.txt')));
    expect(e.measures.map((m) => [m.number, m.label, m.section])).toEqual([
      [1, '一、（一）', '一'],
      [2, '一、（二）', '一'],
      [3, '一、（三）', '一'],
      [4, '二、（一）', '二'],
      [5, '二、（二）', '二'],
      [6, '二、（三）', '二'],
    ]);
    expect(e.measures[0]).toMatchObject({ lead: ['县行政审批局'], support: ['县大数据中心', '县司法局'], joint: false });
    expect(e.measures[2]).toMatchObject({ lead: ['县发改局', '县行政审批局'], joint: true });
    // 河东县人力资源社会保障局 and 县人社局 are one body; the place prefix comes off
    expect(e.measures[3].lead).toEqual(['县人力资源社会保障局']);
    expect(e.measures[4]).toMatchObject({ lead: ['县地方金融监管局'], support: ['县人力资源社会保障局', '县财政局'], generic: ['各乡镇（街道）'] });
    expect(e.measures[0].deadlines.map((d) => [d.text, d.date])).toEqual([['2022年6月底前', '2022-06-30']]);
    expect(e.issuedOn).toBe('2022-03-15');
    expect(e.docNumber).toBe('河政办字〔2022〕3号');
    expect(e.measures[5].text).not.toContain('每季度末将任务进展');
  });

  it('names the measures with no responsibility as the policy cites them where numbering restarts per section', () => {
    const text = read('policy-county-lines.txt')
      .replace('牵头单位：县市场监管局；配合单位：县公安局、县税务局\n', '')
      .replace('责任单位：河东县人力资源社会保障局\n', '');
    const e = extractPolicy(paragraphs(text));
    expect(e.measures.filter((m) => m.responsibilityText === null).map((m) => m.label)).toEqual(['一、（二）', '二、（一）']);
    expect(e.warnings).toContain('第一部分第二条、第二部分第一条措施未找到责任单位');
  });

  it('reads 第一条 articles under chapters, abbreviations folded onto the full name the policy writes', () => {
    const e = extractPolicy(paragraphs(read('policy-articles.txt')));
    const article = (n: number) => e.measures.find((m) => m.number === n)!;
    // 第一条 (purpose), 第二条 (scope) and 第七条 (entry into force) assign nothing: not measures, and 总则 goes with them
    expect(e.sections.map((s) => s.title)).toEqual(['服务内容', '保障措施']);
    expect(e.measures.map((m) => [m.number, m.label])).toEqual([[3, '第三条'], [4, '第四条'], [5, '第五条'], [6, '第六条']]);
    expect(article(5).lead).toEqual(['市行政审批服务局']);
    expect(article(6)).toMatchObject({ lead: ['市政府办公室'], support: ['市行政审批服务局'] });
    expect(article(4)).toMatchObject({ lead: ['市发改委', '市自然资源局', '市住建局'], joint: true });
    expect(article(6).deadlines[0]).toMatchObject({ text: '2024年1月底前', date: '2024-01-31', beforeIssue: false });
    expect(e.warnings).toEqual([]);
  });

  it('reads a notice without sections', () => {
    const e = extractPolicy(paragraphs(read('policy-no-sections.txt')));
    expect(e.sections).toEqual([]);
    expect(e.measures.map((m) => m.section)).toEqual([null, null, null, null, null]);
    expect(e.measures[0]).toMatchObject({ lead: ['区水务局', '区应急管理局'], joint: true });
    // 区应急局 and 滨江区应急管理局 are the one body 区应急管理局
    expect(e.measures[1].lead).toEqual(['区应急管理局']);
    expect(e.measures[2].lead).toEqual(['区应急管理局']);
    expect(e.measures[3]).toMatchObject({ lead: [], generic: ['各街道办事处', '区政府各部门'] });
    expect(e.measures[4].text).not.toContain('每月25日前');
    expect(e.issuer).toBe('滨江区人民政府办公室');
  });

  it('reads the plan a notice forwards as its attachment', () => {
    const e = extractPolicy(paragraphs(read('policy-attachment.txt')));
    expect(e.issuedOn).toBe('2021-12-30');
    expect(e.measures.map((m) => [m.number, m.label, m.section, m.title])).toEqual([
      [1, '一、1.', '一', '建设统一政务云平台'],
      [2, '一、2.', '一', '推进数据共享'],
      [3, '二、1.', '二', '推广“掌上办”'],
      [4, '二、2.', '二', '建设城市运行管理平台'],
    ]);
    expect(e.measures[0].deadlines[0]).toMatchObject({ date: '2022-06-30' });
  });

  it('reads a task table attached to a notice, sections from its category column', () => {
    const e = extractPolicy(paragraphs(read('policy-task-table.txt')));
    expect(e.sections).toEqual([
      { number: '一', title: '优化审批服务' },
      { number: '二', title: '加强事中事后监管' },
    ]);
    expect(e.measures.map((m) => [m.number, m.section, m.title])).toEqual([
      [1, '一', '推进证照分离改革'],
      [2, '一', '深化工程建设项目审批改革'],
      [3, '二', '推行双随机一公开监管'],
      [4, '二', '完善信用监管'],
    ]);
    // 区审批局 and 区行政审批服务局 are one body, as are 西山区市场监督管理局 and 区市场监管局
    expect(e.measures[0]).toMatchObject({ lead: ['区行政审批服务局'], support: ['区市场监督管理局'] });
    expect(e.measures[1]).toMatchObject({ lead: ['区行政审批服务局'], support: ['区住建局', '区自然资源局'] });
    expect(e.measures[2]).toMatchObject({ lead: ['区市场监督管理局'], support: ['区司法局'], generic: ['各街道办事处'] });
    expect(e.measures[3].deadlines[0]).toMatchObject({ text: '2023年3月底前', date: '2023-03-31' });
  });

  it('takes importer hints (bold paragraphs without Markdown) without harm', () => {
    const input = paragraphs(read('policy-seed.txt').replace(/\*\*/g, ''));
    input.paragraphs.forEach((p) => (p.bold = /^\d+\./.test(p.text)));
    const e = extractPolicy(input);
    expect(e.measures).toHaveLength(29);
    expect(e.measures[1].title).toBe('提高职业技能');
  });

  it('says so when nothing can be read', () => {
    const e = extractPolicy({ paragraphs: [] });
    expect(e).toMatchObject({ title: '', measures: [], sections: [], departments: [] });
    expect(e.warnings).toEqual(['未识别到政策标题', '未找到成文日期，只写月份的时限无法确定年份', '未识别到编号的措施条目']);
  });
});

describe('a notice whose plan is attached after the publication note', () => {
  const text = [
    '某县人民政府办公室',
    '关于印发《某县优化营商环境工作方案》的通知',
    '各乡镇人民政府，县政府各部门：',
    '《某县优化营商环境工作方案》已经县政府同意，现印发给你们，请认真贯彻落实。',
    '某县人民政府办公室',
    '2023年6月12日',
    '（此件公开发布）',
    '某县优化营商环境工作方案',
    '一、提升政务服务效能',
    '（一）推行告知承诺制。梳理公布告知承诺事项清单。',
    '责任单位：县行政审批服务局',
    '完成时限：2023年9月底前',
    '（二）规范中介服务。清理规范中介服务事项。',
    '责任单位：县发展和改革局、县市场监督管理局',
    '完成时限：2023年12月底前',
  ];
  const policy = extractPolicy({ paragraphs: text.map((t, index) => ({ index, text: t })) });

  it('reads the attached plan, not the cover note', () => {
    expect(policy.measures.map((m) => m.title)).toEqual(['推行告知承诺制', '规范中介服务']);
    expect(policy.measures[0].lead).toEqual(['县行政审批服务局']);
    expect(policy.measures[1].deadlines[0].date).toBe('2023-12-31');
  });
});

describe('an office written under two names', () => {
  const extract = extractPolicy(
    paragraphs(
      ['县人民政府办公室关于印发重点工作责任分解的通知', '一、主要目标', '(一)地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府]', '(二)粮食播种面积稳定。(牵头单位:县农业农村局;责任单位:县发改局)'].join('\n'),
      'lines',
    ),
  );

  it('is one department under its first name', () => {
    expect(extract.measures.map((m) => [m.lead, m.support])).toEqual([
      [['县发改局'], []],
      [['县农业农村局'], ['县发改局']],
    ]);
  });

  it('answers to its other name, so a report signed by it is the office’s', () => {
    expect(extract.aliases).toContainEqual({ alias: '县粮食局', canonical: '县发改局' });
    expect(canonicalDepartment('县粮食局', withPolicyAliases(defaultDirectory(), extract))).toBe('县发改局');
  });
});
