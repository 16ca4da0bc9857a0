import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const registered: unknown[] = [];
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: (schemes: unknown) => registered.push(schemes) } }));
const { registerAppScheme, rendererResponse, resolveRendererFile } = await import('./protocol');
const { CONTENT_SECURITY_POLICY } = await import('../../shared/security/contentSecurityPolicy');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'tandem-protocol-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(dir, 'assets', 'app.js'), 'export {}');
  writeFileSync(path.join(dir, '.secret'), 'no');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the app scheme', () => {
  it('maps tandem://app/ URLs to files of the built renderer', () => {
    expect(resolveRendererFile(dir, 'tandem://app/')).toBe(path.join(dir, 'index.html'));
    expect(resolveRendererFile(dir, 'tandem://app/assets/app.js')).toBe(path.join(dir, 'assets', 'app.js'));
    expect(resolveRendererFile(dir, 'tandem://app/articles/123')).toBe(path.join(dir, 'index.html'));
  });

  it('refuses anything outside the folder, other hosts, dot-files and missing assets', () => {
    // Whatever a crafted path resolves to, it is never a file outside the renderer.
    for (const url of ['tandem://app/%2e%2e/%2e%2e/etc/passwd', 'tandem://app/..%2f..%2fetc%2fpasswd', 'tandem://app/%2Fetc%2Fpasswd', 'tandem://app/..%5c..%5cetc%5cpasswd']) {
      const file = resolveRendererFile(dir, url);
      expect(file === null || file.startsWith(dir + path.sep), url).toBe(true);
      expect(file === null || !file.includes('passwd'), url).toBe(true);
    }
    expect(resolveRendererFile(dir, 'tandem://app/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveRendererFile(dir, 'tandem://other/index.html')).toBeNull();
    expect(resolveRendererFile(dir, 'file:///etc/passwd')).toBeNull();
    expect(resolveRendererFile(dir, 'tandem://app/.secret')).toBeNull();
    expect(resolveRendererFile(dir, 'tandem://app/assets/none.js')).toBeNull();
    expect(resolveRendererFile(dir, 'tandem://app/a%00b')).toBeNull();
  });

  it('answers with the file, its type and the strict headers', async () => {
    const page = await rendererResponse(dir, 'tandem://app/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('id="root"');
    const script = await rendererResponse(dir, 'tandem://app/assets/app.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await rendererResponse(dir, 'tandem://app/assets/none.js')).status).toBe(404);
  });

  it('says to build when the renderer is missing', async () => {
    const answer = await rendererResponse(path.join(dir, 'missing'), 'tandem://app/');
    expect(answer.status).toBe(404);
    expect(await answer.text()).toContain('npm run build');
  });

  it('registers the app scheme and the media scheme as privileged, in one call', () => {
    registerAppScheme();
    expect(registered).toEqual([
      [
        { scheme: 'tandem', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
        { scheme: 'tandem-media', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      ],
    ]);
  });

  it('lets pages show images from the media scheme', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data: blob: tandem-media:;");
  });

  it('sends a strict Content-Security-Policy with every answer, found or not', async () => {
    for (const url of ['tandem://app/', 'tandem://app/assets/app.js', 'tandem://app/assets/none.js']) {
      const header = (await rendererResponse(dir, url)).headers.get('content-security-policy') ?? '';
      const directives = new Map(
        header
          .split(';')
          .map((part) => part.trim().split(/\s+/))
          .filter((words) => words[0])
          .map(([name = '', ...sources]) => [name, sources]),
      );
      // Script only from the app itself: nothing inline, no eval, no data: or blob: script.
      expect(directives.get('script-src'), url).toEqual(["'self'"]);
      expect(directives.get('default-src'), url).toEqual(["'self'"]);
      expect(directives.get('connect-src'), url).toEqual(["'self'"]);
      expect(directives.get('object-src'), url).toEqual(["'none'"]);
      expect(directives.get('base-uri'), url).toEqual(["'none'"]);
      expect(directives.get('frame-ancestors'), url).toEqual(["'none'"]);
      expect(directives.get('form-action'), url).toEqual(["'none'"]);
      expect(directives.get('img-src'), url).toEqual(["'self'", 'data:', 'blob:', 'tandem-media:']);
      // No directive opens the page to the network or to script tricks.
      for (const [name, sources] of directives) {
        for (const source of sources) {
          expect(['*', 'http:', 'https:', 'ws:', 'wss:', 'file:', "'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'"], `${name} ${source}`).not.toContain(source);
          expect(source, `${name} ${source}`).not.toMatch(/^\*|\/\//);
        }
        if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
      }
    }
  });
});
