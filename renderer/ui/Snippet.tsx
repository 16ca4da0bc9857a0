import type { SnippetPart } from '../../shared/contract';

/** A search snippet: plain text runs, the matched words in <mark>. Text only, never markup. */
export function Snippet({ parts, lang }: { parts: readonly SnippetPart[]; lang?: string }) {
  return (
    <p className="snippet" lang={lang}>
      {parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
