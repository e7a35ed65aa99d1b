import { describe, expect, it } from 'vitest';
import { headingBodyStart } from './heading-body';

// opener-in-clause: a word that opens sentences (根据, 按照, 依托, 基于) right after a modal, or in a clause that opens on
// a verb setting someone to work (支持, 鼓励, 允许), is inside that clause: a one-sentence item is not cut there.
describe('opener-in-clause: the sentence began before the opener', () => {
  it.each([
    // 国务院关于支持自由贸易试验区深化改革创新若干措施的通知 (国发〔2018〕38号)
    '（十）自贸试验区内医疗机构可根据自身的技术能力，按照有关规定开展干细胞临床前沿医疗技术研究项目。',
    '（三十九）支持自贸试验区依托适合自身特点的账户体系开展人民币跨境业务。',
    '（四十）鼓励、支持自贸试验区内银行业金融机构基于真实需求和审慎原则向境外机构发放人民币贷款。',
    '（四十二）支持自贸试验区内符合条件的个人按照规定开展境外证券投资。',
    // 应 as 应当 (七宝镇限额以下小型建设工程管理的实施意见, 2020, 六、1.)
    '1.镇各相关部门应按照相关规章、制度，落实专人，明确职责，做好工程项目管理的相关工作。',
  ])('%s', (piece) => {
    expect(headingBodyStart(piece)).toBeNull();
  });
});
