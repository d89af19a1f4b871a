import type { GradeDefinition, Scheme } from '@jifen/scoring';
import { Space, Table, type TableProps } from 'antd';
import { useLocale } from '../../../app/i18n';
import { freshCode } from '../scheme-draft';
import { AddButton, RemoveButton, indexed, type Indexed } from './editor-parts';
import { FieldProblems, SchemeInput, SchemeSwitch, useDraft, zhOrEn } from './fields';

export function EvaluationSectionEditor({ scheme }: { scheme: Scheme }) {
  const { t, locale } = useLocale();
  const { remove, append } = useDraft();
  const evaluation = scheme.sections.evaluation;
  const gradesPath = 'sections.evaluation.grades';
  const columns: TableProps<Indexed<GradeDefinition>>['columns'] = [
    {
      title: t('scheme.nameZh'),
      key: 'zh',
      render: (_, g, i) => (
        <SchemeInput
          path={`${gradesPath}[${i}].nameZh`}
          value={g.nameZh}
          label={`${t('scheme.grade')} ${t('scheme.nameZh')}`}
          width={110}
        />
      ),
    },
    {
      title: t('scheme.nameEn'),
      key: 'en',
      render: (_, g, i) => (
        <SchemeInput
          path={`${gradesPath}[${i}].nameEn`}
          value={g.nameEn}
          label={`${t('scheme.grade')} ${t('scheme.nameEn')}`}
          width={150}
        />
      ),
    },
    {
      title: t('scheme.code'),
      key: 'code',
      render: (_, g, i) => (
        <SchemeInput
          path={`${gradesPath}[${i}].code`}
          value={g.code}
          label={`${zhOrEn(locale, g.nameZh, g.nameEn)} ${t('scheme.code')}`}
          width={120}
        />
      ),
    },
    {
      title: t('scheme.points'),
      key: 'points',
      render: (_, g, i) => (
        <SchemeInput
          path={`${gradesPath}[${i}].points`}
          value={g.points}
          label={`${zhOrEn(locale, g.nameZh, g.nameEn)} ${t('scheme.points')}`}
        />
      ),
    },
    {
      key: 'remove',
      width: 44,
      render: (_, g, i) => (
        <RemoveButton
          label={`${t('scheme.removeGrade')} ${zhOrEn(locale, g.nameZh, g.nameEn)}`}
          onClick={() => remove(gradesPath, i)}
        />
      ),
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <SchemeInput
        path="sections.evaluation.cap"
        value={evaluation.cap}
        label={t('scheme.capOf', { name: t('scheme.evaluation') })}
        showLabel
      />
      <FieldProblems path="sections.evaluation" />
      <FieldProblems path={gradesPath} />
      <Table<Indexed<GradeDefinition>>
        rowKey="__i"
        size="small"
        pagination={false}
        columns={columns}
        dataSource={indexed(evaluation.grades)}
        style={{ maxWidth: 640 }}
      />
      <AddButton
        label={t('scheme.addGrade')}
        onClick={() =>
          append(gradesPath, {
            code: freshCode(
              'grade',
              evaluation.grades.map((g) => g.code),
            ),
            nameZh: '',
            nameEn: '',
            points: '0',
          })
        }
      />
      <SchemeSwitch
        path="sections.evaluation.probationaryGradedOnDailyPerformance"
        checked={evaluation.probationaryGradedOnDailyPerformance}
        label={t('scheme.probationaryDaily')}
      />
    </Space>
  );
}
