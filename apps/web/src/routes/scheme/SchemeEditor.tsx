import type { Scheme } from '@jifen/scoring';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import type { MessageKey } from '../../app/i18n';
import { AssumptionsEditor } from './editor/AssumptionsEditor';
import { BaseSectionEditor } from './editor/BaseSectionEditor';
import { EvaluationSectionEditor } from './editor/EvaluationSectionEditor';
import { GeneralEditor } from './editor/GeneralEditor';
import { OutcomesEditor } from './editor/OutcomesEditor';
import { SpecialSectionEditor } from './editor/SpecialSectionEditor';
import type { SchemeTab } from './scheme-draft';

/** The tabs of the editor, one per part of the scheme. */
export function schemeTabs(
  scheme: Scheme,
  t: (key: MessageKey) => string,
  countOf: (tab: SchemeTab) => number,
): { key: SchemeTab; label: ReactNode; children: ReactNode }[] {
  const label = (tab: SchemeTab, text: string) => {
    const n = countOf(tab);
    return (
      <span>
        {text}
        {n > 0 && (
          <Tag color="error" style={{ marginInlineStart: 6 }} data-testid={`tab-problems-${tab}`}>
            {n}
          </Tag>
        )}
      </span>
    );
  };
  return [
    {
      key: 'general',
      label: label('general', t('scheme.general')),
      children: <GeneralEditor scheme={scheme} />,
    },
    {
      key: 'base',
      label: label('base', `${t('scheme.base')} ${scheme.sections.base.cap}`),
      children: <BaseSectionEditor scheme={scheme} />,
    },
    {
      key: 'special',
      label: label('special', `${t('scheme.special')} ${scheme.sections.special.cap}`),
      children: <SpecialSectionEditor scheme={scheme} />,
    },
    {
      key: 'evaluation',
      label: label('evaluation', `${t('scheme.evaluation')} ${scheme.sections.evaluation.cap}`),
      children: <EvaluationSectionEditor scheme={scheme} />,
    },
    {
      key: 'outcomes',
      label: label('outcomes', t('scheme.outcomes')),
      children: <OutcomesEditor scheme={scheme} />,
    },
    {
      key: 'assumptions',
      label: label('assumptions', t('scheme.assumptions')),
      children: <AssumptionsEditor scheme={scheme} />,
    },
  ];
}
