import { Badge, Button, Dropdown, Option, Spinner } from '@fluentui/react-components';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import { useCallback, useEffect, useId, useState } from 'react';
import type { FieldMapping, HostApi, SheetOverview, WorkbookOverviewView } from '../host-api.js';
import { MSG } from '../messages.js';
import { ErrorBar } from '../parts/error-bar.js';
import { IssueList } from '../parts/issue-list.js';

/** The empty option clears a correction, so Pathway goes back to finding the column by its header. */
const AUTOMATIC = '';

function ColumnPicker({ sheet, field, onPick, busy }: { sheet: SheetOverview; field: FieldMapping; onPick: (col: string | null) => void; busy: boolean }) {
  const label = MSG.home.columnFor(field.label, sheet.sheet);
  const text = (col: string) => {
    const h = sheet.headers.find((x) => x.column === col);
    return h && h.header ? `${col} · ${h.header}` : col;
  };
  const selected = field.corrected && field.column ? field.column : AUTOMATIC;
  return (
    <Dropdown
      aria-label={label}
      size="small"
      disabled={busy}
      value={field.column ? text(field.column) : MSG.home.notFound}
      selectedOptions={[selected]}
      onOptionSelect={(_, data) => {
        const col = data.optionValue ?? AUTOMATIC;
        if (col !== selected) onPick(col === AUTOMATIC ? null : col);
      }}
    >
      <Option value={AUTOMATIC}>{MSG.home.automatic}</Option>
      {sheet.headers.map((h) => (
        <Option key={h.column} value={h.column}>
          {text(h.column)}
        </Option>
      ))}
    </Dropdown>
  );
}

function SheetMapping({ sheet, onPick, busy }: { sheet: SheetOverview; onPick: (field: string, col: string | null) => void; busy: boolean }) {
  const id = useId();
  return (
    <section className="pw-sheet" aria-labelledby={id} data-sheet={sheet.sheet}>
      <h3 id={id}>
        {sheet.sheet} <Badge appearance="outline">{sheet.roleLabel}</Badge>
      </h3>
      <p className="pw-muted">
        {MSG.home.headerRow(sheet.headerRow)}
        {sheet.measure ? ` · ${sheet.measure}` : ''}
      </p>
      <Table size="extra-small" aria-labelledby={id}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{MSG.home.fieldCol}</TableHeaderCell>
            <TableHeaderCell>{MSG.home.columnCol}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sheet.fields.map((f) => (
            <TableRow key={f.field}>
              <TableCell>
                {f.label} {f.corrected && <Badge appearance="tint" color="informative">{MSG.home.corrected}</Badge>}
              </TableCell>
              <TableCell>
                <ColumnPicker sheet={sheet} field={f} busy={busy} onPick={(col) => onPick(f.field, col)} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

/** What Pathway found: recognised sheets with their column mapping (correctable), other sheets, and issues. */
export function HomeView({ host }: { host: HostApi }) {
  const [view, setView] = useState<WorkbookOverviewView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (work: () => Promise<WorkbookOverviewView>) => {
    setBusy(true);
    setError(null);
    try {
      setView(await work());
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }, []);

  useEffect(() => {
    void load(() => host.overview());
  }, [host, load]);

  const goTo = (sheet: string, cell: string) => host.goToCell(sheet, cell).catch(setError);

  return (
    <div className="pw-view">
      <h2>{MSG.home.heading}</h2>
      <ErrorBar error={error} />
      {!view && busy && <Spinner label={MSG.loading} />}
      {view && (
        <>
          <p>{MSG.home.counts(view.schools, view.sheets.length)}</p>
          <Button size="small" disabled={busy} onClick={() => void load(() => host.overview())}>
            {MSG.home.refresh}
          </Button>
          {busy && <Spinner size="tiny" label={MSG.loading} />}
          <h2>{MSG.home.recognised}</h2>
          {view.recognised.length === 0 && <p>{MSG.home.noneRecognised}</p>}
          {view.recognised.map((s) => (
            <SheetMapping key={s.sheet} sheet={s} busy={busy} onPick={(field, col) => void load(() => host.setMapping(s.sheet, field, col))} />
          ))}
          {view.otherInputs.length > 0 && (
            <>
              <h2>{MSG.home.otherInputs}</h2>
              <ul>
                {view.otherInputs.map((o) => (
                  <li key={o.sheet}>
                    {o.sheet}: {o.role}
                  </li>
                ))}
              </ul>
            </>
          )}
          {view.unrecognised.length > 0 && (
            <>
              <h2>{MSG.home.unrecognised}</h2>
              <p>{view.unrecognised.join(', ')}</p>
            </>
          )}
          <h2>
            {MSG.home.issues} ({view.issues.length})
          </h2>
          <IssueList issues={view.issues} onGoTo={goTo} />
        </>
      )}
    </div>
  );
}
