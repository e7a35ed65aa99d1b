// A portfolio of real policies for the attribution tests of shared/portfolio, kept on the Node side because it reads
// files and runs jieba: policies of shared/extract/__fixtures__/real (named below) and the three sample sets' (the seed of seeds/, seeds/sample-2, seeds/sample-3), each read by the real
// extractor and segmented by the real jieba, as the workspace does on import.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textBlocks } from '../../import/text';
import { createSegmenter } from '../../segment/jieba';
import { extractPolicy } from '../../../shared/extract/policy';
import { repairParagraphs } from '../../../shared/text/repair';
import type { PolicyExtract } from '../../../shared/types';
import { policyForAttribution, type PolicyForAttribution, type ReportForAttribution } from '../../../shared/portfolio/attribution';

const root = join(__dirname, '..', '..', '..');
const realPolicies = join(root, 'shared', 'extract', '__fixtures__', 'real');

export const segmenter = createSegmenter();

/**
 * The real policies of the portfolio, named: the attribution key and the thresholds were weighed against exactly these.
 * A document added to the extraction corpus joins only when the key is read again for it, since every policy changes
 * how specific each word is in the portfolio.
 */
const REAL_POLICIES = [
  'city-circulation-opinion',
  'city-emergency-division',
  'city-streamline-work-points',
  'city-talent-opinion',
  'county-livelihood-task-table',
  'county-work-report-division',
  'county-work-tasks-cover',
  'district-growth-heading-lead',
  'district-growth-measures',
  'district-work-report-division',
  'ministry-emergency-comms-opinion',
  'national-agri-reform-division',
  'national-new-media-opinion',
  'national-waste-free-city-plan',
  'national-work-report-division',
  'national-youth-employment-notice',
  'prefecture-streamline-plan',
  'province-ai-task-table',
  'province-circulation-plan',
  'province-digital-work-points',
];

/** The policy files by the name the keys use. */
export const POLICY_FILES: Record<string, string> = {
  seed: join(root, 'seeds', 'policy-seed.txt'),
  'sample-2': join(root, 'seeds', 'sample-2', 'policy.txt'),
  'sample-3': join(root, 'seeds', 'sample-3', 'policy.txt'),
  ...Object.fromEntries(REAL_POLICIES.map((name) => [name, join(realPolicies, `${name}.txt`)])),
};

/** Text of a fixture file, in UTF-8 or (as some departments still save it) GBK. */
export function readText(file: string): string {
  const bytes = readFileSync(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

export function readPolicy(file: string): PolicyExtract {
  return extractPolicy({ paragraphs: repairParagraphs(textBlocks(readText(file))) });
}

export function forAttribution(id: number, extract: PolicyExtract): PolicyForAttribution {
  return policyForAttribution(id, extract, extract.measures.map((m) => segmenter.terms(`${m.title}\n${m.text}`)));
}

/** A report as the workspace passes it: its text and the jieba terms of its paragraphs. */
export function report(text: string): ReportForAttribution {
  return { text, terms: text.split('\n').flatMap((line) => segmenter.terms(line)) };
}

export interface Portfolio {
  policies: PolicyForAttribution[];
  /** The key's name of a policy id. */
  name: (id: number) => string;
  id: (name: string) => number;
  extract: (name: string) => PolicyExtract;
}

/** Every policy above (or the named ones), ids in order from 1. */
export function loadPortfolio(names: string[] = Object.keys(POLICY_FILES)): Portfolio {
  const extracts = names.map((n) => readPolicy(POLICY_FILES[n]));
  const policies = extracts.map((e, k) => forAttribution(k + 1, e));
  return {
    policies,
    name: (id) => names[id - 1],
    id: (name) => names.indexOf(name) + 1,
    extract: (name) => extracts[names.indexOf(name)],
  };
}
