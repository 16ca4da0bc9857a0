import { useId, useRef, useState } from 'react';
import type { Article, Media } from '../../../shared/contract';
import { MEDIA_ACCEPT, MEDIA_LIMITS, variantFor } from '../../../shared/domain/media';
import { mediaUrl } from '../../api/media';
import { useApp } from '../../app/context';
import { CreditField } from './CreditField';
import { dimensionsLabel } from './format';
import { LeadPhotoTexts, type LeadTexts } from './LeadPhotoTexts';
import { MediaPicker } from './MediaPicker';
import { useAddPhotos } from './useAddPhotos';
import { useFileDrop } from './useFileDrop';
import './media.css';
import { useTranslation } from 'react-i18next';

/** About the width the editor shows the lead photo at, in CSS pixels. */
const SHOWN_WIDTH = 480;

export interface LeadPhotoProps {
  article: Pick<Article, 'leadPhoto'>;
  /** The languages shown, in column order. */
  langs: readonly string[];
  readOnly: boolean;
  /** Sets (or, with null, removes) the article's lead photo; answers whether it was saved. */
  onLeadChange(leadPhoto: Media | null): Promise<boolean>;
  /** The caption and alt text a language has when the component is first shown. */
  texts(lang: string): LeadTexts;
  /** Each keystroke in a caption or alt text, for the translation's autosave. */
  onTextEdit(lang: string, patch: { leadCaption?: string; leadAlt?: string }): void;
  /** A language's caption or alt text field was left: save it now. */
  onTextBlur(lang: string): void;
}

/** The first image among dropped or chosen files, else the first file (which is then refused with a reason). */
function firstImage(files: readonly File[]): File[] {
  const file = files.find((f) => f.type.startsWith('image/')) ?? files[0];
  return file ? [file] : [];
}

/**
 * The article's lead photo, above the language columns: added from a file, a drop or the
 * library; its credit (the image's own), and per language the caption printed under it on
 * the published page and the alt text.
 */
export function LeadPhoto(props: LeadPhotoProps) {
  const { t } = useTranslation();
  const { client, notify } = useApp();
  const headingId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const add = useAddPhotos({ multiple: false, announceAdded: false });
  const [lead, setLead] = useState<Media | null>(props.article.leadPhoto);
  const [leadFromArticle, setLeadFromArticle] = useState(props.article.leadPhoto?.id ?? null);
  const [setting, setSetting] = useState(false);
  const [picking, setPicking] = useState(false);
  /** What was typed in each language; kept when the photo is removed and put back. */
  const [typed, setTyped] = useState<Readonly<Record<string, LeadTexts>>>({});
  const { readOnly, onLeadChange } = props;

  // The article changed its lead photo (saved here, or restored elsewhere): show that one.
  const articleLeadId = props.article.leadPhoto?.id ?? null;
  if (articleLeadId !== leadFromArticle) {
    setLeadFromArticle(articleLeadId);
    setLead(props.article.leadPhoto);
  }

  const change = async (media: Media | null): Promise<boolean> => {
    setSetting(true);
    const saved = await onLeadChange(media);
    setSetting(false);
    if (saved) setLead(media);
    else notify({ message: media ? t('media.leadNotSet') : t('media.leadNotRemoved') });
    return saved;
  };

  const addFiles = async (files: readonly File[]) => {
    if (readOnly || setting || add.adding !== 0) return;
    const chosen = firstImage(files);
    if (chosen.length === 0) return;
    const imported = await add.addFiles(chosen);
    const first = imported[0];
    if (first) await change(first.media);
  };

  const pickFile = async () => {
    if (add.usesPicker) {
      const imported = await add.pick();
      const first = imported[0];
      if (first) await change(first.media);
    } else fileInput.current?.click();
  };

  const removeLead = async () => {
    const previous = lead;
    if (!previous) return;
    if (await change(null)) {
      notify({ message: t('media.leadRemoved', { name: previous.name }), action: { label: t('common.undo'), run: () => void change(previous) } });
    }
  };

  const drop = useFileDrop((files) => void addFiles(files), !readOnly);
  const busy = setting || add.adding !== 0;
  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio;

  return (
    <section className={drop.dragging ? 'lead-photo dragging' : 'lead-photo'} aria-labelledby={headingId} {...drop.handlers}>
      <h2 className="lead-photo-heading" id={headingId}>
        {t('media.leadPhoto')}
      </h2>
      {add.adding !== 0 || (setting && lead === null) ? (
        <p role="status" className="media-progress">
          <span className="spinner" aria-hidden="true" />
          {t('media.addingOne')}
        </p>
      ) : null}

      {lead === null ? (
        readOnly ? (
          <p className="muted">{t('media.noLead')}</p>
        ) : (
          <div className={drop.dragging ? 'lead-drop dragging' : 'lead-drop'}>
            <p>{t('media.dropHere')}</p>
            <p className="muted">{t('media.or')}</p>
            <div className="lead-drop-actions">
              <button type="button" className="button" disabled={busy} onClick={() => void pickFile()}>
                {t('media.addPhoto')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => setPicking(true)}>
                {t('media.chooseFromLibrary')}
              </button>
            </div>
          </div>
        )
      ) : (
        <>
          <div className="lead-set">
            <figure className="lead-figure">
              <img
                className="lead-image"
                src={mediaUrl(client, lead.id, variantFor(lead, SHOWN_WIDTH, dpr))}
                alt={t('media.leadAlt', { name: lead.name })}
                width={lead.width}
                height={lead.height}
              />
            </figure>
            <div className="lead-fields">
              <CreditField key={lead.id} media={lead} readOnly={readOnly} onSaved={setLead} />
              <p className="muted lead-file">
                {lead.name} · {dimensionsLabel(lead)}
              </p>
              {readOnly ? null : (
                <div className="lead-actions">
                  <button type="button" className="button button-small" disabled={busy} onClick={() => void pickFile()}>
                    {t('media.replacePhoto')}
                  </button>
                  <button type="button" className="button button-small" disabled={busy} onClick={() => setPicking(true)}>
                    {t('media.chooseFromLibrary')}
                  </button>
                  <button type="button" className="button button-small button-quiet" disabled={busy} onClick={() => void removeLead()}>
                    {t('media.removePhoto')}
                  </button>
                </div>
              )}
            </div>
          </div>
          <LeadPhotoTexts
            langs={props.langs}
            readOnly={readOnly}
            value={(lang) => typed[lang] ?? props.texts(lang)}
            onChange={(lang, texts) => {
              const before = typed[lang] ?? props.texts(lang);
              setTyped((all) => ({ ...all, [lang]: texts }));
              const patch: { leadCaption?: string; leadAlt?: string } = {};
              if (texts.caption !== before.caption) patch.leadCaption = texts.caption;
              if (texts.altText !== before.altText) patch.leadAlt = texts.altText;
              props.onTextEdit(lang, patch);
            }}
            onBlur={props.onTextBlur}
            limits={{ caption: MEDIA_LIMITS.caption, altText: MEDIA_LIMITS.altText }}
          />
        </>
      )}

      {readOnly || add.usesPicker ? null : (
        <input
          ref={fileInput}
          type="file"
          className="visually-hidden"
          tabIndex={-1}
          accept={MEDIA_ACCEPT}
          aria-label={t('media.chooseLeadFile')}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            void addFiles(files);
          }}
        />
      )}
      <MediaPicker open={picking} title={t('media.chooseLead')} onClose={() => setPicking(false)} onChoose={(media) => void change(media)} />
    </section>
  );
}
