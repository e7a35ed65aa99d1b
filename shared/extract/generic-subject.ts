// A generic actor as the subject of a sentence ("各县（市、区）人民政府要加强组织领导", "各有关部门要密切配合"):
// a duty that falls on whoever is concerned, never on a department. Read only where the measure names no one
// in a parenthesis, a labelled line or an assigning sentence.

const MODAL = /^(?:要|应|应当|须|必须|负责|牵头|抓好|做好|切实|认真|结合|按照|分别|共同)/;
const CLAUSE_END = /[。；;！!\n]/;
// a subject that is someone: 各项任务 or 各类资金 are things, not actors
const ACTOR_END = /(?:部门|单位|政府|人民政府|机构|镇|街|乡|乡镇|街道|区|县|市|地|地区|级|校|高校|委|办|局|组|企业|园区|管委会|办事处|）)$/;

/** The generic actors that open a sentence of `text` as its subject. */
export function genericSubjects(text: string, isGeneric: (name: string) => boolean): string[] {
  const out: string[] = [];
  for (const sentence of text.split(CLAUSE_END)) {
    const s = sentence.replace(/^[\s，,]+/, '');
    for (let n = Math.min(24, s.length - 1); n >= 2; n--) {
      const subject = s.slice(0, n);
      if (MODAL.test(s.slice(n)) && ACTOR_END.test(subject) && isGeneric(subject)) {
        if (!out.includes(subject)) out.push(subject);
        break;
      }
    }
  }
  return out;
}
