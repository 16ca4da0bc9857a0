import { useId, useState } from 'react';
import type { ExportResult } from '../../../shared/contract';
import { changeSummary, durationLabel, fileCount, sizeLabel } from './format';
import { ProblemList } from './ProblemList';

/** `Export result`: where the bundle is, how big, what changed since the last export, and the warnings it was made with. */
export function ExportResultSummary({ result }: { result: ExportResult }) {
  const changed = result.written + result.removed;
  return (
    <section className="export-result" role="region" aria-label="Export result">
      <h3>{changed === 0 ? 'The bundle is up to date' : 'The bundle is written'}</h3>
      <dl className="export-facts">
        <dt>Folder</dt>
        <dd>
          <code className="export-path">{result.outDir}</code>
        </dd>
        {result.zipPath ? (
          <>
            <dt>Zip</dt>
            <dd>
              <code className="export-path">{result.zipPath}</code>
            </dd>
          </>
        ) : null}
        <dt>Size</dt>
        <dd>
          {fileCount(result.files)}, {sizeLabel(result.bytes)}
        </dd>
        <dt>Changes</dt>
        <dd>{changeSummary(result.written, result.removed, result.unchanged)}</dd>
        <dt>Made</dt>
        <dd>
          {result.incremental
            ? 'Incrementally: pages whose articles had not changed since the last export to this folder were not rendered again'
            : 'In full: every page was rendered'}
        </dd>
        <dt>Took</dt>
        <dd>{durationLabel(result.durationMs)}</dd>
      </dl>
      {result.warnings.length > 0 ? (
        <>
          <p className="export-problem-count">{result.warnings.length === 1 ? 'Made with 1 warning:' : `Made with ${result.warnings.length.toLocaleString('en')} warnings:`}</p>
          <ProblemList problems={result.warnings} label="Warnings" />
        </>
      ) : (
        <p className="muted">Made with no warnings.</p>
      )}
      <ChangedFiles paths={result.changedPaths} changed={changed} />
    </section>
  );
}

function ChangedFiles({ paths, changed }: { paths: readonly string[]; changed: number }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (changed === 0) return <p className="muted">No file changed since the last export to this folder.</p>;
  return (
    <div className="export-changed">
      <button type="button" className="button button-small" aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
        Changed files
      </button>{' '}
      <span className="muted">{paths.length < changed ? `the first ${paths.length.toLocaleString('en')} of ${fileCount(changed)}` : fileCount(changed)}</span>
      <ul id={listId} className="export-changed-list" aria-label="Changed files" hidden={!open}>
        {paths.map((path) => (
          <li key={path}>
            <code>{path}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}
