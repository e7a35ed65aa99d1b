// Documents that answer no measure must link to none, whatever words they share with the policy.
import { describe, expect, it } from 'vitest';
import { report, seedLinking } from './__fixtures__/seed';
import { linkMeasures } from './link-measures';

describe('unrelated documents link to no measure', () => {
  it.each([
    'meeting-notice.txt',
    'flood-minutes.txt',
    'epidemic-notice.txt',
    'personnel.txt',
    'budget-notice.txt',
    'party-study.txt',
  ])('%s', (name) => {
    const input = report(name);
    expect(linkMeasures(input.paragraphs, input.tokens, seedLinking)).toEqual([]);
  });
});
