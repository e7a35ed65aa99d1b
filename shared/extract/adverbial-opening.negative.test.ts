import { describe, expect, it } from 'vitest';
import { officeParagraphs } from './office-paragraphs';

// The adverbial-opening rule: what it leaves alone.
describe('adverbial-opening, negative cases', () => {
  it('reads no office when no verb of duty follows the phrase', () => {
    expect(officeParagraphs(['城运中心结合风险普查，做好协调工作；', '安监所按照属地管理要求，加强巡查。'].join('\n'))).toEqual([]);
  });

  it('reads no office from a phrase that opens on no word of what it goes by', () => {
    expect(officeParagraphs(['城运中心在风险普查中，协同做好协调工作；', '安监所对工业企业，负责开展巡查。'].join('\n'))).toEqual([]);
  });
});
