// joint-speakers-response: a joint report's Party committee and government may answer what the sentence before reported,
// 对此 before their act (…12月24日向我省反馈了督察意见。青海省委省政府对此高度重视…), or take the findings in full as their act
// (省委省政府照单全收…); heading two sentences so, they are the report's speakers (joint-speakers). Adapted from the real
// report of __fixtures__/real (qinghai-inspection-rectification). Negative cases in joint-speakers-response.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { jointSpeakers } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('joint-speakers-response: the pair answering what the sentence before reported', () => {
  it.each<[string, string, string[]]>([
    [
      '对此 before the act, then the findings taken in full',
      '督察组向我省反馈了督察意见。青海省委省政府对此高度重视,全力推进整改。\n一、精心部署\n反馈意见切中要害。省委省政府照单全收,把问题整改作为重大政治任务来抓。',
      ['青海省委', '青海省政府'],
    ],
    [
      'a city, with 、, 对此 twice',
      '巡视组反馈了意见。市委、市政府对此高度重视,立即研究部署。\n审计发现了问题。市委、市政府对此坚持立行立改。',
      ['市委', '市政府'],
    ],
  ])('%s', (_what, text, names) => {
    expect(jointSpeakers(lines(text))).toEqual(names);
  });

  it('the reading of a province’s report under a title broken over two lines names both', () => {
    const text = '青海省贯彻落实中央环境保护督察反馈意见\n整改工作情况报告\n2017年8月8日至9月8日,督察组对青海省开展环境保护督察,12月24日向我省反馈了督察意见。青海省委省政府对此高度重视,全力推进整改。现将整改进展情况报告如下。\n一、精心部署\n省委省政府照单全收,把问题整改作为一项重大政治任务来抓。';
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['青海省委', '青海省政府']);
  });
});
