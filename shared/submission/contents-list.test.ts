import { describe, expect, it } from 'vitest';
import { contentsEnd, withoutContents } from './contents-list';

const lines = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('contents list above the report: the report starts where its first entry comes again', () => {
  it.each([
    [
      'a 决算公开 page',
      '2023年新邵县政府决算公开\n一、 政府决算报告\n二、 政府决算说明\n1、 税收返还和转移支付执行情况说明\n2、 举借债务情况说明\n三、 政府决算表\n一、政府决算报告\n关于新邵县2023年财政决算草案的\n报告',
      6,
    ],
    [
      'a compilation in parts',
      '第一部分 工作总结\n第二部分 工作计划\n第三部分 附表\n第四部分 说明\n第一部分 工作总结\n区财政局2023年工作总结',
      4,
    ],
    [
      'entries in brackets',
      '目录\n（一）总体情况\n（二）主要做法\n（三）存在问题\n（四）下一步打算\n（一）总体情况\n2023年，区民政局坚持…。',
      5,
    ],
  ])('%s', (_what, text, start) => {
    expect(contentsEnd(lines(text))).toBe(start);
    expect(withoutContents(lines(text))[0].index).toBe(start);
  });
});
