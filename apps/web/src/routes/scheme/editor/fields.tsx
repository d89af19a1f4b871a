import type { SchemeProblem } from '@jifen/scoring';
import { Input, Select, Switch, Typography } from 'antd';
import { createContext, useContext, type ReactNode } from 'react';
import type { Locale } from '../../../app/i18n';

export type Problems = Map<string, SchemeProblem[]>;

export type DraftState = {
  problems: Problems;
  /** Sets the value at a path of the draft. */
  edit: (path: string, value: unknown) => void;
  /** Appends to / removes from the list at a path. */
  append: (listPath: string, item: unknown) => void;
  remove: (listPath: string, index: number) => void;
  locale: Locale;
  readOnly: boolean;
};

export const DraftContext = createContext<DraftState>({
  problems: new Map(),
  edit: () => undefined,
  append: () => undefined,
  remove: () => undefined,
  locale: 'zh-CN',
  readOnly: true,
});

export const useDraft = () => useContext(DraftContext);

export const zhOrEn = (locale: Locale, zh: string | undefined, en: string | undefined) =>
  (locale === 'zh-CN' ? zh : en) ?? '';

export const problemText = (p: SchemeProblem, locale: Locale) =>
  locale === 'zh-CN' ? p.messageZh : p.messageEn;

/** The problems found at exactly this path, under the field (or the block) they are about. */
export function FieldProblems({ path }: { path: string }) {
  const { problems, locale } = useDraft();
  const here = problems.get(path);
  if (!here?.length) return null;
  return (
    <div
      className="scheme-field-problems"
      data-problem-path={path}
      role="alert"
      style={{ maxWidth: 260 }}
    >
      {here.map((p) => (
        <Typography.Text key={p.code} type="danger" style={{ display: 'block', fontSize: 12 }}>
          {problemText(p, locale)}
        </Typography.Text>
      ))}
    </div>
  );
}

function Labelled({
  label,
  children,
  inline,
}: {
  label?: string;
  children: ReactNode;
  inline?: boolean | string;
}) {
  if (!label || !inline) return <>{children}</>;
  const caption = typeof inline === 'string' ? inline : label;
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
        {caption}
      </Typography.Text>
      {children}
    </span>
  );
}

/**
 * A text or decimal setting of the draft at `path`. Every keystroke goes into the draft, which
 * validateScheme checks; the problems at this path show right under the field.
 */
export function SchemeInput({
  path,
  value,
  label,
  width = 72,
  showLabel,
  placeholder,
  multiline,
  align,
  optional,
}: {
  path: string;
  value: unknown;
  label: string;
  width?: number | string;
  /** Show the label (or this shorter caption) before the field; else it is only the accessible name. */
  showLabel?: boolean | string;
  placeholder?: string;
  multiline?: boolean;
  align?: 'left' | 'right';
  /** An optional text: clearing it removes the setting rather than leaving an empty one. */
  optional?: boolean;
}) {
  const { problems, edit, readOnly } = useDraft();
  const bad = (problems.get(path)?.length ?? 0) > 0;
  const text = value === undefined || value === null ? '' : String(value);
  const write = (next: string) => edit(path, optional && next === '' ? undefined : next);
  const common = {
    'aria-label': label,
    'aria-invalid': bad || undefined,
    'data-scheme-path': path,
    value: text,
    // A read-only scheme shows what is set; a hint in an empty field would read as a setting.
    placeholder: readOnly ? undefined : placeholder,
    status: bad ? ('error' as const) : undefined,
    // Read-only settings stay legible (a disabled field is grey).
    readOnly,
    variant: readOnly ? ('borderless' as const) : undefined,
  };
  return (
    <div
      style={{
        display: 'inline-block',
        verticalAlign: 'top',
        width: multiline ? '100%' : undefined,
      }}
    >
      <Labelled label={label} inline={showLabel}>
        {multiline ? (
          <Input.TextArea
            {...common}
            autoSize={{ minRows: 1, maxRows: 4 }}
            onChange={(e) => write(e.target.value)}
            style={{ width }}
          />
        ) : (
          <Input
            {...common}
            size="small"
            onChange={(e) => write(e.target.value)}
            style={{
              width,
              textAlign: align ?? (typeof width === 'number' && width < 100 ? 'right' : 'left'),
            }}
          />
        )}
      </Labelled>
      <FieldProblems path={path} />
    </div>
  );
}

/** Wide enough for the longest option in the language shown (a CJK glyph is about twice a Latin one). */
function fittingWidth(options: readonly { label: string }[]): number {
  const textWidth = (text: string) =>
    [...text].reduce((sum, ch) => sum + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 13 : 7), 0);
  return Math.max(0, ...options.map((o) => textWidth(o.label))) + 36;
}

export function SchemeSelect<V extends string | number>({
  path,
  value,
  label,
  options,
  width = 140,
  showLabel,
  allowClear,
  onChange,
  quiet,
  placeholder,
}: {
  path: string;
  value: V | undefined;
  label: string;
  options: { value: V; label: string }[];
  /** What an empty choice means, while editing (a scheme in force shows what is set). */
  placeholder?: string;
  width?: number;
  showLabel?: boolean | string;
  allowClear?: boolean;
  /** Instead of writing the value at `path`. */
  onChange?: (value: V) => void;
  /** Leave the path's problems to another field (two fields share one setting). */
  quiet?: boolean;
}) {
  const { problems, edit, readOnly } = useDraft();
  const bad = !quiet && (problems.get(path)?.length ?? 0) > 0;
  return (
    <div style={{ display: 'inline-block', verticalAlign: 'top' }}>
      <Labelled label={label} inline={showLabel}>
        <Select<V>
          size="small"
          aria-label={label}
          data-scheme-path={quiet ? undefined : path}
          value={value}
          placeholder={readOnly ? undefined : placeholder}
          status={bad ? 'error' : undefined}
          variant={readOnly ? 'borderless' : undefined}
          open={readOnly ? false : undefined}
          suffixIcon={readOnly ? null : undefined}
          allowClear={allowClear && !readOnly}
          onChange={(next) => {
            if (readOnly) return;
            if (onChange) onChange(next);
            else edit(path, next ?? undefined);
          }}
          options={options}
          style={{ width: Math.max(width, fittingWidth(options)) }}
        />
      </Labelled>
      {!quiet && <FieldProblems path={path} />}
    </div>
  );
}

export function SchemeSwitch({
  path,
  checked,
  label,
}: {
  path: string;
  checked: boolean;
  label: string;
}) {
  const { edit, readOnly } = useDraft();
  return (
    <div style={{ display: 'inline-block', verticalAlign: 'top' }}>
      <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
        <Switch
          size="small"
          aria-label={label}
          data-scheme-path={path}
          checked={checked}
          disabled={readOnly}
          onChange={(next) => edit(path, next)}
        />
        <Typography.Text style={{ fontSize: 12 }}>{label}</Typography.Text>
      </span>
      <FieldProblems path={path} />
    </div>
  );
}
