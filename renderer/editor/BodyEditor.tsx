import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { $getRoot, HISTORY_MERGE_TAG, type EditorState } from 'lexical';
import { useEffect, useState } from 'react';
import type { Body } from '../../shared/editor/nodes';
import { BODY_NODES } from './nodes';
import { bodyTheme } from './theme';

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
      // The editor registers only the node types shared/editor/nodes.ts describes.
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

export interface BodyEditorProps {
  lang: string;
  /** The accessible name, `Body (ru)`. */
  label: string;
  initial: Body;
  readOnly: boolean;
  placeholder: string;
  onChange(body: BodySnapshot): void;
  onBlur(): void;
}

function ChangePlugin({ onChange }: { onChange: (body: BodySnapshot) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        // Selection moves, the initial load and history merges are not edits.
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (tags.has(HISTORY_MERGE_TAG) || prevEditorState.isEmpty()) return;
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

/** The body of one translation: a Lexical rich-text editor (paragraphs for now). */
export function BodyEditor(props: BodyEditorProps) {
  const { lang, label, initial, readOnly, placeholder, onChange, onBlur } = props;
  // Read once: the editor owns its content after the first render.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: `tandem-body-${lang}`,
    nodes: BODY_NODES,
    theme: bodyTheme,
    editable: !readOnly,
    onError: (error: Error) => console.error(error),
    // An empty body starts with one empty paragraph, as a fresh editor does.
    editorState: initial.root.children.length > 0 ? JSON.stringify(initial) : undefined,
  }));

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="body-editor">
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
              placeholder={<div className="body-placeholder" lang={lang}>{placeholder}</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
        <HistoryPlugin />
        <ChangePlugin onChange={onChange} />
        <EditablePlugin editable={!readOnly} />
      </div>
    </LexicalComposer>
  );
}
