import { afterAll, describe, expect, it } from 'vitest';
import { openTestStore } from '../../search/test-store';
import { explainSearch, type SearchFilter } from './search';

const db = openTestStore();
afterAll(() => db.close());

const filters: SearchFilter[] = [
  {},
  { lang: 'ru' },
  { status: 'draft' },
  { lang: 'ru', status: 'draft' },
  { section: 'news' },
  { section: 'news', lang: 'ru' },
  { section: 'news', status: 'published' },
  { section: 'news', lang: 'en', status: 'published' },
  { state: 'stale' },
  { state: 'current' },
  { state: 'stale', lang: 'en' },
  { state: 'current', lang: 'en' },
  { state: 'current', status: 'draft' },
  { state: 'stale', section: 'news', lang: 'en', status: 'published' },
];

describe('the shape of a search', () => {
  for (const filter of filters) {
    for (const prefix of [false, true]) {
      it(`keeps its plan for ${JSON.stringify(filter)}${prefix ? ' with a prefix' : ''}`, () => {
        const plan = explainSearch(db, filter, { prefix });
        // Matches are walked newest first straight from the index (idxNum 192: rowid, descending).
        expect(plan.filter((l) => /SCAN search_index VIRTUAL TABLE INDEX 192:M/.test(l))).toHaveLength(1);
        // No full scan of a table, whatever the filters; the state filter walks only the small
        // partial index of translations that need work.
        const scans = plan.filter((l) => /^SCAN /.test(l) && !/^SCAN (search_index|ranked|top|langs)\b/.test(l));
        expect(scans.filter((l) => !/USING COVERING INDEX translations_needing_update$/.test(l))).toEqual([]);
        // With a prefix term, the snippet rows are found in one range pass, never one by one.
        if (prefix) expect(plan.filter((l) => /VIRTUAL TABLE INDEX \d+:=/.test(l))).toEqual([]);
        else expect(plan.filter((l) => /VIRTUAL TABLE INDEX \d+:=M/.test(l))).toHaveLength(1);
      });
    }
  }
});
