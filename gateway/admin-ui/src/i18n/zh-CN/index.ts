// One module per area; each area's pages add their own file here (keys must match between languages).
import common from './common'
import registry from './registry'
import inspection from './inspection'
import cases from './cases'
import reports from './reports'
import publicSite from './public'

export default { ...common, registry, inspection, cases, reports, public: publicSite }
