import type { Piece } from './collapse';
import type { FieldChanges } from './compare';
import { useTranslation } from 'react-i18next';

function PieceView({ piece }: { piece: Piece }) {
  const { t } = useTranslation();
  switch (piece.kind) {
    case 'same':
      return <>{piece.text}</>;
    case 'added':
      return <ins>{piece.text}</ins>;
    case 'removed':
      return <del>{piece.text}</del>;
    case 'gap':
      return (
        <span className="history-gap" title={t('history.gap')}>
          …
        </span>
      );
  }
}

/** What changed from a version to the current text: each changed field, its changes marked. */
export function ChangesView({ changes, lang }: { changes: readonly FieldChanges[]; lang: string }) {
  const { t } = useTranslation();
  return (
    <section className="history-changes" aria-label={t('history.changes')}>
      {changes.length === 0 ? (
        <p className="history-identical">{t('history.identical')}</p>
      ) : (
        changes.map((field) => (
          <div className={`history-field history-field-${field.field}`} key={field.field}>
            <h4 className="history-field-label">{field.label}</h4>
            <div className="history-field-text" lang={lang}>
              {field.lines.map((line, i) => (
                <p key={i}>
                  {line.map((piece, j) => (
                    <PieceView key={j} piece={piece} />
                  ))}
                </p>
              ))}
            </div>
          </div>
        ))
      )}
    </section>
  );
}
