import { Badge } from '@fluentui/react-components';
import { Button } from '@fluentui/react-components';
import { Link } from '@fluentui/react-components';
import { useState } from 'react';
import type { Issue } from '../host-api.js';
import { MSG } from '../messages.js';

const FIRST = 25;

export interface IssueListProps {
  issues: Issue[];
  onGoTo: (sheet: string, cell: string) => void;
}

/** Issues with where they are and a link that selects the cell in the workbook. */
export function IssueList({ issues, onGoTo }: IssueListProps) {
  const [all, setAll] = useState(false);
  if (issues.length === 0) return <p>{MSG.home.noIssues}</p>;
  const shown = all ? issues : issues.slice(0, FIRST);
  return (
    <>
      <ul className="pw-issues" aria-label={MSG.home.issues}>
        {shown.map((issue, i) => {
          const where = issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet;
          return (
            <li key={`${where}-${i}`}>
              <Badge appearance="tint" color={issue.severity === 'error' ? 'danger' : 'warning'}>
                {issue.severity}
              </Badge>{' '}
              <strong>{where}</strong>: {issue.message}{' '}
              <Link as="button" aria-label={MSG.home.goToCellFor(where)} onClick={() => onGoTo(issue.sheet, issue.cell)}>
                {MSG.home.goToCell}
              </Link>
            </li>
          );
        })}
      </ul>
      {!all && issues.length > FIRST && <Button onClick={() => setAll(true)}>{MSG.home.showAll(issues.length)}</Button>}
    </>
  );
}
