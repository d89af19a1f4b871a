import { Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import type { DeclarationFieldsFragment, DeclarationStatus } from '../../graphql/graphql';
import { useT, type MessageKey } from '../../app/i18n';

export const STATUS_COLORS: Record<DeclarationStatus, string> = {
  SUBMITTED: 'processing',
  ACCEPTED: 'success',
  REJECTED: 'error',
  DISPUTED: 'warning',
  UPHELD: 'default',
  OVERTURNED: 'purple',
};

/** The status as the member and the scorekeeper read it (upheld/overturned say what counts). */
export function DeclarationStatusTag({
  declaration,
}: {
  declaration: Pick<DeclarationFieldsFragment, 'status' | 'statusLabel' | 'countedPoints'>;
}) {
  const t = useT();
  const counted = declaration.countedPoints !== null;
  return (
    <Tag color={STATUS_COLORS[declaration.status]} data-testid="declaration-status">
      {declaration.statusLabel}
      {(declaration.status === 'UPHELD' || declaration.status === 'OVERTURNED') &&
        ` · ${t(counted ? 'declaration.counts' : 'declaration.notCounted')}`}
    </Tag>
  );
}

/** The acting role as people read it (the server names it in lower case, e.g. `scorekeeper`). */
function roleLabel(role: string | null, t: ReturnType<typeof useT>): string {
  if (!role) return '';
  const key = `role.${role.toUpperCase()}` as MessageKey;
  const text = t(key);
  return ` · ${text === undefined || text === key ? role : text}`;
}

/** Every step of a declaration, in order: who (name and role), when, why, and the points it set. */
export function DeclarationHistory({ events }: { events: DeclarationFieldsFragment['events'] }) {
  const t = useT();
  return (
    <Timeline
      data-testid="declaration-history"
      items={events.map((event) => ({
        key: event.id,
        color:
          STATUS_COLORS[event.step] === 'error'
            ? 'red'
            : STATUS_COLORS[event.step] === 'success'
              ? 'green'
              : 'blue',
        content: (
          <div>
            <Typography.Text strong>{event.stepLabel}</Typography.Text>{' '}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {dayjs(event.at).format('YYYY-MM-DD HH:mm')}
              {event.actorName && ` · ${event.actorName}`}
              {roleLabel(event.actorRole, t)}
            </Typography.Text>
            {event.points && (
              <div>
                <Typography.Text type="secondary">
                  {t('declaration.pointsSet', { points: event.points })}
                </Typography.Text>
              </div>
            )}
            {event.reason && <div>{event.reason}</div>}
          </div>
        ),
      }))}
    />
  );
}
