// Refiner on one name in a list: a body written with its second name in brackets — 县发改局（粮食局）,
// 市发展改革委（市能源局） — is one office that bears two names. The department is the name before the
// bracket; the bracketed one is its other name, with the first name's level when it has none of its own
// (粮食局 → 县粮食局). Brackets that hold anything else stay as written: a role mark (（牵头）), kinds of area
// (各县（市、区）), a note (（含县直学校）), and a generic actor's second kind (各镇人民政府（街道办事处）).
// The other name is kept as an alias of the department, so a report signed by it (嘉鱼县粮食局) is the office's.
// A bracket may hold several other names, each a body's, between 、 (区委宣传部（区文明办、区政府新闻办、区委网信办）, 宝山区,
// 2019): the department is still the name before it, and the first of them is kept as its other name.

export interface SecondName {
  /** The name the department goes by. */
  name: string;
  /** The other name it bears, levelled like the first; null when the name holds no second name. */
  other: string | null;
}

const WRITTEN = /^(.{2,}?)[（(]([^（()）、，,；;：:]{2,20}(?:、[^（()）、，,；;：:]{2,20})*)[）)]$/;
const BODY_END = /(?:局|委|办|厅|署|部|中心|委员会|办公室|管委会)$/;
const NOT_A_BODY = /^(?:各|有关|相关|其他|其它|含|包括|不含|除)|牵头|配合|协办|参与|负责|单位$|部门$/;
const LEVEL = /^[省市区县]/;

export function splitSecondName(written: string): SecondName {
  const m = WRITTEN.exec(written);
  if (!m) return { name: written, other: null };
  const [, first, inside] = m;
  const others = inside.split('、');
  if (!BODY_END.test(first) || NOT_A_BODY.test(first) || others.some((o) => !BODY_END.test(o) || NOT_A_BODY.test(o))) {
    return { name: written, other: null };
  }
  const second = others[0];
  const level = LEVEL.exec(first)?.[0] ?? '';
  return { name: first, other: LEVEL.test(second) ? second : level + second };
}

// A name and its bracket where a list puts one: after a label's colon, a separator or an opening bracket.
const IN_TEXT = /(?:^|[：:、，,；;\s（(〔【[])([\u4e00-\u9fa5]{2,20}?)[（(]([\u4e00-\u9fa5]{2,20})[）)]/g;

/** Every office a text writes under two names, as { name, other } (县发改局(粮食局) → 县发改局, 县粮食局). */
export function secondNamesIn(text: string): { name: string; other: string }[] {
  const out: { name: string; other: string }[] = [];
  for (const m of text.matchAll(IN_TEXT)) {
    const split = splitSecondName(`${m[1]}（${m[2]}）`);
    if (split.other !== null && !out.some((x) => x.name === split.name && x.other === split.other)) out.push({ name: split.name, other: split.other });
  }
  return out;
}
