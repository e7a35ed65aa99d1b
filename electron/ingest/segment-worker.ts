// A segmenter: jieba loaded once, giving paragraphs' index terms for the pool. It lives as long as the pool: jieba's
// dictionary (about 250 MB) is not given back when a thread ends, so segmenters are never ended and replaced. Its
// work is bounded by the importer's cap on a document's text.
import { parentPort } from 'node:worker_threads';
import { createSegmenter } from '../segment/jieba';
import type { FromSegmenter, ToSegmenter } from './protocol';

const port = parentPort;
if (!port) throw new Error('the segmenter runs inside a worker thread');
const post = (message: FromSegmenter) => port.postMessage(message);

const segmenter = createSegmenter();
segmenter.terms('落实情况报告');
post({ type: 'ready' });
port.on('message', (message: ToSegmenter) => {
  if (message.type !== 'terms') return;
  post({ type: 'terms', id: message.id, terms: message.texts.map((t) => segmenter.terms(t)) });
});
