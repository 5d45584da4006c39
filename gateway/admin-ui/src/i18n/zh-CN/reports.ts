// 统计报表与工作台的文字（工作台放在 dashboard 下）。
export default {
  menu: { counties: '区县监管概况', countyDetail: '区县详情' },
  figures: {
    institutions: '定点医药机构', medical: '定点医疗机构', pharmacy: '定点零售药店',
    agreementsActive: '协议履行中', agreementsSuspended: '暂停医保服务', agreementsTerminated: '解除协议',
    findings: '检查发现问题', casesOpened: '立案', decisions: '处理决定', suspensionsDecided: '决定暂停服务',
    finesDecided: '罚款金额（元）', counties: '县区数',
  },
  list: {
    title: '区县监管概况', county: '县区', countyCode: '区划代码', countyName: '县区名称',
    institutionCount: '机构数', countyNamePlaceholder: '输入县区名称', asOf: '数据截至 {time}', noData: '尚无数据', totals: '合计',
    groupInstitutions: '定点机构', groupAgreements: '服务协议', groupSupervision: '监管处理',
    regionTitle: '{region} 各县区', eventual: '报表由各服务的事件汇总生成，可能比业务数据稍晚。',
  },
  charts: {
    institutionsByCounty: '各县区定点医药机构', supervisionByCounty: '各县区检查与处理', finesByCounty: '各县区罚款金额（元）',
    institutionsByType: '定点医药机构构成', agreementStates: '服务协议状态', supervision: '检查与处理',
  },
  detail: {
    title: '{county} 监管概况', code: '区划代码', notFound: '未找到该县区', notFoundText: '该县区不存在，或不在您的区划范围内。',
    back: '返回列表', agreements: '服务协议', supervision: '监管处理', institutions: '定点医药机构',
  },
  dashboard: {
    title: '{region} 监管概况', unavailable: '暂不可用', unavailableHint: '{service}暂时无法访问', retry: '重试',
    failed: '加载失败', empty: '暂无数据', toReports: '查看统计报表',
    institutions: {
      title: '定点医药机构', total: '机构总数', medical: '定点医疗机构', pharmacy: '定点零售药店',
      chart: '按机构等级分布',
    },
    agreements: {
      title: '服务协议', active: '履行中', suspended: '暂停医保服务', none: '未签订', terminated: '已解除',
      share: '协议覆盖率', shareHint: '履行中与暂停中的协议 ÷ 定点机构（不含已解除）',
    },
    cases: {
      title: '案件办理', open: '办理中案件', overdue: '期限已过案件', closed: '已结案', chart: '各办理阶段案件数',
      overdueList: '最早逾期', due: '期限', noOverdue: '没有逾期的办理期限',
    },
    coverage: {
      title: '全覆盖检查', none: '暂无全覆盖检查轮次', window: '检查期间', checked: '已检查', population: '应检查',
      unchecked: '未检查', overdue: '逾期未查', share: '覆盖进度', chart: '各县区检查进度',
    },
    recovery: {
      title: '资金追缴', cases: '已决定案件', assessed: '应缴（罚款+退回）', finePaid: '已缴罚款', returned: '已退回基金',
      outstanding: '尚未缴清', share: '追缴到位率',
    },
    supervision: {
      title: '监管成效', findings: '检查发现问题', decisions: '处理决定', suspensions: '决定暂停服务',
      fines: '罚款金额（元）', asOf: '数据截至 {time}',
    },
  },
  enums: {
    InstitutionLevel: {
      TERTIARY: '三级', SECONDARY: '二级', PRIMARY: '一级', VILLAGE_CLINIC: '村卫生室',
      OUTPATIENT_COVERAGE: '门诊保障定点药店', ORDINARY_RETAIL: '普通定点零售药店',
    },
    CaseStatus: {
      CLUE: '待立案', FILED: '已立案', NOTIFIED: '已告知', DECIDED: '已决定', SERVED: '已送达', EXECUTED: '已执行',
      RECTIFYING: '整改中', CLOSED: '已结案',
    },
  },
}
