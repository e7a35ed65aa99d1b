// Links each paragraph of a report to the measures it answers, strongest evidence first:
// an explicit reference (第6条, a numbered heading, a table row), a quoted title, the label a title
// quotes (“证照分离”) or a line that is a title whole (a task copied into a report's table), or content alone.
// A line of names only (a table's duty cell, alone or in its row) gives no content.
// A table row's words outrank its first column (table-numbering.ts); what the report names outright
// limits what content alone may add (content-links.ts). Plans (下一步…) never answer a measure on their own.
import { normalizeForMatching, type Normalized } from '../text/normalize';
import type { LinkHow, LinkStrength, MeasureLink } from '../types';
import { citesPolicy, resemblanceStrength } from './content-evidence';
import { selectContentLinks, type ContentCandidate } from './content-links';
import { buildMeasureIndex, distinctChars, scoreParagraph, subjectTermsOf, type ContentMatch, type MeasureIndex } from './content-similarity';
import { excerptAround, excerptOfPassage, EXCERPT_MAX } from './excerpt';
import {
  articleReferences,
  headerNamesMeasures,
  headingReference,
  referenceContext,
  tableRow,
  titleOverlap,
  type ReferenceContext,
  type TableRow,
} from './measure-references';
import { inventorySpans, onlyInInventories } from './inventory-lists';
import { scoreOutsideBodyCells } from './content-links-body-lists';
import { planParagraphs } from './plan-passages';
import { answersTarget } from './target-results';
import { trustedRowNumbers } from './table-numbering';
import { findQuotedTerms, findTitles, quotedTitleTerms, titlePhrases, type TitlePhrase } from './title-matches';
import { wholeLineTitle, wholeLineTitles } from './title-matches-whole-line';
import type { LinkOptions, PolicyForLinking, SubmissionParagraph } from './types';

/**
 * Cosine similarity (TF-IDF over the measures) a paragraph or passage needs to link by content alone.
 * Tuned on reports written in their own words against unrelated notices and minutes, with both
 * jieba words and character bigrams.
 */
export const DEFAULT_CONTENT_THRESHOLD = 0.3;

// The subject words a whole report shares with a measure must cover this many distinct characters
// before content alone links them: one shared phrase (结合党史学习教育) is a coincidence, not an answer.
const MIN_REPORT_SHARED_CHARS = 8;

// A table row's number is a measure number when the row's words support that measure this much.
const ROW_TITLE_OVERLAP = 0.5;
const ROW_CONTENT_SHARE = 0.5;

const STRENGTH: Record<LinkHow, number> = { reference: 0, title: 1, content: 2 };

interface Linker {
  refs: ReferenceContext;
  phrases: TitlePhrase[];
  /** Labels the measures' titles quote (“证照分离”), each naming its measure when a report quotes it. */
  terms: TitlePhrase[];
  /** Titles that name their measure when a line is nothing else (a task copied into a report's table). */
  wholeTitles: TitlePhrase[];
  index: MeasureIndex;
}

// Analysing many reports against one policy builds the policy's side once. Keyed by the extract (callers
// often wrap it in a fresh object per report), checked against the very token lists it was built from.
const linkers = new WeakMap<PolicyForLinking['extract'], { measureTokens: string[][]; linker: Linker }>();

function linkerFor(policy: PolicyForLinking): Linker {
  const cached = linkers.get(policy.extract);
  if (cached && cached.measureTokens === policy.measureTokens) return cached.linker;
  const linker = { refs: referenceContext(policy.extract), phrases: titlePhrases(policy.extract), terms: quotedTitleTerms(policy.extract), wholeTitles: wholeLineTitles(policy.extract), index: buildMeasureIndex(policy) };
  linkers.set(policy.extract, { measureTokens: policy.measureTokens, linker });
  return linker;
}

const SENTENCE_ENDS = '。！？；!?;\n';

function sentencesIn(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i < end; i++) {
    if (SENTENCE_ENDS.includes(text[i])) {
      out.push({ start: from, end: i + 1 });
      from = i + 1;
    }
  }
  if (from < end) out.push({ start: from, end });
  return out;
}

/** The sentence of a matched passage that holds the most of the measure's subject words. */
function contentExcerpt(text: string, match: ContentMatch, linker: Linker): string {
  const sentences = sentencesIn(text, match.start, match.end);
  // one sentence is the whole passage, whatever it holds
  if (sentences.length <= 1) return excerptOfPassage(text, match.start, match.end);
  const terms = subjectTermsOf(linker.index, match.measure);
  let best: { start: number; end: number } | null = null;
  let bestCount = 0;
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    let count = 0;
    for (const t of terms) if (sentence.includes(t)) count++;
    if (count > bestCount) {
      best = s;
      bestCount = count;
    }
  }
  return best ? excerptOfPassage(text, best.start, best.end) : excerptOfPassage(text, match.start, match.end);
}

function rowSupports(row: TableRow, header: TableRow | null, measure: number, content: ContentMatch[], threshold: number, refs: ReferenceContext): boolean {
  if (headerNamesMeasures(header)) return true;
  const rest = row.cells.slice(1).join(' ');
  if (titleOverlap(refs.titles.get(measure) ?? '', rest) >= ROW_TITLE_OVERLAP) return true;
  const score = content.find((c) => c.measure === measure)?.score ?? 0;
  return score >= threshold * ROW_CONTENT_SHARE;
}

/** Links of one kind per measure and paragraph, the strongest kept. */
class LinkSet {
  private readonly byKey = new Map<string, MeasureLink>();

  add(link: MeasureLink): void {
    const key = `${link.measure}:${link.paragraph}`;
    const prev = this.byKey.get(key);
    if (!prev || STRENGTH[link.how] < STRENGTH[prev.how] || (prev.how === link.how && link.score > prev.score)) this.byKey.set(key, link);
  }

  /** By measure, strongest first, then in paragraph order. */
  sorted(paragraphOrder: Map<number, number>): MeasureLink[] {
    const at = (p: number) => paragraphOrder.get(p) ?? 0;
    return [...this.byKey.values()].sort(
      (a, b) => a.measure - b.measure || STRENGTH[a.how] - STRENGTH[b.how] || b.score - a.score || at(a.paragraph) - at(b.paragraph),
    );
  }
}

/** What one paragraph names: every measure, and those named only by a title phrase in running text. */
interface Named {
  measures: Set<number>;
  /** Named by a title phrase met in the text, not by a reference or a quoted label. */
  byPhraseOnly: Set<number>;
}

/** References and quoted titles in one paragraph (`normalized` is its text normalised); returns the measures it names. */
function explicitLinks(p: SubmissionParagraph, normalized: Normalized, linker: Linker, row: TableRow | null, rowTrusted: boolean, header: TableRow | null, content: ContentMatch[], threshold: number, links: LinkSet): Named {
  const text = p.text;
  const named = new Set<number>();
  const outright = new Set<number>();
  const add = (link: Omit<MeasureLink, 'paragraph'>, isOutright: boolean) => {
    links.add({ ...link, paragraph: p.index });
    named.add(link.measure);
    if (isOutright) outright.add(link.measure);
  };
  const reference = (measure: number, start: number, end: number) => add({ measure, how: 'reference', score: 1, excerpt: excerptAround(text, start, end) }, true);
  for (const hit of articleReferences(text, linker.refs, normalized)) reference(hit.measure, hit.start, hit.end);
  const heading = headingReference(text, linker.refs, normalized);
  if (heading) reference(heading.measure, heading.start, heading.end);
  if (row && rowTrusted && row.number !== null && linker.refs.numbers.has(row.number) && rowSupports(row, header, row.number, content, threshold, linker.refs)) {
    add({ measure: row.number, how: 'reference', score: 1, excerpt: row.cells.join(' | ').slice(0, EXCERPT_MAX) }, true);
  }
  for (const hit of findTitles(text, linker.phrases, normalized)) add({ measure: hit.measure, how: 'title', score: 1, excerpt: excerptAround(text, hit.start, hit.end) }, false);
  for (const hit of findQuotedTerms(text, linker.terms, normalized)) add({ measure: hit.measure, how: 'title', score: 1, excerpt: excerptAround(text, hit.start, hit.end) }, true);
  const whole = wholeLineTitle(text, linker.wholeTitles, normalized.text);
  if (whole !== null) add({ measure: whole, how: 'title', score: 1, excerpt: text.trim().slice(0, EXCERPT_MAX) }, true);
  return { measures: named, byPhraseOnly: new Set([...named].filter((m) => !outright.has(m))) };
}

/** The measures a table row's own words name: its task cell first, else the cells after it. */
function namedInRow(row: TableRow, linker: Linker): Set<number> {
  const inCell = (cell: string) =>
    new Set([...articleReferences(cell, linker.refs), ...findTitles(cell, linker.phrases), ...findQuotedTerms(cell, linker.terms)].map((h) => h.measure));
  const task = inCell(row.cells[1] ?? '');
  return task.size > 0 ? task : inCell(row.cells.slice(2).join(' '));
}

/** `tokens[k]` are the tokens of `paragraphs[k]`. */
export function linkMeasures(paragraphs: SubmissionParagraph[], tokens: string[][], policy: PolicyForLinking, options: LinkOptions = {}): MeasureLink[] {
  const linker = linkerFor(policy);
  const threshold = options.contentThreshold ?? DEFAULT_CONTENT_THRESHOLD;
  const links = new LinkSet();
  const rows = paragraphs.map((p) => tableRow(p.text));
  const trusted = trustedRowNumbers(rows, (row) => namedInRow(row, linker), (k) => paragraphs[k].text.trim() === '');
  const plans = planParagraphs(paragraphs);
  // subject words the whole report shares with each measure, and the passages above the threshold
  const vocabulary = new Map<number, Set<string>>();
  const candidates: ContentCandidate[] = [];
  const texts = new Map<number, string>();
  const namedByReport = new Set<number>();
  // measures named outright (not by a title phrase alone) outside the plans, and title-phrase links
  const outrightByReport = new Set<number>();
  const phraseOnly = new Set<string>();
  let header: TableRow | null = null;
  paragraphs.forEach((p, k) => {
    // names only (a table's duty cell, alone or in its row) say who, not what: no content is drawn from them
    const normalized = normalizeForMatching(p.text);
    const scored = scoreOutsideBodyCells(p.text, tokens[k] ?? [], normalized.text, (text, kept) => scoreParagraph(text, kept, linker.index));
    const content = scored.content;
    const row = rows[k];
    // a row without a number is the table's header; a blank line inside a table keeps it
    if ((!row || row.number === null) && p.text.trim() !== '') header = row;
    const found = explicitLinks(p, normalized, linker, row, trusted[k], header, content, threshold, links);
    const named = found.measures;
    for (const m of found.byPhraseOnly) phraseOnly.add(`${m}:${p.index}`);
    // what the plans name is not what the report says it answers
    if (!plans[k]) for (const m of named) namedByReport.add(m);
    if (!plans[k]) for (const m of named) if (!found.byPhraseOnly.has(m)) outrightByReport.add(m);
    texts.set(p.index, scored.text === '' ? p.text : scored.text);
    const inventories = content.length > 0 ? inventorySpans(scored.text) : [];
    for (const match of content) {
      let words = vocabulary.get(match.measure);
      if (!words) vocabulary.set(match.measure, (words = new Set()));
      // words met only in an inventory of kinds (社会救助、城乡低保、特困人员供养、…) say nothing of work done
      for (const t of match.shared) if (!onlyInInventories(scored.text, t, inventories)) words.add(t);
      if (match.score >= threshold) candidates.push({ match, paragraph: p.index, named, scores: content, plan: plans[k] });
    }
  });
  // content alone must rest on more than one phrase the whole report shares with the measure
  // counted once a measure, however many of its passages are candidates
  const sharedChars = new Map<number, number>();
  const charsShared = (m: number) => {
    let n = sharedChars.get(m);
    if (n === undefined) sharedChars.set(m, (n = distinctChars(vocabulary.get(m) ?? [])));
    return n;
  };
  // a passage giving a target's result holds the target's whole subject, however few its characters (target-results.ts)
  const titles = new Map(policy.extract.measures.map((m) => [m.number, m.title]));
  const answersTargetIn = (c: ContentCandidate) =>
    answersTarget(titles.get(c.match.measure) ?? '', subjectTermsOf(linker.index, c.match.measure), (texts.get(c.paragraph) ?? '').slice(c.match.start, c.match.end));
  const targets = new Set(candidates.filter(answersTargetIn).map((c) => c.match.measure));
  const shared = candidates.filter((c) => charsShared(c.match.measure) >= MIN_REPORT_SHARED_CHARS || targets.has(c.match.measure));
  for (const { match, paragraph } of selectContentLinks(shared, namedByReport, threshold)) {
    const text = texts.get(paragraph) ?? '';
    links.add({ measure: match.measure, how: 'content', score: round(match.score), excerpt: contentExcerpt(text, match, linker), paragraph });
  }
  // a measure the report names only among its plans (下一步将配合做好…) is one it has not answered yet
  const planned = new Set(paragraphs.filter((_, k) => plans[k]).map((p) => p.index));
  const sorted = links.sorted(new Map(paragraphs.map((p, k) => [p.index, k])));
  const answered = new Set(sorted.filter((l) => !planned.has(l.paragraph)).map((l) => l.measure));
  const kept = sorted.filter((l) => answered.has(l.measure));
  return withStrength(kept, {
    cited: citesPolicy(paragraphs.map((p) => p.text).join('\n'), policy.extract),
    bodyParagraphs: paragraphs.filter((p, k) => !plans[k] && p.text.trim().length >= BODY_PARAGRAPH_CHARS).length,
    outright: outrightByReport,
    phraseOnly,
    planned,
    vocabulary,
    postings: linker.index.postings,
    targets,
  });
}

// A paragraph of the body says something: headings, names and dates are shorter.
const BODY_PARAGRAPH_CHARS = 20;

interface StrengthContext {
  cited: boolean;
  bodyParagraphs: number;
  /** Measures the report names outright (reference or quoted label) outside its plans. */
  outright: ReadonlySet<number>;
  /** `measure:paragraph` of the title links made by a title phrase alone. */
  phraseOnly: ReadonlySet<string>;
  planned: ReadonlySet<number>;
  vocabulary: Map<number, Set<string>>;
  postings: Map<string, number[]>;
  /** Targets a passage of the report answers by giving their result (target-results.ts). */
  targets: ReadonlySet<number>;
}

/**
 * A measure named outright counts. One that rests on resemblance (content, or a title phrase met in
 * running text) counts only when the report shows it is about this policy or shares the measure's
 * distinctive terms (content-evidence.ts); otherwise its links are suggestions.
 */
function withStrength(links: MeasureLink[], ctx: StrengthContext): MeasureLink[] {
  const resembles = (l: MeasureLink) => l.how === 'content' || (l.how === 'title' && ctx.phraseOnly.has(`${l.measure}:${l.paragraph}`));
  const report = {
    citesPolicy: ctx.cited,
    namesMeasures: ctx.outright.size > 0,
    workPassages: new Set(links.filter((l) => !ctx.planned.has(l.paragraph)).map((l) => l.paragraph)).size,
    bodyParagraphs: ctx.bodyParagraphs,
  };
  const strength = new Map<number, LinkStrength>();
  for (const measure of new Set(links.map((l) => l.measure))) {
    const own = links.filter((l) => l.measure === measure);
    if (own.some((l) => !resembles(l)) || ctx.targets.has(measure)) {
      strength.set(measure, 'counted');
      continue;
    }
    const measuresUsing = (w: string) => ctx.postings.get(w)?.length ?? 0;
    strength.set(measure, resemblanceStrength(report, { sharedWords: ctx.vocabulary.get(measure) ?? [], measuresUsing }));
  }
  return links.map((l) => ({ ...l, strength: strength.get(l.measure) ?? 'counted' }));
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
