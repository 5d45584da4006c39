import type { components } from '@/api/schema/registry'
import { ApiError } from '@/api/problem'
import { ADMIN_ROLES } from '@/stores/auth'

/** The registry's payload types, straight from the generated client (no hand-written API types). */
export type Schemas = components['schemas']
export type Institution = Schemas['Institution']
export type Agreement = Schemas['Agreement']
export type AgreementActionCode = Schemas['AgreementAction']['action']
export type InstitutionType = Schemas['InstitutionType']
export type InstitutionLevel = Schemas['InstitutionLevel']
export type Ownership = Schemas['Ownership']
export type AgreementState = Schemas['AgreementState']
export type Region = Schemas['Region']
export type ImportJob = Schemas['ImportJob']

/** Who may change registry records (the agency's act): the administrators. API clients have no browser. */
export const REGISTRY_ADMINS = ADMIN_ROLES
/** Who may record an entry-review step: administrators, inspectors and experts. */
export const REVIEWERS = [...ADMIN_ROLES, 'INSPECTOR', 'EXPERT'] as const

export const INSTITUTION_TYPES: InstitutionType[] = ['MEDICAL_INSTITUTION', 'PHARMACY']
export const OWNERSHIPS: Ownership[] = ['PUBLIC', 'PRIVATE']
export const AGREEMENT_STATES: AgreementState[] = ['NONE', 'ACTIVE', 'SUSPENDED', 'TERMINATED']
/** The default credit scale (registry.credit.grades): best first. */
export const CREDIT_GRADES = ['A', 'B', 'C', 'D', 'E']

/** Which levels fit which type (the service refuses any other pair with 422 on `level`). */
export const LEVELS_OF_TYPE: Record<InstitutionType, InstitutionLevel[]> = {
  MEDICAL_INSTITUTION: ['TERTIARY', 'SECONDARY', 'PRIMARY', 'VILLAGE_CLINIC'],
  PHARMACY: ['OUTPATIENT_COVERAGE', 'ORDINARY_RETAIL'],
}
export const ALL_LEVELS: InstitutionLevel[] = [...LEVELS_OF_TYPE.MEDICAL_INSTITUTION, ...LEVELS_OF_TYPE.PHARMACY]

/** The national code's pattern in the spec (`^[A-Z0-9]+$`, at most 40). */
export const NATIONAL_CODE = /^[A-Z0-9]{1,40}$/
export const COUNTY_CODE = /^[0-9]{6}$/

/** The counties inside a region (itself when it is a county), in the region table's order. */
export function countiesIn(regions: Region[], code: string): Region[] {
  const byCode = new Map(regions.map((r) => [r.code, r]))
  const within = (r: Region): boolean => {
    for (let c: string | null | undefined = r.code; c; c = byCode.get(c)?.parentCode) if (c === code) return true
    return false
  }
  return regions.filter((r) => r.level === 'COUNTY' && within(r))
}

/**
 * The agreement actions the current state allows (the state machine of the spec): SIGN only without an
 * agreement; RENEW, SUSPEND and TERMINATE while in force; REINSTATE while a suspension is running or scheduled
 * (whole institution or departments); nothing once terminated.
 */
export function lawfulAgreementActions(agreement: Agreement): AgreementActionCode[] {
  const suspensionOnRecord = agreement.state === 'SUSPENDED' || !!agreement.suspendedFrom
    || (agreement.suspendedDepartments?.length ?? 0) > 0
  switch (agreement.state) {
    case 'NONE': return ['SIGN']
    case 'ACTIVE': return suspensionOnRecord ? ['RENEW', 'SUSPEND', 'REINSTATE', 'TERMINATE'] : ['RENEW', 'SUSPEND', 'TERMINATE']
    case 'SUSPENDED': return ['RENEW', 'SUSPEND', 'REINSTATE', 'TERMINATE']
    default: return []
  }
}

export function agreementTagType(state: AgreementState | undefined): 'success' | 'warning' | 'danger' | 'info' {
  return state === 'ACTIVE' ? 'success' : state === 'SUSPENDED' ? 'warning' : state === 'TERMINATED' ? 'danger' : 'info'
}

/** A billing qualification's tag: terminated is the gravest, suspended a warning. */
export function qualificationTagType(state: Schemas['QualificationState'] | undefined): 'success' | 'warning' | 'danger' {
  if (state === 'TERMINATED') return 'danger'
  return state === 'SUSPENDED' ? 'warning' : 'success'
}

export function gradeTagType(grade: string | null | undefined, blackListed = false): 'success' | 'warning' | 'danger' | 'info' {
  if (!grade) return 'info'
  if (blackListed || grade === 'D' || grade === 'E') return 'danger'
  return grade === 'A' ? 'success' : 'warning'
}

/**
 * Refusals the services send without `violations` but that belong to one field: an outside-region county
 * (403), an already registered national code (409), a duplicate department or doctor.
 */
const FIELD_OF_PROBLEM: Record<string, string> = {
  'outside-region': 'countyCode',
  'unknown-county': 'countyCode',
  'duplicate-national-code': 'nationalCode',
  'level-does-not-fit-type': 'level',
  'signed-in-future': 'agreementSignedOn',
  'duplicate-department': 'code',
  'duplicate-doctor': 'doctorId',
  'unknown-department': 'departmentCode',
  'no-credit-record': 'caseId',
  'credit-not-rectified': 'caseId',
  'credit-repair-too-early': 'caseId',
  'credit-already-repaired': 'caseId',
  'repair-reason-missing': 'reason',
}

/** The field errors of a refusal: its violations, or the one field its problem type belongs to. */
export function fieldErrorsOf(error: unknown, fieldOverrides: Record<string, string> = {}): Record<string, string> {
  if (!(error instanceof ApiError)) return {}
  const errors = { ...error.fieldErrors }
  const field = fieldOverrides[error.code] ?? FIELD_OF_PROBLEM[error.code]
  if (field && !errors[field]) errors[field] = error.problem.detail || error.problem.title || error.message
  return errors
}

/** Reads a picked file as text (UTF-8) for the import endpoints, which take the whole file as the body. */
export function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text()
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result ?? ''))
    reader.onerror = () => reject(reader.error)
    reader.readAsText(file, 'utf-8')
  })
}

/** The import progress in percent: rows done of rows total; a finished job is 100 %. */
export function importPercent(job: Pick<ImportJob, 'status' | 'rowsDone' | 'rowsTotal'> | null | undefined): number {
  if (!job) return 0
  if (job.status === 'COMPLETED') return 100
  if (!job.rowsTotal) return 0
  return Math.min(100, Math.floor((job.rowsDone / job.rowsTotal) * 100))
}

export function importFinished(job: Pick<ImportJob, 'status'> | null | undefined): boolean {
  return job?.status === 'COMPLETED' || job?.status === 'FAILED'
}
