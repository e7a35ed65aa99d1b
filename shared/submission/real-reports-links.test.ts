// The real public reports of __fixtures__/real (none of them about our policies), imported through the
// real pipeline against the seed policy and the sample policies: none may answer a measure by resemblance
// alone. Links by content (or by a title phrase in running text) may only be suggestions.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useSampleWorkspace } from '../../electron/services/__fixtures__/sample-set';

const folder = join(__dirname, '__fixtures__', 'real', 'reports');
const importDate = '2099-01-01';

const policies: [string, string][] = [
  ['the seed policy', join(__dirname, '..', '..', 'seeds', 'policy-seed.txt')],
  ['sample policy 2', join(__dirname, '..', '..', 'seeds', 'sample-2', 'policy.txt')],
  ['sample policy 3', join(__dirname, '..', '..', 'seeds', 'sample-3', 'policy.txt')],
];

describe.each(policies)('real reports about other policies, against %s', (_name, policyFile) => {
  const workspace = useSampleWorkspace(policyFile, folder, importDate);

  it('answer no measure by resemblance alone (at most suggest one)', () => {
    const counted: string[] = [];
    for (const doc of workspace().listDocuments().filter((d) => d.role === 'submission')) {
      const links = workspace().getDocument(doc.id)?.analysis?.links ?? [];
      const outright = new Set(links.filter((l) => l.how === 'reference').map((l) => l.measure));
      for (const l of links) {
        if (l.how !== 'reference' && l.strength !== 'suggestion' && !outright.has(l.measure)) counted.push(`${doc.fileName} → 第${l.measure}条 ${l.how} (${l.score})`);
      }
      expect(doc.measures.filter((m) => !outright.has(m))).toEqual([]);
    }
    expect(counted).toEqual([]);
  });
});
