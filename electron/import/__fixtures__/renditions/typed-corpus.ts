// For the corpus renditions tests: every document of a corpus retyped into Word as a reader would (typed-layout.ts),
// LibreOffice printing all the .docx files to PDF in one run, and both renditions imported. A file that fails to
// import stands as its failure's message.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Paragraph } from '../../../../shared/types';
import { convertToPdfAsync } from '../../../export/__fixtures__/soffice';
import { imported } from '../imported';
import { layoutDocx } from './layout-docx';
import { typedLayout } from './typed-layout';

export interface Renditions {
  docx: Paragraph[] | string;
  pdf: Paragraph[] | string;
}

/** Types each named text (its paragraphs as the text importer reads them) into .docx and .pdf, and reads both back. */
export async function typedRenditions(soffice: string, texts: Map<string, Paragraph[]>, prefix: string): Promise<Map<string, Renditions>> {
  const work = mkdtempSync(join(tmpdir(), prefix));
  try {
    mkdirSync(join(work, 'pdf'));
    const files: string[] = [];
    for (const [name, paragraphs] of texts) {
      const file = join(work, `${name}.docx`);
      writeFileSync(file, await layoutDocx(typedLayout(name, paragraphs.map((p) => p.text))));
      files.push(file);
    }
    await convertToPdfAsync(soffice, files, join(work, 'pdf'));
    const read = async (path: string): Promise<Paragraph[] | string> => {
      try {
        return (await imported(path)).paragraphs;
      } catch (err) {
        return err instanceof Error ? err.message : String(err);
      }
    };
    const out = new Map<string, Renditions>();
    for (const name of texts.keys()) {
      out.set(name, { docx: await read(join(work, `${name}.docx`)), pdf: await read(join(work, 'pdf', `${name}.pdf`)) });
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
