import type { StepAction, StepRequest } from './types'

/**
 * The form of each procedure step. Which steps a case may take now is the service's to say (`Case.nextSteps`,
 * from its statutory step table, with their Chinese labels); the page offers exactly those and keeps no copy of
 * that table. What is here is only what each step's form asks for.
 */

/** Steps that end or divert the procedure: shown as secondary (danger) buttons when the service offers them. */
export const ENDING_STEPS: StepAction[] = ['DECLINE', 'DISMISS', 'REVOKE_DECISION']

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
  REVOKE_DECISION: ['reason', 'signedBy', 'on'],
}

/** Fields the service refuses the step without (422 `reason-required`, `proposal-required`, ...). */
export const REQUIRED_FIELDS: Partial<Record<StepAction, StepField[]>> = {
  EXTEND_FILING: ['reason'],
  DECLINE: ['reason'],
  DISMISS: ['reason'],
  REVOKE_DECISION: ['reason'],
  NOTIFY: ['proposal'],
  RECORD_STATEMENT: ['note'],
  EXTEND_DECISION: ['days', 'reason'],
  SERVE: ['recipient'],
  ORDER_RECTIFICATION: ['deadline'],
}

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
export function toStepRequest(action: StepAction, draft: StepDraft): StepRequest {
  const request: StepRequest = { action }
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
