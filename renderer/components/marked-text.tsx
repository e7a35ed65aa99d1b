// Renders text with its highlighted segments as <mark> elements, one class per kind.
import { useMemo } from 'react';
import { markText, type MarkRule, type Segment } from '../lib/highlight';

const TITLES: Record<string, string> = {
  department: '部门',
  date: '时间',
  number: '数量',
  term: '共有词语',
  match: '检索词',
};

export function Segments({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.kind ? (
          <mark key={i} className={`mark mark-${s.kind}`} title={TITLES[s.kind]}>
            {s.text}
          </mark>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}

export function MarkedText({ text, rules }: { text: string; rules: MarkRule[] }) {
  const segments = useMemo(() => markText(text, rules), [text, rules]);
  return <Segments segments={segments} />;
}
