import { describe, expect, it } from 'vitest';
import { policyLines } from './policy-lines';
import { continuesCutName } from './wrapped-lines';
import { readResponsibility } from './responsibility';

const lines = (texts: string[]) => policyLines(texts.map((text, index) => ({ index, text }))).map((l) => l.text);

// A labelled list cut inside a name where a printed page wrapped it goes on in the next line.
describe('wrapped-lines: a list of bodies cut inside a name', () => {
  it.each([
    ['协办单位:区委编办、区民政局(区委社会工委)、园区党工', '委、各街道党工委'],
    ['责任单位：市发展改革委、市财政局、市住房城乡建', '设局'],
    ['配合单位：县农业农村局、县自然资源', '局、各乡镇人民政府'],
  ])('%s / %s', (line, next) => {
    expect(continuesCutName(line, next)).toBe(true);
    expect(lines([line, next])).toEqual([line + next]);
  });

  it('reads the whole list', () => {
    const [text] = lines(['协办单位:区委编办、区民政局(区委社会工委)、园区党工', '委、各街道党工委']);
    const read = readResponsibility(text);
    expect([...read.lead, ...read.support]).toContain('园区党工委');
  });

  it('keeps the paragraphs the joined line came from', () => {
    const out = policyLines([
      { index: 4, text: '协办单位:区委编办、园区党工' },
      { index: 5, text: '委、各街道党工委' },
    ]);
    expect(out).toHaveLength(1);
    expect([out[0].para, ...(out[0].paras ?? [])]).toEqual([4, 5]);
  });
});
