export default {
  app: { title: '医保基金监管平台', publicTitle: '医保基金监管信息公开', short: '医保监管' },
  action: {
    search: '搜索', reset: '重置', add: '新增', import: '导入', export: '导出', save: '保存', submit: '提交',
    cancel: '取消', confirm: '确定', back: '返回', view: '查看', edit: '编辑', delete: '删除', refresh: '刷新',
    download: '下载', preview: '预览', close: '关闭', closeOthers: '关闭其他', next: '下一步', previous: '上一步',
    logout: '退出登录', login: '登录',
  },
  common: {
    loading: '加载中…', empty: '暂无数据', total: '共 {n} 条', yes: '是', no: '否', all: '全部', none: '无',
    operation: '操作', status: '状态', remark: '备注', region: '区划', name: '名称', date: '日期', amount: '金额（元）',
    confirmTitle: '请确认', confirmAction: '确定要{action}吗？', success: '操作成功', required: '必填',
    history: '历史记录', detail: '详情', yuan: '元',
  },
  layout: {
    home: '首页', region: '当前区划', language: '语言', tabs: '已打开页面',
    outage: '{services} 暂时无法访问，相关页面稍后再试；其他功能可继续使用。',
  },
  service: {
    'institution-registry': '定点机构名录服务', 'inspection-service': '检查服务', 'case-service': '案件服务',
    'reporting-service': '统计报表服务',
  },
  role: {
    PROVINCE_ADMIN: '省级管理员', CITY_ADMIN: '市级管理员', COUNTY_ADMIN: '县级管理员', INSPECTOR: '检查人员',
    EXPERT: '专家', AUDITOR: '审计员（只读）', INSTITUTION_USER: '定点机构用户', API_CLIENT: '接口调用方',
  },
  login: {
    title: '登录', username: '用户名', password: '密码', submit: '登录', demoUsers: '演示账号（密码均为 demo）',
    expired: '登录已过期，请重新登录。', publicLink: '信息公开（无需登录）', oidc: '使用统一身份认证登录',
    failed: '登录失败', role: '角色',
  },
  error: {
    forbidden: '无权访问', forbiddenText: '您的角色无权访问此页面或记录。', notFound: '页面不存在',
    notFoundText: '您要找的页面或记录不存在，或不在您的区划范围内。', network: '网络错误，请检查连接后重试。',
    fieldErrors: '请更正标出的字段', home: '返回首页',
  },
  menu: {
    dashboard: '工作台', registry: '定点机构', inspection: '双随机检查', cases: '案件办理', reports: '统计报表',
  },
}
