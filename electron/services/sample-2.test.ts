// The whole pipeline against a second, differently written sample set: a county 工作方案 with
// （一）-numbered tasks and 责任单位 / 完成时限 lines, and reports in other layouts than the seed's
// (header blocks, a date under the title, a table-only report, 任务八-style references, a joint
// signature, a cover note that answers nothing, a former department name). The key is hand-made.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSetAgainstKey, useSampleWorkspace, type FullKey } from './__fixtures__/sample-set';

const set = join(__dirname, '..', '..', 'seeds', 'sample-2');
const key: FullKey & Record<string, any> = JSON.parse(readFileSync(join(set, 'answer-key.json'), 'utf8'));
const folder = join(set, 'submissions');

describe('second sample set (county 工作方案) against its answer key', () => {
  const workspace = useSampleWorkspace(join(set, key.policy), folder, key.importDateForUndated);

  checkSetAgainstKey(key, workspace, folder);

  it('says when a report is signed with a former department name', () => {
    const [file] = Object.entries(key.submissions).find(([, s]) => (s as unknown as { style: string }).style.startsWith('former department name'))!;
    const doc = workspace().listDocuments().find((d) => d.fileName === file)!;
    expect(doc.warnings.some((w) => w.includes('机构改革前'))).toBe(true);
  });
});
