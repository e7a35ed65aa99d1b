import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

describe('quoted-says and plan openers: headings that hold a quoted title or such words stay whole', () => {
  it.each([
    // the quoted title is the heading's own, nothing said after it
    '一、深入贯彻《中华人民共和国消防法》',
    // what the title says inside the heading's sentence, after a comma
    '二、加强宣传，《条例》明确要求各单位落实责任。',
    // the opener among the heading's first words
    '三、希望工程项目建设',
    '四、本计划实施',
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
