import { useTranslation } from 'react-i18next';
import type { CallError } from '../api';
import { StateMessage } from './StateMessage';

/**
 * A call that failed where the page needs its answer: "Tandem is not answering" when the
 * host or shell did not answer, `title` otherwise, the message, and Retry.
 */
export function FailedState(props: {
  title: string;
  error: Pick<CallError, 'code' | 'message'> | null;
  onRetry(): void;
  headingLevel?: 1 | 2;
  /** Retry is the page's main action (a whole page failed, not a part of it). */
  primary?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <StateMessage
      tone="error"
      headingLevel={props.headingLevel}
      title={props.error?.code === 'network' ? t('common.notAnswering') : props.title}
      actions={
        <button type="button" className={props.primary ? 'button button-primary' : 'button'} onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      }
    >
      <p>{props.error?.message}</p>
    </StateMessage>
  );
}
