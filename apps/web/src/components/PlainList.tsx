import type { CSSProperties, ReactNode } from 'react';

export type PlainListRow = {
  key: string;
  content: ReactNode;
  extra?: ReactNode;
  testId?: string;
  /** A row that is clicked as a whole (e.g. a notification that opens what it is about). */
  onClick?: () => void;
  /** Added to the row's own style. */
  style?: CSSProperties;
};

/**
 * A plain divided list (antd 6.6 deprecates `List` and warns in the console on every use):
 * each row its content on the left and an optional figure on the right.
 */
export function PlainList({ rows, testId }: { rows: readonly PlainListRow[]; testId?: string }) {
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid={testId}>
      {rows.map((row, index) => (
        <li
          key={row.key}
          data-testid={row.testId}
          onClick={row.onClick}
          style={{
            display: 'flex',
            gap: 12,
            alignItems: 'baseline',
            justifyContent: 'space-between',
            padding: '8px 4px',
            borderTop: index === 0 ? undefined : '1px solid rgba(5, 5, 5, 0.06)',
            ...row.style,
          }}
        >
          <div style={{ minWidth: 0, flex: 1 }}>{row.content}</div>
          {row.extra !== undefined && <div style={{ flexShrink: 0 }}>{row.extra}</div>}
        </li>
      ))}
    </ul>
  );
}
