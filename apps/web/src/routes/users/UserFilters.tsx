import { Input, Select, Space } from 'antd';
import { useT } from '../../app/i18n';
import { roleLabelKey } from '../../app/roles';
import type { UserRowFragment } from '../../graphql/graphql';
import { USER_STATES, branchChoices, roleChoices, type UserFilter } from './user-filter';

/** One "all …" select of the bar: cleared, it filters nothing. */
function AllOf<V extends string>({
  label,
  width,
  value,
  options,
  onChange,
  searchable,
}: {
  label: string;
  width: number;
  value: V | null;
  options: { value: V; label: string }[];
  onChange: (value: V | null) => void;
  searchable?: boolean;
}) {
  return (
    <Select<V>
      allowClear
      showSearch={searchable ? { optionFilterProp: 'label' } : undefined}
      placeholder={label}
      aria-label={label}
      style={{ width }}
      value={value}
      onChange={(next) => onChange(next ?? null)}
      options={options}
    />
  );
}

/** The account list's search and its branch, role and state filters, with what is left. */
export function UserFilters({
  users,
  shown,
  filter,
  onChange,
}: {
  users: readonly UserRowFragment[];
  shown: number;
  filter: UserFilter;
  onChange: (change: Partial<UserFilter>) => void;
}) {
  const t = useT();
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('users.search')}
        aria-label={t('users.search')}
        value={filter.search}
        onChange={(e) => onChange({ search: e.target.value })}
        style={{ width: 240 }}
      />
      <AllOf
        label={t('users.allBranches')}
        width={200}
        searchable
        value={filter.branchId}
        onChange={(branchId) => onChange({ branchId })}
        options={branchChoices(users).map((b) => ({ value: b.id, label: b.name }))}
      />
      <AllOf
        label={t('users.allRoles')}
        width={150}
        value={filter.role}
        onChange={(role) => onChange({ role })}
        options={roleChoices(users).map((r) => ({ value: r, label: t(roleLabelKey(r)) }))}
      />
      <AllOf
        label={t('users.allStates')}
        width={140}
        value={filter.state}
        onChange={(state) => onChange({ state })}
        options={USER_STATES.map((s) => ({ value: s, label: t(`users.${s}`) }))}
      />
      <span data-testid="users-count">{t('users.total', { count: shown })}</span>
    </Space>
  );
}
