/**
 * What `/` shows when the renderer has not been built: a plain page (no script, inline
 * styles only, which the host's CSP allows) that says what to do.
 */
export function notBuiltPage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Tandem — the interface is not built yet</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #1d1d1f; }
  code { background: #f0f0f2; padding: 0.1rem 0.3rem; border-radius: 3px; }
</style>
</head>
<body>
<main>
<h1>Tandem's interface has not been built yet</h1>
<p>Browser mode is running, but there is no interface to show. In the Tandem folder, run</p>
<p><code>npm run build</code></p>
<p>then reload this page. (<code>npm start</code> builds and starts Tandem in one step.)</p>
</main>
</body>
</html>
`;
}
