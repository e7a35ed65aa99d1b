import { describe, expect, it } from 'vitest';
import { setLine } from './__fixtures__/pdf-glyphs';
import { read } from './__fixtures__/pdf-runs';

// set-space: a space the PDF's text sets between two words of Chinese is the writer's, however narrow the font draws
// it (a quarter of a character in the fonts LibreOffice falls back on), and it is kept.

describe('set-space: a space set in a PDF’s text between two words of Chinese', () => {
  it.each([0.25, 0.5])('keeps joint signers apart when the space is %s of a character', (space) => {
    expect(read(setLine('海南省财政厅 海南省教育厅', space))).toEqual(['海南省财政厅 海南省教育厅']);
  });

  it('keeps the fields of a metadata line apart', () => {
    expect(read(setLine('来源：清河区人民政府办公室 时间：2023-12-27', 0.25))).toEqual(['来源：清河区人民政府办公室 时间：2023-12-27']);
  });

  it('keeps it where the space is wide enough to start a new run', () => {
    expect(read(setLine('河南省教育厅 河南省财政厅', 0.8))).toEqual(['河南省教育厅 河南省财政厅']);
  });
});
