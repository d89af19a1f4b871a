import { useQuery } from '@apollo/client/react';
import { Typography } from 'antd';
import { ExplanationLines } from '../../components/ExplanationLines';
import { QuarterLinesDocument } from '../../graphql/graphql';

/** A member's explanation lines, loaded when the row is opened. */
export function RowLines({ assessmentId, memberId }: { assessmentId: string; memberId: string }) {
  const { data, loading } = useQuery(QuarterLinesDocument, { variables: { id: assessmentId } });
  if (loading && !data) return <Typography.Text type="secondary">…</Typography.Text>;
  const row = data?.quarterAssessment?.rows.find((r) => r.memberId === memberId);
  return <ExplanationLines lines={row?.score?.lines} />;
}
