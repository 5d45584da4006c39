import { ElMessage, ElMessageBox } from 'element-plus'
import { ApiError } from '@/api/problem'
import { i18n } from '@/i18n'

const t = (key: string, values?: Record<string, unknown>) => i18n.global.t(key, values ?? {})

/**
 * Shows a failed call as a message the user can act on: the problem's title and detail (the services answer in
 * the user's language). A 503 is already shown by the outage banner and a 401 sends the user to sign in.
 */
export function notifyError(error: unknown) {
  if (error instanceof ApiError) {
    if (error.status === 401 || error.status === 503) return
    if (error.status === 0) {
      ElMessage.error(t('error.network'))
      return
    }
    const { title, detail } = error.problem
    ElMessage.error({ message: [title, detail].filter(Boolean).join('：'), duration: 6000, showClose: true })
    return
  }
  console.warn(error)
  ElMessage.error(error instanceof Error ? error.message : String(error))
}

export function notifySuccess(message?: string) {
  ElMessage.success(message ?? t('common.success'))
}

/** Every state change asks first (`确定要…吗？`); resolves false when the user declines. */
export async function confirmAction(action: string, message?: string): Promise<boolean> {
  try {
    await ElMessageBox.confirm(message ?? t('common.confirmAction', { action }), t('common.confirmTitle'), {
      type: 'warning',
      confirmButtonText: t('action.confirm'),
      cancelButtonText: t('action.cancel'),
    })
    return true
  } catch {
    return false
  }
}
