import type { RouteRecordRaw } from 'vue-router'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (menu entry, breadcrumb and tab). */
    title?: string
    /** Roles that see the page in the menu and may open it; empty or absent: every signed-in user. */
    roles?: readonly string[]
    /** Shown in the side menu (detail pages are not). */
    menu?: boolean
    /** Readable without signing in (the disclosure site). */
    public?: boolean
    /** i18n key of the menu group the page belongs to. */
    group?: string
  }
}

/** One menu group of the admin app: its title, icon name (Element Plus icons) and pages. */
export interface Area {
  key: string
  title: string
  icon: string
  routes: RouteRecordRaw[]
}
