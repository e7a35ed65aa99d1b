// How a report was placed on a policy, in the office's words.
import type { Attribution, AttributionBasis } from '../../shared/portfolio/types';

const BASIS_WORDS: Record<AttributionBasis, (evidence: string) => string> = {
  'doc-number': (e) => (e ? `引用文号 ${e}` : '引用文号'),
  title: (e) => (e ? `引用标题《${e.replace(/^《|》$/gu, '')}》` : '引用标题'),
  content: (e) => (e ? `内容相近：${e}` : '内容相近'),
  'only-policy': () => '工作区只有一项政策',
  office: () => '人工指定',
};

export function attributionWords(a: Pick<Attribution, 'basis' | 'evidence'>): string {
  return BASIS_WORDS[a.basis](a.evidence.trim());
}
