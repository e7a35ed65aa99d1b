// Negative cases of site-sponsor (see report-metadata-site-sponsor.test.ts): 主办 inside a sentence or a duty bracket, or a
// body's name alone, is no sponsor line.
import { describe, expect, it } from 'vitest';
import { isSiteChrome } from './report-metadata';

describe('site-sponsor: negative cases', () => {
  it.each([
    ['a sentence on who hosted an event', '本次活动由县文化和旅游局主办,各乡镇协办。'],
    ['a duty bracket', '(市发改委主办,市财政局协办)'],
    ['a body’s name alone', '峄城区人民政府'],
    ['a title on hosting', '关于做好2023年全省运动会主办工作的报告'],
  ])('not %s', (_what, text) => expect(isSiteChrome(text)).toBe(false));
});
