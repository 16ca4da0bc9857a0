import type { LinkAttributes } from '@lexical/link';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { mergeRegister } from '@lexical/utils';
import { $getRoot, HISTORY_MERGE_TAG, type EditorState, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import type { BlockInfo } from '../../shared/editor/blocks';
import { isAllowedLinkUrl } from '../../shared/editor/links';
import type { Body } from '../../shared/editor/nodes';
import { registerBodyBehaviour } from './behaviour';
import { blockElements, insertTranslationBlock, markUpToDate, type BlockElement, type TranslatableBlock } from './blockOperations';
import type { OriginalBlock } from './blockState';
import { registerCappedHistory } from './history';
import { useBodyImages } from './image/BodyImages';
import { BodyImageContext, type BodyImageContextValue } from './image/context';
import { IMAGE_TEXT_TAG } from './image/editing';
import { placedImageOf } from './image/placed';
import { ORIGINAL_BLOCKS_CHANGED, RELINK_TAG } from './translationLinks';
import { registerLayoutNotifier } from './layout';
import { LinkDialog } from './LinkDialog';
import { $linkTarget, applyLink, registerInertLinks, registerLinkShortcut, removeLink, restoreSelection, type LinkTarget } from './linkEditing';
import { BODY_TRANSFORMERS } from './markdown';
import { BODY_NODES } from './nodes';
import { bodyTheme } from './theme';
import { Toolbar } from './Toolbar';
import { useTranslation } from 'react-i18next';

/**
 * A body as the editor hands it over: serialized only when a save goes out, so a long
 * body is not turned into JSON on every keystroke. Lexical's editor states are immutable,
 * so the snapshot stays exactly what was typed.
 */
export interface BodySnapshot {
  toJSON(): Body;
  text(): string;
}

export function snapshotOf(state: EditorState): BodySnapshot {
  let json: Body | null = null;
  let text: string | null = null;
  return {
    toJSON() {
      // The editor registers only the node types shared/editor/nodes.ts describes, and
      // normalize.ts keeps them within the shapes it allows.
      json ??= state.toJSON() as unknown as Body;
      return json;
    },
    text() {
      text ??= state.read(() =>
        $getRoot()
          .getChildren()
          .map((block) => block.getTextContent())
          .join('\n'),
      );
      return text;
    },
  };
}

/** What the page can ask of a body editor. */
export interface BodyEditorHandle {
  /** The top-level blocks' elements, in document order, with their block ids. */
  blockElements(): BlockElement[];
  /** Records that a block now translates the original block as it stands (undoable). */
  markUpToDate(blockId: string, original: OriginalBlock): void;
  /**
   * Opens an empty block for translating `original`, after `afterBlockId` (or first), and
   * focuses it: a paragraph, or for a photo the same photo with its caption to write.
   */
  insertTranslationBlock(original: TranslatableBlock, afterBlockId: string | null): void;
  /** The image the block `blockId` places, or null when it is not a photo. */
  imageOf(blockId: string): string | null;
  focus(): void;
}

export interface BodyEditorProps {
  lang: string;
  /** The accessible name, `Body (ru)`. */
  label: string;
  initial: Body;
  readOnly: boolean;
  placeholder: string;
  onChange(body: BodySnapshot): void;
  onBlur(): void;
  /** In a translation: the original's latest blocks, to link new translated blocks to. */
  originalBlocks?: readonly BlockInfo[] | null;
  /** After edits that changed the body's layout, at most once per frame. */
  onLayout?(): void;
  ref?: Ref<BodyEditorHandle>;
}

const LINK_ATTRIBUTES: LinkAttributes = { rel: null, target: null, title: null };

function ChangePlugin({ onChange }: { onChange: (body: BodySnapshot) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        // Selection moves, the initial load and history merges are not edits (but links made
        // after typing, and a photo's caption typed on, are: they merge into the typing's undo step).
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        const savedMerge = tags.has(RELINK_TAG) || tags.has(IMAGE_TEXT_TAG);
        if ((tags.has(HISTORY_MERGE_TAG) && !savedMerge) || prevEditorState.isEmpty()) return;
        onChange(snapshotOf(editorState));
      }),
    [editor, onChange],
  );
  return null;
}

function EditablePlugin({ editable }: { editable: boolean }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => editor.setEditable(editable), [editor, editable]);
  return null;
}

/** A value that callbacks registered once can read as it is now. */
function useLatest<T>(value: T) {
  const ref = useRef(value);
  useEffect(() => {
    ref.current = value;
  }, [value]);
  return ref;
}

/** Where the link dialog goes: under the selected text, inside the editor's box. */
function dialogPosition(editor: LexicalEditor, container: HTMLElement | null): { top: number; left: number } {
  if (!container) return { top: 0, left: 0 };
  const box = container.getBoundingClientRect();
  const selection = window.getSelection();
  const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const root = editor.getRootElement();
  const rect = range && root?.contains(range.startContainer) ? range.getBoundingClientRect() : null;
  const width = Math.min(360, box.width);
  if (!rect || (rect.width === 0 && rect.height === 0)) return { top: 48, left: 8 };
  return {
    top: Math.round(rect.bottom - box.top + 6),
    left: Math.round(Math.max(0, Math.min(rect.left - box.left, box.width - width))),
  };
}

function BodyEditorView(props: BodyEditorProps) {
  const { t } = useTranslation();
  const { lang, label, readOnly, placeholder, onChange, onBlur } = props;
  const [editor] = useLexicalComposerContext();
  const originalBlocks = useLatest(props.originalBlocks);
  // Declared after useLatest, so the command reads the blocks just passed.
  useEffect(() => {
    if (props.originalBlocks) editor.dispatchCommand(ORIGINAL_BLOCKS_CHANGED, undefined);
  }, [editor, props.originalBlocks]);
  const onLayout = useLatest(props.onLayout);
  const container = useRef<HTMLDivElement>(null);
  const [dialog, setDialog] = useState<{ target: LinkTarget; position: { top: number; left: number } } | null>(null);

  const openLinkDialog = useCallback(() => {
    if (!editor.isEditable()) return;
    setDialog({ target: editor.getEditorState().read($linkTarget), position: dialogPosition(editor, container.current) });
  }, [editor]);

  useEffect(
    () =>
      mergeRegister(
        registerBodyBehaviour(editor, { originalBlocks: () => originalBlocks.current }),
        registerCappedHistory(editor),
        registerLinkShortcut(editor, openLinkDialog),
        registerInertLinks(editor),
        registerLayoutNotifier(editor, () => onLayout.current?.()),
      ),
    [editor, openLinkDialog, originalBlocks, onLayout],
  );

  useImperativeHandle(
    props.ref,
    () => ({
      blockElements: () => blockElements(editor),
      markUpToDate: (blockId, original) => markUpToDate(editor, blockId, original),
      insertTranslationBlock: (original, afterBlockId) => insertTranslationBlock(editor, original, afterBlockId),
      imageOf: (blockId) => placedImageOf(editor, blockId),
      focus: () => editor.focus(),
    }),
    [editor],
  );

  const images = useBodyImages(editor, lang, readOnly);
  const imageContext = useMemo<BodyImageContextValue>(() => ({ lang, onBlur }), [lang, onBlur]);

  const closeDialog = (then: 'restore' | 'leave') => {
    const target = dialog?.target;
    setDialog(null);
    if (target && then === 'restore') {
      restoreSelection(editor, target);
      editor.focus();
    }
  };

  return (
    <BodyImageContext.Provider value={imageContext}>
      <div className="body-editor" ref={container}>
        <Toolbar
          editor={editor}
          lang={lang}
          readOnly={readOnly}
          onLink={openLinkDialog}
          onInsertPhoto={images.insertPhoto}
          onPhotoFromLibrary={images.openLibrary}
        >
          {images.fileInput}
        </Toolbar>
        {images.controls}
        <div className={`body-surface${images.dropping && !readOnly ? ' is-dropping' : ''}`} {...images.surfaceProps}>
          {images.dropping && !readOnly ? (
            <div className="body-drop-hint" aria-hidden="true">
              {t('bodyEditor.dropHint')}
            </div>
          ) : null}
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="body-input"
                aria-label={label}
                aria-multiline={true}
                role="textbox"
                lang={lang}
                spellCheck={true}
                onBlur={onBlur}
                aria-placeholder={placeholder}
                placeholder={
                  <div className="body-placeholder" lang={lang}>
                    {placeholder}
                  </div>
                }
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        {dialog ? (
          <LinkDialog
            url={dialog.target.url}
            onLink={dialog.target.onLink}
            position={dialog.position}
            onApply={(url) => {
              applyLink(editor, dialog.target, url);
              setDialog(null);
              editor.focus();
            }}
            onRemove={() => {
              removeLink(editor, dialog.target);
              setDialog(null);
              editor.focus();
            }}
            onCancel={() => closeDialog('restore')}
            onDismiss={() => closeDialog('leave')}
          />
        ) : null}
        <ListPlugin />
        <LinkPlugin validateUrl={isAllowedLinkUrl} attributes={LINK_ATTRIBUTES} />
        <MarkdownShortcutPlugin transformers={BODY_TRANSFORMERS} />
        <ChangePlugin onChange={onChange} />
        <EditablePlugin editable={!readOnly} />
      </div>
    </BodyImageContext.Provider>
  );
}

/**
 * The body of one translation: a Lexical rich-text editor holding paragraphs, two levels of
 * headings, quotes, lists, links and photos, with bold and italic; every top-level block
 * keeps a block id, and in a translation a link to the original block it translates.
 */
export function BodyEditor(props: BodyEditorProps) {
  const { lang, initial, readOnly } = props;
  // Read once: the editor owns its content after the first render.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: `tandem-body-${lang}`,
    nodes: [...BODY_NODES],
    theme: bodyTheme,
    editable: !readOnly,
    onError: (error: Error) => console.error(error),
    // An empty body starts with one empty paragraph, as a fresh editor does.
    editorState: initial.root.children.length > 0 ? JSON.stringify(initial) : undefined,
  }));

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <BodyEditorView {...props} />
    </LexicalComposer>
  );
}
