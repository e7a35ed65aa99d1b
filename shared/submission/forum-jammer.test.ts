// forum-jammer: a forum's hidden junk runs, copied onto a post's lines and on lines of their own, are no part of the text
// (forum-jammer.ts; report-layout.ts reads every line without them). Lines adapted from the real report of
// __fixtures__/real (nanhu-street-forum-reply).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { withoutForumJammer } from './forum-jammer';
import { nonEmptyLines } from './report-layout';

const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('forum-jammer', () => {
  it.each([
    ['a run before the greeting', '; j& x+ z8 n4 f2 H 网友您好', '网友您好'],
    ['a run after a sentence', '我们继续跟进处理,督促施工队尽快清运垃圾。+ ~7 e! f% t+ u', '我们继续跟进处理,督促施工队尽快清运垃圾。'],
    ['a run of letters and digits', '感谢网友对我们工作的支持4 Q7 b3 J1 d6 F', '感谢网友对我们工作的支持'],
    ['a line of junk alone', '5 j7 u; `6 X$ M6 Q* n8 i', ''],
  ])('%s', (_what, text, clean) => expect(withoutForumJammer(text)).toBe(clean));

  it('drops the junk lines and reads the reply under its spokesman’s signature', () => {
    const text = [
      '; j& x+ z8 n4 f2 H 网友您好:/ T9 r$ W. b$ u5 @; c9 l\' ^',
      '5 j7 u; `6 X$ M6 Q* n8 i',
      '来件收悉。街道执法队立即安排工作人员前往核查。处理情况如下:5 o9 W! ^+ u7 T& r7 W\' k',
      '感谢网友对我们工作的支持!4 Q7 b3 J1 d6 F',
      ': J\' H% o4 h3 V; U5 O* Y 南湖街道办发言人5 _2 f$ K8 R3 E2 I: H1 z( L',
    ].join('\n');
    expect(nonEmptyLines(paragraphs(text)).map((l) => l.text)).not.toContain('5 j7 u; `6 X$ M6 Q* n8 i');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['南湖街道办']);
  });
});
