import { useId, useState } from 'react';
import type { ItemCard, ListItem } from '../../../shared/contract';
import { useApp } from '../../app/context';
import { uiLanguage } from '../../i18n';
import { mediaUrl } from '../../api/media';
import { langName } from '../articles/format';
import { inLanguageLabel, listHeading } from './labels';
import { previewState } from './preview';
import type { ListEditing } from './useListEditing';
import { useTranslation } from 'react-i18next';

/**
 * The list as a page in one language will show it, beside an article: `Preview (ru)`,
 * `Preview (en)`. Cards that fall back carry their own language and say so; stale and
 * unpublished ones are flagged; those the page would leave out are dimmed, with the reason.
 */
export function ListPreview({ list }: { list: ListEditing }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [chosen, setChosen] = useState<string | null>(null);
  const lang = chosen !== null && list.languages.includes(chosen) ? chosen : (list.languages[0] ?? 'en');
  const items = list.fields.items.slice(0, list.fields.maxItems);
  const now = Date.now();
  const heading = listHeading({ kind: list.view.kind, name: list.fields.name });

  return (
    <section className="lists-preview" aria-labelledby={headingId}>
      <div className="lists-preview-head">
        <h2 id={headingId}>{t('listCards.preview')}</h2>
        <div className="lists-preview-langs" role="group" aria-label={t('listCards.previewLanguage')}>
          {list.languages.map((l) => (
            <button key={l} type="button" className="button button-small" aria-pressed={l === lang} onClick={() => setChosen(l)}>
              {t('listCards.previewIn', { lang: l })}
            </button>
          ))}
        </div>
      </div>
      <aside className="lists-sidebar" lang={lang} aria-label={`${heading} (${lang})`}>
        <h3 className="lists-sidebar-title">{heading}</h3>
        {items.length === 0 ? (
          <p className="lists-empty" lang={uiLanguage()}>
            {t('listCards.emptyPreview')}
          </p>
        ) : (
          items.map((item) => <PreviewCard key={item.id} item={item} card={list.cards.get(item.id)?.find((c) => c.lang === lang)} pending={list.titleOf(item)} now={now} />)
        )}
      </aside>
    </section>
  );
}

function PreviewCard({ item, card, pending, now }: { item: ListItem; card: ItemCard | undefined; pending: string; now: number }) {
  const { t } = useTranslation();
  const { client } = useApp();
  const titleId = useId();
  if (!card) {
    return (
      <article className="lists-card lists-card-waiting" aria-labelledby={titleId}>
        <h4 id={titleId} className="lists-card-title">
          {pending}
        </h4>
        <p className="lists-card-note" lang={uiLanguage()}>
          {t('listCards.waiting')}
        </p>
      </article>
    );
  }
  const state = previewState(card, item, now);
  const title = card.title.trim() || pending;
  return (
    <article className={`lists-card${state.hidden ? ' lists-card-hidden' : ''}`} lang={card.shownLang ?? undefined} aria-labelledby={titleId}>
      {state.fallbackLang || state.hidden || state.marks.length > 0 ? (
        <p className="lists-card-notes" lang={uiLanguage()}>
          {state.fallbackLang ? (
            <span className="lists-flag lists-flag-warn" title={t('listCards.fallbackTitle', { language: langName(card.lang), fallback: langName(state.fallbackLang) })}>
              {inLanguageLabel(state.fallbackLang)}
            </span>
          ) : null}
          {state.marks.map((mark) => (
            <span key={mark} className="lists-flag lists-flag-warn">
              {mark}
            </span>
          ))}
          {state.hidden ? <span className="lists-flag lists-flag-danger">{state.hidden}</span> : null}
        </p>
      ) : null}
      {card.badges.length > 0 ? (
        <ul className="lists-card-badges" aria-label={t('listCards.badges')}>
          {card.badges.map((badge) => (
            <li key={badge}>{badge}</li>
          ))}
        </ul>
      ) : null}
      {card.thumbnail ? <img className="lists-card-thumb" src={mediaUrl(client, card.thumbnail.id, '320.webp')} alt={title} /> : null}
      <h4 id={titleId} className="lists-card-title">
        {title}
      </h4>
      {state.teaser ? <p className="lists-card-teaser">{state.teaser}</p> : null}
    </article>
  );
}
