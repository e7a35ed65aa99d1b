// Rule on a sentence assigning the work: a clause that only lists bodies, right after the clause naming the lead
// (「教务处牵头，经济管理学院以及试点学院等，与相关专业和合作企业的教授、专家等共同建立有效的管理与咨询组织」,
// 哈尔滨工业大学（威海）, 2016), names those who work with the lead: they support it, the verb they share coming after
// them. The list is joined by 、, 和, 及 or 以及 and may close on 等; anything else in the clause (a verb, a time, an
// object) makes it no such list.
import { isGenericActor, looksLikeBody } from './departments';
import type { DepartmentDirectory } from '../types';

/** The names of a clause that is only a list of bodies (经济管理学院以及试点学院等), at least one of them no generic
 *  actor; null otherwise. */
export function listedBodies(clause: string, directory?: DepartmentDirectory): string[] | null {
  const names = clause
    .trim()
    .replace(/等$/, '')
    .split(/以及|及|和|、/)
    .map((n) => n.trim());
  if (names.length === 0 || names.some((n) => n.length < 2 || !(looksLikeBody(n) || isGenericActor(n, directory)))) return null;
  return names.some((n) => !isGenericActor(n, directory)) ? names : null;
}
