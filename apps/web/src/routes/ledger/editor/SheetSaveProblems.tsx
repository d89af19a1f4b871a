import { Alert, Button, Space, Typography } from 'antd';
import { useLocale } from '../../../app/i18n';
import { draftCell, type Bilingual, type Draft } from '../sheet-model';
import type { MonthlySheet, SheetConflict } from '../sheet-types';
import { useCellWords } from './use-cell-words';

/**
 * What the last save came back with: the cells someone else saved first (keep mine or take
 * theirs) and the cells the server refused, each a link to its cell.
 */
export function SheetSaveProblems({
  sheet,
  draft,
  conflicts,
  serverProblems,
  onLocate,
  onSettle,
  onSettleAll,
}: {
  sheet: MonthlySheet | undefined;
  draft: Draft;
  conflicts: ReadonlyMap<string, SheetConflict>;
  serverProblems: ReadonlyMap<string, Bilingual>;
  onLocate: (cellId: string) => void;
  onSettle: (conflict: SheetConflict, choice: 'mine' | 'theirs') => void;
  onSettleAll: (choice: 'mine' | 'theirs') => void;
}) {
  const { t, locale } = useLocale();
  const { describe, showValue } = useCellWords(sheet);
  const say = (text: Bilingual) => (locale === 'en' ? text.en : text.zh);
  return (
    <>
      {conflicts.size > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="sheet-conflicts"
          title={t('ledger.conflicts', { count: conflicts.size })}
          description={
            <Space orientation="vertical" size={4} style={{ width: '100%' }}>
              {[...conflicts.entries()].map(([id, c]) => {
                const key = id.slice(id.indexOf('|') + 1);
                const mine = draftCell(draft, c.memberId, key);
                return (
                  <Space key={id} wrap data-testid="sheet-conflict">
                    <Typography.Link onClick={() => onLocate(id)}>{describe(id)}</Typography.Link>
                    <span>
                      {t('ledger.conflictLine', {
                        theirs: showValue(key, c.currentValue),
                        mine: showValue(key, mine?.value ?? null),
                      })}
                    </span>
                    <Button size="small" onClick={() => onSettle(c, 'mine')}>
                      {t('ledger.keepMine')}
                    </Button>
                    <Button size="small" onClick={() => onSettle(c, 'theirs')}>
                      {t('ledger.takeTheirs')}
                    </Button>
                  </Space>
                );
              })}
              {conflicts.size > 1 && (
                <Space>
                  <Button size="small" onClick={() => onSettleAll('mine')}>
                    {t('ledger.keepAllMine')}
                  </Button>
                  <Button size="small" onClick={() => onSettleAll('theirs')}>
                    {t('ledger.takeAllTheirs')}
                  </Button>
                </Space>
              )}
            </Space>
          }
        />
      )}
      {serverProblems.size > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('ledger.cellProblems')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {[...serverProblems.entries()].map(([id, p]) => (
                <li key={id}>
                  <Typography.Link onClick={() => onLocate(id)}>{describe(id)}</Typography.Link>：
                  {say(p)}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </>
  );
}
