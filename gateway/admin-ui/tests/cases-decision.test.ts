import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/problem'
import {
  decisionProblemFields, emptyMeasure, toDecisionRequest, validateDecision, type DecisionDraft,
} from '@/components/cases/decisionForm'
import { canDecide, nextSteps, toStepRequest } from '@/components/cases/steps'
import type { CaseFile } from '@/components/cases/types'
import zhCN from '@/i18n/zh-CN'

const t = (key: string) => key
const draft = (over: Partial<DecisionDraft> = {}): DecisionDraft => ({
  fineAmount: '', returnAmount: '', basis: '', measures: [], mitigation: [], signedBy: [], ...over,
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

describe('only the next lawful steps', () => {
  it('should offer a notified case its statement, hearing and waiver while the period runs, not legal review', () => {
    expect(nextSteps(aCase(), '2026-02-20')).toEqual(['RECORD_STATEMENT', 'REQUEST_HEARING', 'WAIVE', 'EXTEND_DECISION', 'DISMISS'])
    expect(canDecide(aCase(), '2026-02-20')).toBe(false)
  })

  it('should offer legal review and the decision once the party waived', () => {
    const waived = aCase({}, { waived: true })
    expect(nextSteps(waived, '2026-02-20')).toEqual(['RECORD_STATEMENT', 'REQUEST_HEARING', 'LEGAL_REVIEW', 'EXTEND_DECISION', 'DISMISS'])
    expect(canDecide(waived, '2026-02-20')).toBe(true)
  })

  it('should offer only holding a requested hearing, and never a second filing extension', () => {
    const pending = aCase({}, { hearingRequestedOn: '2026-02-16' })
    expect(nextSteps(pending, '2026-02-20')).toEqual(['RECORD_STATEMENT', 'HOLD_HEARING', 'EXTEND_DECISION', 'DISMISS'])
    const clue = aCase({ status: 'CLUE' }, { filingExtended: true })
    expect(nextSteps(clue, '2026-02-20')).toEqual(['FILE', 'DECLINE'])
  })

  it('should send only the fields of the step', () => {
    expect(toStepRequest('FILE', {
      on: '2026-02-11', signedBy: '张局长(演示)、李副局长(演示)', note: '', reason: 'x', days: 30, proposal: 'p', proposedFine: '1',
      proposesAgreementMeasure: true, method: '直接送达', recipient: '', finePaid: '', returnedAmount: '', deadline: '',
    })).toEqual({ action: 'FILE', on: '2026-02-11', signedBy: ['张局长(演示)', '李副局长(演示)'] })
  })
})
