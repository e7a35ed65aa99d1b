// Negative cases of cited-title-about (see detect-departments-cited-title.test.ts).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const read = (text: string) => detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments;

describe('cited-title-about: negative cases', () => {
  it.each([
    ['a title opening on the cited document, no body before it', '《关于加快静海区产业发展的意见》落实情况报告'],
    ['a body named only inside the cited title', '落实《伊春市人民政府关于加强生态保护的意见》情况的报告'],
    ['the cited title’s issuer, before a title that names no body', '贯彻《市民政局关于加强养老服务的通知》工作情况'],
  ])('names no one for %s', (_what, title) => {
    expect(read(`${title}\n现将有关情况报告如下。`)).toEqual([]);
  });

  it('a first sentence citing a document is no title: no place is read into it', () => {
    const text = '根据市政府办公厅《关于认真做好2023年度市政府绩效管理年终考评工作的通知》要求,我们重点对照日常履职清单逐项梳理年度任务完成情况。\n一、总体情况';
    expect(read(text)).toEqual([]);
  });
});
