import { describe, expect, it } from 'vitest';
import { extractDeadlines } from './deadlines';
import { refineDeadlines } from './relative-deadlines';

const read = (text: string) =>
  refineDeadlines(text, extractDeadlines(text, { issuedOn: '2025-09-26' }), { issuedOn: '2025-09-26', startYear: 2025 }).filter((d) => d.kind === 'by');

// A span counted from something that befalls those a measure serves is their window, not a due date.
describe('span-from-event: N年内 from an event is no due date', () => {
  it.each([
    '按首次贷款合同项下，自首笔放款起一年内企业实际获得贷款产生利息，按20%给予贴息。',
    '自取得证书之日起3年内，可申请补贴。',
    '从首次参保起两年内享受社保补贴。',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
