import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';
import { placeFromTitle } from './departments';

const leads = (lines: string[]) => extractPolicy({ paragraphs: lines.map((text, index) => ({ index, text })) }).measures.map((m) => m.lead.join('、'));

// title-place: a document naming no issuer is the place's its title opens on, before the year of the plan; a body
// written with that place in full (潍坊银监分局) takes no level from a list that writes one (市金融办、…).
describe('title-place: the place a title opens on', () => {
  it('reads the place of a plan titled with it and a year', () => {
    expect(placeFromTitle('潍坊市2017年政务公开工作要点实施方案')?.prefixes).toContain('潍坊市');
    expect(placeFromTitle('华容县2024年重点工作任务清单')?.level).toBe('县');
  });

  it('keeps a body written with that place from the list\'s level', () => {
    expect(
      leads(['潍坊市2017年政务公开工作要点实施方案', '一、以政务公开助力稳增长', '（一）加强金融政策信息公开。（市金融办、潍坊银监分局牵头落实）']),
    ).toEqual(['市金融办、潍坊银监分局']);
  });
});
