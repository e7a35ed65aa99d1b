// Rule: the short name a policy gives a body (short-name). A policy names a body in full once and says what it will call
// it after: 「（三）城市建设交通运输事务中心（建设工程质量安全监督站）（以下简称建交中心）。负责…」, then 「建交中心应责令
// 整改」 (临港新片区管委会, 关于进一步加强临港新片区新建住宅工程设计质量管控实施方案, 2024). The short name is that body,
// not another one: each place it answers for a duty is the full name's. A short name given to what is no body (「（以下简称
// “设计专篇”）」) or to a kind of party described (「保险公司的风险管理机构（以下简称TIS机构）」) names nothing here. Pure.
import { looksLikeBody } from './departments';

// 「（以下简称建交中心）」「（以下简称“市住建委”）」
const NOTE = /[（(]以下(?:简称|称)[“"「]?([^（()）“”"「」]{2,12})[”"」]?[）)]/g;
// the name's own second names in brackets just before the note (「（建设工程质量安全监督站）」)
const SECOND_NAMES = /(?:[（(][^（()）]{1,20}[）)])*$/;
// the run of the name itself, back to the punctuation, label or word before it
const RUN = /[\u4e00-\u9fa5A-Za-z0-9]+$/;
// words that open a clause before the name (由A…, 会同A…)
const LEADING_WORD = /^(?:由|会同|和|与|及|对|将|把|向|经)/;

// the word a name follows in a clause (「提交材料至洋泾街道社区平安办公室（以下简称“平安办”）」)
const PREPOSITION = /[至到向给]/g;

/** The run from the first preposition after which a body's name stands, or the run itself. */
function afterPreposition(run: string): string {
  for (const m of run.matchAll(PREPOSITION)) {
    const rest = run.slice((m.index ?? 0) + 1);
    if (rest.length >= 4 && looksLikeBody(rest)) return rest;
  }
  return run;
}

/** Each short name the text defines for a body, with the body's name as written before it (its second names kept). */
export function definedShortNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(NOTE)) {
    const short = m[1].trim();
    const before = text.slice(Math.max(0, (m.index ?? 0) - 60), m.index ?? 0);
    const second = SECOND_NAMES.exec(before)?.[0] ?? '';
    const run = RUN.exec(before.slice(0, before.length - second.length))?.[0] ?? '';
    const full = afterPreposition(run.replace(LEADING_WORD, ''));
    // a run holding 的 describes a kind of party (保险公司的风险管理机构), it names no body
    if (full === '' || full === short || full.includes('的') || !looksLikeBody(full) || !looksLikeBody(short)) continue;
    if (!out.has(short)) out.set(short, full + second);
  }
  return out;
}

/** The names of a list, each short name the policy defined written as the body it stands for. */
export function withFullNames(names: string[], shortNames: Map<string, string>): string[] {
  return names.map((n) => shortNames.get(n) ?? n);
}

/**
 * tail-reference: a name that is the end of another name the same measure gives a duty (「由中心及时组织抢修」 after
 * 「镇城乡建管中心应加强…巡查」, 月浦镇, 2019) is that body written short, not a second body.
 */
export function withoutTailReferences(lead: string[], support: string[]): { lead: string[]; support: string[] } {
  const all = [...lead, ...support];
  const shortOf = (n: string) => all.some((m) => m !== n && m.length > n.length && m.endsWith(n));
  return { lead: lead.filter((n) => !shortOf(n)), support: support.filter((n) => !shortOf(n)) };
}

// street-short: a street's office written short as its street (「(责任单位:仁兴街、执法局)」 where the addressee line names
// 仁兴街道办事处, 铁西区人民政府督查室, 2019) is that 街道; only a street the document names in full is read so.
const STREET_OFFICE = /([\u4e00-\u9fa5]{2,4})街道(?:办事处)?/g;

/** For each street the text names in full (仁兴街道办事处), its short form (仁兴街) with the street it stands for (仁兴街道). */
export function streetShortNames(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(STREET_OFFICE)) {
    for (let k = m[1].length - 2; k >= 0; k--) {
      const name = m[1].slice(k);
      if (!out.has(`${name}街`)) out.set(`${name}街`, `${name}街道`);
    }
  }
  return out;
}
