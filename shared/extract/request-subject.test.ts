import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

// request-subject: in a notice of the office speaking for the government, 请 and the bodies asked give them the work.
describe('request-subject: the bodies asked with 请 do the work', () => {
  it.each([
    // 国务院办公厅关于抓好赋予科研机构和人员更大自主权有关文件贯彻落实工作的通知 (国办发〔2018〕127号)
    ['请财政部落实《中华人民共和国促进科技成果转化法》，提出对《国有资产评估管理办法》的修订建议。', ['财政部'], false],
    ['请财政部在相关项目经费使用管理规定中明确有关报销办法。', ['财政部'], false],
    ['项目管理专业机构不再承担已明确下放的有关事项，请科技部、工业和信息化部、农业农村部、卫生健康委等部门在2019年2月底前完成。', ['科技部', '工业和信息化部', '农业农村部', '卫生健康委'], true],
    ['请人力资源社会保障部会同有关部门按照有关文件精神，制定出台具体操作办法。', ['人力资源社会保障部'], false],
  ])('%s', (text, lead, joint) => {
    const r = proseResponsibility(text);
    expect([r?.lead, r?.joint]).toEqual([lead, joint]);
  });
});
