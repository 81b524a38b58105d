import { Button, Result, Spin } from 'antd';
import type { ReactNode } from 'react';
import { ErrorAlert } from './ErrorAlert';
import './print-sheet.css';

/**
 * A printable page of its own, outside the app frame: a toolbar (the way back, the print button; not
 * printed), the load error, spinner or 404, and the sheet (`children`, a `.gw-print-sheet`, given once loaded).
 */
export function PrintPage(props: {
  back: ReactNode;
  printLabel: string;
  printTestId?: string;
  ready: boolean;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
  children: ReactNode;
}) {
  const { ready, loading, error } = props;
  return (
    <div className="gw-print-page">
      <div className="gw-print-toolbar">
        {props.back}
        <span className="gw-print-spacer" />
        <Button type="primary" onClick={() => window.print()} disabled={!ready} data-testid={props.printTestId}>
          {props.printLabel}
        </Button>
      </div>
      {error != null && (
        <div className="gw-print-toolbar">
          <ErrorAlert error={error} onRetry={props.onRetry} />
        </div>
      )}
      {!ready && loading && <Spin className="gw-full-spin" />}
      {!ready && !loading && error == null && <Result status="404" />}
      {props.children}
    </div>
  );
}
