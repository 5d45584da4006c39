import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { ApiError } from '@/api/problem'
import {
  decisionProblemFields, emptyMeasure, toDecisionRequest, validateDecision, type DecisionDraft,
} from '@/components/cases/decisionForm'
import { canDecide } from '@/components/cases/gates'
import { toStepRequest } from '@/components/cases/stepForm'
import type { CaseFile } from '@/components/cases/types'
import NextStepActions from '@/components/cases/NextStepActions.vue'
import { i18n } from '@/i18n'
import zhCN from '@/i18n/zh-CN'

const t = (key: string) => key
const draft = (over: Partial<DecisionDraft> = {}): DecisionDraft => ({
  fineAmount: '', returnAmount: '', basis: '', measures: [], mitigation: [], signedBy: [], doctors: [], ...over,
})
const ARTICLE_38 = '《医疗保障基金使用监督管理条例》第三十八条 allows a fine of 18600.00 to 37200.00 yuan here (1× to 2× the loss of 18600.00), not 37200.01'

describe('the decision form: what the browser checks', () => {
  it('should accept a fine within the money format and leave the lawful range to the service', () => {
    expect(validateDecision(draft({ fineAmount: '37200.00' }), t)).toEqual({})
    // out of the lawful range, but well-formed: sent, so the service can refuse it citing the article
    expect(validateDecision(draft({ fineAmount: '37200.01' }), t)).toEqual({})
  })

  it('should refuse money that is not yuan with at most two decimals', () => {
    expect(validateDecision(draft({ fineAmount: '-1' }), t)).toEqual({ fineAmount: 'cases.decision.moneyFormat' })
    expect(validateDecision(draft({ fineAmount: '1.234' }), t)).toEqual({ fineAmount: 'cases.decision.moneyFormat' })
    expect(validateDecision(draft({ fineAmount: '100', returnAmount: 'abc' }), t))
      .toEqual({ returnAmount: 'cases.decision.moneyFormat' })
  })

  it('should ask for a fine or a measure, unless no penalty applies (art. 33)', () => {
    expect(validateDecision(draft(), t)).toEqual({ fineAmount: 'cases.decision.ordersNothing' })
    expect(validateDecision(draft({ returnAmount: '3000.00' }), t)).toEqual({})
    expect(validateDecision(draft({ mitigation: ['MINOR_CORRECTED'] }), t)).toEqual({})
  })

  it('should name the measure fields a suspension needs, as the service names them', () => {
    const measure = { ...emptyMeasure(), months: null }
    expect(validateDecision(draft({ measures: [measure] }), t)).toEqual({
      'measures[0].months': 'common.required', 'measures[0].from': 'common.required',
    })
  })

  it('should send a six-month suspension from a date with the fine, leaving blanks out', () => {
    const request = toDecisionRequest(draft({
      fineAmount: ' 37200.00 ', measures: [emptyMeasure('SUSPEND_AGREEMENT', '2026-03-01')], signedBy: ['张局长(演示)'],
    }))
    expect(request).toEqual({
      fineAmount: '37200.00', signedBy: ['张局长(演示)'],
      measures: [{ kind: 'SUSPEND_AGREEMENT', months: 6, from: '2026-03-01' }],
    })
  })

  it('should send a termination without months', () => {
    const request = toDecisionRequest(draft({ measures: [{ ...emptyMeasure('TERMINATE_AGREEMENT', '2026-04-01'), months: 6 }] }))
    expect(request.measures).toEqual([{ kind: 'TERMINATE_AGREEMENT', from: '2026-04-01' }])
  })
})

describe('a refused decision: the problem at the offending field', () => {
  it('should show fine-out-of-range with its article under the fine', () => {
    const refused = new ApiError(422, {
      type: 'https://ybjg.org/problems/fine-out-of-range', title: 'Rule violated', status: 422, detail: ARTICLE_38,
      violations: [{ field: 'fineAmount', message: ARTICLE_38 }],
    })
    expect(decisionProblemFields(refused)).toEqual({ fields: { fineAmount: ARTICLE_38 }, general: null })
  })

  it('should place fine-out-of-range at the fine even without violations', () => {
    const refused = new ApiError(422, { type: 'https://ybjg.org/problems/fine-out-of-range', detail: ARTICLE_38 })
    expect(decisionProblemFields(refused).fields.fineAmount).toContain('第三十八条')
  })

  it('should show a measure violation at its measure', () => {
    const message = 'a 暂停医保服务协议 lasts 6 to 12 months (条例 arts. 38, 40), not 13'
    const refused = new ApiError(422, { type: 'https://ybjg.org/problems/measure-months-out-of-range', detail: message,
      violations: [{ field: 'measures[0].months', message }] })
    expect(decisionProblemFields(refused)).toEqual({ fields: { 'measures[0].months': message }, general: null })
  })

  it('should show a procedural refusal for the form as a whole', () => {
    const detail = 'a major decision (agreement measure or large fine) needs legal review first'
    const refused = new ApiError(422, { type: 'https://ybjg.org/problems/legal-review-required', detail,
      violations: [{ field: 'action', message: detail }] })
    expect(decisionProblemFields(refused)).toEqual({ fields: {}, general: detail })
  })

  it('should have every message key the form uses in Chinese', () => {
    const decision = (zhCN as { cases: { decision: Record<string, string> } }).cases.decision
    expect(decision.moneyFormat).toBeTruthy()
    expect(decision.ordersNothing).toBeTruthy()
  })
})

function aCase(over: Partial<CaseFile> = {}, procedure: Partial<CaseFile['procedure']> = {}): CaseFile {
  return {
    id: 'c1', version: 3, status: 'NOTIFIED', statusLabel: '已告知', origin: 'INSPECTION_FINDING', originLabel: '检查发现',
    institutionId: 'i1', ownership: 'PRIVATE', ownershipLabel: '民营', countyCode: '990102', category: 'GENERAL_VIOLATION',
    categoryLabel: '一般违规', openedOn: '2026-02-10', history: [],
    procedure: { clueOn: '2026-02-09', extensions: [], statements: [], notifiedOn: '2026-02-13', statementDue: '2026-02-27',
      hearingRight: true, waived: false, ...procedure },
    ...over,
  }
}

function stepButtons(caseFile: CaseFile, canWrite = true) {
  const wrapper = mount(NextStepActions, { props: { caseFile, canWrite }, global: { plugins: [i18n] } })
  return { wrapper, labels: wrapper.findAll('[data-testid="next-steps"] > .el-button').map((b) => b.text()) }
}

describe('only the next lawful steps, as the service answers them', () => {
  it('should offer exactly the case\'s nextSteps, in its order and with its labels', () => {
    const { labels } = stepButtons(aCase({ nextSteps: [
      { action: 'WAIVE', actionLabel: '放弃陈述申辩和听证' }, { action: 'LEGAL_REVIEW', actionLabel: '法制审核' },
      { action: 'DISMISS', actionLabel: '撤销案件/不予处罚' },
    ] }))
    expect(labels).toEqual(['放弃陈述申辩和听证', '法制审核', '撤销案件/不予处罚'])
  })

  it('should keep no table of its own: a status offers only what the service lists for this case', () => {
    // a CLUE case whose answer lists only FILE: no 不予立案, no 延长立案期限 from any client-side copy
    const { labels } = stepButtons(aCase({ status: 'CLUE', statusLabel: '待立案', nextSteps: [{ action: 'FILE', actionLabel: '立案' }] }))
    expect(labels).toEqual(['立案'])
  })

  it('should offer nothing when the service lists no step, and no buttons to a reader', () => {
    const none = stepButtons(aCase({ status: 'CLOSED', statusLabel: '已结案', nextSteps: [] }))
    expect(none.labels).toEqual([])
    expect(none.wrapper.text()).toContain('当前没有可办理的步骤')
    const reader = stepButtons(aCase({ nextSteps: [{ action: 'WAIVE', actionLabel: '放弃陈述申辩和听证' }] }), false)
    expect(reader.labels).toEqual([])
    expect(reader.wrapper.text()).toContain('您的角色只能查看')
  })

  it('should draft a decision only on a notified case without one (the statement period is the service\'s check)', () => {
    expect(canDecide(aCase())).toBe(true)
    expect(canDecide(aCase({ status: 'FILED' }))).toBe(false)
    expect(canDecide(aCase({ decision: { decisionNumber: 'x' } as CaseFile['decision'] }))).toBe(false)
  })

  it('should send only the fields of the step', () => {
    expect(toStepRequest('FILE', {
      on: '2026-02-11', signedBy: '张局长(演示)、李副局长(演示)', note: '', reason: 'x', days: 30, proposal: 'p', proposedFine: '1',
      proposesAgreementMeasure: true, method: '直接送达', recipient: '', finePaid: '', returnedAmount: '', deadline: '',
    })).toEqual({ action: 'FILE', on: '2026-02-11', signedBy: ['张局长(演示)', '李副局长(演示)'] })
  })
})
