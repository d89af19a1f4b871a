import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Select, Space, Spin } from 'antd';
import { useState } from 'react';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useLocale } from '../../app/i18n';
import {
  SchemeSampleMembersDocument,
  SchemeTryOutDocument,
  type SchemeDraftInput,
} from '../../graphql/graphql';
import { TryOutResult } from './TryOutResult';
import { RecordsYearSelect, ServerErrorAlert, useRecordsYears } from './try-out-shared';

const QUARTERS = [1, 2, 3, 4] as const;

/**
 * 方案试算: a member's real records of a chosen year, scored on the server under the scheme in
 * force and under the draft (saved or not), side by side, line by line.
 */
export function MemberTryOut({
  draft,
  valid,
  draftYear,
}: {
  draft: SchemeDraftInput;
  valid: boolean;
  draftYear: number;
}) {
  const { t } = useLocale();
  const { all: branches, branchId: activeBranch } = useActiveBranch();
  const [branchId, setBranchId] = useState<string | null>(activeBranch);
  const [memberId, setMemberId] = useState<string | null>(null);
  const { years, recordsYear, setRecordsYear } = useRecordsYears(draftYear);
  const [quarter, setQuarter] = useState<number | null>(null);
  const members = useQuery(SchemeSampleMembersDocument, {
    variables: { branchId },
    skip: !branchId,
  });
  const tried = useQuery(SchemeTryOutDocument, {
    variables: { draft, memberId: memberId ?? '', recordsYear: recordsYear ?? 0, quarter },
    skip: !memberId || !valid || recordsYear === null,
    context: { errorDisplay: 'none' },
  });
  const result = tried.data?.schemeTryOut;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          aria-label={t('cmt.branch')}
          placeholder={t('cmt.branch')}
          value={branchId ?? undefined}
          onChange={(id: string) => {
            setBranchId(id);
            setMemberId(null);
          }}
          options={branches.map((b) => ({ value: b.id, label: b.name }))}
          style={{ width: 200 }}
        />
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t('scheme.preview.member')}
          placeholder={t('scheme.preview.member')}
          value={memberId ?? undefined}
          onChange={(id: string) => setMemberId(id)}
          options={(members.data?.members ?? []).map((m) => ({ value: m.id, label: m.name }))}
          style={{ width: 160 }}
        />
        <RecordsYearSelect years={years} value={recordsYear} onChange={setRecordsYear} />
        <Select<number>
          aria-label={t('tryOut.period')}
          value={quarter ?? 0}
          onChange={(q) => setQuarter(q === 0 ? null : q)}
          options={[
            { value: 0, label: t('tryOut.wholeYear') },
            ...QUARTERS.map((q) => ({ value: q, label: t('tryOut.quarter', { quarter: q }) })),
          ]}
          style={{ width: 120 }}
        />
      </Space>
      {!valid ? (
        <Alert type="warning" showIcon title={t('scheme.preview.invalid')} />
      ) : !memberId ? (
        <Empty description={t('scheme.preview.pickMember')} />
      ) : tried.error ? (
        <ServerErrorAlert error={tried.error} />
      ) : !result ? (
        <Spin />
      ) : (
        <TryOutResult result={result} />
      )}
    </Space>
  );
}
