import fs from 'node:fs';
import path from 'node:path';
import { TandemError } from '../errors';

/** For tests: writes `files` (path inside `root` → text) and returns `root`. */
export function writeTree(root: string, files: Readonly<Record<string, string | Buffer>>): string {
  for (const [name, content] of Object.entries(files)) {
    const target = path.join(root, ...name.split('/'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return root;
}

/** For tests: a Markdown file with YAML front matter from `fields` (values written as JSON, which YAML reads). */
export function markdownFile(fields: Readonly<Record<string, unknown>>, body: string): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n${body}`;
}

/** For tests: the TandemError a promise rejects with (anything else, or none, fails the test). */
export async function rejectionOf(promise: Promise<unknown>): Promise<TandemError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof TandemError) return e;
    throw e;
  }
  throw new Error('the promise did not reject');
}
