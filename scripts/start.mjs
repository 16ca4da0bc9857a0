#!/usr/bin/env node
// `npm start [-- args]`: build, then open the desktop window when Electron's binary is
// present (and, on Linux, a display to show it on); otherwise start browser mode
// (`tandem serve`), which prints the address with its token and opens it in a browser.
// `--browser` asks for browser mode even where the desktop shell exists. Other arguments
// (`--data DIR`, `--port N`, `--no-open`) are passed on.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary } from './electron-binary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const wantsBrowser = args.includes('--browser') || !!process.env.TANDEM_BROWSER;
const passOn = args.filter((a) => a !== '--browser');

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('Tandem was not started because the build failed (see above).');
  process.exit(build.status ?? 1);
}

function hasDisplay() {
  if (process.platform === 'win32' || process.platform === 'darwin') return true;
  return !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

const electron = wantsBrowser ? null : electronBinary(root);
let child;
if (electron && hasDisplay()) {
  child = spawn(electron, ['.', ...passOn.filter((a) => a !== '--no-open')], { cwd: root, stdio: 'inherit', windowsHide: false });
} else {
  if (electron) console.log('No display was found, so Tandem starts in browser mode.');
  child = spawn(process.execPath, [path.join(root, 'dist', 'cli.mjs'), 'serve', ...passOn], { cwd: root, stdio: 'inherit' });
}

// Ctrl+C reaches the child through the terminal; a signal sent to this process alone is passed on.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}
child.on('error', (e) => {
  console.error(`Tandem could not be started: ${e.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
