// The export domain: the compliance report and the reminder notices written as Word files, and the
// matrix, the missing-and-late list and the ledger as one Excel workbook.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { IsoDate } from '../../shared/types';
import type { NoticeOptions, ReportOptions } from '../../shared/views';
import { buildComplianceReport, buildReminderNoticeFiles, buildReminderNotices, noticeRecipients } from '../export';
import { buildComplianceWorkbook } from '../export/xlsx';
import { WorkspaceError, type Loaded, type ServiceContext } from './context';
import { compliance } from './compliance';
import { listJournal } from './journal';
import { load } from './policy';
import { chasedLookup, recordNoticesSent } from './records';

function requirePolicy(ctx: ServiceContext, policyId?: number): Loaded {
  const loaded = load(ctx, policyId);
  if (!loaded) throw new WorkspaceError('no-policy', '工作区还没有政策文件，请先导入政策文件。');
  return loaded;
}

export async function exportReport(ctx: ServiceContext, outPath: string, asOf: IsoDate, options: ReportOptions = {}): Promise<string> {
  const loaded = requirePolicy(ctx);
  const { journal, ...rest } = options;
  const data = await buildComplianceReport({ policy: loaded.policy, result: compliance(ctx, asOf), ...rest, journal: journal ? listJournal(ctx) : undefined });
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, data);
  return outPath;
}

/** Writes the notices and records each one sent, so the next round can say when a measure was chased. */
export async function exportNotices(ctx: ServiceContext, outPath: string, asOf: IsoDate, options: NoticeOptions): Promise<string[]> {
  const loaded = requirePolicy(ctx, options.policy);
  const result = compliance(ctx, asOf, undefined, loaded.policyId);
  const { policy: _chosen, ...rest } = options;
  const input = { ...rest, policy: loaded.policy, result, chasedOn: chasedLookup(ctx, loaded.policyId) };
  if (options.split) {
    await mkdir(outPath, { recursive: true });
    const written: { department: string; file: string }[] = [];
    for (const f of await buildReminderNoticeFiles(input)) {
      const target = join(outPath, f.fileName);
      await writeFile(target, f.data);
      written.push({ department: f.department, file: target });
    }
    recordNoticesSent(ctx, result, options, written);
    return written.map((w) => w.file);
  }
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, await buildReminderNotices(input));
  recordNoticesSent(ctx, result, options, noticeRecipients(input).map((department) => ({ department, file: outPath })));
  return [outPath];
}

export async function exportWorkbook(ctx: ServiceContext, outPath: string, asOf: IsoDate): Promise<string> {
  const loaded = requirePolicy(ctx);
  const data = await buildComplianceWorkbook(loaded.policy, compliance(ctx, asOf));
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, data);
  return outPath;
}
