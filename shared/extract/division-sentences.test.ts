import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (lines: string[]) =>
  extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => `${m.label} ${m.title} ${m.lead.join('、')}/${m.support.join('、')} ${m.generic.join('、')}`);

// division-sentences: a 职责分工 section whose paragraphs each open on who answers and a duty verb, no colon
// (徐汇区关于进一步加强本区装修垃圾处理的工作方案, 徐府办发〔2017〕16号).
describe('division-sentences: paragraphs opening on who answers, no colon', () => {
  const plan = [
    '关于进一步加强本区装修垃圾处理的工作方案',
    '一、重点任务',
    '(一)解决居民区装修垃圾积压现象',
    '目前机械化分拣设备已基本到位，有望近阶段解决积压现象。',
    '(二)打击装修垃圾非法倾倒现象',
    '打击非法倾倒现象，将有效维护正规的清运市场。',
    '二、职责分工',
    '区绿化市容局负责本区装修垃圾处理的全面管理和指导工作。区政府明确某地块为集中分拣场所。',
    '区城管执法局依法对违反规定的行为实施行政处罚。',
    '区住房保障房屋管理局指导、协调各街道、镇督促物业服务企业做好装修垃圾投放管理工作。',
    '各街道、镇作为本辖区内装修垃圾处理工作的责任主体，负责本辖区内装修垃圾处理的日常监管。',
  ];

  it('reads the tasks and the division as one measure the bodies share', () => {
    expect(read(plan)).toEqual([
      '(一) 解决居民区装修垃圾积压现象 / ',
      '(二) 打击装修垃圾非法倾倒现象 / ',
      '二、 职责分工 区绿化市容局、区城管执法局、区住房保障房屋管理局/ 各街道、各镇',
    ]);
  });

  it('lets the body whose paragraph opens on 牵头 lead', () => {
    const lines = [...plan.slice(0, 7), '区绿化市容局牵头负责装修垃圾处理工作。', '区城管执法局依法实施行政处罚。', '区房管局指导物业服务企业做好投放管理。'];
    expect(read(lines).pop()).toBe('二、 职责分工 区绿化市容局/区城管执法局、区房管局 ');
  });
});
