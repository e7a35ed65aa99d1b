import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { repairParagraphs } from '../text/repair';
import { textBlocks } from '../../electron/import/text';

const read = (lines: string[]) => extractPolicy({ paragraphs: repairParagraphs(textBlocks(lines.join('\n'))) }).measures;

// restated-points: a table restating the numbered points under short names of its own copies each point's text after
// its title: the row gives that point its sections, and is no measure of its own.
describe('restated-points: the row that copies a point’s text is that point’s', () => {
  const measures = read([
    '一、工作要点',
    '1.注重回应关切。对群众普遍关注的社会热点问题及时、主动回应。',
    '2.加强重点领域信息公开工作。注重政务服务办理流程、办理结果等信息发布。',
    '3.及时发布财政资金信息。及时发布财政预决算、部门项目信息,自觉接受群众监督。',
    '二、重点工作任务分解',
    '重点任务 | 工作内容 | 负责科室 |',
    '回应关切 | 对群众普遍关注的社会热点问题及时、主动回应。 | 办公室 |',
    '政务服务 | 注重政务服务办理流程、办理结果等信息发布 | 综合科 |',
    '财政资金 | 及时发布财政预决算、部门项目信息,自觉接受群众监督。 | 财务股 |',
  ]);

  it('keeps the three points and no row beside them', () => {
    expect(measures.map((m) => m.title)).toEqual(['注重回应关切', '加强重点领域信息公开工作', '及时发布财政资金信息']);
  });

  it('gives each point the section of the row copying it, whatever the row’s short name', () => {
    expect(measures.map((m) => m.lead)).toEqual([['办公室'], ['综合科'], ['财务股']]);
  });
});
