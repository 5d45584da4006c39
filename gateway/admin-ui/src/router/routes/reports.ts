import type { Area } from '../area'

export default {
  key: 'reports',
  title: 'menu.reports',
  icon: 'Document',
  routes: [],
} satisfies Area
