// A small XML reader for Office parts: elements, attributes and text, with namespace prefixes resolved to the
// prefixes Word uses (w:, mc:, v:, r:…) whatever a generator chose. No DTDs, no external entities (none are read).

export interface XmlElement {
  /** Canonical prefix and local name, e.g. "w:p"; elements of other namespaces keep their own prefix. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** The namespaces read, by URI (transitional and strict OOXML), and the prefix they are known by here. */
const KNOWN: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
};

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITY[body] ?? whole;
  });
}

export class XmlError extends Error {}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/g;
const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a whole part; throws XmlError on unbalanced markup. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: { el: XmlElement; raw: string; ns: Map<string, string> }[] = [{ el: root, raw: '#root', ns: new Map() }];
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const top = stack[stack.length - 1];
    if (m.index > last) {
      const text = xml.slice(last, m.index);
      if (text.trim() || stack.length > 1) top.el.children.push(decodeEntities(text));
    }
    last = TAG.lastIndex;
    if (m[5] !== undefined) {
      top.el.children.push(m[5]);
      continue;
    }
    if (m[2] === undefined) continue;
    const [, closing, raw, attrText, selfClosing] = m;
    if (closing) {
      if (top.raw !== raw || stack.length === 1) throw new XmlError(`unexpected </${raw}>`);
      stack.pop();
      continue;
    }
    const ns = new Map(top.ns);
    const attrs: Record<string, string> = {};
    const rawAttrs: [string, string][] = [];
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(attrText); a; a = ATTR.exec(attrText)) {
      const value = decodeEntities(a[2] ?? a[3] ?? '');
      if (a[1] === 'xmlns') ns.set('', value);
      else if (a[1].startsWith('xmlns:')) ns.set(a[1].slice(6), value);
      else rawAttrs.push([a[1], value]);
    }
    const canonical = (qname: string, element: boolean) => {
      const at = qname.indexOf(':');
      const prefix = at < 0 ? '' : qname.slice(0, at);
      const local = at < 0 ? qname : qname.slice(at + 1);
      if (at < 0 && !element) return local;
      const uri = ns.get(prefix);
      const known = uri === undefined ? undefined : KNOWN[uri];
      return known ? `${known}:${local}` : qname;
    };
    for (const [k, v] of rawAttrs) attrs[canonical(k, false)] = v;
    const el: XmlElement = { name: canonical(raw, true), attrs, children: [] };
    top.el.children.push(el);
    if (!selfClosing) stack.push({ el, raw, ns });
  }
  if (stack.length !== 1) throw new XmlError('unclosed element');
  const first = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!first) throw new XmlError('no root element');
  return first;
}

export const elements = (el: XmlElement): XmlElement[] => el.children.filter((c): c is XmlElement => typeof c !== 'string');
export const child = (el: XmlElement, name: string): XmlElement | undefined => elements(el).find((c) => c.name === name);
export const textOf = (el: XmlElement): string => el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

/** A Word toggle property (w:b, w:isLgl): on where present, unless its w:val says false. */
export const isToggleOn = (el: XmlElement | undefined): boolean => el !== undefined && !['false', '0', 'off'].includes(el.attrs['w:val'] ?? '');
