import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Alert, App, Button, Card, Empty, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { MonthlySheetDocument, SaveMonthlySheetDocument } from '../../graphql/graphql';
import { useLocale } from '../../app/i18n';
import { newIdempotencyKey } from '../../components/idempotency';
import { useMonthParam as useSheetMonth } from '../../components/use-month-param';
import { SheetCellDetails } from './editor/SheetCellDetails';
import { SheetGrid, type GridPos } from './SheetGrid';
import { saveRefusal } from './editor/save-errors';
import { SheetSaveProblems } from './editor/SheetSaveProblems';
import { SheetToolbar } from './editor/SheetToolbar';
import {
  cellId,
  conflictId,
  draftProblems,
  draftSize,
  EMPTY_DRAFT,
  isEditable,
  pastedValue,
  resolveConflict,
  saveCells,
  setDraftNote,
  setDraftValue,
  type Bilingual,
  type Draft,
} from './sheet-model';
import type { SheetConflict } from './sheet-types';
import { useGridTexts } from './editor/use-grid-texts';
import { useLeaveGuard } from './editor/use-leave-guard';
import { useLiveScores } from './use-live-scores';

type SaveState = { phase: 'idle' | 'saving' };

/** The editable sheet of one branch-month, with save, conflicts, import and export. */
export function SheetEditor({ branchId }: { branchId: string }) {
  const { t, locale } = useLocale();
  const { message, modal } = App.useApp();
  const client = useApolloClient();
  const [month, setMonth] = useSheetMonth();
  const variables = { branchId, month };
  const { data, loading, error, refetch } = useQuery(MonthlySheetDocument, {
    variables,
    context: { errorDisplay: 'none' },
  });
  const sheet = data?.monthlySheet;

  // Edits are kept per branch and month: switching away and back finds them again.
  const scope = `${branchId}|${month}`;
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map());
  const draft = drafts.get(scope) ?? EMPTY_DRAFT;
  const setDraft = useCallback(
    (update: Draft | ((current: Draft) => Draft)) =>
      setDrafts((all) => {
        const current = all.get(scope) ?? EMPTY_DRAFT;
        const next = typeof update === 'function' ? update(current) : update;
        if (next === current) return all;
        const out = new Map(all);
        if (draftSize(next) === 0) out.delete(scope);
        else out.set(scope, next);
        return out;
      }),
    [scope],
  );
  const [active, setActive] = useState<GridPos>({ row: 0, col: 0 });
  const [conflicts, setConflicts] = useState<ReadonlyMap<string, SheetConflict>>(new Map());
  const [serverProblems, setServerProblems] = useState<ReadonlyMap<string, Bilingual>>(new Map());
  const [banner, setBanner] = useState<string | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ phase: 'idle' });
  // One key per content of a save: a retry of the same edits after a network failure is replayed.
  const keyRef = useRef<{ draft: Draft; key: string } | null>(null);

  const { scores, averages } = useLiveScores(sheet, draft);
  const edits = draftSize(draft);
  const editsElsewhere = [...drafts.entries()].reduce(
    (n, [key, d]) => (key === scope ? n : n + draftSize(d)),
    0,
  );
  const say = useCallback((text: Bilingual) => (locale === 'en' ? text.en : text.zh), [locale]);

  // Another branch or month: its own edits, no marks of the last save.
  const [shownScope, setShownScope] = useState(scope);
  if (shownScope !== scope) {
    setShownScope(scope);
    setConflicts(new Map());
    setServerProblems(new Map());
    setBanner(null);
    setActive({ row: 0, col: 0 });
  }

  useLeaveGuard(edits + editsElsewhere);

  const clearMarks = useCallback((id: string) => {
    setServerProblems((m) => {
      if (!m.has(id)) return m;
      const next = new Map(m);
      next.delete(id);
      return next;
    });
  }, []);

  const onEdit = useCallback(
    (rowIndex: number, col: number, value: string | null) => {
      if (!sheet) return;
      const row = sheet.rows[rowIndex];
      const column = sheet.columns[col];
      if (!row || !column || !isEditable(column, sheet.closed)) return;
      setDraft((d) => setDraftValue(d, row, col, column.key, value));
      clearMarks(cellId(row.memberId, column.key));
    },
    [sheet, clearMarks, setDraft],
  );

  const onPaste = useCallback(
    (rowIndex: number, col: number, block: string[][]) => {
      if (!sheet) return;
      const cells: { row: (typeof sheet.rows)[number]; col: number; value: string | null }[] = [];
      block.forEach((line, i) => {
        const row = sheet.rows[rowIndex + i];
        if (!row) return;
        line.forEach((text, j) => {
          const column = sheet.columns[col + j];
          if (!column || !isEditable(column, sheet.closed)) return;
          cells.push({ row, col: col + j, value: pastedValue(column, text) });
        });
      });
      setDraft((d) =>
        cells.reduce(
          (next, c) => setDraftValue(next, c.row, c.col, sheet.columns[c.col]!.key, c.value),
          d,
        ),
      );
      message.info(t('ledger.pasted', { count: cells.length }));
    },
    [sheet, message, t, setDraft],
  );

  const discard = () => {
    modal.confirm({
      title: t('ledger.discardTitle'),
      content: t('ledger.discardBody', { count: edits }),
      okText: t('ledger.discard'),
      okButtonProps: { danger: true },
      cancelText: t('ledger.stay'),
      onOk: () => {
        setDraft(EMPTY_DRAFT);
        setConflicts(new Map());
        setServerProblems(new Map());
        setBanner(null);
      },
    });
  };

  const [saveMutation] = useMutation(SaveMonthlySheetDocument, {
    context: { errorDisplay: 'none' },
  });

  const locate = useCallback(
    (id: string) => {
      if (!sheet) return;
      const [memberId, key] = [id.slice(0, id.indexOf('|')), id.slice(id.indexOf('|') + 1)];
      const row = sheet.rows.findIndex((r) => r.memberId === memberId);
      const col = sheet.columns.findIndex((c) => c.key === key);
      if (row >= 0 && col >= 0) setActive({ row, col });
      document.querySelector<HTMLElement>('[data-testid="sheet-grid"]')?.focus();
    },
    [sheet],
  );

  const save = useCallback(async () => {
    if (!sheet || edits === 0 || saveState.phase === 'saving') return;
    const problems = draftProblems(sheet, draft);
    if (problems.size > 0) {
      setServerProblems(new Map());
      setBanner(t('ledger.fixFirst', { count: problems.size }));
      locate([...problems.keys()][0]!);
      return;
    }
    const sent = saveCells(sheet, draft);
    if (!keyRef.current || keyRef.current.draft !== draft) {
      keyRef.current = { draft, key: newIdempotencyKey('sheet') };
    }
    setSaveState({ phase: 'saving' });
    setBanner(null);
    try {
      const result = await saveMutation({
        variables: {
          input: {
            branchId: sheet.branchId,
            month: sheet.month,
            idempotencyKey: keyRef.current.key,
            cells: sent.map((s) => s.input),
          },
        },
      });
      const payload = result.data?.saveMonthlySheet;
      if (payload) {
        client.writeQuery({
          query: MonthlySheetDocument,
          variables: { branchId: sheet.branchId, month: sheet.month },
          data: { monthlySheet: payload.sheet },
        });
        setDraft(EMPTY_DRAFT);
        setConflicts(new Map());
        setServerProblems(new Map());
        keyRef.current = null;
        message.success(t('ledger.saved', { count: payload.applied }));
      }
    } catch (err) {
      handleSaveError(err, sent);
    } finally {
      setSaveState({ phase: 'idle' });
    }

    function handleSaveError(err: unknown, sentCells: { id: string }[]) {
      const refusal = saveRefusal(err, sentCells);
      if (refusal.network) {
        setBanner(t('ledger.networkRetry'));
        return;
      }
      const { conflicts: found, problems } = refusal;
      setConflicts(found);
      setServerProblems(problems);
      setBanner(refusal.general.map(say).join(t('app.listSeparator')) || null);
      if (found.size > 0) {
        // Show what the others saved; the person's edits stay on top of it.
        void refetch();
        locate([...found.keys()][0]!);
      } else if (problems.size > 0) {
        locate([...problems.keys()][0]!);
      }
    }
  }, [
    sheet,
    edits,
    saveState.phase,
    draft,
    t,
    saveMutation,
    client,
    message,
    refetch,
    say,
    locate,
    setDraft,
  ]);

  // Ctrl+S saves.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  const settle = (conflict: SheetConflict, choice: 'mine' | 'theirs') => {
    setDraft((d) => resolveConflict(d, conflict, choice));
    setConflicts((m) => {
      const next = new Map(m);
      next.delete(conflictId(conflict));
      return next;
    });
  };
  const settleAll = (choice: 'mine' | 'theirs') => {
    setDraft((d) => [...conflicts.values()].reduce((acc, c) => resolveConflict(acc, c, choice), d));
    setConflicts(new Map());
  };

  const texts = useGridTexts();

  const liveRows = [...scores.values()].filter((s) => s.live).length;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <SheetToolbar
        sheet={sheet}
        branchId={branchId}
        month={month}
        onMonth={setMonth}
        edits={edits}
        editsElsewhere={editsElsewhere}
        saving={saveState.phase === 'saving'}
        onSave={() => void save()}
        onDiscard={discard}
        onReload={() => void refetch()}
      />

      {sheet?.closed && (
        <Alert
          type="info"
          showIcon
          title={t('ledger.closedHelp')}
          description={locale === 'en' ? sheet.closedReasonEn : sheet.closedReason}
        />
      )}
      {banner && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={banner}
          closable={{ onClose: () => setBanner(null) }}
          data-testid="sheet-banner"
        />
      )}
      <SheetSaveProblems
        sheet={sheet}
        draft={draft}
        conflicts={conflicts}
        serverProblems={serverProblems}
        onLocate={locate}
        onSettle={settle}
        onSettleAll={settleAll}
      />

      {error && !sheet && (
        <Alert
          type="error"
          showIcon
          title={t('ledger.loadFailed')}
          description={CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined}
          action={<Button onClick={() => void refetch()}>{t('app.retry')}</Button>}
        />
      )}
      {loading && !sheet && (
        <Card>
          <Spin description={t('app.loading')}>
            <div style={{ height: 120 }} />
          </Spin>
        </Card>
      )}
      {sheet && sheet.rows.length === 0 && <Empty description={t('ledger.noMembers')} />}
      {sheet && sheet.rows.length > 0 && (
        <>
          <SheetGrid
            sheet={sheet}
            draft={draft}
            scores={scores}
            averages={averages}
            serverProblems={serverProblems}
            conflicts={conflicts}
            readOnly={sheet.closed}
            locale={locale}
            texts={texts}
            active={active}
            onActiveChange={setActive}
            onEdit={onEdit}
            onPaste={onPaste}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="sheet-live">
            {liveRows > 0
              ? t('ledger.liveNote', { count: liveRows })
              : t('ledger.serverNote', { version: sheet.schemeVersion })}
          </Typography.Text>
          {sheet.rows[active.row] && sheet.columns[active.col] && (
            <SheetCellDetails
              sheet={sheet}
              row={active.row}
              col={active.col}
              draft={draft}
              onNote={(note) =>
                setDraft((d) =>
                  setDraftNote(
                    d,
                    sheet.rows[active.row]!,
                    active.col,
                    sheet.columns[active.col]!.key,
                    note,
                  ),
                )
              }
            />
          )}
        </>
      )}
    </Space>
  );
}
