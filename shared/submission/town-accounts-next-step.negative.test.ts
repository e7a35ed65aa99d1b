// Negative cases of next-step (see town-accounts-next-step.test.ts).
import { describe, expect, it } from 'vitest';
import { nextStepPlace } from './town-accounts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('next-step: negative cases', () => {
  it.each([
    ['a next step with no day at work', '坛山街道全面推进创城工作。下一步,坛山街道将巩固成果。'],
    ['a day at work with no next step', '10月9日,坛山街道扎实推进创城工作。'],
    ['two different places', '10月9日,坛山街道扎实推进创城工作。下一步,榴园镇将巩固成果。'],
    ['a place that only joins another’s work', '10月9日,坛山街道参加区里的创城推进会。下一步,坛山街道将巩固成果。'],
    ['a district, not a town or street', '10月9日,峄城区扎实推进创城工作。下一步,峄城区将巩固成果。'],
  ])('none for %s', (_what, text) => expect(nextStepPlace(lines(text))).toEqual([]));
});
