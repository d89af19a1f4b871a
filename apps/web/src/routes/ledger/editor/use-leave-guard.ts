import { App } from 'antd';
import { useEffect } from 'react';
import { useBlocker } from 'react-router';
import { useLocale } from '../../../app/i18n';

/** Leaving with `unsaved` edits asks first (in the app and when closing the tab). */
export function useLeaveGuard(unsaved: number): void {
  const { t } = useLocale();
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('ledger.leaveTitle'),
      content: t('ledger.leaveBody', { count: unsaved }),
      okText: t('ledger.leaveOk'),
      cancelText: t('ledger.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t, unsaved]);
  useEffect(() => {
    if (unsaved === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
}
