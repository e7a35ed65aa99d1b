import { describe, expect, it } from 'vitest';
import { officeParagraphs } from './office-paragraphs';
import { readResponsibility } from './responsibility';

describe('officeParagraphs: the work divided by office, a paragraph each', () => {
  it.each([
    // 上海市财政局政务公开工作规定, 三、工作分工 (the two spaces after the name as stored, or lost in the copy)
    ['工作分工\n办公室  组织、协调和管理主动公开的事宜;\n法规处  负责规范性文件的法律审核。\n人教处  负责将政务公开工作列入绩效考核内容。', ['办公室', '法规处', '人教处']],
    ['工作分工\n办公室组织、协调和管理主动公开的事宜;\n法规处负责规范性文件的法律审核。', ['办公室', '法规处']],
    ['职责分工\n综合科负责文稿起草。\n财务科负责经费保障。\n信息中心承担平台运维。', ['综合科', '财务科', '信息中心']],
  ])('%s', (text, names) => {
    expect(officeParagraphs(text)).toEqual(names);
  });

  it('reads the offices as sharing the measure', () => {
    const r = readResponsibility('工作分工\n办公室组织、协调和管理主动公开的事宜;\n法规处负责规范性文件的法律审核。\n人教处负责将政务公开工作列入绩效考核内容。');
    expect([r.lead, r.support, r.joint]).toEqual([['办公室', '法规处', '人教处'], [], true]);
  });
});
