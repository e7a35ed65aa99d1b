// Reading reports against the portfolio: each report is placed on the policies it answers (a cited number or
// title, its content, or the office's word) and read against each of them; a report that answers none keeps a
// reading of its own (who sent it, when) and is listed as answering no policy.
import type { DepartmentDirectory, IsoDate, Paragraph, PolicyExtract, SubmissionAnalysis } from '../../shared/types';
import type { Attribution } from '../../shared/portfolio/types';
import { attributeReport, policyForAttribution, type PolicyForAttribution } from '../../shared/portfolio/attribution';
import { analyzeSubmission } from '../../shared/submission';
import { placeFromIssuer } from '../../shared/extract/departments';
import { detectDepartments } from '../../shared/submission/detect-departments';
import * as documents from '../db/documents';
import * as policyRepo from '../db/policy';
import * as readingsRepo from '../db/readings';
import * as corrections from '../db/corrections';
import type { FileParser } from '../ingest/pool';
import { measureTexts } from '../segment/jieba';
import type { ServiceContext } from './context';
import { correctedPolicy, directory, policyIds, reportDirectory } from './policy';

/** What reading a report against one policy needs, computed once per batch. */
export interface ReadingContext {
  policy: PolicyExtract;
  tokens: string[][];
  directory: DepartmentDirectory;
}

/** Every policy's reading context and what placing a report on it needs. */
export interface PortfolioReading {
  policies: { id: number; reading: ReadingContext; attribution: PolicyForAttribution }[];
  /** For a report that answers no policy: who sent it and when, with the workspace's directory. */
  general: ReadingContext;
}

/**
 * Terms of some texts, segmented already by the same segmenter elsewhere (an import has the pool's segmenter do a
 * policy's measures), by text: what this thread need not segment, and so need not load jieba's dictionary for.
 */
export type KnownTerms = ReadonlyMap<string, string[]>;

/** The texts of every policy's measures in a portfolio: what reading reports against it segments. */
export const portfolioMeasureTexts = (portfolio: PortfolioReading): string[] => portfolio.policies.flatMap((p) => measureTexts(p.reading.policy.measures));

/**
 * Asks the parser for the terms of the texts not yet `known`, and keeps them there; true when it asked and got them
 * (the caller may have to look again at what changed meanwhile). Where the parser fails to give them, they are
 * segmented on this thread when needed, as if never asked.
 */
export async function learnTerms(parser: FileParser, texts: string[], known: Map<string, string[]>): Promise<boolean> {
  const missing = [...new Set(texts)].filter((t) => !known.has(t));
  if (missing.length === 0) return false;
  try {
    const terms = await parser.terms(missing);
    missing.forEach((t, k) => known.set(t, terms[k]));
    return true;
  } catch {
    return false;
  }
}

const NO_POLICY: PolicyExtract = { title: '', docNumber: null, issuer: null, issuedOn: null, printedOn: null, sections: [], measures: [], departments: [], warnings: [] };

/**
 * A policy's reading context; its measures are segmented only when a report is read or weighed on this thread, and
 * only those whose terms are not `known`.
 */
function readingContextFor(ctx: ServiceContext, policy: PolicyExtract, known?: KnownTerms): ReadingContext {
  let tokens: string[][] | undefined;
  return {
    policy,
    get tokens() {
      return (tokens ??= measureTexts(policy.measures).map((text) => known?.get(text) ?? ctx.segmenter.terms(text)));
    },
    directory: reportDirectory(ctx, policy),
  };
}

export function portfolioReading(ctx: ServiceContext, known?: KnownTerms): PortfolioReading {
  const policies = policyIds(ctx).flatMap((id) => {
    const raw = policyRepo.loadPolicy(ctx.db, id);
    if (!raw) return [];
    const policy = correctedPolicy(ctx, id, raw);
    const reading = readingContextFor(ctx, policy, known);
    return [{ id, reading, attribution: policyForAttribution(id, policy, () => reading.tokens) }];
  });
  return { policies, general: { policy: NO_POLICY, tokens: [], directory: directory(ctx) } };
}

export function readSubmission(reading: ReadingContext, file: string, paragraphs: Paragraph[], terms: string[][], importDate: IsoDate): SubmissionAnalysis {
  return analyzeSubmission(
    { file, paragraphs, tokens: terms, importDate },
    { extract: reading.policy, measureTokens: reading.tokens },
    reading.directory,
  );
}

/** The policies a report answers: the office's choice when it made one, else what the report shows. */
export function placeReport(portfolio: PortfolioReading, paragraphs: Paragraph[], terms: string[][], senders: { readonly list: string[] }, officeChoice?: number[]): Attribution[] {
  const ids = portfolio.policies.map((p) => p.id);
  if (officeChoice) return officeChoice.filter((id) => ids.includes(id)).map((policy) => ({ policy, basis: 'office', evidence: '' }));
  const text = paragraphs.map((p) => p.text).join('\n');
  // The words are weighed only where no citation settles the report, and never in a workspace of one policy.
  let flat: string[] | undefined;
  const report = {
    text,
    get terms() {
      return (flat ??= terms.flat());
    },
    get departments() {
      return senders.list;
    },
  };
  return attributeReport(report, portfolio.policies.map((p) => p.attribution), { onlyPolicy: ids.length === 1 });
}

/**
 * The report's senders as each policy would name them (国家税务总局云溪县税务局 is a county plan's 县税务局), so a
 * sender can be matched with the bodies a policy assigns duties to.
 */
function sendersAsPoliciesName(portfolio: PortfolioReading, paragraphs: Paragraph[], general: SubmissionAnalysis): string[] {
  const names = new Set(general.departments);
  for (const { reading } of portfolio.policies) {
    const place = placeFromIssuer(reading.policy.issuer) ?? undefined;
    const seen = detectDepartments(paragraphs, { directory: reading.directory, place, policyDepartments: reading.policy.departments });
    for (const name of seen.departments) names.add(name);
  }
  return [...names];
}

export interface ReportToRead {
  id: number;
  hash: string;
  fileName: string;
  paragraphs: Paragraph[];
  terms: string[][];
  importDate: IsoDate;
}

/**
 * Places one stored report and reads it against each policy it answers; `ready` is a reading already made against
 * the one policy of the workspace (by an import worker), with the report placed on it there. Writes the readings
 * and the report's own.
 */
export function readReport(
  ctx: ServiceContext,
  portfolio: PortfolioReading,
  report: ReportToRead,
  ready?: { analysis: SubmissionAnalysis; placed: Attribution } | null,
  kept: Map<number, SubmissionAnalysis> = new Map(),
): void {
  const fix = corrections.getReportCorrection(ctx.db, report.hash);
  // The report's own reading (who sent it, when), made only where it is wanted: for a report placed on no policy,
  // or to name its senders.
  let general: SubmissionAnalysis | undefined;
  const ownReading = () => (general ??= readSubmission(portfolio.general, report.fileName, report.paragraphs, report.terms, report.importDate));
  // Senders are only needed when nothing was cited and the content decides nothing: worked out when asked for.
  let senders: string[] | undefined = fix?.departments;
  const lazySenders = { get list() { return (senders ??= sendersAsPoliciesName(portfolio, report.paragraphs, ownReading())); } };
  const only = ready && portfolio.policies.length === 1 && ready.placed.policy === portfolio.policies[0].id && !fix?.policies ? ready : null;
  const placed = only ? [only.placed] : placeReport(portfolio, report.paragraphs, report.terms, lazySenders, fix?.policies);
  const readings = placed.map((attribution) => {
    const target = portfolio.policies.find((p) => p.id === attribution.policy)!;
    const analysis =
      kept.get(attribution.policy) ??
      (ready && portfolio.policies.length === 1 ? ready.analysis : readSubmission(target.reading, report.fileName, report.paragraphs, report.terms, report.importDate));
    return { attribution, analysis };
  });
  readingsRepo.setReadings(ctx.db, report.id, readings);
  const own = readings[0]?.analysis ?? ownReading();
  documents.setAnalysis(ctx.db, report.id, own);
}

/**
 * Reads one stored report again (its paragraphs and terms are in the database); its readings against the
 * `unchanged` policies are kept as they are.
 */
export function rereadSubmission(ctx: ServiceContext, portfolio: PortfolioReading, row: documents.DocumentRow, unchanged?: Set<number>): void {
  const paragraphs = documents.getParagraphs(ctx.db, row.id);
  const kept = new Map(
    unchanged ? readingsRepo.readingsForDocument(ctx.db, row.id).filter((r) => unchanged.has(r.attribution.policy)).map((r) => [r.attribution.policy, r.analysis]) : [],
  );
  readReport(ctx, portfolio, { id: row.id, hash: row.hash, fileName: row.fileName, paragraphs, terms: paragraphs.map((p) => p.terms), importDate: row.importDate }, null, kept);
}

/**
 * Places and reads the stored reports (all, or the rows given) against the policies as the office corrected them;
 * readings against the `unchanged` policies (a policy was added or removed, the others stay) are kept. Run inside
 * the transaction that made the readings stale, so a crash never leaves the change without them.
 */
export function rereadReports(ctx: ServiceContext, rows = documents.listDocumentRows(ctx.db, 'submission'), unchanged?: Set<number>, known?: KnownTerms): void {
  if (rows.length === 0) return;
  const portfolio = portfolioReading(ctx, known);
  for (const row of rows) rereadSubmission(ctx, portfolio, row, unchanged);
}
