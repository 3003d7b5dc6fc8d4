import { Button, Field, Input, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CategoriseResultView, HostApi } from '../host-api.js';
import { MSG } from '../messages.js';
import { CountTable } from '../parts/count-table.js';
import { ErrorBar } from '../parts/error-bar.js';

interface Progress {
  done: number;
  total: number;
  label: string;
}

/** Run categorise with progress and Cancel, then show the counts and a way to the output sheet. */
export function CategoriseView({ host }: { host: HostApi }) {
  const [asOf, setAsOf] = useState('');
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<CategoriseResultView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setResult(null);
    setProgress({ done: 0, total: 1, label: MSG.categorise.working });
    try {
      const out = await host.categorise(asOf ? { asOf } : {}, (done, total, label) => setProgress({ done, total, label }), controller.signal);
      setResult(out);
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
      <h2>{MSG.categorise.heading}</h2>
      <p>{MSG.categorise.explain}</p>
      <Field label={MSG.categorise.asOf}>
        <Input type="date" value={asOf} disabled={running} onChange={(_, d) => setAsOf(d.value)} />
      </Field>
      <div className="pw-actions">
        <Button appearance="primary" disabled={running} onClick={() => void run()}>
          {MSG.categorise.run}
        </Button>
        {running && <Button onClick={() => abort.current?.abort()}>{MSG.categorise.cancel}</Button>}
      </div>
      {progress && (
        <Field validationMessage={progress.label} validationState="none">
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} aria-label={MSG.categorise.working} />
        </Field>
      )}
      <ErrorBar error={error} />
      {result && (
        <section aria-live="polite" className="pw-result">
          <MessageBar intent="success">
            <MessageBarBody>{MSG.categorise.done(result.summary.schools, result.issueCount)}</MessageBarBody>
          </MessageBar>
          <p>{MSG.categorise.written(result.outputSheets)}</p>
          {result.mainSheet && (
            <Button appearance="primary" onClick={() => host.openSheet(result.mainSheet).catch(setError)}>
              {MSG.categorise.open(result.mainSheet)}
            </Button>
          )}
          <div className="pw-count-grid">
            <CountTable title={MSG.categorise.byPhase} rows={result.summary.byPhase} />
            <CountTable title={MSG.categorise.byCategory} rows={result.summary.byCategory} />
            <CountTable title={MSG.categorise.byTrajectory} rows={result.summary.byTrajectory} />
            <CountTable title={MSG.categorise.byRisk} rows={result.summary.byRisk} />
          </div>
        </section>
      )}
    </div>
  );
}
