import { useMutation } from '@apollo/client/react';
import { App, Button, Popconfirm, Space } from 'antd';
import { useT } from '../../app/i18n';
import {
  DeleteMemberDocument,
  RosterDocument,
  type RosterMemberFragment,
} from '../../graphql/graphql';

export type MemberDialog = 'edit' | 'fullMembership' | 'transfer' | 'leave';

/** A roster row's buttons: only those the server lists in the member's `availableActions`. */
export function MemberActions({
  member,
  onOpen,
}: {
  member: RosterMemberFragment;
  onOpen: (dialog: MemberDialog, member: RosterMemberFragment) => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  // A refusal (the member already has records) is the error link's toast: nothing to point at.
  const [remove, { loading }] = useMutation(DeleteMemberDocument, {
    refetchQueries: [RosterDocument],
  });
  const can = (action: string) => member.availableActions.includes(action);
  const del = async () => {
    try {
      await remove({ variables: { id: member.id } });
      message.success(t('roster.deleted', { name: member.name }));
    } catch {
      // Said by the error link.
    }
  };
  return (
    <Space size={0} wrap>
      {can('update') && (
        <Button size="small" type="link" onClick={() => onOpen('edit', member)}>
          {t('roster.edit')}
        </Button>
      )}
      {can('recordFullMembership') && (
        <Button size="small" type="link" onClick={() => onOpen('fullMembership', member)}>
          {t('roster.fullMembership')}
        </Button>
      )}
      {can('transfer') && (
        <Button size="small" type="link" onClick={() => onOpen('transfer', member)}>
          {t('roster.transfer')}
        </Button>
      )}
      {can('recordLeaving') && (
        <Button size="small" type="link" onClick={() => onOpen('leave', member)}>
          {t('roster.leave')}
        </Button>
      )}
      {can('delete') && (
        <Popconfirm
          title={t('roster.deleteConfirm', { name: member.name })}
          okText={t('roster.delete')}
          okButtonProps={{ danger: true }}
          cancelText={t('common.cancel')}
          onConfirm={del}
        >
          <Button size="small" type="link" danger loading={loading}>
            {t('roster.delete')}
          </Button>
        </Popconfirm>
      )}
    </Space>
  );
}
