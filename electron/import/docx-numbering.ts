// Word's list numbering (word/numbering.xml, and the numbering paragraph styles carry in styles.xml), read into the
// list definitions shared/text/list-numbers.ts counts with. A paragraph takes a list from its own w:numPr, else from
// its style (or the style that style is based on); w:numId 0 takes it out of any list.
import type { ListDefinition, ListInstance, ListLevel } from '../../shared/text/list-numbers';
import { child, elements, isToggleOn, type XmlElement } from './xml-lite';

/** A paragraph's place in a list, as w:numPr gives it: the list's id and its level (from 0). */
export interface ListRef {
  /** Absent where the paragraph gives only its level and takes the list from its style. */
  numId?: string;
  level: number | null;
}

const val = (el: XmlElement | undefined) => el?.attrs['w:val'];
const intVal = (el: XmlElement | undefined): number | undefined => {
  const v = val(el);
  const n = v === undefined ? NaN : Number.parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
};

/** The list reference of a paragraph's or a style's w:pPr, if it has one. */
export function listRefOf(pPr: XmlElement | undefined): ListRef | undefined {
  const numPr = pPr && child(pPr, 'w:numPr');
  if (!numPr) return undefined;
  const numId = val(child(numPr, 'w:numId'));
  const level = intVal(child(numPr, 'w:ilvl')) ?? null;
  return numId === undefined ? { level } : { numId, level };
}

function levelOf(lvl: XmlElement): ListLevel {
  const suffix = val(child(lvl, 'w:suff'));
  return {
    start: intVal(child(lvl, 'w:start')) ?? 0,
    format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
    text: val(child(lvl, 'w:lvlText')) ?? '',
    restart: intVal(child(lvl, 'w:lvlRestart')),
    legal: isToggleOn(child(lvl, 'w:isLgl')),
    suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
  };
}

function levelsOf(el: XmlElement): ListLevel[] {
  const levels: ListLevel[] = [];
  for (const lvl of elements(el)) {
    if (lvl.name !== 'w:lvl') continue;
    const k = Number.parseInt(lvl.attrs['w:ilvl'] ?? '', 10);
    if (k >= 0 && k < 9) levels[k] = levelOf(lvl);
  }
  return levels;
}

/** The lists of numbering.xml (its root element) by w:numId; none when the part is absent. */
export function readLists(root: XmlElement | null): Map<string, ListInstance> {
  const lists = new Map<string, ListInstance>();
  const numbering = root?.name === 'w:numbering' ? root : null;
  if (!numbering) return lists;
  const definitions = new Map<string, ListDefinition>();
  const byStyle = new Map<string, ListDefinition>();
  const linked: [string, string][] = [];
  for (const el of elements(numbering)) {
    const id = el.attrs['w:abstractNumId'];
    if (el.name !== 'w:abstractNum' || id === undefined) continue;
    const definition = { id, levels: levelsOf(el) };
    definitions.set(id, definition);
    const style = val(child(el, 'w:styleLink'));
    if (style !== undefined) byStyle.set(style, definition);
    const uses = val(child(el, 'w:numStyleLink'));
    if (uses !== undefined) linked.push([id, uses]);
  }
  // a definition that only names a numbering style is that style's list
  for (const [id, style] of linked) {
    const target = byStyle.get(style);
    if (target && definitions.get(id)?.levels.length === 0) definitions.set(id, target);
  }
  for (const el of elements(numbering)) {
    if (el.name !== 'w:num') continue;
    const numId = el.attrs['w:numId'];
    const definition = definitions.get(val(child(el, 'w:abstractNumId')) ?? '');
    if (numId === undefined || !definition) continue;
    const startOverrides = new Map<number, number>();
    const levelOverrides = new Map<number, ListLevel>();
    for (const override of elements(el)) {
      if (override.name !== 'w:lvlOverride') continue;
      const k = Number.parseInt(override.attrs['w:ilvl'] ?? '', 10);
      if (!(k >= 0 && k < 9)) continue;
      const start = intVal(child(override, 'w:startOverride'));
      if (start !== undefined) startOverrides.set(k, start);
      const lvl = child(override, 'w:lvl');
      if (lvl) levelOverrides.set(k, levelOf(lvl));
    }
    lists.set(numId, { definition, startOverrides, levelOverrides });
  }
  return lists;
}

/** The list reference each paragraph style of styles.xml (its root element) gives, its own or through the styles it is based on. */
export function styleListRefs(stylesRoot: XmlElement | null): Map<string, ListRef> {
  const own = new Map<string, { ref?: ListRef; basedOn?: string }>();
  const styles = stylesRoot?.name === 'w:styles' ? stylesRoot : null;
  for (const style of styles ? elements(styles) : []) {
    const id = style.attrs['w:styleId'];
    if (style.name !== 'w:style' || id === undefined || (style.attrs['w:type'] ?? 'paragraph') !== 'paragraph') continue;
    const ref = listRefOf(child(style, 'w:pPr'));
    own.set(id, { ref: ref?.numId === undefined ? undefined : ref, basedOn: val(child(style, 'w:basedOn')) });
  }
  const refs = new Map<string, ListRef>();
  for (const id of own.keys()) {
    // the first style up the chain that names a list; a chain is followed no further than it can be long
    let at: string | undefined = id;
    for (let depth = 0; at !== undefined && depth < own.size; depth++) {
      const style = own.get(at);
      if (style?.ref) {
        refs.set(id, style.ref);
        break;
      }
      at = style?.basedOn;
    }
  }
  return refs;
}
