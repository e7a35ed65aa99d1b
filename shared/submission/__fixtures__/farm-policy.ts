// A small county policy on rural work, unlike the seed in subject and wording, for the linking rules.
import type { Measure } from '../../types';
import { measure, policy } from './measures';

const MEASURES: [string, string][] = [
  ['推进农村人居环境整治', '开展村庄清洁行动，推进农村生活垃圾分类和卫生厕所改造，建立村庄保洁长效管护机制。'],
  ['发展智慧农业', '建设农业物联网示范基地，推广水肥一体化和无人机植保，培育家庭农场和农民合作社等新型农业经营主体。'],
  ['加强耕地保护', '落实耕地占补平衡，严格永久基本农田管控，新建高标准农田，遏制耕地非农化。'],
  ['提升农产品质量安全', '开展蔬菜农药残留抽检，推行食用农产品承诺达标合格证制度，建设农产品质量追溯平台。'],
  ['优化涉农审批服务', '推行涉农审批事项告知承诺制，压减审批材料、环节和时限，推动审批流程再造。'],
];

const CN = ['一', '二', '三', '四', '五'];

/** `label` numbers the measures 1. 2. 3. (the default) or （一）（二）（三）. */
export function farmPolicy(label: 'arabic' | 'paren' = 'arabic') {
  const measures: Measure[] = MEASURES.map(([title, body], k) =>
    measure(k + 1, title, `${title}。${body}`, { label: label === 'paren' ? `（${CN[k]}）` : `${k + 1}.` }),
  );
  return policy(measures, { title: '某县人民政府关于推进乡村振兴的实施意见', issuer: '某县人民政府' });
}
