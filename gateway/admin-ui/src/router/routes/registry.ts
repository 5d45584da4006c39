import type { Area } from '../area'

export default {
  key: 'registry',
  title: 'menu.registry',
  icon: 'Document',
  routes: [],
} satisfies Area
