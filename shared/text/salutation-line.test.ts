import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../electron/import/text';
import { repairParagraphs } from './repair';
import { isSalutationLine } from './speech-lines';

// salutation-line: a speech's addressees, closed by a colon, open a paragraph of their own, even in a copy wrapped
// at a printed width, where the speaker's line above them closes no sentence.

const read = (text: string) => repairParagraphs(textBlocks(text)).map((p) => p.text);

describe('salutation-line: a speech’s addressees', () => {
  it.each(['主任、各位副主任、各位委员:', '各位代表：', '尊敬的各位领导、各位来宾：', '各位代表、同志们：', '主任、副主任、秘书长、各位委员：'])('%s', (line) =>
    expect(isSalutationLine(line)).toBe(true),
  );

  it('keeps the speaker’s line off the salutation in a copy wrapped at a printed width', () => {
    const text = ['县财政局党组书记、局长 谭中凡', '主任、各位副主任、各位委员:', '受县人民政府委托,现在我向各位报告2023年财政', '决算草案,请予审议。'].join('\n');
    expect(read(text)).toEqual(['县财政局党组书记、局长 谭中凡', '主任、各位副主任、各位委员:', '受县人民政府委托,现在我向各位报告2023年财政决算草案,请予审议。']);
  });
});
