import { useQuery } from '@apollo/client/react';
import {
  Button,
  Card,
  Drawer,
  Empty,
  Segmented,
  Select,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { useMemo, useState } from 'react';
import {
  BranchDeclarationsDocument,
  type DeclarationFieldsFragment,
  type DeclarationStatus,
} from '../../graphql/graphql';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useLocale } from '../../app/i18n';
import { DeclarationStatusTag } from '../../components/declarations/DeclarationHistory';
import { EvidenceViewer } from '../../components/evidence/EvidenceViewer';
import { useYearScheme } from '../../components/use-year-scheme';
import { today } from '../../app/calendar/today';
import { DecideModal } from './DecideModal';
import { DeclarationDetails } from './DeclarationDetails';
import { ResolveModal } from './ResolveModal';

type Declaration = DeclarationFieldsFragment;
type Filter = 'todo' | 'all' | DeclarationStatus;

// The steps that make a declaration the viewer's to handle (the server's availableActions):
// deciding a new one (the branch's recorders) or a dispute (the branch committee). A member's own
// DISPUTE is not the inbox's work.
const HANDLING: readonly string[] = ['DECIDE', 'RESOLVE_DISPUTE'];
const handledBy = (d: Declaration) => d.availableActions.some((a) => HANDLING.includes(a));

/**
 * 待处理 is what waits for the viewer, as the server says who may act: the same declarations the
 * home page's to-do list counts. Disputes left to the branch committee stay under their status.
 */
export function filterDeclarations(list: readonly Declaration[], filter: Filter): Declaration[] {
  if (filter === 'all') return [...list];
  if (filter === 'todo') return list.filter(handledBy);
  return list.filter((d) => d.status === filter);
}

/** Disputes the viewer cannot decide: named under 待处理 so that they are not looked for there. */
export const disputesForOthers = (list: readonly Declaration[]) =>
  list.filter((d) => d.status === 'DISPUTED' && !handledBy(d));

/** 申报审核: the branch's declarations; accept or reject with a reason; the committee decides disputes. */
export default function DeclarationsInboxPage() {
  const { t, locale } = useLocale();
  const { branchId, branch } = useActiveBranch();
  const thisYear = today().year();
  const [year, setYear] = useState(thisYear);
  const [filter, setFilter] = useState<Filter>('todo');
  const [deciding, setDeciding] = useState<{ declaration: Declaration; accept: boolean } | null>(
    null,
  );
  const [resolving, setResolving] = useState<Declaration | null>(null);
  const [showing, setShowing] = useState<Declaration | null>(null);
  const { names } = useYearScheme(year);
  // What each person may do with a declaration is the server's answer (availableActions).
  const may = (d: Declaration, action: string) => d.availableActions.includes(action);

  const { data, loading } = useQuery(BranchDeclarationsDocument, {
    variables: { filter: { year, branchId } },
    skip: !branchId,
  });
  const all = useMemo(() => data?.declarations ?? [], [data]);
  // One filter per status the year's declarations are in, named as the server names it.
  const statuses = useMemo(() => [...new Map(all.map((d) => [d.status, d])).values()], [all]);
  const rows = useMemo(() => filterDeclarations(all, filter), [all, filter]);
  const todo = filterDeclarations(all, 'todo').length;
  const othersDisputes = disputesForOthers(all).length;
  const itemName = (code: string) => {
    const info = names.get(code);
    return info ? (locale === 'en' ? info.nameEn : info.nameZh) : code;
  };

  if (!branchId) return <Empty description={t('roster.noBranch')} />;

  const columns: TableProps<Declaration>['columns'] = [
    {
      title: t('ledger.memberName'),
      key: 'member',
      width: 80,
      fixed: 'start',
      render: (_, d) => d.member?.name ?? d.memberId,
    },
    { title: t('declare.month'), dataIndex: 'month', key: 'month', width: 80 },
    {
      title: t('declare.item'),
      key: 'item',
      width: 150,
      render: (_, d) => itemName(d.itemCode),
    },
    {
      title: t('declare.description'),
      dataIndex: 'description',
      key: 'description',
      // Read whole before deciding: it wraps rather than ending in an ellipsis.
    },
    {
      title: t('inbox.points'),
      key: 'points',
      width: 100,
      render: (_, d) => (
        <span>
          {d.declaredPoints ?? t('declare.unitDefault')}
          {d.countedPoints !== null && (
            <Typography.Text type="success"> → {d.countedPoints}</Typography.Text>
          )}
        </span>
      ),
    },
    {
      title: t('inbox.evidence'),
      key: 'evidence',
      width: 80,
      render: (_, d) =>
        d.evidenceId ? <EvidenceViewer evidenceId={d.evidenceId} label={t('inbox.view')} /> : '—',
    },
    {
      title: t('inbox.status'),
      key: 'status',
      width: 110,
      render: (_, d) => <DeclarationStatusTag declaration={d} />,
    },
    {
      title: t('inbox.actions'),
      key: 'actions',
      width: 210,
      render: (_, d) => (
        <Space size={4} wrap>
          {may(d, 'DECIDE') && (
            <>
              <Button
                size="small"
                type="primary"
                onClick={() => setDeciding({ declaration: d, accept: true })}
                data-testid="inbox-accept"
              >
                {t('inbox.accept')}
              </Button>
              <Button
                size="small"
                danger
                onClick={() => setDeciding({ declaration: d, accept: false })}
                data-testid="inbox-reject"
              >
                {t('inbox.reject')}
              </Button>
            </>
          )}
          {may(d, 'RESOLVE_DISPUTE') && (
            <Button
              size="small"
              type="primary"
              onClick={() => setResolving(d)}
              data-testid="inbox-resolve"
            >
              {t('inbox.resolve')}
            </Button>
          )}
          <Button size="small" type="link" onClick={() => setShowing(d)}>
            {t('inbox.history')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{t('inbox.title')}</span>
          {branch && <Typography.Text type="secondary">{branch.name}</Typography.Text>}
        </Space>
      }
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={t('myScores.year')}
          value={year}
          onChange={setYear}
          options={[thisYear, thisYear - 1].map((y) => ({
            value: y,
            label: t('myScores.yearLabel', { year: y }),
          }))}
          style={{ width: 100 }}
        />
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'todo', label: t('inbox.todo', { count: todo }) },
            { value: 'all', label: t('inbox.all') },
            ...statuses.map((s) => ({ value: s.status, label: s.statusLabel })),
          ]}
        />
      </Space>
      {filter === 'todo' && othersDisputes > 0 && (
        <Typography.Paragraph type="secondary" data-testid="inbox-others-disputes">
          {t('inbox.disputesToPanel', { count: othersDisputes })}
        </Typography.Paragraph>
      )}
      <Table<Declaration>
        rowKey="id"
        size="middle"
        loading={loading && !data}
        columns={columns}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        scroll={{ x: 960 }}
        locale={{ emptyText: <Empty description={t('inbox.empty')} /> }}
        data-testid="inbox-table"
      />
      {deciding && (
        <DecideModal
          declaration={deciding.declaration}
          accept={deciding.accept}
          itemName={itemName(deciding.declaration.itemCode)}
          onClose={() => setDeciding(null)}
        />
      )}
      {resolving && (
        <ResolveModal
          declaration={resolving}
          itemName={itemName(resolving.itemCode)}
          onClose={() => setResolving(null)}
        />
      )}
      <Drawer
        open={showing !== null}
        onClose={() => setShowing(null)}
        title={showing ? `${showing.member?.name ?? ''} · ${itemName(showing.itemCode)}` : ''}
        size={420}
      >
        {showing && <DeclarationDetails declaration={showing} />}
      </Drawer>
    </Card>
  );
}
