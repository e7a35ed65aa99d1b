// What a change makes stale: decisions and settings leave every policy's ledger and reports as they were read;
// anything else (a measure, a report's correction, a department, a document) means reading them again.
import { describe, expect, it } from 'vitest';
import { invalidate, staleAfter, type ServiceContext } from './context';

describe('what a change makes stale', () => {
  it.each([
    [['decision:7'], 'decisions'],
    [['decision:7', 'decision:8'], 'decisions'],
    [['setting:as-of'], 'decisions'],
    [['setting:report-deadline:3', 'decision:2'], 'decisions'],
  ])('%j keeps the ledgers and reports', (slots, scope) => {
    expect(staleAfter(slots)).toBe(scope);
  });

  it.each([[[]], [['measure:3:12']], [['decision:7', 'measure:3:12']], [['report:abc']], [['alias:人社局']], [['generic:各镇街']], [['role:4']], [['document:9']], [['policy-meta:3']]])(
    '%j reads everything again',
    (slots) => {
      expect(staleAfter(slots)).toBe('all');
    },
  );

  it('drops only the decisions when they alone changed', () => {
    const ctx = { cache: { policies: new Map(), ledgers: new Map(), reports: new Map() } } as unknown as ServiceContext;
    invalidate(ctx, 'decisions');
    expect(ctx.cache.policies).toBeUndefined();
    expect(ctx.cache.ledgers).toBeInstanceOf(Map);
    expect(ctx.cache.reports).toBeInstanceOf(Map);
    invalidate(ctx);
    expect(ctx.cache.ledgers).toBeUndefined();
    expect(ctx.cache.reports).toBeUndefined();
  });
});
