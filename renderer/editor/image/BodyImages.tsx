import { mergeRegister } from '@lexical/utils';
import {
  $getRoot,
  COMMAND_PRIORITY_HIGH,
  DRAGOVER_COMMAND,
  DROP_COMMAND,
  PASTE_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useCallback, useEffect, useRef, useState, type DragEvent as ReactDragEvent, type ReactNode } from 'react';
import type { Media } from '../../../shared/contract';
import { MEDIA_ACCEPT } from '../../../shared/domain/media';
import { importFiles, pickFiles, refusedMessage, type ImportOutcome } from '../../api/media';
import { useApp } from '../../app/context';
import { MediaPicker } from '../../features/media/MediaPicker';
import { mediaCacheFor } from './mediaCache';
import { $targetAtSelection, dragHasImages, dropTarget, imageFiles, insertImages, pastedImages, type BlockBox, type ImageTarget } from './insert';
import { i18n } from '../../i18n';

/** What a body does with photo files pasted or dropped on it. */
export interface ImageTransferHandlers {
  /** Image files to add to the library and place at `target`. */
  onFiles(files: File[], target: ImageTarget): void;
  /** Image files are being dragged over the body (true), or no longer (false). */
  onDragging(dragging: boolean): void;
}

/** Where each top-level block is on screen, for a drop. */
function $blockBoxes(editor: LexicalEditor): BlockBox[] {
  const boxes: BlockBox[] = [];
  for (const block of $getRoot().getChildren()) {
    const element = editor.getElementByKey(block.getKey());
    if (!element) continue;
    const rect = element.getBoundingClientRect();
    boxes.push({ key: block.getKey(), top: rect.top, bottom: rect.bottom });
  }
  return boxes;
}

/**
 * Photos by paste and drop. A paste of image files with no words (a copied image, a
 * screenshot) adds them below the block with the caret, before Lexical's own paste and
 * Tandem's plain-text paste (paste.ts) see it; any paste with words goes on to those
 * unchanged. Image files dropped on the body go between the blocks nearest the drop. Other
 * drops are left to Lexical, as before.
 */
export function registerImageTransfer(editor: LexicalEditor, handlers: ImageTransferHandlers): () => void {
  return mergeRegister(
    editor.registerCommand(
      PASTE_COMMAND,
      (event) => {
        const files = pastedImages('clipboardData' in event ? event.clipboardData : null);
        if (files.length === 0) return false;
        event.preventDefault();
        handlers.onFiles(files, $targetAtSelection());
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DRAGOVER_COMMAND,
      (event) => {
        if (!dragHasImages(event.dataTransfer)) return false;
        event.preventDefault();
        if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
        handlers.onDragging(true);
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
    editor.registerCommand(
      DROP_COMMAND,
      (event) => {
        handlers.onDragging(false);
        const files = imageFiles(event.dataTransfer);
        if (files.length === 0) return false;
        event.preventDefault();
        handlers.onFiles(files, dropTarget($blockBoxes(editor), event.clientY));
        return true;
      },
      COMMAND_PRIORITY_HIGH,
    ),
  );
}

/** "Adding photo…", "Adding 3 photos…". */
export function addingMessage(count: number): string {
  return i18n.t('media.adding', { count: Math.max(1, count) });
}

export interface BodyImages {
  /** The toolbar's `Insert photo`: the system's file dialog (desktop) or the file input (browser). */
  insertPhoto(): void;
  /** The toolbar's `Photo from library`. */
  openLibrary(): void;
  /** Files are being dragged over the body: highlight it. */
  dropping: boolean;
  /** For the body's surface: ends the highlight when the drag leaves it. */
  surfaceProps: {
    onDragLeave(event: ReactDragEvent<HTMLElement>): void;
    onDrop(): void;
  };
  /** The hidden file input behind `Insert photo`, for inside the toolbar. */
  fileInput: ReactNode;
  /** The picker dialog and the `Adding photo…` status, for under the toolbar. */
  controls: ReactNode;
}

/**
 * Adding photos to one body: from files (toolbar, paste, drop) or from the library. Files
 * are added to the library in the background, with a status line while they are, and
 * placed when they are in: typing goes on meanwhile. Refused files are told in a toast.
 */
export function useBodyImages(editor: LexicalEditor, lang: string, readOnly: boolean): BodyImages {
  const { client, notify } = useApp();
  const [pending, setPending] = useState(0);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [dropping, setDropping] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  /** Where the photos go: captured when the user asked, used when they are in the library. */
  const target = useRef<ImageTarget | null>(null);

  const targetNow = useCallback(() => editor.getEditorState().read($targetAtSelection), [editor]);

  const add = useCallback(
    async (count: number, at: ImageTarget, work: () => Promise<ImportOutcome>) => {
      setPending((n) => n + count);
      try {
        const outcome = await work();
        const cache = mediaCacheFor(client);
        for (const { media } of outcome.imported) cache.put(media);
        insertImages(
          editor,
          outcome.imported.map(({ media }) => media.id),
          at,
        );
        if (outcome.refused.length > 0) notify({ message: refusedMessage(outcome.refused) });
      } catch {
        notify({ message: i18n.t('bodyPhoto.notAdded') });
      } finally {
        setPending((n) => n - count);
      }
    },
    [client, editor, notify],
  );

  const addFiles = useCallback(
    (files: File[], at: ImageTarget) => {
      if (files.length > 0) void add(files.length, at, () => importFiles(client, files));
    },
    [add, client],
  );

  useEffect(() => registerImageTransfer(editor, { onFiles: addFiles, onDragging: setDropping }), [editor, addFiles]);

  const insertPhoto = useCallback(() => {
    if (readOnly) return;
    const at = targetNow();
    if (client.transport === 'desktop') {
      void add(1, at, () => pickFiles(client, true));
      return;
    }
    target.current = at;
    fileInput.current?.click();
  }, [add, client, readOnly, targetNow]);

  const openLibrary = useCallback(() => {
    if (readOnly) return;
    target.current = targetNow();
    setPickerOpen(true);
  }, [readOnly, targetNow]);

  const chooseFromLibrary = (media: Media) => {
    mediaCacheFor(client).put(media);
    insertImages(editor, [media.id], target.current ?? targetNow());
    target.current = null;
  };

  const fileInputElement = (
    <input
      ref={fileInput}
      className="body-image-file-input"
      type="file"
      accept={MEDIA_ACCEPT}
      multiple={true}
      tabIndex={-1}
      aria-label={i18n.t('bodyPhoto.chooseFiles', { lang })}
      disabled={readOnly}
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        addFiles(files, target.current ?? targetNow());
        target.current = null;
      }}
    />
  );

  const controls = (
    <>
      {pending > 0 ? (
        <div className="body-image-status" role="status">
          {addingMessage(pending)}
        </div>
      ) : null}
      <MediaPicker
        open={pickerOpen}
        title={i18n.t('bodyPhoto.fromLibrary', { lang })}
        onClose={() => setPickerOpen(false)}
        onChoose={chooseFromLibrary}
      />
    </>
  );

  return {
    insertPhoto,
    openLibrary,
    dropping,
    fileInput: fileInputElement,
    surfaceProps: {
      onDragLeave(event) {
        const next = event.relatedTarget;
        if (next instanceof Node && event.currentTarget.contains(next)) return;
        setDropping(false);
      },
      onDrop() {
        setDropping(false);
      },
    },
    controls,
  };
}
