import { it } from 'vitest';
import { bigramTokens } from '/work/main/shared/submission/__fixtures__/bigrams';
import { forLinking } from '/work/main/shared/submission/__fixtures__/seed-policy';
import { measure, policy } from '/work/main/shared/submission/__fixtures__/measures';
import { linkMeasures } from '/work/main/shared/submission/link-measures';
import { buildMeasureIndex, scoreParagraph } from '/work/main/shared/submission/content-similarity';

const farm = policy([
  measure(1, '推进农村人居环境整治', '推进农村人居环境整治。开展村庄清洁行动，推进农村生活垃圾分类和卫生厕所改造，建立村庄保洁长效管护机制。'),
  measure(2, '发展智慧农业', '发展智慧农业。建设农业物联网示范基地，推广水肥一体化和无人机植保，培育家庭农场和农民合作社等新型农业经营主体。'),
  measure(3, '加强耕地保护', '加强耕地保护。落实耕地占补平衡，严格永久基本农田管控，新建高标准农田，遏制耕地非农化。'),
  measure(4, '提升农产品质量安全', '提升农产品质量安全。开展蔬菜农药残留抽检，推行食用农产品承诺达标合格证制度，建设农产品质量追溯平台。'),
  measure(5, '优化涉农审批服务', '优化涉农审批服务。推行涉农审批事项告知承诺制，压减审批材料、环节和时限，推动审批流程再造。'),
], { title: '某县人民政府关于推进乡村振兴的实施意见' });
const linking = forLinking(farm);
const idx = buildMeasureIndex(linking);
it('scores', () => {
  const text = process.env.REPORT!.replace(/\\n/g, '\n');
  const paragraphs = text.split('\n').map((t, index) => ({ index, text: t }));
  for (const p of paragraphs) console.log(p.index, p.text.slice(0, 30), JSON.stringify(scoreParagraph(p.text, bigramTokens(p.text), idx).map((c) => [c.measure, Math.round(c.score * 1000) / 1000])));
  console.log(JSON.stringify(linkMeasures(paragraphs, paragraphs.map((p) => bigramTokens(p.text)), linking).map((l) => [l.measure, l.how, l.score, l.paragraph])));
});
