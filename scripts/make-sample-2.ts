// Renders the second sample set (a county 工作方案 and its department reports) from the sources in
// seeds/sample-2/src/: each source is a short front matter (file, format, encoding) and the report in
// a light markup. The answer key (seeds/sample-2/answer-key.json) is written by hand, not by this script.
// Usage: npx tsx scripts/make-sample-2.ts          render every report, then check the renditions
//        npx tsx scripts/make-sample-2.ts --check  check only
import { join } from 'node:path';
import { repoRoot, runSampleSet } from './sample-set';

runSampleSet(join(repoRoot, 'seeds', 'sample-2')).catch((err) => {
  console.error(err);
  process.exit(1);
});
