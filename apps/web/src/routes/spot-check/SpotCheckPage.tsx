import { useApolloClient, useQuery } from '@apollo/client/react';
import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useLocale } from '../../app/i18n';
import { downloadBase64 } from '../../components/download';
import {
  SpotCheckExcelDocument,
  SpotChecksDocument,
  type SpotChecksQuery,
} from '../../graphql/graphql';
import { DrawSpotCheckForm } from './DrawSpotCheckForm';
import { SpotCheckItems, STATE_COLOURS } from './SpotCheckItems';

type Check = SpotChecksQuery['spotChecks'][number];

function ExportButton({ check }: { check: Check }) {
  const { t } = useLocale();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { data } = await client.query({
        query: SpotCheckExcelDocument,
        variables: { id: check.id },
        fetchPolicy: 'network-only',
      });
      const file = data?.spotCheckExcel;
      if (file) downloadBase64(file.contentBase64, file.fileName, file.mimeType);
    } catch {
      // The error link has said why.
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
      {t('spot.export')}
    </Button>
  );
}

function CheckCard({ check, branchMode }: { check: Check; branchMode: boolean }) {
  const { t } = useLocale();
  return (
    <Card
      title={check.title}
      extra={<ExportButton check={check} />}
      data-testid={`spot-check-${check.id}`}
    >
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>
          {t('spot.period', { from: check.fromMonth, to: check.toMonth })}
        </Typography.Text>
        {!branchMode && (
          <>
            <Typography.Text type="secondary">
              {t('spot.sample', { sample: check.sampleSize, population: check.populationSize })}
            </Typography.Text>
            <Typography.Text type="secondary" copyable={{ text: check.seed }}>
              {t('spot.seed', { seed: check.seed })}
            </Typography.Text>
          </>
        )}
        {check.stateCounts
          .filter((c) => c.count > 0)
          .map((c) => (
            <Tag key={c.state} color={STATE_COLOURS[c.state]}>
              {c.label} {c.count}
            </Tag>
          ))}
      </Space>
      <SpotCheckItems items={check.items} showBranch={!branchMode} />
    </Card>
  );
}

/**
 * 随机抽查: the committee draws, checks and closes (/spot-check); a branch answers the findings
 * about itself (/spot-check/follow-ups, for the active branch). What each may do is the server's.
 */
export default function SpotCheckPage() {
  const { t } = useLocale();
  const branchMode = useLocation().pathname.startsWith('/spot-check/follow-ups');
  const { branchId } = useActiveBranch();
  const { data, loading, error, refetch } = useQuery(SpotChecksDocument, {
    variables: { branchId: branchMode ? branchId : null },
    skip: branchMode && !branchId,
    fetchPolicy: 'cache-and-network',
  });
  const checks = (data?.spotChecks ?? []).filter((c) => !branchMode || c.items.length > 0);

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {branchMode ? t('spot.branchTitle') : t('spot.title')}
        </Typography.Title>
        {!branchMode && <DrawSpotCheckForm onDrawn={() => void refetch()} />}
      </Space>
      {branchMode && <Alert type="info" showIcon title={t('spot.branchIntro')} />}
      {error && <Alert type="error" showIcon title={t('error.unknown')} />}
      {loading && !data ? (
        <Spin />
      ) : checks.length === 0 ? (
        <Empty description={branchMode ? t('spot.noneForBranch') : t('spot.none')} />
      ) : (
        checks.map((check) => <CheckCard key={check.id} check={check} branchMode={branchMode} />)
      )}
    </Space>
  );
}
