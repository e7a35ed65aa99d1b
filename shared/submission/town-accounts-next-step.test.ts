// next-step: the town or street at the head of a dated clause at its work (10月9日,坛山街道尽锐出战,…) and at the head of
// the item's next step (下一步,坛山街道将…) gives the account, as its government or office (town-accounts.ts,
// nextStepPlace). Lines adapted from the real report of __fixtures__/real (tanshan-street-civilization).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { nextStepPlace } from './town-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));
const TANSHAN = [
  '为进一步巩固全国文明城市创建成果,提升辖区群众的幸福感和满意度。10月9日,坛山街道尽锐出战,精准发力,扎实推进全国文明城市创建整治提升工作。',
  '办事处主要负责同志及分管同志深入社区小区、背街小巷等点位进行现场指导。',
  '下一步,坛山街道将以全国文明城市创建整改提升工作为契机,不断改善辖区人居环境。',
].join('\n');

describe('next-step', () => {
  it.each([
    ['a street at its work and its next step', TANSHAN, '坛山街道办事处'],
    ['a town', '近日,柳林镇全面开展人居环境整治。\n下一步,柳林镇将持续巩固整治成果。', '柳林镇人民政府'],
  ])('%s', (_what, text, name) => expect(nextStepPlace(lines(text))).toEqual([name]));

  it('reads the street’s item as its office’s, not the site’s sponsors in its footer', () => {
    const text = `${TANSHAN}\n中共峄城区委 、峄城区人民政府主办\n地址:山东省枣庄市峄城区坛山路166号`;
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['坛山街道办事处']);
  });
});
