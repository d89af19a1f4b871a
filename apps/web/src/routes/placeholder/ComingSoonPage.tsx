import { Result } from 'antd';
import { useLocation } from 'react-router';
import { useT } from '../../app/i18n';
import { navItemAt } from '../../app/navigation';

/** Stands in for a screen whose server operations have not landed yet. */
export default function ComingSoonPage() {
  const t = useT();
  const item = navItemAt(useLocation().pathname);
  return (
    <Result
      status="info"
      title={item ? t(item.label) : t('app.title')}
      subTitle={t('app.comingSoon')}
    />
  );
}
