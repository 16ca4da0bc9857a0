/**
 * Just enough Russian morphology for newsroom prose: nouns, adjectives and names in six
 * cases and two numbers, and past/future verb forms that agree with their subject. The
 * corpus uses it so that one word appears in many forms (президент, президента,
 * президентом; министр, министры, министров), as real text does and as search must handle.
 */

export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';
export type Gender = 'm' | 'f' | 'n';
export type Num = 'sg' | 'pl';
export type Forms = Readonly<Record<Case, string>>;

export const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'pre'];

export interface Noun {
  readonly lemma: string;
  readonly gender: Gender;
  readonly animate: boolean;
  readonly pluralOnly: boolean;
  readonly sg: Forms;
  readonly pl: Forms;
}

export interface NounOptions {
  gender?: Gender;
  animate?: boolean;
  /** The stem of the oblique cases when a vowel drops (посол → посл-, рынок → рынк-). */
  oblique?: string;
  genPl?: string;
  nomPl?: string;
  /** Instrumental singular of end-stressed soft nouns (секретарём, вратарём). */
  insSg?: string;
  indeclinable?: boolean;
  /** Nouns with no singular: переговоры, гастроли. */
  pluralOnly?: boolean;
}

/** After these letters Russian spelling writes и, not ы. */
const I_AFTER = /[гкхжшчщ]$/;
/** After these letters an unstressed о is written е (матчем, встречей). */
const E_AFTER = /[жшчщц]$/;

function forms(nom: string, gen: string, dat: string, acc: string, ins: string, pre: string): Forms {
  return { nom, gen, dat, acc, ins, pre };
}

function same(word: string): Forms {
  return forms(word, word, word, word, word, word);
}

export function noun(lemma: string, o: NounOptions = {}): Noun {
  const animate = o.animate ?? false;
  const make = (gender: Gender, sg: Forms, pl: Forms, pluralOnly = false): Noun => ({
    lemma,
    gender,
    animate,
    pluralOnly,
    sg,
    pl,
  });

  if (o.indeclinable) return make(o.gender ?? 'm', same(lemma), same(lemma));

  if (o.pluralOnly) {
    const stem = lemma.slice(0, -1);
    const soft = lemma.endsWith('и') && !I_AFTER.test(stem);
    const gen = o.genPl ?? stem + (soft ? 'ей' : 'ов');
    const pl = forms(lemma, gen, stem + (soft ? 'ям' : 'ам'), animate ? gen : lemma, stem + (soft ? 'ями' : 'ами'), stem + (soft ? 'ях' : 'ах'));
    return make(o.gender ?? 'm', pl, pl, true);
  }

  if (lemma.endsWith('ия')) {
    const s = lemma.slice(0, -1);
    const gpl = o.genPl ?? s + 'й';
    return make(
      o.gender ?? 'f',
      forms(lemma, s + 'и', s + 'и', s + 'ю', s + 'ей', s + 'и'),
      forms(s + 'и', gpl, s + 'ям', animate ? gpl : s + 'и', s + 'ями', s + 'ях'),
    );
  }
  if (lemma.endsWith('ья')) {
    // Наталья, статья: soft stem before я.
    const s = lemma.slice(0, -1);
    const gpl = o.genPl ?? s.slice(0, -1) + 'ей';
    return make(
      o.gender ?? 'f',
      forms(lemma, s + 'и', s + 'е', s + 'ю', s + 'ей', s + 'е'),
      forms(s + 'и', gpl, s + 'ям', animate ? gpl : s + 'и', s + 'ями', s + 'ях'),
    );
  }
  if (lemma.endsWith('а')) {
    const s = lemma.slice(0, -1);
    const i = I_AFTER.test(s) ? 'и' : 'ы';
    const gpl = o.genPl ?? s;
    return make(
      o.gender ?? 'f',
      forms(lemma, s + i, s + 'е', s + 'у', s + (E_AFTER.test(s) ? 'ей' : 'ой'), s + 'е'),
      forms(s + i, gpl, s + 'ам', animate ? gpl : s + i, s + 'ами', s + 'ах'),
    );
  }
  if (lemma.endsWith('ие')) {
    const s = lemma.slice(0, -1);
    return make(
      'n',
      forms(lemma, s + 'я', s + 'ю', lemma, s + 'ем', s + 'и'),
      forms(s + 'я', s + 'й', s + 'ям', s + 'я', s + 'ями', s + 'ях'),
    );
  }
  if (lemma.endsWith('о')) {
    const s = lemma.slice(0, -1);
    const gpl = o.genPl ?? s;
    return make('n', forms(lemma, s + 'а', s + 'у', lemma, s + 'ом', s + 'е'), forms(s + 'а', gpl, s + 'ам', s + 'а', s + 'ами', s + 'ах'));
  }
  if (lemma.endsWith('ь')) {
    const s = lemma.slice(0, -1);
    if (o.gender === 'f') {
      return make(
        'f',
        forms(lemma, s + 'и', s + 'и', lemma, lemma + 'ю', s + 'и'),
        forms(s + 'и', s + 'ей', s + 'ям', animate ? s + 'ей' : s + 'и', s + 'ями', s + 'ях'),
      );
    }
    const gen = s + 'я';
    const gpl = s + 'ей';
    return make(
      'm',
      forms(lemma, gen, s + 'ю', animate ? gen : lemma, o.insSg ?? s + 'ем', s + 'е'),
      forms(s + 'и', gpl, s + 'ям', animate ? gpl : s + 'и', s + 'ями', s + 'ях'),
    );
  }
  if (lemma.endsWith('й')) {
    const s = lemma.slice(0, -1);
    const gen = s + 'я';
    const gpl = s + 'ев';
    const pre = lemma.endsWith('ий') ? s + 'и' : s + 'е';
    return make(
      'm',
      forms(lemma, gen, s + 'ю', animate ? gen : lemma, s + 'ем', pre),
      forms(s + 'и', gpl, s + 'ям', animate ? gpl : s + 'и', s + 'ями', s + 'ях'),
    );
  }
  // A hard consonant: президент, министр, матч, рынок (oblique рынк-).
  const s = o.oblique ?? lemma;
  const gen = s + 'а';
  const nomPl = o.nomPl ?? s + (I_AFTER.test(s) ? 'и' : 'ы');
  const gpl = o.genPl ?? s + (/[жшчщ]$/.test(s) ? 'ей' : 'ов');
  return make(
    'm',
    forms(lemma, gen, s + 'у', animate ? gen : lemma, o.insSg ?? s + (E_AFTER.test(s) ? 'ем' : 'ом'), s + 'е'),
    forms(nomPl, gpl, s + 'ам', animate ? gpl : nomPl, s + 'ами', s + 'ах'),
  );
}

/** Adjective endings by class: masculine, feminine, neuter, plural; `*` in accusative follows animacy. */
type Row = readonly [string, string, string, string, string, string];
interface AdjClass {
  m: Row;
  f: Row;
  n: Row;
  pl: Row;
}
const ADJ: Record<'hard' | 'velar' | 'sibilant' | 'soft', AdjClass> = {
  hard: {
    m: ['ый', 'ого', 'ому', '*', 'ым', 'ом'],
    f: ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'],
    n: ['ое', 'ого', 'ому', 'ое', 'ым', 'ом'],
    pl: ['ые', 'ых', 'ым', '*', 'ыми', 'ых'],
  },
  velar: {
    m: ['ий', 'ого', 'ому', '*', 'им', 'ом'],
    f: ['ая', 'ой', 'ой', 'ую', 'ой', 'ой'],
    n: ['ое', 'ого', 'ому', 'ое', 'им', 'ом'],
    pl: ['ие', 'их', 'им', '*', 'ими', 'их'],
  },
  sibilant: {
    m: ['ий', 'его', 'ему', '*', 'им', 'ем'],
    f: ['ая', 'ей', 'ей', 'ую', 'ей', 'ей'],
    n: ['ее', 'его', 'ему', 'ее', 'им', 'ем'],
    pl: ['ие', 'их', 'им', '*', 'ими', 'их'],
  },
  soft: {
    m: ['ий', 'его', 'ему', '*', 'им', 'ем'],
    f: ['яя', 'ей', 'ей', 'юю', 'ей', 'ей'],
    n: ['ее', 'его', 'ему', 'ее', 'им', 'ем'],
    pl: ['ие', 'их', 'им', '*', 'ими', 'их'],
  },
};

export interface Adjective {
  readonly lemma: string;
  form(gender: Gender, num: Num, c: Case, animate: boolean): string;
}

/** новый, экономический, хороший, последний, мировой (end-stressed), городской. */
export function adjective(lemma: string): Adjective {
  const stem = lemma.slice(0, -2);
  const stressed = lemma.endsWith('ой');
  const cls = /[гкх]$/.test(stem) ? ADJ.velar : /[жшчщ]$/.test(stem) ? ADJ.sibilant : lemma.endsWith('ний') && !stressed ? ADJ.soft : ADJ.hard;
  return {
    lemma,
    form(gender, num, c, animate) {
      const row = num === 'pl' ? cls.pl : cls[gender];
      const idx = CASES.indexOf(c);
      let ending = row[idx] ?? '';
      if (ending === '*') ending = animate ? (row[1] ?? '') : (row[0] ?? '');
      if (stressed && num === 'sg' && gender === 'm' && (c === 'nom' || (c === 'acc' && !animate))) ending = 'ой';
      return stem + ending;
    },
  };
}

/** A noun made from an adjective: сборная (команда), нападающий, учёный. */
export function adjectivalNoun(lemma: string, gender: Gender, animate: boolean): Noun {
  const adj = adjective(gender === 'm' ? lemma : guessMasculine(lemma));
  const row = (num: Num): Forms =>
    forms(
      adj.form(gender, num, 'nom', animate),
      adj.form(gender, num, 'gen', animate),
      adj.form(gender, num, 'dat', animate),
      adj.form(gender, num, 'acc', animate),
      adj.form(gender, num, 'ins', animate),
      adj.form(gender, num, 'pre', animate),
    );
  return { lemma, gender, animate, pluralOnly: false, sg: row('sg'), pl: row('pl') };
}

function guessMasculine(feminine: string): string {
  const stem = feminine.slice(0, -2);
  return stem + (/[гкхжшчщ]$/.test(stem) ? 'ий' : 'ый');
}

/** A noun phrase: adjectives that agree, the head noun, and words that never change (иностранных дел). */
export interface Phrase {
  readonly gender: Gender;
  readonly animate: boolean;
  readonly pluralOnly: boolean;
  form(c: Case, num?: Num): string;
}

export function phrase(head: Noun, options: { adjs?: readonly Adjective[]; tail?: string } = {}): Phrase {
  const adjs = options.adjs ?? [];
  const tail = options.tail ? ' ' + options.tail : '';
  return {
    gender: head.gender,
    animate: head.animate,
    pluralOnly: head.pluralOnly,
    form(c, num = 'sg') {
      const n: Num = head.pluralOnly ? 'pl' : num;
      const words = adjs.map((a) => a.form(head.gender, n, c, head.animate));
      words.push(head[n][c]);
      return words.join(' ') + tail;
    },
  };
}

/** Past tense: masculine, feminine, neuter, plural. */
export interface Verb {
  readonly m: string;
  readonly f: string;
  readonly n: string;
  readonly pl: string;
}

/** заяви → заявил, заявила, заявило, заявили; with `reflexive`, встретился/встретилась. */
export function pastVerb(stem: string, reflexive = false): Verb {
  if (!reflexive) return { m: stem + 'л', f: stem + 'ла', n: stem + 'ло', pl: stem + 'ли' };
  return { m: stem + 'лся', f: stem + 'лась', n: stem + 'лось', pl: stem + 'лись' };
}

/** Irregular past forms: провёл, провела, провело, провели. */
export function verbForms(m: string, f: string, n: string, pl: string): Verb {
  return { m, f, n, pl };
}

export function agree(v: Verb, gender: Gender, num: Num): string {
  if (num === 'pl') return v.pl;
  return v[gender];
}

/** A person's name, declined: first name and surname agree with the person's gender. */
export interface Name {
  readonly gender: Gender;
  readonly first: Forms;
  readonly last: Forms;
}

export function surname(last: string, gender: Gender): Forms {
  if (/(ий|ой)$/.test(last) && gender === 'm') {
    const a = adjective(last);
    return forms(...(CASES.map((c) => a.form('m', 'sg', c, true)) as unknown as Row));
  }
  if (/ая$/.test(last) && gender === 'f') {
    const a = adjective(last.slice(0, -2) + 'ий');
    return forms(...(CASES.map((c) => a.form('f', 'sg', c, true)) as unknown as Row));
  }
  if (gender === 'm' && /(ов|ев|ёв|ин|ын)$/.test(last)) {
    return forms(last, last + 'а', last + 'у', last + 'а', last + 'ым', last + 'е');
  }
  if (gender === 'f' && /(ова|ева|ёва|ина|ына)$/.test(last)) {
    const s = last.slice(0, -1);
    return forms(last, s + 'ой', s + 'ой', s + 'у', s + 'ой', s + 'ой');
  }
  if (gender === 'm' && /[бвгджзклмнпрстфхцчшщ]$/.test(last)) return noun(last, { animate: true }).sg;
  // Foreign women's surnames ending in a consonant, and names in -е, -и, -о, do not decline.
  return same(last);
}

export function firstName(first: string, gender: Gender, options: NounOptions = {}): Forms {
  if (options.indeclinable) return same(first);
  return noun(first, { ...options, gender, animate: true }).sg;
}
