export default {
  menu: { list: '案件列表', detail: '案件详情', overdue: '逾期案件' },
  field: {
    status: '案件状态', institution: '定点机构', institutionId: '机构编号', category: '违规性质', deadline: '办理期限',
    improperAmount: '涉及金额（元）', openedOn: '登记日期', origin: '案件来源', ownership: '经营性质',
  },
  deadline: {
    none: '无进行中的期限', overdue: '{step}已逾期（{due}）', left: '{step}：{due} 前，剩 {days} 个工作日',
  },
  procedure: { title: '办案程序', next: '可办理的下一步：', signed: '签字' },
  step: {
    proposal: '拟处理意见', proposesAgreementMeasure: '拟暂停或解除协议', reason: '理由', days: '延长天数',
    recipient: '受送达人', method: '送达方式', methodHint: '直接送达、邮寄送达、留置送达……', deadline: '整改期限',
    signedBy: '签字人', signedByHint: '多人用逗号分隔；不填为本人',
  },
  penalty: {
    title: '处罚裁量', article: '适用条款', lossBase: '损失基数（元）', fineRange: '罚款幅度（元）',
    statutoryRange: '法定幅度（元）', measures: '协议处理', suspensionAllowed: '可暂停医保服务',
    noSuspension: '不得暂停医保服务', terminationAllowed: '、可解除服务协议', credit: '信用后果', explanation: '裁量说明',
  },
  decision: {
    title: '作出处理决定', fineAmount: '罚款金额', suspend: '暂停医保服务协议', months: '暂停月数', from: '起始日期',
    issue: '作出处理决定', issued: '处理决定已作出：{number}', issuedTitle: '处理决定', number: '决定书文号',
    decidedOn: '决定日期', measures: '协议处理', basis: '法律依据', monthsUnit: '个月', preview: '预览决定书',
    moneyFormat: '金额须为数字，最多两位小数',
  },
  recovery: {
    title: '追缴与执行', assessed: '应追缴（元）', returned: '已退回（元）', finePaid: '已缴罚款（元）',
    outstanding: '未缴清（元）', kind: '款项', record: '登记缴款',
  },
  referral: { title: '案件移送', target: '移送机关', reason: '移送理由', proposed: '建议移送：', send: '移送' },
  enums: {
    CaseStatus: {
      CLUE: '待立案', FILED: '已立案', NOTIFIED: '已告知', DECIDED: '已决定', SERVED: '已送达', EXECUTED: '已执行',
      RECTIFYING: '整改中', CLOSED: '已结案',
    },
    PaymentKind: { RETURN: '退回基金', FINE: '罚款' },
    ReferralTarget: {
      DISCIPLINE_INSPECTION: '纪检监察机关', PUBLIC_SECURITY: '公安机关', JUDICIARY: '司法机关',
      HEALTH_COMMISSION: '卫生健康部门', MARKET_REGULATION: '市场监管部门',
    },
  },
}
