import { describe, expect, it } from 'vitest';
import { campaignWindowClose } from './campaign-window';

// campaign-window, where it must not fire: a window at a finer level than the top (a group's field), a phase of a
// schedule, a section on time that holds more than a window, or one titled otherwise.
describe('campaign-window: negative cases', () => {
  it.each([
    [['一、督查安排', '（一）第一督查组', '1、督查时间：2004年5月10日至5月20日', '2、督查内容：…'], 'a group\'s field at a finer level'],
    [['一、工作目标', '二、实施步骤', '（一）启动阶段（2024年4月1日至2024年12月31日）'], 'a phase of a schedule'],
    [['一、整治时间:2021年6月23日起,持续至年底,各村每周开展一次'], 'more than a window'],
    [['一、检查重点:2021年6月23日-2021年7月1日期间发生的问题'], 'a section titled otherwise'],
    [['各村委会:', '整治时间为2021年6月23日-2021年7月1日。'], 'a window in prose with no section of its own'],
  ])('%j (%s)', (lines) => {
    expect(campaignWindowClose(lines)).toBeNull();
  });
});
