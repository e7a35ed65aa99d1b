import { describe, expect, it } from 'vitest';
import { officeParagraphs } from './office-paragraphs';

describe('internal-units: words ending so that name no unit', () => {
  it.each([
    // every unit, or the one speaking
    [['各司负责本领域的督促落实。', '各庭负责审理相关案件。']],
    [['本院负责组织实施。', '该院负责日常管理。']],
    // one paragraph alone is an ordinary sentence
    [['政策法规司负责规范性文件的合法性审核。']],
  ])('%j', (lines) => {
    expect(officeParagraphs(lines.join('\n'))).toEqual([]);
  });
});
