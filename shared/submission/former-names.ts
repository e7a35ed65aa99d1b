// Names bodies carried before the institutional reforms of 2018–2019 (机构改革), and the bodies that took
// their work over. Reports are still signed with the old name now and then (an old seal, a template
// kept from year to year); such a report counts for the body the policy names today. The names are data, in
// shared/departments/names; stems carry no level character, so one row serves 县国土资源局, 区国土资源局 and
// 市国土资源局 alike.
import { BODIES } from '../departments/names';

const byFormer = new Map<string, string[]>();
for (const body of BODIES) {
  for (const former of body.former ?? []) byFormer.set(former, [...new Set([...(byFormer.get(former) ?? []), ...body.names])]);
}

/** The stems that may have taken over a body of this stem (国土资源局 → 自然资源局, …); empty when none. */
export function successorStems(stem: string): readonly string[] {
  return byFormer.get(stem) ?? [];
}
