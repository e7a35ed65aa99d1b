import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const policy = (...items: string[]) =>
  extractPolicy({
    paragraphs: ['国务院关于促进就业工作的若干意见', ...items, '国务院', '2018年11月16日'].map((text, index) => ({ index, text })),
  });

// A bracket naming only generic actors leaves the work to the bodies the measure's own text gives it to.
describe('generic-only duty: the bodies the text names beside a generic bracket', () => {
  it('reads the subjects of the duties', () => {
    const e = policy(
      '（一）明确部门组织协调责任。人力资源社会保障部要统筹协调促进就业政策制定、督促落实等工作。财政部要加大资金支持力度。其他有关部门和单位要立足职能职责。（各有关部门和单位按职责分工负责）',
    );
    expect(e.measures[0].lead).toEqual(['人力资源社会保障部']);
    expect(e.measures[0].support).toEqual(['财政部']);
    expect(e.measures[0].generic).toContain('各有关部门');
  });

  it('shares the duty among bodies none of which is said to lead', () => {
    const e = policy('（一）加强宣传引导。教育部要加强学校宣传。文化和旅游部要组织文艺作品创作。（各有关部门按职责分工负责）');
    expect(e.measures[0].lead).toEqual(['教育部', '文化和旅游部']);
    expect(e.measures[0].joint).toBe(true);
  });
});
