// Texts of the reports and of the dashboard (the dashboard's under `dashboard`).
export default {
  menu: { counties: 'County summaries', countyDetail: 'County detail' },
  figures: {
    institutions: 'Designated institutions', medical: 'Medical institutions', pharmacy: 'Retail pharmacies',
    agreementsActive: 'Agreement in force', agreementsSuspended: 'Service suspended', agreementsTerminated: 'Terminated',
    findings: 'Findings', casesOpened: 'Cases opened', decisions: 'Decisions', suspensionsDecided: 'Suspensions decided',
    finesDecided: 'Fines (yuan)', counties: 'Counties',
  },
  list: {
    title: 'County summaries', county: 'County', countyCode: 'Code', countyName: 'County name',
    institutionCount: 'Count', countyNamePlaceholder: 'Part of the county name', asOf: 'Data as of {time}', noData: 'No data yet', totals: 'Total',
    groupInstitutions: 'Institutions', groupAgreements: 'Service agreements', groupSupervision: 'Supervision',
    regionTitle: 'Counties of {region}', eventual: 'Reports are built from the services\' events and may lag slightly behind.',
  },
  charts: {
    institutionsByCounty: 'Institutions by county', supervisionByCounty: 'Findings and handling by county',
    finesByCounty: 'Fines by county (yuan)', institutionsByType: 'Institutions by type',
    agreementStates: 'Service agreements', supervision: 'Findings and handling',
  },
  detail: {
    title: '{county}: summary', code: 'Code', notFound: 'County not found',
    notFoundText: 'This county does not exist or lies outside your region.', back: 'Back to the list',
    agreements: 'Service agreements', supervision: 'Supervision', institutions: 'Designated institutions',
  },
  dashboard: {
    title: '{region} at a glance', unavailable: 'Unavailable', unavailableHint: '{service} cannot be reached right now',
    retry: 'Retry', failed: 'Could not load', empty: 'No data', toReports: 'Open the reports',
    institutions: {
      title: 'Designated institutions', total: 'Total', medical: 'Medical institutions', pharmacy: 'Retail pharmacies',
      chart: 'By level',
    },
    agreements: {
      title: 'Service agreements', active: 'In force', suspended: 'Suspended', none: 'Not signed', terminated: 'Terminated',
      share: 'Agreement coverage', shareHint: 'Agreements in force or suspended ÷ designated institutions (not terminated)',
    },
    cases: {
      title: 'Cases', open: 'Open cases', overdue: 'Past a deadline', closed: 'Closed', chart: 'Cases by stage',
      overdueList: 'Longest overdue', due: 'Due', noOverdue: 'No deadline has passed',
    },
    coverage: {
      title: 'Full-coverage inspection', none: 'No full-coverage round yet', window: 'Window', checked: 'Checked',
      population: 'To check', unchecked: 'Unchecked', overdue: 'Overdue', share: 'Progress', chart: 'Progress by county',
    },
    recovery: {
      title: 'Recovery', cases: 'Decided cases', assessed: 'Assessed (fines + returns)', finePaid: 'Fines paid',
      returned: 'Returned to the fund', outstanding: 'Outstanding', share: 'Recovered',
    },
    supervision: {
      title: 'Supervision results', findings: 'Findings', decisions: 'Decisions', suspensions: 'Suspensions decided',
      fines: 'Fines (yuan)', asOf: 'Data as of {time}',
    },
  },
  enums: {
    InstitutionLevel: {
      TERTIARY: 'Tertiary', SECONDARY: 'Secondary', PRIMARY: 'Primary', VILLAGE_CLINIC: 'Village clinic',
      OUTPATIENT_COVERAGE: 'Outpatient-coverage pharmacy', ORDINARY_RETAIL: 'Ordinary retail pharmacy',
    },
    CaseStatus: {
      CLUE: 'Clue', FILED: 'Filed', NOTIFIED: 'Notified', DECIDED: 'Decided', SERVED: 'Served', EXECUTED: 'Executed',
      RECTIFYING: 'Rectifying', CLOSED: 'Closed',
    },
  },
}
