// rectification-self-named: a town speaking of itself as 我乡 (我镇, 我街道), inspected itself, names itself at the head of the
// meeting it held or the plan it drew up for its rectification (组织召开沙窝乡八届市委第七轮巡察反馈问题整改推进会): its
// government, or a street's office (opening-author.ts). Lines adapted from the real report of __fixtures__/real
// (shawo-township-inspection).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { rectificationSelfNamed } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const INSPECTED = '根据市委巡察工作统一部署,市委第二巡察组对我乡开展了常规巡察,并向我单位反馈了巡察意见。';

describe('rectification-self-named', () => {
  it.each([
    ['a township’s meeting', `${INSPECTED}\n同时,组织召开沙窝乡八届市委第七轮巡察反馈问题整改推进会,形成了整改合力。`, '沙窝乡人民政府'],
    [
      'a township’s plan, after the year, the inspection and its zone',
      `${INSPECTED}\n逐条研究整改措施,制定下发了《2024年度市委巡察临空经济区沙窝乡反馈问题整改工作方案》和整改台账。`,
      '沙窝乡人民政府',
    ],
    ['a town speaking as 我镇', '区委第一巡察组对我镇进行了巡察。\n镇党委随即召开马投涧镇巡察反馈意见整改工作会议。', '马投涧镇人民政府'],
    ['a street speaking as 我街道', '区委第三巡察组向我街道反馈了巡察意见。\n街道党工委召开浦楼街道巡察整改专题会议,逐项部署。', '浦楼街道办事处'],
  ])('%s', (_what, text, name) => expect(rectificationSelfNamed(lines(text))).toEqual([name]));

  it('reads the township’s account as the township’s', () => {
    const text = `${INSPECTED}按照巡察工作有关要求,现将巡察整改进展情况予以公布。\n一、巡察整改工作开展情况\n一是强化组织领导。乡党委立即组织召开巡察整改专题党委(扩大)会议。同时,组织召开沙窝乡八届市委第七轮巡察反馈问题整改推进会。`;
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['沙窝乡人民政府']);
  });
});
