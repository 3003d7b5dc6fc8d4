import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { MSG } from '../messages.js';

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function ErrorBar({ error }: { error: unknown }) {
  if (error === null || error === undefined) return null;
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{MSG.error}</MessageBarTitle>
        {errorText(error)}
      </MessageBarBody>
    </MessageBar>
  );
}
