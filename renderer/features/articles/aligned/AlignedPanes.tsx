import { memo, useCallback, useMemo, useRef, useState } from 'react';
import type { Article } from '../../../../shared/contract';
import type { Guidance } from '../../../../shared/domain/guidance';
import { alignBlocks, healthOf, type AlignedRow } from '../../../../shared/editor/alignment';
import type { BlockInfo, OriginalBlock } from '../../../../shared/editor/blocks';
import type { BodyEditorHandle } from '../../../editor/BodyEditor';
import type { Autosave } from '../autosave';
import { TranslationPane } from '../TranslationPane';
import type { DraftPatch } from '../useTranslationAutosave';
import { BlockMarkers } from './BlockMarkers';
import { useAlignedLayout } from './useAlignedLayout';

const NO_ORIGINAL: OriginalBlock = { id: '', hash: '', text: '' };

export interface AlignedPanesProps {
  article: Article;
  originalLang: string;
  /** The translation shown beside the original; null when the workspace has one language. */
  translationLang: string | null;
  swapped: boolean;
  paneVersions: Readonly<Record<string, number>>;
  autosave: Autosave<DraftPatch>;
  readOnly: boolean;
  guidance: Guidance;
  historyLang: string | null;
  onTitleChange(lang: string, title: string): void;
  onDraft(lang: string, patch: DraftPatch): void;
  onOpenHistory(lang: string): void;
}

/**
 * The original and one translation side by side, block beside block: pairs linked by the
 * translation line up, stale and missing blocks are marked beside the translation, and
 * both scroll as one because they sit in one column grid.
 */
export const AlignedPanes = memo(function AlignedPanes(props: AlignedPanesProps) {
  const { article, originalLang, translationLang, swapped, autosave, readOnly } = props;
  const [blocks, setBlocks] = useState<Record<string, BlockInfo[]>>({});
  const originalEditor = useRef<BodyEditorHandle | null>(null);
  const translationEditor = useRef<BodyEditorHandle | null>(null);
  const origin = useRef<HTMLDivElement | null>(null);

  const onBlocks = useCallback((lang: string, list: BlockInfo[]) => setBlocks((all) => ({ ...all, [lang]: list })), []);

  const originalBlocks = blocks[originalLang] ?? null;
  const translationBlocks = translationLang ? (blocks[translationLang] ?? null) : null;
  const translationExists = translationLang !== null && autosave.revision(translationLang) > 0;
  const rows: AlignedRow[] | null = useMemo(
    () => (originalBlocks && translationBlocks && translationExists ? alignBlocks(originalBlocks, translationBlocks) : null),
    [originalBlocks, translationBlocks, translationExists],
  );
  const health = useMemo(() => (rows ? healthOf(rows) : null), [rows]);
  const { markers, schedule } = useAlignedLayout({ rows, original: originalEditor, translation: translationEditor, origin });

  const markUpToDate = (row: AlignedRow) => {
    if (!row.translation) return;
    // A removed original: linking to no block clears the link, and the block stands as the translator's own.
    translationEditor.current?.markUpToDate(row.translation.id, row.original ?? NO_ORIGINAL);
  };

  const translate = (row: AlignedRow) => {
    if (!row.original || !rows) return;
    const index = rows.indexOf(row);
    let after: string | null = null;
    for (let i = index - 1; i >= 0; i--) {
      const t = rows[i]?.translation;
      if (t) {
        after = t.id;
        break;
      }
    }
    // A photo of the original is placed in the translation as the same photo, its texts still to write.
    const mediaId = originalEditor.current?.imageOf(row.original.id) ?? null;
    translationEditor.current?.insertTranslationBlock({ ...row.original, mediaId }, after);
  };

  const langs = translationLang ? [originalLang, translationLang] : [originalLang];
  const ordered = swapped ? [...langs].reverse() : langs;

  return (
    <div className={`panes panes-${ordered.length}`}>
      {ordered.map((lang) => {
        const isOriginal = lang === originalLang;
        const translationSide = ordered.indexOf(lang) === 0 ? 'right' : 'left';
        return (
          <TranslationPane
            key={`${lang}:${props.paneVersions[lang] ?? 0}`}
            lang={lang}
            translation={article.translations.find((t) => t.lang === lang) ?? null}
            autosave={autosave}
            readOnly={readOnly}
            isOriginal={isOriginal}
            onTitleChange={props.onTitleChange}
            onDraft={props.onDraft}
            guidance={props.guidance}
            health={isOriginal ? null : health}
            editorRef={isOriginal ? originalEditor : translationEditor}
            originalBlocks={isOriginal ? null : originalBlocks}
            onBlocks={onBlocks}
            onLayout={schedule}
            onOpenHistory={props.onOpenHistory}
            historyOpen={props.historyLang === lang}
            bodyOverlay={
              isOriginal ? null : (
                <div className="marker-origin" ref={origin}>
                  {rows ? (
                    <BlockMarkers
                      markers={markers}
                      rows={rows}
                      originalLang={originalLang}
                      readOnly={readOnly}
                      side={translationSide}
                      onMarkUpToDate={markUpToDate}
                      onTranslate={translate}
                    />
                  ) : null}
                </div>
              )
            }
          />
        );
      })}
    </div>
  );
});
