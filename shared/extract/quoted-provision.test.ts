import { describe, expect, it } from 'vitest';
import { proseResponsibility } from './prose-duty';

// quoted-provision: a provision quoted from another document before 的规定 (的要求, 的精神) is that document's wording:
// the kinds and bodies inside it are given no duty here.
describe('quoted-provision: the words of a quoted provision assign no one', () => {
  it('reads no body from inside the quotation', () => {
    // 国办发〔2018〕127号 四、（一）
    const text = '各单位要落实“科研人员在履行好岗位职责、完成本职工作的前提下，经所在单位同意，可以到企业和其他科研机构、高校、社会组织等兼职并取得合法报酬”的规定。';
    expect(proseResponsibility(text)?.lead ?? []).toEqual([]);
  });

  it('still reads the body that carries out the quoted requirement', () => {
    const text = '请人力资源社会保障部会同有关部门落实“科研人员获得的职务科技成果转化现金奖励计入当年本单位绩效工资总量，但不受总量限制，不纳入总量基数”的要求。';
    expect(proseResponsibility(text)?.lead).toEqual(['人力资源社会保障部']);
  });
});
