import { useQuery } from '@apollo/client/react';
import type { MemberYearFacts, Scheme } from '@jifen/scoring';
import { Alert, Select, Space, Statistic } from 'antd';
import { useState } from 'react';
import { useActiveBranch } from '../../app/branch/active-branch';
import { useLocale } from '../../app/i18n';
import { SchemeSampleMembersDocument, SchemeSampleScoreDocument } from '../../graphql/graphql';
import { SchemePreview, SchemeWhatIf } from './SchemeTryOut';

/**
 * A member's year of ledger facts (MemberYearFacts) as the server's facts loader reads them.
 * The server has no operation for this yet (see the web README's list of missing operations):
 * until it has, there are no facts and the previews say so.
 */
function useMemberFacts(_memberId: string | null, _year: number): MemberYearFacts | null {
  return null;
}

/** Every member's facts of a year, for the what-if comparison; missing on the server as above. */
function useBureauFacts(_year: number): MemberYearFacts[] | null {
  return null;
}

/** 方案试算: pick a sample member; their year is scored with the draft, in the browser. */
export function SchemeSamplePreview({
  draft,
  valid,
  year,
}: {
  draft: Scheme;
  valid: boolean;
  year: number;
}) {
  const { t } = useLocale();
  const { all: branches, branchId: activeBranch } = useActiveBranch();
  const [branchId, setBranchId] = useState<string | null>(activeBranch);
  const [memberId, setMemberId] = useState<string | null>(null);
  const members = useQuery(SchemeSampleMembersDocument, {
    variables: { branchId },
    skip: !branchId,
  });
  const score = useQuery(SchemeSampleScoreDocument, {
    variables: { memberId: memberId ?? '', year },
    skip: !memberId,
  });
  const facts = useMemberFacts(memberId, year);
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
        {score.data && (
          <Statistic
            title={t('scheme.preview.currentTotalOf', {
              version: score.data.memberScore.schemeVersion,
              asOf: score.data.memberScore.asOf,
            })}
            value={score.data.memberScore.total.value}
          />
        )}
      </Space>
      {memberId && !facts && <Alert type="warning" showIcon title={t('scheme.preview.noFacts')} />}
      <SchemePreview
        draft={draft}
        valid={valid}
        facts={facts}
        serverTotal={score.data?.memberScore.total.value ?? null}
        asOf={score.data?.memberScore.asOf}
      />
    </Space>
  );
}

/** 对比试算: the draft against the scheme in force, over last year's facts of every member. */
export function SchemeWhatIfPanel({
  draft,
  valid,
  baseline,
  year,
}: {
  draft: Scheme;
  valid: boolean;
  baseline: Scheme | null;
  year: number;
}) {
  const { t } = useLocale();
  const factsList = useBureauFacts(year - 1);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {!factsList && (
        <Alert type="warning" showIcon title={t('scheme.whatIf.missing', { year: year - 1 })} />
      )}
      <SchemeWhatIf
        draft={draft}
        valid={valid}
        baseline={baseline}
        factsList={factsList}
        nameOf={(id) => id}
      />
    </Space>
  );
}
