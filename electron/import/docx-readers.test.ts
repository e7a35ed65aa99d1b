// The direct document.xml reader against mammoth, on every Word file the project has: the same blocks and text, and
// the same failures for damaged files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractDocx } from './docx';
import { ImportProblem } from './extracted';
import { parseXml, XmlError } from './xml-lite';

const root = join(__dirname, '..', '..');
function docxUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : docxUnder(path);
    return e.name.toLowerCase().endsWith('.docx') ? [path] : [];
  });
}
const all = [...docxUnder(join(root, 'electron')), ...docxUnder(join(root, 'seeds'))].sort();
// mammoth writes no automatic list numbers (一、 （一） 1. made by Word's numbering), which the direct reader writes
// out: the Word files numbered so are compared with their printed PDF instead (docx-numbering.test.ts).
const files = all.filter((f) => !/auto-numbered/.test(f));

async function read(reader: string, path: string) {
  process.env.LUOSHI_DOCX_READER = reader;
  try {
    return await extractDocx(readFileSync(path));
  } catch (err) {
    if (err instanceof ImportProblem) return { problem: err.code, reason: err.reason };
    throw err;
  }
}

afterEach(() => {
  delete process.env.LUOSHI_DOCX_READER;
});

describe('document.xml read directly as mammoth reads it', () => {
  it('there are Word files of each kind to compare', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
  });

  it.each(files.map((f) => [relative(root, f), f]))('%s', async (_, path) => {
    expect(await read('xml', path)).toEqual(await read('mammoth', path));
  }, 30_000);
});

describe('the XML reader', () => {
  it('resolves a generator’s own prefixes to Word’s', () => {
    const el = parseXml('<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p/></x:body></x:document>');
    expect(el.name).toBe('w:document');
    expect((el.children[0] as { name: string }).name).toBe('w:body');
  });

  it('decodes entities and keeps CDATA as text', () => {
    const el = parseXml('<a>&lt;落实&gt; &amp; &#x4E00;&#20108;<![CDATA[<三>]]></a>');
    expect(el.children.join('')).toBe('<落实> & 一二<三>');
  });

  it('refuses unbalanced markup', () => {
    expect(() => parseXml('<a><b></a>')).toThrow(XmlError);
    expect(() => parseXml('<a>')).toThrow(XmlError);
  });
});
