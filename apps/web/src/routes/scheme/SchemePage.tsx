import { scheme2021, type Scheme } from '@jifen/scoring';
import { Alert, Button, Card, Space, Tag, Tooltip, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useLocale } from '../../app/i18n';
import { zhOrEn } from './fields';
import { SchemeWorkbench, useSchemeValidation } from './SchemeWorkbench';

/**
 * 年度方案: the year's scheme, every setting editable in a draft that `validateScheme` (from
 * @jifen/scoring, the same check the server runs) checks as you type. Until the server offers
 * scheme operations it edits a local copy of the built-in 2021 scheme.
 */
export default function SchemePage() {
  const { t, locale } = useLocale();
  const [draft, setDraft] = useState<Scheme>(scheme2021);
  const validation = useSchemeValidation(draft);
  const edited = draft !== scheme2021;
  const onChange = useCallback((update: (d: Scheme) => Scheme) => setDraft(update), []);

  return (
    <Card
      title={
        <Space wrap>
          <span>{t('scheme.title')}</span>
          <Tag color="red">{t('scheme.builtIn')}</Tag>
          {edited && <Tag color="orange">{t('scheme.edited')}</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Button disabled={!edited} onClick={() => setDraft(scheme2021)}>
            {t('scheme.reset')}
          </Button>
          <Tooltip title={t('scheme.saveSoon')}>
            <Button type="primary" disabled={!validation.ok || true}>
              {t('scheme.save')}
            </Button>
          </Tooltip>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {zhOrEn(locale, draft.nameZh, draft.nameEn)}
        </Typography.Title>
        <Alert type="info" showIcon title={t('scheme.builtInNote')} />
        <SchemeWorkbench draft={draft} onChange={onChange} readOnly={false} />
      </Space>
    </Card>
  );
}
