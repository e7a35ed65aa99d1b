// What must place no report on a policy: numbers and titles of other documents, a number two policies could
// be, a shorter title inside a longer one, the genre's stock phrases, reports on other subjects.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { attributeReport, type PolicyForAttribution } from './attribution';
import { forAttribution, loadPortfolio, readText, report, type Portfolio } from '../../electron/services/__fixtures__/attribution-portfolio';

const root = join(__dirname, '..', '..');

let all: Portfolio;
beforeAll(() => {
  all = loadPortfolio();
}, 120_000);

describe('the same 〔year〕N号 under another prefix', () => {
  // a second policy numbered 市中政发〔2021〕14号 beside the seed's 市中政办发〔2021〕14号
  let twins: PolicyForAttribution[];
  beforeAll(() => {
    twins = [forAttribution(1, all.extract('seed')), forAttribution(2, { ...all.extract('sample-3'), docNumber: '市中政发〔2021〕14号' })];
  });

  it('a bare 〔2021〕14号 could be either: it places neither', () => {
    expect(attributeReport(report('根据〔2021〕14号文件要求，现将有关情况报告如下。'), twins)).toEqual([]);
  });

  it.each([
    ['市中政发〔2021〕14号', 2],
    ['市中政办发〔2021〕14号', 1],
  ])('%s is the policy with that prefix only', (number, policy) => {
    expect(attributeReport(report(`根据${number}文件要求`), twins)).toEqual([{ policy, basis: 'doc-number', evidence: number }]);
  });

  it.each([
    ['another office’s prefix', '根据区政发〔2021〕14号文件要求'],
    ['a State Council number', '根据国发〔2021〕14号文件要求'],
    ['a State Council number of the same year and serial, written with 函', '根据国办函〔2021〕14号文件要求'],
    ['another serial', '根据市中政办发〔2021〕15号文件要求'],
    ['another year', '根据市中政办发〔2020〕14号文件要求'],
    ['a longer serial', '根据市中政办发〔2021〕141号文件要求'],
  ])('%s places nothing', (_what, text) => {
    expect(attributeReport(report(text), twins)).toEqual([]);
  });
});

describe('titles', () => {
  // a second policy whose title is the sample-3 title with more after it
  let nested: PolicyForAttribution[];
  beforeAll(() => {
    nested = [
      forAttribution(1, all.extract('sample-3')),
      forAttribution(2, { ...all.extract('sample-2'), title: '江川市人民政府办公室关于印发《促进民营经济高质量发展的若干措施实施细则》的通知', docNumber: '江政办发〔2024〕9号' }),
    ];
  });

  it('a longer title cited is the longer title’s policy only', () => {
    expect(attributeReport(report('按照《促进民营经济高质量发展的若干措施实施细则》要求'), nested)).toEqual([
      { policy: 2, basis: 'title', evidence: '促进民营经济高质量发展的若干措施实施细则' },
    ]);
  });

  it('the shorter title cited is the shorter title’s policy only', () => {
    expect(attributeReport(report('按照《江川市人民政府关于促进民营经济高质量发展的若干措施》要求'), nested)).toEqual([
      { policy: 1, basis: 'title', evidence: '江川市人民政府关于促进民营经济高质量发展的若干措施' },
    ]);
  });

  it('a title followed by another document’s number is that other document', () => {
    expect(attributeReport(report('参照《云溪县优化营商环境攻坚行动工作方案》（江州政办发〔2023〕9号）做法'), all.policies)).toEqual([]);
  });

  it.each([
    ['a policy quoting another document in its title is not cited by that document’s name', '寿县2022年《政府工作报告》主要任务上半年落实情况'],
    ['the generic name of the genre', '我局认真落实实施意见和工作方案'],
    ['the words of a title scattered', '深化“放管服”改革，优化营商环境，服务“六稳”“六保”取得新成效。'],
  ])('%s', (_what, text) => {
    expect(attributeReport(report(text), all.policies)).toEqual([]);
  });
});

describe('no subject of a policy', () => {
  it.each([
    ['the genre’s stock phrases only', '我局高度重视，加强组织领导，压实工作责任，强化督导检查，确保各项任务落到实处。'],
    ['framing of every report', '深入学习贯彻习近平新时代中国特色社会主义思想，认真贯彻落实党中央、国务院决策部署，推动经济社会高质量发展。'],
    ['the headline indicators of every economic return', '全年地区生产总值增长6.5%，社会消费品零售总额同比增长8.2%，进出口总额增长12%，固定资产投资增速回升，规模以上工业增加值增长7%。'],
    // a town's disclosure report (qiutou-town.txt): it had been placed on the State Council's opinion on government new media
    ['the stock phrases of public-information work', '本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)规定和《正宁县人民政府办公室关于做好2022年政府信息公开工作年度报告编制发布工作的通知》编制而成,由总体情况、主动公开政府信息情况、政务公开情况、政务新媒体监管情况、公开平台建设情况、基层政务公开工作情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在问题及改进情况和其他需要报告的事项十部分组成。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日。\n一、总体情况\n2022年,镇政府全面加强政府信息公开工作管理,严格按照《条例》及正宁县制定下发的《正宁县2022年政务公开要点》等文件要求,围绕经济社会发展和人民群众关注关切、涉及群众切身利益、需要社会广泛知晓的重大决策预公开、重大政策措施、重点工程项目进展和结果等,在公开透明的原则下,有力地保障了公众的知情权、参与权、表达权和监督权,最大限度地发挥了政府信息公开对建设服务型政府和廉洁型政府的促进作用。\n(一)强化组织领导,健全工作机制。镇政府高度重视政府信息公开工作,镇上成立了由镇长任组长、分管副镇长任副组长、派出所、市场监管所、镇政务服务中心等站所负责人为组员的工作领导小组,专门组织召开了政务公开工作会议,就进一步深化政府信息公开工作作出安排部'],
    ['an empty report', ''],
  ])('%s', (_what, text) => {
    expect(attributeReport(report(text), all.policies)).toEqual([]);
  });

  it.each(['flood-minutes.txt', 'party-study.txt', 'epidemic-notice.txt'])('a document on another subject (%s)', (file) => {
    expect(attributeReport(report(readText(join(root, 'shared', 'submission', '__fixtures__', 'reports', file))), all.policies)).toEqual([]);
  });

  // the plenum and the slogan as jieba cuts them whole or in pieces (四中全会; 稳中 / 求进, 总 / 基调) are framing: the political
  // consultative conference's proposals report had been placed on the State Council's division of its work report by them
  it('a report sharing only the plenum, the slogan and the year’s events with a policy (cppcc-proposals-work.txt)', () => {
    const text = readText(join(root, 'shared', 'submission', '__fixtures__', 'real', 'reports', 'cppcc-proposals-work.txt'));
    expect(attributeReport(report(text), all.policies)).toEqual([]);
  });

  it('a report about a policy outside the portfolio (the seed’s, with the seed left out)', () => {
    const others = loadPortfolio(['sample-2', 'sample-3', 'city-talent-opinion', 'ministry-emergency-comms-opinion']);
    const text = readText(join(root, 'shared', 'submission', '__fixtures__', 'reports', 'short-name-title.txt'));
    expect(attributeReport(report(text), others.policies)).toEqual([]);
  });

  it('no policies, no attribution', () => {
    expect(attributeReport(report('根据市中政办发〔2021〕14号文件要求'), [], { onlyPolicy: true })).toEqual([]);
  });
});
