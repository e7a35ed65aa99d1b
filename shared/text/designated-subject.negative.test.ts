import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// designated-subject: the words inside a heading that names the pilot's places, with no verb of what they are to do
// after them, end nothing.
describe('designated-subject: a heading about the pilot places is kept whole', () => {
  it.each(['二、试点地区范围', '（一）扩大试点地区', '三、确定试点城市名单'])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
