// The export domain: the compliance report (one policy's, or the 督查通报 across all) and the reminder notices
// (each department's over every policy it owes on) written as Word files, and the matrix, the missing-and-late
// list and the ledger as one Excel workbook.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { IsoDate } from '../../shared/types';
import type { NoticeOptions, ReportOptions } from '../../shared/views';
import { buildBulletin, buildComplianceReport, buildReminderNoticeFiles, buildReminderNotices, noticeRecipients } from '../export';
import { overviewChartPng } from '../export/overview-chart';
import { buildComplianceWorkbook } from '../export/xlsx';
import { type ServiceContext } from './context';
import { compliance } from './compliance';
import { listJournal } from './journal';
import { loadAll, requireLoaded } from './policy';
import { overview } from './overview';
import { noticeParts, recordNoticesSent } from './records';

/** The overview's status chart for the 督查通报; null when it cannot be drawn, and the bulletin goes without. */
async function bulletinChart(ctx: ServiceContext, asOf: IsoDate): Promise<Uint8Array | null> {
  try {
    return await overviewChartPng(overview(ctx, asOf));
  } catch {
    return null;
  }
}

/**
 * One policy's compliance report (the named one, else the first), or with 'all' the 督查通报 across every policy
 * of the workspace, its chart drawn in.
 */
export async function exportReport(ctx: ServiceContext, outPath: string, asOf: IsoDate, options: ReportOptions = {}, policy?: number | 'all'): Promise<string> {
  const { journal, ...rest } = options;
  const entries = journal ? listJournal(ctx) : undefined;
  let data: Buffer;
  if (policy === 'all') {
    requireLoaded(ctx);
    const parts = loadAll(ctx).map((l) => ({ policy: l.policy, result: compliance(ctx, asOf, undefined, l.policyId) }));
    data = await buildBulletin({ parts, ...rest, journal: entries, chart: await bulletinChart(ctx, asOf) });
  } else {
    const loaded = requireLoaded(ctx, policy);
    data = await buildComplianceReport({ policy: loaded.policy, result: compliance(ctx, asOf, undefined, loaded.policyId), ...rest, journal: entries });
  }
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, data);
  return outPath;
}

/** Writes the notices and records each one sent, so the next round can say when a measure was chased. */
export async function exportNotices(ctx: ServiceContext, outPath: string, asOf: IsoDate, options: NoticeOptions): Promise<string[]> {
  const parts = noticeParts(ctx, asOf, options.policy);
  const results = parts.map((p) => p.result);
  const { policy: _chosen, ...rest } = options;
  const input = { ...rest, parts };
  if (options.split) {
    await mkdir(outPath, { recursive: true });
    const written: { department: string; file: string }[] = [];
    for (const f of await buildReminderNoticeFiles(input)) {
      const target = join(outPath, f.fileName);
      await writeFile(target, f.data);
      written.push({ department: f.department, file: target });
    }
    recordNoticesSent(ctx, results, options, written);
    return written.map((w) => w.file);
  }
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, await buildReminderNotices(input));
  recordNoticesSent(ctx, results, options, noticeRecipients(input).map((department) => ({ department, file: outPath })));
  return [outPath];
}

export async function exportWorkbook(ctx: ServiceContext, outPath: string, asOf: IsoDate, policy?: number): Promise<string> {
  const loaded = requireLoaded(ctx, policy);
  const data = await buildComplianceWorkbook(loaded.policy, compliance(ctx, asOf, undefined, loaded.policyId));
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, data);
  return outPath;
}
