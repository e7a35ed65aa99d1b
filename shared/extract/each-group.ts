// Rule on one name: a 各 in front of a kind of working group makes the whole name generic, wherever the 各
// stands: 全区经济运行各专班, 各工作组, 指挥部各成员单位. The groups are many and unnamed (every task force of the
// district), so the name points at no one body; a single named group (区经济运行专班) is a body and stays one.
const EACH_GROUP = /各(?:[\u4e00-\u9fa5]{0,2}?)(?:专班|工作专班|工作组|专项组|专项小组|小组|成员单位|责任单位|牵头单位|配合单位)$/;

export function isEachGroup(name: string): boolean {
  return EACH_GROUP.test(name);
}
