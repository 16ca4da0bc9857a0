/**
 * A scheme at the start of an address (`https:`, `javascript:`), as browsers read it: they
 * skip leading spaces and control characters, and ignore tabs and newlines inside it.
 */
// eslint-disable-next-line no-control-regex
const SCHEME = /^[\s\u0000-\u001F]*([a-z][a-z0-9+.\-\t\n\r]*):/i;

/**
 * An address as the model gives it, checked before it goes into an `href`, `src` or
 * `srcset`: relative addresses and web addresses (`http:`, `https:`) pass; anything else
 * (`javascript:`, `data:`, `file:`) means the export made a wrong address, and the page is
 * not written rather than carrying it. The pages' policy would refuse such addresses too;
 * this keeps them out of the files.
 */
export function address(value: string): string {
  const scheme = SCHEME.exec(value)?.[1]?.replace(/[\t\n\r]/g, '').toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    throw new Error(`The export made the address "${value}", which is not a web address or a path in the bundle.`);
  }
  return value;
}

/** A `srcset` of bundle files: each address checked, with no spaces or commas that would split it. */
export function srcset(files: ReadonlyArray<{ src: string; width: number }>): string {
  return files
    .map((file) => {
      if (/[\s,]/.test(file.src)) throw new Error(`The image address "${file.src}" cannot stand in a srcset.`);
      return `${address(file.src)} ${Math.round(file.width)}w`;
    })
    .join(', ');
}
