// Negative cases of sector-meeting (see news-accounts-sector-meeting.test.ts).
import { describe, expect, it } from 'vitest';
import { sectorMeeting } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('sector-meeting: negative cases', () => {
  it.each([
    ['a body that only attends', '2024年全省民政工作会议召开\n县民政局参加会议并作交流发言。'],
    ['a department of another sector', '2024年全省民政工作会议召开\n会上,省财政厅介绍了资金保障情况。'],
    ['a title on no work meeting', '全省交通运输系统开展安全生产大检查\n省交通运输厅组织开展安全生产大检查。'],
  ])('not %s', (_what, text) => expect(sectorMeeting(lines(text))).toEqual([]));
});
