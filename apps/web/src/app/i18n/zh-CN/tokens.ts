/** Texts of the API token screen (account menu), spread into the catalogue. */
export const tokensZh = {
  'tokens.menu': 'API 令牌',
  'tokens.title': '只读 API 令牌',
  'tokens.intro':
    '脚本用令牌查询 GraphQL (请求头 Authorization: Bearer <令牌>), 只能读取, 不能修改任何数据。令牌只在创建时显示一次。',
  'tokens.account': '账号',
  'tokens.name': '名称',
  'tokens.nameHint': '用途, 如“季度报表脚本”',
  'tokens.nameRequired': '请填写名称',
  'tokens.days': '有效天数',
  'tokens.create': '新建令牌',
  'tokens.prefix': '令牌',
  'tokens.status': '状态',
  'tokens.createdAt': '创建时间',
  'tokens.expiresAt': '到期时间',
  'tokens.revoke': '吊销',
  'tokens.revokeConfirm': '吊销令牌“{name}”? 使用它的脚本将立即无法访问',
  'tokens.empty': '还没有令牌',
  'tokens.createdTitle': '令牌已创建',
  'tokens.createdWarning': '请立即复制保存: 关闭后无法再次查看',
  'tokens.done': '我已保存',
  'tokens.explorer': '在浏览器中试查询 (GraphiQL)',
};

export type TokensKey = keyof typeof tokensZh;
