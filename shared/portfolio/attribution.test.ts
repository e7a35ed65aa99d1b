import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Attribution } from './types';
import { emptyMeasure } from '../measure';
import type { PolicyExtract } from '../types';
import { attributeReport, CONTENT_THRESHOLD, contentScores, describeAttribution, policyForAttribution } from './attribution';
import { forAttribution, loadPortfolio, readText, report, type Portfolio } from '../../electron/services/__fixtures__/attribution-portfolio';

const root = join(__dirname, '..', '..');
const seedReport = (name: string) => readText(join(root, 'shared', 'submission', '__fixtures__', 'reports', name));

const emptyPolicy: PolicyExtract = { title: '', docNumber: null, issuer: null, issuedOn: null, printedOn: null, sections: [], measures: [], departments: [], warnings: [] };

let all: Portfolio;
beforeAll(() => {
  all = loadPortfolio();
}, 120_000);

const placed = (as: Attribution[], p: Portfolio) => as.map((a) => `${p.name(a.policy)} ${a.basis}`);

describe('a cited number outweighs what the report resembles', () => {
  // the body of the seed's market regulator report (水电气暖 charges, 转供电): by content it is the seed's
  const body = seedReport('shichang-content.txt');

  it('the body alone is placed on the seed by content', () => {
    expect(placed(attributeReport(report(body), all.policies), all)).toEqual(['seed content']);
  });

  it('the same body under a line citing sample-2’s number is sample-2’s, and only sample-2’s', () => {
    const cited = `根据云政办发〔2023〕21号文件要求，现将我局有关工作情况报告如下。\n${body}`;
    const as = attributeReport(report(cited), all.policies);
    expect(as).toEqual([{ policy: all.id('sample-2'), basis: 'doc-number', evidence: '云政办发〔2023〕21号' }]);
  });

  it('so does the same body under sample-3’s title', () => {
    const cited = `为贯彻落实《江川市人民政府关于促进民营经济高质量发展的若干措施》，现将工作情况报告如下。\n${body}`;
    expect(attributeReport(report(cited), all.policies)).toEqual([
      { policy: all.id('sample-3'), basis: 'title', evidence: '江川市人民政府关于促进民营经济高质量发展的若干措施' },
    ]);
  });
});

describe('rule doc-number: the number in any bracket, width and spacing', () => {
  it.each([
    ['〔〕', '根据市中政办发〔2021〕14号文件要求', '市中政办发〔2021〕14号'],
    ['square brackets', '按照市中政办发[2021]14号要求', '市中政办发[2021]14号'],
    ['full-width parentheses', '按照市中政办发（2021）14号要求', '市中政办发（2021）14号'],
    ['half-width parentheses', '按照市中政办发(2021)14号要求', '市中政办发(2021)14号'],
    ['【】', '按照市中政办发【2021】14号要求', '市中政办发【2021】14号'],
    ['﹝﹞', '按照市中政办发﹝2021﹞14号要求', '市中政办发﹝2021﹞14号'],
    ['full-width brackets and digits', '按照市中政办发［２０２１］１４号要求', '市中政办发［２０２１］１４号'],
    ['spaces everywhere', '按照 市中政办发 〔 2021 〕 14 号 要求', '市中政办发〔2021〕14号'],
    ['a line break inside', '按照市中政办\n发〔2021〕14号要求', '市中政办发〔2021〕14号'],
    ['第 before the serial', '按照市中政办发〔2021〕第14号要求', '市中政办发〔2021〕第14号'],
    ['the place before the prefix', '按照枣庄市中政办发〔2021〕14号要求', '市中政办发〔2021〕14号'],
    ['no prefix, the core being only the seed’s', '根据〔2021〕14号文件精神', '〔2021〕14号'],
    ['one of a list of references', '根据《国务院办公厅关于进一步优化营商环境更好服务市场主体的实施意见》（国办发〔2020〕24号）、市中政办发〔2021〕14号等文件', '市中政办发〔2021〕14号'],
  ])('%s', (_what, text, evidence) => {
    expect(attributeReport(report(text), all.policies)).toEqual([{ policy: all.id('seed'), basis: 'doc-number', evidence }]);
  });
});

describe('rule title: the title’s core, framed or not, in 《》 or not', () => {
  it.each([
    ['the full title in 《》', '为落实《市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》，我局', '市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见'],
    ['the core without the issuer', '为落实《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》，我局', '关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见'],
    ['other quotation marks, no 《》', '落实关于服务"六稳""六保"进一步深化"放管服"改革的实施意见情况', '服务"六稳""六保"进一步深化"放管服"改革的实施意见'],
  ])('%s', (_what, text, evidence) => {
    expect(attributeReport(report(text), all.policies)).toEqual([{ policy: all.id('seed'), basis: 'title', evidence }]);
  });

  it('a notice issuing a plan is cited by the plan’s name', () => {
    expect(attributeReport(report('按照《云溪县优化营商环境攻坚行动工作方案》要求'), all.policies)).toEqual([
      { policy: all.id('sample-2'), basis: 'title', evidence: '云溪县优化营商环境攻坚行动工作方案' },
    ]);
  });

  it('a number cited as well as the title: placed once, by the number', () => {
    const text = '根据《关于印发〈云溪县优化营商环境攻坚行动工作方案〉的通知》（云政办发〔2023〕21号）要求';
    expect(attributeReport(report(text), all.policies)).toEqual([{ policy: all.id('sample-2'), basis: 'doc-number', evidence: '云政办发〔2023〕21号' }]);
  });
});

describe('a report citing several policies answers each, in the order cited', () => {
  it('by number and by title', () => {
    const text = '我局承担江政发〔2024〕3号文件第一条和《云溪县优化营商环境攻坚行动工作方案》第三项任务，现报告如下。';
    expect(placed(attributeReport(report(text), all.policies), all)).toEqual(['sample-3 doc-number', 'sample-2 title']);
  });

  it('a joint reply on the seed and sample-3, by their numbers', () => {
    const text = '关于市中政办发〔2021〕14号和江政发〔2024〕3号文件落实情况的报告';
    expect(placed(attributeReport(report(text), all.policies), all)).toEqual(['seed doc-number', 'sample-3 doc-number']);
  });
});

describe('rule content', () => {
  it('places a report in its own words on the policy it describes, with the words it shares', () => {
    const [a] = attributeReport(report(seedReport('shenpi-content.txt')), all.policies);
    expect(a).toMatchObject({ policy: all.id('seed'), basis: 'content' });
    expect(a.evidence).toMatch(/^共有词语：/);
    expect(a.evidence).toContain('综合窗口');
  });

  it('a policy of the same subject closer than the margin, with no evidence of its own: neither', () => {
    // sample-2 and sample-3 both finance enterprises: 银企对接 (sample-2) and 政府性融资担保 (sample-3)
    const text = readText(join(root, 'seeds', 'sample-2', 'src', '07-finance-q3-1008.txt'));
    const [best, second] = contentScores(report(text).terms, all.policies);
    expect(best.score).toBeGreaterThanOrEqual(CONTENT_THRESHOLD);
    expect(best.score).toBeLessThan(second.score * 1.5);
    expect(attributeReport(report(text), all.policies)).toEqual([]);
  });

  it('a report on two policies’ subjects, each with words of its own, answers both', () => {
    const text = [seedReport('short-name-title.txt'), readText(join(root, 'seeds', 'sample-3', 'src', '03-hrss-table-0605.txt'))].join('\n');
    const as = attributeReport(report(text), all.policies);
    expect(placed(as, all).sort()).toEqual(['sample-3 content', 'seed content']);
  });
});

describe('rule only-policy: a workspace of one policy', () => {
  let one: Portfolio;
  beforeAll(() => {
    one = loadPortfolio(['seed']);
  });

  it('places every report on it, even one on another subject', () => {
    expect(attributeReport(report(seedReport('party-study.txt')), one.policies, { onlyPolicy: true })).toEqual([
      { policy: one.id('seed'), basis: 'only-policy', evidence: '' },
    ]);
  });

  it('still says so when the report cites it', () => {
    expect(attributeReport(report('根据市中政办发〔2021〕14号文件要求'), one.policies, { onlyPolicy: true })).toEqual([
      { policy: one.id('seed'), basis: 'doc-number', evidence: '市中政办发〔2021〕14号' },
    ]);
  });

  it('without the option, one policy is compared like many', () => {
    expect(attributeReport(report(seedReport('party-study.txt')), one.policies)).toEqual([]);
  });

  it('the option means nothing with several policies', () => {
    expect(attributeReport(report(seedReport('party-study.txt')), all.policies, { onlyPolicy: true })).toEqual([]);
  });
});

// The reports of the sample sets and the real public reports, against the key written by reading them.
interface KeyEntry {
  policy: string | null;
  cites?: string;
  reason: string;
}
const key = JSON.parse(readFileSync(join(__dirname, '__fixtures__', 'attribution-key.json'), 'utf8')) as { folders: Record<string, Record<string, KeyEntry>> };
const cases = Object.entries(key.folders).flatMap(([folder, reports]) => Object.entries(reports).map(([file, entry]) => ({ folder, file, entry })));

describe('reports against the key, in a portfolio of 19 real policies', () => {
  it('the key covers every report of its folders', () => {
    for (const folder of Object.keys(key.folders)) {
      const files = readdirSync(join(root, folder)).filter((f) => f.endsWith('.txt'));
      expect(files.filter((f) => !(f in key.folders[folder]))).toEqual([]);
    }
  });

  const results = new Map<string, Attribution[]>();
  beforeAll(() => {
    for (const c of cases) results.set(`${c.folder}/${c.file}`, attributeReport(report(readText(join(root, c.folder, c.file))), all.policies));
  });
  const got = (c: (typeof cases)[number]) => results.get(`${c.folder}/${c.file}`)!;

  it.each(cases.filter((c) => c.entry.cites))('$file is placed by what it cites', (c) => {
    const [a, ...rest] = got(c);
    expect(rest).toEqual([]);
    expect(all.name(a.policy)).toBe(c.entry.policy);
    expect(a.basis).toBe(/号$/.test(c.entry.cites!) ? 'doc-number' : 'title');
    expect(a.evidence).toBe(c.entry.cites);
  });

  it.each(cases.filter((c) => !c.entry.cites))('$file lands on its policy or on none, never on another', (c) => {
    expect(got(c).map((a) => all.name(a.policy)).filter((n) => n !== c.entry.policy)).toEqual([]);
  });

  it('the reports that answer none are placed nowhere', () => {
    const wrong = cases.filter((c) => c.entry.policy === null && got(c).length > 0).map((c) => `${c.file} → ${got(c).map((a) => all.name(a.policy))}`);
    expect(wrong).toEqual([]);
  });

  it('content alone places most of the reports a reader places without a citation', () => {
    const byContent = cases.filter((c) => c.entry.policy !== null && !c.entry.cites);
    const found = byContent.filter((c) => got(c).some((a) => all.name(a.policy) === c.entry.policy));
    expect(found.length / byContent.length).toBeGreaterThanOrEqual(0.5);
  });
});

describe('describeAttribution', () => {
  it.each<[Attribution, string]>([
    [{ policy: 1, basis: 'doc-number', evidence: '市中政办发〔2021〕14号' }, '引用文号 市中政办发〔2021〕14号'],
    [{ policy: 1, basis: 'title', evidence: '关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见' }, '引用标题《关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见》'],
    [{ policy: 1, basis: 'content', evidence: '共有词语：专利质押、知识产权保护' }, '内容相近（共有词语：专利质押、知识产权保护）'],
    [{ policy: 1, basis: 'only-policy', evidence: '' }, '工作区只有一项政策（市中政办发〔2021〕14号）'],
    [{ policy: 1, basis: 'office', evidence: '' }, '人工指定为市中政办发〔2021〕14号'],
    [{ policy: 1, basis: 'office', evidence: '报告附件为该文件的任务表' }, '人工指定为市中政办发〔2021〕14号：报告附件为该文件的任务表'],
  ])('%j', (a, line) => {
    expect(describeAttribution(a, '市中政办发〔2021〕14号')).toBe(line);
  });

  it.each<[Pick<Attribution, 'basis' | 'evidence'>, string]>([
    [{ basis: 'doc-number', evidence: '  ' }, '引用文号'],
    [{ basis: 'title', evidence: '《关于促进民营经济发展的若干措施》' }, '引用标题《关于促进民营经济发展的若干措施》'],
    [{ basis: 'content', evidence: '' }, '内容相近'],
    [{ basis: 'sender', evidence: '报送单位县财政局是该政策的责任单位' }, '报送单位承担该政策任务（报送单位县财政局是该政策的责任单位）'],
    [{ basis: 'only-policy', evidence: '' }, '工作区只有一项政策'],
    [{ basis: 'office', evidence: 'anything' }, '人工指定'],
  ])('beside the policy\'s name, without it: %j', (a, line) => {
    expect(describeAttribution(a)).toBe(line);
  });
});

it('a policy is precomputed once: attributing does not need its extract', () => {
  const p = forAttribution(7, all.extract('sample-3'));
  expect(attributeReport(report('江政发〔2024〕3号'), [p])).toEqual([{ policy: 7, basis: 'doc-number', evidence: '江政发〔2024〕3号' }]);
});

describe('rule content on made-up policies (words given as the segmenter would give them)', () => {
  // each policy: measures as lists of words; the measure's text is its words
  const made = (id: number, measures: string[][]) =>
    policyForAttribution(
      id,
      { ...emptyPolicy, title: `政策${id}`, measures: measures.map((words, k) => emptyMeasure(k + 1, { title: words[0], text: words.join('，') })) },
      measures,
    );
  const patents = made(1, [
    ['专利质押', '质押融资', '知识产权', '评估机构', '风险补偿', '登记费用'],
    ['商标注册', '地理标志', '品牌培育', '驰名商标', '集体商标', '知识产权'],
    ['专利导航', '产业规划', '高价值专利', '专利池', '运营中心', '知识产权'],
  ]);
  const tourism = made(2, [
    ['乡村旅游', '民宿', '农家乐', '精品线路', '旅游公路', '景区'],
    ['非遗', '文创产品', '演艺', '传承人', '工坊', '研学'],
    ['旅游厕所', '游客中心', '停车场', '智慧景区', '导览系统', '景区'],
  ]);
  const finance = made(3, [
    ['质押融资', '贷款贴息', '担保费率', '首贷', '无还本续贷', '授信'],
    ['应急转贷', '续贷', '信用贷款', '转贷资金', '过桥', '周转'],
    ['融资担保', '再担保', '担保费率', '代偿', '风险分担', '担保机构'],
  ]);
  const portfolio = [patents, tourism, finance];

  it.each<[string, string[], number[]]>([
    ['the words of one policy’s measure', ['专利质押', '知识产权', '评估机构', '风险补偿', '登记费用'], [1]],
    ['words of two policies, each with compounds of its own, as close as can be', ['专利导航', '产业规划', '专利池', '运营中心', '乡村旅游', '农家乐', '精品线路', '旅游公路'], [1, 2]],
    ['words of two policies, one of them without compounds of its own', ['专利导航', '产业规划', '专利池', '运营中心', '民宿', '非遗', '演艺', '工坊'], []],
    ['one shared word only', ['景区'], []],
    ['words no policy uses', ['秸秆禁烧', '河长制'], []],
    ['a word two policies share and nothing else', ['质押融资'], []],
  ])('%s', (_what, words, expected) => {
    expect(attributeReport({ text: '', terms: words }, portfolio).map((a) => a.policy).sort()).toEqual(expected);
  });

  it('the evidence names the shared words, longest and rarest first', () => {
    expect(attributeReport({ text: '', terms: ['专利质押', '知识产权', '评估机构', '风险补偿', '登记费用'] }, portfolio)).toEqual([
      { policy: 1, basis: 'content', evidence: '共有词语：专利质押、评估机构、风险补偿、登记费用、知识产权' },
    ]);
  });
});
