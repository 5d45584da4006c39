import { ApiError } from '@/api/problem'
import type { DecisionRequest, MeasureKind, MitigationGround } from './types'

/** One agreement measure as the form edits it (the request's `MeasureRequest` once converted). */
export interface MeasureDraft {
  kind: MeasureKind
  months: number | null
  from: string
  departments: string[]
}

/** The decision form's state: strings as typed, converted by {@link toDecisionRequest}. */
export interface DecisionDraft {
  fineAmount: string
  returnAmount: string
  basis: string
  measures: MeasureDraft[]
  mitigation: MitigationGround[]
  signedBy: string[]
  /** The 医保医师 of the institution the decision names (registry listings). */
  doctors: { doctorId: string; name: string; practiceCode?: string }[]
}

/** The case service's money format (case.yaml `Money`): yuan, at most two decimals, not negative. */
export const MONEY = /^[0-9]{1,13}(\.[0-9]{1,2})?$/

export type Translate = (key: string, values?: Record<string, unknown>) => string

export function emptyMeasure(kind: MeasureKind = 'SUSPEND_AGREEMENT', from = ''): MeasureDraft {
  return { kind, months: kind === 'SUSPEND_AGREEMENT' ? 6 : null, from, departments: [] }
}

/**
 * What the browser can tell before sending: the format of the input only. Whether a fine lies in the lawful
 * range, a measure is allowed or a suspension lasts 6 to 12 months is the service's to say (422, the article
 * cited), so an out-of-range fine is sent and its refusal shown at the field. Keys are the request's field
 * names, as the service's `violations` name them.
 */
export function validateDecision(draft: DecisionDraft, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {}
  const fine = draft.fineAmount.trim()
  const ret = draft.returnAmount.trim()
  if (fine && !MONEY.test(fine)) errors.fineAmount = t('cases.decision.moneyFormat')
  if (ret && !MONEY.test(ret)) errors.returnAmount = t('cases.decision.moneyFormat')
  // 《行政处罚法》第三十三条 (MINOR_CORRECTED): no penalty, so a decision may order nothing. A return of fund money
  // alone is an order too (the service accepts it).
  if (!fine && !ret && draft.measures.length === 0 && !draft.mitigation.includes('MINOR_CORRECTED')) {
    errors.fineAmount = t('cases.decision.ordersNothing')
  }
  draft.measures.forEach((m, i) => {
    if (m.kind === 'SUSPEND_AGREEMENT' && !m.months) errors[`measures[${i}].months`] = t('common.required')
    if (!m.from) errors[`measures[${i}].from`] = t('common.required')
    if (m.departments.some((d) => !d.trim())) errors[`measures[${i}].departments`] = t('common.required')
  })
  return errors
}

/** The request body: blank fields left out (the service then uses its defaults, e.g. the article as basis). */
export function toDecisionRequest(draft: DecisionDraft): DecisionRequest {
  const request: DecisionRequest = {}
  if (draft.fineAmount.trim()) request.fineAmount = draft.fineAmount.trim()
  if (draft.returnAmount.trim()) request.returnAmount = draft.returnAmount.trim()
  if (draft.basis.trim()) request.basis = draft.basis.trim()
  if (draft.mitigation.length) request.mitigation = [...draft.mitigation]
  const signedBy = draft.signedBy.map((s) => s.trim()).filter(Boolean)
  if (signedBy.length) request.signedBy = signedBy
  if (draft.doctors?.length) {
    request.doctors = draft.doctors.map((d) => ({
      doctorId: d.doctorId, name: d.name, ...(d.practiceCode ? { practiceCode: d.practiceCode } : {}),
    }))
  }
  if (draft.measures.length) {
    request.measures = draft.measures.map((m) => ({
      kind: m.kind,
      ...(m.kind === 'SUSPEND_AGREEMENT' && m.months ? { months: m.months } : {}),
      ...(m.from ? { from: m.from } : {}),
      ...(m.departments.length ? { departments: m.departments.map((d) => d.trim()) } : {}),
    }))
  }
  return request
}

/**
 * Where a refused decision's problem belongs. Violations name their field (`fineAmount`,
 * `measures[0].months`); a rule refusal without one is placed by its type (`fine-out-of-range` at the fine,
 * `measure-…` at the measures). Returns the field errors and what is left for the form as a whole
 * (e.g. `legal-review-required`, `statement-period-running`).
 */
export function decisionProblemFields(error: ApiError): { fields: Record<string, string>; general: string | null } {
  const fields: Record<string, string> = {}
  for (const [field, message] of Object.entries(error.fieldErrors)) {
    if (field === 'action' || field === 'on') continue
    fields[field] = message
  }
  const detail = error.problem.detail ?? error.problem.title ?? error.message
  if (Object.keys(fields).length === 0) {
    const field = fieldOfProblem(error.code)
    if (field) fields[field] = detail
  }
  // A rule refusal's detail cites the article: keep it with the field where it was placed.
  if (error.code === 'fine-out-of-range' && !fields.fineAmount) fields.fineAmount = detail
  return { fields, general: Object.keys(fields).length ? null : detail }
}

function fieldOfProblem(code: string): string | null {
  if (code === 'fine-out-of-range' || code === 'fine-required' || code === 'decision-orders-nothing') return 'fineAmount'
  if (code === 'basis-required') return 'basis'
  if (code === 'loss-unknown') return 'returnAmount'
  if (code.startsWith('measure') || code === 'termination-with-other-measures' || code === 'department-blank') {
    return 'measures'
  }
  return null
}
