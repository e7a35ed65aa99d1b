// A segmenter: jieba loaded once, giving paragraphs' index terms for the pool (and, asked, the report's reading). It lives as long as the pool: jieba's
// dictionary (about 250 MB) is not given back when a thread ends, so segmenters are never ended and replaced. Its
// work is bounded by the importer's cap on a document's text.
import { parentPort } from 'node:worker_threads';
import { analyzeSubmission } from '../../shared/submission';
import { createSegmenter, measureTerms } from '../segment/jieba';
import type { FromSegmenter, ReadingRequest, ToSegmenter } from './protocol';

const port = parentPort;
if (!port) throw new Error('the segmenter runs inside a worker thread');
const post = (message: FromSegmenter) => port.postMessage(message);

const segmenter = createSegmenter();
// The dictionary loads on first use; a paragraph's worth of work also compiles the code around it.
for (let k = 0; k < 20; k += 1) segmenter.terms('按照《实施意见》要求，区市场监管局会同有关部门于2021年11月底前全面清理规范已取消的职业资格，现将落实情况报告如下。');
post({ type: 'ready' });
let reading: (ReadingRequest & { tokens: string[][] }) | null = null;
port.on('message', (message: ToSegmenter) => {
  if (message.type === 'reading') {
    const { policy, tokens } = message.reading;
    reading = { ...message.reading, tokens: tokens ?? measureTerms(segmenter, policy.measures) };
  }
  if (message.type !== 'terms') return;
  const terms = message.texts.map((t) => segmenter.terms(t));
  const read = message.read;
  if (!read || reading?.id !== read.readingId) {
    post({ type: 'terms', id: message.id, terms });
    return;
  }
  // Reading the report against the policy is most of a report's cost after its text: done here, beside its terms.
  const value = analyzeSubmission(
    { file: read.file, paragraphs: read.paragraphs, tokens: terms, importDate: reading.importDate },
    { extract: reading.policy, measureTokens: reading.tokens },
    reading.directory,
  );
  post({ type: 'terms', id: message.id, terms, analysis: { readingId: reading.id, value } });
});
