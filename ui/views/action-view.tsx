import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Table, TableBody, TableCell, TableRow } from '@fluentui/react-components';
import { useState } from 'react';
import type { ActionInfo, ActionResultView, HostApi } from '../host-api.js';
import { MSG } from '../messages.js';
import { ErrorBar } from '../parts/error-bar.js';
import { IssueList } from '../parts/issue-list.js';
import { RunProgressBar, useRun } from '../parts/use-run.js';

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
  const { progress, result, error, setError, running, start, cancel } = useRun<ActionResultView>();

  const run = (action: ActionInfo) => {
    const runAction = host.runAction;
    if (!runAction) return;
    void start((onProgress, signal) => runAction(action.id, asOf ? { asOf } : {}, onProgress, signal));
  };

  return (
    <div className="pw-view">
      <h2>{title}</h2>
      <Field label={MSG.action.asOf}>
        <Input type="date" value={asOf} disabled={running} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      {actions.map((a) => (
        <section key={a.id} className="pw-action">
          <p>{a.help}</p>
          <Button appearance="primary" disabled={running} onClick={() => run(a)}>
            {a.label}
          </Button>
        </section>
      ))}
      {progress && (
        <>
          <RunProgressBar progress={progress} />
          <Button onClick={cancel}>{MSG.categorise.cancel}</Button>
        </>
      )}
      <ErrorBar error={error} />
      {result && <Result host={host} result={result} onError={setError} />}
    </div>
  );
}
