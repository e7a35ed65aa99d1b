// place-names: a policy names its bodies by the short local form (区民政局, 县财政局, 市发展改革委), the level
// character standing for the place that issued it. Inside one policy that is one body; across a workspace holding
// the policies of several places the same short form names a body of each place (甲区's 区民政局 and 乙区's). A
// short form used under two places or more is written with its place (甲区民政局, 乙区民政局), and so is every short
// form of a level whose short forms stand for two places or more (甲区's own 区工信局 beside them); the level of a
// place above the issuer is written with that place (a district policy's 市民政局 is 六安市民政局, the city's own
// 市民政局 too). A workspace of one place keeps every name as read.
import type { PolicyExtract, SubmissionAnalysis } from '../types';
import { placeFromIssuer, placeFromTitle, type PlaceContext } from '../extract/departments';

/** The place a policy speaks for: its issuing government, else the place its title opens on; null when neither. */
export function policyPlace(policy: { issuer: string | null; title: string | null }): PlaceContext | null {
  return placeFromIssuer(policy.issuer) ?? placeFromTitle(policy.title);
}

/** The place's own name, without the places above it (六安市金安区 → 金安区): two spellings of one place share it. */
export function placeKey(place: PlaceContext): string {
  return [...place.prefixes].sort((a, b) => a.length - b.length)[0] ?? '';
}

/** The place's segments, its own first, then each one above it: 六安市金安区 → ['金安区', '六安市']. */
function segments(place: PlaceContext): string[] {
  const prefixes = [...place.prefixes].sort((a, b) => a.length - b.length);
  return prefixes.map((p, i) => (i === 0 ? p : p.slice(0, p.length - prefixes[i - 1].length)));
}

/**
 * The name with its place written in: the leading level character replaced by the place of that level, the issuer's
 * own first (区民政局 → 金安区民政局, 市财政局 in 海城市's policy → 海城市财政局, 市民政局 in 金安区's → 六安市民政局). A name
 * already written with a place of the issuer or its short name (市中供电中心 in 市中区's), one of no level
 * (东莞港务集团), 市场… and a level the issuer's place does not name are left as they are.
 */
export function placedName(name: string, place: PlaceContext | null): string {
  if (!place || name.length < 3) return name;
  const parts = segments(place);
  // written with a place of the issuer, whole or by its short name (市中供电中心 of 市中区: no 市 body)
  if (parts.some((s) => name.startsWith(s) || (s.length > 2 && name.startsWith(s.slice(0, -1))))) return name;
  if (name.startsWith('市场')) return name;
  const level = name[0];
  const own = parts.find((s) => s.length > 1 && s.endsWith(level));
  return own ? own + name.slice(1) : name;
}

/** One policy of the workspace as the places of its names see it. */
export interface PolicyNames {
  place: PlaceContext | null;
  /** The names its ledger and its reports use, as read against it. */
  names: Iterable<string>;
}

/** Which names a workspace of several places writes with their place. */
export interface WorkspacePlacing {
  /** Short forms two places or more use (甲区's and 乙区's 区民政局). */
  shared: ReadonlySet<string>;
  /**
   * Level characters whose short forms stand for two places or more of the workspace (区 where 甲区's policy writes
   * 区… and 乙区's too): every short form of that level is written with its place, 甲区's own 区工信局 too, since a
   * reader cannot tell which 区 it is.
   */
  levels: ReadonlySet<string>;
}

/**
 * How the workspace's policies place their names. A policy of no known place is left out: its names may be any
 * place's, and are kept as read.
 */
export function workspacePlacing(policies: readonly PolicyNames[]): WorkspacePlacing {
  const placesOf = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, place: string) => {
    const places = map.get(key);
    if (places) places.add(place);
    else map.set(key, new Set([place]));
  };
  const placesAtLevel = new Map<string, Set<string>>();
  for (const p of policies) {
    if (!p.place) continue;
    const key = placeKey(p.place);
    const parts = segments(p.place);
    for (const n of p.names) {
      add(placesOf, n, key);
      // the place of the name's level that the policy's short form stands for (its 区 for 区财政局, the city above for 市民政局)
      const at = parts.find((s) => s.length > 1 && s.endsWith(n[0]));
      if (at && placedName(n, p.place) !== n) add(placesAtLevel, n[0], at);
    }
  }
  const several = (map: Map<string, Set<string>>) => new Set([...map].filter(([, places]) => places.size > 1).map(([k]) => k));
  return { shared: several(placesOf), levels: several(placesAtLevel) };
}

/** Whether the workspace writes any name with its place: not when it holds one place. */
export const placesAnyName = (placing: WorkspacePlacing): boolean => placing.shared.size > 0 || placing.levels.size > 0;

/** Whether the workspace writes this name with its place. */
export const writesPlace = (placing: WorkspacePlacing, name: string): boolean => placing.shared.has(name) || placing.levels.has(name[0]);

/**
 * How a policy's names read across the workspace: a name the workspace places (workspacePlacing) carries the
 * policy's place, every other name stays as read. `follow` is the office's own merges of whole names, applied to a
 * name given its place (a merge of 甲区民政局 into 乙区民政局 holds).
 */
export function workspaceNamer(place: PlaceContext | null, placing: WorkspacePlacing, follow: (name: string) => string = (n) => n): (name: string) => string {
  return (name) => {
    if (!writesPlace(placing, name)) return name;
    const placed = placedName(name, place);
    return placed === name ? name : follow(placed);
  };
}

const unique = (names: readonly string[]): string[] => [...new Set(names)];

/**
 * Another name of a body, with the place its canonical name was given: 区发展和改革委员会 of 区发改局 is 恩阳区发展和改革委员会
 * where 区发改局 is 恩阳区发改局. An alias of another level, or of a body merged under another name, is named as itself.
 */
function aliasWithPlace(alias: string, canonical: string, name: (n: string) => string): string {
  const to = name(canonical);
  const stem = canonical.slice(1);
  if (to === canonical || alias[0] !== canonical[0] || !to.endsWith(stem)) return name(alias);
  return to.slice(0, to.length - stem.length) + alias.slice(1);
}

/**
 * The policy with every body named as the workspace names it (generic actors and names as written untouched); a
 * name the office marked generic under its place (立山区财政局) is a generic actor of its measures, as any name so marked.
 */
export function renamedPolicy<P extends PolicyExtract>(policy: P, name: (n: string) => string, isGeneric: (n: string) => boolean = () => false): P {
  const body = (n: string) => !isGeneric(n);
  return {
    ...policy,
    measures: policy.measures.map((m) => {
      const lead = unique(m.lead.map(name));
      const support = unique(m.support.map(name));
      const marked = [...lead, ...support].filter(isGeneric);
      if (marked.length === 0) return { ...m, lead, support };
      return { ...m, lead: lead.filter(body), support: support.filter(body), generic: unique([...m.generic, ...marked]) };
    }),
    departments: unique(policy.departments.map(name)).filter(body).sort((a, b) => a.localeCompare(b, 'zh-CN')),
    ...(policy.aliases ? { aliases: policy.aliases.map((a) => ({ alias: aliasWithPlace(a.alias, a.canonical, name), canonical: name(a.canonical) })) } : {}),
  };
}

/** The report with its senders, and the bodies its gathered rows answer for (collected-return), named as the workspace names them. */
export function renamedReport<R extends Pick<SubmissionAnalysis, 'departments'> & { links?: SubmissionAnalysis['links'] }>(report: R, name: (n: string) => string): R {
  const renamed = { ...report, departments: unique(report.departments.map(name)) };
  if (!report.links?.some((l) => l.answersFor)) return renamed;
  return { ...renamed, links: report.links.map((l) => (l.answersFor ? { ...l, answersFor: unique(l.answersFor.map(name)) } : l)) };
}
