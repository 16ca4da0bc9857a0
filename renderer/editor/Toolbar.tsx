import { FORMAT_TEXT_COMMAND, REDO_COMMAND, UNDO_COMMAND, type LexicalEditor } from 'lexical';
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { toggleBlockType, type BlockType } from './blockType';
import { toolbarTitles } from './shortcuts';
import { useToolbarState } from './useToolbarState';
import { useTranslation } from 'react-i18next';

interface Tool {
  key: string;
  /** The accessible name. */
  name: string;
  title: string;
  glyph: ReactNode;
  /** Present on toggles: whether the selection has it. */
  pressed?: boolean;
  disabled: boolean;
  run(): void;
  /** Starts a group (a thin divider before it). */
  group?: boolean;
}

function Icon({ d }: { d: string }) {
  return (
    <svg className="body-tool-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

const ICONS = {
  quote: 'M4 13c0-4 1.5-6 4-7M11 13c0-4 1.5-6 4-7M4 13h3v3H4zM11 13h3v3h-3z',
  bullet: 'M8 5h9M8 10h9M8 15h9M3.5 5h.01M3.5 10h.01M3.5 15h.01',
  number: 'M8 5h9M8 10h9M8 15h9M3 4l1-.5V7M3 13h2l-2 3h2',
  link: 'M8.5 11.5a3 3 0 0 0 4.2 0l2.6-2.6a3 3 0 0 0-4.2-4.2l-1 1M11.5 8.5a3 3 0 0 0-4.2 0l-2.6 2.6a3 3 0 0 0 4.2 4.2l1-1',
  undo: 'M7 5L3.5 8.5 7 12M4 8.5h8a4.5 4.5 0 0 1 0 9H9',
  redo: 'M13 5l3.5 3.5L13 12M16 8.5H8a4.5 4.5 0 0 0 0 9h3',
  photo: 'M3 5.5h14v10H3zM3 13l4-4 3.5 3.5L13 10l4 4M13.5 7.5h.01',
  library: 'M6 3.5h11v9H6zM6 10l3-3 2.5 2.5L13 8l4 4M3 6.5v10h11',
} as const;

export interface ToolbarProps {
  editor: LexicalEditor;
  lang: string;
  readOnly: boolean;
  onLink(): void;
  /** `Insert photo`: photo files from the computer. */
  onInsertPhoto(): void;
  /** `Photo from library`: a photo already in the library. */
  onPhotoFromLibrary(): void;
  /** Kept in the toolbar after its buttons, out of its arrow-key order: the photo file input. */
  children?: ReactNode;
}

/**
 * The body's formatting toolbar (WAI-ARIA toolbar: one tab stop, arrow keys move between
 * buttons). Buttons never take focus on click, so the text keeps its selection.
 */
export function Toolbar({ editor, lang, readOnly, onLink, onInsertPhoto, onPhotoFromLibrary, children }: ToolbarProps) {
  const state = useToolbarState(editor);
  const { t, i18n } = useTranslation();
  // Made again when the interface changes language.
  const titles = useMemo(toolbarTitles, [i18n.language]);
  const [active, setActive] = useState(0);
  const buttons = useRef<Array<HTMLButtonElement | null>>([]);

  const block = (type: Exclude<BlockType, 'paragraph'>, name: string, glyph: ReactNode, group = false): Tool => ({
    key: type,
    name,
    title: titles[type],
    glyph,
    pressed: state.block === type,
    disabled: readOnly,
    run: () => toggleBlockType(editor, type),
    group,
  });

  const tools: Tool[] = [
    {
      key: 'bold',
      name: t('bodyEditor.bold'),
      title: titles.bold,
      glyph: <b>B</b>,
      pressed: state.bold,
      disabled: readOnly,
      run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
    },
    {
      key: 'italic',
      name: t('bodyEditor.italic'),
      title: titles.italic,
      glyph: <i>I</i>,
      pressed: state.italic,
      disabled: readOnly,
      run: () => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
    },
    block('h2', t('bodyEditor.heading'), <span className="body-tool-text">H2</span>, true),
    block('h3', t('bodyEditor.subheading'), <span className="body-tool-text">H3</span>),
    block('quote', t('bodyEditor.quote'), <Icon d={ICONS.quote} />),
    block('bullet', t('bodyEditor.bulleted'), <Icon d={ICONS.bullet} />),
    block('number', t('bodyEditor.numbered'), <Icon d={ICONS.number} />),
    { key: 'link', name: t('bodyEditor.link'), title: titles.link, glyph: <Icon d={ICONS.link} />, disabled: readOnly, run: onLink, group: true },
    {
      key: 'photo',
      name: t('bodyEditor.insertPhoto'),
      title: t('bodyEditor.insertPhotoTitle'),
      glyph: <Icon d={ICONS.photo} />,
      disabled: readOnly,
      run: onInsertPhoto,
      group: true,
    },
    {
      key: 'library',
      name: t('bodyEditor.photoFromLibrary'),
      title: t('bodyEditor.photoFromLibrary'),
      glyph: <Icon d={ICONS.library} />,
      disabled: readOnly,
      run: onPhotoFromLibrary,
    },
    {
      key: 'undo',
      name: t('bodyEditor.undo'),
      title: titles.undo,
      glyph: <Icon d={ICONS.undo} />,
      disabled: readOnly || !state.canUndo,
      run: () => editor.dispatchCommand(UNDO_COMMAND, undefined),
      group: true,
    },
    {
      key: 'redo',
      name: t('bodyEditor.redo'),
      title: titles.redo,
      glyph: <Icon d={ICONS.redo} />,
      disabled: readOnly || !state.canRedo,
      run: () => editor.dispatchCommand(REDO_COMMAND, undefined),
    },
  ];

  const enabled = tools.map((tool, i) => (tool.disabled ? -1 : i)).filter((i) => i >= 0);
  // The tab stop: the button last moved to, or the first one that can be used.
  const tabStop = enabled.includes(active) ? active : (enabled[0] ?? -1);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (enabled.length === 0) return;
    const at = Math.max(0, enabled.indexOf(tabStop));
    let next: number | undefined;
    if (event.key === 'ArrowRight') next = enabled[(at + 1) % enabled.length];
    else if (event.key === 'ArrowLeft') next = enabled[(at - 1 + enabled.length) % enabled.length];
    else if (event.key === 'Home') next = enabled[0];
    else if (event.key === 'End') next = enabled[enabled.length - 1];
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    buttons.current[next]?.focus();
  };

  return (
    <div
      className="body-toolbar"
      role="toolbar"
      aria-label={t('bodyEditor.formatting', { lang })}
      aria-orientation="horizontal"
      onKeyDown={onKeyDown}
      // Clicks keep the focus (and so the selection) in the text.
      onMouseDown={(event) => event.preventDefault()}
    >
      {tools.map((tool, i) => (
        <button
          key={tool.key}
          ref={(element) => {
            buttons.current[i] = element;
          }}
          type="button"
          className={`body-tool${tool.group ? ' body-tool-group' : ''}`}
          aria-label={tool.name}
          aria-pressed={tool.pressed}
          aria-haspopup={tool.key === 'link' || tool.key === 'library' ? 'dialog' : undefined}
          title={tool.title}
          disabled={tool.disabled}
          tabIndex={i === tabStop ? 0 : -1}
          onFocus={() => setActive(i)}
          onClick={tool.run}
        >
          {tool.glyph}
        </button>
      ))}
      {children}
    </div>
  );
}
