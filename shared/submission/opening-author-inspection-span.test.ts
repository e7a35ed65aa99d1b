// inspection-span: the body inspected may be named with the inspection's span and kind after it, 对X开展了为期45天的政治
// 巡察: X is the one inspected, as in 对X进行了巡察. Lines adapted from the real report of __fixtures__/real
// (huiji-approval-inspection). Negative cases in opening-author-inspection-span.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { inspectedSelf } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('inspection-span: the body inspected, the inspection given its span and kind', () => {
  it.each([
    ['a span in days and a political inspection', '区委第一巡察组对区行政审批和政务信息管理局党组开展了为期45天的政治巡察。\n对照反馈意见,局党组高度重视。', '区行政审批和政务信息管理局党组'],
    ['a span in months and a routine inspection', '县委第三巡察组对县人民医院党委进行了为期两个月的常规巡察。\n院党委逐项制定整改措施。', '县人民医院党委'],
    ['a span with no kind', '市委巡察组对城南镇党委开展了为期一个月的巡察。\n我镇立即召开专题会议。', '城南镇党委'],
  ])('%s', (_what, text, name) => {
    expect(inspectedSelf(lines(text))).toEqual([name]);
  });

  it('the reading of such a report names that body', () => {
    const text = '按照区委统一部署,区委第一巡察组对区行政审批和政务信息管理局党组开展了为期45天的政治巡察。现将巡察整改情况予以公布:\n(二)局党组织巡察整改主体责任落实情况\n对照巡察组提出的反馈意见,局党组高度重视。';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['区行政审批和政务信息管理局党组']);
  });
});
