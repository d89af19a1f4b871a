import { Check, Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BureauOwned } from '../../../tenancy/bureau-owned.js';
import { Role } from '../../../auth/roles.js';
import { Branch } from '../branches/branch.entity.js';
import { UserAccount } from './user-account.entity.js';

/**
 * One role of one user: bureau roles (committee administrator, analyst) have no branch; branch
 * roles name their branch. A person may hold different roles in different branches.
 */
@ObjectType('RoleAssignment', { description: '角色分配', simpleResolvers: true })
@Entity({ tableName: 'role_assignment' })
@Unique({
  name: 'role_assignment_unique_grant',
  expression:
    'create unique index "role_assignment_unique_grant" on "role_assignment" ("bureau_id", "user_id", "role", "branch_id") nulls not distinct',
})
// Bureau roles span the bureau (no branch); every other role names its branch.
@Check({
  name: 'role_assignment_branch_matches_role',
  expression: `(role in ('committee_admin', 'analyst')) = (branch_id is null)`,
})
export class RoleAssignment extends BureauOwned {
  @ManyToOne(() => UserAccount, {
    fieldNames: ['bureau_id', 'user_id'],
    ownColumns: ['user_id'],
    ref: true,
  })
  user!: Ref<UserAccount>;

  @Field(() => ID)
  @Property({ type: 'uuid', fieldName: 'user_id', persist: false })
  userId!: string;

  @Field(() => Role)
  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @ManyToOne(() => Branch, {
    fieldNames: ['bureau_id', 'branch_id'],
    ownColumns: ['branch_id'],
    ref: true,
    nullable: true,
  })
  branch?: Ref<Branch> | null;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', fieldName: 'branch_id', persist: false, nullable: true })
  branchId?: string | null;
}
