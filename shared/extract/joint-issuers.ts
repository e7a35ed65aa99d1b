// Joint issuers run together: a notice several bodies issue together prints their names one above the other, or side
// by side, before 关于; read as one line they run on (长沙县住房和城乡建设局长沙县财政局长沙县自然资源局关于印发…). Each
// name opens on the same place, so the place coming again right after a body's name is where the next one starts.
// Each piece must read as a body's name on its own, or the line is left whole (湖南省长沙县人民政府: the place is the
// province's and the county's, written once). Pure.
import { looksLikeBody, placeFromIssuer } from './departments';

/** The bodies a run-together issuer names, in order; the issuer alone when it names one. */
export function jointIssuers(issuer: string): string[] {
  const place = placeFromIssuer(issuer)?.prefixes[0];
  if (!place || place.length < 2) return [issuer];
  const starts = [0];
  for (let at = issuer.indexOf(place, 1); at > 0; at = issuer.indexOf(place, at + place.length)) {
    // 中共长沙县委: the Party's body opens on 中共 before the place
    const from = issuer.startsWith('中共', at - 2) ? at - 2 : at;
    // the next name starts only where what stands since the last start reads as a body's name
    if (looksLikeBody(issuer.slice(starts[starts.length - 1], from))) starts.push(from);
  }
  if (starts.length < 2) return [issuer];
  const pieces = starts.map((s, k) => issuer.slice(s, starts[k + 1] ?? issuer.length));
  // each piece names more than the place: a body after it
  return pieces.every((p) => p.length > place.length + 1 && looksLikeBody(p)) ? pieces : [issuer];
}
