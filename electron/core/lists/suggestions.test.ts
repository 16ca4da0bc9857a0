import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RelatedSuggestionSchema, type ListItem } from '../../../shared/contract';
import { bodyFromParagraphs } from '../../../shared/editor/text';
import { createArticle, deleteArticle, updateTranslation } from '../articles/service';
import { explainRelated, getSourceTranslations } from '../store/repositories/related';
import { thrownBy } from '../testing';
import { openWorkspace, type Workspace } from '../workspace';
import { updateRelatedList } from './service';
import { distinctiveTerms, relatedSuggestions } from './suggestions';

let dir: string;
let ws: Workspace;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-suggestions-'));
  ws = openWorkspace(dir);
  // Pieces on other subjects, so that words shared by everything are not distinctive.
  for (let i = 0; i < 6; i++) {
    piece({ ru: { title: `Погода на неделе ${i}`, body: ['Синоптики обещают дожди и прохладу в столице.'] } });
    piece({ en: { title: `Weather this week ${i}`, body: ['Forecasters expect rain and cool weather in the capital.'] } });
  }
});
afterEach(() => {
  ws.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Status = 'draft' | 'review' | 'ready' | 'published' | 'archived';
interface Text {
  title: string;
  summary?: string;
  body?: string[];
  status?: Status;
}

/** An article with a translation per language given, the first one its original. */
function piece(texts: { ru?: Text; en?: Text }, section = 'news'): string {
  const entries = Object.entries(texts) as ['ru' | 'en', Text][];
  const [originalLang, original] = entries[0] ?? ['ru', { title: '' }];
  const a = createArticle(ws, { section, originalLang, title: original.title, tags: [] });
  for (const [lang, t] of entries) {
    updateTranslation(ws, {
      articleId: a.id,
      lang,
      expectedRevision: lang === originalLang ? 1 : 0,
      patch: {
        title: t.title,
        summary: t.summary ?? '',
        body: bodyFromParagraphs(t.body ?? ['']),
        status: t.status ?? 'published',
      },
    });
  }
  return a.id;
}

const suggest = (articleId: string, limit = 10) => relatedSuggestions(ws, { articleId, limit }).items;
const ids = (articleId: string, limit = 10) => suggest(articleId, limit).map((s) => s.articleId);

function item(articleId: string): ListItem {
  return { id: randomUUID(), articleId, pinned: false, teasers: {}, showFrom: null, showUntil: null, origin: 'manual' };
}

describe('related suggestions', () => {
  it('finds pieces in another language: names written alike, and through the article’s own translation', () => {
    const source = piece({
      ru: {
        title: 'Airbus и Lufthansa подписали контракт',
        summary: 'Сделку обсуждали в Тулузе',
        body: ['Концерн Airbus поставит авиакомпании Lufthansa сорок самолётов A350.'],
      },
    });
    const englishOnly = piece({
      en: { title: 'Lufthansa orders forty A350 jets from Airbus', body: ['The deal was signed in Toulouse.'] },
    }, 'economy');
    const unrelated = piece({ en: { title: 'Chess olympiad opens', body: ['Grandmasters gathered in Chennai.'] } });

    const found = suggest(source);
    expect(found.map((s) => s.articleId)).toContain(englishOnly);
    expect(found.map((s) => s.articleId)).not.toContain(unrelated);
    const hit = found.find((s) => s.articleId === englishOnly);
    expect(hit).toMatchObject({ section: 'economy', titles: { en: 'Lufthansa orders forty A350 jets from Airbus' } });
    expect(hit && hit.score > 0).toBe(true);

    // A bilingual piece reaches an English-only one through its English words.
    const bilingual = piece({
      ru: { title: 'Премьер Баграмян посетил Гюмри', body: ['Визит продлился два дня.'] },
      en: { title: 'Premier Bagramyan visits Gyumri', body: ['The visit lasted two days.'] },
    });
    const gyumri = piece({ en: { title: 'Gyumri restores its old quarter', body: ['Bagramyan opened the works.'] } });
    expect(ids(bilingual)).toContain(gyumri);
  });

  it('names the titles of every language an article has, best match first', () => {
    const source = piece({ ru: { title: 'Фестиваль джаза в Коктебеле', body: ['Джазовый фестиваль в Коктебеле собрал музыкантов.'] } });
    const both = piece({
      ru: { title: 'Коктебель ждёт джазовый фестиваль', body: ['Фестиваль джаза пройдёт в Коктебеле в сентябре.'] },
      en: { title: 'Koktebel awaits its jazz festival', body: ['The jazz festival returns in September.'] },
    }, 'culture');
    const weaker = piece({ ru: { title: 'Новости Коктебеля', body: ['В посёлке открыли набережную.'] } });

    const found = suggest(source);
    expect(found.map((s) => s.articleId)).toEqual([both, weaker]);
    expect(found[0]).toMatchObject({ section: 'culture', titles: { ru: 'Коктебель ждёт джазовый фестиваль', en: 'Koktebel awaits its jazz festival' } });
    expect(found[0]!.score).toBeGreaterThan(found[1]!.score);
    for (const s of found) expect(RelatedSuggestionSchema.safeParse(s).success).toBe(true);
  });

  it('never suggests the article itself', () => {
    const source = piece({
      ru: { title: 'Марафон в Казани', body: ['Марафон в Казани собрал бегунов.'] },
      en: { title: 'Kazan marathon', body: ['The Kazan marathon drew runners.'] },
    });
    const other = piece({ ru: { title: 'Казанский марафон перенесли', body: ['Марафон пройдёт в мае.'] } });
    expect(ids(source)).toEqual([other]);
  });

  it('leaves out archived pieces and pieces in the trash', () => {
    const source = piece({ en: { title: 'Volcano Klyuchevskaya erupts', body: ['Ash from Klyuchevskaya reached Kamchatka villages.'] } });
    const archived = piece({
      en: { title: 'Klyuchevskaya eruption, archive', body: ['Klyuchevskaya erupted near Kamchatka.'], status: 'archived' },
      ru: { title: 'Извержение Ключевской', body: ['Ключевская сопка.'], status: 'archived' },
    });
    const partlyArchived = piece({
      en: { title: 'Klyuchevskaya calms down', body: ['Kamchatka volcanologists lowered the alert.'], status: 'archived' },
      ru: { title: 'Ключевская затихла', body: ['Вулканологи Камчатки снизили уровень опасности.'], status: 'draft' },
    });
    const trashed = piece({ en: { title: 'Klyuchevskaya flights cancelled', body: ['Kamchatka airport closed.'] } });
    deleteArticle(ws, trashed);

    const found = ids(source);
    expect(found).toContain(partlyArchived);
    expect(found).not.toContain(archived);
    expect(found).not.toContain(trashed);
  });

  it('still finds a live piece behind many better-matching archived ones', () => {
    const source = piece({ en: { title: 'Shiveluch volcano', body: ['Shiveluch erupted again.'] } });
    const live = piece({ en: { title: 'Kamchatka news', body: ['Flights resumed after Shiveluch calmed down.'] } });
    for (let i = 0; i < 30; i++) {
      piece({
        en: { title: `Shiveluch volcano erupts ${i}`, body: ['Shiveluch erupted.'], status: 'archived' },
        ru: { title: `Извержение ${i}`, status: 'archived' },
      });
    }
    expect(ids(source, 1)).toEqual([live]);
  });

  it('leaves out what the Related list already holds and what the desk dismissed', () => {
    const source = piece({ ru: { title: 'Мост через Лену', body: ['Мост через Лену у Якутска строят с весны.'] } });
    const listed = piece({ ru: { title: 'Якутск ждёт мост через Лену', body: ['Мост соединит берега Лены.'] } });
    const dismissed = piece({ ru: { title: 'Лена вскрылась у Якутска', body: ['Ледоход на Лене.'] } });
    const offered = piece({ ru: { title: 'Якутский мост', body: ['Подрядчик моста через Лену назван.'] } });
    expect(ids(source)).toEqual(expect.arrayContaining([listed, dismissed, offered]));

    updateRelatedList(ws, { articleId: source, expectedVersion: 0, patch: { items: [item(listed)], dismissed: [dismissed] } });
    expect(ids(source)).toEqual([offered]);
  });

  it('returns at most `limit` pieces, the best first', () => {
    const source = piece({ en: { title: 'Tbilisi wine festival', body: ['Winemakers from Kakheti came to Tbilisi.'] } });
    const all: string[] = [];
    for (let i = 0; i < 8; i++) {
      all.push(piece({ en: { title: `Kakheti harvest ${i}`, body: [i % 2 ? 'Tbilisi tasting of Kakheti wine.' : 'Kakheti wine.'] } }));
    }
    const five = suggest(source, 5);
    expect(five).toHaveLength(5);
    const scores = five.map((s) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(suggest(source, 1)).toHaveLength(1);
    expect(suggest(source, 50).map((s) => s.articleId).sort()).toEqual([...all].sort());
  });

  it('says not_found for an article that does not exist', () => {
    expect(thrownBy(() => suggest(randomUUID())).code).toBe('not_found');
    expect(thrownBy(() => suggest(randomUUID())).phrase?.key).toBe('core.lists.articleNotFound');
  });

  it('suggests nothing for an article without words, or whose words nothing else holds', () => {
    const empty = piece({ ru: { title: '' } });
    expect(suggest(empty)).toEqual([]);
    const punctuation = piece({ en: { title: '— … !!! 2024 42', body: ['«»', '12:30'] } });
    expect(suggest(punctuation)).toEqual([]);
    const unique = piece({ en: { title: 'Xylophonist Zbigniewski', body: ['Quuxville.'] } });
    expect(suggest(unique)).toEqual([]);
  });

  it('reads query syntax in an article’s text as words only', () => {
    const hostile = [
      '"Ротердам" AND NOT (Гаага) OR NEAR(Ротердам Гаага, 2)',
      'title: Rotterdam* ^Hague - "unterminated',
      "col:body_text {title summary}: x'' ; DROP TABLE articles; --",
      'Ротердам + Гаага * " "" """',
    ];
    const source = piece({
      ru: { title: hostile[0]!, summary: hostile[3]!, body: ['Порт Роттердама принял танкеры.', hostile[2]!] },
      en: { title: hostile[1]!, body: ['The port of Rotterdam took tankers.', hostile[2]!] },
    });
    const related = piece({
      en: { title: 'Rotterdam port: "tankers" (again) AND more', body: ['NOT the Hague: Rotterdam.'] },
      ru: { title: 'Порт Роттердама NEAR Гааги', body: ['Танкеры у Роттердама*'] },
    });
    expect(ids(source)).toContain(related);
    expect(ids(related)).toContain(source);
    expect(suggest(related).find((s) => s.articleId === source)?.titles).toEqual({ ru: hostile[0], en: hostile[1] });
  });
});

describe('distinctive terms', () => {
  it('prefers the words an article shares with a few others over words every piece holds', () => {
    const source = piece({
      en: {
        title: 'Weather this week: Bagration bridge closes',
        body: ['Forecasters expect rain. The Bagration bridge in Kaliningrad closes for repairs over the Pregolya; rain and cool weather.'],
      },
    });
    piece({ en: { title: 'Kaliningrad repairs the Bagration bridge' } });
    const terms = distinctiveTerms(ws.db, getSourceTranslations(ws.db, source));
    expect(terms.slice(0, 4).sort()).toEqual(['bagrat', 'bridg', 'kaliningrad', 'repair']);
    // Held by nearly every piece: ranked last.
    expect(terms.indexOf('weather')).toBeGreaterThan(3);
    // Held only by this article: it cannot find anything.
    expect(terms).not.toContain('pregolya');
    // Function words are never asked for.
    expect(terms).not.toContain('the');
  });
});

describe('the ranking', () => {
  it('walks the index newest first, with the trash and the excluded articles as sets, and scans no table', () => {
    const plan = explainRelated(ws.db);
    // idxNum 192: rowid, descending, as search walks its matches.
    expect(plan.filter((l) => /SCAN search_index VIRTUAL TABLE INDEX 192:M/.test(l))).toHaveLength(1);
    const scans = plan.filter((l) => /^SCAN /.test(l) && !/^SCAN (search_index|ranked|top|best|excluded_seqs|x)\b/.test(l));
    expect(scans).toEqual([]);
  });
});
