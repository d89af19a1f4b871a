import { Descriptions } from 'antd';
import { type DeclarationFieldsFragment } from '../../graphql/graphql';
import { useLocale } from '../../app/i18n';
import {
  DeclarationHistory,
  DeclarationStatusTag,
} from '../../components/declarations/DeclarationHistory';
import { EvidenceViewer } from '../../components/evidence/EvidenceViewer';

type Declaration = DeclarationFieldsFragment;

/** A declaration in full: what was declared, its evidence and every step taken on it. */
export function DeclarationDetails({ declaration: d }: { declaration: Declaration }) {
  const t = useLocale().t;
  return (
    <>
      <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('declare.month')}>{d.month}</Descriptions.Item>
        <Descriptions.Item label={t('declare.description')}>{d.description}</Descriptions.Item>
        <Descriptions.Item label={t('inbox.points')}>
          {d.declaredPoints ?? t('declare.unitDefault')}
          {d.countedPoints !== null && ` → ${d.countedPoints}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('inbox.status')}>
          <DeclarationStatusTag declaration={d} />
        </Descriptions.Item>
        {d.evidenceId && (
          <Descriptions.Item label={t('inbox.evidence')}>
            <EvidenceViewer evidenceId={d.evidenceId} label={t('evidence.view')} />
          </Descriptions.Item>
        )}
      </Descriptions>
      <DeclarationHistory events={d.events} />
    </>
  );
}
