import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('action-subject: words opening on a verb of action, or naming a meeting, are no body doing the work', () => {
  it('reads no body from 「贯彻落实市委…会议部署要求」 under a generic duty', () => {
    const policy = read(
      '关于落实重点工作的任务分工',
      '1。坚决贯彻党的基本理论,贯彻落实市委十一届七次全会、八次全会暨经济工作会议部署要求,全面建成高质量小康社会。(市政府各部门分别负责,年内持续推进)',
      '2。完成年度城镇新增就业目标任务。(市人社局负责)',
    );
    expect(policy.measures.map((m) => [m.lead, m.support])).toEqual([
      [[], []],
      [['市人社局'], []],
    ]);
  });
});
