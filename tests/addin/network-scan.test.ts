import { describe, expect, it } from 'vitest';
import { networkUses } from './network-scan.js';

describe('network scan (R6) catches what it is meant to', () => {
  it.each([
    ['fetch("https://x")', 'fetch('],
    ['window["fetch"]', 'fetch reference'],
    ['globalThis.fetch', 'fetch reference'],
    ['new XMLHttpRequest()', 'XMLHttpRequest'],
    ['new WebSocket(u)', 'WebSocket'],
    ['navigator.sendBeacon(u, d)', 'sendBeacon'],
    ['new EventSource(u)', 'EventSource'],
    ['UrlFetchApp.fetch(u)', 'UrlFetchApp'],
  ])('%s → %s', (code, name) => {
    expect(networkUses(code)).toContain(name);
  });

  it('leaves ordinary code alone', () => {
    expect(networkUses('const prefetched = refetchCount + 1; function fetcher(){}')).toEqual([]);
  });
});
