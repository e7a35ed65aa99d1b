// Policy extraction: a policy's paragraphs → metadata, sections, measures with their responsible
// departments, deadlines and targets. Each step is a small module; they run in this order:
//   1. policy-lines        paragraphs → clean lines (Markdown, page numbers, bold runs)
//   2. metadata            title, 发文字号, 发文机关, 成文日期, 印发日期; where the body starts and ends
//   3. structure           sections and measures (which numbering level is the measure level, what only frames
//                          them); division-table adds the duties a 任务分工表 assigns to measures numbered in the text
//   4. responsibility      who leads, supports or shares each measure, as written; lead-convention first takes out
//                          a convention stated once ("列第一位的为牵头单位，下同") and applies it from its measure on;
//                          prose-duty reads, for a measure that names no one (or only generic actors), the bodies its
//                          sentences make the subjects of a duty (A负责…, 由A会同B制定…); issuer-level gives a list that writes no level the issuer's (财政局 → 市财政局),
//                          each line of a responsibility written on several lines a list of its own
//   5. policy-departments  one canonical name per body across the policy
//   6. deadlines, targets  time phrases and quantitative targets of each measure; relative-deadlines settles spans
//                          counted from the date of issue or a stated start, and drops repeats
// What the user should check afterwards is derived from the extract by reading-report (CLI and Policy view).
import type { DepartmentDirectory, Measure, PolicyExtract } from '../types';
import { extractDeadlines } from './deadlines';
import { extractTargets } from './targets';
import { forwardedYear, planYearFromTitle } from './plan-year';
import { schedulePhases, withScheduleDates } from './schedule-dates';
import { campaignWindowClose } from './campaign-window';
import { rectifyByDay } from './rectify-by-day';
import { defaultDirectory, isKindOfDepartment, normalizeDepartmentName, placeFromIssuer, placeFromTitle } from './departments';
import { readMetadata } from './metadata';
import { foldPolicyDepartments } from './policy-departments';
import { policyLines } from './policy-lines';
import { issuerLevel, withIssuerLevelByLine } from './issuer-level';
import { pairPlaces, withPairPlaces } from './pair-places';
import { withoutIssuer } from './issuer-self';
import { keptFullPlaceNames, withOwnPlaceNames } from './own-place-name';
import { withLowerLevelEach } from './lower-level-each';
import { applyConventions, readConventions, type Convention } from './lead-convention';
import { refineDeadlines, spanStartYear } from './relative-deadlines';
import { isPlainName, officeOfTitle, officePartners } from './office-item';
import { definedShortNames, streetShortNames, withFullNames, withoutTailReferences } from './short-names';
import { proseResponsibility } from './prose-duty';
import { readResponsibility } from './responsibility';
import { secondNamesIn } from './second-name';
import { readStructure } from './structure';
import { citeMeasureList } from './measure-citation';

export interface PolicyInput {
  /** boldEnd: where the paragraph's opening bold run ends, when the importer knows (a measure's title). */
  paragraphs: { index: number; text: string; bold?: boolean; heading?: boolean; boldEnd?: number }[];
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

/** 第 1、3 条措施未找到责任单位; where numbering restarts, each cited with its section (第一部分第1条、第二部分第1条措施…). */
function unassignedWarning(measures: readonly Pick<Measure, 'label' | 'number' | 'section'>[], numbers: number[]): string {
  const shown = numbers.slice(0, 12);
  const more = numbers.length > shown.length ? ` 等 ${numbers.length}` : '';
  const cited = citeMeasureList(measures, shown);
  if (cited === `第${shown.join('、')}条`) return `第 ${shown.join('、')}${more} 条措施未找到责任单位`;
  return `${cited}${more ? `${more} 条` : ''}措施未找到责任单位`;
}

/** A sentence naming a body the lead of the work by its role: 「办公室为处理政务公开事务的牵头责任部门」. */
const NAMED_LEAD_SENTENCE = /为(?:[^，。；,;]{0,30}的)?牵头(?:责任)?(?:单位|部门|[处科股]室)/;

export function extractPolicy(input: PolicyInput, directory: DepartmentDirectory = defaultDirectory()): PolicyExtract {
  const warnings: string[] = [];

  // 1–2. lines and metadata
  const lines = policyLines(input.paragraphs);
  const meta = readMetadata(lines);
  // pair-places: two governments issuing together have no one place of their own to leave off their bodies' names
  const pair = pairPlaces(meta.issuer);
  // title-place: a document that names no issuer is its title's place's (潍坊市2017年政务公开工作要点实施方案)
  const place = pair.length === 2 ? null : (placeFromIssuer(meta.issuer) ?? (meta.issuer === null ? placeFromTitle(meta.title) : null));
  const level = issuerLevel(meta.issuer);

  // 3. structure
  // (frame-kind-duty: a duty given only to kinds of department, 由房产部门牵头, assigns no one)
  const namesBody = (text: string) => {
    const read = readResponsibility(text, directory);
    return read.lead.length + read.support.length > 0 || read.generic.some((g) => !isKindOfDepartment(g));
  };
  // (prose-points: headings over points, the points' prose naming who does what)
  const proseBody = (text: string) => (proseResponsibility(text, directory)?.lead.length ?? 0) > 0;
  const structure = readStructure(lines, meta, (text) => readResponsibility(text, directory).text, namesBody, proseBody);
  warnings.push(...structure.warnings);

  // 4. responsibilities as written, with the conventions stated once applied from where they are stated
  const inForce: Convention[] = [];
  const reads = structure.measures.map((m) => {
    const found = readConventions(m.text);
    let read = readResponsibility(found.text, directory);
    // a measure that names no one takes the responsibility written on its section's heading
    const fromHeading = structure.sections.find((s) => s.number === m.section)?.responsibility;
    if (read.text === null && fromHeading) read = readResponsibility(fromHeading, directory);
    const here = [...inForce, ...found.conventions];
    inForce.push(...found.conventions.filter((c) => c.onward));
    let applied = { ...read, ...applyConventions(read, here) };
    // no bracket, label, duty line, convention or heading: the bodies the prose makes the subjects of its duties
    // office-item: an item headed by an office's name alone (1.街道消委办。牵头开展…) is that office's
    const office = applied.text === null && applied.lead.length === 0 && applied.support.length === 0 ? officeOfTitle(m.title, directory) : null;
    if (office !== null) {
      if ('lead' in office) applied = { ...applied, text: m.title, lead: [office.lead], support: officePartners(found.text, office.lead, directory), joint: false };
      else {
        // generic-office-split: an item headed by every office of a kind (（五）各街道办事处。…具体分工为：) that then
        // gives the work to named offices (1.提篮桥街道办事处负责…) is theirs, shared
        // (split-names-plain: only names, not clauses a step of the item opens with, are the offices given the work)
        const read = proseResponsibility(found.text, directory);
        const split = read === null ? null : { ...read, lead: read.lead.filter(isPlainName), support: read.support.filter(isPlainName) };
        applied = split !== null && split.lead.length > 0 ? { ...applied, ...split, joint: split.lead.length > 1, generic: [office.generic] } : { ...applied, generic: [office.generic] };
      }
    } else if (applied.text === null && applied.lead.length === 0 && applied.support.length === 0) {
      const prose = proseResponsibility(found.text, directory);
      if (prose !== null) applied = { ...applied, ...prose };
    } else if (applied.lead.length === 0 && applied.support.length === 0 && applied.generic.length > 0) {
      // generic-only duty: a bracket naming only 各有关部门和单位 leaves the work to the bodies the text gives it to
      // (人力资源社会保障部要统筹协调…), the generic actors beside them
      const prose = proseResponsibility(applied.text === null ? found.text : found.text.replace(applied.text, ''), directory);
      if (prose !== null && prose.lead.length > 0) applied = { ...applied, ...prose, text: `${applied.text}\n${prose.text}` };
    } else if (applied.text !== null && NAMED_LEAD_SENTENCE.test(applied.text) && applied.support.length === 0) {
      // named-lead-partners: beside a body named the lead (办公室为…的牵头责任部门), the other bodies the prose gives a
      // duty to (政务公开工作领导小组负责研究、协调…) support it
      const prose = proseResponsibility(found.text.replace(applied.text, ''), directory);
      const others = prose === null ? [] : [...prose.lead, ...prose.support].filter((n) => !applied.lead.includes(n));
      if (prose !== null && others.length > 0) applied = { ...applied, support: others, text: `${applied.text}\n${prose.text}` };
    }
    // a list that writes no level names the issuer's own bodies (财政局 in a 市's document is the 市's); each
    // line of the responsibility (牵头单位:… over 责任单位:…) is a list of its own
    // (own-place-name: a body written with the issuer's place name, 北京金融监管局, takes no level)
    // issuer-self: a zone's committee writing itself (管委会, 新片区管委会) is no body answerable
    applied = withoutIssuer(applied, meta.issuer);
    // lower-level-each: 区市场监管局 in a city bureau's document is each district's
    applied = withLowerLevelEach(applied, place?.level ?? null);
    // pair-places: two cities issuing together write 两市X for the X of each
    if (pair.length === 2) applied = { ...applied, lead: withPairPlaces(applied.lead, applied.text, pair), support: withPairPlaces(applied.support, applied.text, pair) };
    const named = withOwnPlaceNames(withIssuerLevelByLine([...applied.lead, ...applied.support], applied.text, level), place);
    return { ...applied, lead: named.slice(0, applied.lead.length), support: named.slice(applied.lead.length) };
  });

  // short-name: 建交中心, after 「城市建设交通运输事务中心（…）（以下简称建交中心）」, is that body
  // (street-short: 仁兴街 beside 仁兴街道办事处 is that street's office)
  const shortNames = new Map([...streetShortNames(lines.map((l) => l.text).join('\n')), ...definedShortNames(lines.map((l) => l.text).join('\n'))]);
  reads.forEach((r, k) => (reads[k] = { ...r, ...withoutTailReferences(withFullNames(r.lead, shortNames), withFullNames(r.support, shortNames)) }));

  // 5. folding
  const lists = reads.map((r) => [...r.lead, ...r.support]);
  // (full-place-name: 重庆市税务局 beside 市商务委, never written 市税务局, keeps its place)
  const folding = foldPolicyDepartments(lists, directory, place, keptFullPlaceNames(lists, place, directory));

  // 6. deadlines and targets, and the measures put together
  const startYear = spanStartYear(lines.map((l) => l.text).join('\n'), meta.issuedOn);
  // an annual plan titled with its year dates what it writes without one when no date of issue is found
  // (forwarded-year: a forwarding notice without a date of its own, the year of what it forwards)
  const planYear = planYearFromTitle(meta.title) ?? (meta.issuedOn === null ? forwardedYear(lines.map((l) => l.text)) : null);
  // schedule-dates: the days a schedule section sets for the phases of the whole work fall due for every task
  // campaign-window: the day the window of the whole campaign closes falls due for every task as well
  const windowClose = campaignWindowClose(lines.map((l) => l.text));
  // rectify-by-day: the day a rectification notice's cover sets for putting its problems right
  const rectifyBy = rectifyByDay(lines.map((l) => l.text));
  const phaseDates = [...schedulePhases(lines.map((l) => l.text)), ...[windowClose, rectifyBy].filter((d): d is string => d !== null)].flatMap((p) => extractDeadlines(p, { issuedOn: meta.issuedOn, planYear }));
  const measures = structure.measures.map((draft, k): Measure => {
    const read = reads[k];
    const lead = unique(read.lead.map(folding.canonical));
    const support = unique(read.support.map(folding.canonical)).filter((d) => !lead.includes(d));
    return {
      number: draft.number,
      label: draft.label,
      section: draft.section,
      ...(draft.middleHeading ? { middleHeading: draft.middleHeading } : {}),
      title: draft.title,
      text: draft.text,
      lead,
      support,
      // Two names of one body are not two bodies sharing a duty.
      joint: read.joint && lead.length > 1,
      generic: read.generic,
      rawDepartments: unique([...read.lead, ...read.support]),
      responsibilityText: read.text,
      deadlines: withScheduleDates(refineDeadlines(draft.text, extractDeadlines(draft.text, { issuedOn: meta.issuedOn, planYear }), { issuedOn: meta.issuedOn, startYear }), phaseDates),
      targets: extractTargets(draft.text),
      paragraphs: draft.paragraphs,
    };
  });

  if (meta.title === '') warnings.push('未识别到政策标题');
  if (meta.issuedOn === null) warnings.push('未找到成文日期，只写月份的时限无法确定年份');
  if (measures.length === 0) warnings.push('未识别到编号的措施条目');
  const unassigned = measures.filter((m) => m.responsibilityText === null).map((m) => m.number);
  if (unassigned.length > 0) warnings.push(unassignedWarning(measures, unassigned));

  const departments = unique(measures.flatMap((m) => [...m.lead, ...m.support])).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  // an office written under two names (县发改局（粮食局）) answers to its other name too
  const aliases = [...folding.aliases];
  for (const { name, other } of reads.flatMap((r) => (r.text === null ? [] : secondNamesIn(r.text)))) {
    const alias = normalizeDepartmentName(other, place);
    if (!aliases.some((a) => a.alias === alias)) aliases.push({ alias, canonical: folding.canonical(name) });
  }
  return {
    title: meta.title,
    docNumber: meta.docNumber,
    issuer: meta.issuer,
    issuedOn: meta.issuedOn,
    printedOn: meta.printedOn,
    sections: structure.sections,
    measures,
    departments,
    warnings,
    aliases,
  };
}
