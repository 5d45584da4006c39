export default {
  app: { title: 'Fund Supervision Platform', publicTitle: 'Fund Supervision Disclosure', short: 'YBJG' },
  action: {
    search: 'Search', reset: 'Reset', add: 'New', import: 'Import', export: 'Export', save: 'Save', submit: 'Submit',
    cancel: 'Cancel', confirm: 'Confirm', back: 'Back', view: 'View', edit: 'Edit', delete: 'Delete',
    refresh: 'Refresh', download: 'Download', preview: 'Preview', close: 'Close', closeOthers: 'Close others',
    next: 'Next', previous: 'Previous', logout: 'Sign out', login: 'Sign in',
  },
  common: {
    loading: 'Loading…', empty: 'No data', total: '{n} in all', yes: 'Yes', no: 'No', all: 'All', none: 'None',
    operation: 'Actions', status: 'Status', remark: 'Remark', region: 'Region', name: 'Name', date: 'Date',
    amount: 'Amount (yuan)', confirmTitle: 'Please confirm', confirmAction: 'Do you really want to {action}?',
    success: 'Done', required: 'Required', history: 'History', detail: 'Details', yuan: 'yuan',
  },
  layout: {
    home: 'Home', region: 'Region', language: 'Language', tabs: 'Open pages',
    outage: '{services} cannot be reached right now; try those pages later. Everything else keeps working.',
  },
  service: {
    'institution-registry': 'Institution registry', 'inspection-service': 'Inspection service',
    'case-service': 'Case service', 'reporting-service': 'Reporting service',
  },
  role: {
    PROVINCE_ADMIN: 'Province administrator', CITY_ADMIN: 'City administrator', COUNTY_ADMIN: 'County administrator',
    INSPECTOR: 'Inspector', EXPERT: 'Expert', AUDITOR: 'Auditor (read-only)', INSTITUTION_USER: 'Institution user',
    API_CLIENT: 'API client',
  },
  login: {
    title: 'Sign in', username: 'User name', password: 'Password', submit: 'Sign in',
    demoUsers: 'Demo users (password: demo)', expired: 'Your session has expired; please sign in again.',
    publicLink: 'Public disclosure (no sign-in)', oidc: 'Sign in with the bureau identity provider',
    failed: 'Sign-in failed', role: 'Role',
  },
  error: {
    forbidden: 'Forbidden', forbiddenText: 'Your role may not open this page or record.', notFound: 'Not found',
    notFoundText: 'The page or record does not exist, or is outside your region.',
    network: 'Network error; check the connection and try again.', fieldErrors: 'Please correct the marked fields',
    home: 'Back to the start page',
  },
  menu: {
    dashboard: 'Dashboard', registry: 'Institutions', inspection: 'Double random', cases: 'Cases', reports: 'Reports',
  },
}
