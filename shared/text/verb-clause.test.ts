import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';
import { repairParagraphs } from './repair';

// verb-clause: a heading of one verb and its object, run into its paragraph, ends where the first sentence opens on a
// duty verb of its own and goes on past a comma.
describe('verb-clause: the paragraph under a heading opens on a duty verb of its own', () => {
  it.each([
    ['十二、规范房地产市场秩序加大联合执法力度，加强市场监管。', '加大联合执法力度'],
    ['二、严格限制住宅用地出让溢价率加强住宅用地出让价格管控，合理确定出让底价。', '加强住宅用地'],
    ['六、进一步加强房地产金融管理落实房地产金融审慎管理要求，加强贷款管理。', '落实房地产'],
    ['（七）因地制宜推动热泵应用鼓励区域新建建筑根据自身需求，合理开发利用地表水源。', '鼓励区域'],
    ['（九）强化光伏建设资金保障积极引导社会资本投资建设可再生能源项目，鼓励专业化公司参与。', '积极引导'],
    ['一、推进重大项目建设建立健全省、州市、县级领导联系重点项目等制度，及时协调解决问题。', '建立健全'],
  ])('%s', (piece, body) => {
    const at = headingBodyStart(piece);
    expect(at === null ? null : piece.slice(at, at + body.length)).toBe(body);
  });

  it('gives a one-line notice its headings back', () => {
    const line =
      '现将有关事项通知如下：一、严格限制用地出让溢价率加强出让价格管控，合理确定底价。二、加强住宅用地供应力度严格落实分类调控要求，加大供应。三、进一步加强金融管理落实审慎管理要求，加强贷款管理。';
    expect(repairParagraphs([{ text: line, start: 0, end: line.length }]).map((p) => p.text)).toEqual([
      '现将有关事项通知如下：',
      '一、严格限制用地出让溢价率',
      '加强出让价格管控，合理确定底价。',
      '二、加强住宅用地供应力度',
      '严格落实分类调控要求，加大供应。',
      '三、进一步加强金融管理',
      '落实审慎管理要求，加强贷款管理。',
    ]);
  });
});
