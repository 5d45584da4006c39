import type { Area } from '../area'

export default {
  key: 'cases',
  title: 'menu.cases',
  icon: 'Document',
  routes: [],
} satisfies Area
