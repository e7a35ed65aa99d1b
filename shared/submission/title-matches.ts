// A measure's title quoted in the report (with or without quotation marks) links the report to it.
// Titles made only of the genre's stock words (加强组织实施) are too common to count on their own.
import { anyOfWordsOnce } from '../text/any-of-words';
import { withoutTitleMarks } from '../text/citation';
import { normalizeForMatching, normalizedText, type Normalized } from '../text/normalize';
import type { PolicyExtract } from '../types';
import { withoutBoilerplate } from './term-weights';

export interface TitleHit {
  measure: number;
  /** Offsets in the original paragraph text. */
  start: number;
  end: number;
}

export interface TitlePhrase {
  measure: number;
  phrase: string;
}

const MIN_TITLE_CHARS = 4;
// A clause of a two-part title (…监管力度，规范专利申请行为) counts on its own when this long.
const MIN_CLAUSE_CHARS = 6;
// Quotation marks, spaces and the marks inside a coined phrase are no part of a title's words: withoutTitleMarks.

function distinctive(phrase: string): boolean {
  return phrase.length >= MIN_TITLE_CHARS && /[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(withoutBoilerplate(phrase));
}

/** The phrases that stand for each measure's title: the title, and the long clauses of a split title. */
export function titlePhrases(extract: PolicyExtract): TitlePhrase[] {
  const out: TitlePhrase[] = [];
  for (const m of extract.measures) {
    const title = withoutTitleMarks(normalizedText(m.title)).text.replace(/[。，；、：！？.,;:]+$/, '');
    const phrases = new Set<string>();
    if (distinctive(title)) phrases.add(title);
    const clauses = title.split(/[，；]/);
    if (clauses.length > 1) for (const c of clauses) if (c.length >= MIN_CLAUSE_CHARS && distinctive(c)) phrases.add(c);
    for (const phrase of phrases) out.push({ measure: m.number, phrase });
  }
  // longest first, so a title quoted whole hides a shorter title it contains
  return out.sort((a, b) => b.phrase.length - a.phrase.length);
}

export function findTitles(original: string, phrases: TitlePhrase[], n: Normalized = normalizeForMatching(original)): TitleHit[] {
  const s = withoutTitleMarks(n.text);
  // most paragraphs hold none of the titles: one search says so
  if (!anyOfWordsOnce(phrases, (list) => list.map((p) => p.phrase)).test(s.text)) return [];
  const hits: (TitleHit & { from: number; to: number })[] = [];
  for (const { measure, phrase } of phrases) {
    const at = s.text.indexOf(phrase);
    if (at < 0) continue;
    const to = at + phrase.length;
    if (hits.some((h) => h.from <= at && to <= h.to && h.measure !== measure)) continue;
    if (hits.some((h) => h.measure === measure)) continue;
    const start = n.map[s.map[at]];
    const end = n.map[s.map[to - 1]] + 1;
    hits.push({ measure, start, end, from: at, to });
  }
  return hits.map(({ measure, start, end }) => ({ measure, start, end }));
}

// ---------------------------------------------------------------- quoted terms

// A policy coins a label for a task and quotes it in the task's title: 推行涉企经营许可“证照分离”改革.
// A report that quotes the same label (关于“证照分离”改革工作情况) names that task, however little it says.
const QUOTED_RE = /[“"‘'「『]([^“”"‘’'「」『』]{2,20})[”"’'」』]/g;
const MIN_TERM_CHARS = 3;

/** The text inside each pair of quotation marks, with its offsets in `text` (marks excluded). */
function quotedSpans(text: string): { inner: string; start: number; end: number }[] {
  return [...text.matchAll(QUOTED_RE)].map((m) => ({ inner: m[1], start: m.index + 1, end: m.index + 1 + m[1].length }));
}

/** A quoted term as compared: no spaces, no enumeration commas or dots (双随机、一公开 = 双随机一公开). */
function termKey(term: string): string {
  return withoutTitleMarks(term).text;
}

/**
 * The labels the policy quotes in its measures' titles, each for the one measure that quotes it; a label
 * several measures quote (in a title or in the text: 奖励资金实行“免申即享” beside a task titled
 * 推行“免申即享”), one the policy's own title quotes (“放管服”), or one of stock words only, names none.
 */
export function quotedTitleTerms(extract: PolicyExtract): TitlePhrase[] {
  const owners = new Map<string, Set<number>>();
  for (const m of extract.measures) {
    for (const q of quotedSpans(normalizedText(m.title))) {
      const key = termKey(q.inner);
      if (!owners.has(key)) owners.set(key, new Set());
      owners.get(key)!.add(m.number);
    }
  }
  // a report quoting a label another measure's text also uses may be answering that other measure
  for (const m of extract.measures) {
    for (const q of quotedSpans(normalizedText(m.text))) owners.get(termKey(q.inner))?.add(m.number);
  }
  const theme = termKey(normalizedText(extract.title));
  const out: TitlePhrase[] = [];
  for (const [phrase, measures] of owners) {
    if (measures.size !== 1 || theme.includes(phrase)) continue;
    if ([...phrase].filter((c) => /[\u4e00-\u9fff]/.test(c)).length < MIN_TERM_CHARS) continue;
    if (!/[\u4e00-\u9fff].*[\u4e00-\u9fff]/.test(withoutBoilerplate(phrase))) continue;
    out.push({ measure: [...measures][0], phrase });
  }
  return out;
}

/** Terms of `terms` the text quotes in quotation marks of its own (any style). */
export function findQuotedTerms(original: string, terms: TitlePhrase[], n: Normalized = normalizeForMatching(original)): TitleHit[] {
  if (terms.length === 0) return [];
  const hits: TitleHit[] = [];
  for (const q of quotedSpans(n.text)) {
    const key = termKey(q.inner);
    const term = terms.find((t) => t.phrase === key);
    if (term && !hits.some((h) => h.measure === term.measure)) hits.push({ measure: term.measure, start: n.map[q.start], end: n.map[q.end - 1] + 1 });
  }
  return hits;
}
