import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import type { CommandId, HostApi } from './host-api.js';

export interface PaneHandle {
  /** Switch the pane to a view (a ribbon button or menu item asked for it). */
  showView(view: CommandId): void;
}

const STYLE = `
.pw-root{font-family:"Segoe UI",system-ui,sans-serif;padding:8px 12px;min-height:100vh;box-sizing:border-box}
.pw-header{display:flex;align-items:baseline;gap:8px}.pw-header h1{font-size:20px;margin:4px 0}
.pw-view h2{font-size:15px;margin:14px 0 6px}.pw-view h3{font-size:14px;margin:10px 0 4px}
.pw-muted{color:#616161;font-size:12px}.pw-invalid{color:#b10e1c;font-size:12px}
.pw-actions{display:flex;gap:8px;margin:8px 0}.pw-issues{padding-left:16px}.pw-issues li{margin:4px 0}
.pw-count-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:8px}
`;

/** Mount the Pathway pane in an element; every host (Excel, Google Sheets, preview) calls this. */
export function mountPane(element: HTMLElement, host: HostApi): PaneHandle {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.appendChild(style);
  const listeners = new Set<(v: CommandId) => void>();
  const subscribeView = (show: (v: CommandId) => void) => {
    listeners.add(show);
    return () => void listeners.delete(show);
  };
  createRoot(element).render(<App host={host} subscribeView={subscribeView} />);
  return { showView: (v) => listeners.forEach((show) => show(v)) };
}
