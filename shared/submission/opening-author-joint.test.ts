// joint-speakers: a joint report of a place's Party committee and government speaks as the two throughout; the pair
// heading two or more of its sentences, going on with what they did, names both as its authors.
// Negative cases in opening-author-joint.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { jointSpeakers } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('joint-speakers: the Party committee and the government a joint report speaks as', () => {
  it.each<[string, string, string[]]>([
    [
      'the place written once, a news site’s tag before it',
      '【某网 国内新闻】上海市委、市政府高度重视生态环境保护工作,现将有关情况报告如下:\n一、坚决扛起督察整改政治责任\n市委、市政府坚持以习近平新时代中国特色社会主义思想为指导,全力推进整改工作。',
      ['上海市委', '上海市政府'],
    ],
    [
      'no place written: the province’s committee and government',
      '2019年5月13日,督察组反馈了意见。省委、省政府把反馈意见整改作为重大政治任务,扎扎实实推进整改。\n省委、省政府坚持以习近平新时代中国特色社会主义思想为指引,层层传导压力。',
      ['省委', '省政府'],
    ],
    [
      'a county, without the 、 and with 人民政府',
      '县委县人民政府高度重视巡察整改工作。县委县人民政府成立整改工作领导小组,逐项推进整改。',
      ['县委', '县政府'],
    ],
    [
      'a district, the pair heading a later line',
      '一、整改工作总体情况\n区委、区政府及时召开专题会议研究部署。\n二、主要措施\n区委、区政府切实扛起主体责任,逐项抓好落实。',
      ['区委', '区政府'],
    ],
  ])('%s', (_what, text, names) => {
    expect(jointSpeakers(lines(text))).toEqual(names);
  });

  it('the reading of a joint report without a title names both', () => {
    const text = '2018年11月,中央督察组对我省开展了“回头看”。省委、省政府把反馈意见整改作为重大政治任务,严格对照要求推进整改。\n省委、省政府坚持把整改作为重要抓手,逐级压实责任。';
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['省委', '省政府']);
  });

  it('the reading of a joint report under a title naming only the place and a source line naming the government names both', () => {
    const text = '上海市关于贯彻落实督察反馈意见整改情况的报告\n来源:上海市人民政府 点击量:673\n上海市委、市政府高度重视整改工作,现将有关情况报告如下:\n市委、市政府坚持把督察整改作为重大政治任务,全力推进。';
    const found = detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] });
    expect(found.rawDepartments).toEqual(['上海市委', '上海市政府']);
  });
});
