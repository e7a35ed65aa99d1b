import { describe, expect, it } from 'vitest';
import { headedSubItemStarts } from './headed-sub-items';
import { extractPolicy } from './policy';

const read = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => ({ label: m.label, title: m.title, lead: m.lead }));

describe('headed-sub-items: an item that is only a heading over headed sub-items groups them', () => {
  it.each([
    [['五、实施方案要点', '1. 试点学院', '本科生院将组织专家评审，选择若干学院开始实施本计划。', '2. 学生选拔', '由各试点学院组织初选，本科生院审核批准。'], [1, 3]],
    [['三、工作措施', '1.加强宣传', '办公室负责组织宣传活动。', '开展集中宣传月。', '2.强化督查', '督查室负责定期督查。', '3.严格考核', '人事科负责年终考核。'], [1, 4, 6]],
  ])('%j', (lines, expected) => {
    expect(headedSubItemStarts(lines, 'cn')).toEqual(expected);
  });

  it('reads the sub-items as the measures, the item\'s siblings as they are', () => {
    const measures = read([
      '某大学关于实施培养计划的指导性意见',
      '一、培养模式',
      '由本科生院、研究生院共同组织实施。',
      '二、实施要点',
      '1. 试点学院',
      '本科生院将组织专家评审，选择若干学院开始实施本计划。',
      '2. 相关课程',
      '教务处负责开设工程领导力相关课程。',
      '三、机制政策',
      '教务处牵头，学生处配合，共同建立管理组织。',
      '四、就业推荐',
      '学生处负责做好就业推荐工作。',
      '五、经费保障',
      '财务处负责落实相关经费。',
    ]);
    // (a policy whose only duty outside its prose is 三、's sentence 「教务处牵头，学生处配合…」, as the plan it is drawn from)
    expect(measures.map((m) => [m.label, m.title, m.lead])).toEqual([
      ['一、', '培养模式', ['本科生院', '研究生院']],
      ['1.', '试点学院', ['本科生院']],
      ['2.', '相关课程', ['教务处']],
      ['三、', '机制政策', ['教务处']],
      ['四、', '就业推荐', ['学生处']],
      ['五、', '经费保障', ['财务处']],
    ]);
  });
});
