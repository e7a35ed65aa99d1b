// Which policies of the workspace a report answers, and what shows it.
import { citesPolicy } from '../submission/content-evidence';
import type { PolicyExtract } from '../types';
import type { Attribution } from './types';

export interface PolicyForAttribution {
  id: number;
  title: string;
  docNumber: string | null;
}

export function policyForAttribution(id: number, extract: PolicyExtract, _measureTerms: string[][]): PolicyForAttribution {
  return { id, title: extract.title, docNumber: extract.docNumber };
}

export interface AttributionOptions {
  /** The workspace has exactly this one policy: every report answers it. */
  onlyPolicy?: boolean;
}

export function attributeReport(report: { text: string; terms: string[] }, policies: PolicyForAttribution[], options: AttributionOptions = {}): Attribution[] {
  if (options.onlyPolicy && policies.length === 1) return [{ policy: policies[0].id, basis: 'only-policy', evidence: '' }];
  return policies.filter((p) => citesPolicy(report.text, p)).map((p) => ({ policy: p.id, basis: p.docNumber ? 'doc-number' : 'title', evidence: p.docNumber ?? p.title }));
}
