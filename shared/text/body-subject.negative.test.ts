import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// A body named inside a heading, with nothing it is to do after it, or after a comma, opens no paragraph.
describe('body-subject: bodies that open no paragraph', () => {
  it.each([
    // the body is the heading's object: what follows is no duty of its own
    ['（二）发挥区政府统筹作用'],
    ['（三）落实镇政府主体责任'],
    // a list of bodies inside the heading, closing on what they share, not on what they are to do
    ['（四）全面压实区政府、街道办事处职责'],
    // the body's role, not what it is to do: 牵头 and 负责 after a body stay in the heading
    ['（五）发挥区发改委牵头作用'],
    // inside a sentence after a comma
    ['（六）加强监管，区市场监管局要加大抽查力度。'],
    // a level character inside a word (城市, 社区), no body
    ['（七）推进城市更新要素保障'],
    // a list opening on 各 that closes on what the bodies share, not on what they do
    ['（八）加强各村、各单位协作'],
    // the heading's own first words
    ['（一）区财政局要加强资金保障。'],
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
