/**
 * The list services: the desk's curated lists and each article's Related list, read with
 * their item cards and saved whole against their version. Handlers, the command line and
 * the export all go through these; the rules themselves are in shared/domain/lists.ts
 * (ordering, schedule, fallback) and ./checks.ts (what a save must keep).
 */
export { getList, getRelatedList, listLists } from './read';
export { createList, deleteList, updateList, updateRelatedList } from './write';
