import { createContext, useContext } from 'react';

/** What a photo's view needs of the body it sits in (BodyEditor provides it). */
export interface BodyImageContextValue {
  /** The body's language: names its textboxes (`Caption (ru)`) and marks what is typed in them. */
  lang: string;
  /** The body's own blur: a caption typed and left is saved as promptly as the body's text. */
  onBlur(): void;
}

export const BodyImageContext = createContext<BodyImageContextValue | null>(null);

export function useBodyImageContext(): BodyImageContextValue {
  const value = useContext(BodyImageContext);
  if (!value) throw new Error('A photo of a body renders only inside BodyEditor');
  return value;
}
