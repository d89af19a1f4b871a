import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { today } from '../../app/calendar/today';
import { useT } from '../../app/i18n';
import { MemberPageDocument, type MemberPageQuery } from '../../graphql/graphql';
import { FullMembershipDialog } from '../roster/FullMembershipDialog';
import { MemberAudit } from './MemberAudit';
import { MemberDeclarations } from './MemberDeclarations';
import { MemberMonths } from './MemberMonths';
import { MemberOutcomes } from './MemberOutcomes';
import { MemberScores } from './MemberScores';

type Membership = MemberPageQuery['member']['memberships'][number];

/**
 * 党员信息: the person, their branches over time, the year's scores (by quarter and by month),
 * declarations and warning cases, and the audit about them.
 */
export default function MemberPage() {
  const t = useT();
  const { id = '' } = useParams();
  const thisYear = today().year();
  const [year, setYear] = useState(thisYear);
  const [recording, setRecording] = useState(false);
  const { data, loading } = useQuery(MemberPageDocument, { variables: { id, year } });
  const member = data?.member;

  if (loading && !member) return <Card loading />;
  if (!member) return <Alert type="error" showIcon title={t('member.notFound')} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card
        title={
          <Space>
            <span data-testid="member-name">{member.name}</span>
            <Tag color={member.status === 'FULL' ? 'red' : 'orange'}>{member.statusLabel}</Tag>
            {!member.active && <Tag>{t('roster.activeNo')}</Tag>}
          </Space>
        }
        extra={
          <Space>
            {member.availableActions.includes('recordFullMembership') && (
              <Button size="small" onClick={() => setRecording(true)}>
                {t('roster.fullMembership')}
              </Button>
            )}
            <Link to="/roster">{t('member.back')}</Link>
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('roster.branch')}>{member.branch.name}</Descriptions.Item>
          <Descriptions.Item label={t('roster.group')}>
            {member.group?.name ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('roster.position')}>
            {member.position ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('roster.field.joinedOn')}>
            {member.joinedOn ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('roster.field.fullMemberOn')}>
            {member.fullMemberOn ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('roster.field.gender')}>
            {member.genderLabel ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('roster.field.birthDate')}>
            {member.birthDate ?? ''}
          </Descriptions.Item>
          {/* The server sends the phone only to those who may see it (the committee, the secretary, the member). */}
          {member.phone && (
            <Descriptions.Item label={t('roster.field.phone')}>{member.phone}</Descriptions.Item>
          )}
        </Descriptions>
        <FullMembershipDialog
          member={recording ? member : null}
          onClose={() => setRecording(false)}
        />
      </Card>

      <Card size="small" title={t('member.memberships')}>
        <Table<Membership>
          size="small"
          rowKey="id"
          pagination={false}
          data-testid="member-memberships"
          dataSource={member.memberships}
          columns={[
            {
              title: t('member.membershipBranch'),
              key: 'branch',
              render: (_, m) => m.branch.name,
            },
            { title: t('member.membershipFrom'), dataIndex: 'fromMonth', key: 'from' },
            {
              title: t('member.membershipTo'),
              key: 'to',
              render: (_, m) => m.toMonth ?? t('member.membershipOpen'),
            },
          ]}
        />
      </Card>

      <Card
        size="small"
        title={t('member.scores', { year })}
        extra={
          <Select
            aria-label={t('myScores.year')}
            value={year}
            onChange={setYear}
            options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({
              value: y,
              label: t('myScores.yearLabel', { year: y }),
            }))}
            style={{ width: 100 }}
          />
        }
      >
        <MemberScores member={member} year={year} />
      </Card>

      <Card size="small" title={t('member.months', { year })}>
        <MemberMonths member={member} year={year} />
      </Card>

      <Card size="small" title={t('member.declarations', { year })}>
        <MemberDeclarations memberId={member.id} year={year} />
      </Card>

      <Card size="small" title={t('member.outcomes')}>
        <MemberOutcomes memberId={member.id} />
      </Card>

      {member.availableActions.includes('readAudit') && (
        <Card size="small" title={t('member.audit')}>
          <MemberAudit memberId={member.id} />
        </Card>
      )}
    </Space>
  );
}
