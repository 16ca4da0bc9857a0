import { describe, expect, it } from 'vitest';
import { createCommandHub } from './windowCommands';

describe('the window’s menu commands', () => {
  it('reach the page listening for them, and only it', () => {
    const hub = createCommandHub();
    const heard: string[] = [];
    const stopNew = hub.listen('new-article', () => heard.push('new'));
    hub.listen('import', () => heard.push('import'));
    hub.receive('import');
    hub.receive('new-article');
    stopNew();
    hub.receive('export-bundle');
    expect(heard).toEqual(['import', 'new']);
  });

  it('wait, once, for the page that carries them out when it is not on screen yet', () => {
    const hub = createCommandHub();
    const heard: string[] = [];
    hub.receive('new-article');
    hub.listen('import', () => heard.push('import'));
    expect(heard).toEqual([]);
    const stop = hub.listen('new-article', () => heard.push('new'));
    stop();
    hub.listen('new-article', () => heard.push('again'));
    expect(heard).toEqual(['new']);
  });
});
