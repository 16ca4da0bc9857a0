import { useTranslation } from 'react-i18next';
import type { Section } from '../../../shared/contract';
import { STATUSES, type Status } from '../../../shared/domain/status';
import { sectionName, statusLabel } from './format';

/** The status and section filters, as the article list and the article pickers show them. */

export function StatusFilter(props: { value: Status | ''; onChange: (status: Status | '') => void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={t('articles.filterStatus')} value={props.value} onChange={(e) => props.onChange(e.target.value as Status | '')}>
      <option value="">{t('articles.anyStatus')}</option>
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {statusLabel(s)}
        </option>
      ))}
    </select>
  );
}

export function SectionFilter(props: { sections: readonly Section[]; value: string; onChange: (section: string) => void }) {
  const { t } = useTranslation();
  return (
    <select aria-label={t('articles.filterSection')} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      <option value="">{t('articles.allSections')}</option>
      {props.sections.map((s) => (
        <option key={s.id} value={s.id}>
          {sectionName(props.sections, s.id)}
        </option>
      ))}
    </select>
  );
}
