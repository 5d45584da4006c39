import type { TipOff, TipOffAction } from './types'

/**
 * The tip-off steps the service allows now (case.yaml `POST /api/cases/tipoffs/{id}/steps`; order RECEIVED →
 * ACKNOWLEDGED → VERIFIED / UNFOUNDED → HANDLED → FEEDBACK_GIVEN), for a caller who is one of its handlers (the
 * others → 403, so they see no buttons). ASSIGN adds a handler at any time; PAY_REWARD once a reward is
 * approved and not yet paid (only a named, verified tip-off has one). A citizen's tip-off from the disclosure
 * site arrives unclaimed (no handler): an administrator of its region claims it by assigning a handler, so an
 * administrator is offered ASSIGN alone there. (The API lists no next steps for tip-offs, unlike cases.)
 */
export function nextTipOffSteps(tip: TipOff, username: string, isAdmin = false): TipOffAction[] {
  if (tip.handlers.length === 0) return isAdmin ? ['ASSIGN'] : []
  if (!tip.handlers.includes(username)) return []
  const steps: TipOffAction[] = ['ASSIGN']
  if (tip.status === 'RECEIVED') steps.push('ACKNOWLEDGE')
  if (tip.status === 'ACKNOWLEDGED') steps.push('VERIFY')
  if (tip.status === 'VERIFIED' || tip.status === 'UNFOUNDED') steps.push('HANDLE')
  if (tip.status === 'HANDLED') steps.push('FEEDBACK')
  if (tip.reward && tip.reward.status === 'APPROVED') steps.push('PAY_REWARD')
  return steps
}

export function tipOffTagType(status: TipOff['status']): 'primary' | 'success' | 'warning' | 'info' | 'danger' {
  if (status === 'FEEDBACK_GIVEN') return 'success'
  if (status === 'UNFOUNDED') return 'info'
  if (status === 'RECEIVED') return 'warning'
  return 'primary'
}
