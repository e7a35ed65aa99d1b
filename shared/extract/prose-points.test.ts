import { describe, expect, it } from 'vitest';
import { extractPolicy } from './policy';

const read = (texts: string[]) => extractPolicy({ paragraphs: texts.map((text, index) => ({ index, text })) });

// prose-points: no written duty anywhere; （一）（二） bare headings over 1. 2. points, some point's prose making a named
// body the subject of a duty: the points are the measures (白银市, 2022).
describe('prose-points: bare headings over points whose prose names who does what', () => {
  const plan = [
    '某市建立房地产市场平稳健康发展工作方案',
    '一、指导思想',
    '坚持房子是用来住的、不是用来炒的定位。',
    '二、工作内容',
    '（一）优化土地供应结构、布局、时序和方式',
    '1.合理确定国有建设用地供应总量。强化住宅用地供应调控目标管理。',
    '2.科学确定土地供应节奏。市住建局要及时向市自然资源局反馈商品住房去化周期。',
    '（二）落实房地产市场精准调控',
    '1.严格执行商品房预售许可要求。不得随意提高预售门槛。',
    '2.规范办理按揭贷款准入手续。金融机构和市住房公积金管理中心应及时办理项目按揭贷款准入手续。',
    '三、保障措施',
    '（一）提高思想认识。各县区和相关部门单位要充分认识此项工作的重要性。',
    '（二）落实工作责任。各县区和相关部门要严格落实各自工作职能。',
  ];

  it('reads the points as the measures, labelled under their heading', () => {
    const x = read(plan);
    expect(x.measures.map((m) => [m.label, m.title])).toEqual([
      ['二、（一）1.', '合理确定国有建设用地供应总量'],
      ['二、（一）2.', '科学确定土地供应节奏'],
      ['二、（二）1.', '严格执行商品房预售许可要求'],
      ['二、（二）2.', '规范办理按揭贷款准入手续'],
    ]);
  });

  it('gives each point the body its prose names', () => {
    const x = read(plan);
    expect(x.measures.map((m) => m.lead)).toEqual([[], ['市住建局'], [], ['市住房公积金管理中心']]);
  });
});
