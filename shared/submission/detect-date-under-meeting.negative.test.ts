// Negative cases of dated-under-meeting (see detect-date-under-meeting.test.ts).
import { describe, expect, it } from 'vitest';
import { dateUnderMeetingLine } from './report-metadata';

describe('dated-under-meeting: negative cases', () => {
  it.each([
    ['a day not in brackets', '——在政协第十三届全国委员会第三次会议上', '2020年5月21日'],
    ['a bracketed day with more words', '——在政协第十三届全国委员会第三次会议上', '(2020年5月21日下午)'],
    ['a line that is no meeting line', '根据会议安排', '(2020年5月21日)'],
    ['a sentence ending on a meeting', '市长在全市安全生产工作会议上强调,要压实责任。', '(2020年5月21日)'],
    ['a meeting line with nothing under it', '——在政协第十三届全国委员会第三次会议上', undefined],
  ])('none for %s', (_what, line, next) => expect(dateUnderMeetingLine(line, next)).toBeNull());
});
