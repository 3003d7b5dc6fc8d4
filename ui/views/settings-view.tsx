import { Button, Input, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { HostApi, Issue, SettingRow } from '../host-api.js';
import { MSG } from '../messages.js';
import { ErrorBar } from '../parts/error-bar.js';

/** Edit the `Pathway Settings` sheet; the core validates before anything is written. */
export function SettingsView({ host }: { host: HostApi }) {
  const [rows, setRows] = useState<SettingRow[] | null>(null);
  const [exists, setExists] = useState(true);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [note, setNote] = useState<'saved' | 'notSaved' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const v = await host.readSettings();
      setRows(v.rows);
      setExists(v.exists);
      setIssues(v.issues);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }, [host]);

  useEffect(() => void reload(), [reload]);

  const save = async () => {
    if (!rows) return;
    setBusy(true);
    setError(null);
    try {
      const r = await host.writeSettings(rows);
      setIssues(r.issues);
      if (r.rows) setRows(r.rows);
      setNote(r.saved ? 'saved' : 'notSaved');
      if (r.saved) setExists(true);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const edit = (i: number, value: string) => {
    setNote(null);
    setRows((old) => old && old.map((r, j) => (j === i ? { ...r, value, problem: undefined } : r)));
  };

  return (
    <div className="pw-view">
      <h2>{MSG.settings.heading}</h2>
      <p>{MSG.settings.explain}</p>
      {!exists && <p>{MSG.settings.missing}</p>}
      <ErrorBar error={error} />
      {note && (
        <MessageBar intent={note === 'saved' ? 'success' : 'error'}>
          <MessageBarBody>{note === 'saved' ? MSG.settings.saved : MSG.settings.notSaved}</MessageBarBody>
        </MessageBar>
      )}
      <div className="pw-actions">
        <Button appearance="primary" disabled={busy || !rows} onClick={() => void save()}>
          {MSG.settings.save}
        </Button>
        <Button disabled={busy} onClick={() => void reload()}>
          {MSG.settings.reload}
        </Button>
        {busy && <Spinner size="tiny" />}
      </div>
      {rows && (
        <Table size="extra-small" aria-label={MSG.settings.heading}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{MSG.settings.setting}</TableHeaderCell>
              <TableHeaderCell>{MSG.settings.value}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((r, i) => {
              return (
                <TableRow key={`${r.setting}-${i}`}>
                  <TableCell>
                    {r.setting}
                    {r.help && <div className="pw-muted">{r.help}</div>}
                    {r.defaultValue !== undefined && r.defaultValue !== r.value && (
                      <div className="pw-muted">
                        {MSG.settings.default}: {r.defaultValue}
                      </div>
                    )}
                  </TableCell>
                  <TableCell>
                    <Input size="small" aria-label={MSG.settings.valueFor(r.setting)} aria-invalid={r.problem ? true : undefined} value={r.value} onChange={(_, d) => edit(i, d.value)} />
                    {r.problem && (
                      <div role="alert" className="pw-invalid">
                        {r.problem}
                      </div>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      {issues.filter((i) => !/\d+$/.test(i.cell) || !rows?.some((r) => r.problem?.includes(i.message))).map((i, k) => (
        <p key={k} className="pw-invalid">
          {i.message}
        </p>
      ))}
    </div>
  );
}
