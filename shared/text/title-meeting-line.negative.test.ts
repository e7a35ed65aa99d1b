import { describe, expect, it } from 'vitest';
import { isTitleMeetingLine } from './speech-lines';

// title-meeting-line, negative cases: a sentence that names a report and the meeting it was heard at, or a title and a
// meeting not written as the one line of the genre, is no line of its own.

describe('title-meeting-line: lines that only mention a report and a meeting', () => {
  it.each([
    // a sentence: the report heard at the meeting, with a comma
    '会议听取了市政府关于决算草案的报告，2024年7月27日在市人大常委会第十四次会议上',
    // no dash between the title and the date
    '关于2023年省级决算草案的报告2024年7月27日在四川省人大常委会第十四次会议上',
    // the meeting not closing the line
    '关于2023年省级决算草案的报告——2024年7月27日在四川省人大常委会第十四次会议上审议通过',
    // no kind of report closing the title
    '关于2023年省级决算草案——2024年7月27日在四川省人大常委会第十四次会议上',
    // a date with no day
    '关于2023年省级决算草案的报告——2024年7月在四川省人大常委会第十四次会议上',
  ])('%s', (line) => expect(isTitleMeetingLine(line)).toBe(false));
});
