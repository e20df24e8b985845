/** Worker thread of a streaming build (build-pool.ts): takes articles, then emits their graphs. */
import { runBatch, serve, type BatchReply } from './batch-protocol.js';
import { HeldArticles, type ArticleLines, type TakenArticle } from './held-articles.js';
import type { BuildRequest } from './build-pool.js';

const held = new HeldArticles();

serve((request: BuildRequest): Promise<BatchReply<TakenArticle | ArticleLines>> | BatchReply<never> => {
  if ('take' in request) return runBatch(request.take, (item) => held.take(item, request.link));
  if ('settle' in request) {
    held.settle(request.settle);
    return { results: [] };
  }
  return runBatch(Array.from({ length: request.emit }), () => held.emit());
}, (reply) => reply.results.flatMap((result) => ('bytes' in result ? [result.bytes.buffer as ArrayBuffer] : [])));
