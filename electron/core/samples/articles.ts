import type { Lang } from '../../../shared/domain/languages';
import type { Status } from '../../../shared/domain/status';

/** One language of a sample article. */
export interface SampleTranslation {
  lang: Lang;
  title: string;
  summary: string;
  paragraphs: readonly string[];
  source: string;
  status: Status;
}

export interface SampleArticle {
  section: string;
  tags: readonly string[];
  authors: readonly string[];
  /** Hours before now the piece was published; null for one not published yet. */
  publishedHoursAgo: number | null;
  /** The original language first. */
  translations: readonly SampleTranslation[];
}

/**
 * A small newsroom's morning: original sample text written for Tandem, so a newcomer sees
 * both languages side by side, different sections and statuses, and a missing translation.
 */
export const SAMPLE_ARTICLES: readonly SampleArticle[] = [
  {
    section: 'news',
    tags: ['дипломатия', 'переговоры', 'Женева'],
    authors: ['Анна Мельникова'],
    publishedHoursAgo: 3,
    translations: [
      {
        lang: 'ru',
        title: 'Министры иностранных дел договорились о новом раунде переговоров в Женеве',
        summary: 'Стороны впервые за полгода согласовали общий документ — дорожную карту из пяти шагов. Следующая встреча пройдёт в начале декабря.',
        paragraphs: [
          'Министры иностранных дел двух соседних стран завершили в Женеве двухдневные переговоры и договорились встретиться снова в начале декабря. По словам участников, впервые за полгода стороны согласовали общий документ — «дорожную карту» из пяти шагов.',
          '«Весь набор шагов на столе. Теперь важно, чтобы ни одна из сторон не отступила от уже достигнутого», — сказал журналистам один из министров после заключительного заседания.',
          'Документ предусматривает открытие двух пограничных переходов для гуманитарных грузов, обмен списками пропавших без вести и создание совместной комиссии по делимитации границы. Объём работы комиссии, по оценкам дипломатов, рассчитан минимум на год.',
          'Посредники приветствовали итоги встречи, но напомнили, что предыдущие договорённости ещё не выполнены полностью. Наблюдатели считают, что декабрьский раунд покажет, готовы ли стороны перейти от заявлений к делу.',
        ],
        source: 'редакция по материалам агентств',
        status: 'published',
      },
      {
        lang: 'en',
        title: 'Foreign ministers agree on a new round of talks in Geneva',
        summary: 'For the first time in six months the two sides signed off on a joint document, a five-step road map. They meet again in early December.',
        paragraphs: [
          'The foreign ministers of two neighbouring countries ended two days of talks in Geneva and agreed to meet again in early December. For the first time in six months, participants said, the sides signed off on a joint document: a five-step "road map".',
          '"The whole set of steps is on the table. What matters now is that neither side walks back what has already been agreed," one of the ministers told reporters after the closing session.',
          'The document provides for opening two border crossings to humanitarian cargo, exchanging lists of missing persons and setting up a joint commission on border delimitation. Diplomats expect the commission to need at least a year.',
          'Mediators welcomed the outcome but noted that earlier agreements have not yet been carried out in full. Observers say the December round will show whether the sides are ready to move from statements to action.',
        ],
        source: 'newsroom, based on agency reports',
        status: 'published',
      },
    ],
  },
  {
    section: 'economy',
    tags: ['бюджет', 'городской совет', 'транспорт'],
    authors: ['Игорь Савченко'],
    publishedHoursAgo: null,
    translations: [
      {
        lang: 'ru',
        title: 'Городской совет утвердил бюджет: больше денег на транспорт и школы',
        summary: 'Расходы города в следующем году вырастут на 7 %. Почти четверть бюджета пойдёт на обновление автобусного парка и ремонт школ.',
        paragraphs: [
          'Городской совет в четверг утвердил бюджет на следующий год. Расходы вырастут на 7 % и впервые превысят 48 млрд рублей; за проект проголосовали 31 депутат из 38.',
          'Почти четверть средств получат транспорт и образование. Город закупит 120 новых электробусов, продлит две трамвайные линии и отремонтирует 14 школ, в том числе три здания, построенных ещё в 1950-х.',
          'Оппозиция критиковала бюджет за рост заимствований: долг города к концу года может достичь 11 млрд рублей. В мэрии отвечают, что ставки по новым кредитам ниже прошлогодних, а объём обслуживания долга не превысит 4 % расходов.',
          'Жители смогут следить за исполнением бюджета на городском портале: там каждый квартал будут публиковать отчёты о закупках и ходе ремонтов.',
        ],
        source: 'пресс-служба городского совета',
        status: 'ready',
      },
      {
        lang: 'en',
        title: 'City council passes budget with more money for transport and schools',
        summary: 'City spending will rise by 7% next year. Almost a quarter of the budget goes to renewing the bus fleet and repairing schools.',
        paragraphs: [
          'The city council on Thursday approved next year\'s budget. Spending will rise by 7% and exceed 48 billion roubles for the first time; 31 of the 38 council members voted in favour.',
          'Transport and education receive almost a quarter of the money. The city will buy 120 new electric buses, extend two tram lines and repair 14 schools, including three buildings dating from the 1950s.',
          'The opposition criticised the budget for higher borrowing: city debt could reach 11 billion roubles by the end of the year. The mayor\'s office replies that rates on new loans are lower than last year\'s and that debt service will stay below 4% of spending.',
          'Residents will be able to follow the budget on the city portal, where reports on purchases and repairs will be published every quarter.',
        ],
        source: 'city council press office',
        status: 'review',
      },
    ],
  },
  {
    section: 'culture',
    tags: ['festival', 'music', 'Şəki'],
    authors: ['Leyla Məmmədova'],
    publishedHoursAgo: null,
    translations: [
      {
        lang: 'en',
        title: 'Silk Road music festival opens in Şəki with 40 ensembles 🎶',
        summary: 'Musicians from twelve countries play in the caravanserai courtyards and on the town square; most concerts are free.',
        paragraphs: [
          'The Silk Road music festival opened on Friday in the old town of Şəki, bringing together some 40 ensembles from twelve countries. Over five days they will play in the courtyards of the Upper Caravanserai, on the central square and, for the first time, in the restored Khan\'s garden.',
          'The programme ranges from mugham and ashiq songs to Georgian polyphony and Uzbek maqom. "We wanted every evening to feel like a crossroads, the way this town was for centuries," said the festival\'s artistic director.',
          'Most concerts are free. Organisers expect around 30,000 visitors and have added evening buses from Baku and Qəbələ.',
        ],
        source: 'festival press office',
        status: 'ready',
      },
      {
        lang: 'ru',
        title: 'В Шеки открылся музыкальный фестиваль «Шёлковый путь»',
        summary: 'Музыканты из двенадцати стран выступят во дворах караван-сараев и на городской площади; большинство концертов бесплатные.',
        paragraphs: [
          'В пятницу в старом городе Шеки открылся музыкальный фестиваль «Шёлковый путь»: около 40 коллективов из двенадцати стран. Пять дней они будут выступать во дворах Верхнего караван-сарая, на центральной площади и впервые — в восстановленном ханском саду.',
          'В программе — мугам и песни ашыгов, грузинское многоголосие и узбекский макам. «Мы хотели, чтобы каждый вечер был перекрёстком, каким этот город был веками», — сказала художественный руководитель фестиваля.',
          'Большинство концертов бесплатные. Организаторы ждут около 30 тысяч гостей и пустили вечерние автобусы из Баку и Габалы.',
        ],
        source: 'пресс-служба фестиваля',
        status: 'draft',
      },
    ],
  },
  {
    section: 'sport',
    tags: ['шахматы', 'юниоры'],
    authors: ['Пётр Ковалёв'],
    publishedHoursAgo: null,
    translations: [
      {
        lang: 'ru',
        title: 'Юношеская сборная по шахматам выиграла командный турнир в Тбилиси',
        summary: 'Команда из четырёх школьников не проиграла ни одного матча и опередила ближайших соперников на два очка.',
        paragraphs: [
          'Юношеская сборная по шахматам выиграла командный турнир в Тбилиси, не проиграв ни одного из девяти матчей. Ближайших соперников команда опередила на два очка.',
          'Лучший результат на первой доске показал 15-летний Артём Никитин: 7 очков из 9 и победа над фаворитом турнира в последнем туре.',
          'Тренер сборной сказал, что главное открытие турнира — игра запасных: «Ребята, которых мы брали набираться опыта, принесли решающие очки».',
        ],
        source: 'федерация шахмат',
        status: 'review',
      },
    ],
  },
];
