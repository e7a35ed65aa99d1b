// Negative cases of rectification-self-named (see rectification-self-named.test.ts).
import { describe, expect, it } from 'vitest';
import { rectificationSelfNamed } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const INSPECTED = '市委第二巡察组对我乡开展了常规巡察。';

describe('rectification-self-named: negative cases', () => {
  it.each([
    ['a report not speaking as 我乡', '市委第二巡察组对沙窝乡开展了常规巡察。\n组织召开沙窝乡巡察反馈问题整改推进会。'],
    ['a town not inspected itself', '我乡高度重视。\n组织召开沙窝乡巡察反馈问题整改推进会。'],
    ['a plan only followed', `${INSPECTED}\n根据《沙窝乡巡察反馈问题整改工作方案》,逐项推进整改。`],
    ['a meeting not on the rectification', `${INSPECTED}\n组织召开沙窝乡安全生产工作推进会。`],
    ['a meeting on the inspection, not its rectification', `${INSPECTED}\n组织召开沙窝乡配合巡察工作动员会。`],
    ['a town of another kind than it speaks as', '区委巡察组对我镇进行了巡察。\n召开沙窝乡巡察反馈问题整改推进会。'],
    ['a meeting of the place above the town', `${INSPECTED}\n参加了全市巡察整改推进会。`],
  ])('none for %s', (_what, text) => expect(rectificationSelfNamed(lines(text))).toEqual([]));
});
