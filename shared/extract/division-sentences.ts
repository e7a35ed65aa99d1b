// Rule (division-sentences): a section titled as a division of the work (三、职责分工) that numbers no items and whose
// paragraphs, three or more, every one of them, open on who answers and a verb of duty with no colon between
// (「区绿化市容局负责本区装修垃圾处理的全面管理和指导工作…」 「区城管执法局依法对违反规定的行为实施行政处罚…」
// 「区住房保障房屋管理局指导、协调各街道、镇…」 「各街道、镇作为本辖区内装修垃圾处理工作的责任主体，负责…」, 徐汇区关于进一步
// 加强本区装修垃圾处理的工作方案, 徐府办发〔2017〕16号) divides the work as paragraphs opening on a colon do: it is one
// measure, labelled by its section; the body whose paragraph opens on 牵头 leads, and with none the bodies share it,
// generic actors (各街道、镇) standing beside them. Outside such a section, or with one paragraph that opens otherwise
// (「区政府明确…」 inside a paragraph is no paragraph's opening), sentences with a body as their subject are read as prose.
// sentence-division: the section may divide the work in one paragraph whose sentences, three or more, every one of
// them, open so: 「该为民办实事项目建设主体为区应急局，统筹开展…。区消防救援局负责协调、指导…。区财政局、区发改委负责落实…。
// 各属地街道负责排摸…」 (虹口区, 虹应急〔2026〕2号, 三、职责分工).
// named-owner-opening: a sentence of such a division may name the owner of the work instead, 「…(建设|实施|责任)主体为X，
// 统筹/负责…」: the owner leads it; 「由X负责…」 opens on X as 「X负责…」 does. A 主体 that names no body (「实施主体为企业」)
// opens on no one, so the section divides nothing, and outside a division section such a sentence is prose.
import type { DepartmentDirectory } from '../types';
import { DIVISION_TITLE, readOpening, type DivisionParagraph } from './division-paragraphs';
import { readLabel } from './policy-numbering';

/** Who answers: a name or a list of names, a short note in brackets allowed. */
const NAMES = String.raw`((?:[^：:，。；,;（()）\s]|[（(][^（()）]{1,12}[）)]){2,60}?)`;
/** A paragraph opening on who answers and a verb of duty. */
const SUBJECT_OPENING = new RegExp(String.raw`^${NAMES}((?:负责|依法|指导|协调|作为|牵头|统筹|会同|配合|督促|承担)\S*)$`);

/** 「…主体为X，统筹…」: the owner of the work named, then its duty. */
const OWNER_OPENING = new RegExp(String.raw`^[^，。；,;]{0,40}?主体(?:为|是)${NAMES}[，,]\s*((?:负责|统筹|牵头|承担)\S*)$`);
/** 「由X负责…」: the duty's owner after 由. */
const BY_OPENING = new RegExp(String.raw`^由${NAMES}((?:负责|牵头|统筹)\S*)$`);

function readSentence(sentence: string, directory?: DepartmentDirectory): DivisionParagraph | null {
  const owner = OWNER_OPENING.exec(sentence);
  if (owner) {
    const read = readOpening(owner[1], owner[2], directory);
    return read && read.bodies.length > 0 ? { ...read, leads: true } : null;
  }
  const m = BY_OPENING.exec(sentence) ?? SUBJECT_OPENING.exec(sentence);
  return m ? readOpening(m[1], m[2], directory) : null;
}

/** Each opening read, or empty when any opens otherwise. */
function readAll(openings: string[], directory?: DepartmentDirectory): DivisionParagraph[] {
  const read = openings.map((p) => readSentence(p, directory));
  return read.every((r) => r !== null) ? (read as DivisionParagraph[]) : [];
}

/**
 * The paragraphs of a division section read by their openings, or empty when any paragraph opens otherwise; a section
 * of one paragraph is read by its sentences (sentence-division).
 */
export function divisionSentences(lines: string[], directory?: DepartmentDirectory): DivisionParagraph[] {
  const paragraphs = lines.map((l) => l.trim()).filter((l) => l !== '');
  if (paragraphs.length >= 3) return readAll(paragraphs, directory);
  if (paragraphs.length !== 1) return [];
  const sentences = paragraphs[0].split(/(?<=。)/).map((x) => x.trim()).filter((x) => x !== '');
  return sentences.length >= 3 ? readAll(sentences, directory) : [];
}

/** Whether a section titled `title` divides its work in such paragraphs (division-sentences). */
export function dividesBySentence(title: string, lines: string[], directory?: DepartmentDirectory): boolean {
  return DIVISION_TITLE.test(title) && divisionSentences(lines, directory).length > 0;
}

/** The responsibility of a measure that is such a section (its first line the section's heading), or null. */
export function sentenceDivisionResponsibility(text: string, directory?: DepartmentDirectory): { text: string; lead: string[]; support: string[]; joint: boolean; generic: string[] } | null {
  const [heading, ...rest] = text.split('\n');
  const label = readLabel(heading.trim());
  const title = (label ? label.rest : heading).trim().replace(/[。：:]$/, '');
  if (!DIVISION_TITLE.test(title)) return null;
  const paragraphs = divisionSentences(rest, directory);
  if (paragraphs.length === 0) return null;
  const unique = (names: string[]) => [...new Set(names)];
  const named = unique(paragraphs.flatMap((p) => p.bodies));
  const lead = unique(paragraphs.filter((p) => p.leads).flatMap((p) => p.bodies));
  const generic = unique(paragraphs.flatMap((p) => p.generic));
  const words = paragraphs.map((p) => p.opening).join('\n');
  if (lead.length > 0) return { text: words, lead, support: named.filter((n) => !lead.includes(n)), joint: false, generic };
  return { text: words, lead: named, support: [], joint: named.length > 1, generic };
}
