// The command-line host: batch work and scripts over the same services the app uses.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import type { IsoDate, PolicyExtract } from '../shared/types';
import { lostNumberingHint } from '../shared/formats';
import { displayFileName } from '../shared/text/display-name';
import { listFolder, type FolderListing } from './import/folder';
import { policyTextLength, policyTooLong } from '../shared/extract/policy-size';
import { defaultDirectory } from '../shared/extract/departments';
import { openWorkspace } from './services/workspace';
import { createImportPool, type ParsedFile } from './ingest/pool';
import { policyJson, checkJson, submissionsOn, type PolicyCheck } from './cli/json';
import { formatPolicyTable, formatComplianceText } from './cli/text';
import { parseArgs, CliError } from './cli/args';
import { pickPolicy } from './cli/policy';

const USAGE = `用法：npx luoshi <命令> [参数]（开发时也可用 npm run --silent cli -- <命令> [参数]）

命令：
  extract <政策文件> [--json]
      抽取政策的文号、章节、任务措施、责任单位、时限和量化指标。
  check <政策文件> <报告文件夹> --as-of YYYY-MM-DD [--report-deadline YYYY-MM-DD] [--json] [--xlsx 落实情况.xlsx]
      判断每项任务每个责任单位的报送情况（按时报送 / 逾期报送 / 未报送 / 未到期）和督查室的决定（办结、延期、免报、退回）。
      工作区有多个政策时按政策分组输出；--json 的每项任务带所属政策（policy.id、policy.label）。
      --xlsx 同时导出 Excel 工作簿：落实矩阵、缺报逾期清单（含逾期天数）和政策台账（多个政策时需用 --policy 指明）。
  report <政策文件> <报告文件夹> --as-of YYYY-MM-DD --out 报告.docx [--title 标题] [--office 单位] [--date YYYY-MM-DD]
      导出督查报告（Word）。工作区有多个政策且未给 --policy 时（或 --policy all），导出涵盖全部政策的督查通报。
  notices <政策文件> <报告文件夹> --as-of YYYY-MM-DD --reply-by YYYY-MM-DD --out 文件夹 [--department 单位] [--single]
      导出催办通知（Word），默认每个单位一个文件，存入 --out 文件夹；--single 或 --out 写成 .docx 文件时合并为一个文件。
      每个单位的通知列出它在全部政策中的待办事项。

通用参数：--import-date YYYY-MM-DD  无日期报告按此日期计（默认今天）
          --workspace 工作区.sqlite  使用已有工作区（含督查室的更正和决定）；此时政策文件和报告文件夹可省略，给出时导入其中：
                                     工作区已有其他政策时，给出的政策文件作为又一个政策加入
          --policy 文号或编号        只输出这一个政策（例如 --policy 市中政办发〔2021〕14号，方括号、圆括号亦可）；all 为全部政策`;

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv, USAGE);
  const [command, ...rest] = args.positional;
  if (args.flags.help) {
    await output(USAGE + '\n');
    return 0;
  }
  switch (command) {
    case 'extract':
      return extract(rest, args.flags);
    case 'check':
    case 'report':
    case 'notices':
      return withChecked(command, rest, args.flags);
    case undefined:
    case 'help':
      await output(USAGE + '\n');
      return command ? 0 : 2;
    default:
      throw new CliError(`未知命令「${command}」。\n\n${USAGE}`);
  }
}

/**
 * One file read as an import reads it: in a parse worker under the import's limits (heap, time, memory), so a damaged
 * or hostile file ends with its message instead of taking the command down.
 */
async function readContained(path: string): Promise<ParsedFile> {
  const pool = createImportPool({ size: 1, segment: false });
  try {
    let read: ParsedFile | undefined;
    await pool.parse([path], (_, parsed) => (read = parsed), undefined, undefined, undefined, { id: 1, directory: defaultDirectory() });
    return read!;
  } finally {
    await pool.close();
  }
}

async function extract(positional: string[], flags: Record<string, string | boolean>): Promise<number> {
  const file = positional[0];
  if (!file) throw new CliError('extract 需要一个政策文件路径。');
  // Read as a policy in the parse worker too, under the same limits.
  const { outcome, policy } = await readContained(resolve(file));
  if (!outcome.ok) throw new CliError(outcome.failure.message);
  if (!policy) throw new CliError(policyTooLong(outcome.doc.fileName, policyTextLength(outcome.doc.paragraphs)) ?? `无法读取「${displayFileName(outcome.doc.fileName)}」中的任务措施。`);
  const extract: PolicyExtract = policy.extract;
  if (extract.measures.length === 0) throw new CliError(`「${displayFileName(outcome.doc.fileName)}」中未识别出任何编号的任务措施，可能不是政策文件。${lostNumberingHint(outcome.doc)}`);
  await output(flags.json ? JSON.stringify(policyJson(extract), null, 2) + '\n' : formatPolicyTable(extract));
  return 0;
}

function readFolder(folder: string): FolderListing {
  try {
    return listFolder(folder);
  } catch {
    throw new CliError(`无法读取报告文件夹「${folder}」：找不到该文件夹，或它不是文件夹。`);
  }
}

function isoFlag(flags: Record<string, string | boolean>, name: string, required: boolean): IsoDate | null {
  const v = flags[name];
  if (v === undefined || v === true) {
    if (required) throw new CliError(`缺少参数 --${name} YYYY-MM-DD。`);
    return null;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(v)) || Number.isNaN(Date.parse(String(v)))) throw new CliError(`--${name} 的日期「${v}」格式不对，应为 YYYY-MM-DD。`);
  return String(v);
}

/**
 * --workspace FILE: a workspace kept between runs, so scripted runs see the office's corrections and decisions and
 * can add one policy after another. A file not there yet is created when the run brings a policy to put in it.
 */
function workspaceFlag(flags: Record<string, string | boolean>, bringsPolicy: boolean): string | null {
  const v = flags.workspace;
  if (v === undefined) return null;
  if (typeof v !== 'string' || !v.trim()) throw new CliError('--workspace 需要工作区文件的路径。');
  const file = resolve(v);
  if (!existsSync(file) && !bringsPolicy) throw new CliError(`找不到工作区文件「${file}」。要新建工作区，请同时给出政策文件。`);
  return file;
}

/** The policy --policy names, or 'all'; undefined when the flag is absent. */
function policyFlag(flags: Record<string, string | boolean>, ws: ReturnType<typeof openWorkspace>): number | 'all' | undefined {
  const v = flags.policy;
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !v.trim()) throw new CliError('--policy 需要政策的文号或编号。');
  return pickPolicy(v, ws.info().policies);
}

async function withChecked(command: string, positional: string[], flags: Record<string, string | boolean>): Promise<number> {
  const [policyFile, folder] = positional;
  const workspace = workspaceFlag(flags, !!policyFile);
  if (!workspace && (!policyFile || !folder)) throw new CliError(`${command} 需要政策文件和报告文件夹两个参数（或 --workspace 工作区文件）。`);
  const asOf = isoFlag(flags, 'as-of', true)!;
  const reportDeadline = isoFlag(flags, 'report-deadline', false);
  const importDate = isoFlag(flags, 'import-date', false);
  const scratch = workspace ? null : mkdtempSync(join(tmpdir(), 'luoshi-cli-'));
  // Files are read by the same import pool as the app's (worker threads over the cores, limits per file).
  const pool = createImportPool();
  const ws = openWorkspace(workspace ?? join(scratch!, 'workspace.sqlite'), { parser: pool, ...(importDate ? { today: () => importDate } : {}) });
  try {
    // A policy file joins the workspace's policies (one already there is recognised and kept as it is).
    let givenPolicy: number | undefined;
    if (policyFile) {
      const policyResult = await ws.importFiles([resolve(policyFile)], 'policy');
      const outcome = policyResult.results[0];
      if (outcome && !outcome.ok) throw new CliError(outcome.error!.message);
      givenPolicy = outcome?.documentId;
    }
    if (!ws.info().hasPolicy) throw new CliError(`工作区「${workspace}」还没有政策文件。`);
    const chosen = policyFlag(flags, ws);
    const root = folder ? resolve(folder) : process.cwd();
    const listing: FolderListing = folder ? readFolder(root) : { files: [], skipped: [] };
    const files = listing.files;
    const batch = await ws.importFiles(files, 'submission');
    const policies = ws.info().policies;
    const single = typeof chosen === 'number' ? chosen : undefined;
    if (reportDeadline) {
      const target = single ?? givenPolicy ?? (policies.length === 1 ? policies[0].id : undefined);
      if (target === undefined) throw new CliError('工作区有多个政策，请用 --policy 指明 --report-deadline 是哪个政策的统一报送期限。');
      ws.call('settings/set', { reportDeadline, policy: target });
    }
    const nameOf = new Map(batch.results.map((r, i) => [r.documentId ?? -1 - i, relative(root, files[i])]));
    const submissions = ws.listDocuments().filter((d) => d.role === 'submission').map((d) => ({ summary: d, detail: ws.getDocument(d.id)! }));
    const errors = [
      ...listing.skipped,
      ...batch.results.map((r, i) => ({ r, file: relative(root, files[i]) })).filter((x) => !x.r.ok).map((x) => ({ file: x.file, message: x.r.error!.message })),
    ];
    if (command !== 'check') for (const e of errors) await output(`${e.message}\n`, process.stderr);

    if (command === 'check') {
      const inScope = policies.filter((p) => single === undefined || p.id === single);
      if (flags.xlsx !== undefined) {
        if (typeof flags.xlsx !== 'string') throw new CliError('--xlsx 需要一个文件路径，例如 --xlsx 落实情况.xlsx。');
        if (inScope.length > 1) throw new CliError('工作区有多个政策，Excel 工作簿一次导出一个政策，请用 --policy 指明。');
        const target = resolve(flags.xlsx.toLowerCase().endsWith('.xlsx') ? flags.xlsx : `${flags.xlsx}.xlsx`);
        await ws.exportWorkbook(target, asOf, inScope[0].id);
        await output(`已导出 Excel 工作簿：${displayFileName(target)}\n`, process.stderr);
      }
      const checks: PolicyCheck[] = inScope.map((ref) => ({
        ref,
        policy: ws.call('policy/get', { policy: ref.id })!.extract,
        result: ws.call('compliance/matrix', { asOf, policy: ref.id }),
      }));
      // One policy of several: its reports only, each as read against it.
      const shown = single !== undefined && policies.length > 1 ? submissionsOn(single, submissions) : submissions;
      const out = checkJson(checks, asOf, shown, (id, fallback) => nameOf.get(id) ?? fallback, errors);
      await output(flags.json ? JSON.stringify(out, null, 2) + '\n' : formatComplianceText(checks, out.submissions, errors));
      return 0;
    }
    if (command === 'report') {
      const out = flags.out;
      if (typeof out !== 'string') throw new CliError('report 需要 --out 报告.docx。');
      const scope = chosen ?? (policies.length > 1 ? 'all' : undefined);
      const written = await ws.exportReport(
        resolve(out),
        asOf,
        {
          ...(typeof flags.title === 'string' ? { title: flags.title } : {}),
          ...(typeof flags.office === 'string' ? { office: flags.office } : {}),
          ...(typeof flags.date === 'string' ? { date: isoFlag(flags, 'date', true)! } : {}),
        },
        scope,
      );
      await output(`已导出${scope === 'all' ? '督查通报' : '督查报告'}：${displayFileName(written)}\n`);
      return 0;
    }
    const replyBy = isoFlag(flags, 'reply-by', true)!;
    const out = flags.out;
    if (typeof out !== 'string') throw new CliError('notices 需要 --out 文件夹。');
    // --out 催办通知.docx names one file: the notices go into it, not into a folder of that name.
    const oneFile = flags.single === true || out.toLowerCase().endsWith('.docx');
    const target = oneFile ? (out.toLowerCase().endsWith('.docx') ? resolve(out) : join(resolve(out), '催办通知.docx')) : resolve(out);
    const written = await ws.exportNotices(target, asOf, {
      replyBy,
      split: !oneFile,
      ...(single !== undefined ? { policy: single } : {}),
      ...(typeof flags.department === 'string' ? { department: flags.department } : {}),
      ...(typeof flags.office === 'string' ? { office: flags.office } : {}),
    });
    await output(written.length ? `已导出催办通知 ${written.length} 份：\n${written.map((w) => '  ' + displayFileName(basename(w))).join('\n')}\n` : '没有需要催办的单位。\n');
    return 0;
  } finally {
    ws.close();
    await pool.close();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes and waits until the stream has taken it all: a pipe reader gets every byte before the process ends. */
function output(text: string, stream: NodeJS.WriteStream = process.stdout): Promise<void> {
  return new Promise((resolve) => {
    stream.write(text, () => resolve());
  });
}

/** Ends the process once stdout and stderr have drained; never exits with output still pending. */
async function finish(code: number): Promise<void> {
  await Promise.all([output(''), output('', process.stderr)]);
  process.exit(code);
}

// A reader that stops early (| head) closes the pipe: that ends the output, not with a stack trace.
process.stdout.on('error', () => process.exit(0));

main(process.argv.slice(2)).then(
  (code) => finish(code),
  async (err: unknown) => {
    // Users see a sentence, never a stack trace.
    await output((err instanceof CliError ? err.message : `出错了：${err instanceof Error ? err.message : String(err)}`) + '\n', process.stderr);
    await finish(err instanceof CliError ? 2 : 1);
  },
);
