import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from '../text/repair';
import { extractPolicy } from './policy';

// comma-heading-line: a numbered heading of two short phrases joined by one comma stands on its own line over its
// paragraph, and titles its measure whole.
describe('comma-heading-line: 「（一） 完善机制，明确职责」 is a heading line', () => {
  it('keeps the heading apart from its paragraph', () => {
    const out = repairParagraphs(textBlocks(['（一） 完善机制，明确职责', '为持续保持村容村貌，市容办负责业务指导。'].join('\n')));
    expect(out.map((p) => p.text)).toEqual(['（一）完善机制，明确职责', '为持续保持村容村貌，市容办负责业务指导。']);
  });

  it('titles the measure with the whole heading', () => {
    const ex = extractPolicy({
      paragraphs: repairParagraphs(
        textBlocks(['某镇实施意见', '一、基本原则', '（一） 完善机制，明确职责', '为持续保持村容村貌，市容办负责业务指导。', '（二） 联勤联动，形成合力', '镇规保办负责每月考核。'].join('\n')),
      ),
    });
    expect(ex.measures.map((m) => m.title)).toEqual(['完善机制，明确职责', '联勤联动，形成合力']);
  });
});
