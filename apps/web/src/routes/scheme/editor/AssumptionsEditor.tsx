import { fieldWords, type Scheme } from '@jifen/scoring';
import { Empty, Space, Typography } from 'antd';
import { useLocale } from '../../../app/i18n';
import { PlainList } from '../../../components/PlainList';
import { AddButton, RemoveButton } from './editor-parts';
import { FieldProblems, SchemeInput, useDraft, zhOrEn } from './fields';

export function AssumptionsEditor({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const { remove, append } = useDraft();
  const settingName = (path: string) => {
    const words = fieldWords(path);
    return zhOrEn(locale, words.zh, words.en);
  };
  const assumptions = scheme.assumptions ?? [];
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <FieldProblems path="assumptions" />
      {assumptions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
      ) : (
        <PlainList
          rows={assumptions.map((a, i) => ({
            key: String(i),
            extra: (
              <RemoveButton
                label={t('scheme.removeAssumption')}
                onClick={() => remove('assumptions', i)}
              />
            ),
            content: (
              <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                <SchemeInput
                  path={`assumptions[${i}].zh`}
                  value={a.zh}
                  label={`${t('scheme.assumptions')} ${i + 1}`}
                  width="100%"
                  multiline
                />
                <SchemeInput
                  path={`assumptions[${i}].en`}
                  value={a.en}
                  label={`${t('scheme.assumptions')} ${i + 1} (English)`}
                  width="100%"
                  multiline
                />
                <Space size={4}>
                  <Typography.Text type="secondary">{t('scheme.setting')}:</Typography.Text>
                  <SchemeInput
                    path={`assumptions[${i}].path`}
                    value={a.path}
                    label={`${t('scheme.setting')} ${i + 1}`}
                    width={360}
                  />
                  {a.path && (
                    <Typography.Text type="secondary" data-testid={`assumption-setting-${i}`}>
                      {settingName(a.path)}
                    </Typography.Text>
                  )}
                </Space>
                <FieldProblems path={`assumptions[${i}]`} />
              </Space>
            ),
          }))}
        />
      )}
      <AddButton
        label={t('scheme.addAssumption')}
        onClick={() => append('assumptions', { path: '', zh: '', en: '' })}
      />
    </Space>
  );
}
