import type { ReactNode } from 'react';

/** A deliberate empty, loading or failure state: a heading, a sentence, and what to do next. */
export function StateMessage(props: {
  tone: 'empty' | 'loading' | 'error';
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  headingLevel?: 1 | 2;
}) {
  const Heading = props.headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className={`state-message state-${props.tone}`} aria-busy={props.tone === 'loading' || undefined}>
      {props.tone === 'loading' ? <span className="spinner" aria-hidden="true" /> : null}
      <Heading className="state-title">{props.title}</Heading>
      {props.children ? <div className="state-body">{props.children}</div> : null}
      {props.actions ? <div className="state-actions">{props.actions}</div> : null}
    </section>
  );
}
