// The compliance domain: every obligation's status as of a date, and one measure beside a department's responses.
import type { ComplianceResult, IsoDate } from '../../shared/types';
import type { ComparisonView, MatrixFilter } from '../../shared/views';
import { applyDecisions, computeCompliance, linksAnsweringFor, prepareResponses, type PreparedResponses } from '../../shared/compliance';
import { filterCompliance } from '../../shared/matrix/filter';
import { sharedTerms } from '../../shared/search/shared-terms';
import { WHOLE_REPORT } from '../../shared/corrections/report';
import * as documents from '../db/documents';
import type { Loaded, ServiceContext } from './context';
import { load } from './policy';
import { portfolioCompliance } from './portfolio';
import { asOfOrDefault, getSettings } from './settings';
import type { DomainHandlers } from './workspace-api';

// A policy's reports prepared for computing, kept while they are (a write reads them again and drops this).
const prepared = new WeakMap<Loaded['submissions'], PreparedResponses>();

function preparedReports(loaded: Loaded): PreparedResponses {
  let p = prepared.get(loaded.submissions);
  if (!p) prepared.set(loaded.submissions, (p = prepareResponses(loaded.submissions)));
  return p;
}

/** One policy's obligations (the first policy's when none is named) as of a date, each carrying its policy. */
export function compliance(ctx: ServiceContext, asOf: IsoDate, filter?: MatrixFilter, policyId?: number): ComplianceResult {
  const loaded = load(ctx, policyId);
  const reportDeadline = getSettings(ctx, loaded?.policyId).reportDeadline;
  if (!loaded) {
    return { asOf, reportDeadline: reportDeadline ?? `${asOf.slice(0, 4)}-12-31`, obligations: [], notes: { offDuty: [], unobliged: [], beforeIssue: [] } };
  }
  const computed = computeCompliance({ policy: loaded.policy, submissions: loaded.submissions, prepared: preparedReports(loaded), asOf, reportDeadline });
  const decided = applyDecisions(computed, loaded.decisions, loaded.fold);
  // Every obligation is made afresh by this computation: each is marked with its policy where it stands.
  for (const o of decided.obligations) o.policy = loaded.policyId;
  const result = decided;
  return filter ? filterCompliance(result, loaded.policy, filter) : result;
}

export function compare(ctx: ServiceContext, measureNumber: number, department: string, asOf: IsoDate, policyId?: number): ComparisonView | null {
  const loaded = load(ctx, policyId);
  const measure = loaded?.policy.measures.find((m) => m.number === measureNumber);
  if (!loaded || !measure) return null;
  const result = compliance(ctx, asOf, undefined, loaded.policyId);
  const status = result.obligations.find((o) => o.measure === measureNumber && o.department === department) ?? null;
  const responses = loaded.submissions
    .flatMap((s) => {
      const links = linksAnsweringFor(s, measureNumber, department);
      return links ? [{ s, links }] : [];
    })
    .sort((a, b) => (a.s.date ?? '').localeCompare(b.s.date ?? ''))
    .map(({ s, links }) => {
      const paragraphs = documents.getParagraphs(ctx.db, s.documentId).map(({ terms: _t, ...p }) => p);
      // A report linked as a whole by hand answers with all of it.
      const whole = links.some((l) => l.paragraph === WHOLE_REPORT);
      return {
        documentId: s.documentId,
        fileName: s.file,
        date: s.date,
        paragraphs,
        linked: whole ? paragraphs.map((p) => p.index) : links.map((l) => l.paragraph),
        original: documents.originalKind(ctx.db, s.documentId),
        ...(links.some((l) => l.answersFor) ? { gatheredBy: s.departments } : {}),
      };
    });
  // Words each side uses as words: a part of a longer word (政资 in 财政资金, 一步 in 进一步) is no shared term.
  const measureTerms = ctx.segmenter.words(`${measure.title}\n${measure.text}`);
  const responseTerms = responses.flatMap((r) => r.paragraphs.filter((p) => r.linked.includes(p.index)).flatMap((p) => ctx.segmenter.words(p.text)));
  const siblings = result.obligations.filter((o) => o.department === department).map((o) => o.measure);
  const decisions = loaded.decisions.filter((d) => d.measure === measureNumber && loaded.fold(d.department) === department);
  return { policy: loaded.policyId, policyOriginal: documents.originalKind(ctx.db, loaded.policyId), measure, department, status, responses, sharedTerms: sharedTerms(measureTerms, responseTerms), siblings, decisions };
}

export const complianceHandlers = {
  'compliance/matrix': (ctx, { asOf, filter, policy }) => compliance(ctx, asOfOrDefault(ctx, asOf), filter, policy),
  'compliance/portfolio': (ctx, { asOf, filter }) => portfolioCompliance(ctx, asOfOrDefault(ctx, asOf), filter),
  'compliance/compare': (ctx, { measure, department, asOf, policy }) => compare(ctx, measure, department, asOfOrDefault(ctx, asOf), policy),
} satisfies DomainHandlers<'compliance/matrix' | 'compliance/portfolio' | 'compliance/compare'>;
