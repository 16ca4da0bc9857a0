import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Body } from '../../shared/editor/nodes';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The reference the keystroke target was set against: two bare Lexical rich-text editors
 * side by side, holding the same bodies, with Lexical's history and nothing of Tandem's
 * (no block ids, links, alignment, toolbar or autosave). Built here with esbuild from the
 * installed Lexical, so it is the same version the app runs.
 */
const SOURCE = `
import { createEditor } from 'lexical';
import { registerRichText, HeadingNode, QuoteNode } from '@lexical/rich-text';
import { registerHistory, createEmptyHistoryState } from '@lexical/history';
for (const [lang, body] of Object.entries(window.__bareBodies)) {
  const root = document.getElementById('bare-' + lang);
  const editor = createEditor({ namespace: 'bare-' + lang, nodes: [HeadingNode, QuoteNode], onError: (e) => { throw e; } });
  editor.setRootElement(root);
  registerRichText(editor);
  registerHistory(editor, createEmptyHistoryState(), 300);
  editor.setEditorState(editor.parseEditorState(JSON.stringify(body)));
}
`;

const STYLE = `
  body { margin: 0; font-family: Georgia, serif; }
  .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 44px; max-width: 1400px; margin: 24px auto; padding: 0 32px; }
  [contenteditable] { padding: 10px 12px; border: 1px solid #ccc; font-size: 16.5px; line-height: 1.62; overflow-wrap: break-word; hyphens: auto; }
  p { margin: 0 0 0.8em; }
`;

/** A page holding the bare pair, its editors named `Bare (ru)` and `Bare (en)`. */
export async function bareLexicalPage(bodies: { ru: Body; en: Body }): Promise<string> {
  const result = await build({
    stdin: { contents: SOURCE, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const script = result.outputFiles[0]?.text ?? '';
  const data = JSON.stringify(bodies).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><style>${STYLE}</style></head><body>
<div class="pair">
  <div id="bare-ru" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Bare (ru)" lang="ru" spellcheck="true"></div>
  <div id="bare-en" contenteditable="true" role="textbox" aria-multiline="true" aria-label="Bare (en)" lang="en" spellcheck="true"></div>
</div>
<script>window.__bareBodies = ${data};</script>
<script>${script.replace(/<\/script/gi, '<\\/script')}</script>
</body></html>`;
}
