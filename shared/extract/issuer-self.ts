// Refiner on a measure's bodies: the issuer speaking for itself. A development zone's committee writes itself by its
// short names in its own plan (「管委会会同浦东新区和奉贤区…」, 「新片区管委会、各镇应…」, 「临港新片区管委会协同…」,
// 临港新片区城市体检实施方案, 2024): it issues the work and is no body answerable for it, as a government's 「省政府将…」
// is not; the bodies it works with keep their roles. A short name is the issuer's when it ends the way the issuer's
// kind does (管委会 for 管理委员会) and the words before it are part of the issuer's name. An issuer written in full in a
// bracket of its own (（国务院办公厅负责）) has given itself the work, and keeps it. Pure.

const KINDS: [full: string, short: string][] = [['管理委员会', '管委会']];

/** Whether `name` is the policy's issuer itself, written by a short name. */
export function isIssuerSelf(name: string, issuer: string | null): boolean {
  if (!issuer) return false;
  for (const [full, short] of KINDS) {
    if (!issuer.endsWith(full) || !name.endsWith(short)) continue;
    const stem = name.slice(0, -short.length);
    if (stem === '' || issuer.slice(0, -full.length).includes(stem)) return true;
  }
  return false;
}

/** The lead and support without the issuer itself. */
export function withoutIssuer<T extends { lead: string[]; support: string[] }>(read: T, issuer: string | null): T {
  const keep = (n: string) => !isIssuerSelf(n, issuer);
  return { ...read, lead: read.lead.filter(keep), support: read.support.filter(keep) };
}
