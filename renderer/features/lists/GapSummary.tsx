import type { ListGaps } from '../../../shared/contract';
import { gapCounts } from './labels';
import { useTranslation } from 'react-i18next';

/** `Missing a language: N`, `Stale: N`, `Not ready: N`, and the `Only items needing attention` filter. */
export function GapSummary(props: { gaps: ListGaps; onlyAttention: boolean; onOnlyAttention(on: boolean): void }) {
  const { t } = useTranslation();
  return (
    <div className="lists-gaps">
      <ul className="lists-gap-counts" aria-label={t('lists.gaps')}>
        {gapCounts(props.gaps).map((g) => (
          <li key={g.key} className={g.count > 0 ? 'lists-gap lists-gap-some' : 'lists-gap'}>
            {t('lists.gapCount', { label: g.label, n: g.count })}
          </li>
        ))}
      </ul>
      <label className="toggle">
        <input type="checkbox" checked={props.onlyAttention} onChange={(e) => props.onOnlyAttention(e.target.checked)} />
        {t('lists.onlyAttention')}
      </label>
    </div>
  );
}
