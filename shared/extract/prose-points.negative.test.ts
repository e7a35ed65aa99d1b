import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

describe('prose-points: negative cases', () => {
  it('keeps points that name no body as the content of their heading’s measure (沈阳市, 2024)', () => {
    const x = read([
      '某市城镇房屋安全管理三项制度工作方案',
      '一、工作内容',
      '（一）城镇房屋定期体检制度',
      '1.体检范围和对象。城镇房屋定期体检范围暂定为多业主住宅。',
      '2.体检频次。房龄超过25年的，每10年进行一次体检。',
      '（二）城镇房屋养老金制度',
      '1.资金来源。个人账户由业主按规定缴交。',
      '2.使用范围。用于房屋体检和维修。',
    ]);
    expect(x.measures.map((m) => m.label)).toEqual(['（一）', '（二）']);
  });

  it('keeps the heading level when its items have text of their own', () => {
    const x = read([
      '某市促进房地产市场平稳健康发展工作方案',
      '一、工作内容',
      '（一）优化土地供应。合理确定住宅用地供应总量，加快供应已完成储备的住宅用地。',
      '1.科学确定土地供应节奏。市住建局要及时向市自然资源局反馈商品住房去化周期。',
      '2.优化住宅用地供应结构。增加租赁住房用地有效供应。',
      '（二）落实精准调控。严格执行商品房预售许可要求。',
      '1.规范办理按揭贷款准入手续。市住房公积金管理中心应及时办理项目按揭贷款准入手续。',
      '2.加大项目贷款支持。鼓励金融机构稳妥有序开展贷款业务。',
    ]);
    expect(x.measures.map((m) => m.label)).toEqual(['（一）', '（二）']);
  });

  it('leaves a written duty to choose the level as before', () => {
    const x = read([
      '某区海绵城市建设实施方案',
      '一、主要任务',
      '（一）完善规划技术体系',
      '1.强化规划管控。坚持规划引领。（责任单位：区建设管理委）',
      '2.加强规划指标衔接。落实海绵城市建设指标。（责任单位：区规划资源局）',
      '（二）推进项目建设',
      '1.推进海绵型地块建设。住宅小区同步落实海绵设施。（责任单位：区住房保障房屋管理局）',
    ]);
    expect(x.measures.map((m) => [m.label, m.lead])).toEqual([
      ['一、（一）1.', ['区建设管理委']],
      ['一、（一）2.', ['区规划资源局']],
      ['一、（二）1.', ['区住房保障房屋管理局']],
    ]);
  });
});
