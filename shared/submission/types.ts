// Inputs of the submission analysis: plain data from the Node side, so the steps stay pure.
import type { PolicyExtract } from '../types';

export interface SubmissionParagraph {
  index: number;
  text: string;
}

export interface SubmissionInput {
  file: string;
  paragraphs: SubmissionParagraph[];
  /** jieba tokens per paragraph (same dictionary as the policy), injected by the Node side. */
  tokens: string[][];
  /** YYYY-MM-DD, stands in when the report has no date. */
  importDate: string;
}

export interface PolicyForLinking {
  extract: PolicyExtract;
  /** Per measure (same order as extract.measures), the jieba tokens of its title and text. */
  measureTokens: string[][];
}

export interface LinkOptions {
  /** Similarity a paragraph must reach to link a measure by content alone (default DEFAULT_CONTENT_THRESHOLD). */
  contentThreshold?: number;
}
