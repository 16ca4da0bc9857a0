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
  return (
    <StateMessage
      tone="error"
      headingLevel={props.headingLevel}
      title={props.error?.code === 'network' ? 'Tandem is not answering' : props.title}
      actions={
        <button type="button" className={props.primary ? 'button button-primary' : 'button'} onClick={props.onRetry}>
          Retry
        </button>
      }
    >
      <p>{props.error?.message}</p>
    </StateMessage>
  );
}
