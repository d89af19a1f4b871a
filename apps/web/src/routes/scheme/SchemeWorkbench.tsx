import { fieldWords, validateScheme, type Scheme, type SchemeProblem } from '@jifen/scoring';
import { Alert, Button, Tabs, Typography } from 'antd';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useLocale } from '../../app/i18n';
import { DraftContext, problemText, zhOrEn, type DraftState } from './editor/fields';
import { schemeTabs } from './SchemeEditor';
import {
  appendAt,
  pathAndAncestors,
  problemsByPath,
  removeAt,
  setAtPath,
  tabOfPath,
  type SchemeTab,
} from './scheme-draft';

/** Puts the cursor on the field a problem is about (or the nearest block that shows it). */
function focusPath(path: string): void {
  for (const candidate of pathAndAncestors(path)) {
    const escaped = CSS.escape(candidate);
    const target =
      document.querySelector<HTMLElement>(`[data-scheme-path="${escaped}"]`) ??
      document.querySelector<HTMLElement>(`[data-problem-path="${escaped}"]`);
    if (target) {
      target.scrollIntoView({ block: 'center' });
      const focusable = target.matches('input, textarea')
        ? target
        : target.querySelector<HTMLElement>('input, textarea');
      focusable?.focus();
      return;
    }
  }
}

export function useSchemeValidation(draft: Scheme) {
  return useMemo(() => validateScheme(draft), [draft]);
}

/** The problems list above the editor: each names its field in words and jumps to it. */
function ProblemSummary({
  problems,
  onJump,
}: {
  problems: readonly SchemeProblem[];
  onJump: (path: string) => void;
}) {
  const { t, locale } = useLocale();
  const fieldLabel = (path: string) => {
    const words = fieldWords(path);
    return zhOrEn(locale, words.zh, words.en);
  };
  if (!problems.length) {
    return <Alert type="success" showIcon title={t('scheme.valid')} data-testid="scheme-valid" />;
  }
  return (
    <Alert
      type="error"
      showIcon
      data-testid="scheme-problems"
      title={t('scheme.invalid', { count: problems.length })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 180, overflow: 'auto' }}>
          {problems.map((p, i) => (
            <li key={`${p.path}:${p.code}:${i}`}>
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto' }}
                onClick={() => onJump(p.path)}
              >
                <Typography.Text strong>{fieldLabel(p.path)}</Typography.Text>
              </Button>{' '}
              {problemText(p, locale)}
            </li>
          ))}
        </ul>
      }
    />
  );
}

/**
 * The scheme editor: the draft's settings in tabs, each field checked by validateScheme (the
 * same check the server runs) as it is typed, with the problems shown at their fields, counted
 * on their tabs and listed above.
 */
export function SchemeWorkbench({
  draft,
  onChange,
  readOnly,
  extraTabs = [],
  extraProblems = [],
}: {
  draft: Scheme;
  onChange: (update: (draft: Scheme) => Scheme) => void;
  readOnly: boolean;
  extraTabs?: { key: string; label: ReactNode; children: ReactNode }[];
  /** Problems the server reported on the last save (until the next edit). */
  extraProblems?: readonly SchemeProblem[];
}) {
  const { t, locale } = useLocale();
  const [tab, setTab] = useState<string>('base');
  const checked = useSchemeValidation(draft);
  const validation = useMemo(() => {
    if (!extraProblems.length) return checked;
    const seen = new Set(checked.problems.map((p) => `${p.path}:${p.code}`));
    const more = extraProblems.filter((p) => !seen.has(`${p.path}:${p.code}`));
    return { ok: checked.ok && !more.length, problems: [...checked.problems, ...more] };
  }, [checked, extraProblems]);
  const problems = useMemo(() => problemsByPath(validation.problems), [validation]);
  const context = useMemo<DraftState>(
    () => ({
      problems,
      locale,
      readOnly,
      edit: (path, value) => !readOnly && onChange((d) => setAtPath(d, path, value)),
      append: (listPath, item) => !readOnly && onChange((d) => appendAt(d, listPath, item)),
      remove: (listPath, index) => !readOnly && onChange((d) => removeAt(d, listPath, index)),
    }),
    [problems, locale, readOnly, onChange],
  );
  const countOf = useCallback(
    (which: SchemeTab) => validation.problems.filter((p) => tabOfPath(p.path) === which).length,
    [validation],
  );
  const jump = (path: string) => {
    setTab(tabOfPath(path));
    // The tab renders first; then the field gets the cursor.
    setTimeout(() => focusPath(path), 50);
  };

  return (
    <DraftContext.Provider value={context}>
      <ProblemSummary problems={validation.problems} onJump={jump} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[...schemeTabs(draft, t, countOf), ...extraTabs]}
        style={{ marginTop: 8 }}
      />
    </DraftContext.Provider>
  );
}
