import { Spin } from 'antd';

export function FullPageSpin() {
  return (
    <div className="gw-full-spin">
      <Spin size="large" />
    </div>
  );
}
