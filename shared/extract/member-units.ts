// Rule on one name: the members of a joint conference or a leading group (省…厅际联席会议成员单位, 市托育联席会议其他成员
// 单位, 领导小组各成员单位) are whichever bodies sit on it: a generic actor, never one department. The conference's or
// group's own office (联席会议办公室, 领导小组办公室) is a body.
const MEMBER_UNITS = /^(?:[\u4e00-\u9fa5]*(?:联席会议|领导小组|委员会|委会|指挥部|工作组|专班))?(?:其他|其余|其它|全体|各)?成员(?:单位|部门)$/;

export function isMemberUnits(name: string): boolean {
  return MEMBER_UNITS.test(name);
}
