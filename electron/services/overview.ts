// The overview domain: 总览 across every policy and one department's page, both built on the portfolio's
// obligations (portfolioCompliance) so they cover however many policies the workspace holds.
import type { IsoDate } from '../../shared/types';
import { buildDepartmentPage, type DepartmentPage } from '../../shared/portfolio/department-page';
import { buildOverview, monthEnds, type MeasureNames, type OverviewView } from '../../shared/portfolio/overview';
import type { PolicyCompliance, PolicyRef } from '../../shared/portfolio/types';
import * as decisionsRepo from '../db/decisions';
import type { ServiceContext } from './context';
import { departments } from './departments';
import { listJournal } from './journal';
import { loadAll } from './policy';
import { policies, portfolioCompliance } from './portfolio';
import { asOfOrDefault } from './settings';
import type { DomainHandlers } from './workspace-api';

/** How many month ends the trend shows at most. */
const TREND_POINTS = 12;

/** Measure numbering and titles of every policy, as the office corrected them. */
function measureNames(ctx: ServiceContext): MeasureNames {
  const byPolicy = new Map(loadAll(ctx).map((l) => [l.policyId, new Map(l.policy.measures.map((m) => [m.number, { label: m.label, title: m.title }]))]));
  return (policy, measure) => byPolicy.get(policy)?.get(measure);
}

/** The trend starts at the earliest date of issue, else a year before the as-of date. */
function trendStart(refs: PolicyRef[], asOf: IsoDate): IsoDate {
  const issued = refs.map((p) => p.issuedOn).filter((d): d is IsoDate => !!d && d <= asOf).sort();
  return issued[0] ?? `${Number(asOf.slice(0, 4)) - 1}${asOf.slice(4)}`;
}

// Obligations at past month ends, kept while the workspace's data stays what it was read as: the read cache's
// object is replaced after every change, so a new one means compute again. Moving the as-of date then costs
// one computation, not one per month.
const atMonthEnd = new WeakMap<object, Map<IsoDate, PolicyCompliance[]>>();

function cachedPortfolio(ctx: ServiceContext, date: IsoDate): PolicyCompliance[] {
  const kept = (stamp: unknown) => (stamp && typeof stamp === 'object' ? atMonthEnd.get(stamp) : undefined);
  const before = kept(ctx.cache.policies)?.get(date);
  if (before) return before;
  const computed = portfolioCompliance(ctx, date);
  // Read after computing: the computation itself may have read the workspace afresh.
  const stamp: unknown = ctx.cache.policies;
  if (stamp && typeof stamp === 'object') {
    if (!atMonthEnd.has(stamp)) atMonthEnd.set(stamp, new Map());
    atMonthEnd.get(stamp)!.set(date, computed);
  }
  return computed;
}

export function overview(ctx: ServiceContext, asOf: IsoDate): OverviewView {
  const portfolio = portfolioCompliance(ctx, asOf);
  const dates = portfolio.length ? monthEnds(trendStart(policies(ctx), asOf), asOf, TREND_POINTS) : [];
  // The as-of point is the portfolio already computed; earlier month ends come from the cache when the data is unchanged.
  const atMonthEnds = dates.map((date) => ({ date, portfolio: date === asOf ? portfolio : cachedPortfolio(ctx, date) }));
  return buildOverview({ asOf, portfolio, monthEnds: atMonthEnds, measureNames: measureNames(ctx) });
}

/** The name as the directory holds it: a known alias opens its department's page. */
function canonicalName(ctx: ServiceContext, name: string): string {
  const trimmed = name.trim();
  const row = departments(ctx).find((d) => d.canonical === trimmed || d.aliases.includes(trimmed));
  return row?.canonical ?? trimmed;
}

export function departmentPage(ctx: ServiceContext, name: string, asOf: IsoDate): DepartmentPage | null {
  const canonical = canonicalName(ctx, name);
  return buildDepartmentPage({
    name: canonical,
    asOf,
    portfolio: portfolioCompliance(ctx, asOf),
    decisions: decisionsRepo.listDecisions(ctx.db),
    journal: listJournal(ctx, { department: canonical }),
    measureNames: measureNames(ctx),
  });
}

export const overviewHandlers = {
  'portfolio/overview': (ctx, input) => overview(ctx, asOfOrDefault(ctx, input?.asOf)),
  'departments/page': (ctx, { name, asOf }) => departmentPage(ctx, name, asOfOrDefault(ctx, asOf)),
} satisfies DomainHandlers<'portfolio/overview' | 'departments/page'>;
