// The temporary files of a test run (workspaces, exported documents, files written to be imported) go under one
// folder of the run's own, removed when the run ends: a test that fails before its own clean-up leaves nothing
// behind on the machine. Node's tmpdir() reads TMPDIR when called, and the test processes start with it set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function testTemp(): () => void {
  const before = process.env.TMPDIR;
  const dir = mkdtempSync(join(tmpdir(), 'luoshi-test-run-'));
  process.env.TMPDIR = dir;
  return () => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
  };
}
