import { describe, expect, it } from 'vitest';
import { isPlainName } from './office-item';
import { extractPolicy } from './policy';

// split-names-plain: an item headed by a generic actor gives its work to the offices its prose names, never to a clause
// one of its steps opens with (「制定…时间表或者提前半小时告知即将作业的小区物业公司」).
describe('split-names-plain: only plain names are offices', () => {
  it.each(['提篮桥街道办事处', '建管中心（房办）'])('%s is a name', (name) => expect(isPlainName(name)).toBe(true));
  it.each(['制定居住区干湿垃圾收运时间表或者提前半小时告知即将作业的小区物业公司', '根据实际情况负责的中心'])('%s is no name', (name) => expect(isPlainName(name)).toBe(false));

  it('reads no office from a step of a generic actor\'s item', () => {
    const ex = extractPolicy({
      paragraphs: ['某街道实施细则', '一、职责分工', '1．街道领导小组：负责组织实施。', '2．环卫公司：环卫公司做好与居委、物业的对接工作。', '（1）制定居住区干湿垃圾收运时间表或者提前半小时告知即将作业的小区物业公司做好收集运输相关准备工作。'].map((text, index) => ({ index, text })),
    });
    expect(ex.measures.map((m) => [m.lead, m.generic])).toEqual([[['街道领导小组'], []], [[], ['环卫公司']]]);
  });
});
