import { useId } from 'react';
import type { PreflightProblem } from '../../../shared/contract';
import { hrefFor } from '../../app/router';
import { blockingFirst, fixLinks } from './format';
import { useTranslation } from 'react-i18next';
import { said } from '../../i18n';

/** Problems, blocking first, each with what is wrong and a link to where it is fixed. */
export function ProblemList(props: {
  problems: readonly PreflightProblem[];
  label: string;
  /** Takes the editor to the `Base URL` field, for a problem with the settings. */
  onSetBaseUrl?: () => void;
}) {
  return (
    <ul className="export-problems" aria-label={props.label}>
      {blockingFirst(props.problems).map((problem, i) => (
        <ProblemEntry key={i} problem={problem} onSetBaseUrl={props.onSetBaseUrl} />
      ))}
    </ul>
  );
}

function ProblemEntry({ problem, onSetBaseUrl }: { problem: PreflightProblem; onSetBaseUrl?: () => void }) {
  const { t } = useTranslation();
  const messageId = useId();
  const blocking = problem.severity === 'blocking';
  return (
    <li className={blocking ? 'export-problem export-problem-blocking' : 'export-problem'}>
      <span className={blocking ? 'export-severity export-severity-blocking' : 'export-severity'}>{blocking ? t('export.severityBlocking') : t('export.severityWarning')}</span>
      <span className="export-problem-message" id={messageId}>
        {said(problem)}
      </span>
      <span className="export-problem-links">
        {fixLinks(problem).map((link) => (
          <a
            key={`${link.kind}:${link.id}`}
            href={hrefFor(link.kind === 'article' ? { page: 'article', id: link.id } : { page: 'list', id: link.id })}
            aria-describedby={messageId}
          >
            {link.label}
          </a>
        ))}
        {problem.kind === 'base-url' && onSetBaseUrl ? (
          <button type="button" className="button button-small" aria-describedby={messageId} onClick={onSetBaseUrl}>
            {t('export.setBaseUrl')}
          </button>
        ) : null}
      </span>
    </li>
  );
}
