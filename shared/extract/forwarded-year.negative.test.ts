import { describe, expect, it } from 'vitest';
import { forwardedYear } from './plan-year';

// The forwarded-year rule: what it leaves alone.
describe('forwardedYear, negative cases', () => {
  it.each([
    // a document cited, not forwarded
    ['根据《国务院关于加强安全生产工作的通知》（国发〔2013〕5号）精神，结合我省实际，制定本方案。'],
    // forwarded without its number
    ['现将《关于做好就业工作的意见》转发给你们，请遵照执行。'],
    // a number far from the forwarding words
    ['现将有关事项通知如下。'],
  ])('%s', (text) => {
    expect(forwardedYear([text])).toBeNull();
  });

  it('reads only the opening lines', () => {
    const lines = [...Array.from({ length: 6 }, (_, k) => `${k + 1}.做好第${k + 1}项工作。`), '现将《关于做好就业工作的意见》（市政发〔2021〕3号）印发给你们。'];
    expect(forwardedYear(lines)).toBeNull();
  });
});
