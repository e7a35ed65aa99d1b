import { describe, expect, it } from 'vitest';
import { defaultDirectory } from './departments';
import { extractPolicy } from './policy';
import { proseResponsibility } from './prose-duty';

const directory = defaultDirectory();

describe('proseResponsibility: the bodies a measure\'s sentences make the subjects of its duty', () => {
  it.each([
    // 负责/统筹/牵头: the body leads
    ['临港地区管委会负责统筹推进规划编制、土地管理等工作。', ['临港地区管委会'], [], false],
    ['市商务委牵头建立跨部门协调机制。', ['市商务委'], [], false],
    ['临港地区土地减量化工作由临港地区管委会统筹。', ['临港地区管委会'], [], false],
    // 由A会同B制定: A leads, B supports
    ['由市发展改革委会同市财政局制定实施细则。', ['市发展改革委'], ['市财政局'], false],
    // a place standing for its government, joined by 和 to the next body
    ['管理办法由市财政局会同浦东新区、奉贤区和临港地区管委会制定。', ['市财政局'], ['浦东新区', '奉贤区', '临港地区管委会'], false],
    // 要/应/将: the subject carries the duty; with another body said to 负责, it supports
    ['市教委要加强师资培训。', ['市教委'], [], false],
    ['临港地区管委会负责统筹推进。按照均等化要求，浦东新区政府要做好四镇的财力保障工作。', ['临港地区管委会'], ['浦东新区政府'], false],
    // two bodies given duties with none said to lead share it
    ['市教委要加强师资培训；市人力资源社会保障局应落实补贴。', ['市教委', '市人力资源社会保障局'], [], true],
    // towns named alone stand for their governments; a short name the document gives is no part of a name; a word of
    // manner may stand between the subject and its verb
    [
      '临港地区管委会负责统筹推进招商引资等工作，南汇新城镇、万祥镇、泥城镇和书院镇（以下统称“四镇”）重点做好社会管理、公共服务等工作。',
      ['临港地区管委会'],
      ['南汇新城镇', '万祥镇', '泥城镇', '书院镇'],
      false,
    ],
    // a body in the same sentence as a generic actor is still read
    ['市科委、各区人民政府要加大支持力度。', ['市科委'], [], false],
  ])('%s', (text, lead, support, joint) => {
    const read = proseResponsibility(text, directory);
    expect(read?.lead).toEqual(lead);
    expect(read?.support).toEqual(support);
    expect(read?.joint).toBe(joint);
  });
});

describe('extractPolicy: prose duties where the policy writes no responsibility', () => {
  const policy = (measures: string[]) =>
    extractPolicy({
      paragraphs: [
        '上海市人民政府关于支持某地区发展的若干意见',
        '各区人民政府，市政府各委、办、局：',
        '市发展改革委要会同有关部门做好统筹协调。为此，特制定本意见。',
        ...measures,
      ].map((text, index) => ({ index, text })),
    });

  it('gives a measure the bodies of its duty sentences', () => {
    const m = policy(['一、加强统筹', '（一）完善机制。由市发展改革委会同市财政局制定实施细则。', '（二）加强保障。市教委要加强师资培训。']).measures;
    expect(m.map((x) => [x.label, x.lead, x.support])).toEqual([
      ['（一）', ['市发展改革委'], ['市财政局']],
      ['（二）', ['市教委'], []],
    ]);
  });
});
