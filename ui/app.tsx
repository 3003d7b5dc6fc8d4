import { FluentProvider, MessageBar, MessageBarBody, Spinner, Tab, TabList, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CommandId, HostApi, HostInfo } from './host-api.js';
import { MSG } from './messages.js';
import { ErrorBar } from './parts/error-bar.js';
import { ActionView } from './views/action-view.js';
import { CategoriseView } from './views/categorise-view.js';
import { HomeView } from './views/home-view.js';
import { SettingsView } from './views/settings-view.js';

/** Views this build of the pane can draw; a host may list more (later capabilities), which then show a note. */
const VIEWS: Partial<Record<CommandId, (p: { host: HostApi }) => React.ReactElement>> = {
  home: HomeView,
  categorise: CategoriseView,
  settings: SettingsView,
};

export interface AppProps {
  host: HostApi;
  /** Lets a host switch the view from outside, e.g. a ribbon button; returns an unsubscribe. */
  subscribeView?: (show: (view: CommandId) => void) => () => void;
}

export function App({ host, subscribeView }: AppProps) {
  const [info, setInfo] = useState<HostInfo | null>(null);
  const [view, setView] = useState<CommandId>('home');
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    host.info().then((i) => {
      setInfo(i);
      if (i.startView) setView(i.startView);
    }, setError);
  }, [host]);
  useEffect(() => subscribeView?.(setView), [subscribeView]);

  // Later capabilities show as a view of their runs when the host offers any for that view.
  const actionsFor = (c: CommandId) => (host.runAction ? (info?.actions ?? []).filter((a) => a.view === c) : []);
  const drawable = (c: CommandId) => Boolean(VIEWS[c]) || actionsFor(c).length > 0;
  const tabs = (info?.commands ?? []).filter(drawable);
  const Current = VIEWS[view];
  const viewActions = actionsFor(view);
  return (
    // The class goes on an inner div: Fluent copies the provider's className onto its portal node
    // (pop-ups), which would then cover the page and swallow clicks.
    <FluentProvider theme={webLightTheme}>
      <div className="pw-root">
      <header className="pw-header">
        <h1>{MSG.title}</h1>
        {info && <span className="pw-muted">{info.label}</span>}
      </header>
      <ErrorBar error={error} />
      {!info && !error && <Spinner label={MSG.loading} />}
      {info && (
        <>
          <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as CommandId)} aria-label={MSG.title} size="small" style={{ flexWrap: 'wrap' }}>
            {tabs.map((c) => (
              <Tab key={c} value={c}>
                {MSG.tabs[c]}
              </Tab>
            ))}
          </TabList>
          <main>
            {Current && info.commands.includes(view) ? (
              <Current host={host} />
            ) : viewActions.length > 0 && info.commands.includes(view) ? (
              <ActionView key={view} host={host} actions={viewActions} title={MSG.tabs[view]} />
            ) : (
              <MessageBar intent="info">
                <MessageBarBody>{MSG.notInThisVersion(MSG.tabs[view])}</MessageBarBody>
              </MessageBar>
            )}
          </main>
        </>
      )}
      </div>
    </FluentProvider>
  );
}
