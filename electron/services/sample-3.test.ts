// The whole pipeline against a third sample set: a city's 若干措施 with 第X条 articles under 第X章,
// duties in a trailing parenthesis with several leads and 各区县人民政府, and reports citing 第五条 / 第5条 /
// 第五条第二款, quoting titles in 「」 and 《》, an 附件 table, a joint report named in its title, another
// document's 第5条, a bulletin that answers nothing and a department the policy does not name. Hand-made key.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSetAgainstKey, useSampleWorkspace, type FullKey } from './__fixtures__/sample-set';
import { importFile } from '../import';
import { extractPolicy } from '../../shared/extract/policy';
import { defaultDirectory } from '../../shared/extract/departments';

const set = join(__dirname, '..', '..', 'seeds', 'sample-3');
const key: FullKey & Record<string, any> = JSON.parse(readFileSync(join(set, 'answer-key.json'), 'utf8'));
const folder = join(set, 'submissions');

describe('third sample set (city 若干措施) against its answer key', () => {
  const workspace = useSampleWorkspace(join(set, key.policy), folder, key.importDateForUndated);

  checkSetAgainstKey(key, workspace, folder);

  it('reads the same policy from its Word original and its plain-text copy', async () => {
    const read = async (file: string) => {
      const outcome = await importFile(join(set, file));
      if (!outcome.ok) throw new Error(outcome.failure.message);
      const { warnings: _w, ...extract } = extractPolicy({ paragraphs: outcome.doc.paragraphs }, defaultDirectory());
      return { ...extract, measures: extract.measures.map(({ paragraphs: _p, ...m }) => m) };
    };
    const [word, text] = [await read(key.policy), await read(key.policyText)];
    expect(text).toEqual(word);
    expect(word.measures).toHaveLength(Object.keys(key.measures).length);
  });

  it('has as many obligations as the key', () => {
    expect(workspace().compliance(Object.keys(key.asOf)[0]).obligations).toHaveLength(key.obligationCount);
  });
});
