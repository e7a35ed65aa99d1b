// Child process for the crash test: imports reports, then the policy and more reports in one batch, and stops dead
// in the middle of that batch (after the policy and one report are stored) so the parent can kill it there.
// Usage: tsx import-then-hang.ts <workspace.sqlite> <policy> <first-reports…> -- <batch-reports…>
import { openWorkspace } from '../workspace';

const [file, policy, ...rest] = process.argv.slice(2);
const cut = rest.indexOf('--');
const first = rest.slice(0, cut);
const batch = rest.slice(cut + 1);

const ws = openWorkspace(file, { today: () => '2022-03-01' });
await ws.importFiles(first, 'submission');
process.stdout.write(`first ${first.length}\n`);
await ws.importFiles([policy, ...batch], 'auto', (p) => {
  // Progress is reported when a file has been read, before it is stored: at 3 the policy and one report are in.
  if (p.done === 3) {
    process.stdout.write('hanging\n');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
  }
});
process.stdout.write('finished\n');
