// Eleven reports in layouts the sample sets do not use (a 函, a 情况说明 about a delay, own 1. 2. 3.
// sections, 2021.10.15, 印发 lines with and without a signature date, a 党委 co-signer, a pasted measure,
// a monthly 标准地 return, spaced-out scan text, the tax bureau's full name, a reply to a 督办单), read by
// the real pipeline against a hand-made key.
import { describe } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReportsAgainstKey, useSampleWorkspace, type SampleKey } from '../../electron/services/__fixtures__/sample-set';

const here = join(__dirname, '__fixtures__', 'blind');
const key: SampleKey = JSON.parse(readFileSync(join(here, 'expected.json'), 'utf8'));
const policy = join(__dirname, '..', '..', 'seeds', 'policy-seed.txt');

describe('reports in unseen layouts against a hand-made key', () => {
  const workspace = useSampleWorkspace(policy, join(here, 'reports'), key.importDateForUndated);
  checkReportsAgainstKey(key, workspace);
});
