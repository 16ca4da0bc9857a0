import { useRef } from 'react';
import type { ItemCard, ListItem } from '../../../shared/contract';
import { LIST_LIMITS } from '../../../shared/contract';
import { excerpt } from '../../../shared/domain/lists';
import { useApp } from '../../app/context';
import { hrefFor } from '../../app/router';
import { mediaUrl } from '../../api/media';
import { langName } from '../articles/format';
import { cardFlags, translationsToOpen } from './gaps';
import { articleGone, openTranslationLabel } from './labels';
import { useTranslation } from 'react-i18next';

/**
 * One language of an item in the list editor: the card a page in that language shows
 * (thumbnail, title, badges), what the desk should know (flags, a link to the missing or
 * stale translation) and `Teaser (L)`, the override for this list.
 */
export function ItemColumn(props: {
  item: ListItem;
  lang: string;
  card: ItemCard | undefined;
  readOnly: boolean;
  compact?: boolean;
  onTeaser(text: string): void;
  onBlur(): void;
}) {
  const { t } = useTranslation();
  const { card, lang } = props;
  const gone = card ? articleGone(card) : false;
  return (
    <div className="lists-column">
      <div className="lists-column-head">
        <span className="lang-code" title={langName(lang)}>
          {lang.toUpperCase()}
        </span>
        {card ? <Flags card={card} /> : <span className="muted">{t('listCards.waiting')}</span>}
      </div>
      {card && !gone && !props.compact ? <CardFace card={card} /> : null}
      {card && !gone ? <OpenTranslation articleId={props.item.articleId} card={card} /> : null}
      {gone ? null : <TeaserField {...props} />}
    </div>
  );
}

function Flags({ card }: { card: ItemCard }) {
  const flags = cardFlags(card);
  if (flags.length === 0) return null;
  return (
    <span className="lists-flags">
      {flags.map((flag) => (
        <span key={flag.kind} className={`lists-flag lists-flag-${flag.tone}`}>
          {flag.label}
        </span>
      ))}
    </span>
  );
}

function CardFace({ card }: { card: ItemCard }) {
  const { t } = useTranslation();
  const { client } = useApp();
  return (
    <div className="lists-face">
      {card.thumbnail ? (
        <img className="lists-thumb" src={mediaUrl(client, card.thumbnail.id, '320.webp')} alt="" width={96} height={Math.round((96 * card.thumbnail.height) / card.thumbnail.width)} />
      ) : (
        <span className="lists-thumb lists-thumb-none" aria-hidden="true" />
      )}
      <div className="lists-face-text">
        {card.badges.length > 0 ? (
          <span className="lists-badges">
            {card.badges.map((badge) => (
              <span key={badge} className="lists-badge">
                {badge}
              </span>
            ))}
          </span>
        ) : null}
        <span className="lists-face-title" lang={card.shownLang ?? undefined}>
          {card.title.trim() || t('listCards.untitled')}
        </span>
      </div>
    </div>
  );
}

function OpenTranslation({ articleId, card }: { articleId: string; card: ItemCard }) {
  if (!translationsToOpen([card]).includes(card.lang)) return null;
  return (
    <a className="lists-open" href={hrefFor({ page: 'article', id: articleId })}>
      {openTranslationLabel(card.lang)}
    </a>
  );
}

function TeaserField(props: { item: ListItem; lang: string; card: ItemCard | undefined; readOnly: boolean; onTeaser(text: string): void; onBlur(): void }) {
  const { t } = useTranslation();
  // The article's own teaser, remembered from the last card that showed it (an override hides it).
  const own = useRef<string | null>(null);
  if (props.card && props.card.teaserSource !== 'override') own.current = props.card.teaser;
  const placeholder = own.current === null ? t('listCards.ownTeaser') : own.current ? excerpt(own.current, 160) : t('listCards.noTeaser');
  return (
    <textarea
      className="input lists-teaser"
      aria-label={t('listCards.teaser', { lang: props.lang })}
      lang={props.lang}
      rows={2}
      maxLength={LIST_LIMITS.teaser}
      placeholder={placeholder}
      value={props.item.teasers[props.lang] ?? ''}
      readOnly={props.readOnly}
      onChange={(e) => props.onTeaser(e.target.value)}
      onBlur={props.onBlur}
    />
  );
}
