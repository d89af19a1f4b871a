import { useMutation, useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Scheme, SchemeProblem } from '@jifen/scoring';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Segmented,
  Space,
  Spin,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useLocale, type MessageKey } from '../../app/i18n';
import { mayDoBureauWide } from '../../app/access';
import { useViewer } from '../../app/session/session';
import { YearSelect, currentYear } from '../../components/YearSelect';
import {
  CreateSchemeDocument,
  PublishSchemeDocument,
  SchemesDocument,
  UpdateSchemeDraftDocument,
  type SchemeFieldsFragment,
  type SchemeSource,
  type SchemeStatus,
} from '../../graphql/graphql';
import { zhOrEn } from './editor/fields';
import { MemberTryOut } from './SchemeTryOut';
import { BureauWhatIf } from './SchemeWhatIf';
import { draftInput } from './try-out-shared';
import { CorrectionDialog } from './CorrectionDialog';
import { SchemeWorkbench, useSchemeValidation } from './SchemeWorkbench';

type Version = SchemeFieldsFragment;

const STATUS_COLORS: Record<SchemeStatus, string> = {
  DRAFT: 'orange',
  PUBLISHED: 'green',
  SUPERSEDED: 'default',
};

/** The version to open first: the year's draft if there is one, else the one in force. */
export function defaultVersion(versions: readonly Version[]): Version | undefined {
  return (
    versions.find((v) => v.status === 'DRAFT') ??
    versions.find((v) => v.status === 'PUBLISHED') ??
    versions[0]
  );
}

/** The scheme problems a refused save carries (`extensions.details.problems`), if any. */
export function problemsOfError(error: unknown): SchemeProblem[] {
  if (!CombinedGraphQLErrors.is(error)) return [];
  return error.errors.flatMap((e) => {
    const details = e.extensions?.['details'] as { problems?: SchemeProblem[] } | undefined;
    return details?.problems ?? [];
  });
}

const isConflict = (error: unknown) =>
  CombinedGraphQLErrors.is(error) &&
  error.errors.some((e) => e.extensions?.['code'] === 'CONFLICT');

function CreateYear({
  year,
  hasPrevious,
  canEdit,
}: {
  year: number;
  hasPrevious: boolean;
  canEdit: boolean;
}) {
  const { t } = useLocale();
  const [create, { loading }] = useMutation(CreateSchemeDocument, {
    refetchQueries: ['Schemes'],
    awaitRefetchQueries: true,
  });
  const run = (from: SchemeSource) =>
    void create({ variables: { year, from } }).catch(() => undefined);
  return (
    <Empty description={t('scheme.noScheme', { year })} data-testid="scheme-empty">
      {canEdit && (
        <Space wrap style={{ justifyContent: 'center' }}>
          <Button type="primary" loading={loading} onClick={() => run('DEFAULT_2021')}>
            {t('scheme.createFromDefault')}
          </Button>
          <Tooltip title={hasPrevious ? undefined : t('scheme.noPrevious', { year: year - 1 })}>
            <Button loading={loading} disabled={!hasPrevious} onClick={() => run('PREVIOUS_YEAR')}>
              {t('scheme.copyPrevious', { year: year - 1 })}
            </Button>
          </Tooltip>
        </Space>
      )}
    </Empty>
  );
}

/**
 * 年度方案: the bureau's schemes year by year. A year starts from the 2021 default or a copy of the
 * previous year; its draft is edited here, every setting checked by `validateScheme` (the server's
 * own check) as it is typed; saving uses the draft's revision (someone else's save is a conflict,
 * not an overwrite); publishing is final and a published year changes only by a correction, a new
 * version from a month with a reason.
 */
export default function SchemePage() {
  const { t, locale } = useLocale();
  const { modal, message } = App.useApp();
  // Others read the scheme and try drafts out in the editor; only the committee saves (server's word).
  const canEdit = mayDoBureauWide(useViewer().actions, 'EDIT_SCHEMES');
  const [year, setYear] = useState(currentYear());
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [edits, setEdits] = useState<Record<string, Scheme>>({});
  const [serverProblems, setServerProblems] = useState<SchemeProblem[]>([]);
  const [conflict, setConflict] = useState(false);
  const [correcting, setCorrecting] = useState(false);
  const { data, loading, refetch } = useQuery(SchemesDocument, { variables: { year } });
  const previous = useQuery(SchemesDocument, { variables: { year: year - 1 } });
  const versions = useMemo(
    () => [...(data?.schemes ?? [])].sort((a, b) => b.version - a.version),
    [data],
  );
  const current = versions.find((v) => v.id === chosenId) ?? defaultVersion(versions);
  const inForce = versions.find((v) => v.status === 'PUBLISHED') ?? null;
  const lastYearInForce =
    previous.data?.schemes.find((v) => v.status === 'PUBLISHED') ??
    previous.data?.schemes.find((v) => v.status === 'SUPERSEDED') ??
    null;
  const saved = current ? (current.definition as Scheme) : null;
  const draft = current ? (edits[current.id] ?? saved) : null;
  const edited = !!current && edits[current.id] !== undefined;
  const readOnly = current?.status !== 'DRAFT';
  const validation = useSchemeValidation(draft ?? ({} as Scheme));
  // What the try-outs send: the saved version, or the edits not saved yet.
  const tried = useMemo(
    () => (current ? draftInput(current.id, edited, draft) : null),
    [current, edited, draft],
  );

  const [save, saving] = useMutation(UpdateSchemeDraftDocument, {
    context: { errorDisplay: 'none' },
  });
  const [publish, publishing] = useMutation(PublishSchemeDocument, {
    refetchQueries: ['Schemes'],
    awaitRefetchQueries: true,
  });

  const onChange = useCallback(
    (update: (d: Scheme) => Scheme) => {
      if (!current || !saved) return;
      setServerProblems([]);
      setEdits((all) => ({ ...all, [current.id]: update(all[current.id] ?? saved) }));
    },
    [current, saved],
  );

  const discard = () => {
    if (!current) return;
    setEdits(({ [current.id]: _, ...rest }) => rest);
    setServerProblems([]);
    setConflict(false);
  };

  const doSave = async () => {
    if (!current || !draft) return;
    try {
      await save({
        variables: { id: current.id, definition: draft, expectedRevision: current.revision },
      });
      discard();
      void message.success(t('scheme.saved'));
    } catch (error) {
      if (isConflict(error)) setConflict(true);
      const problems = problemsOfError(error);
      setServerProblems(problems);
      if (!problems.length && !isConflict(error)) void message.error(t('error.unknown'));
    }
  };

  const doPublish = () => {
    if (!current) return;
    modal.confirm({
      title: t('scheme.publish.title', { year: current.year, version: current.version }),
      content: t('scheme.publish.content'),
      okText: t('scheme.publish'),
      cancelText: t('cmt.cancel'),
      onOk: async () => {
        await publish({ variables: { id: current.id, expectedRevision: current.revision } });
        void message.success(t('scheme.published'));
      },
    });
  };

  const versionLabel = (v: Version) => `v${v.version} · ${v.statusLabel}`;

  return (
    <Card
      title={
        <Space wrap>
          <span>{t('scheme.title')}</span>
          <YearSelect
            value={year}
            onChange={(y) => {
              setYear(y);
              setChosenId(null);
            }}
          />
          {versions.length > 0 && (
            <Segmented<string>
              value={current?.id ?? ''}
              onChange={(id) => setChosenId(id)}
              options={versions.map((v) => ({ value: v.id, label: versionLabel(v) }))}
              data-testid="scheme-versions"
            />
          )}
          {edited && <Tag color="orange">{t('scheme.edited')}</Tag>}
        </Space>
      }
      extra={
        current && (
          <Space wrap>
            {current.status === 'DRAFT' && (
              <>
                <Button disabled={!edited} onClick={discard}>
                  {t('scheme.discard')}
                </Button>
                {canEdit && (
                  <>
                    <Button
                      type="primary"
                      disabled={!edited || !validation.ok}
                      loading={saving.loading}
                      onClick={() => void doSave()}
                    >
                      {t('scheme.save')}
                    </Button>
                    <Tooltip title={edited ? t('scheme.publish.saveFirst') : undefined}>
                      <Button
                        danger
                        disabled={edited || !validation.ok}
                        loading={publishing.loading}
                        onClick={doPublish}
                      >
                        {t('scheme.publish')}
                      </Button>
                    </Tooltip>
                  </>
                )}
              </>
            )}
            {canEdit &&
              current.status === 'PUBLISHED' &&
              !versions.some((v) => v.status === 'DRAFT') && (
                <Button onClick={() => setCorrecting(true)}>{t('scheme.correction.create')}</Button>
              )}
          </Space>
        )
      }
    >
      {loading && !data ? (
        <Spin />
      ) : !current || !draft ? (
        <CreateYear year={year} hasPrevious={!!lastYearInForce} canEdit={canEdit} />
      ) : (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {zhOrEn(locale, draft.nameZh, draft.nameEn) || `${draft.year}`}
          </Typography.Title>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
            <Descriptions.Item label={t('cmt.status')}>
              <Tag color={STATUS_COLORS[current.status]} data-testid="scheme-status">
                {current.statusLabel}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('scheme.effectiveFrom')}>
              {current.effectiveFromMonth}
            </Descriptions.Item>
            <Descriptions.Item label={t('scheme.origin')}>{current.originLabel}</Descriptions.Item>
            <Descriptions.Item label={t('scheme.publishedAt')}>
              {current.publishedAt ? dayjs(current.publishedAt).format('YYYY-MM-DD HH:mm') : '—'}
            </Descriptions.Item>
            {current.reason && (
              <Descriptions.Item label={t('scheme.correction.reason')} span={4}>
                {current.reason}
              </Descriptions.Item>
            )}
          </Descriptions>
          {readOnly && (
            <Alert
              type="info"
              showIcon
              title={
                // Only the committee can make a correction version: others are not told to.
                current.status === 'PUBLISHED' && !canEdit
                  ? t('scheme.readOnly.inForce')
                  : t(`scheme.readOnly.${current.status}` as MessageKey)
              }
            />
          )}
          {conflict && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={t('scheme.conflict')}
              action={
                <Button
                  size="small"
                  onClick={() => {
                    discard();
                    void refetch();
                  }}
                >
                  {t('scheme.reloadLatest')}
                </Button>
              }
            />
          )}
          <SchemeWorkbench
            draft={draft}
            onChange={onChange}
            readOnly={readOnly}
            extraProblems={serverProblems}
            extraTabs={[
              {
                key: 'preview',
                label: t('scheme.preview'),
                children: (
                  <MemberTryOut draft={tried!} valid={validation.ok} draftYear={draft.year} />
                ),
              },
              {
                key: 'whatIf',
                label: t('scheme.whatIf'),
                children: (
                  <BureauWhatIf draft={tried!} valid={validation.ok} draftYear={draft.year} />
                ),
              },
            ]}
          />
        </Space>
      )}
      {inForce && (
        <CorrectionDialog
          year={year}
          from={inForce.effectiveFromMonth}
          open={correcting}
          onClose={() => setCorrecting(false)}
          onCreated={(id) => setChosenId(id)}
        />
      )}
    </Card>
  );
}
