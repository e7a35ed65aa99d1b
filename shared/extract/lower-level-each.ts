// Rule (lower-level-each): in a city's document (its government or one of its bureaus), a body written with the level
// below the city's and no place name, 区市场监管局 or 县财政局, is no one district's: the city has none of its own, so
// the name stands for each district's (or county's) body of that kind, a generic actor (「以下均需区市场监管局落实…」,
// 沪市监特种〔2023〕414号). A district named (虹口区市场监管局) is that district's body. Pure.
import { levelOf } from './list-level-prefix';

const BELOW: Record<string, readonly string[]> = { 市: ['区', '县'] };

interface Read {
  lead: string[];
  support: string[];
  joint: boolean;
  generic: string[];
}

/** Whether `name`, in a document of the issuer's `level`, stands for each lower-level body of its kind. */
export function isLowerLevelEach(name: string, level: string | null): boolean {
  const own = levelOf(name);
  return level !== null && own !== null && (BELOW[level] ?? []).includes(own) && name.length > 2;
}

/** The read with each lower-level body moved among the generic actors. */
export function withLowerLevelEach<T extends Read>(read: T, level: string | null): T {
  const each = (n: string) => isLowerLevelEach(n, level);
  const moved = [...read.lead, ...read.support].filter(each);
  if (moved.length === 0) return read;
  const lead = read.lead.filter((n) => !each(n));
  const generic = [...read.generic, ...moved.filter((n) => !read.generic.includes(n))];
  return { ...read, lead, support: read.support.filter((n) => !each(n)), joint: read.joint && lead.length > 1, generic };
}
