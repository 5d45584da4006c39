import type { components } from '@/api/schema/inspection'

export type NewSamplingPlan = components['schemas']['NewSamplingPlan']
export type SamplingPlan = components['schemas']['SamplingPlan']
export type StratumRule = components['schemas']['StratumRule']
export type PlanKind = NewSamplingPlan['kind']
export type StratumType = NonNullable<StratumRule['types']>[number]
export type InstitutionLevel = components['schemas']['InstitutionLevel']
export type InstitutionType = components['schemas']['InstitutionType']
export type Ownership = components['schemas']['Ownership']
export type AgreementState = components['schemas']['AgreementState']
export type Specialty = components['schemas']['Specialty']
export type InclusionReason = NonNullable<NewSamplingPlan['inclusions']>[number]['reason']

export const PLAN_KINDS: PlanKind[] = ['RANDOM', 'RECHECK', 'FLIGHT']
export const STRATUM_TYPES: StratumType[] = ['MEDICAL_INSTITUTION', 'PHARMACY', 'AGENCY']
export const INSTITUTION_TYPES: InstitutionType[] = ['MEDICAL_INSTITUTION', 'PHARMACY']
export const LEVELS: InstitutionLevel[] = ['TERTIARY', 'SECONDARY', 'PRIMARY', 'VILLAGE_CLINIC', 'OUTPATIENT_COVERAGE',
  'ORDINARY_RETAIL']
export const OWNERSHIPS: Ownership[] = ['PUBLIC', 'PRIVATE']
export const AGREEMENT_STATES: AgreementState[] = ['NONE', 'ACTIVE', 'SUSPENDED', 'TERMINATED']
export const SPECIALTIES: Specialty[] = ['MEDICAL', 'DRUG', 'FINANCE', 'INFORMATION']
export const INCLUSION_REASONS: InclusionReason[] = ['TIP_OFF', 'REPEAT_OFFENDER', 'MONITORING_LEAD', 'OTHER']

/** One stratum as the wizard edits it: a quota either as a share (percent, at least `minimum`) or as a count. */
export interface StratumRow {
  code: string
  label: string
  types: StratumType[]
  levels: InstitutionLevel[]
  topByFundPayment: number | null
  mode: 'percent' | 'count'
  percent: number
  minimum: number
  strict: boolean
}

export interface InstitutionRef {
  institutionId: string
  institutionName: string
}

export interface PlanForm {
  name: string
  kind: PlanKind | ''
  regionCode: string
  periodFrom: string
  periodTo: string
  checkOn: string
  focus: string
  filter: { types: InstitutionType[]; levels: InstitutionLevel[]; ownerships: Ownership[]; agreementStates: AgreementState[] }
  strata: StratumRow[]
  inclusions: (InstitutionRef & { reason: InclusionReason | ''; note: string })[]
  exclusions: (InstitutionRef & { reason: string })[]
  excludeCheckedWithinMonths: number | null
  team: {
    officers: number
    expertSpecialty: Specialty | ''
    loadCap: number
    recusalMonths: number
    crossCheck: boolean
    pairing: { targetCounty: string; inspectingCounty: string }[]
  }
}

export function emptyPlanForm(regionCode = ''): PlanForm {
  return {
    name: '', kind: 'RANDOM', regionCode, periodFrom: '', periodTo: '', checkOn: '', focus: '',
    filter: { types: [], levels: [], ownerships: [], agreementStates: ['ACTIVE', 'SUSPENDED'] },
    strata: [],
    inclusions: [],
    exclusions: [],
    excludeCheckedWithinMonths: null,
    team: { officers: 2, expertSpecialty: '', loadCap: 20, recusalMonths: 12, crossCheck: false, pairing: [] },
  }
}

export function newStratum(): StratumRow {
  return { code: '', label: '', types: [], levels: [], topByFundPayment: null, mode: 'percent', percent: 10, minimum: 0,
    strict: false }
}

/** 吕医保发〔2021〕36号 §(三)1: a re-check covers tertiary ≥ 50 %, secondary ≥ 30 %, primary ≥ 10 % and the agencies 100 %. */
export function recheckDefaultStrata(labels: Record<'TERTIARY' | 'SECONDARY' | 'PRIMARY' | 'AGENCY', string>): StratumRow[] {
  const medical = (code: 'TERTIARY' | 'SECONDARY' | 'PRIMARY', percent: number): StratumRow => ({
    ...newStratum(), code, label: labels[code], types: ['MEDICAL_INSTITUTION'], levels: [code], percent })
  return [medical('TERTIARY', 50), medical('SECONDARY', 30), medical('PRIMARY', 10),
    { ...newStratum(), code: 'AGENCY', label: labels.AGENCY, types: ['AGENCY'], percent: 100 }]
}

/** The wizard's steps; each field (ours or the server's violation field) belongs to one. */
export const STEPS = ['scope', 'strata', 'forced', 'team', 'review'] as const

export function stepOf(field: string): number {
  const root = field.split(/[.[]/)[0]
  if (['filter', 'strata'].includes(root)) return 1
  if (['inclusions', 'exclusions', 'excludeCheckedWithinMonths'].includes(root)) return 2
  if (['teamRule', 'team', 'roster'].includes(root)) return 3
  return 0
}

/** All the messages of fields at or below `prefix` (`strata` gathers `strata.percent`, `strata[0].code` …). */
export function errorsUnder(errors: Record<string, string>, prefix: string): string {
  return Object.entries(errors)
    .filter(([field]) => field === prefix || field.startsWith(`${prefix}.`) || field.startsWith(`${prefix}[`))
    .map(([, message]) => message)
    .join('；')
}

/** Like {@link errorsUnder}, without the rows' own errors (`strata.0.code`): what a section shows above its rows. */
export function sectionErrors(errors: Record<string, string>, prefix: string): string {
  const rowError = new RegExp(`^${prefix.replace('.', '\\.')}(\\.\\d+|\\[)`)
  return Object.entries(errors)
    .filter(([field]) => (field === prefix || field.startsWith(`${prefix}.`)) && !rowError.test(field))
    .map(([, message]) => message)
    .join('；')
}

type Translate = (key: string, values?: Record<string, unknown>) => string

const CODE = /^[A-Z0-9_]{1,40}$/
const DIGITS_ONLY_INT = (n: unknown) => typeof n === 'number' && Number.isInteger(n)

/**
 * The checks the wizard makes before sending (the server checks again and answers 422 at the field): keys are the
 * request's field paths, rows indexed (`strata.1.percent`). `step` limits the checks to one step.
 */
export function validatePlanForm(form: PlanForm, t: Translate, step?: number): Record<string, string> {
  const errors: Record<string, string> = {}
  const put = (field: string, key: string, values?: Record<string, unknown>) => {
    if (step === undefined || stepOf(field) === step) errors[field] ??= t(`inspection.validation.${key}`, values)
  }

  const name = form.name.trim()
  if (!name) put('name', 'nameRequired')
  else if (name.length > 200) put('name', 'nameTooLong')
  if (!form.kind) put('kind', 'kindRequired')
  if (!/^[0-9]{6}$/.test(form.regionCode)) put('regionCode', 'regionRequired')
  if (!form.periodFrom || !form.periodTo) put('period', 'periodRequired')
  else if (form.periodTo < form.periodFrom) put('period', 'periodOrder')
  if (form.checkOn && form.periodFrom && form.periodTo && (form.checkOn < form.periodFrom || form.checkOn > form.periodTo)) {
    put('checkOn', 'checkOnInPeriod')
  }
  if (form.focus.length > 200) put('focus', 'focusTooLong')

  if (form.strata.length === 0 && form.kind !== 'RECHECK') put('strata', 'strataRequired')
  const codes = new Set<string>()
  form.strata.forEach((s, i) => {
    if (!CODE.test(s.code)) put(`strata.${i}.code`, 'stratumCode')
    else if (codes.has(s.code)) put(`strata.${i}.code`, 'stratumCodeTwice', { code: s.code })
    codes.add(s.code)
    if (s.mode === 'percent') {
      if (!DIGITS_ONLY_INT(s.percent) || s.percent < 0 || s.percent > 100) put(`strata.${i}.percent`, 'percentRange')
      if (!DIGITS_ONLY_INT(s.minimum) || s.minimum < 0) put(`strata.${i}.minimum`, 'minimumRange')
      if (s.percent === 0 && s.minimum === 0) put(`strata.${i}.percent`, 'quotaZero')
    } else if (!DIGITS_ONLY_INT(s.minimum) || s.minimum < 1) {
      put(`strata.${i}.minimum`, 'countRange')
    }
    if (s.topByFundPayment !== null && (!DIGITS_ONLY_INT(s.topByFundPayment) || s.topByFundPayment < 1)) {
      put(`strata.${i}.topByFundPayment`, 'topRange')
    }
    if (s.types.includes('AGENCY') && s.types.length > 1) put(`strata.${i}.types`, 'agencyAlone')
  })

  const included = new Set<string>()
  form.inclusions.forEach((x, i) => {
    if (!x.institutionId) put(`inclusions.${i}.institutionId`, 'institutionRequired')
    else if (included.has(x.institutionId)) put(`inclusions.${i}.institutionId`, 'institutionTwice')
    included.add(x.institutionId)
    if (!x.reason) put(`inclusions.${i}.reason`, 'reasonRequired')
  })
  const excluded = new Set<string>()
  form.exclusions.forEach((x, i) => {
    if (!x.institutionId) put(`exclusions.${i}.institutionId`, 'institutionRequired')
    else if (included.has(x.institutionId)) put(`exclusions.${i}.institutionId`, 'includedAndExcluded')
    else if (excluded.has(x.institutionId)) put(`exclusions.${i}.institutionId`, 'institutionTwice')
    excluded.add(x.institutionId)
    if (!x.reason.trim()) put(`exclusions.${i}.reason`, 'reasonRequired')
  })
  const months = form.excludeCheckedWithinMonths
  if (months !== null && (!DIGITS_ONLY_INT(months) || months < 1 || months > 60)) {
    put('excludeCheckedWithinMonths', 'monthsRange')
  }

  const team = form.team
  if (!DIGITS_ONLY_INT(team.officers) || team.officers < 2 || team.officers > 10) put('teamRule.officers', 'officersRange')
  if (!DIGITS_ONLY_INT(team.loadCap) || team.loadCap < 1) put('teamRule.loadCap', 'loadCapRange')
  if (!DIGITS_ONLY_INT(team.recusalMonths) || team.recusalMonths < 0 || team.recusalMonths > 120) {
    put('teamRule.recusalMonths', 'recusalRange')
  }
  const targets = new Set<string>()
  team.pairing.forEach((p, i) => {
    if (!p.targetCounty || !p.inspectingCounty) put(`teamRule.pairing.${i}`, 'pairingIncomplete')
    else if (p.targetCounty === p.inspectingCounty) put(`teamRule.pairing.${i}`, 'pairingSelf')
    else if (targets.has(p.targetCounty)) put(`teamRule.pairing.${i}`, 'pairingTwice')
    targets.add(p.targetCounty)
  })
  return errors
}

const orUndefined = <T>(list: T[]) => (list.length ? list : undefined)

/** The request body (schema NewSamplingPlan) the wizard sends on create and revise. */
export function toPlanRequest(form: PlanForm): NewSamplingPlan {
  const team = form.team
  const pairing = Object.fromEntries(team.pairing.map((p) => [p.targetCounty, p.inspectingCounty]))
  return {
    name: form.name.trim(),
    kind: form.kind as PlanKind,
    regionCode: form.regionCode,
    period: { from: form.periodFrom, to: form.periodTo },
    checkOn: form.checkOn || undefined,
    focus: form.focus.trim() || undefined,
    filter: {
      types: orUndefined(form.filter.types),
      levels: orUndefined(form.filter.levels),
      ownerships: orUndefined(form.filter.ownerships),
      agreementStates: orUndefined(form.filter.agreementStates),
    },
    strata: form.strata.length ? form.strata.map((s) => ({
      code: s.code,
      label: s.label.trim() || undefined,
      types: orUndefined(s.types),
      levels: orUndefined(s.levels),
      topByFundPayment: s.topByFundPayment ?? undefined,
      percent: s.mode === 'count' ? 0 : s.percent,
      minimum: s.minimum,
      strict: s.strict,
    })) : undefined,
    inclusions: form.inclusions.map((x) => ({
      institutionId: x.institutionId, reason: x.reason as InclusionReason, note: x.note.trim() || undefined })),
    exclusions: form.exclusions.map((x) => ({ institutionId: x.institutionId, reason: x.reason.trim() })),
    excludeCheckedWithinMonths: form.excludeCheckedWithinMonths ?? undefined,
    teamRule: {
      officers: team.officers,
      expertSpecialty: team.expertSpecialty || undefined,
      loadCap: team.loadCap,
      recusalMonths: team.recusalMonths,
      crossCheck: team.crossCheck,
      pairing: team.pairing.length ? pairing : undefined,
    },
  }
}

interface PlanDefinitionView {
  filter?: Partial<PlanForm['filter']>
  inclusions?: { institutionId: string; reason: InclusionReason; note?: string | null }[]
  exclusions?: { institutionId: string; reason: string }[]
  excludeCheckedWithinMonths?: number | null
}

/** A draft plan back into the wizard (revising a draft). Institution names are filled in by the caller. */
export function fromPlan(plan: SamplingPlan): PlanForm {
  const extra = plan as SamplingPlan & PlanDefinitionView
  const rule = plan.teamRule
  return {
    name: plan.name,
    kind: plan.kind as PlanKind,
    regionCode: plan.regionCode,
    periodFrom: plan.period?.from ?? '',
    periodTo: plan.period?.to ?? '',
    checkOn: plan.checkOn ?? '',
    focus: plan.focus ?? '',
    filter: {
      types: extra.filter?.types ?? [], levels: extra.filter?.levels ?? [], ownerships: extra.filter?.ownerships ?? [],
      agreementStates: extra.filter?.agreementStates ?? [],
    },
    strata: (plan.strata ?? []).map((s) => ({
      code: s.code, label: s.label ?? '', types: s.types ?? [], levels: s.levels ?? [],
      topByFundPayment: s.topByFundPayment ?? null, mode: s.percent === 0 ? 'count' : 'percent', percent: s.percent,
      minimum: s.minimum ?? 0, strict: !!s.strict,
    })),
    inclusions: (extra.inclusions ?? []).map((x) => ({ institutionId: x.institutionId, institutionName: '',
      reason: x.reason, note: x.note ?? '' })),
    exclusions: (extra.exclusions ?? []).map((x) => ({ institutionId: x.institutionId, institutionName: '',
      reason: x.reason })),
    excludeCheckedWithinMonths: extra.excludeCheckedWithinMonths ?? null,
    team: {
      officers: rule?.officers ?? 2, expertSpecialty: rule?.expertSpecialty ?? '', loadCap: rule?.loadCap ?? 20,
      recusalMonths: rule?.recusalMonths ?? 12, crossCheck: !!rule?.crossCheck,
      pairing: Object.entries(rule?.pairing ?? {}).map(([targetCounty, inspectingCounty]) => ({ targetCounty,
        inspectingCounty })),
    },
  }
}
