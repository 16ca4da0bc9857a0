/**
 * The article services: every rule about articles and translations, synchronous and
 * transactional, each taking the open workspace. Handlers, the command line, imports and
 * benchmarks all write through these.
 */
export { getArticle } from './read';
export { listArticles } from './list';
export { createArticle, updateArticle, deleteArticle, restoreArticle } from './write';
export { updateTranslation } from './translation';
export { setGuidance, workspaceInfo } from './info';
