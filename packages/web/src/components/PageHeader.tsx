import { Typography } from 'antd';
import type { ReactNode } from 'react';

/** Page title with its actions; wraps onto two lines on a phone. */
export function PageHeader({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children?: ReactNode }) {
  return (
    <div className="gw-page-header">
      <Typography.Title level={4} className="gw-page-title">
        {title}
      </Typography.Title>
      {children && <div className="gw-page-sub">{children}</div>}
      {extra && <div className="gw-page-extra">{extra}</div>}
    </div>
  );
}
