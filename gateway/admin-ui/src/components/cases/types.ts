import type { components } from '@/api/schema/cases'

/** Short names for the case service's generated payload types (nothing hand-written). */
type S = components['schemas']
export type CaseFile = S['Case']
export type CaseStatus = S['CaseStatus']
export type StepAction = S['StepAction']
export type StepRequest = S['StepRequest']
export type NextStep = S['NextStep']
export type Deadline = S['Deadline']
export type PenaltyAssessment = S['PenaltyAssessment']
export type MitigationGround = S['MitigationGround']
export type DecisionRequest = S['DecisionRequest']
export type MeasureRequest = S['MeasureRequest']
export type MeasureKind = S['MeasureKind']
export type Referral = S['Referral']
export type ReferralProposal = S['ReferralProposal']
export type ReferralTarget = S['ReferralTarget']
export type PaymentKind = S['PaymentKind']
export type LedgerReason = S['LedgerReason']
export type LedgerReport = S['LedgerReport']
export type RecoveryReport = S['RecoveryReport']
export type RecoveryGrouping = S['RecoveryGrouping']
export type RecoveryRow = S['RecoveryRow']
export type TipOff = S['TipOff']
export type TipOffAction = S['TipOffAction']
export type TipOffChannel = S['TipOffChannel']
export type TipOffRequest = S['TipOffRequest']
export type TipOffStepRequest = S['TipOffStepRequest']
export type Exposure = S['Exposure']
export type Rules = S['Rules']
export type FindingCategory = S['FindingCategory']
export type OtherDepartment = S['OtherDepartment']

export const CASE_STATUSES: CaseStatus[] = ['CLUE', 'FILED', 'NOTIFIED', 'DECIDED', 'SERVED', 'EXECUTED', 'RECTIFYING', 'CLOSED']

/** Element Plus tag type per case status: open work is blue/amber, done is green, closed is grey. */
export function statusTagType(status: CaseStatus): 'primary' | 'success' | 'warning' | 'info' | 'danger' {
  switch (status) {
    case 'CLUE': return 'warning'
    case 'FILED':
    case 'NOTIFIED': return 'primary'
    case 'DECIDED':
    case 'SERVED': return 'danger'
    case 'RECTIFYING': return 'warning'
    case 'EXECUTED': return 'success'
    default: return 'info'
  }
}
