import { describe, expect, it } from 'vitest'
import { nextTipOffSteps } from '@/components/cases/tipoffSteps'
import type { TipOff } from '@/components/cases/types'

function aTipOff(over: Partial<TipOff> = {}): TipOff {
  return {
    id: 't1', receiptCode: 'JB7K2M9QX4TD', countyCode: '990102', content: '挂床住院(演示)', channel: 'PHONE',
    channelLabel: '电话', anonymous: true, identityHidden: false, status: 'RECEIVED', statusLabel: '已受理',
    receivedOn: '2026-11-23', receivedBy: 'county-admin', handlers: ['county-admin'], history: [], ...over,
  } as TipOff
}

describe('tip-off handling steps', () => {
  it('should offer its handler the next step in order, and nothing to anyone else', () => {
    expect(nextTipOffSteps(aTipOff(), 'county-admin', true)).toEqual(['ASSIGN', 'ACKNOWLEDGE'])
    expect(nextTipOffSteps(aTipOff({ status: 'ACKNOWLEDGED' }), 'county-admin', true)).toEqual(['ASSIGN', 'VERIFY'])
    expect(nextTipOffSteps(aTipOff(), 'city-admin', true)).toEqual([])
  })

  it('should let an administrator claim a citizen\'s unclaimed tip-off by assigning a handler, and no one else', () => {
    const online = aTipOff({ channel: 'ONLINE', channelLabel: '网络', receivedBy: 'public', handlers: [] })
    expect(nextTipOffSteps(online, 'county-admin', true)).toEqual(['ASSIGN'])
    expect(nextTipOffSteps(online, 'auditor', false)).toEqual([])
  })
})
