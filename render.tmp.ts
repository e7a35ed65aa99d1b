import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openWorkspace } from './electron/services/workspace';
import { buildBulletin } from './electron/export';
const seeds = 'seeds', district = 'electron/services/__fixtures__/portfolio';
const SETS = [[join(seeds, 'policy-seed.txt'), join(seeds, 'submissions')], [join(district, 'policy-district.txt'), join(district, 'reports')], [join(seeds, 'sample-2/policy.txt'), join(seeds, 'sample-2/submissions')], [join(seeds, 'sample-3/policy.docx'), join(seeds, 'sample-3/submissions')]];
async function main() {
  const ws = openWorkspace('/tmp/crosspolicy/render.sqlite', { today: () => '2024-12-20' });
  if (ws.info().policies.length === 0) for (const [p, d] of SETS) { await ws.importFiles([p], 'policy'); await ws.importFiles(readdirSync(d).map((f) => join(d, f)), 'submission'); }
  const refs = ws.info().policies;
  const parts = refs.map((r) => ({ policy: ws.call('policy/get', { policy: r.id })!.extract, result: ws.call('compliance/matrix', { asOf: '2024-12-20', policy: r.id }) }));
  writeFileSync('/tmp/crosspolicy/out/bulletin.docx', await buildBulletin({ parts, date: '2024-12-21', office: '市中区人民政府督查室', chart: new Uint8Array(readFileSync(process.argv[2])) }));
  await ws.exportNotices('/tmp/crosspolicy/out/notice.docx', '2024-12-20', { replyBy: '2024-12-31', department: '区财政局' });
  ws.close();
}
main();
