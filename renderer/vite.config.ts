import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const hostTarget = process.env.TANDEM_HOST?.replace(/\/+$/, '');

/**
 * The renderer's build: `node scripts/build.mjs` (or `npx vite build --config
 * renderer/vite.config.ts`) writes dist/renderer, which the browser-mode host and the
 * desktop shell load. Relative asset paths (`base: './'`) work for both.
 *
 * `npm run dev` serves it with hot reload; set TANDEM_HOST to a running host
 * (`http://127.0.0.1:PORT`, from `tandem serve`) to send the calls there, and open the dev
 * page with that host's `?token=…`.
 */
export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // One bundle for a local app (React, Lexical, the contract's zod schemas): size is not a concern.
    chunkSizeWarningLimit: 2_000,
  },
  server: {
    host: '127.0.0.1',
    strictPort: false,
    proxy: hostTarget
      ? {
          '/api': {
            target: hostTarget,
            changeOrigin: true,
            // The host accepts calls from its own origin only; the dev page stands in for it.
            configure: (proxy) => proxy.on('proxyReq', (request) => request.setHeader('origin', hostTarget)),
          },
        }
      : undefined,
  },
});
