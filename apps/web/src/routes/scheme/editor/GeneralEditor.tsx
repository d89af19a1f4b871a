import { ROUNDING_MODES, ROUNDING_MODE_WORDS, type Scheme } from '@jifen/scoring';
import { Descriptions, Space } from 'antd';
import { useLocale } from '../../../app/i18n';
import { FieldProblems, SchemeInput, SchemeSelect } from './fields';

export function GeneralEditor({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const months = Array.from({ length: 12 }, (_, i) => ({
    value: i + 1,
    label: t('scheme.month', { month: i + 1 }),
  }));
  return (
    <Descriptions size="small" column={1} bordered styles={{ label: { width: 160 } }}>
      <Descriptions.Item label={t('scheme.nameZh')}>
        <SchemeInput
          path="nameZh"
          value={scheme.nameZh}
          label={t('scheme.nameZh')}
          width="100%"
          optional
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('scheme.nameEn')}>
        <SchemeInput
          path="nameEn"
          value={scheme.nameEn}
          label={t('scheme.nameEn')}
          width="100%"
          optional
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('scheme.year')}>{scheme.year}</Descriptions.Item>
      <Descriptions.Item label={t('scheme.firstMonth')}>
        <SchemeSelect<number>
          path="firstMonth"
          value={scheme.firstMonth ?? 1}
          label={t('scheme.firstMonth')}
          options={months}
          width={100}
        />
      </Descriptions.Item>
      <Descriptions.Item label={t('scheme.totalCap')}>
        <SchemeInput path="totalCap" value={scheme.totalCap} label={t('scheme.totalCap')} />
        <FieldProblems path="sections" />
      </Descriptions.Item>
      <Descriptions.Item label={t('scheme.rounding')}>
        <Space wrap align="start">
          <SchemeSelect<number>
            path="rounding.decimals"
            value={scheme.rounding.decimals}
            label={t('scheme.decimals')}
            showLabel
            options={[0, 1, 2, 3, 4].map((d) => ({ value: d, label: `${d}` }))}
            width={70}
          />
          <SchemeSelect
            path="rounding.mode"
            value={scheme.rounding.mode}
            label={t('scheme.roundingMode')}
            showLabel
            options={ROUNDING_MODES.map((m) => ({
              value: m,
              label: locale === 'en' ? ROUNDING_MODE_WORDS[m].en : ROUNDING_MODE_WORDS[m].zh,
            }))}
            width={150}
          />
          <FieldProblems path="rounding" />
        </Space>
      </Descriptions.Item>
    </Descriptions>
  );
}
