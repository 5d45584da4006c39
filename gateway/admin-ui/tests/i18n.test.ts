import { describe, expect, it } from 'vitest'
import zhCN from '@/i18n/zh-CN'
import en from '@/i18n/en'

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value && typeof value === 'object' ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

describe('message catalogues', () => {
  it('should have every Chinese key in English too, and no English key missing in Chinese', () => {
    const zh = keys(zhCN).sort()
    const english = keys(en).sort()
    expect(english.filter((k) => !zh.includes(k))).toEqual([])
    expect(zh.filter((k) => !english.includes(k))).toEqual([])
  })
})
