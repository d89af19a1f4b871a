import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { serverErrors } from '../apollo/server-errors';
import { translator } from '../i18n';
import { routeServerErrors } from './form-errors';

const graphQLError = (message: string, extensions: Record<string, unknown>) =>
  new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions }] });

describe('server errors', () => {
  it('reads the locale`s message, the code and the field', () => {
    const error = graphQLError('请输入密码', {
      code: 'BAD_USER_INPUT',
      messageEn: 'Enter a password',
      field: 'password',
    });
    expect(serverErrors(error, 'zh-CN', translator('zh-CN'))).toEqual([
      { code: 'BAD_USER_INPUT', message: '请输入密码', field: 'password' },
    ]);
    expect(serverErrors(error, 'en', translator('en'))[0]?.message).toBe('Enter a password');
  });

  it('turns a network failure into one message', () => {
    expect(serverErrors(new TypeError('Failed to fetch'), 'zh-CN', translator('zh-CN'))).toEqual([
      { code: 'NETWORK', message: '无法连接服务器，请检查网络后重试', field: null },
    ]);
  });

  it('puts field errors at their field and the rest in the banner', () => {
    const routed = routeServerErrors(
      [
        { code: 'BAD_USER_INPUT', message: '分值超出上限', field: 'input.items.points' },
        { code: 'BAD_USER_INPUT', message: '名称不能为空', field: 'name' },
        { code: 'CONFLICT', message: '数据已被他人修改', field: null },
        { code: 'BAD_USER_INPUT', message: '未知字段', field: 'input.other' },
      ],
      { fields: ['name', 'points'] },
    );
    expect(routed.fields).toEqual([
      { name: 'points', errors: ['分值超出上限'] },
      { name: 'name', errors: ['名称不能为空'] },
    ]);
    expect(routed.general).toEqual(['数据已被他人修改', '未知字段']);
  });

  it('follows an explicit field map', () => {
    const routed = routeServerErrors(
      [{ code: 'BAD_USER_INPUT', message: '超出', field: 'input.items.2.points' }],
      { fields: [], fieldMap: { 'input.items.2.points': ['items', 2, 'points'] } },
    );
    expect(routed.fields).toEqual([{ name: ['items', 2, 'points'], errors: ['超出'] }]);
  });
});
