import { Field, ProgressBar } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { HostSignal, ProgressCallback } from '../host-api.js';
import { MSG } from '../messages.js';

export interface RunProgress {
  done: number;
  total: number;
  label: string;
}

/**
 * One long host call at a time, with progress, Cancel and its result or error: what every view
 * that runs something shares. Leaving the view cancels a run still going.
 */
export function useRun<T>() {
  const [progress, setProgress] = useState<RunProgress | null>(null);
  const [result, setResult] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const start = async (work: (onProgress: ProgressCallback, signal: HostSignal) => Promise<T>): Promise<void> => {
    const controller = new AbortController();
    abort.current = controller;
    setError(null);
    setResult(null);
    setProgress({ done: 0, total: 1, label: MSG.categorise.working });
    try {
      setResult(await work((done, total, label) => setProgress({ done, total, label }), controller.signal));
    } catch (err) {
      setError(err);
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  return { progress, result, error, setError, running: progress !== null, start, cancel: () => abort.current?.abort() };
}

export function RunProgressBar({ progress }: { progress: RunProgress }) {
  return (
    <Field validationMessage={progress.label} validationState="none">
      <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} aria-label={MSG.categorise.working} />
    </Field>
  );
}
