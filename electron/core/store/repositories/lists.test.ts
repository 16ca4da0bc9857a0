import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ListItem } from '../../../../shared/contract';
import { openWorkspace } from '../../workspace';
import { STORE_FILE, openConnection } from '../db';
import { migrateStore, schemaVersion } from '../migrate';
import { LATEST_VERSION, MIGRATIONS } from '../migrations';
import {
  DESK_MAX_ITEMS,
  ensureDeskLists,
  getListRow,
  insertList,
  listCardTranslations,
  listDeskListRows,
  listDeskMemberships,
  listItemsOf,
  replaceListItems,
  sectionListName,
  storeHasLists,
  type StoredList,
} from './lists';
import { DEFAULT_SECTIONS, getSettings } from './workspaceMeta';

const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-lists-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const T = '2024-05-01T10:00:00.000Z';

function item(articleId: string, fields: Partial<ListItem> = {}): ListItem {
  return { id: randomUUID(), articleId, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'manual', ...fields };
}

function customList(name: string): StoredList {
  return { id: randomUUID(), kind: 'custom', name, section: null, articleId: null, maxItems: 10, langs: [], dismissed: [], version: 1, createdAt: T, updatedAt: T };
}

describe('the desk’s lists in the store', () => {
  it('are made with a new workspace: Editor’s choice, Popular, a front per section', () => {
    const ws = openWorkspace(tempDir());
    try {
      const rows = listDeskListRows(ws.db);
      expect(rows.map((r) => [r.kind, r.name, r.section, r.maxItems, r.version])).toEqual([
        ['editors-choice', "Editor's choice", null, DESK_MAX_ITEMS, 1],
        ['popular', 'Popular', null, DESK_MAX_ITEMS, 1],
        ...DEFAULT_SECTIONS.map((s) => ['section', s.names.en, s.id, DESK_MAX_ITEMS, 1]),
      ]);
      // Made once: again, nothing is added.
      expect(ensureDeskLists(ws.db, getSettings(ws.db).sections, T)).toBe(0);
      expect(listDeskListRows(ws.db)).toHaveLength(rows.length);
    } finally {
      ws.close();
    }
  });

  it('are made when a store from before lists is migrated, its articles kept', () => {
    const dir = tempDir();
    const v3 = openConnection(path.join(dir, STORE_FILE), { readOnly: false });
    migrateStore(v3, MIGRATIONS.slice(0, 3));
    expect(schemaVersion(v3)).toBe(3);
    expect(storeHasLists(v3)).toBe(false);
    const id = randomUUID();
    v3.prepare("INSERT INTO articles (id, section, original_lang, created_at, updated_at) VALUES (?, 'news', 'ru', ?, ?)").run(id, T, T);
    v3.close();

    const ws = openWorkspace(dir);
    try {
      expect(schemaVersion(ws.db)).toBe(LATEST_VERSION);
      expect(storeHasLists(ws.db)).toBe(true);
      expect(listDeskListRows(ws.db).map((r) => r.kind)).toEqual(['editors-choice', 'popular', ...DEFAULT_SECTIONS.map(() => 'section')]);
      expect(ws.db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(1);
    } finally {
      ws.close();
    }
  });

  it('are one per kind and one per section, whatever asks for another', () => {
    const ws = openWorkspace(tempDir());
    try {
      const second = { ...customList("Editor's choice"), kind: 'editors-choice' as const };
      expect(() => insertList(ws.db, second)).toThrow(/UNIQUE/);
      const front = { ...customList('News again'), kind: 'section' as const, section: 'news' };
      expect(() => insertList(ws.db, front)).toThrow(/UNIQUE/);
      expect(ensureDeskLists(ws.db, [...DEFAULT_SECTIONS, { id: 'world', names: { ru: 'Мир' } }], T)).toBe(1);
      expect(listDeskListRows(ws.db).find((r) => r.section === 'world')?.name).toBe('Мир');
    } finally {
      ws.close();
    }
  });
});

describe('sectionListName', () => {
  it('takes the English name, else the first, else the id', () => {
    expect(sectionListName({ id: 'news', names: { ru: 'Новости', en: 'News' } })).toBe('News');
    expect(sectionListName({ id: 'world', names: { ru: 'Мир', az: 'Dünya' } })).toBe('Мир');
    expect(sectionListName({ id: 'misc', names: { en: '  ' } })).toBe('misc');
  });
});

describe('list items', () => {
  it('are rewritten whole, in order, their texts kept as they are', () => {
    const ws = openWorkspace(tempDir());
    try {
      const list = customList('Weekend');
      insertList(ws.db, list);
      const hostile = `<script>alert('x')</script>"; DROP TABLE lists; --`;
      const first = [item('a', { pinned: true, teasers: { ru: hostile } }), item('b', { showFrom: T, origin: 'suggestion' }), item('c')];
      replaceListItems(ws.db, list.id, first);
      expect(listItemsOf(ws.db, [list.id]).get(list.id)).toEqual(first);
      const second = [first[2]!, first[0]!];
      replaceListItems(ws.db, list.id, second);
      expect(listItemsOf(ws.db, [list.id]).get(list.id)).toEqual(second);
      expect(getListRow(ws.db, list.id)?.name).toBe('Weekend');
      expect(listDeskListRows(ws.db).some((r) => r.id === list.id)).toBe(true);
    } finally {
      ws.close();
    }
  });

  it('read damaged teaser text as no teasers rather than failing', () => {
    const ws = openWorkspace(tempDir());
    try {
      const list = customList('Damaged');
      insertList(ws.db, list);
      replaceListItems(ws.db, list.id, [item('a', { teasers: { ru: 'x' } })]);
      ws.db.prepare("UPDATE list_items SET teasers = '{not json' WHERE list_id = ?").run(list.id);
      expect(listItemsOf(ws.db, [list.id]).get(list.id)?.[0]?.teasers).toEqual({});
    } finally {
      ws.close();
    }
  });

  it('tell which desk badge lists hold an article, Editor’s choice first', () => {
    const ws = openWorkspace(tempDir());
    try {
      const [choice, popular] = listDeskListRows(ws.db);
      replaceListItems(ws.db, popular!.id, [item('x'), item('y')]);
      replaceListItems(ws.db, choice!.id, [item('x', { showUntil: T })]);
      const custom = customList('Custom');
      insertList(ws.db, custom);
      replaceListItems(ws.db, custom.id, [item('y')]);
      const found = listDeskMemberships(ws.db, ['x', 'y', 'z']);
      expect(found.get('x')?.map((m) => [m.kind, m.name, m.showUntil])).toEqual([
        ['editors-choice', "Editor's choice", T],
        ['popular', 'Popular', null],
      ]);
      expect(found.get('y')?.map((m) => m.kind)).toEqual(['popular']);
      expect(found.has('z')).toBe(false);
      expect(listCardTranslations(ws.db, [], { text: true }).size).toBe(0);
    } finally {
      ws.close();
    }
  });
});
