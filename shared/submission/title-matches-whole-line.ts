// A line that is a measure's title whole quotes the measure. A report in table form copies each task's words
// into its rows (固定资产投资增长7.5%左右。), under the policy's 序号, under a running count of its own, or under
// none: the words name the measure outright, as a reference does, whatever the number beside them. The same
// title met inside a sentence of running text stays a phrase (findTitles), which counts only when the report
// shows it is about the policy. A short title (加强组织领导) is a heading any report may write: it names nothing
// whole, nor does a title two measures share. Pure.
import { withoutTitleMarks } from '../text/citation';
import { normalizedText } from '../text/normalize';
import type { PolicyExtract } from '../types';
import type { TitlePhrase } from './title-matches';
import { withoutBoilerplate } from './term-weights';

/** A title must be this long, once its stock words (加强, 推进…) are taken off, to name its measure as a line. */
export const MIN_WHOLE_LINE_CHARS = 6;

// The line's own numbering (1. / 1、 / （一） / 一、 / 第一条 / 任务一：) and its closing marks are no part of the title.
const LEADING_LABEL = /^(?:\d{1,3}[.、．]|[（(][一二三四五六七八九十百\d]{1,4}[）)]|[一二三四五六七八九十百]{1,4}[、.．]|第[一二三四五六七八九十百\d]{1,5}[条项][、.．：:]?|(?:任务|措施)[一二三四五六七八九十百\d]{1,4}[：:、.．]?)/;
const CLOSING = /[。；;.,，、！!？?：:]+$/;

/** The line as a title is compared: `normalized` is its text as normalizedText gives it. */
function bare(normalized: string): string {
  const t = normalized.trim().replace(LEADING_LABEL, '').replace(CLOSING, '');
  return withoutTitleMarks(t).text;
}

/** The titles that name their measure when a line is nothing else, one measure each. */
export function wholeLineTitles(extract: PolicyExtract): TitlePhrase[] {
  const byTitle = new Map<string, number[]>();
  for (const m of extract.measures) {
    const title = bare(normalizedText(m.title));
    if (withoutBoilerplate(title).length < MIN_WHOLE_LINE_CHARS) continue;
    byTitle.set(title, [...(byTitle.get(title) ?? []), m.number]);
  }
  return [...byTitle].filter(([, measures]) => measures.length === 1).map(([phrase, [measure]]) => ({ measure, phrase }));
}

/** The measure whose title `line` is, whole, or null; `normalized` is the line's normalizedText, when the caller has it. */
export function wholeLineTitle(line: string, titles: TitlePhrase[], normalized?: string): number | null {
  if (titles.length === 0) return null;
  const t = bare(normalized ?? normalizedText(line));
  return titles.find((x) => x.phrase === t)?.measure ?? null;
}
