// visited-kind: a 督查 coming to a body that the same clause run names again by its kind (莅临物理与通信电子学院,对学院开展
// 第三批巡视整改工作的落实情况进行专项督查), whose leaders then report under that kind (学院班子同志重点汇报了…): the body
// visited reports, not the one that came (news-accounts.ts, supervisedVisit). Lines adapted from the real report of __fixtures__/real (jxnu-college-supervision).
import { describe, expect, it } from 'vitest';
import { defaultDirectory } from '../extract/departments';
import { detectDepartments } from './detect-departments';
import { supervisedVisit } from './news-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));
const paragraphs = (text: string) => text.split('\n').map((t, index) => ({ index, text: t }));

describe('visited-kind', () => {
  it.each([
    ['a university’s school', '5月8日下午,学校巡视整改督查组周宁、黄清明同志莅临物理与通信电子学院,对学院开展第三批巡视整改工作的落实情况进行专项督查。\n会上,学院班子同志重点汇报了所采取的积极举措。', '物理与通信电子学院'],
    ['a hospital', '近日,县卫生健康局督导组来到县人民医院,对医院落实巡察整改情况开展督导。医院党委书记王某就整改情况作了汇报。', '县人民医院'],
  ])('%s', (_what, text, name) => expect(supervisedVisit(lines(text))).toEqual([name]));

  it('reads the school’s item as the school’s, not the university’s 督查组', () => {
    const text = [
      '5月8日下午,学校巡视整改督查组周宁、黄清明同志莅临物理与通信电子学院,对学院开展第三批巡视整改工作的落实情况进行专项督查。',
      '会上,学院班子同志重点汇报了对落实校发〔2020〕19号文所采取的积极举措及所取得的切实成效。',
    ].join('\n');
    expect(detectDepartments(paragraphs(text), { directory: defaultDirectory(), policyDepartments: [] }).rawDepartments).toEqual(['物理与通信电子学院']);
  });
});
