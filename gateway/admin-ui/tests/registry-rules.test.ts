import { describe, expect, it } from 'vitest'
import { ApiError } from '@/api/problem'
import {
  countiesIn, fieldErrorsOf, lawfulAgreementActions, type Agreement, type Region,
} from '@/components/registry/registry'

const agreement = (a: Partial<Agreement>): Agreement => ({ state: 'ACTIVE', stateLabel: '', suspendedDepartments: [], ...a })

describe('lawful agreement actions', () => {
  it('should offer only SIGN without an agreement', () => {
    expect(lawfulAgreementActions(agreement({ state: 'NONE' }))).toEqual(['SIGN'])
  })
  it('should offer renew, suspend and terminate while active, and reinstate only with a suspension on record', () => {
    expect(lawfulAgreementActions(agreement({}))).toEqual(['RENEW', 'SUSPEND', 'TERMINATE'])
    expect(lawfulAgreementActions(agreement({ suspendedFrom: '2099-01-01', suspendedUntil: '2099-02-01' })))
      .toEqual(['RENEW', 'SUSPEND', 'REINSTATE', 'TERMINATE'])
    expect(lawfulAgreementActions(agreement({ suspendedDepartments: ['骨科'] })))
      .toEqual(['RENEW', 'SUSPEND', 'REINSTATE', 'TERMINATE'])
  })
  it('should offer reinstate while suspended, and nothing once terminated', () => {
    expect(lawfulAgreementActions(agreement({ state: 'SUSPENDED' }))).toEqual(['RENEW', 'SUSPEND', 'REINSTATE', 'TERMINATE'])
    expect(lawfulAgreementActions(agreement({ state: 'TERMINATED' }))).toEqual([])
  })
})

describe('counties in a region', () => {
  const regions: Region[] = [
    { code: '990000', name: '省', level: 'PROVINCE', levelLabel: '省' },
    { code: '990100', name: '市一', parentCode: '990000', level: 'CITY', levelLabel: '市' },
    { code: '990102', name: '县一', parentCode: '990100', level: 'COUNTY', levelLabel: '县区' },
    { code: '990103', name: '县二', parentCode: '990100', level: 'COUNTY', levelLabel: '县区' },
    { code: '990200', name: '市二', parentCode: '990000', level: 'CITY', levelLabel: '市' },
    { code: '990202', name: '县三', parentCode: '990200', level: 'COUNTY', levelLabel: '县区' },
  ]
  it('should list the counties under a province, a city, or the county itself', () => {
    expect(countiesIn(regions, '990000').map((r) => r.code)).toEqual(['990102', '990103', '990202'])
    expect(countiesIn(regions, '990100').map((r) => r.code)).toEqual(['990102', '990103'])
    expect(countiesIn(regions, '990202').map((r) => r.code)).toEqual(['990202'])
  })
})

describe('refusals at the fields', () => {
  it('should put a refusal without violations at the field its problem type belongs to', () => {
    const outside = new ApiError(403, { type: 'https://ybjg.org/problems/outside-region', detail: 'County 990103 lies outside your region 990102.' })
    expect(fieldErrorsOf(outside)).toEqual({ countyCode: 'County 990103 lies outside your region 990102.' })
    const duplicate = new ApiError(409, { type: 'https://ybjg.org/problems/duplicate-national-code', detail: 'already registered' })
    expect(fieldErrorsOf(duplicate)).toEqual({ nationalCode: 'already registered' })
  })
  it('should keep the violations as they are and ignore other errors', () => {
    const unknown = new ApiError(422, { type: 'https://ybjg.org/problems/unknown-county', detail: 'd',
      violations: [{ field: 'countyCode', message: '990199 is not a county' }] })
    expect(fieldErrorsOf(unknown)).toEqual({ countyCode: '990199 is not a county' })
    expect(fieldErrorsOf(new ApiError(500, { title: 'boom' }))).toEqual({})
    expect(fieldErrorsOf(new Error('x'))).toEqual({})
  })
})
