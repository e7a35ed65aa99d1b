// Negative cases of broken-signature (see report-layout-broken-signature.test.ts).
import { describe, expect, it } from 'vitest';
import { joinBrokenSignature } from './report-layout';

describe('broken-signature: negative cases', () => {
  it.each([
    ['a joint signature, each body with its place', [['中共云溪县委'], ['云溪县人民政府']]],
    ['a bureau over its office: no committee or government first', [['云溪县财政局'], ['办公室']]],
    ['two names on the first line', [['中共云溪县委', '云溪县人民政府'], ['办公室']]],
    ['a second body with a Party prefix of its own', [['云溪县人民政府'], ['中共云溪县纪律检查委员会']]],
    ['one line only', [['中共朔州市朔城区委']]],
  ])('keeps %s apart', (_what, found) => expect(joinBrokenSignature(found)).toEqual(found));
});
