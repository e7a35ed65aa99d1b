// Reads the seed policy text into a PolicyExtract with a few plain rules, so the submission tests do not
// depend on the policy extractor. Good enough for this one layout (1. / **2. 标题。** numbering,
// trailing responsibility brackets); deadlines are left out.
import type { Measure, PolicyExtract } from '../../types';
import { bigramTokens } from './bigrams';
import type { PolicyForLinking } from '../types';

const GENERIC = /有关部门|各镇街|各级各部门|^部门$/;

function names(list: string): string[] {
  return list
    .split(/[、，]/)
    .map((s) => s.replace(/等.*$/, '').replace(/和各镇街$/, '').trim())
    .filter((s) => s !== '' && !GENERIC.test(s));
}

function responsibility(text: string): Pick<Measure, 'lead' | 'support' | 'joint' | 'responsibilityText'> {
  const m = /（([^（）]*按职责分工负责)）$/.exec(text);
  if (!m) return { lead: [], support: [], joint: false, responsibilityText: null };
  const inner = m[1];
  const lead = /^(.*?)牵头/.exec(inner);
  if (lead) {
    const rest = inner.slice(lead[0].length).replace(/^，/, '').replace(/按职责分工负责$/, '');
    return { lead: names(lead[1]), support: names(rest), joint: false, responsibilityText: m[0] };
  }
  return { lead: names(inner.replace(/按职责分工负责$/, '')), support: [], joint: true, responsibilityText: m[0] };
}

export function seedPolicy(text: string): PolicyExtract {
  const lines = text.split('\n').map((l) => l.replace(/\*\*/g, '').replace(/^#+\s*/, '').trim());
  const raw: { number: number; text: string }[] = [];
  let current: { number: number; text: string } | null = null;
  for (const line of lines) {
    const start = /^(\d+)\.\s*(.*)$/.exec(line);
    if (start) {
      current = { number: Number(start[1]), text: start[2] };
      raw.push(current);
    } else if (current && line !== '' && !current.text.endsWith('）')) {
      current.text += line; // a page break split the measure
    }
  }
  const measures: Measure[] = raw.map(({ number, text: body }) => {
    const title = body.split('。')[0];
    return {
      number,
      label: `${number}.`,
      section: null,
      title,
      text: body,
      ...responsibility(body),
      generic: ['区政府有关部门'],
      rawDepartments: [],
      deadlines: [],
      targets: [],
      paragraphs: [],
    };
  });
  const departments = [...new Set(measures.flatMap((m) => [...m.lead, ...m.support]))].sort();
  return {
    title: '市中区人民政府办公室关于服务“六稳”“六保”进一步深化“放管服”改革的实施意见',
    docNumber: '市中政办发〔2021〕14号',
    issuer: '市中区人民政府办公室',
    issuedOn: '2021-09-06',
    printedOn: '2021-09-06',
    sections: [],
    measures,
    departments,
    warnings: [],
  };
}

/** The policy as the linker sees it, with measure tokens from `tokenize` (bigrams by default). */
export function forLinking(extract: PolicyExtract, tokenize: (s: string) => string[] = bigramTokens): PolicyForLinking {
  return { extract, measureTokens: extract.measures.map((m) => tokenize(`${m.title}\n${m.text}`)) };
}
