// Whether a link that rests on resemblance is counted, or only shown as a suggestion.
// Similar wording is not an answer: a report written about another policy shares the genre's sentences
// (规范执法行为, 依法行政) with many measures. A link by content alone, or by a measure's title phrase
// met in running text, counts only when something shows that the report is about this policy:
// - the report cites the policy: its document number or its title;
// - it names measures of this policy outright: an article number, a numbered heading, a table row, a
//   label the policy quotes (“证照分离”);
// - several of its passages of work done (not plans) answer measures of this policy, and they are a fair
//   share of its body: a long report on other work that resembles us in two paragraphs out of thirty is
//   about something else;
// - it shares with the measure words distinctive of that measure: compounds no other measure uses.
// Otherwise the link is kept as a suggestion: shown to the user, never counted in compliance.
import { compactForTitles, findDocNumbers, numberCore, parseDocNumber, samePrefix, titleCore } from '../text/citation';
import { normalizeForMatching } from '../text/normalize';
import type { LinkStrength, PolicyExtract } from '../types';

/** Passages of work done that must answer measures of the policy for the report to be about it… */
export const MIN_WORK_PASSAGES = 2;
/** …and the share of the report's body paragraphs they must make up. */
export const MIN_WORK_SHARE = 1 / 3;
/** A distinctive word is a compound of at least this many characters that one measure alone uses. */
const MIN_DISTINCTIVE_LENGTH = 3;
/** Distinctive words the report must share with the measure. */
const MIN_DISTINCTIVE_WORDS = 2;
/** Characters of a report's opening, looked at first for a citation of the policy (to the end of that line). */
const OPENING_CHARS = 300;
/** A title shorter than this, once its frame (关于印发…的通知) is taken off, is too generic to count as cited. */
const MIN_CITED_TITLE = 6;

/** What the whole report shows about the policy it answers. */
export interface ReportEvidence {
  /** The report cites the policy's document number or title. */
  citesPolicy: boolean;
  /** The report names a measure outright (reference or quoted label), outside its plans. */
  namesMeasures: boolean;
  /** Distinct paragraphs of work done that link measures of the policy, by any evidence. */
  workPassages: number;
  /** Paragraphs of the report's body: work done (not plans), long enough to say something. */
  bodyParagraphs: number;
}

/** What the report shares with one measure. */
export interface MeasureEvidence {
  /** Subject words the whole report shares with the measure. */
  sharedWords: Iterable<string>;
  /** How many of the policy's measures use a word (0 when none). */
  measuresUsing: (word: string) => number;
}

/** Whether the report shows it is about this policy, whatever it resembles. */
export function isAboutPolicy(report: ReportEvidence): boolean {
  if (report.citesPolicy || report.namesMeasures) return true;
  return report.workPassages >= MIN_WORK_PASSAGES && report.workPassages >= report.bodyParagraphs * MIN_WORK_SHARE;
}

/**
 * The shared terms that only this measure of the policy uses, long enough to be terms of their own; a
 * piece of a longer one (工业用 inside 工业用地, as the segmenter also cuts it) is the same term, not another.
 */
export function distinctiveWords(measure: MeasureEvidence): string[] {
  const words = [...new Set(measure.sharedWords)].filter((w) => w.length >= MIN_DISTINCTIVE_LENGTH && measure.measuresUsing(w) === 1);
  return words.filter((w) => !words.some((other) => other !== w && other.includes(w)));
}

/** Counted when the report is about this policy or shares the measure's distinctive terms; a suggestion otherwise. */
export function resemblanceStrength(report: ReportEvidence, measure: MeasureEvidence): LinkStrength {
  if (isAboutPolicy(report)) return 'counted';
  return distinctiveWords(measure).length >= MIN_DISTINCTIVE_WORDS ? 'counted' : 'suggestion';
}

/** Whether the report's text cites the policy: its full document number or the core of its title. */
export function citesPolicy(reportText: string, policy: Pick<PolicyExtract, 'title' | 'docNumber'>): boolean {
  // Reports cite what they answer in their opening lines (按照市中政办发〔2021〕14号文件要求). What the opening
  // cites, the whole text cites: cut at a line break, a text normalises and compacts to the start of the
  // whole text's form. Looking there first spares most reports normalising all of their text.
  const cut = reportText.indexOf('\n', OPENING_CHARS);
  if (cut > 0 && citesIn(reportText.slice(0, cut), policy)) return true;
  return citesIn(reportText, policy);
}

function citesIn(text: string, policy: Pick<PolicyExtract, 'title' | 'docNumber'>): boolean {
  // the text is normalised once, for its numbers and its titles alike
  let normalized: ReturnType<typeof normalizeForMatching> | undefined;
  const report = () => (normalized ??= normalizeForMatching(text));
  const own = policy.docNumber ? parseDocNumber(policy.docNumber) : null;
  if (own && findDocNumbers(text, report()).some((c) => numberCore(c) === numberCore(own) && samePrefix(c.prefix, own.prefix))) return true;
  const core = compactForTitles(titleCore(policy.title)).text;
  return core.length >= MIN_CITED_TITLE && compactForTitles(text, report()).text.includes(core);
}
