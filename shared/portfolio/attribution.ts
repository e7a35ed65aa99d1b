// Which policies of a workspace a department's report answers, and what in the report shows it.
// A pipeline of named rules, strongest first; a rule that places the report ends the pipeline:
// 1. citations: the report cites a policy's document number (doc-number) or its title (title); a report
//    citing several policies answers each of them;
// 2. only-policy: in a workspace of one policy, every report is that policy's (today's one-policy behaviour);
// 3. title-echo: the report's title gives how far one policy's subject of the year has got (title-echo.ts);
//    from here on, a policy of another place of the same level, which the report never names, is not weighed at all
//    (own-place.ts), nor one whose targets the report's rows give with other figures (other-target.ts), nor the same
//    subject of another year (title-echo.ts);
// 4. content: the report shares the words distinctive of one policy, clearly more than any other's (weighed against
//    one policy alone when it quotes whole the targets of that one and of no other: quoted-target.ts);
// 5. otherwise none: the report is listed as answering no policy, never forced onto one.
// A citation of a document outside the workspace (a State Council number, a provincial title) places
// nothing, and neither does a bare 〔2021〕14号 that two policies of the workspace could both be.
import type { PolicyExtract } from '../types';
import {
  compactForTitles,
  findDocNumbers,
  numberCore,
  parseDocNumber,
  samePrefix,
  titleCore,
  type CitedNumber,
  type DocNumber,
} from '../text/citation';
import { normalizeForMatching, type Normalized } from '../text/normalize';
import { distinctiveWords } from '../submission/content-evidence';
import { withoutBoilerplate } from '../submission/term-weights';
import { isSubjectTerm, policyTerms, type PolicyTerms } from './policy-terms';
import { anotherYearOf, echoes, reportHead, titleSubject, withPlace, type TitleSubject } from './title-echo';
import { policyTargets, quotedTargetPolicy } from './quoted-target';
import { otherPlace, placedReport } from './own-place';
import { otherTargets, reportTasks } from './other-target';
import { placeKey, policyPlace } from '../departments/place-names';
import type { Attribution } from './types';

/** What attribution needs of one policy, worked out once when the policy is read. */
export interface PolicyForAttribution {
  id: number;
  /** The policy's document number in parts; null when it has none (or none we can read). */
  number: DocNumber | null;
  /** The core of its title as compared (no quotation marks or spaces); '' when too generic to be cited. */
  titleKey: string;
  /** Its subject words by measure, with their weights. */
  terms: PolicyTerms;
  /** The specific bodies it assigns duties to (canonical names). */
  departments: ReadonlySet<string>;
  /** The year and subject its title names, with its place (title-echo); null when its title names no year's subject. */
  subject: TitleSubject | null;
  /** Its measures' titles that hold a figure, bare: the targets a report may quote whole (quoted-target). */
  targets: readonly string[];
  /** The place it speaks for, its own name only (赤壁市, 金安区); null when neither its issuer nor its title names one (own-place). */
  place: string | null;
}

export interface ReportForAttribution {
  text: string;
  /** The report's words from the same segmenter as the policies' (jieba terms of its paragraphs). */
  terms: string[];
  /** Who sent it (canonical names), where known. */
  departments?: string[];
}

export interface AttributionOptions {
  /**
   * The workspace holds exactly one policy: a report citing nothing of it is still attributed to it (basis
   * 'only-policy'), as before a workspace could hold several. Ignored when more than one policy is passed.
   */
  onlyPolicy?: boolean;
}

// ---------------------------------------------------------------- the policy side

/** A title shorter than this once its frame is off is too generic to count as cited (实施意见, 工作方案). */
const MIN_TITLE_CHARS = 6;
/** …and it must keep this many characters once the genre's stock words are off (重点任务清单 keeps 清单 only). */
const MIN_TITLE_SUBJECT_CHARS = 3;
/** Longer than this, or holding a sentence's end, the "title" is a preamble read as one: nobody cites it. */
const MAX_TITLE_CHARS = 60;

function citableTitle(title: string): string {
  const key = compactForTitles(titleCore(title)).text;
  if (key.length < MIN_TITLE_CHARS || key.length > MAX_TITLE_CHARS || /[。；！？]/.test(key)) return '';
  const subject = withoutBoilerplate(key).replace(/[^\u4e00-\u9fff]/g, '');
  return subject.length >= MIN_TITLE_SUBJECT_CHARS ? key : '';
}

function placeOf(extract: PolicyExtract): string | null {
  const place = policyPlace(extract);
  return place ? placeKey(place) || null : null;
}

/**
 * Precomputes, once per policy, what attributing reports to it needs. `measureTerms` are per measure, in order; given
 * as a function they are asked for only when a report's content has to be weighed (a citation settles most reports).
 */
export function policyForAttribution(id: number, extract: PolicyExtract, measureTerms: string[][] | (() => string[][])): PolicyForAttribution {
  let terms: PolicyTerms | undefined;
  let targets: string[] | undefined;
  return {
    id,
    number: extract.docNumber ? parseDocNumber(extract.docNumber) : null,
    titleKey: citableTitle(extract.title),
    get terms() {
      return (terms ??= policyTerms(extract, typeof measureTerms === 'function' ? measureTerms() : measureTerms));
    },
    departments: new Set(extract.departments),
    subject: withPlace(titleSubject(extract.title), extract.issuer),
    get targets() {
      return (targets ??= policyTargets(extract));
    },
    place: placeOf(extract),
  };
}

// ---------------------------------------------------------------- citations

interface Citation {
  policy: number;
  basis: 'doc-number' | 'title';
  evidence: string;
  at: number;
}

/** The policies a cited number can be: same year and serial, and the same prefix, or none written and only one policy with that core. */
function policiesCitedBy(n: CitedNumber, policies: PolicyForAttribution[]): { policy: PolicyForAttribution; prefix: string }[] {
  const core = numberCore(n);
  const sameCore = policies.filter((p) => p.number !== null && numberCore(p.number) === core);
  if (n.prefix === '') return sameCore.length === 1 ? [{ policy: sameCore[0], prefix: '' }] : [];
  const prefixed = sameCore.filter((p) => samePrefix(n.prefix, p.number!.prefix));
  // 市中政办发 and 政办发 both end a cited 市中政办发: the longer prefix is the one meant
  const longest = Math.max(0, ...prefixed.map((p) => p.number!.prefix.length));
  return prefixed.filter((p) => p.number!.prefix.length === longest).map((p) => ({ policy: p, prefix: p.number!.prefix }));
}

const oneLine = (s: string) => s.replace(/\s+/g, '');

/** Rule doc-number: the report writes a policy's document number. Evidence: the number as written. */
export function docNumberCitations(text: string, numbers: CitedNumber[], policies: PolicyForAttribution[]): Citation[] {
  const out: Citation[] = [];
  for (const n of numbers) {
    for (const { policy, prefix } of policiesCitedBy(n, policies)) {
      const start = prefix === '' ? n.start : n.prefixStarts[n.prefix.length - prefix.length];
      out.push({ policy: policy.id, basis: 'doc-number', evidence: oneLine(text.slice(start, n.end)), at: start });
    }
  }
  return out;
}

/** The title marks around [start, end) of the original, when the span lies inside one pair: 《…》. */
function enclosingTitleMarks(text: string, start: number, end: number): { open: number; close: number } | null {
  const open = text.lastIndexOf('《', start);
  const close = text.indexOf('》', end - 1);
  if (open < 0 || close < 0) return null;
  if (text.slice(open + 1, start).includes('》') || text.slice(end, close).includes('《')) return null;
  return { open, close };
}

/** A number written right after a quoted title (《…》（国发〔2020〕6号）) says which document the title is. */
function numberAfter(close: number, numbers: CitedNumber[]): CitedNumber | undefined {
  return numbers.find((n) => n.start > close && n.start - close <= 3);
}

function isNumberOf(n: CitedNumber, policy: PolicyForAttribution, policies: PolicyForAttribution[]): boolean {
  return policiesCitedBy(n, policies).some((c) => c.policy === policy);
}

/**
 * Rule title: the report writes the core of a policy's title, in 《》 or not. A title that is part of
 * another policy's longer title cited at the same place is that other policy's; a quoted title followed by
 * a number that is not the policy's is another document of the same name (a higher level's original).
 */
export function titleCitations(text: string, numbers: CitedNumber[], policies: PolicyForAttribution[], n: Normalized = normalizeForMatching(text)): Citation[] {
  const compact = compactForTitles(text, n);
  const hits: { policy: PolicyForAttribution; from: number; to: number }[] = [];
  for (const policy of policies) {
    if (policy.titleKey === '') continue;
    for (let at = compact.text.indexOf(policy.titleKey); at >= 0; at = compact.text.indexOf(policy.titleKey, at + 1)) {
      hits.push({ policy, from: at, to: at + policy.titleKey.length });
    }
  }
  const out: Citation[] = [];
  for (const h of hits) {
    if (hits.some((o) => o.policy !== h.policy && o.from <= h.from && h.to <= o.to && o.to - o.from > h.to - h.from)) continue;
    const start = compact.map[h.from];
    const end = compact.map[h.to - 1] + 1;
    const marks = enclosingTitleMarks(text, start, end);
    if (marks && h.policy.number) {
      const after = numberAfter(marks.close, numbers);
      if (after && !isNumberOf(after, h.policy, policies)) continue;
    }
    const cited = marks ? text.slice(marks.open + 1, marks.close) : text.slice(start, end);
    out.push({ policy: h.policy.id, basis: 'title', evidence: oneLine(cited), at: start });
  }
  return out;
}

/** Each policy the report cites, once, by its number where it cites that, else by its title; in the order cited. */
function citations(text: string, policies: PolicyForAttribution[]): Attribution[] {
  const n = normalizeForMatching(text);
  const numbers = findDocNumbers(text, n);
  const all = [...docNumberCitations(text, numbers, policies), ...titleCitations(text, numbers, policies, n)];
  const first = new Map<number, Citation>();
  for (const c of all.sort((a, b) => a.at - b.at)) {
    const prev = first.get(c.policy);
    if (!prev || (prev.basis === 'title' && c.basis === 'doc-number')) first.set(c.policy, prev ? { ...c, at: prev.at } : c);
  }
  return [...first.values()].sort((a, b) => a.at - b.at).map(({ policy, basis, evidence }) => ({ policy, basis, evidence }));
}

// ---------------------------------------------------------------- the title's subject

/**
 * Rule title-echo (title-echo.ts): the report's title gives how far one policy's subject of the year has got. Two
 * policies of the same year and subject (two places', neither named) leave it to the rules after.
 */
export function titleEchoRule(own: TitleSubject | null, policies: PolicyForAttribution[]): Attribution[] {
  if (!own) return [];
  const echoed = policies.filter((p) => p.subject !== null && echoes(own, p.subject));
  if (echoed.length !== 1) return [];
  // the report's subject is the policy's or a part of it: what the two share
  return [{ policy: echoed[0].id, basis: 'title-echo', evidence: `${own.year}年${own.subject}` }];
}

// ---------------------------------------------------------------- content

interface PortfolioIndex {
  size: number;
  /** Word → its specificity in the portfolio (below), for every word a policy uses. */
  specificity: Map<string, number>;
}

const portfolios = new WeakMap<PolicyForAttribution[], PortfolioIndex>();

/**
 * How specific a word is within the portfolio: 1 for a word only one policy uses, falling towards
 * ln 2 / ln(N+1) for a word all N policies use (企业, 平台 in a portfolio of economic policies).
 * Worked out once per list of policies, and again if the list grew or shrank.
 */
function portfolioIndex(policies: PolicyForAttribution[]): PortfolioIndex {
  const known = portfolios.get(policies);
  if (known && known.size === policies.length) return known;
  const policiesUsing = new Map<string, number>();
  for (const p of policies) for (const t of p.terms.postings.keys()) policiesUsing.set(t, (policiesUsing.get(t) ?? 0) + 1);
  const n = policies.length;
  const specificity = new Map<string, number>();
  for (const [t, df] of policiesUsing) specificity.set(t, n <= 1 ? 1 : Math.log(1 + n / df) / Math.log(1 + n));
  const index = { size: n, specificity };
  portfolios.set(policies, index);
  return index;
}

export interface ContentScore {
  policy: number;
  /** The best measure's score plus half the second's (a report often answers two or three measures). */
  score: number;
  /** Subject words the report shares with the best measure, strongest first. */
  shared: string[];
  /** Of those, the compounds that measure alone uses in its policy (content-evidence's distinctive words) and no other policy uses. */
  distinctive: string[];
}

/** A second measure answered counts for this share of its score. */
const SECOND_MEASURE = 0.5;

/**
 * Each policy's score against the report, best first. A measure scores the words it shares with the report,
 * each weighed by how few of the policy's measures use it and how few of the portfolio's policies do,
 * divided by the square root of the measure's own number of words.
 */
export function contentScores(reportTerms: Iterable<string>, policies: PolicyForAttribution[]): ContentScore[] {
  const portfolio = portfolioIndex(policies);
  const words = new Set<string>();
  for (const t of reportTerms) if (isSubjectTerm(t)) words.add(t);
  const out: ContentScore[] = [];
  for (const p of policies) {
    const { postings, weights, measureNorms } = p.terms;
    const sums = new Float64Array(measureNorms.length);
    let any = false;
    for (const t of words) {
      const measures = postings.get(t);
      if (!measures) continue;
      const w = weights.get(t)! * portfolio.specificity.get(t)!;
      for (const k of measures) sums[k] += w;
      any = true;
    }
    if (!any) continue;
    let first = -1;
    let second = -1;
    for (let k = 0; k < sums.length; k++) {
      const score = sums[k] / measureNorms[k];
      if (first < 0 || score > sums[first] / measureNorms[first]) {
        second = first;
        first = k;
      } else if (second < 0 || score > sums[second] / measureNorms[second]) second = k;
    }
    const scoreOf = (k: number) => (k < 0 ? 0 : sums[k] / measureNorms[k]);
    // the words behind the best measure's score, for the evidence
    const shared: [string, number][] = [];
    for (const t of words) if (postings.get(t)?.includes(first)) shared.push([t, weights.get(t)! * portfolio.specificity.get(t)!]);
    const ordered = shared.sort((a, b) => b[1] * b[0].length - a[1] * a[0].length).map(([t]) => t);
    const distinctive = distinctiveWords({ sharedWords: ordered, measuresUsing: (t) => postings.get(t)?.length ?? 0 }).filter(
      (t) => portfolio.specificity.get(t) === 1,
    );
    out.push({ policy: p.id, score: scoreOf(first) + SECOND_MEASURE * scoreOf(second), shared: ordered, distinctive });
  }
  return out.sort((a, b) => b.score - a.score);
}

// The thresholds, as measured on the test portfolio (19 real policies, 75 real and sample reports): reports
// on other subjects (disclosure annual reports, 法治政府 reports, notices, minutes) score at most 1.45 against
// their nearest policy; reports on a policy in their own words score 1.2 to 4.8. Policies of one family (two
// 营商环境 plans and a 民营经济 one) score within a factor of 1.5 of each other on a report about either, so
// a margin of 1.5 is what it takes for content alone to tell them apart; closer than that, only words no
// other policy uses can.
/** A score a report must reach to be placed by content at all… */
export const CONTENT_THRESHOLD = 1.5;
/** …or this lower one, with MIN_DISTINCTIVE words of the best measure that no other policy uses. */
export const CONTENT_THRESHOLD_DISTINCTIVE = 1.2;
/** Words distinctive of the best measure (compounds no other measure or policy uses) that make evidence strong. */
export const MIN_DISTINCTIVE = 2;
/** The best policy must beat the runner-up by this factor; closer than that, the report is both's or neither's. */
export const CONTENT_MARGIN = 1.5;
/** Words shown as the evidence of a content match. */
const EVIDENCE_WORDS = 5;

/** Clears the threshold: the higher one, or the lower one with distinctive words. */
const clears = (s: ContentScore) => s.score >= CONTENT_THRESHOLD || (s.score >= CONTENT_THRESHOLD_DISTINCTIVE && s.distinctive.length >= MIN_DISTINCTIVE);
/** Strong on its own: clears the threshold, with distinctive words of its own. */
const strong = (s: ContentScore) => clears(s) && s.distinctive.length >= MIN_DISTINCTIVE;

/** The distinctive words first, then the strongest shared words; a piece of a longer word shown (工业用 inside 工业用地) left out. */
function evidenceWords(s: ContentScore): string[] {
  const out: string[] = [];
  for (const w of [...s.distinctive, ...s.shared]) {
    if (out.some((o) => o.includes(w))) continue;
    out.push(w);
    if (out.length === EVIDENCE_WORDS) break;
  }
  return out;
}

function contentAttribution(s: ContentScore): Attribution {
  return { policy: s.policy, basis: 'content', evidence: `共有词语：${evidenceWords(s).join('、')}` };
}

/**
 * Rule content: the best policy when it clears the threshold and beats the runner-up by CONTENT_MARGIN.
 * When the runner-up is closer than that, the report answers both only if each is strong on its own (it
 * clears the threshold with MIN_DISTINCTIVE words no other policy uses) and no third policy comes as close;
 * otherwise it answers neither.
 */
export function contentRule(reportTerms: Iterable<string>, policies: PolicyForAttribution[]): Attribution[] {
  const [best, second, third] = contentScores(reportTerms, policies);
  if (!best || !clears(best)) return [];
  if (!second || best.score >= second.score * CONTENT_MARGIN) return [contentAttribution(best)];
  if (!strong(best)) return [];
  if (!strong(second) || (third && second.score < third.score * CONTENT_MARGIN)) return [];
  return [contentAttribution(best), contentAttribution(second)];
}

/** A sender's report must share at least this much of its policy's subject to be placed by its sender. */
export const SENDER_MIN_SCORE = 1;

/**
 * Rule sender: when nothing was cited and the content decides nothing, a report sent by a body that only one
 * policy assigns duties to, and that shares some of that policy's subject words, answers that policy. (A county's
 * 县财政局 reports on the county's plan, not on the city's, even where both speak of 银企对接.)
 */
export function senderRule(report: ReportForAttribution, policies: PolicyForAttribution[]): Attribution[] {
  const senders = report.departments ?? [];
  const owing = policies.filter((p) => senders.some((d) => p.departments.has(d)));
  if (owing.length !== 1) return [];
  const [score] = contentScores(report.terms, owing);
  if (!score || score.score < SENDER_MIN_SCORE) return [];
  const sender = senders.find((d) => owing[0].departments.has(d))!;
  return [{ policy: owing[0].id, basis: 'sender', evidence: `报送单位${sender}是该政策的责任单位；共有词语：${evidenceWords(score).join('、')}` }];
}

// ---------------------------------------------------------------- the pipeline

/**
 * A report in a workspace of one policy answers it: by the citation it makes of it, if any, else as the only
 * policy. Needs neither the report's words nor its senders, so it can be worked out wherever the text is.
 */
export function placeOnOnlyPolicy(text: string, policy: PolicyForAttribution): Attribution {
  return citations(text, [policy])[0] ?? { policy: policy.id, basis: 'only-policy', evidence: '' };
}

/** The policies the report answers, each with the rule that placed it and the evidence; [] when none. */
export function attributeReport(report: ReportForAttribution, policies: PolicyForAttribution[], options: AttributionOptions = {}): Attribution[] {
  if (policies.length === 0) return [];
  if (options.onlyPolicy && policies.length === 1) return [placeOnOnlyPolicy(report.text, policies[0])];
  const cited = citations(report.text, policies);
  if (cited.length > 0) return cited;
  // the year and subject the report's title names, and the place it speaks for: its title's, publisher's or sender's
  const { subject: own, place } = reportHead(report.text, report.departments?.[0]);
  // own-place: a policy of another place of the same level, which the report never names, is never the report's
  const placed = placedReport({ place, text: report.text });
  // other-target: nor is a policy whose targets the report's rows give with other figures, another division's
  const tasks = reportTasks(report.text);
  const elsewhere = new Set(policies.filter((p) => otherPlace(placed, p.place) !== null || otherTargets(tasks, p.targets).length > 0).map((p) => p.id));
  const echoed = titleEchoRule(own, policies.filter((p) => !elsewhere.has(p.id)));
  if (echoed.length > 0) return echoed;
  // the same subject of another year is never the report's, whatever words or bodies they share (title-echo); such a
  // policy, and another place's, still weighs against the others: it is only never the one placed
  const ofAnotherYear = new Set(policies.filter((p) => own && p.subject && anotherYearOf(own, p.subject)).map((p) => p.id));
  const ruledOut = (a: Attribution) => ofAnotherYear.has(a.policy) || elsewhere.has(a.policy);
  // quoted-target: the targets of one policy quoted whole, figures and all, leave the others out of the weighing
  const quoted = quotedTargetPolicy(report.text, policies);
  const weighed = quoted ? [quoted] : policies;
  const byContent = contentRule(report.terms, weighed).filter((a) => !ruledOut(a));
  return byContent.length ? byContent : senderRule(report, weighed).filter((a) => !ruledOut(a));
}

export { describeAttribution } from './attribution-words';
