import { useId } from 'react';
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { CategoriseSummary } from '../host-api.js';
import { MSG } from '../messages.js';

type CountRow = CategoriseSummary['byPhase'][number];

/** A small counts table; empty groups are left out so the table stays short. */
export function CountTable({ title, rows }: { title: string; rows: CountRow[] }) {
  const shown = rows.filter((r) => r.schools > 0);
  // aria-labelledby takes a list of ids separated by spaces, so the id must not contain one.
  const id = useId();
  return (
    <section className="pw-counts">
      <h3 id={id}>{title}</h3>
      <Table size="extra-small" aria-labelledby={id}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{MSG.categorise.group}</TableHeaderCell>
            <TableHeaderCell>{MSG.categorise.schools}</TableHeaderCell>
            <TableHeaderCell>{MSG.categorise.pupils}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {shown.map((r) => (
            <TableRow key={r.label}>
              <TableCell>{r.label}</TableCell>
              <TableCell>{r.schools}</TableCell>
              <TableCell>{r.pupils.toLocaleString('en-GB')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
