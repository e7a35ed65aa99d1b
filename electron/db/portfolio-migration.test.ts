// Migration 0070 on a one-policy workspace written by the code before it: everything the office did stays, now
// under the one policy, and the matrix is the one that code computed.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWorkspace } from '../services/workspace';

const fixtures = join(__dirname, '__fixtures__');

describe('migration 0070 (portfolio)', () => {
  it('gives a one-policy workspace\'s corrections, decisions, deadline, links and notices to its policy', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'luoshi-v60-')), 'w.sqlite');
    copyFileSync(join(fixtures, 'workspace-v60.sqlite'), file);
    const ws = openWorkspace(file, { today: () => '2021-10-01' });
    const [policy, ...others] = ws.info().policies;
    expect(others).toEqual([]);
    expect(policy.docNumber).toBe('市中政办发〔2021〕99号');
    expect(ws.getSettings()).toMatchObject({ reportDeadline: '2021-12-31' });
    expect(ws.call('settings/get', { policy: policy.id })).toMatchObject({ reportDeadline: '2021-12-31' });
    expect(ws.getPolicy()!.extract.measures.find((m) => m.number === 23)!.title).toBe('精准实施社会救助（更正）');

    const result = ws.compliance('2022-01-31');
    const before = JSON.parse(readFileSync(join(fixtures, 'workspace-v60.matrix.json'), 'utf8'));
    expect(result.obligations.map((o) => [o.measure, o.department, o.status, o.decision?.label ?? null])).toEqual(before);
    expect(result.obligations.every((o) => o.policy === policy.id)).toBe(true);

    const reports = ws.listDocuments().filter((d) => d.role === 'submission');
    expect(reports).toHaveLength(2);
    for (const r of reports) expect(r.policies).toEqual([expect.objectContaining({ policy: policy.id, basis: 'only-policy' })]);
    const emergency = reports.find((d) => d.fileName.startsWith('应急局'))!;
    expect(emergency.measures).toContain(25);
    // the link made by hand can still be undone where it was made: on this policy
    ws.call('documents/unlink', { id: emergency.id, measure: 25 });
    expect(ws.getDocument(emergency.id)!.measures).not.toContain(25);

    const notices = ws.call('export/notice-records', undefined);
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.flatMap((n) => n.items).every((i) => i.policy === policy.id)).toBe(true);
    const preview = ws.call('export/notice-preview', { asOf: '2022-01-31', options: { replyBy: '2022-02-10' } });
    expect(preview.some((p) => p.items.some((i) => i.chasedOn.includes('2021-10-01')))).toBe(true);
    ws.close();
  });
});
