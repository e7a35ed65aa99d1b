// Terms a measure and a response have in common, for highlighting in the side-by-side view.
// Words of the genre's boilerplate and function words: sharing them says nothing about the substance.
const FILLER = new Set([
  '工作', '推进', '落实', '加强', '进一步', '开展', '有关', '部门', '相关', '持续', '全面', '积极', '按照', '要求',
  '我区', '全区', '情况', '提升', '推动', '完善', '关于', '需要', '进行', '通过', '根据', '对于', '以及', '目前', '已经',
  '不断', '切实', '确保', '实现', '建立', '健全', '做好', '同时', '其中', '以上', '以下', '超过', '不得', '可以', '单位',
]);

export function sharedTerms(measureTerms: string[], responseTerms: string[], limit = 40): string[] {
  const inResponse = new Set(responseTerms);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of measureTerms) {
    if (t.length < 2 || FILLER.has(t) || seen.has(t) || !inResponse.has(t) || /^[\d.%]+$/.test(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out.sort((a, b) => b.length - a.length).slice(0, limit);
}
