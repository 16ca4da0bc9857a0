import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalEditable } from '@lexical/react/useLexicalEditable';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import {
  $createNodeSelection,
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $setSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  HISTORIC_TAG,
  HISTORY_PUSH_TAG,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import type { Media } from '../../../shared/contract';
import { MEDIA_LIMITS, variantFor } from '../../../shared/domain/media';
import { mediaUrl } from '../../api/media';
import { useApp } from '../../app/context';
import { langName } from '../../features/articles/format';
import { useBodyImageContext } from './context';
import { historyKey, isControl, isolateControlEvents, setImageText, takeCaptionFocus, type ImageTextField } from './editing';
import { $isImageNode } from './ImageNode';
import { mediaCacheFor, useMediaEntry } from './mediaCache';
import './image.css';
import { i18n, uiLanguage } from '../../i18n';
import { useTranslation } from 'react-i18next';

/** About how wide a photo shows in the body, in CSS pixels: picks the variant to load. */
const DISPLAY_WIDTH = 640;


/** "No caption in Russian yet", "No alt text in English yet". */
export function missingTextMessage(field: ImageTextField, lang: string): string {
  const language = langName(lang);
  return field === 'caption' ? i18n.t('media.noCaption', { language }) : i18n.t('media.noAlt', { language });
}

export interface ImageBlockProps {
  nodeKey: NodeKey;
  mediaId: string;
  caption: string;
  altText: string;
}

/**
 * A photo's textbox value. What is typed shows at once and goes to the node (so the body
 * saves); the node's value comes back into the box when it changes otherwise: undo and
 * redo, or any change while the box is not being typed in.
 */
function useNodeText(
  editor: LexicalEditor,
  nodeKey: NodeKey,
  field: ImageTextField,
  fromNode: string,
  input: RefObject<HTMLInputElement | null>,
): [string, (value: string) => void] {
  const [value, setValue] = useState(fromNode);
  useEffect(() => {
    if (input.current === null || input.current.ownerDocument.activeElement !== input.current) setValue(fromNode);
  }, [fromNode, input]);
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, tags }) => {
        if (!tags.has(HISTORIC_TAG)) return;
        const next = editorState.read(() => {
          const node = $getNodeByKey(nodeKey);
          if (!$isImageNode(node)) return null;
          return field === 'caption' ? node.getCaption() : node.getAltText();
        });
        if (next !== null) setValue(next);
      }),
    [editor, nodeKey, field],
  );
  const change = (next: string) => {
    setValue(next);
    setImageText(editor, nodeKey, field, next);
  };
  return [value, change];
}

/** Takes the photo out of the body (one undo step) and puts the caret beside where it was. */
function removePhoto(editor: LexicalEditor, nodeKey: NodeKey): void {
  editor.update(
    () => {
      const node = $getNodeByKey(nodeKey);
      if (!node) return;
      const previous = node.getPreviousSibling();
      const next = node.getNextSibling();
      node.remove();
      if ($isElementNode(previous)) previous.selectEnd();
      else if ($isElementNode(next)) next.selectStart();
      else if ($isDecoratorNode(previous) || $isDecoratorNode(next)) {
        const selection = $createNodeSelection();
        selection.add(((previous ?? next) as NonNullable<typeof previous>).getKey());
        $setSelection(selection);
      } else {
        const paragraph = $createParagraphNode();
        $getRoot().append(paragraph);
        paragraph.select();
      }
    },
    { tag: HISTORY_PUSH_TAG, onUpdate: () => editor.focus() },
  );
}

/** Selects the photo as a whole (Backspace or Delete then removes it) and gives the body the keyboard. */
function selectPhoto(editor: LexicalEditor, nodeKey: NodeKey): void {
  editor.update(() => {
    const selection = $createNodeSelection();
    selection.add(nodeKey);
    $setSelection(selection);
  });
  editor.getRootElement()?.focus({ preventScroll: true });
}

/**
 * A photo in the body, as the body editor shows it: the image, this placement's caption and
 * alt text in the body's language, the image's credit (the library's, shared by every use),
 * and a way to take the photo out. An empty caption or alt text is pointed out, never refused.
 * The image's `alt` is the alt text; until there is one it names the file, so the photo is
 * never silent to a screen reader in the editor (the published page writes `alt=""` then).
 */
export function ImageBlock({ nodeKey, mediaId, caption, altText }: ImageBlockProps) {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const editable = useLexicalEditable();
  const { client } = useApp();
  const { lang, onBlur } = useBodyImageContext();
  const { entry, retry } = useMediaEntry(client, mediaId);
  const [selected] = useLexicalNodeSelection(nodeKey);
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const captionInput = useRef<HTMLInputElement>(null);
  const altInput = useRef<HTMLInputElement>(null);
  const [captionValue, setCaption] = useNodeText(editor, nodeKey, 'caption', caption, captionInput);
  const [altValue, setAltText] = useNodeText(editor, nodeKey, 'altText', altText, altInput);
  const [failedSrc, setFailedSrc] = useState<string | null>(null);

  // The photo's own textboxes and buttons are not the body's text: Lexical keeps out of them.
  useEffect(() => {
    const element = figure.current;
    return element ? isolateControlEvents(element) : undefined;
  }, []);

  // A click on the photo (not on its controls) selects it as a whole.
  useEffect(
    () =>
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const element = figure.current;
          const target = event.target;
          if (!element || !(target instanceof Node) || !element.contains(target) || isControl(target)) return false;
          if (!editor.isEditable()) return false;
          selectPhoto(editor, nodeKey);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, nodeKey],
  );

  // A photo just added for translating takes the caret in its caption.
  useEffect(() => {
    if (takeCaptionFocus(editor, nodeKey)) captionInput.current?.focus();
  }, [editor, nodeKey]);

  const onFieldKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const history = historyKey(event);
    if (history) {
      // The body's undo, so a caption's typing undoes in turn with the rest of the body.
      event.preventDefault();
      if (editor.isEditable()) editor.dispatchCommand(history === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
    } else if (event.key === 'Escape' && editor.isEditable()) {
      event.preventDefault();
      selectPhoto(editor, nodeKey);
    } else if (event.key === 'Enter') {
      event.preventDefault();
    }
  };

  const leaveField = () => {
    // After the edit's update has committed, so the body's blur saves it.
    setTimeout(onBlur, 0);
  };

  const media = entry.state === 'ready' ? entry.media : null;
  const src = media ? mediaUrl(client, media.id, variantFor(media, DISPLAY_WIDTH, window.devicePixelRatio || 1)) : null;
  const missing = entry.state === 'missing' || (src !== null && failedSrc === src);
  const captionMissing = captionValue.trim() === '';
  const altMissing = altValue.trim() === '';

  return (
    <figure
      ref={figure}
      className={`body-image-figure${selected ? ' is-selected' : ''}${missing ? ' is-missing' : ''}`}
      role="group"
      aria-label={t('bodyPhoto.photo', { lang })}
      lang={uiLanguage()}
      data-media-id={mediaId}
    >
      <div className="body-image-frame">
        {missing ? (
          <div className="body-image-problem">{t('bodyPhoto.missing')}</div>
        ) : entry.state === 'failed' ? (
          <div className="body-image-problem">
            <div>{t('bodyPhoto.notShown', { message: entry.message })}</div>
            <button type="button" className="button button-small" onClick={retry}>
              {t('bodyPhoto.tryAgain')}
            </button>
          </div>
        ) : media && src ? (
          <img
            className="body-image-img"
            src={src}
            alt={altValue.trim() || t('bodyPhoto.altFallback', { name: media.name || t('bodyPhoto.noFileName') })}
            width={media.width}
            height={media.height}
            draggable={false}
            onError={() => setFailedSrc(src)}
          />
        ) : (
          <div className="body-image-loading" aria-busy="true">
            {t('bodyPhoto.loading')}
          </div>
        )}
      </div>

      <div className="body-image-fields">
        <div className="body-image-field">
          <label className="field-label" htmlFor={`${id}-caption`}>
            {t('bodyPhoto.caption')}
          </label>
          <input
            ref={captionInput}
            id={`${id}-caption`}
            className="input body-image-input"
            type="text"
            aria-label={t('media.caption', { lang })}
            aria-describedby={captionMissing ? `${id}-caption-missing` : undefined}
            lang={lang}
            spellCheck={true}
            maxLength={MEDIA_LIMITS.caption}
            readOnly={!editable}
            value={captionValue}
            onChange={(event) => setCaption(event.target.value)}
            onKeyDown={onFieldKeyDown}
            onBlur={leaveField}
          />
        </div>
        <div className="body-image-field">
          <label className="field-label" htmlFor={`${id}-alt`}>
            {t('bodyPhoto.altText')} <span className="field-hint">{t('bodyPhoto.altHint')}</span>
          </label>
          <input
            ref={altInput}
            id={`${id}-alt`}
            className="input body-image-input"
            type="text"
            aria-label={t('media.altText', { lang })}
            aria-describedby={altMissing ? `${id}-alt-missing` : undefined}
            lang={lang}
            spellCheck={true}
            maxLength={MEDIA_LIMITS.altText}
            readOnly={!editable}
            value={altValue}
            onChange={(event) => setAltText(event.target.value)}
            onKeyDown={onFieldKeyDown}
            onBlur={leaveField}
          />
        </div>
        {media ? <CreditField key={media.id} media={media} readOnly={!editable} /> : null}
      </div>

      <div className="body-image-footer">
        <div className="body-image-warnings">
          {captionMissing ? (
            <div id={`${id}-caption-missing`} className="body-image-warning">
              {missingTextMessage('caption', lang)}
            </div>
          ) : null}
          {altMissing ? (
            <div id={`${id}-alt-missing`} className="body-image-warning">
              {missingTextMessage('altText', lang)}
            </div>
          ) : null}
        </div>
        {editable ? (
          <button type="button" className="button button-small button-quiet" onClick={() => removePhoto(editor, nodeKey)}>
            {t('bodyPhoto.remove')}
          </button>
        ) : null}
      </div>
    </figure>
  );
}

/**
 * The image's credit, as the library holds it: the same for every article and language that
 * uses the photo. Saved when the textbox is left (or on Enter); what was typed stays if the
 * save fails.
 */
function CreditField({ media, readOnly }: { media: Media; readOnly: boolean }) {
  const { t } = useTranslation();
  const { client, notify } = useApp();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(media.credit);
  const saving = useRef(false);

  useEffect(() => {
    if (input.current === null || input.current.ownerDocument.activeElement !== input.current) setValue(media.credit);
  }, [media.credit]);

  const save = async () => {
    const credit = value.trim();
    if (readOnly || saving.current || credit === media.credit) return;
    saving.current = true;
    try {
      const result = await client.call('updateMedia', { mediaId: media.id, credit });
      if (result.ok) {
        mediaCacheFor(client).put(result.value);
        setValue(result.value.credit);
      } else {
        notify({ message: t('bodyPhoto.creditNotSaved', { message: result.error.message }) });
      }
    } finally {
      saving.current = false;
    }
  };

  return (
    <div className="body-image-field">
      <label className="field-label" htmlFor={`${id}-credit`}>
        {t('bodyPhoto.credit')} <span className="field-hint">{t('bodyPhoto.creditHint')}</span>
      </label>
      <input
        ref={input}
        id={`${id}-credit`}
        className="input body-image-input"
        type="text"
        aria-label={t('media.credit')}
        maxLength={MEDIA_LIMITS.credit}
        readOnly={readOnly}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          void save();
        }}
        onBlur={() => void save()}
      />
    </div>
  );
}
