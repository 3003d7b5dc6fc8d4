import { Button, Field, Input, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { Table, TableBody, TableCell, TableRow } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { ActionInfo, ActionResultView, HostApi } from '../host-api.js';
import { MSG } from '../messages.js';
import { ErrorBar } from '../parts/error-bar.js';
import { IssueList } from '../parts/issue-list.js';

interface Progress {
  done: number;
  total: number;
  label: string;
}

function Result({ host, result, onError }: { host: HostApi; result: ActionResultView; onError: (e: unknown) => void }) {
  return (
    <section aria-live="polite" className="pw-result">
      <MessageBar intent="success">
        <MessageBarBody>{result.outputSheets.length > 0 ? MSG.action.done(result.outputSheets.length, result.issues.length) : MSG.action.nothingWritten}</MessageBarBody>
      </MessageBar>
      {result.outputSheets.length > 0 && <p>{MSG.categorise.written(result.outputSheets)}</p>}
      {result.mainSheet && (
        <Button appearance="primary" onClick={() => host.openSheet(result.mainSheet).catch(onError)}>
          {MSG.action.open(result.mainSheet)}
        </Button>
      )}
      {result.facts.length > 0 && (
        <Table size="extra-small" aria-label={MSG.action.counted}>
          <TableBody>
            {result.facts.map((f) => (
              <TableRow key={f.label}>
                <TableCell>{f.label}</TableCell>
                <TableCell>{f.value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {result.issues.length > 0 && (
        <>
          <h3>{MSG.action.issues}</h3>
          <IssueList issues={result.issues} onGoTo={(sheet, cell) => host.goToCell(sheet, cell).catch(onError)} />
        </>
      )}
    </section>
  );
}

/** A view for later capabilities: each run the host offers on this view, with progress, Cancel and what it wrote. */
export function ActionView({ host, actions, title }: { host: HostApi; actions: ActionInfo[]; title: string }) {
  const [asOf, setAsOf] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<ActionResultView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const run = async (action: ActionInfo) => {
    if (!host.runAction) return;
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setResult(null);
    setProgress({ done: 0, total: 1, label: MSG.categorise.working });
    try {
      setResult(await host.runAction(action.id, asOf ? { asOf } : {}, (done, total, label) => setProgress({ done, total, label }), controller.signal));
    } catch (err) {
      setError(err);
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  const running = progress !== null;
  return (
    <div className="pw-view">
      <h2>{title}</h2>
      <Field label={MSG.action.asOf}>
        <Input type="date" value={asOf} disabled={running} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      {actions.map((a) => (
        <section key={a.id} className="pw-action">
          <p>{a.help}</p>
          <Button appearance="primary" disabled={running} onClick={() => void run(a)}>
            {a.label}
          </Button>
        </section>
      ))}
      {running && (
        <>
          <Field validationMessage={progress.label} validationState="none">
            <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} aria-label={MSG.categorise.working} />
          </Field>
          <Button onClick={() => abort.current?.abort()}>{MSG.categorise.cancel}</Button>
        </>
      )}
      <ErrorBar error={error} />
      {result && <Result host={host} result={result} onError={setError} />}
    </div>
  );
}
