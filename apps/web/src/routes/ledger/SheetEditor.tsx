import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { PrinterOutlined, ReloadOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Empty,
  Descriptions,
  Input,
  Space,
  Spin,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useBlocker } from 'react-router';
import { compileScheme, validateScheme, type CompiledScheme, type Scheme } from '@jifen/scoring';
import {
  MonthlySheetDocument,
  SaveMonthlySheetDocument,
  SheetSchemeDocument,
} from '../../graphql/graphql';
import { useLocale } from '../../app/i18n';
import { newIdempotencyKey } from '../../components/idempotency';
import { useMonthParam as useSheetMonth } from '../../components/use-month-param';
import { SheetGrid, type GridPos, type GridTexts } from './SheetGrid';
import { SheetTransfer } from './SheetTransfer';
import {
  cellId,
  cellOfField,
  conflictId,
  conflictsOf,
  draftCell,
  draftProblems,
  draftSize,
  EMPTY_DRAFT,
  isEditable,
  kindOf,
  pastedValue,
  resolveConflict,
  saveCells,
  setDraftNote,
  setDraftValue,
  type Bilingual,
  type Draft,
} from './sheet-model';
import { sheetScheme } from './sheet-scoring';
import type { MonthlySheet, SheetConflict } from './sheet-types';
import { useSheetScores } from './use-sheet-scores';

const EMPTY_SHEETS: MonthlySheet[] = [];

/** The months of the quarter before `month` (their sheets feed the quarterly rules). */
export function earlierMonthsOfQuarter(month: string): string[] {
  const m = Number(month.slice(5, 7));
  const first = m - ((m - 1) % 3);
  const out: string[] = [];
  for (let i = first; i < m; i++) out.push(`${month.slice(0, 4)}-${String(i).padStart(2, '0')}`);
  return out;
}

function useEarlierSheets(branchId: string, month: string): MonthlySheet[] {
  const [first, second] = earlierMonthsOfQuarter(month);
  const options = {
    context: { errorDisplay: 'none' as const },
    fetchPolicy: 'cache-first' as const,
  };
  const a = useQuery(MonthlySheetDocument, {
    ...options,
    variables: { branchId, month: first ?? '' },
    skip: !first,
  });
  const b = useQuery(MonthlySheetDocument, {
    ...options,
    variables: { branchId, month: second ?? '' },
    skip: !second,
  });
  const sheetA = first ? a.data?.monthlySheet : undefined;
  const sheetB = second ? b.data?.monthlySheet : undefined;
  return useMemo(() => {
    const list = [sheetA, sheetB].filter((s): s is MonthlySheet => !!s);
    return list.length ? list : EMPTY_SHEETS;
  }, [sheetA, sheetB]);
}

/** The scheme the sheet was scored with, compiled for the live totals (the default if unreadable). */
function useCompiledScheme(sheet: MonthlySheet | undefined): CompiledScheme | null {
  const { data } = useQuery(SheetSchemeDocument, {
    variables: { id: sheet?.schemeId ?? '' },
    skip: !sheet,
    fetchPolicy: 'cache-first',
    context: { errorDisplay: 'none' },
  });
  const definition = data?.scheme.definition;
  const year = sheet ? Number(sheet.month.slice(0, 4)) : null;
  return useMemo(() => {
    if (year === null) return null;
    if (definition && validateScheme(definition).ok) {
      try {
        return compileScheme(definition as Scheme);
      } catch {
        // Fall through to the default.
      }
    }
    return sheetScheme(year);
  }, [definition, year]);
}

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
  const earlier = useEarlierSheets(branchId, month);
  const scheme = useCompiledScheme(sheet);

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

  const { scores, reproducible } = useSheetScores(sheet, draft, earlier, scheme);
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

  // Leaving with unsaved edits asks first (in the app and when closing the tab).
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      edits + editsElsewhere > 0 && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('ledger.leaveTitle'),
      content: t('ledger.leaveBody', { count: edits + editsElsewhere }),
      okText: t('ledger.leaveOk'),
      cancelText: t('ledger.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t, edits, editsElsewhere]);
  useEffect(() => {
    if (edits + editsElsewhere === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [edits, editsElsewhere]);

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
      if (!CombinedGraphQLErrors.is(err)) {
        setBanner(t('ledger.networkRetry'));
        return;
      }
      const found = new Map<string, SheetConflict>();
      const problems = new Map<string, Bilingual>();
      const general: string[] = [];
      for (const e of err.errors) {
        const ext = (e.extensions ?? {}) as Record<string, unknown>;
        const text = {
          zh: e.message,
          en: typeof ext['messageEn'] === 'string' ? ext['messageEn'] : e.message,
        };
        if (ext['code'] === 'CONFLICT') {
          const named = conflictsOf(ext['details']);
          for (const c of named) found.set(conflictId(c), c);
          // The conflict list says it cell by cell; a conflict without cells is said here.
          if (named.length === 0) general.push(say(text));
          continue;
        }
        const id = cellOfField(typeof ext['field'] === 'string' ? ext['field'] : null, sentCells);
        if (id) problems.set(id, text);
        else general.push(say(text));
      }
      setConflicts(found);
      setServerProblems(problems);
      setBanner(general.join('；') || null);
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

  const texts: GridTexts = useMemo(
    () => ({
      index: t('ledger.index'),
      name: t('ledger.memberName'),
      scores: t('ledger.monthScores'),
      base: t('myScores.base'),
      special: t('myScores.special'),
      total: t('ledger.total'),
      present: t('ledger.present'),
      onTime: t('ledger.duty.onTime'),
      late: t('ledger.duty.late'),
      missing: t('ledger.duty.missing'),
      average: t('ledger.footer'),
      conflictTitle: (value) => t('ledger.conflictTitle', { value }),
      declarations: (count) => t('ledger.declaredCount', { count }),
    }),
    [t],
  );

  const describe = (id: string) => {
    if (!sheet) return id;
    const [memberId, key] = [id.slice(0, id.indexOf('|')), id.slice(id.indexOf('|') + 1)];
    const member = sheet.rows.find((r) => r.memberId === memberId)?.memberName ?? memberId;
    const column = sheet.columns.find((c) => c.key === key);
    const item = column ? (locale === 'en' ? column.nameEn : column.nameZh) : key;
    const when = column?.sessionDate ? ` ${column.sessionDate.slice(5)}` : '';
    return `${member} · ${item}${when}`;
  };
  const showValue = (key: string, value: string | null) => {
    const column = sheet?.columns.find((c) => c.key === key);
    if (value === null) return t('ledger.empty');
    if (column && kindOf(column) === 'duty') {
      return value === 'onTime' || value === 'late' || value === 'missing'
        ? t(`ledger.duty.${value}`)
        : value;
    }
    if (column && kindOf(column) === 'attendance')
      return value === '1' ? t('ledger.present') : value;
    return value;
  };

  const activeRow = sheet?.rows[active.row];
  const activeColumn = sheet?.columns[active.col];
  const activeEdit =
    activeRow && activeColumn ? draftCell(draft, activeRow.memberId, activeColumn.key) : undefined;
  const liveRows = [...scores.values()].filter((s) => s.live).length;
  const unreproduced = sheet ? sheet.rows.length - reproducible.size : 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        size="small"
        title={
          <Space wrap>
            <span>{t('ledger.title')}</span>
            <Typography.Text type="secondary">{sheet?.branchName}</Typography.Text>
          </Space>
        }
        extra={
          <Space wrap>
            {sheet?.closed && (
              <Tag color="default" data-testid="sheet-closed">
                {t('ledger.closed')}
              </Tag>
            )}
            {edits > 0 && (
              <Tag color="gold" data-testid="sheet-unsaved">
                {t('ledger.unsaved', { count: edits })}
              </Tag>
            )}
            {editsElsewhere > 0 && (
              <Tag color="orange" data-testid="sheet-unsaved-elsewhere">
                {t('ledger.unsavedElsewhere', { count: editsElsewhere })}
              </Tag>
            )}
          </Space>
        }
      >
        <Space wrap size={[8, 8]}>
          <DatePicker
            picker="month"
            allowClear={false}
            aria-label={t('ledger.month')}
            value={dayjs(`${month}-01`)}
            onChange={(value) => value && setMonth(value.format('YYYY-MM'))}
            data-testid="sheet-month"
          />
          <Button
            type="primary"
            icon={<SaveOutlined />}
            onClick={() => void save()}
            disabled={edits === 0 || !sheet || sheet.closed}
            loading={saveState.phase === 'saving'}
            data-testid="sheet-save"
          >
            {t('ledger.save')}
          </Button>
          <Button icon={<UndoOutlined />} onClick={discard} disabled={edits === 0}>
            {t('ledger.discard')}
          </Button>
          <Tooltip title={t('ledger.reloadHint')}>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void refetch()}
              aria-label={t('ledger.reload')}
            />
          </Tooltip>
          {sheet && (
            <SheetTransfer
              sheet={sheet}
              disabled={saveState.phase === 'saving'}
              hasEdits={edits > 0}
              onImported={() => void refetch()}
            />
          )}
          <Link to={`print?month=${month}`} data-testid="sheet-print-link">
            <Button icon={<PrinterOutlined />}>{t('ledger.print')}</Button>
          </Link>
        </Space>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
          {t('ledger.keysHelp')}
        </Typography.Paragraph>
      </Card>

      {sheet?.closed && (
        <Alert
          type="info"
          showIcon
          title={t('ledger.closedHelp')}
          description={sheet.closedReason}
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
                    <Typography.Link onClick={() => locate(id)}>{describe(id)}</Typography.Link>
                    <span>
                      {t('ledger.conflictLine', {
                        theirs: showValue(key, c.currentValue),
                        mine: showValue(key, mine?.value ?? null),
                      })}
                    </span>
                    <Button size="small" onClick={() => settle(c, 'mine')}>
                      {t('ledger.keepMine')}
                    </Button>
                    <Button size="small" onClick={() => settle(c, 'theirs')}>
                      {t('ledger.takeTheirs')}
                    </Button>
                  </Space>
                );
              })}
              {conflicts.size > 1 && (
                <Space>
                  <Button size="small" onClick={() => settleAll('mine')}>
                    {t('ledger.keepAllMine')}
                  </Button>
                  <Button size="small" onClick={() => settleAll('theirs')}>
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
                  <Typography.Link onClick={() => locate(id)}>{describe(id)}</Typography.Link>：
                  {say(p)}
                </li>
              ))}
            </ul>
          }
        />
      )}

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
            {unreproduced > 0 && ` ${t('ledger.unreproduced', { count: unreproduced })}`}
          </Typography.Text>
          {activeRow && activeColumn && (
            <Card size="small" title={t('ledger.cellDetails')} data-testid="sheet-cell-details">
              <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
                <Descriptions.Item label={t('ledger.memberName')}>
                  {activeRow.memberName}
                </Descriptions.Item>
                <Descriptions.Item label={t('ledger.item')}>
                  {locale === 'en' ? activeColumn.nameEn : activeColumn.nameZh}（
                  {locale === 'en' ? activeColumn.unitEn : activeColumn.unitZh}）
                </Descriptions.Item>
                {activeColumn.sessionId && (
                  <Descriptions.Item label={t('ledger.session')}>
                    {activeColumn.sessionDate} {activeColumn.sessionTopic}
                  </Descriptions.Item>
                )}
                <Descriptions.Item label={t('ledger.savedValue')}>
                  {showValue(activeColumn.key, activeRow.cells[active.col]?.value ?? null)}
                  {activeRow.cells[active.col]?.version
                    ? ` · ${t('ledger.version', { version: activeRow.cells[active.col]!.version })}`
                    : ''}
                </Descriptions.Item>
                {activeEdit && (
                  <Descriptions.Item label={t('ledger.mine')}>
                    {showValue(activeColumn.key, activeEdit.value)}
                  </Descriptions.Item>
                )}
              </Descriptions>
              {kindOf(activeColumn) === 'breach' && isEditable(activeColumn, sheet.closed) && (
                <Input.TextArea
                  aria-label={t('ledger.decision')}
                  placeholder={t('ledger.decisionHint')}
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  value={activeEdit?.note ?? ''}
                  onChange={(e) =>
                    setDraft((d) =>
                      setDraftNote(d, activeRow, active.col, activeColumn.key, e.target.value),
                    )
                  }
                  data-testid="sheet-decision"
                />
              )}
              {kindOf(activeColumn) === 'declaration' && (
                <Typography.Text type="secondary">{t('ledger.declarationHint')}</Typography.Text>
              )}
            </Card>
          )}
        </>
      )}
    </Space>
  );
}
