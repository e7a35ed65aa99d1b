// A segmenter: jieba loaded once, giving index terms to the parse workers connected to it (each on a port of its
// own). It lives as long as the pool: jieba's dictionary (about 250 MB) is not given back when a thread ends, so
// segmenters are never ended and replaced, and there are fewer of them than parse workers. Its work is bounded by
// the importer's cap on a document's text.
import { parentPort, type MessagePort } from 'node:worker_threads';
import { createSegmenter } from '../segment/jieba';
import { packTerms, type FromSegmenter, type TermsReply, type TermsRequest, type ToSegmenter } from './protocol';

const port = parentPort;
if (!port) throw new Error('the segmenter runs inside a worker thread');
const post = (message: FromSegmenter) => port.postMessage(message);

const segmenter = createSegmenter();
// The dictionary loads on first use; a paragraph's worth of work also compiles the code around it.
for (let k = 0; k < 20; k += 1) segmenter.terms('按照《实施意见》要求，区市场监管局会同有关部门于2021年11月底前全面清理规范已取消的职业资格，现将落实情况报告如下。');
post({ type: 'ready' });

function serve(line: MessagePort): void {
  line.on('message', (request: TermsRequest) => {
    const reply: TermsReply = { id: request.id, terms: packTerms(request.texts.map((t) => segmenter.terms(t))) };
    line.postMessage(reply);
  });
  // A parse worker that ends closes its line; an idle line does not keep this thread busy.
  line.on('close', () => line.removeAllListeners());
}

port.on('message', (message: ToSegmenter) => {
  if (message.type === 'port') serve(message.port);
});
