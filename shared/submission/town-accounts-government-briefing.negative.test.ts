// Negative cases of government-briefing (see town-accounts-government-briefing.test.ts).
import { describe, expect, it } from 'vitest';
import { governmentBriefing } from './town-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('government-briefing: negative cases', () => {
  it.each([
    ['a county’s briefing', '7月29日上午,某县人大召开政府半年工作通报会。会上,县长代表县政府通报了上半年工作。'],
    ['a town’s meeting where no one reports for the government', '7月29日上午,李家镇召开政府半年工作通报会。代表们对政府工作给予充分肯定。'],
    ['a town’s meeting that is no briefing', '7月29日上午,李家镇召开政府安全生产座谈会。镇长胡国正代表政府作了讲话并通报了情况。'],
    ['a government reporting with no meeting held', '镇政府负责同志对当前重点工作推进情况进行了汇报。'],
  ])('none for %s', (_what, text) => expect(governmentBriefing(lines(text))).toEqual([]));
});
