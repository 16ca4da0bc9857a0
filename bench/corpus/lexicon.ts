/**
 * The corpus's bilingual vocabulary: people, roles, organisations, places and subjects of
 * four news desks (diplomacy, economy, culture, sport). People and organisations are
 * invented; places are real cities. Every Russian entry declines, so the same word appears
 * in the text in its many forms.
 */
import {
  adjectivalNoun,
  adjective,
  firstName,
  noun,
  pastVerb,
  phrase,
  surname,
  verbForms,
  type Forms,
  type Gender,
  type Num,
  type Phrase,
  type Verb,
} from './russian';

export type DeskId = 'diplomacy' | 'economy' | 'culture' | 'sport';
export const DESKS: readonly DeskId[] = ['diplomacy', 'economy', 'culture', 'sport'];

export interface Person {
  readonly gender: Gender;
  readonly ruFirst: Forms;
  readonly ruLast: Forms;
  readonly en: string;
  readonly enLast: string;
}

function person(gender: Gender, ruFirst: string, ruLast: string, en: string, firstOptions: { oblique?: string; indeclinable?: boolean } = {}): Person {
  const parts = en.split(' ');
  return {
    gender,
    ruFirst: firstName(ruFirst, gender, firstOptions),
    ruLast: surname(ruLast, gender),
    en,
    enLast: parts[parts.length - 1] ?? en,
  };
}

export const PEOPLE: readonly Person[] = [
  person('m', 'Пётр', 'Семёнов', 'Pyotr Semyonov', { oblique: 'Петр' }),
  person('m', 'Артём', 'Королёв', 'Artyom Korolyov'),
  person('f', 'Алёна', 'Ковалёва', 'Alyona Kovalyova'),
  person('m', 'Фёдор', 'Лёвин', 'Fyodor Lyovin'),
  person('m', 'Андрей', 'Белов', 'Andrei Belov'),
  person('f', 'Мария', 'Соколова', 'Maria Sokolova'),
  person('f', 'Наталья', 'Орлова', 'Natalya Orlova'),
  person('m', 'Сергей', 'Рябов', 'Sergei Ryabov'),
  person('f', 'Ольга', 'Зайцева', 'Olga Zaitseva'),
  person('m', 'Дмитрий', 'Островский', 'Dmitry Ostrovsky'),
  person('f', 'Екатерина', 'Полякова', 'Yekaterina Polyakova'),
  person('m', 'Эльдар', 'Мамедов', 'Eldar Mamedov'),
  person('f', 'Лейла', 'Гасанова', 'Leyla Hasanova'),
  person('m', 'Гиорги', 'Беридзе', 'Giorgi Beridze', { indeclinable: true }),
  person('m', 'Жан-Поль', 'Дюран', 'Jean-Paul Durand'),
  person('m', 'Клаус', 'Шмидт', 'Klaus Schmidt'),
  person('f', 'Айше', 'Йылмаз', 'Ayşe Yılmaz', { indeclinable: true }),
  person('m', 'Томас', 'Рейнольдс', 'Thomas Reynolds'),
  person('f', 'Анна', 'Лебедева', 'Anna Lebedeva'),
  person('m', 'Николай', 'Ершов', 'Nikolai Yershov'),
  person('m', 'Тимур', 'Алиев', 'Timur Aliyev'),
  person('m', 'Матвей', 'Сёмин', 'Matvei Syomin'),
  person('f', 'Вероника', 'Светлова', 'Veronika Svetlova'),
  person('m', 'Всеволод', 'Жёлудев', 'Vsevolod Zhyoludev'),
  person('f', 'Елена', 'Островская', 'Yelena Ostrovskaya'),
  person('m', 'Алексей', 'Громов', 'Alexei Gromov'),
  person('f', 'Дарья', 'Фёдорова', 'Darya Fyodorova'),
  person('m', 'Рашид', 'Кадыров', 'Rashid Kadyrov'),
];

/** A role before a name: министр иностранных дел Андрей Белов / Foreign Minister Andrei Belov. */
export interface Role {
  readonly ru: Phrase;
  /** Before a name, as English headlines write it. */
  readonly enTitle: string;
  /** Several of them: министры / ministers. */
  readonly enPlural: string;
  /** Only a person of this gender holds the role (актриса). */
  readonly only?: Gender;
}

function role(ru: Phrase, enTitle: string, enPlural: string, only?: Gender): Role {
  return only ? { ru, enTitle, enPlural, only } : { ru, enTitle, enPlural };
}

const A = (lemma: string) => adjective(lemma);
const person_ = (lemma: string, o: Parameters<typeof noun>[1] = {}) => noun(lemma, { animate: true, ...o });

/** A group or an institution that acts: правительство, делегация, эксперты. */
export interface Org {
  readonly ru: Phrase;
  readonly num: Num;
  readonly en: string;
}
function org(ru: Phrase, en: string, num: Num = 'sg'): Org {
  return { ru, en, num: ru.pluralOnly ? 'pl' : num };
}

/** A thing an article is about: соглашение, бюджет, спектакль. */
export interface Thing {
  readonly ru: Phrase;
  readonly enDef: string;
  readonly enIndef: string;
  readonly enPlural: string;
  /** Something that takes place: a summit, a premiere, a match. */
  readonly event: boolean;
}
function thing(ru: Phrase, enDef: string, enIndef: string, enPlural: string, event = false): Thing {
  return { ru, enDef, enIndef, enPlural, event };
}

/** A quantity that rises and falls: инфляция, экспорт, число зрителей. */
export interface Metric {
  readonly ru: Phrase;
  readonly en: string;
  /** `%` or a sum of money. */
  readonly unit: 'percent' | 'money' | 'count';
}

/** A verb with an object in a given case, and its English past and present. */
export interface Action {
  readonly ru: Verb;
  /** Words between the verb and its object (с, против, к); empty for none. */
  readonly ruPrep: string;
  readonly ruCase: 'acc' | 'gen' | 'dat' | 'ins' | 'pre';
  readonly enPast: string;
  readonly enPresent3: string;
  readonly enPresentPl: string;
}
function action(ru: Verb, enPast: string, enPresent3: string, enPresentPl: string, ruCase: Action['ruCase'] = 'acc', ruPrep = ''): Action {
  return { ru, ruPrep, ruCase, enPast, enPresent3, enPresentPl };
}

export interface Quote {
  readonly ru: string;
  readonly en: string;
}

export interface Desk {
  readonly id: DeskId;
  readonly roles: readonly Role[];
  readonly orgs: readonly Org[];
  readonly things: readonly Thing[];
  readonly actions: readonly Action[];
  readonly metrics: readonly Metric[];
  readonly quotes: readonly Quote[];
  readonly headings: readonly Quote[];
  readonly sources: readonly Quote[];
  readonly tags: readonly string[];
}

/** Verbs of speaking: заявил, подчеркнула, сообщили. */
export const SAY: readonly (readonly [Verb, string, string])[] = [
  [pastVerb('заяви'), 'said', 'says'],
  [pastVerb('сообщи'), 'reported', 'reports'],
  [pastVerb('подчеркну'), 'stressed', 'stresses'],
  [pastVerb('отмети'), 'noted', 'notes'],
  [pastVerb('поясни'), 'explained', 'explains'],
  [pastVerb('призна'), 'admitted', 'admits'],
  [pastVerb('уточни'), 'clarified', 'clarifies'],
];

export const COMMON_ACTIONS: readonly Action[] = [
  action(pastVerb('обсуди'), 'discussed', 'discusses', 'discuss'),
  action(pastVerb('одобри'), 'approved', 'approves', 'approve'),
  action(pastVerb('представи'), 'presented', 'presents', 'present'),
  action(pastVerb('отложи'), 'postponed', 'postpones', 'postpone'),
  action(verbForms('провёл', 'провела', 'провело', 'провели'), 'held', 'holds', 'hold'),
  action(verbForms('перенёс', 'перенесла', 'перенесло', 'перенесли'), 'rescheduled', 'reschedules', 'reschedule'),
  action(pastVerb('раскритикова'), 'criticised', 'criticises', 'criticise'),
  action(pastVerb('поддержа'), 'backed', 'backs', 'back'),
  action(pastVerb('предложи'), 'proposed', 'proposes', 'propose'),
  action(pastVerb('выступи'), 'spoke out against', 'speaks out against', 'speak out against', 'gen', 'против'),
  action(pastVerb('призва'), 'called for', 'calls for', 'call for', 'dat', 'к'),
  action(pastVerb('объяви'), 'announced', 'announces', 'announce', 'pre', 'о'),
];

export interface City {
  readonly ru: Forms;
  readonly en: string;
}
function city(lemma: string, en: string, o: Parameters<typeof noun>[1] = {}): City {
  return { ru: noun(lemma, o).sg, en };
}
export const CITIES: readonly City[] = [
  city('Москва', 'Moscow'),
  city('Женева', 'Geneva'),
  city('Париж', 'Paris'),
  city('Берлин', 'Berlin'),
  city('Лондон', 'London'),
  city('Анкара', 'Ankara'),
  city('Баку', 'Baku', { indeclinable: true }),
  city('Тбилиси', 'Tbilisi', { indeclinable: true }),
  city('Брюссель', 'Brussels'),
  city('Вена', 'Vienna'),
  city('Рим', 'Rome'),
  city('Астана', 'Astana'),
  city('Ереван', 'Yerevan'),
  city('Стамбул', 'Istanbul'),
  city('Минск', 'Minsk'),
  city('Рига', 'Riga'),
  city('Казань', 'Kazan', { gender: 'f' }),
  city('Санкт-Петербург', 'St Petersburg'),
  city('Сочи', 'Sochi', { indeclinable: true }),
  city('Нью-Йорк', 'New York'),
  city('Пекин', 'Beijing'),
  city('Доха', 'Doha'),
  city('Дубай', 'Dubai'),
  city('Новосибирск', 'Novosibirsk'),
];

export const WEEKDAYS: readonly Quote[] = [
  { ru: 'в понедельник', en: 'on Monday' },
  { ru: 'во вторник', en: 'on Tuesday' },
  { ru: 'в среду', en: 'on Wednesday' },
  { ru: 'в четверг', en: 'on Thursday' },
  { ru: 'в пятницу', en: 'on Friday' },
  { ru: 'в субботу', en: 'on Saturday' },
  { ru: 'в воскресенье', en: 'on Sunday' },
  { ru: 'накануне', en: 'the day before' },
  { ru: 'на прошлой неделе', en: 'last week' },
  { ru: 'ещё в прошлом году', en: 'as early as last year' },
  { ru: 'в четвёртом квартале', en: 'in the fourth quarter' },
  { ru: 'в среду вечером', en: 'on Wednesday evening' },
  { ru: 'на этой неделе', en: 'this week' },
  { ru: 'после долгих консультаций', en: 'after lengthy consultations' },
];

/** Month names: genitive for dates (12 марта), prepositional for "in March" (в марте). */
export const MONTHS: readonly (readonly [string, string, string])[] = [
  ['января', 'январе', 'January'],
  ['февраля', 'феврале', 'February'],
  ['марта', 'марте', 'March'],
  ['апреля', 'апреле', 'April'],
  ['мая', 'мае', 'May'],
  ['июня', 'июне', 'June'],
  ['июля', 'июле', 'July'],
  ['августа', 'августе', 'August'],
  ['сентября', 'сентябре', 'September'],
  ['октября', 'октябре', 'October'],
  ['ноября', 'ноябре', 'November'],
  ['декабря', 'декабре', 'December'],
];

export const OPENERS: readonly Quote[] = [
  { ru: 'Кроме того,', en: 'In addition,' },
  { ru: 'При этом', en: 'At the same time,' },
  { ru: 'Как сообщается,', en: 'Reportedly,' },
  { ru: 'Между тем', en: 'Meanwhile,' },
  { ru: 'Тем не менее', en: 'Nevertheless,' },
  { ru: 'Напомним, что', en: 'It will be recalled that' },
  { ru: 'Впрочем,', en: 'Still,' },
  { ru: 'Судя по всему,', en: 'Apparently,' },
  { ru: 'Как и ожидалось,', en: 'As expected,' },
  { ru: 'Ещё раньше', en: 'Earlier still,' },
  { ru: 'Всё это время', en: 'All this time' },
];

export const TAILS: readonly Quote[] = [
  { ru: 'однако окончательное решение ещё не принято', en: 'although no final decision has been taken yet' },
  { ru: 'но споры вокруг этого продолжаются', en: 'but the debate around it continues' },
  { ru: 'что вызвало живой интерес наблюдателей', en: 'which drew keen interest from observers' },
  { ru: 'хотя сроки остались прежними', en: 'although the deadlines stayed the same' },
  { ru: 'а первые результаты ожидаются уже осенью', en: 'and first results are expected as soon as autumn' },
  { ru: 'и всё это без лишнего шума', en: 'and all of it without fanfare' },
  { ru: 'причём её поддержали обе стороны', en: 'and both sides backed it' },
  { ru: 'поэтому расчёт пришлось пересмотреть', en: 'so the calculation had to be revised' },
  { ru: 'но подробности пока не раскрываются', en: 'but no details have been disclosed so far' },
  { ru: 'и это далеко не всё', en: 'and that is far from all' },
];

const dip: Desk = {
  id: 'diplomacy',
  roles: [
    role(phrase(person_('президент')), 'President', 'presidents'),
    role(phrase(person_('премьер-министр')), 'Prime Minister', 'prime ministers'),
    role(phrase(person_('министр'), { tail: 'иностранных дел' }), 'Foreign Minister', 'foreign ministers'),
    role(phrase(person_('посол', { oblique: 'посл' })), 'Ambassador', 'ambassadors'),
    role(phrase(person_('пресс-секретарь', { insSg: 'пресс-секретарём' }), { tail: 'МИД' }), 'foreign ministry spokesperson', 'spokespeople'),
    role(phrase(person_('заместитель'), { tail: 'министра' }), 'Deputy Minister', 'deputy ministers'),
    role(phrase(person_('дипломат')), 'diplomat', 'diplomats'),
    role(phrase(person_('спецпредставитель'), { tail: 'ООН' }), 'UN special envoy', 'UN envoys'),
  ],
  orgs: [
    org(phrase(noun('правительство')), 'the government'),
    org(phrase(noun('министерство'), { tail: 'иностранных дел' }), 'the foreign ministry'),
    org(phrase(noun('парламент')), 'parliament'),
    org(phrase(noun('делегация')), 'the delegation'),
    org(phrase(noun('Евросоюз')), 'the European Union'),
    org(phrase(person_('дипломат')), 'diplomats', 'pl'),
    org(phrase(person_('депутат')), 'lawmakers', 'pl'),
    org(phrase(person_('эксперт')), 'experts', 'pl'),
    org(phrase(noun('посольство')), 'the embassy'),
  ],
  things: [
    thing(phrase(noun('соглашение'), { tail: 'о сотрудничестве' }), 'the cooperation agreement', 'a cooperation agreement', 'cooperation agreements'),
    thing(phrase(noun('договор'), { adjs: [A('мирный')] }), 'the peace treaty', 'a peace treaty', 'peace treaties'),
    thing(phrase(noun('санкция')), 'the sanction', 'a sanction', 'sanctions'),
    thing(phrase(noun('переговоры', { pluralOnly: true })), 'the talks', 'talks', 'talks', true),
    thing(phrase(noun('визит'), { adjs: [A('официальный')] }), 'the official visit', 'an official visit', 'official visits', true),
    thing(phrase(noun('саммит')), 'the summit', 'a summit', 'summits', true),
    thing(phrase(noun('резолюция')), 'the resolution', 'a resolution', 'resolutions'),
    thing(phrase(noun('заявление'), { adjs: [A('совместный')] }), 'the joint statement', 'a joint statement', 'joint statements'),
    thing(phrase(noun('меморандум')), 'the memorandum', 'a memorandum', 'memoranda'),
    thing(phrase(noun('консультация')), 'the consultation', 'a consultation', 'consultations', true),
    thing(phrase(noun('граница'), { adjs: [A('государственный')] }), 'the state border', 'a state border', 'state borders'),
    thing(phrase(noun('безопасность', { gender: 'f' }), { adjs: [A('региональный')] }), 'regional security', 'regional security', 'regional security'),
    thing(phrase(noun('политика', { gender: 'f' }), { adjs: [A('внешний')] }), 'foreign policy', 'a foreign policy', 'foreign policies'),
  ],
  actions: [
    action(pastVerb('подписа'), 'signed', 'signs', 'sign'),
    action(pastVerb('ратифицирова'), 'ratified', 'ratifies', 'ratify'),
    action(pastVerb('продли'), 'extended', 'extends', 'extend'),
    action(pastVerb('возобнови'), 'resumed', 'resumes', 'resume'),
  ],
  metrics: [
    { ru: phrase(noun('товарооборот')), en: 'bilateral trade', unit: 'money' },
    { ru: phrase(noun('число'), { tail: 'консульских обращений' }), en: 'the number of consular requests', unit: 'count' },
  ],
  quotes: [
    { ru: 'Мы ещё не приняли окончательного решения, но всё идёт к тому', en: 'We have not made a final decision yet, but everything points that way' },
    { ru: 'Её вклад в подготовку соглашения трудно переоценить', en: 'Her contribution to preparing the agreement is hard to overestimate' },
    { ru: 'Мы готовы к диалогу, но не ценой нашей безопасности', en: 'We are ready for dialogue, but not at the cost of our security' },
    { ru: 'Переговоры были трудными, но честными', en: 'The talks were difficult but honest' },
    { ru: 'Мы ждём от партнёров не слов, а конкретных шагов', en: 'We expect not words but concrete steps from our partners' },
    { ru: 'Весь набор шагов уже согласован, осталось подписать документ', en: 'The whole set of steps has been agreed; what remains is to sign the document' },
    { ru: 'Никто не говорит, что будет легко, но другого пути нет', en: 'Nobody says it will be easy, but there is no other way' },
  ],
  headings: [
    { ru: 'Позиции сторон', en: 'Where the sides stand' },
    { ru: 'Что дальше', en: 'What comes next' },
    { ru: 'История вопроса', en: 'Background' },
    { ru: 'Реакция в регионе', en: 'Reaction in the region' },
  ],
  sources: [
    { ru: 'по материалам агентств', en: 'agencies' },
    { ru: 'пресс-служба МИД', en: 'foreign ministry press office' },
    { ru: 'собственный корреспондент', en: 'our correspondent' },
    { ru: 'Интерфакс', en: 'Interfax' },
  ],
  tags: ['diplomacy', 'un', 'sanctions', 'summit', 'security', 'elections', 'caucasus', 'europe'],
};

const eco: Desk = {
  id: 'economy',
  roles: [
    role(phrase(person_('министр'), { tail: 'финансов' }), 'Finance Minister', 'finance ministers'),
    role(phrase(person_('министр'), { tail: 'экономики' }), 'Economy Minister', 'economy ministers'),
    role(phrase(person_('председатель'), { tail: 'центрального банка' }), 'central bank governor', 'central bankers'),
    role(phrase(person_('аналитик')), 'analyst', 'analysts'),
    role(phrase(person_('экономист'), { adjs: [A('главный')] }), 'chief economist', 'chief economists'),
    role(phrase(person_('директор', { nomPl: 'директора' }), { adjs: [A('генеральный')], tail: 'компании' }), 'company chief executive', 'chief executives'),
    role(phrase(person_('инвестор')), 'investor', 'investors'),
  ],
  orgs: [
    org(phrase(noun('банк'), { adjs: [A('центральный')] }), 'the central bank'),
    org(phrase(noun('министерство'), { tail: 'финансов' }), 'the finance ministry'),
    org(phrase(noun('компания')), 'the company'),
    org(phrase(noun('биржа')), 'the exchange'),
    org(phrase(person_('аналитик')), 'analysts', 'pl'),
    org(phrase(person_('инвестор')), 'investors', 'pl'),
    org(phrase(person_('экономист')), 'economists', 'pl'),
    org(phrase(noun('правительство')), 'the government'),
  ],
  things: [
    thing(phrase(noun('бюджет'), { adjs: [A('федеральный')] }), 'the federal budget', 'a federal budget', 'federal budgets'),
    thing(phrase(noun('ставка', { genPl: 'ставок' }), { adjs: [A('ключевой')] }), 'the key rate', 'a key rate', 'key rates'),
    thing(phrase(noun('кредит')), 'the loan', 'a loan', 'loans'),
    thing(phrase(noun('пошлина')), 'the tariff', 'a tariff', 'tariffs'),
    thing(phrase(noun('инвестиция')), 'the investment', 'an investment', 'investments'),
    thing(phrase(noun('налог'), { adjs: [A('новый')] }), 'the new tax', 'a new tax', 'new taxes'),
    thing(phrase(noun('отчёт'), { adjs: [A('квартальный')] }), 'the quarterly report', 'a quarterly report', 'quarterly reports'),
    thing(phrase(noun('расчёт'), { tail: 'стоимости' }), 'the cost estimate', 'a cost estimate', 'cost estimates'),
    thing(phrase(noun('прогноз'), { adjs: [A('экономический')] }), 'the economic forecast', 'an economic forecast', 'economic forecasts'),
    thing(phrase(noun('рынок', { oblique: 'рынк' }), { adjs: [A('нефтяной')] }), 'the oil market', 'an oil market', 'oil markets'),
    thing(phrase(noun('программа'), { tail: 'поддержки экспорта' }), 'the export support programme', 'an export support programme', 'export support programmes', true),
  ],
  actions: [
    action(pastVerb('повыси'), 'raised', 'raises', 'raise'),
    action(pastVerb('снизи'), 'cut', 'cuts', 'cut'),
    action(pastVerb('сохрани'), 'kept', 'keeps', 'keep'),
    action(pastVerb('пересмотре'), 'revised', 'revises', 'revise'),
  ],
  metrics: [
    { ru: phrase(noun('инфляция')), en: 'inflation', unit: 'percent' },
    { ru: phrase(noun('ВВП', { indeclinable: true })), en: 'GDP', unit: 'percent' },
    { ru: phrase(noun('экспорт'), { tail: 'нефти' }), en: 'oil exports', unit: 'money' },
    { ru: phrase(noun('доход'), { tail: 'бюджета' }), en: 'budget revenue', unit: 'money' },
    { ru: phrase(noun('прибыль', { gender: 'f' }), { adjs: [A('чистый')] }), en: 'net profit', unit: 'money' },
    { ru: phrase(noun('безработица')), en: 'unemployment', unit: 'percent' },
    { ru: phrase(noun('объём'), { tail: 'промышленного производства' }), en: 'industrial output', unit: 'percent' },
  ],
  quotes: [
    { ru: 'Рынок уже учёл это решение, поэтому резких движений мы не ждём', en: 'The market has already priced in this decision, so we do not expect sharp moves' },
    { ru: 'Инфляция замедляется, но ещё рано говорить о победе над ней', en: 'Inflation is slowing, but it is too early to declare victory over it' },
    { ru: 'Расчёт на быстрый результат не оправдался, и мы это признаём', en: 'The bet on a quick result did not pay off, and we admit it' },
    { ru: 'Бюджет выдержит, но запас прочности уже не тот', en: 'The budget will hold, but the safety margin is not what it was' },
    { ru: 'Всё зависит от цен на нефть и от того, как поведёт себя спрос', en: 'Everything depends on oil prices and on how demand behaves' },
    { ru: 'Бизнес ждёт понятных правил, а не новых льгот', en: 'Business wants clear rules, not new breaks' },
  ],
  headings: [
    { ru: 'Цифры и факты', en: 'Facts and figures' },
    { ru: 'Реакция рынка', en: 'Market reaction' },
    { ru: 'Мнение экспертов', en: 'What experts say' },
    { ru: 'Прогноз', en: 'Outlook' },
  ],
  sources: [
    { ru: 'Интерфакс', en: 'Interfax' },
    { ru: 'данные Росстата', en: 'Rosstat data' },
    { ru: 'пресс-служба министерства финансов', en: 'finance ministry press office' },
    { ru: 'по материалам агентств', en: 'agencies' },
  ],
  tags: ['economy', 'oil', 'inflation', 'banking', 'budget', 'trade', 'energy', 'markets'],
};

const cult: Desk = {
  id: 'culture',
  roles: [
    role(phrase(person_('режиссёр')), 'director', 'directors'),
    role(phrase(person_('актёр')), 'actor', 'actors', 'm'),
    role(phrase(person_('актриса')), 'actress', 'actresses', 'f'),
    role(phrase(person_('художник')), 'artist', 'artists'),
    role(phrase(person_('писатель')), 'writer', 'writers'),
    role(phrase(person_('дирижёр')), 'conductor', 'conductors'),
    role(phrase(person_('руководитель'), { adjs: [A('художественный')], tail: 'театра' }), 'the theatre’s artistic director', 'artistic directors'),
    role(phrase(person_('куратор'), { tail: 'выставки' }), 'exhibition curator', 'curators'),
  ],
  orgs: [
    org(phrase(noun('театр'), { adjs: [A('драматический')] }), 'the drama theatre'),
    org(phrase(noun('оркестр'), { adjs: [A('симфонический')] }), 'the symphony orchestra'),
    org(phrase(noun('музей'), { adjs: [A('городской')] }), 'the city museum'),
    org(phrase(noun('киностудия')), 'the film studio'),
    org(phrase(person_('критик')), 'critics', 'pl'),
    org(phrase(person_('зритель')), 'audiences', 'pl'),
    org(phrase(person_('организатор'), { tail: 'фестиваля' }), 'the festival organisers', 'pl'),
  ],
  things: [
    thing(phrase(noun('спектакль')), 'the production', 'a production', 'productions', true),
    thing(phrase(noun('премьера')), 'the premiere', 'a premiere', 'premieres', true),
    thing(phrase(noun('выставка', { genPl: 'выставок' }), { adjs: [A('персональный')] }), 'the solo exhibition', 'a solo exhibition', 'solo exhibitions', true),
    thing(phrase(noun('фестиваль'), { adjs: [A('летний')] }), 'the summer festival', 'a summer festival', 'summer festivals', true),
    thing(phrase(noun('фильм'), { adjs: [A('документальный')] }), 'the documentary', 'a documentary', 'documentaries'),
    thing(phrase(noun('роман')), 'the novel', 'a novel', 'novels'),
    thing(phrase(noun('концерт')), 'the concert', 'a concert', 'concerts', true),
    thing(phrase(noun('гастроли', { pluralOnly: true })), 'the tour', 'a tour', 'tours', true),
    thing(phrase(noun('коллекция'), { tail: 'живописи' }), 'the painting collection', 'a painting collection', 'painting collections'),
    thing(phrase(noun('постановка', { genPl: 'постановок' }), { adjs: [A('новый')] }), 'the new staging', 'a new staging', 'new stagings', true),
    thing(phrase(noun('премия'), { adjs: [A('литературный')] }), 'the literary prize', 'a literary prize', 'literary prizes'),
  ],
  actions: [
    action(verbForms('привёз', 'привезла', 'привезло', 'привезли'), 'brought', 'brings', 'bring'),
    action(pastVerb('показа'), 'showed', 'shows', 'show'),
    action(pastVerb('откры'), 'opened', 'opens', 'open'),
    action(pastVerb('посвяти'), 'dedicated', 'dedicates', 'dedicate'),
  ],
  metrics: [
    { ru: phrase(noun('число'), { tail: 'зрителей' }), en: 'the number of spectators', unit: 'count' },
    { ru: phrase(noun('посещаемость', { gender: 'f' })), en: 'attendance', unit: 'percent' },
    { ru: phrase(noun('бюджет'), { tail: 'постановки' }), en: 'the production budget', unit: 'money' },
  ],
  quotes: [
    { ru: 'Этот спектакль — о том, как трудно остаться собой', en: 'This production is about how hard it is to remain yourself' },
    { ru: 'Актёры работали без выходных, и зритель это почувствует', en: 'The actors worked without days off, and the audience will feel it' },
    { ru: 'Мы хотели, чтобы её голос звучал так, как она сама его слышала', en: 'We wanted her voice to sound the way she heard it herself' },
    { ru: 'Всё, что вы увидите на сцене, придумано за одну зиму', en: 'Everything you will see on stage was invented in a single winter' },
    { ru: 'Зелёный цвет здесь — не украшение, а главный герой', en: 'Green here is not a decoration but the main character' },
    { ru: 'Ещё десять лет назад такой фестиваль был бы невозможен', en: 'Ten years ago such a festival would have been impossible' },
  ],
  headings: [
    { ru: 'О постановке', en: 'About the production' },
    { ru: 'Что покажут', en: 'What will be shown' },
    { ru: 'Взгляд критиков', en: 'What the critics say' },
  ],
  sources: [
    { ru: 'пресс-служба театра', en: 'theatre press office' },
    { ru: 'собственный корреспондент', en: 'our correspondent' },
    { ru: 'ТАСС', en: 'TASS' },
  ],
  tags: ['theatre', 'cinema', 'music', 'literature', 'exhibitions', 'festivals', 'history'],
};

const sport: Desk = {
  id: 'sport',
  roles: [
    role(phrase(person_('тренер'), { adjs: [A('главный')] }), 'head coach', 'head coaches'),
    role(phrase(person_('капитан'), { tail: 'команды' }), 'team captain', 'captains'),
    role(phrase(person_('вратарь', { insSg: 'вратарём' })), 'goalkeeper', 'goalkeepers', 'm'),
    role(phrase(adjectivalNoun('нападающий', 'm', true)), 'striker', 'strikers', 'm'),
    role(phrase(person_('чемпион'), { tail: 'мира' }), 'world champion', 'world champions'),
    role(phrase(person_('гроссмейстер')), 'grandmaster', 'grandmasters'),
    role(phrase(person_('боксёр')), 'boxer', 'boxers', 'm'),
    role(phrase(person_('теннисистка', { genPl: 'теннисисток' })), 'tennis player', 'tennis players', 'f'),
  ],
  orgs: [
    org(phrase(adjectivalNoun('сборная', 'f', false)), 'the national team'),
    org(phrase(noun('клуб'), { adjs: [A('футбольный')] }), 'the football club'),
    org(phrase(noun('федерация'), { tail: 'футбола' }), 'the football federation'),
    org(phrase(noun('команда')), 'the team'),
    org(phrase(person_('болельщик')), 'fans', 'pl'),
    org(phrase(person_('футболист')), 'the players', 'pl'),
  ],
  things: [
    thing(phrase(noun('матч'), { adjs: [A('решающий')] }), 'the decisive match', 'a decisive match', 'decisive matches', true),
    thing(phrase(noun('турнир'), { adjs: [A('международный')] }), 'the international tournament', 'an international tournament', 'international tournaments', true),
    thing(phrase(noun('чемпионат'), { tail: 'Европы' }), 'the European Championship', 'a European Championship', 'European Championships', true),
    thing(phrase(noun('сезон')), 'the season', 'a season', 'seasons'),
    thing(phrase(noun('трансфер')), 'the transfer', 'a transfer', 'transfers'),
    thing(phrase(noun('контракт'), { adjs: [A('новый')] }), 'the new contract', 'a new contract', 'new contracts'),
    thing(phrase(noun('рекорд'), { tail: 'мира' }), 'the world record', 'a world record', 'world records'),
    thing(phrase(noun('медаль', { gender: 'f' }), { adjs: [A('золотой')] }), 'the gold medal', 'a gold medal', 'gold medals'),
    thing(phrase(noun('финал')), 'the final', 'a final', 'finals', true),
    thing(phrase(noun('тренировка', { genPl: 'тренировок' }), { adjs: [A('открытый')] }), 'the open training session', 'an open training session', 'open training sessions', true),
  ],
  actions: [
    action(pastVerb('завоева'), 'won', 'wins', 'win'),
    action(pastVerb('продли'), 'extended', 'extends', 'extend'),
    action(pastVerb('пропусти'), 'missed', 'misses', 'miss'),
    action(verbForms('вышел', 'вышла', 'вышло', 'вышли'), 'reached', 'reaches', 'reach', 'acc', 'в'),
  ],
  metrics: [
    { ru: phrase(noun('число'), { tail: 'болельщиков на трибунах' }), en: 'the number of fans in the stands', unit: 'count' },
    { ru: phrase(noun('стоимость', { gender: 'f' }), { tail: 'трансфера' }), en: 'the transfer fee', unit: 'money' },
  ],
  quotes: [
    { ru: 'Команда сыграла так, как мы готовились весь сезон', en: 'The team played the way we prepared all season' },
    { ru: 'Мы проиграли матч, но не проиграли сезон', en: 'We lost the match, but not the season' },
    { ru: 'Всё решится в последнем туре', en: 'Everything will be decided in the final round' },
    { ru: 'Ещё год назад такой счёт казался невозможным', en: 'A year ago such a score seemed impossible' },
    { ru: 'Болельщики ждут от нас большего, и это правильно', en: 'The fans expect more from us, and that is right' },
    { ru: 'Её удар в концовке решил всё', en: 'Her strike at the end settled everything' },
  ],
  headings: [
    { ru: 'Ход матча', en: 'How the match went' },
    { ru: 'Турнирная таблица', en: 'The standings' },
    { ru: 'Что говорят в раздевалке', en: 'Voices from the dressing room' },
  ],
  sources: [
    { ru: 'пресс-служба клуба', en: 'club press office' },
    { ru: 'Спорт-Экспресс', en: 'Sport-Express' },
    { ru: 'собственный корреспондент', en: 'our correspondent' },
  ],
  tags: ['football', 'tennis', 'chess', 'boxing', 'olympics', 'transfers', 'hockey'],
};

export const DESK: Readonly<Record<DeskId, Desk>> = { diplomacy: dip, economy: eco, culture: cult, sport };

/** Teams appear by name: «Северные звёзды», «Волга». Names in quotes do not decline. */
export const TEAMS: readonly Quote[] = [
  { ru: '«Северные звёзды»', en: 'Northern Stars' },
  { ru: '«Волга»', en: 'Volga' },
  { ru: '«Каспий»', en: 'Caspian' },
  { ru: '«Уральские медведи»', en: 'Ural Bears' },
  { ru: '«Приморье»', en: 'Primorye' },
  { ru: '«Ястребы»', en: 'Hawks' },
  { ru: '«Арсенал-Тула»', en: 'Arsenal Tula' },
  { ru: '«Днепр»', en: 'Dnipro' },
];

/** Staff bylines. */
export const AUTHORS: readonly string[] = [
  'Ирина Волкова',
  'Павел Жуков',
  'Сабина Керимова',
  'Олег Чернов',
  'Emma Clarke',
  'Юрий Лёвкин',
  'Дина Абдуллаева',
  'Michael Harris',
  'Ксения Муравьёва',
  'Роман Щёкин',
];

/**
 * Planted rare words: each appears in a known, small number of articles, in both languages,
 * in one of several grammatical forms, so a search for the dictionary form must find every
 * carrier through stemming.
 */
export interface RareWord {
  readonly key: string;
  /** How many articles carry it (never more than a search page holds). */
  readonly count: number;
  /** The query a person would type. */
  readonly ruQuery: string;
  readonly enQuery: string;
  /** Sentences, each with the word in a different form. */
  readonly ru: readonly string[];
  readonly en: readonly string[];
  /** The forms used above, for checking that they stem alike. */
  readonly ruForms: readonly string[];
  readonly enForms: readonly string[];
}

export const RARE_WORDS: readonly RareWord[] = [
  {
    key: 'heliostat',
    count: 5,
    ruQuery: 'гелиостат',
    enQuery: 'heliostat',
    ru: [
      'На крыше нового корпуса установили экспериментальный гелиостат.',
      'Инженеры рассказали о работе гелиостата и его возможностях.',
      'Управление гелиостатом доверили студентам местного университета.',
      'Первые гелиостаты появятся в регионе уже через год.',
      'Стоимость двух гелиостатов оценивается в десятки миллионов рублей.',
    ],
    en: [
      'An experimental heliostat was installed on the roof of the new building.',
      'The first heliostats will appear in the region within a year.',
    ],
    ruForms: ['гелиостат', 'гелиостата', 'гелиостатом', 'гелиостаты', 'гелиостатов'],
    enForms: ['heliostat', 'heliostats'],
  },
  {
    key: 'aquaponics',
    count: 10,
    ruQuery: 'аквапоника',
    enQuery: 'aquaponics',
    ru: [
      'Отдельно участники обсудили аквапонику как способ прокормить северные города.',
      'Сторонники аквапоники уверены, что за ней будущее.',
      'Аквапоника пока остаётся экзотикой для местных фермеров.',
      'Хозяйство занимается аквапоникой уже третий год.',
    ],
    en: [
      'Separately, participants discussed aquaponics as a way to feed northern cities.',
      'Supporters of aquaponics are convinced it is the future.',
    ],
    ruForms: ['аквапонику', 'аквапоники', 'аквапоника', 'аквапоникой'],
    enForms: ['aquaponics'],
  },
  {
    key: 'airship',
    count: 15,
    ruQuery: 'дирижабль',
    enQuery: 'airship',
    ru: [
      'Над площадью во время церемонии пролетел дирижабль.',
      'Запуск дирижабля перенесли из-за сильного ветра.',
      'Управлять дирижаблем будет экипаж из трёх человек.',
      'Грузовые дирижабли могут вернуться в северные регионы.',
      'Эпоха дирижаблей, казалось, давно закончилась.',
    ],
    en: ['An airship flew over the square during the ceremony.', 'Cargo airships may return to the northern regions.'],
    ruForms: ['дирижабль', 'дирижабля', 'дирижаблем', 'дирижабли', 'дирижаблей'],
    enForms: ['airship', 'airships'],
  },
  {
    key: 'palaeontologist',
    count: 20,
    ruQuery: 'палеонтолог',
    enQuery: 'palaeontologist',
    ru: [
      'Своё мнение высказал и приглашённый палеонтолог из Новосибирска.',
      'По словам палеонтолога, находке не меньше ста миллионов лет.',
      'Вместе с палеонтологом на раскопки отправились студенты.',
      'Палеонтологи уже осмотрели место находки.',
      'Группа палеонтологов работала там всё лето.',
    ],
    en: [
      'A visiting palaeontologist from Novosibirsk also gave an opinion.',
      'Palaeontologists have already examined the site of the find.',
    ],
    ruForms: ['палеонтолог', 'палеонтолога', 'палеонтологом', 'палеонтологи', 'палеонтологов'],
    enForms: ['palaeontologist', 'palaeontologists'],
  },
];
