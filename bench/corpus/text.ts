/**
 * Sentences, headlines and summaries of a news piece, written in Russian and English at
 * once from the same random draws, so the two languages of an article say the same thing.
 */
import {
  COMMON_ACTIONS,
  MONTHS,
  OPENERS,
  PEOPLE,
  SAY,
  TAILS,
  TEAMS,
  WEEKDAYS,
  type Action,
  type City,
  type Desk,
  type Metric,
  type Org,
  type Person,
  type Quote,
  type Role,
  type Thing,
} from './lexicon';
import { pickCity } from './names';
import type { Rng } from './random';
import { agree, pastVerb, verbForms, type Case, type Gender, type Num } from './russian';

export interface Pair {
  ru: string;
  en: string;
}

/** A person in a role, mentioned in full the first time and by surname after that. */
export interface Cast {
  readonly person: Person;
  readonly role: Role;
  mentioned: boolean;
}

/** Who does something in a sentence: a person in a role, or an institution or group. */
interface Subject {
  ru(c: Case): string;
  readonly en: string;
  readonly gender: Gender;
  readonly num: Num;
}

export interface Scene {
  readonly rng: Rng;
  readonly desk: Desk;
  readonly hero: Cast;
  readonly other: Cast;
  readonly org: Org;
  readonly city: City;
  readonly things: readonly Thing[];
  readonly metric: Metric;
  readonly year: number;
  readonly month: number;
}

/** Something of the scene's that takes place, or any event of the desk. */
function event(sc: Scene): Thing {
  const own = sc.things.filter((t) => t.event);
  if (own.length > 0 && sc.rng.chance(0.7)) return sc.rng.pick(own);
  const all = sc.desk.things.filter((t) => t.event);
  return all.length > 0 ? sc.rng.pick(all) : sc.rng.pick(sc.things);
}

export function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const VOWEL_START = /^[аоуэиАОУЭИ]/;
/** о → об before a vowel (об официальном визите). */
function o(word: string): string {
  return (VOWEL_START.test(word) ? 'об ' : 'о ') + word;
}
/** с → со before с, з, ш, ж and a consonant (со сборной, со счётом). */
function s(word: string): string {
  return (/^[сзшжСЗШЖ][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]/.test(word) ? 'со ' : 'с ') + word;
}
/** в → во before в or ф and a consonant (во Владивостоке). */
function v(word: string): string {
  return (/^[вфВФ][^аеёиоуыэюяАЕЁИОУЫЭЮЯ]/.test(word) ? 'во ' : 'в ') + word;
}

function ruDecimal(x: number): string {
  return x.toFixed(1).replace('.', ',');
}

function ordinalEn(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Russian noun after a number: 1 день, 2 дня, 5 дней. */
function plural(n: number, one: string, few: string, many: string): string {
  const t = n % 100;
  if (t >= 11 && t <= 14) return many;
  const u = n % 10;
  if (u === 1) return one;
  if (u >= 2 && u <= 4) return few;
  return many;
}

function castSubject(c: Cast): Subject {
  const full = !c.mentioned;
  c.mentioned = true;
  const { person, role } = c;
  return {
    gender: person.gender,
    num: 'sg',
    ru: (k) => (full ? `${role.ru.form(k)} ${person.ruFirst[k]} ${person.ruLast[k]}` : person.ruLast[k]),
    en: full ? `${role.enTitle} ${person.en}` : person.enLast,
  };
}

function orgSubject(org: Org): Subject {
  return { gender: org.ru.gender, num: org.num, ru: (k) => org.ru.form(k, org.num), en: org.en };
}

function pickSubject(sc: Scene): Subject {
  const r = sc.rng.next();
  if (r < 0.4) return castSubject(sc.hero);
  if (r < 0.6) return castSubject(sc.other);
  if (r < 0.85) return orgSubject(sc.org);
  return orgSubject(sc.rng.pick(sc.desk.orgs));
}

/** A thing as the object of an action, in the case the verb asks for. */
function object(sc: Scene, a: Action): Pair {
  const t = sc.rng.pick(sc.things);
  const num: Num = t.ru.pluralOnly || sc.rng.chance(0.25) ? 'pl' : 'sg';
  const word = t.ru.form(a.ruCase, num);
  let ru = word;
  if (a.ruPrep === 'о') ru = o(word);
  else if (a.ruPrep === 'с') ru = s(word);
  else if (a.ruPrep === 'в') ru = v(word);
  else if (a.ruPrep) ru = `${a.ruPrep} ${word}`;
  return { ru, en: num === 'pl' ? t.enPlural : t.enDef };
}

function pickAction(sc: Scene): Action {
  return sc.rng.chance(0.5) ? sc.rng.pick(sc.desk.actions) : sc.rng.pick(COMMON_ACTIONS);
}

function when(sc: Scene): Pair {
  if (sc.rng.chance(0.25)) {
    const [, pre, en] = MONTHS[sc.month] ?? MONTHS[0]!;
    return { ru: `в ${pre}`, en: `in ${en}` };
  }
  return sc.rng.pick(WEEKDAYS);
}

/** Clause: someone did something to something. */
function clause(sc: Scene, subj: Subject = pickSubject(sc)): Pair {
  const a = pickAction(sc);
  const obj = object(sc, a);
  return { ru: `${subj.ru('nom')} ${agree(a.ru, subj.gender, subj.num)} ${obj.ru}`, en: `${subj.en} ${a.enPast} ${obj.en}` };
}

const ARRIVE = pastVerb('прибы');
const MEET = pastVerb('встрети', true);
const END = pastVerb('заверши', true);
const GATHER = pastVerb('собра', true);
const SEND = pastVerb('направи');
const TELL = pastVerb('рассказа');
const ROSE = verbForms('вырос', 'выросла', 'выросло', 'выросли');
const FELL = pastVerb('сократи', true);
const REACHED = pastVerb('состави');
const SCORED = pastVerb('заби');
const BEAT = pastVerb('обыгра');
const HELD = verbForms('прошёл', 'прошла', 'прошло', 'прошли');
const NUMERALS: readonly (readonly [string, string])[] = [
  ['пяти', 'five'],
  ['шести', 'six'],
  ['семи', 'seven'],
  ['восьми', 'eight'],
  ['десяти', 'ten'],
  ['двенадцати', 'twelve'],
  ['двадцати', 'twenty'],
];

type Frame = (sc: Scene) => Pair;

const sayThat: Frame = (sc) => {
  const subj = pickSubject(sc);
  const [verb, en] = sc.rng.pick(SAY);
  const w = when(sc);
  const c = clause(sc);
  return { ru: `${cap(subj.ru('nom'))} ${agree(verb, subj.gender, subj.num)} ${w.ru}, что ${c.ru}.`, en: `${cap(subj.en)} ${en} ${w.en} that ${c.en}.` };
};

const meet: Frame = (sc) => {
  const w = when(sc);
  const a = castSubject(sc.hero);
  const b = castSubject(sc.other);
  return {
    ru: `${cap(w.ru)} ${a.ru('nom')} ${agree(MEET, a.gender, 'sg')} ${s(b.ru('ins'))} ${v(sc.city.ru.pre)}.`,
    en: `${cap(w.en)}, ${a.en} met ${b.en} in ${sc.city.en}.`,
  };
};

const visit: Frame = (sc) => {
  const a = castSubject(sc.hero);
  const c = pickCity(sc.rng);
  const w = when(sc);
  return {
    ru: `${cap(a.ru('nom'))} ${w.ru} ${agree(ARRIVE, a.gender, 'sg')} с официальным визитом ${v(c.ru.acc)}.`,
    en: `${cap(a.en)} arrived in ${c.en} on an official visit ${w.en}.`,
  };
};

const discussed: Frame = (sc) => {
  const [t1, t2] = sc.rng.pickTwo(sc.things);
  const tail = sc.rng.pick(TAILS);
  const n1: Num = t1.ru.pluralOnly ? 'pl' : 'sg';
  return {
    ru: `Стороны обсудили ${t1.ru.form('acc', n1)} и ${t2.ru.form('acc', 'pl')}, ${tail.ru}.`,
    en: `The sides discussed ${t1.enDef} and ${t2.enPlural}, ${tail.en}.`,
  };
};

const accordingTo: Frame = (sc) => {
  const subj = pickSubject(sc);
  const c = clause(sc);
  const w = when(sc);
  return { ru: `По словам ${subj.ru('gen')}, ${w.ru} ${c.ru}.`, en: `According to ${subj.en}, ${c.en} ${w.en}.` };
};

const background: Frame = (sc) => {
  const op = sc.rng.pick(OPENERS);
  const w = when(sc);
  const c = clause(sc);
  const tail = sc.rng.chance(0.4) ? sc.rng.pick(TAILS) : null;
  return {
    ru: `${op.ru} ${w.ru} ${c.ru}${tail ? ', ' + tail.ru : ''}.`,
    en: `${op.en} ${c.en} ${w.en}${tail ? ', ' + tail.en : ''}.`,
  };
};

function metricSentence(sc: Scene, m: Metric): Pair {
  const w = when(sc);
  const ru0 = m.ru.form('nom');
  const g = m.ru.gender;
  const x = sc.rng.int(2, 190) / 10;
  if (m.unit === 'percent') {
    const y = sc.rng.int(2, 190) / 10;
    return {
      ru: `${cap(ru0)} ${w.ru} ${agree(REACHED, g, 'sg')} ${ruDecimal(x)}% против ${ruDecimal(y)}% годом ранее.`,
      en: `${cap(m.en)} stood at ${x.toFixed(1)}% ${w.en}, against ${y.toFixed(1)}% a year earlier.`,
    };
  }
  if (m.unit === 'count') {
    const n = sc.rng.int(3, 480);
    return {
      ru: `${cap(ru0)} ${w.ru} ${agree(ROSE, g, 'sg')} до ${n} ${plural(n, 'тысячи', 'тысяч', 'тысяч')}.`,
      en: `${cap(m.en)} rose to ${n} thousand ${w.en}.`,
    };
  }
  const up = sc.rng.chance(0.6);
  const amount = sc.rng.int(12, 9800) / 10;
  const [ruScale, enScale] = sc.rng.chance(0.5) ? ['млрд', 'billion'] : ['млн', 'million'];
  const [ruCur, enCur] = sc.rng.pick([
    ['рублей', 'roubles'],
    ['долларов', 'dollars'],
    ['евро', 'euros'],
  ] as const);
  return {
    ru: `${cap(ru0)} ${w.ru} ${agree(up ? ROSE : FELL, g, 'sg')} на ${ruDecimal(x)}% и ${agree(REACHED, g, 'sg')} ${ruDecimal(amount)} ${ruScale} ${ruCur}.`,
    en: `${cap(m.en)} ${up ? 'rose' : 'fell'} by ${x.toFixed(1)}% ${w.en} to ${amount.toFixed(1)} ${enScale} ${enCur}.`,
  };
}

const figures: Frame = (sc) => metricSentence(sc, sc.rng.chance(0.6) ? sc.metric : sc.rng.pick(sc.desk.metrics));

const forecast: Frame = (sc) => {
  const subj = pickSubject(sc);
  const m = sc.metric;
  const x = sc.rng.int(2, 190) / 10;
  const year = sc.year + sc.rng.int(0, 2);
  return {
    ru: `По прогнозу ${subj.ru('gen')}, в ${year} году ${m.ru.form('nom')} ${m.ru.pluralOnly ? 'составят' : 'составит'} ${ruDecimal(x)}${m.unit === 'percent' ? '%' : ' млрд рублей'}.`,
    en: `According to a forecast by ${subj.en}, ${m.en} will reach ${x.toFixed(1)}${m.unit === 'percent' ? '%' : ' billion roubles'} in ${year}.`,
  };
};

function quoted(sc: Scene, q: Quote): Pair {
  const subj = pickSubject(sc);
  const [verb, en] = sc.rng.pick(SAY);
  if (sc.rng.chance(0.6)) {
    return { ru: `«${q.ru}», — ${agree(verb, subj.gender, subj.num)} ${subj.ru('nom')}.`, en: `“${q.en},” ${subj.en} ${en}.` };
  }
  return { ru: `${cap(subj.ru('nom'))} ${agree(verb, subj.gender, subj.num)}: «${q.ru}».`, en: `${cap(subj.en)} ${en}: “${q.en}.”` };
}

const quote: Frame = (sc) => quoted(sc, sc.rng.pick(sc.desk.quotes));

const gathering: Frame = (sc) => {
  const role = sc.rng.pick(sc.desk.roles);
  const [ruN, enN] = sc.rng.pick(NUMERALS);
  const w = when(sc);
  if (sc.rng.chance(0.5)) {
    return {
      ru: `${cap(w.ru)} ${v(sc.city.ru.pre)} ${agree(END, 'f', 'sg')} встреча ${role.ru.form('gen', 'pl')} ${ruN} стран.`,
      en: `A meeting of ${role.enPlural} from ${enN} countries ended in ${sc.city.en} ${w.en}.`,
    };
  }
  return {
    ru: `${cap(role.ru.form('nom', 'pl'))} ${ruN} стран ${agree(GATHER, 'm', 'pl')} ${v(sc.city.ru.pre)} ${w.ru}.`,
    en: `${cap(role.enPlural)} from ${enN} countries gathered in ${sc.city.en} ${w.en}.`,
  };
};

const letter: Frame = (sc) => {
  const from = pickSubject(sc);
  const to = castSubject(sc.hero === sc.other ? sc.hero : sc.rng.chance(0.5) ? sc.hero : sc.other);
  const t = sc.rng.pick(sc.things);
  const num: Num = t.ru.pluralOnly ? 'pl' : 'sg';
  return {
    ru: `${cap(from.ru('nom'))} ${agree(SEND, from.gender, from.num)} письмо ${to.ru('dat')} с предложением обсудить ${t.ru.form('acc', num)}.`,
    en: `${cap(from.en)} sent a letter to ${to.en} proposing to discuss ${t.enDef}.`,
  };
};

const spokeAbout: Frame = (sc) => {
  const subj = pickSubject(sc);
  const t = sc.rng.pick(sc.things);
  const num: Num = t.ru.pluralOnly || sc.rng.chance(0.3) ? 'pl' : 'sg';
  return {
    ru: `${cap(subj.ru('nom'))} ${agree(TELL, subj.gender, subj.num)} журналистам ${o(t.ru.form('pre', num))} и о том, что ещё предстоит сделать.`,
    en: `${cap(subj.en)} told reporters about ${num === 'pl' ? t.enPlural : t.enDef} and about what is still to be done.`,
  };
};

const scheduled: Frame = (sc) => {
  const t = event(sc);
  const pl = t.ru.pluralOnly;
  const d = sc.rng.int(1, 28);
  const [gen, , en] = MONTHS[(sc.month + sc.rng.int(1, 3)) % 12] ?? MONTHS[0]!;
  return {
    ru: `${cap(t.ru.form('nom'))} ${pl ? 'пройдут' : 'пройдёт'} ${d} ${gen} ${v(sc.city.ru.pre)}.`,
    en: `${cap(t.enDef)} will take place in ${sc.city.en} on ${en} ${d}.`,
  };
};

const aboutThis: Frame = (sc) => {
  const subj = pickSubject(sc);
  const [verb, en] = sc.rng.pick(SAY);
  return { ru: `Об этом ${agree(verb, subj.gender, subj.num)} ${subj.ru('nom')}.`, en: `${cap(subj.en)} ${en} this.` };
};

const matchResult: Frame = (sc) => {
  const [a, b] = sc.rng.pickTwo(TEAMS);
  const x = sc.rng.int(1, 5);
  const y = sc.rng.int(0, x - 1);
  const scorer = castSubject(sc.hero);
  const minute = sc.rng.int(3, 90);
  return {
    ru: `Команда ${a.ru} ${agree(BEAT, 'f', 'sg')} ${b.ru} ${s('счётом')} ${x}:${y}, решающий гол на ${minute}-й минуте ${agree(SCORED, scorer.gender, 'sg')} ${scorer.ru('nom')}.`,
    en: `${a.en} beat ${b.en} ${x}-${y}, with ${scorer.en} scoring the decisive goal in the ${ordinalEn(minute)} minute.`,
  };
};

const tickets: Frame = (sc) => {
  const t = event(sc);
  const n = sc.rng.int(2, 21);
  const num: Num = t.ru.pluralOnly ? 'pl' : 'sg';
  return {
    ru: `Билеты на ${t.ru.form('acc', num)} раскупили за ${n} ${plural(n, 'день', 'дня', 'дней')}, а очередь у касс выстроилась ещё до открытия.`,
    en: `Tickets for ${t.enDef} sold out in ${n} days, and a queue formed at the box office before it even opened.`,
  };
};

const held: Frame = (sc) => {
  const t = event(sc);
  const num: Num = t.ru.pluralOnly ? 'pl' : 'sg';
  const w = when(sc);
  return {
    ru: `${cap(w.ru)} ${v(sc.city.ru.pre)} ${agree(HELD, t.ru.gender, num)} ${t.ru.form('nom', num)}, ${sc.rng.pick(TAILS).ru}.`,
    en: `${cap(t.enDef)} was held in ${sc.city.en} ${w.en}, ${sc.rng.pick(TAILS).en}.`,
  };
};

const FRAMES: Record<Desk['id'], readonly (readonly [Frame, number])[]> = {
  diplomacy: [
    [accordingTo, 2],
    [sayThat, 4],
    [meet, 2],
    [visit, 2],
    [discussed, 2],
    [background, 4],
    [figures, 1],
    [quote, 2],
    [gathering, 2],
    [letter, 1],
    [spokeAbout, 2],
    [scheduled, 1],
    [aboutThis, 1],
    [held, 1],
  ],
  economy: [
    [accordingTo, 2],
    [sayThat, 3],
    [figures, 5],
    [forecast, 3],
    [background, 4],
    [quote, 2],
    [gathering, 1],
    [spokeAbout, 2],
    [aboutThis, 1],
    [discussed, 1],
  ],
  culture: [
    [accordingTo, 2],
    [sayThat, 2],
    [background, 4],
    [quote, 2],
    [tickets, 2],
    [figures, 1],
    [spokeAbout, 2],
    [scheduled, 2],
    [held, 2],
    [visit, 1],
    [aboutThis, 1],
  ],
  sport: [
    [accordingTo, 2],
    [matchResult, 3],
    [sayThat, 2],
    [background, 4],
    [quote, 2],
    [figures, 1],
    [spokeAbout, 2],
    [scheduled, 2],
    [held, 1],
    [tickets, 1],
  ],
};

export function sentence(sc: Scene): Pair {
  return sc.rng.weighted(FRAMES[sc.desk.id])(sc);
}

/** A paragraph of two to six sentences. */
export function paragraph(sc: Scene): Pair {
  const n = sc.rng.int(2, 6);
  const ru: string[] = [];
  const en: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = sentence(sc);
    ru.push(p.ru);
    en.push(p.en);
  }
  return { ru: ru.join(' '), en: en.join(' ') };
}

/** A paragraph that is one quotation, as pieces often set them apart. */
export function quoteParagraph(sc: Scene): Pair {
  return quote(sc);
}

export function headline(sc: Scene): Pair {
  const r = sc.rng.next();
  if (r < 0.25) {
    const q = sc.rng.pick(sc.desk.quotes);
    const p = sc.hero.person;
    return { ru: `${p.ruLast.nom}: «${q.ru}»`, en: `${p.enLast}: “${q.en}”` };
  }
  if (r < 0.55) {
    const subj = sc.rng.chance(0.5) ? orgSubject(sc.org) : { ...castSubject({ ...sc.hero, mentioned: false }) };
    const a = pickAction(sc);
    const obj = object(sc, a);
    const enVerb = subj.num === 'pl' ? a.enPresentPl : a.enPresent3;
    return { ru: `${cap(subj.ru('nom'))} ${agree(a.ru, subj.gender, subj.num)} ${obj.ru}`, en: `${cap(subj.en)} ${enVerb} ${obj.en}` };
  }
  if (r < 0.7) {
    const m = sc.metric;
    const x = sc.rng.int(2, 190) / 10;
    const up = sc.rng.chance(0.6);
    return {
      ru: `${cap(m.ru.form('nom'))} ${agree(up ? ROSE : FELL, m.ru.gender, 'sg')} на ${ruDecimal(x)}%`,
      en: `${cap(m.en)} ${up ? 'rises' : 'falls'} ${x.toFixed(1)}%`,
    };
  }
  if (r < 0.8 && sc.desk.id === 'sport') {
    const [a, b] = sc.rng.pickTwo(TEAMS);
    const x = sc.rng.int(0, 5);
    const y = sc.rng.int(0, 4);
    return { ru: `${a.ru} — ${b.ru}: ${x}:${y}`, en: `${a.en} ${x}-${y} ${b.en}` };
  }
  const t = event(sc);
  const num: Num = t.ru.pluralOnly ? 'pl' : 'sg';
  return {
    ru: `${cap(v(sc.city.ru.pre))} ${agree(HELD, t.ru.gender, num)} ${t.ru.form('nom', num)}`,
    en: `${cap(t.enDef)} held in ${sc.city.en}`,
  };
}

export function summary(sc: Scene): Pair {
  const first = sc.rng.chance(0.5) ? visit(sc) : sayThat(sc);
  if (sc.rng.chance(0.5)) return first;
  const second = sentence(sc);
  return { ru: `${first.ru} ${second.ru}`, en: `${first.en} ${second.en}` };
}

export function newCast(rng: Rng, roles: readonly Role[]): Cast {
  const r = rng.pick(roles);
  const candidates = r.only ? PEOPLE.filter((p) => p.gender === r.only) : PEOPLE;
  return { person: rng.pick(candidates), role: r, mentioned: false };
}
