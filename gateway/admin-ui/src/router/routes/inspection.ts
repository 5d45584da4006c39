import type { Area } from '../area'

export default {
  key: 'inspection',
  title: 'menu.inspection',
  icon: 'Document',
  routes: [],
} satisfies Area
