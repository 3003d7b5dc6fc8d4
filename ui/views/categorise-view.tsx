import { Button, Field, Input, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { CategoriseResultView, HostApi } from '../host-api.js';
import { MSG } from '../messages.js';
import { CountTable } from '../parts/count-table.js';
import { ErrorBar } from '../parts/error-bar.js';
import { RunProgressBar, useRun } from '../parts/use-run.js';

/** Run categorise with progress and Cancel, then show the counts and a way to the output sheet. */
export function CategoriseView({ host }: { host: HostApi }) {
  const [asOf, setAsOf] = useState('');
  const { progress, result, error, setError, running, start, cancel } = useRun<CategoriseResultView>();
  const run = () => start((onProgress, signal) => host.categorise(asOf ? { asOf } : {}, onProgress, signal));

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
        {running && <Button onClick={cancel}>{MSG.categorise.cancel}</Button>}
      </div>
      {progress && <RunProgressBar progress={progress} />}
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
