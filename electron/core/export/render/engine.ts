import { Eta } from 'eta/core';

/**
 * The one template engine of the bundle's pages. `autoEscape` is on: `<%= %>` writes a value
 * HTML-escaped (`& < > " '`), which is safe in text and in quoted attributes; `<%~ %>` writes
 * raw and is kept to the few places templates.ts lists. Templates are registered by name
 * (`@name`) and compiled once, when the module loads; no file is ever read.
 */
const eta = new Eta({ autoEscape: true, autoTrim: [false, 'nl'], cache: true, useWith: false, varName: 'it' });

/** Registers a template under `@name`, compiled now, and gives a typed function that renders it. */
export function defineTemplate<T extends object>(name: `@${string}`, source: string): (data: T) => string {
  eta.loadTemplate(name, source);
  return (data) => eta.render(name, data);
}
