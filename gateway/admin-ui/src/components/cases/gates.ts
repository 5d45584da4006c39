import type { CaseFile } from './types'

/**
 * When a case's panels offer their forms (referral, instalments, payments, ledger note, exposure). These are
 * not procedure steps (those come from the service as `Case.nextSteps`); they only spare the user a form the
 * service would refuse for the case's state, and the service still decides (409/422 shown at the form).
 */
export const canRefer = (c: CaseFile) => c.status !== 'CLUE'
export const canPlanInstalments = (c: CaseFile) => c.status === 'DECIDED' || c.status === 'SERVED'
export const canPay = (c: CaseFile) => c.status === 'SERVED'
export const canNoteLedger = (c: CaseFile) => c.status !== 'CLOSED'
export const canExpose = (c: CaseFile) => !!c.decision && !c.exposure
/** A decision is drafted on a notified case without one; whether the statement period is over is the service's check. */
export const canDecide = (c: CaseFile) => c.status === 'NOTIFIED' && !c.decision

/** A major decision (any agreement measure, or a fine of at least the rule table's large fine) needs legal review. */
export function needsLegalReview(c: CaseFile, hasMeasure: boolean, fine: string | undefined, largeFine?: string): boolean {
  if (c.procedure.legalReviewOn) return false
  if (hasMeasure) return true
  return !!fine && !!largeFine && Number(fine) >= Number(largeFine)
}
