import { describe, expect, it } from 'vitest';
import { defaultDirectory } from './departments';
import { extractPolicy } from './policy';
import { proseResponsibility } from './prose-duty';

const directory = defaultDirectory();

describe('proseResponsibility: no body is read where no body is the subject of a duty', () => {
  it.each([
    // a body as an object or a beneficiary
    '支持市属国企参与临港地区开发建设。',
    // 负责人, 牵头人: the person at a body's head, named for a post
    '办公室和法规处主要负责人为小组副组长。',
    '市发展改革委牵头人由分管副主任担任。',
    '企业可向市财政局申请专项资金支持。',
    '经市政府批准后实施。',
    '报国务院备案。',
    '加强临港地区管委会统筹职能。',
    // a body that only qualifies a noun
    '贯彻国家发展改革委等部门印发的实施方案。',
    '落实市财政局制定的管理办法。',
    '市财政局制定的管理办法继续执行。',
    '国家发展改革委等部门制定的方案要抓好落实。',
    // a body inside a quoted title
    '按照《市教委负责实施的三年行动计划》推进。',
    '《市商务委牵头建立的工作机制》继续有效。',
    // a generic actor, a functional description, the government of the level speaking for itself
    '各区人民政府要加强组织领导。',
    '市相关部门要给予优先支持。',
    '乡镇要做好社会管理工作。',
    '区域内各镇要做好减量化工作。',
    '特色小镇要做好产业培育。',
    '国务院部门应当开设政务新媒体。',
    '省政府将对重点地区开展抽查。',
    // a person, an enterprise, a university as the subject
    '分管副市长负责统筹协调。',
    '企业要落实主体责任。',
    '高校应加强创新创业教育。',
    // a verb the list does not hold
    '浦东新区政府继续支持临港地区开发建设。',
  ])('%s', (text) => {
    expect(proseResponsibility(text, directory)).toBeNull();
  });
});

describe('extractPolicy: prose duties never override or reach beyond a measure', () => {
  const policy = (preamble: string, measures: string[]) =>
    extractPolicy({
      paragraphs: ['上海市人民政府关于支持某地区发展的若干意见', '各区人民政府，市政府各委、办、局：', preamble, ...measures].map((text, index) => ({ index, text })),
    });

  it('leaves a measure with its own bracket as the bracket says', () => {
    const m = policy('为此，特制定本意见。', ['一、加强统筹', '（一）完善机制。市教委要加强师资培训。（市人力资源社会保障局牵头）', '（二）加强保障。推进试点。']).measures;
    expect(m[0].lead).toEqual(['市人力资源社会保障局']);
    expect(m[0].support).toEqual([]);
  });

  it('reads nothing from the preamble into the measures', () => {
    const m = policy('市发展改革委要会同市财政局做好统筹协调，特制定本意见。', ['一、加强统筹', '（一）完善机制。推进试点。', '（二）加强保障。加大投入。']).measures;
    expect(m.map((x) => [...x.lead, ...x.support])).toEqual([[], []]);
  });
});
