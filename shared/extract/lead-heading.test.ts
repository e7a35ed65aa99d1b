import { describe, expect, it } from 'vitest';
import { leadOfHeading } from './lead-heading';
import { extractPolicy } from './policy';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('lead-heading: a task list grouped under the bodies that lead', () => {
  it.each([
    ['县示范区管委会牵头工作(8项)', '县示范区管委会牵头'],
    ['县发改局牵头的重点任务', '县发改局牵头'],
    ['市发改委、市财政局牵头工作（12项）', '市发改委、市财政局牵头'],
    ['县农业农村局牵头事项', '县农业农村局牵头'],
  ])('reads %s as %s', (heading, words) => {
    expect(leadOfHeading(heading)).toBe(words);
  });

  it('gives the heading\'s bodies the lead of the items that name no one', () => {
    const policy = read(
      '一、县示范区管委会牵头工作(2项)',
      '1.打造食用菌酵素生产基地。',
      '2.建设3个劳动密集型产业园。推动生产线投产。',
      '二、县发改局牵头工作(2项)',
      '3.争取专项债券资金5亿元。',
      '4.推进重点项目建设。(县住建局牵头)',
    );
    expect(policy.measures.map((m) => [m.label, m.section, m.lead])).toEqual([
      ['1.', '一', ['县示范区管委会']],
      ['2.', '一', ['县示范区管委会']],
      ['3.', '二', ['县发改局']],
      ['4.', '二', ['县住建局']],
    ]);
  });
});
