export default {
  menu: { list: 'Cases', detail: 'Case', overdue: 'Overdue cases' },
  field: {
    status: 'Status', institution: 'Institution', institutionId: 'Institution id', category: 'Nature',
    deadline: 'Deadline', improperAmount: 'Amount involved (yuan)', openedOn: 'Registered on', origin: 'Origin',
    ownership: 'Ownership',
  },
  deadline: {
    none: 'No deadline running', overdue: '{step} overdue ({due})', left: '{step}: by {due}, {days} working days left',
  },
  procedure: { title: 'Procedure', next: 'Next lawful steps:', signed: 'signed' },
  step: {
    proposal: 'Proposed penalty', proposesAgreementMeasure: 'Suspension or termination proposed', reason: 'Reason',
    days: 'Days added', recipient: 'Recipient', method: 'Method of service',
    methodHint: 'in person, by post, left at the address…', deadline: 'Rectify by', signedBy: 'Signed by',
    signedByHint: 'Several separated by commas; empty: yourself',
  },
  penalty: {
    title: 'Penalty', article: 'Article', lossBase: 'Loss (yuan)', fineRange: 'Fine range (yuan)',
    statutoryRange: 'Statutory range (yuan)', measures: 'Agreement measures', suspensionAllowed: 'suspension allowed',
    noSuspension: 'no suspension', terminationAllowed: ', termination allowed', credit: 'Credit consequence',
    explanation: 'Explanation',
  },
  decision: {
    title: 'Issue the decision', fineAmount: 'Fine', suspend: 'Suspend the agreement', months: 'Months', from: 'From',
    issue: 'Issue the decision', issued: 'Decision issued: {number}', issuedTitle: 'Decision', number: 'Decision number',
    decidedOn: 'Decided on', measures: 'Agreement measures', basis: 'Legal basis', monthsUnit: ' months',
    preview: 'Preview the decision', moneyFormat: 'A number with at most two decimals',
  },
  recovery: {
    title: 'Recovery and execution', assessed: 'Assessed (yuan)', returned: 'Returned (yuan)',
    finePaid: 'Fine paid (yuan)', outstanding: 'Outstanding (yuan)', kind: 'Kind', record: 'Record a payment',
  },
  referral: { title: 'Referrals', target: 'Referred to', reason: 'Reason', proposed: 'Proposed:', send: 'Refer' },
  enums: {
    CaseStatus: {
      CLUE: 'Clue', FILED: 'Filed', NOTIFIED: 'Notified', DECIDED: 'Decided', SERVED: 'Served', EXECUTED: 'Executed',
      RECTIFYING: 'Rectifying', CLOSED: 'Closed',
    },
    PaymentKind: { RETURN: 'Returned to the fund', FINE: 'Fine' },
    ReferralTarget: {
      DISCIPLINE_INSPECTION: 'Discipline inspection', PUBLIC_SECURITY: 'Public security', JUDICIARY: 'Judiciary',
      HEALTH_COMMISSION: 'Health commission', MARKET_REGULATION: 'Market regulation',
    },
  },
}
