// Negative cases of we-named (see news-accounts-we-named.test.ts).
import { describe, expect, it } from 'vitest';
import { weNamed } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('we-named: negative cases', () => {
  it.each([
    ['a village not named', '我们村将继续努力,落实长效管理。'],
    ['the whole village', '我们全村将继续努力。'],
    ['the countryside', '我们农村要坚持绿色发展。'],
    ['this village', '我们这个村将继续努力。'],
    ['a village named but not as the speaker going on', '我们学习了田村的经验。'],
  ])('not %s', (_what, text) => expect(weNamed(lines(text))).toEqual([]));
});
