// village-plan: a village committee speaking of itself as 我村委会 (我村) names itself only in the title of its own plan:
// 及时制定并下发《港六村委会关于全域推进…的实施方案》 → 港六村委会. Lines adapted from the real report of __fixtures__/real
// (gangliu-village). Negative cases in opening-author-village.negative.test.ts.
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { nameInOwnPlan } from './opening-author';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('village-plan: the village committee named in the title of its own plan', () => {
  it.each([
    ['a plan drawn up and sent down', '我村委会全面开展自查工作。\n及时制定并下发《港六村委会关于全域推进农村人居环境整治的实施方案》,成立组织机构。', '港六村委会'],
    ['a village speaking as 我村, its committee in full', '我村认真落实上级部署,制定了《东山村村民委员会2023年人居环境整治工作方案》。', '东山村村民委员会'],
    ['a plan drawn up and issued', '我村委研究制定《西岭村委会村庄清洁行动实施方案》,明确职责分工。', '西岭村委会'],
  ])('%s', (_what, text, name) => {
    expect(nameInOwnPlan(lines(text))).toEqual([name]);
  });

  it('the reading of such a report names the committee', () => {
    const text = '人居环境整治自查自评报告\n按照县委办公室通知要求,我村委会全面开展人居环境整治自查工作,现将具体情况报告如下。\n及时制定并下发《港六村委会关于全域推进农村人居环境整治的实施方案》,成立组织机构。';
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['港六村委会']);
  });
});
