// The portfolio corpus for `npm run bench`: one district's policies (实施意见 and 工作方案 with numbered measures,
// lead and supporting bodies, deadlines) and its departments' reports on them, made deterministically from a seed.
// Reports cite the policy they answer by document number or title; some answer two policies, some none; some come
// after the deadline and some obligations are never answered. Written as .txt files, imported by the real path.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsoDate } from '../shared/types';
import { toChineseNumber } from '../shared/text/cn-numerals';
import { DISTRICT, DISTRICT_BODIES, MEASURE_SENTENCES, OTHER_SUBJECTS, REPORT_SENTENCES, TARGETS, TASKS, TASK_TAILS, TASK_VERBS, THEMES, TOWNS } from './portfolio-corpus-words';

/** Raised whenever what the generator writes changes, so that a cached workspace built from older text is not used. */
export const PORTFOLIO_CORPUS_VERSION = 1;

export interface PortfolioSize {
  policies: number;
  /** In all, spread over the policies. */
  measures: number;
  departments: number;
  reports: number;
}

export const FULL_PORTFOLIO: PortfolioSize = { policies: 30, measures: 1500, departments: 150, reports: 10_000 };

/** The date the corpus is seen from: every report is dated on or before it. */
export const PORTFOLIO_AS_OF: IsoDate = '2023-06-30';

export interface CorpusMeasure {
  number: number;
  title: string;
  lead: string[];
  support: string[];
  /** The dated deadline; null for a monthly or standing duty. */
  due: IsoDate | null;
  monthly: boolean;
}

export interface CorpusPolicy {
  file: string;
  text: string;
  title: string;
  docNumber: string;
  issuedOn: IsoDate;
  measures: CorpusMeasure[];
}

export interface CorpusReport {
  file: string;
  text: string;
  department: string;
  /** Indexes of the policies the report cites (none: it answers no policy). */
  policies: number[];
  date: IsoDate;
  /** The measures it reports on, per cited policy. */
  measures: number[][];
  /** It came after the deadline of a measure it reports on. */
  late: boolean;
}

export interface PortfolioCorpus {
  size: PortfolioSize;
  departments: string[];
  policies: CorpusPolicy[];
  reports: CorpusReport[];
}

// ---------------------------------------------------------------- randomness and dates

/** A small seeded generator (xorshift32 with a multiply on output): the same seed, the same corpus. */
function random(seed: number): () => number {
  let x = (seed * 2654435761) >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return (Math.imul(x, 0x9e3779b1) >>> 0) / 4294967296;
  };
}

interface Dice {
  next(): number;
  int(lo: number, hi: number): number;
  pick<T>(xs: readonly T[]): T;
  /** `n` distinct items, in the order drawn. */
  some<T>(xs: readonly T[], n: number): T[];
}

function dice(seed: number): Dice {
  const next = random(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: (xs) => xs[Math.floor(next() * xs.length)],
    some: (xs, n) => {
      const pool = [...xs];
      const out: (typeof pool)[number][] = [];
      while (out.length < n && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]);
      return out;
    },
  };
}

const DAY = 86_400_000;
const addDays = (d: IsoDate, n: number): IsoDate => new Date(Date.parse(`${d}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const daysBetween = (a: IsoDate, b: IsoDate) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
const monthEnd = (y: number, m: number): IsoDate => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

const CN_DIGIT = '〇一二三四五六七八九';
/** 2022-09-15 as a signature writes it: 2022年9月15日, or 二〇二二年九月十五日. */
function writtenDate(d: IsoDate, inWords: boolean): string {
  const [y, m, day] = d.split('-').map(Number);
  if (!inWords) return `${y}年${m}月${day}日`;
  return `${[...String(y)].map((c) => CN_DIGIT[Number(c)]).join('')}年${toChineseNumber(m)}月${toChineseNumber(day)}日`;
}

const fill = (template: string, task: string, d: Dice) =>
  template
    .replace(/\{task\}/g, task)
    .replace(/\{n\}/g, () => String(d.int(3, 480)))
    .replace(/\{p\}/g, () => String(d.int(60, 99)));

// ---------------------------------------------------------------- policies

/** How many of `total` each of `parts` gets: about the same, a few more or less, adding up exactly. */
function spread(total: number, parts: number, d: Dice): number[] {
  const base = Math.floor(total / parts);
  const counts = Array.from({ length: parts }, (_, i) => base + (i < total % parts ? 1 : 0));
  for (let i = 0; i + 1 < parts; i += 2) {
    const shift = d.int(0, Math.floor(base / 5));
    counts[i] += shift;
    counts[i + 1] -= shift;
  }
  return counts;
}

function makeMeasures(count: number, issuedOn: IsoDate, tasks: readonly string[], departments: string[], nextLead: () => string, d: Dice): (CorpusMeasure & { task: string; text: string })[] {
  const [y, m] = issuedOn.split('-').map(Number);
  const used = new Set<string>();
  return Array.from({ length: count }, (_, i) => {
    let task = '';
    let title = '';
    do {
      task = d.pick(tasks);
      title = `${d.pick(TASK_VERBS)}${task}${d.pick(TASK_TAILS)}`;
    } while (used.has(title));
    used.add(title);
    const lead = nextLead();
    const support = d.some(departments.filter((x) => x !== lead), d.int(0, 3));
    const kind = d.next();
    const monthly = kind < 0.04;
    const due = kind < 0.1 ? null : monthEnd(y, m + d.int(2, 10));
    const body = d.some(MEASURE_SENTENCES, d.int(2, 3)).map((s) => fill(s, task, d));
    if (due) {
      const [dy, dm] = due.split('-').map(Number);
      body.push(`${dy}年${dm}月底前，${fill(d.pick(TARGETS), task, d)}`);
    } else if (monthly) body.push(`每月5日前向区政府办公室报送上月${task}工作进展情况`);
    else body.push('长期坚持，常态推进');
    return { number: i + 1, title, task, text: body.join('。') + '。', lead: [lead], support, due, monthly };
  });
}

const names = (xs: string[]) => xs.join('、');

/** A 实施意见 numbered 1. 2. 3. with the responsible bodies in brackets, as the seed policy is written. */
function opinionText(p: Omit<CorpusPolicy, 'text'>, sections: string[], measures: ReturnType<typeof makeMeasures>): string {
  const lines = [`${DISTRICT.office}文件`, '', p.docNumber, '', p.title, '', '各镇人民政府、街道办事处，区政府各部门、各直属机构：'];
  lines.push(`　　为认真贯彻落实上级决策部署，切实解决企业和群众关注度高、反映强烈的突出问题，结合我区实际，经区政府同意，提出如下实施意见。`, '');
  const perSection = Math.ceil(measures.length / sections.length);
  measures.forEach((m, i) => {
    if (i % perSection === 0) lines.push(`${toChineseNumber(i / perSection + 1)}、${sections[i / perSection]}`, '');
    const who = m.support.length ? `${m.lead[0]}牵头，${names(m.support)}配合` : `${m.lead[0]}负责`;
    lines.push(`${m.number}. ${m.title}。${m.text}（${who}）`, '');
  });
  lines.push(`${DISTRICT.office}`, writtenDate(p.issuedOn, false));
  return lines.join('\n');
}

/** A 工作方案 sent with a 通知, numbered （一）（二）, with 责任单位 and 完成时限 lines, as the second sample set is written. */
function planText(p: Omit<CorpusPolicy, 'text'>, plan: string, sections: string[], measures: ReturnType<typeof makeMeasures>): string {
  const lines = [`${DISTRICT.office}文件`, '', p.docNumber, '', p.title, '', '各镇人民政府、街道办事处，区政府各部门、各直属机构：'];
  lines.push(`　　《${plan}》已经区政府同意，现印发给你们，请结合实际认真贯彻落实。`, '', DISTRICT.office, writtenDate(p.issuedOn, false), '', plan, '');
  lines.push('　　为推动各项工作落地见效，结合我区实际，制定本方案。', '');
  const perSection = Math.ceil(measures.length / sections.length);
  measures.forEach((m, i) => {
    if (i % perSection === 0) lines.push(`${toChineseNumber(i / perSection + 1)}、${sections[i / perSection]}`, '');
    lines.push(`　　（${toChineseNumber(m.number)}）${m.title}。${m.text}`);
    lines.push(m.support.length ? `　　牵头单位：${m.lead[0]}` : `　　责任单位：${m.lead[0]}`);
    if (m.support.length) lines.push(`　　配合单位：${names(m.support)}`);
    const [dy, dm] = (m.due ?? '').split('-').map(Number);
    lines.push(`　　完成时限：${m.due ? `${dy}年${dm}月底前` : m.monthly ? '每月5日前' : '长期坚持'}`, '');
  });
  return lines.join('\n');
}

function makePolicies(size: PortfolioSize, departments: string[], d: Dice): (CorpusPolicy & { tasks: Map<number, string> })[] {
  const counts = spread(size.measures, size.policies, d);
  // Leads go round the departments, so that every one of them owes something.
  const order = d.some(departments, departments.length);
  let turn = 0;
  const nextLead = () => order[turn++ % order.length];
  return counts.map((count, i) => {
    const theme = THEMES[i % THEMES.length];
    const round = Math.floor(i / THEMES.length);
    const issuedOn = addDays('2022-01-10', Math.floor((i * 350) / size.policies) + d.int(0, 6));
    const year = issuedOn.slice(0, 4);
    const asPlan = i % 3 === 2;
    const name = `${theme.name}${round ? `（第${toChineseNumber(round + 1)}轮）` : ''}`;
    const docNumber = `${DISTRICT.prefix}政办发〔${year}〕${3 + i * 2}号`;
    const plan = `${DISTRICT.name}${name}工作方案`;
    const title = asPlan ? `${DISTRICT.office}关于印发《${plan}》的通知` : `${DISTRICT.office}关于${name}的实施意见`;
    // A policy's tasks come from a stretch of the list of its own, so that policies differ in what they ask.
    const tasks = Array.from({ length: Math.min(TASKS.length, 36) }, (_, k) => TASKS[(i * 7 + k) % TASKS.length]);
    const measures = makeMeasures(count, issuedOn, tasks, departments, nextLead, d);
    const head = { file: `policy-${String(i + 1).padStart(2, '0')}.txt`, title, docNumber, issuedOn, measures: measures.map(({ task: _t, text: _x, ...m }) => m) };
    const text = asPlan ? planText(head, plan, theme.sections, measures) : opinionText(head, theme.sections, measures);
    return { ...head, text, tasks: new Map(measures.map((m) => [m.number, m.task])) };
  });
}

// ---------------------------------------------------------------- reports

type Fate = 'on_time' | 'late' | 'missing';

interface Duty {
  policy: number;
  measure: CorpusMeasure;
  fate: Fate;
}

/** How a report names the policy it answers: its number and title, or the title alone. */
function citation(p: CorpusPolicy, d: Dice): string {
  const plan = /《(.+)》/.exec(p.title)?.[1];
  const title = plan ?? p.title;
  return d.next() < 0.8 ? `《${title}》（${p.docNumber}）` : `《${title}》`;
}

function reportText(department: string, subject: string, opening: string, sections: { heading: string; task: string; quote: string | null }[], date: IsoDate, d: Dice): string {
  const lines = [`${department}关于${subject}的报告`, '', '区政府办公室：', `　　${opening}`];
  sections.forEach((s, k) => {
    lines.push(`　　${toChineseNumber(k + 1)}、${s.heading}`);
    const said = d.some(REPORT_SENTENCES, d.int(2, 4)).map((t) => fill(t, s.task, d));
    if (s.quote) said.splice(1, 0, `按照“${s.quote}”的要求，我单位逐项抓好落实`);
    lines.push(`　　${said.join('。')}。`);
  });
  lines.push('', `　　特此报告。`, '', `　　　　　　　　　　　　${department}`, `　　　　　　　　　　　　${writtenDate(date, d.next() < 0.4)}`);
  return lines.join('\n');
}

function heading(policy: CorpusPolicy, m: CorpusMeasure, task: string, alone: boolean, d: Dice): string {
  const how = d.next();
  if (alone && how < 0.5) return `关于第${m.number}条“${m.title}”落实情况`;
  if (how < 0.85) return `关于${m.title}工作`;
  return `${task}推进情况`;
}

/** The first sentence of a measure's text, as a report quotes it. */
function quoteOf(policy: CorpusPolicy, m: CorpusMeasure): string {
  const at = policy.text.indexOf(`${m.title}。`);
  return policy.text.slice(at + m.title.length + 1).split('。')[0];
}

export function generatePortfolio(size: PortfolioSize = FULL_PORTFOLIO, seed = 1): PortfolioCorpus {
  const all = [...DISTRICT_BODIES, ...TOWNS];
  if (size.departments > all.length) throw new Error(`at most ${all.length} departments`);
  const d = dice(seed);
  const departments = all.slice(0, size.departments);
  const policies = makePolicies(size, departments, d);

  // Every obligation's fate, and what each department can report on in each policy.
  const duties = new Map<string, Duty[]>();
  policies.forEach((p, pi) => {
    for (const m of p.measures) {
      for (const dept of [...m.lead, ...m.support]) {
        const r = d.next();
        const fate: Fate = r < 0.15 ? 'missing' : r < 0.35 ? 'late' : 'on_time';
        if (fate === 'missing') continue;
        const key = `${pi}\u0000${dept}`;
        duties.set(key, [...(duties.get(key) ?? []), { policy: pi, measure: m, fate }]);
      }
    }
  });
  const keys = [...duties.keys()];
  const byDepartment = new Map<string, number[]>();
  for (const k of keys) {
    const [pi, dept] = k.split('\u0000');
    byDepartment.set(dept, [...(byDepartment.get(dept) ?? []), Number(pi)]);
  }
  const twoPolicyDepartments = [...byDepartment].filter(([, ps]) => ps.length >= 2).map(([dept]) => dept);

  /** A date for a report on these duties: after the deadline when one of them is late, else before the first. */
  const dateFor = (chosen: Duty[]): { date: IsoDate; late: boolean } => {
    const issued = chosen.map((c) => policies[c.policy].issuedOn).sort().pop()!;
    const start = addDays(issued, 5);
    const lateOnes = chosen.filter((c) => c.fate === 'late' && c.measure.due && c.measure.due < PORTFOLIO_AS_OF);
    if (lateOnes.length) {
      const after = lateOnes.map((c) => c.measure.due!).sort().pop()!;
      return { date: minDate(addDays(after, d.int(1, 75)), PORTFOLIO_AS_OF), late: true };
    }
    const dues = chosen.map((c) => c.measure.due).filter((x): x is IsoDate => x !== null).sort();
    const end = d.next() < 0.7 && dues.length ? minDate(dues[0], PORTFOLIO_AS_OF) : PORTFOLIO_AS_OF;
    const span = Math.max(0, daysBetween(start, end));
    return { date: minDate(addDays(start, d.int(0, span)), PORTFOLIO_AS_OF), late: false };
  };

  const reports: CorpusReport[] = [];
  for (let i = 0; i < size.reports; i++) {
    const kind = d.next();
    const file = `report-${String(i + 1).padStart(5, '0')}.txt`;
    if (kind < 0.05) {
      const department = d.pick(departments);
      const date = addDays('2022-02-01', d.int(0, daysBetween('2022-02-01', PORTFOLIO_AS_OF)));
      const subject = `${date.slice(0, 4)}年${d.pick(OTHER_SUBJECTS)}`;
      const text = reportText(department, subject, '现将我单位有关工作情况报告如下。', [{ heading: '主要工作开展情况', task: '各项重点工作', quote: null }, { heading: '下一步工作打算', task: '各项重点工作', quote: null }], date, d);
      reports.push({ file, text, department, policies: [], date, measures: [], late: false });
      continue;
    }
    const two = kind < 0.12 && twoPolicyDepartments.length > 0;
    const [one, onesDepartment] = d.pick(keys).split('\u0000');
    const department = two ? d.pick(twoPolicyDepartments) : onesDepartment;
    const cited = two ? d.some(byDepartment.get(department)!, 2).sort((a, b) => a - b) : [Number(one)];
    const chosen = cited.map((pi) => d.some(duties.get(`${pi}\u0000${department}`)!, d.int(1, two ? 2 : 4)).sort((a, b) => a.measure.number - b.measure.number));
    const { date, late } = dateFor(chosen.flat());
    const sections = chosen.flat().map((c) => {
      const p = policies[c.policy];
      const task = p.tasks.get(c.measure.number)!;
      return { heading: heading(p, c.measure, task, !two, d), task, quote: d.next() < 0.6 ? quoteOf(p, c.measure) : null };
    });
    const opening = `按照${cited.map((pi) => citation(policies[pi], d)).join('和')}要求，现将我单位有关任务落实情况报告如下。`;
    const subject = two ? '有关重点任务落实情况' : `贯彻落实${/《.+》/.exec(citation(policies[cited[0]], d))![0]}情况`;
    reports.push({ file, text: reportText(department, subject, opening, sections, date, d), department, policies: cited, date, measures: chosen.map((c) => c.map((x) => x.measure.number)), late });
  }
  return { size, departments, policies: policies.map(({ tasks: _t, ...p }) => p), reports };
}

/** Writes the corpus as .txt files under `dir`: policies/ and reports/. Returns their paths in order. */
export function writePortfolioCorpus(dir: string, corpus: PortfolioCorpus): { policies: string[]; reports: string[] } {
  mkdirSync(join(dir, 'policies'), { recursive: true });
  mkdirSync(join(dir, 'reports'), { recursive: true });
  const put = (sub: string, f: { file: string; text: string }) => {
    const path = join(dir, sub, f.file);
    writeFileSync(path, f.text + '\n');
    return path;
  };
  return { policies: corpus.policies.map((p) => put('policies', p)), reports: corpus.reports.map((r) => put('reports', r)) };
}
