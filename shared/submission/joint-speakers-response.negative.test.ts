// Negative cases of joint-speakers-response (see joint-speakers-response.test.ts): 对此 and 照单全收 name the pair only
// at the head of two sentences, and only as the pair's own answer.
import { describe, expect, it } from 'vitest';
import { jointSpeakers } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('joint-speakers-response: negative cases', () => {
  it.each([
    ['the pair answering in one sentence only', '督察组反馈了意见。省委省政府对此高度重视。省生态环境厅牵头抓好整改落实。'],
    ['the pair’s answer reported inside another’s sentence', '各地对省委省政府对此高度重视的要求认真落实。各部门按照省委省政府照单全收的要求推进整改。'],
    ['对此 with no act after it', '督察组反馈了意见。省委省政府对此作出说明。省委省政府对此进行了回应。'],
    ['the findings taken in full by a body of its own, speaking as 我局', '省委省政府照单全收,部署整改。省委省政府对此高度重视,我局认真抓好落实。'],
    ['committee and government of different levels', '省委市政府对此高度重视。省委市政府照单全收。'],
  ])('not %s', (_what, text) => {
    expect(jointSpeakers(lines(text))).toEqual([]);
  });
});
