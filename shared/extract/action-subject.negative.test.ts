import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (...texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('action-subject: negative cases', () => {
  it('still reads a body the prose makes the subject of the work under a generic duty', () => {
    const policy = read(
      '关于落实重点工作的任务分工',
      '1。市发展改革委要加强统筹协调,推动重点项目建设。(市政府各部门分别负责)',
      '2。完成年度城镇新增就业目标任务。(市人社局负责)',
    );
    expect(policy.measures[0].lead).toEqual(['市发展改革委']);
  });
});

describe('action-subject: a standing meeting\'s office is still a body', () => {
  it('reads 市房地产工作联席会议办公室 as the body the prose gives the work', () => {
    const policy = read(
      '关于落实重点工作的任务分工',
      '1。市房地产工作联席会议办公室要加强统筹协调,推动政策落地。(各区政府负责)',
      '2。完成年度城镇新增就业目标任务。(市人社局负责)',
    );
    expect(policy.measures[0].lead).toEqual(['市房地产工作联席会议办公室']);
  });
});
