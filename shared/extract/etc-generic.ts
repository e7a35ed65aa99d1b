// Refiner on one name in a list: what follows 等 closing a run of bodies. A generic actor may follow 等 at once
// (区财政局等有关部门) or be joined to it by a connective (扶贫办、商务部等和各有关省级人民政府负责;
// 全国总工会等和各省级人民政府负责; 等以及各县市区政府): the bodies before 等 are departments, the generic actor
// after it is no department and takes no part of their names. A connective that joins anything but a generic
// actor is left as written. Pure.

const CONNECTIVE = /^(?:以及|和|及|与|并)/;

/** The generic actor written after 等 (its connective dropped), or null when what follows 等 is none. */
export function genericAfterEtc(after: string, isGeneric: (name: string) => boolean): string | null {
  const m = CONNECTIVE.exec(after);
  const rest = m ? after.slice(m[0].length) : after;
  return rest !== '' && isGeneric(rest) ? rest : null;
}
