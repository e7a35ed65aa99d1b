// Step 5 of policy extraction: one canonical name per body across the whole policy.
//   - names that fold to one body (directory alias, dropped 和, default short-form table) form a group;
//   - an old name kept after a merger (区商务局 beside 区商务和投资促进局) joins the merged body's group,
//     unless one responsibility list names both, which shows they are two bodies;
//   - the group's name is the one an explicit alias chose, else the longest form the policy writes:
//     the policy's own formal name, not one it never uses.
import type { DepartmentAlias, DepartmentDirectory, PolicyExtract } from '../types';
import { bodyKey, normalizeDepartmentName, placeFromIssuer, resolveDepartment, splitLevel, type PlaceContext, type ResolvedDepartment } from './departments';

export interface PolicyFolding {
  /** Canonical name of a name as written in the policy (any name it was built from). */
  canonical(name: string): string;
  /** Every form seen, and the directory's name for it, pointing at the policy's canonical name. */
  aliases: DepartmentAlias[];
}

interface Member {
  written: string;
  raw: Set<string>;
  resolved: ResolvedDepartment;
}

interface Group {
  members: Member[];
  authoritative: boolean;
  name: string;
}

function groupKey(r: ResolvedDepartment): string {
  return r.source === 'alias' ? `A:${r.canonical}` : `K:${bodyKey(r.canonical)}`;
}

function displayName(members: Member[], authoritative: boolean): string {
  if (authoritative) return members[0].resolved.canonical;
  // The longest written form; the first seen on a tie.
  return members.reduce((best, m) => (m.written.length > best.written.length ? m : best)).written;
}

/** 区商务局 is the old name of 区商务和投资促进局: same level, same first function, merged with another. */
function isOldNameOf(old: string, merged: string): boolean {
  if (!old.endsWith('局') || !merged.endsWith('局')) return false;
  const stem = old.slice(0, -1);
  const bare = splitLevel(stem)?.stem ?? stem;
  return bare.length >= 2 && merged.startsWith(stem + '和') && merged.length > stem.length + 2;
}

/**
 * Folds every specific name of a policy. `mentions` holds the names of each responsibility list as
 * written; names listed together are never merged by the old-name rule.
 */
export function foldPolicyDepartments(
  mentions: string[][],
  directory: DepartmentDirectory,
  place: PlaceContext | null,
  /** Names written with the place in full that keep it (full-place-name). */
  keepPlace: ReadonlySet<string> = new Set(),
): PolicyFolding {
  const fold = (name: string) => normalizeDepartmentName(name, keepPlace.has(normalizeDepartmentName(name)) ? null : place);
  const members = new Map<string, Member>();
  for (const list of mentions) {
    for (const raw of list) {
      const written = fold(raw);
      if (written === '') continue;
      const member = members.get(written) ?? { written, raw: new Set<string>(), resolved: resolveDepartment(written, directory, place) };
      member.raw.add(normalizeDepartmentName(raw));
      members.set(written, member);
    }
  }

  const groups = new Map<string, Group>();
  for (const m of members.values()) {
    const key = groupKey(m.resolved);
    const g = groups.get(key) ?? { members: [], authoritative: m.resolved.source === 'alias', name: '' };
    g.members.push(m);
    groups.set(key, g);
  }
  for (const g of groups.values()) g.name = displayName(g.members, g.authoritative);

  const listedTogether = (a: Group, b: Group) =>
    mentions.some((list) => {
      const names = list.map(fold);
      return a.members.some((m) => names.includes(m.written)) && b.members.some((m) => names.includes(m.written));
    });
  for (const [key, old] of [...groups.entries()]) {
    if (old.authoritative) continue;
    const merged = [...groups.values()].find(
      (g) => g !== old && !g.authoritative && g.members.some((m) => isOldNameOf(old.name, m.written)) && !listedTogether(old, g),
    );
    if (!merged) continue;
    merged.members.push(...old.members);
    groups.delete(key);
  }

  const canonicalOf = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const g of groups.values()) {
    for (const m of g.members) {
      canonicalOf.set(m.written, g.name);
      aliases.set(m.written, g.name);
      for (const r of m.raw) if (!aliases.has(r)) aliases.set(r, g.name);
      if (m.resolved.canonical !== g.name && !aliases.has(m.resolved.canonical)) aliases.set(m.resolved.canonical, g.name);
    }
  }
  return {
    canonical: (name) => {
      const written = fold(name);
      return canonicalOf.get(written) ?? resolveDepartment(written, directory, place).canonical;
    },
    aliases: [...aliases.entries()].map(([alias, canonical]) => ({ alias, canonical })),
  };
}

/**
 * The directory reports are read with: the shipped defaults, then the policy's own folding (each body under the
 * name the policy uses, also when a report writes the formal or the abbreviated form), then the user's entries.
 * Later entries win.
 */
export function withPolicyAliases(
  base: DepartmentDirectory,
  extract: Pick<PolicyExtract, 'aliases' | 'departments' | 'issuer'>,
  user: DepartmentDirectory = { aliases: [], generic: [] },
): DepartmentDirectory {
  const place = placeFromIssuer(extract.issuer ?? null) ?? undefined;
  const policy: DepartmentAlias[] = [...(extract.aliases ?? [])];
  for (const d of extract.departments ?? []) {
    const usual = resolveDepartment(d, base, place).canonical;
    if (usual !== d) policy.push({ alias: usual, canonical: d });
    policy.push({ alias: d, canonical: d });
  }
  return { aliases: [...base.aliases, ...policy, ...user.aliases], generic: [...base.generic, ...user.generic] };
}
