import type { CaseFile, CaseStatus, Rules, StepAction } from './types'

/**
 * The procedure as the case service runs it (case.yaml, `POST .../steps`; `CaseFile.ALLOWED`): the steps each
 * status allows. Anything else answers 409 `transition-not-allowed`, so the page never offers it.
 * (The spec's table also lists ORDER_RECTIFICATION under SERVED; the service allows it only once executed, as its
 * README says, so the page follows the service.)
 */
export const ALLOWED: Record<CaseStatus, StepAction[]> = {
  CLUE: ['FILE', 'EXTEND_FILING', 'DECLINE'],
  FILED: ['NOTIFY', 'EXTEND_DECISION', 'DISMISS'],
  NOTIFIED: ['RECORD_STATEMENT', 'REQUEST_HEARING', 'HOLD_HEARING', 'WAIVE', 'LEGAL_REVIEW', 'EXTEND_DECISION', 'DISMISS'],
  DECIDED: ['SERVE'],
  SERVED: ['EXECUTE'],
  EXECUTED: ['ORDER_RECTIFICATION', 'CLOSE'],
  RECTIFYING: ['CONFIRM_RECTIFICATION'],
  CLOSED: [],
}

/** Steps that end or divert the procedure: shown as secondary (danger) buttons. */
export const ENDING_STEPS: StepAction[] = ['DECLINE', 'DISMISS']

/** The fields each step's small form asks for (the rest of `StepRequest` does not apply to it). */
export type StepField = 'on' | 'signedBy' | 'note' | 'reason' | 'days' | 'proposal' | 'proposedFine'
  | 'proposesAgreementMeasure' | 'method' | 'recipient' | 'finePaid' | 'returnedAmount' | 'deadline'

export const STEP_FIELDS: Record<StepAction, StepField[]> = {
  FILE: ['signedBy', 'on', 'note'],
  EXTEND_FILING: ['reason', 'signedBy', 'on'],
  DECLINE: ['reason', 'signedBy', 'on'],
  NOTIFY: ['proposal', 'proposedFine', 'proposesAgreementMeasure', 'signedBy', 'on'],
  RECORD_STATEMENT: ['note', 'on'],
  REQUEST_HEARING: ['on', 'note'],
  HOLD_HEARING: ['signedBy', 'on', 'note'],
  WAIVE: ['signedBy', 'on', 'note'],
  LEGAL_REVIEW: ['signedBy', 'on', 'note'],
  EXTEND_DECISION: ['days', 'reason', 'signedBy', 'on'],
  DISMISS: ['reason', 'signedBy', 'on'],
  SERVE: ['method', 'recipient', 'on'],
  EXECUTE: ['finePaid', 'returnedAmount', 'on'],
  ORDER_RECTIFICATION: ['deadline', 'on', 'note'],
  CONFIRM_RECTIFICATION: ['signedBy', 'on', 'note'],
  CLOSE: ['signedBy', 'on', 'note'],
}

/** Fields the service refuses the step without (422 `reason-required`, `proposal-required`, ...). */
export const REQUIRED_FIELDS: Partial<Record<StepAction, StepField[]>> = {
  EXTEND_FILING: ['reason'],
  DECLINE: ['reason'],
  DISMISS: ['reason'],
  NOTIFY: ['proposal'],
  RECORD_STATEMENT: ['note'],
  EXTEND_DECISION: ['days', 'reason'],
  SERVE: ['recipient'],
  ORDER_RECTIFICATION: ['deadline'],
}

/** The decision period may be extended by this many days in all unless the rule table says otherwise. */
const DEFAULT_MAX_DECISION_EXTENSION = 30

function hearingPending(c: CaseFile): boolean {
  return !!c.procedure.hearingRequestedOn && !c.procedure.hearingHeldOn
}

/**
 * Whether the party's period to state, defend and request a hearing is over on `today`: heard, waived in writing,
 * or past its last day; and no hearing is pending (《行政处罚法》第四十五条、第六十四条, as the service checks it).
 */
export function statementsOver(c: CaseFile, today: string): boolean {
  const p = c.procedure
  if (hearingPending(c)) return false
  if (p.hearingHeldOn || p.waived) return true
  return !!p.statementDue && today > p.statementDue
}

/**
 * The next lawful steps of a case today: the steps its status allows, less those whose legal conditions the
 * case's own data already rules out (the service would refuse them with 422).
 */
export function nextSteps(c: CaseFile, today: string, rules?: Rules | null): StepAction[] {
  const p = c.procedure
  const maxExtension = Number(rules?.timeLimits.find((l) => l.step === 'DECISION_EXTENSION')?.amount
    ?? DEFAULT_MAX_DECISION_EXTENSION)
  const extended = p.extensions.reduce((sum, e) => sum + e.days, 0)
  return ALLOWED[c.status].filter((action) => {
    switch (action) {
      case 'EXTEND_FILING': return !p.filingExtended
      case 'REQUEST_HEARING':
        return !!p.hearingRight && !p.hearingRequestedOn && !!p.statementDue && today <= p.statementDue
      case 'HOLD_HEARING': return hearingPending(c)
      case 'WAIVE': return !p.waived && !p.hearingHeldOn && !hearingPending(c)
      case 'LEGAL_REVIEW': return !p.legalReviewOn && statementsOver(c, today)
      case 'EXTEND_DECISION': return extended < maxExtension
      default: return true
    }
  })
}

/** A decision needs a notified case whose statement period is over and no decision yet. */
export function canDecide(c: CaseFile, today: string): boolean {
  return c.status === 'NOTIFIED' && !c.decision && statementsOver(c, today)
}

/** A major decision (any agreement measure, or a fine of at least the large-fine amount) needs legal review. */
export function needsLegalReview(c: CaseFile, hasMeasure: boolean, fine: string | undefined, largeFine?: string): boolean {
  if (c.procedure.legalReviewOn) return false
  if (hasMeasure) return true
  return !!fine && !!largeFine && Number(fine) >= Number(largeFine)
}

export const canRefer = (c: CaseFile) => c.status !== 'CLUE'
export const canPlanInstalments = (c: CaseFile) => c.status === 'DECIDED' || c.status === 'SERVED'
export const canPay = (c: CaseFile) => c.status === 'SERVED'
export const canNoteLedger = (c: CaseFile) => c.status !== 'CLOSED'
export const canExpose = (c: CaseFile) => !!c.decision && !c.exposure

/** The step form's state (strings as typed; `signedBy` as one line, names separated by 、 or commas). */
export interface StepDraft {
  on: string
  signedBy: string
  note: string
  reason: string
  days: number | null
  proposal: string
  proposedFine: string
  proposesAgreementMeasure: boolean
  method: string
  recipient: string
  finePaid: string
  returnedAmount: string
  deadline: string
}

export function splitNames(text: string): string[] {
  return text.split(/[、,，;；\n]/).map((s) => s.trim()).filter(Boolean)
}

/** Fields the step needs but the draft leaves blank (the service would refuse them with 422). */
export function missingStepFields(action: StepAction, draft: StepDraft): StepField[] {
  return (REQUIRED_FIELDS[action] ?? []).filter((f) => {
    const value = draft[f as keyof StepDraft]
    return value === null || value === undefined || (typeof value === 'string' && !value.trim())
  })
}

/** The request for a step: only the fields that step takes, blanks left out (the service's defaults apply). */
export function toStepRequest(action: StepAction, draft: StepDraft): import('./types').StepRequest {
  const request: import('./types').StepRequest = { action }
  for (const field of STEP_FIELDS[action]) {
    if (field === 'signedBy') {
      const names = splitNames(draft.signedBy)
      if (names.length) request.signedBy = names
    } else if (field === 'proposesAgreementMeasure') {
      request.proposesAgreementMeasure = draft.proposesAgreementMeasure
    } else if (field === 'days') {
      if (draft.days) request.days = draft.days
    } else {
      const value = draft[field].trim()
      if (value) (request as Record<string, unknown>)[field] = value
    }
  }
  return request
}
