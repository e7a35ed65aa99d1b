import { describe, expect, it } from 'vitest';
import { divisionSentences } from './division-sentences';
import { extractPolicy } from './policy';

// named-owner-opening: in a division section, 「…主体为X，统筹/负责…」 names the owner of the work, who leads it, and
// 「由X负责…」 opens on X (虹口区, 虹应急〔2026〕2号: 「该为民办实事项目建设主体为区应急局，统筹开展…」).
describe('named-owner-opening: the owner of the work leads', () => {
  const division = '该为民办实事项目建设主体为区应急局，统筹开展项目建设、工程验收和管理移交等工作。区消防救援局负责协调、指导项目推进工作。区财政局、区发改委负责落实项目所需经费。由各属地街道负责排摸辖区内场所底数情况。';

  it('reads the owner and the body after 由', () => {
    const read = divisionSentences([division]);
    expect(read.map((p) => [p.bodies, p.generic, p.leads])).toEqual([
      [['区应急局'], [], true],
      [['区消防救援局'], [], false],
      [['区财政局', '区发改委'], [], false],
      [[], ['各属地街道'], false],
    ]);
  });

  it('makes the owner lead the measure, the others support it', () => {
    const m = extractPolicy({ paragraphs: ['实施方案', '一、职责分工', division].map((text, index) => ({ index, text })) }).measures;
    expect(m.map((x) => [x.lead, x.support, x.generic])).toEqual([[['区应急局'], ['区消防救援局', '区财政局', '区发改委'], ['各属地街道']]]);
  });

  it('reads 实施主体 and 责任主体 the same way', () => {
    const read = divisionSentences(['该项目实施主体为区住房保障房屋管理局，负责组织实施。区财政局负责落实经费。区规划资源局负责规划审批。']);
    expect(read[0]).toMatchObject({ bodies: ['区住房保障房屋管理局'], leads: true });
  });
});
