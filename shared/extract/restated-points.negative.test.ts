import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';

const read = (lines: string[]) => extractPolicy({ paragraphs: repairParagraphs(textBlocks(lines.join('\n'))) }).measures;

// restated-points, negative case: a row whose text copies no point (its own task, a few words that many points hold)
// names no point, and stays a measure of its own.
describe('restated-points: rows that copy no point', () => {
  it('keeps a row of its own task as a measure of its own', () => {
    const measures = read([
      '一、工作要点',
      '1.注重回应关切。对群众普遍关注的社会热点问题及时、主动回应。',
      '2.加强重点领域信息公开工作。注重政务服务办理流程、办理结果等信息发布。',
      '二、重点工作任务分解',
      '重点任务 | 工作内容 | 负责科室 |',
      '回应关切 | 对群众普遍关注的社会热点问题及时、主动回应。 | 办公室 |',
      '政务服务 | 注重政务服务办理流程、办理结果等信息发布 | 综合科 |',
      '队伍建设 | 组织全局干部参加政务公开业务培训,提升业务能力。 | 人事股 |',
    ]);
    expect(measures.map((m) => m.lead)).toEqual([['办公室'], ['综合科'], ['人事股']]);
    expect(measures).toHaveLength(3);
  });

  it('does not pair a row by a short phrase a point only contains', () => {
    const measures = read([
      '1.做好信息发布。及时发布各类信息,方便群众查阅。',
      '2.加强培训。组织培训。',
      '重点任务 | 工作内容 | 负责科室 |',
      '信息 | 及时发布 | 综合科 |',
      '培训 | 组织培训。 | 人事股 |',
    ]);
    expect(measures.map((m) => m.title)).toContain('信息');
  });
});
