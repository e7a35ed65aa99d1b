// Full-text search over every paragraph, segmented the same way the documents were indexed.
import { bodiesAnsweredFor } from '../../shared/compliance';
import type { SearchFilter, SearchHit } from '../../shared/views';
import { makeSnippet, matchRanges, snippetSpan } from '../../shared/search/snippet';
import { searchParagraphs, scanParagraphs } from '../db/search';
import type { ServiceContext } from './context';
import { load, loadAll } from './policy';
import type { DomainHandlers } from './workspace-api';

export function search(ctx: ServiceContext, query: string, filter: SearchFilter = {}, limit = 50): SearchHit[] {
  const q = query.trim();
  if (!q) return [];
  const terms = [...new Set(ctx.segmenter.cut(q).map((t) => t.text.trim()).filter((t) => t && /[\p{L}\p{N}]/u.test(t)))];
  const role = filter.role ?? null;
  const narrowed = filter.department !== undefined || filter.policy !== undefined;
  const wide = narrowed ? limit * 10 : limit;
  const matches = terms.every((t) => t.length < 2) ? scanParagraphs(ctx.db, q, role, wide) : searchParagraphs(ctx.db, terms, role, wide);
  // A policy narrows to itself and the reports placed on it; a department to the reports it sent.
  const scope = filter.policy !== undefined ? [load(ctx, filter.policy)!] : loadAll(ctx);
  const inPolicy = filter.policy !== undefined ? new Set([filter.policy, ...scope[0].submissions.map((s) => s.documentId)]) : null;
  const byDepartment = filter.department
    ? new Set(scope.flatMap((l) => l.submissions.filter((s) => bodiesAnsweredFor(s).includes(filter.department!)).map((s) => s.documentId)))
    : null;
  // Who sent each report and when, to show beside its hits; a policy by its issuer and date of issue.
  const sender = new Map<number, { department: string | null; date: string | null }>();
  for (const l of loadAll(ctx)) {
    sender.set(l.policyId, { department: l.policy.issuer ?? null, date: l.policy.issuedOn ?? null });
    for (const r of l.submissions) if (!sender.has(r.documentId)) sender.set(r.documentId, { department: r.departments.join('、') || null, date: r.date });
  }
  const scanned = terms.every((t) => t.length < 2);
  return matches
    .filter((m) => (!inPolicy || inPolicy.has(m.documentId)) && (!byDepartment || byDepartment.has(m.documentId)))
    .slice(0, limit)
    .map((m) => ({
      documentId: m.documentId,
      fileName: m.fileName,
      role: m.role,
      paragraph: m.paragraph,
      snippet: scanned ? makeSnippet(m.text, [q]) : snippetOf(ctx, m.text, terms, q),
      rank: m.rank,
      department: sender.get(m.documentId)?.department ?? null,
      date: sender.get(m.documentId)?.date ?? null,
    }));
}

/** The snippet with the whole query and the query's words marked where the text uses them as words. */
function snippetOf(ctx: ServiceContext, text: string, terms: string[], query: string): string {
  // a long paragraph is segmented only around where the query stands, not whole on this thread at each search
  const { from, to } = snippetSpan(text, [query, ...terms]);
  const part = text.slice(from, to);
  const ranges = matchRanges(part, ctx.segmenter.cut(part), terms, query).map(([a, b]): [number, number] => [a + from, b + from]);
  if (ranges.length > 0) return makeSnippet(text, terms, 40, ranges);
  // the paragraph was cut otherwise when it was indexed: its longer terms marked where they stand
  const long = terms.filter((t) => t.length >= 2);
  return makeSnippet(text, long.length ? long : terms);
}

export const searchHandlers = {
  'search/query': (ctx, { query, filter, limit }) => search(ctx, query, filter, limit ?? 100),
} satisfies DomainHandlers<'search/query'>;
