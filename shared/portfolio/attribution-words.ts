// How a report was placed on a policy, in the office's words: beside the report in the lists (without the
// policy's name, which is shown next to it) and in sentences that name it.
import type { Attribution, AttributionBasis } from './types';

const WORDS: Record<AttributionBasis, (evidence: string, label: string | null) => string> = {
  'doc-number': (e) => (e ? `引用文号 ${e}` : '引用文号'),
  title: (e) => (e ? `引用标题《${e.replace(/^《|》$/gu, '')}》` : '引用标题'),
  'title-echo': (e) => (e ? `报告标题所报事项与该政策相同（${e}）` : '报告标题所报事项与该政策相同'),
  content: (e) => (e ? `内容相近（${e}）` : '内容相近'),
  sender: (e) => (e ? `报送单位承担该政策任务（${e}）` : '报送单位承担该政策任务'),
  'only-policy': (_e, label) => (label ? `工作区只有一项政策（${label}）` : '工作区只有一项政策'),
  office: (e, label) => (label ? `人工指定为${label}${e ? `：${e}` : ''}` : '人工指定'),
};

/** The line shown beside a report's policy: how it was placed there; `policyLabel` names the policy in it. */
export function describeAttribution(a: Pick<Attribution, 'basis' | 'evidence'>, policyLabel?: string): string {
  return WORDS[a.basis](a.evidence.trim(), policyLabel ?? null);
}
