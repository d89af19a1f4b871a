import { Button, Result } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../app/i18n';

/** A page that does not exist, or (`forbidden`) one the viewer's roles do not open. */
export default function NotFoundPage({ forbidden = false }: { forbidden?: boolean }) {
  const t = useT();
  return (
    <Result
      status={forbidden ? '403' : '404'}
      title={forbidden ? '403' : '404'}
      subTitle={t(forbidden ? 'app.forbidden' : 'app.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('app.backHome')}</Button>
        </Link>
      }
    />
  );
}
