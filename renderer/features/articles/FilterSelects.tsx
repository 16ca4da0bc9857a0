import type { Section } from '../../../shared/contract';
import { STATUSES, type Status } from '../../../shared/domain/status';
import { sectionName, STATUS_LABELS } from './format';

/** The status and section filters, as the article list and the article pickers show them. */

export function StatusFilter(props: { value: Status | ''; onChange: (status: Status | '') => void }) {
  return (
    <select aria-label="Filter by status" value={props.value} onChange={(e) => props.onChange(e.target.value as Status | '')}>
      <option value="">Any status</option>
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {STATUS_LABELS[s]}
        </option>
      ))}
    </select>
  );
}

export function SectionFilter(props: { sections: readonly Section[]; value: string; onChange: (section: string) => void }) {
  return (
    <select aria-label="Filter by section" value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      <option value="">All sections</option>
      {props.sections.map((s) => (
        <option key={s.id} value={s.id}>
          {sectionName(props.sections, s.id)}
        </option>
      ))}
    </select>
  );
}
