import { Spin } from 'antd';
import { useT } from '../i18n';

export function FullPageSpin() {
  const t = useT();
  return (
    <div style={{ minHeight: '60vh', display: 'grid', placeItems: 'center' }}>
      <Spin size="large" description={t('app.loading')} />
    </div>
  );
}
