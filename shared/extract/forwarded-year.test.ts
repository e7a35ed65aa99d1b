import { describe, expect, it } from 'vitest';
import { forwardedYear } from './plan-year';

// The forwarded-year rule: a forwarding notice without a date of its own is of the year of what it forwards.
describe('forwardedYear', () => {
  it.each([
    ['现将《国务院关于对稳增长促改革调结构惠民生政策措施落实情况开展全面督查的通知》（国发明电〔2014〕1号）转发你们，请按照通知要求立即开展自查。', 2014],
    ['现将《省政府办公厅关于加强安全生产工作的通知》（苏政办发〔2019〕12号）转发给你们，请认真贯彻执行。', 2019],
    ['现将《关于做好就业工作的意见》（市政发〔2021〕3号）印发给你们，请遵照执行。', 2021],
  ])('%s', (text, expected) => {
    expect(forwardedYear([text])).toBe(expected);
  });
});
