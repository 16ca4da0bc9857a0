/**
 * The long tail of a newsroom's vocabulary: names of people, companies and towns that
 * appear in a handful of pieces each. They are built from syllables, in Cyrillic and in
 * the matching Latin spelling, and drawn from a space of 200,000 roots with a log-uniform
 * (Zipf-like) law, so a large corpus holds tens of thousands of distinct rare words beside
 * its everyday ones, as real text does.
 */
import { CITIES, type City, type Org, type Person } from './lexicon';
import { Rng } from './random';
import { firstName, noun, phrase, surname, type Gender } from './russian';

const ROOTS = 200_000;

const OPEN: readonly (readonly [string, string])[] = [
  ['ба', 'ba'], ['ве', 've'], ['го', 'go'], ['да', 'da'], ['ле', 'le'], ['ми', 'mi'], ['но', 'no'], ['ра', 'ra'],
  ['су', 'su'], ['то', 'to'], ['фе', 'fe'], ['ха', 'kha'], ['че', 'che'], ['шу', 'shu'], ['зо', 'zo'], ['ки', 'ki'],
  ['ро', 'ro'], ['лу', 'lu'], ['ме', 'me'], ['ни', 'ni'], ['пе', 'pe'], ['ва', 'va'], ['гу', 'gu'], ['до', 'do'],
  ['жа', 'zha'], ['сё', 'syo'], ['бо', 'bo'], ['ту', 'tu'], ['ка', 'ka'], ['ре', 're'], ['ло', 'lo'], ['му', 'mu'],
];
const CODA: readonly (readonly [string, string])[] = [
  ['р', 'r'], ['н', 'n'], ['л', 'l'], ['в', 'v'], ['к', 'k'], ['т', 't'], ['с', 's'], ['м', 'm'], ['д', 'd'], ['рг', 'rg'],
];

interface Root {
  ru: string;
  en: string;
}

/** Root number k, always the same letters. */
function root(k: number): Root {
  const rng = new Rng(`root:${k}`);
  const n = rng.int(2, 3);
  let ru = '';
  let en = '';
  for (let i = 0; i < n; i++) {
    const [r, e] = rng.pick(OPEN);
    ru += r;
    en += e;
  }
  const [r, e] = rng.pick(CODA);
  return { ru: ru + r, en: en + e };
}

/** A root drawn log-uniformly: root 1 is common, root 150,000 turns up once in a long while. */
function drawRoot(rng: Rng): Root {
  return root(Math.floor(Math.exp(rng.next() * Math.log(ROOTS))));
}

const capRu = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const FIRST: readonly (readonly [Gender, string, string])[] = [
  ['m', 'Игорь', 'Igor'],
  ['m', 'Виктор', 'Viktor'],
  ['m', 'Олег', 'Oleg'],
  ['m', 'Семён', 'Semyon'],
  ['m', 'Руслан', 'Ruslan'],
  ['m', 'Антон', 'Anton'],
  ['f', 'Ирина', 'Irina'],
  ['f', 'Светлана', 'Svetlana'],
  ['f', 'Людмила', 'Lyudmila'],
  ['f', 'Алина', 'Alina'],
  ['f', 'Татьяна', 'Tatyana'],
  ['f', 'Зарема', 'Zarema'],
];

/** A person with a rare surname: Бамирков / Bamirkov, Ралукина / Ralukina. */
export function rarePerson(rng: Rng): Person {
  const [gender, ruFirst, enFirst] = rng.pick(FIRST);
  const r = drawRoot(rng);
  const [ruEnd, enEnd] = rng.pick([
    ['ов', 'ov'],
    ['ин', 'in'],
    ['ский', 'sky'],
  ] as const);
  let ruLast = capRu(r.ru) + ruEnd;
  let enLast = capRu(r.en) + enEnd;
  if (gender === 'f') {
    ruLast = ruEnd === 'ский' ? capRu(r.ru) + 'ская' : ruLast + 'а';
    enLast = ruEnd === 'ский' ? capRu(r.en) + 'skaya' : enLast + 'a';
  }
  const en = `${enFirst} ${enLast}`;
  return { gender, ruFirst: firstName(ruFirst, gender), ruLast: surname(ruLast, gender), en, enLast };
}

const COMPANY: readonly (readonly [string, string])[] = [
  ['пром', 'prom'],
  ['транс', 'trans'],
  ['строй', 'stroy'],
  ['инвест', 'invest'],
  ['тех', 'tech'],
  ['агро', 'agro'],
];

/** A company known by its name in quotes: компания «Ралукпром» / Ralukprom. */
export function rareCompany(rng: Rng): Org {
  const r = drawRoot(rng);
  const [ru, en] = rng.pick(COMPANY);
  return { ru: phrase(noun('компания'), { tail: `«${capRu(r.ru)}${ru}»` }), num: 'sg', en: `${capRu(r.en)}${en}` };
}

/** A town that declines like Берлин: Бамирск, в Бамирске / Bamirsk. */
export function rareTown(rng: Rng): City {
  const r = drawRoot(rng);
  return { ru: noun(capRu(r.ru) + 'ск').sg, en: `${capRu(r.en)}sk` };
}

/** A city: mostly a well-known one, sometimes a small town of the long tail. */
export function pickCity(rng: Rng): City {
  return rng.chance(0.3) ? rareTown(rng) : rng.pick(CITIES);
}
