// The export domain: the compliance report and the reminder notices written as Word files.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { IsoDate } from '../../shared/types';
import type { NoticeOptions, ReportOptions } from '../../shared/views';
import { buildComplianceReport, buildReminderNoticeFiles, buildReminderNotices } from '../export';
import { WorkspaceError, type Loaded, type ServiceContext } from './context';
import { compliance } from './compliance';
import { listJournal } from './journal';
import { load } from './policy';

function requirePolicy(ctx: ServiceContext): Loaded {
  const loaded = load(ctx);
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

export async function exportNotices(ctx: ServiceContext, outPath: string, asOf: IsoDate, options: NoticeOptions): Promise<string[]> {
  const loaded = requirePolicy(ctx);
  const input = { policy: loaded.policy, result: compliance(ctx, asOf), ...options };
  if (options.split) {
    await mkdir(outPath, { recursive: true });
    const written: string[] = [];
    for (const f of await buildReminderNoticeFiles(input)) {
      const target = join(outPath, f.fileName);
      await writeFile(target, f.data);
      written.push(target);
    }
    return written;
  }
  await mkdir(dirname(outPath), { recursive: true });
  await writeFile(outPath, await buildReminderNotices(input));
  return [outPath];
}
