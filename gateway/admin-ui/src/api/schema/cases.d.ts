// Generated from case-service/api/src/main/resources/openapi/case.yaml by scripts/gen-api.mjs (npm run gen:api). Do not edit.
export type paths = {
    "/api/cases/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the cases in your region
         * @description Cases inside the caller's region, newest first. `countyCode` narrows the list to a region inside the
         *     caller's own (a county, or a city for a province officer); a region outside it answers 404.
         */
        get: operations["listCases"];
        put?: never;
        /**
         * Open a case from a clue that is not an inspection finding
         * @description Registers the clue of a case (案源登记) from a tip-off (举报), a smart-monitoring lead posted by a provincial
         *     system (智能监控), an institution's self-inspection report (自查自纠, relevant to mitigation) or a handover
         *     from an upper level (上级交办); inspection findings open their cases from `inspection.events.v1`. The case
         *     starts in `CLUE` with its filing deadline (15 working days). The institution must be known to the case
         *     service (from `registry.institutions.v1`; unknown → 422 `unknown-institution`) and inside the caller's
         *     region (else 404). The same origin and `reference` twice → 409 `case-exists` (a provincial system may retry
         *     safely). A period ending before it starts, or a clue dated in the future → 422.
         */
        post: operations["openCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one case
         * @description The case with its procedure, decision (null until one is issued), pending deadline and history. The
         *     `ETag` header carries the case's `version`; send it back as `If-Match` with a step or the decision to make
         *     sure nobody changed the case in between. A case outside your region answers 404.
         */
        get: operations["getCase"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a procedure step on a case
         * @description Moves the case through the statutory procedure. Each step records who acted (the caller), who signed
         *     (`signedBy`, default the caller) and when (`on`, default today; never in the future nor before the
         *     previous step). Allowed steps per status (anything else → 409 `transition-not-allowed`):
         *
         *     | status | steps |
         *     |---|---|
         *     | `CLUE` 待立案 | `FILE` 立案 (deadline: 15 working days from the clue), `EXTEND_FILING` (once, +15 working days, `reason` required), `DECLINE` 不予立案 (`reason` required) → `CLOSED` |
         *     | `FILED` 已立案 | `NOTIFY` 告知拟处罚 (`proposal`, `proposedFine`, `proposesAgreementMeasure`) → `NOTIFIED`, `EXTEND_DECISION`, `DISMISS` 撤销/不予处罚 (`reason`) → `CLOSED` |
         *     | `NOTIFIED` 已告知 | `RECORD_STATEMENT` 陈述申辩 (`note`), `REQUEST_HEARING` (only with a hearing right, within 5 working days of the notice), `HOLD_HEARING`, `WAIVE` 放弃陈述申辩和听证, `LEGAL_REVIEW` 法制审核 (`signedBy` the reviewer), `EXTEND_DECISION`, `DISMISS`; then the decision (`POST .../decision`) → `DECIDED` |
         *     | `DECIDED` 已决定 | `SERVE` 送达 (`method`, `recipient`; deadline 7 working days) → `SERVED` |
         *     | `SERVED` 已送达 | `EXECUTE` 执行完毕 (`finePaid`, `returnedAmount` as decided; fine due 15 days after service) → `EXECUTED`, `ORDER_RECTIFICATION` |
         *     | `EXECUTED` 已执行 | `ORDER_RECTIFICATION` 责令整改 (`deadline`) → `RECTIFYING`, `CLOSE` 结案 → `CLOSED` |
         *     | `RECTIFYING` 整改中 | `CONFIRM_RECTIFICATION` 整改完成 → `EXECUTED` |
         *
         *     Legal conditions (422, rule cited): `reason-required` (extensions, declining, dismissing), `extension-too-long`
         *     (the decision period may be extended by at most 30 days in all, NHSA rule, to confirm), `filing-already-extended`,
         *     `no-hearing-right`, `hearing-request-late` (《行政处罚法》 art. 64: 5 days, working days by art. 85),
         *     `hearing-not-requested`, `hearing-pending`, `statement-period-running`, `step-date-in-future`,
         *     `step-date-before-previous`, `execution-incomplete`, `deadline-required`.
         */
        post: operations["takeStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/penalty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Propose the lawful penalty for a case
         * @description Works out, from the penalty rule table, the article that applies to the case's violation class, its
         *     measures and the lawful fine range, adjusted for mitigation (`mitigation`, 《行政处罚法》 arts. 32, 33;
         *     2023年度省级飞行检查工作方案 §七(三): problems found in self-inspection and rectified are handled lightly) and for aggravation
         *     (repeat offence: a decision on the same institution and class within the configured window, found from the
         *     case history; 2023年度省级飞行检查工作方案 §七(三), 黄医保（2024）1号 §五 屡查屡犯). With `sampleCount`, `populationCount` and
         *     `sampleImproperAmount` the loss is extrapolated from a random re-audit sample (承医保发〔2019〕2号 §17). Nothing is written.
         */
        get: operations["proposePenalty"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the decision on a case
         * @description Records the decision (处理决定) on a case in status `NOTIFIED` whose statement period is over (or waived) with
         *     no hearing pending, gives it its document number (文号, gap-free per issuing county and year, e.g.
         *     `990102医保决〔2026〕1号`), moves the case to `DECIDED` and publishes `case.decision-issued.v1` (the registry
         *     applies the agreement measures). A case has one decision: a second one answers 409 `already-decided`; a case
         *     not yet notified answers 409 `transition-not-allowed`.
         *
         *     The penalty is checked against the rule table for the case's violation class (as `GET .../penalty` proposes):
         *     a fine outside the lawful range answers 422 `fine-out-of-range` **citing the article**; an agreement measure the
         *     article does not provide answers 422 `measure-not-allowed`; a major decision (a fine of at least the configured
         *     large amount, or any agreement measure) without legal review answers 422 `legal-review-required`
         *     (《行政处罚法》 art. 58). A suspension lasts **6 to 12 months** (条例 arts. 38, 40), from `from` to
         *     `from` + `months` − 1 day. Without `basis`, the article's citation is the basis.
         */
        post: operations["issueDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/doctor-points": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm the points a decision gives a doctor it names
         * @description A decision naming 医保医师 proposes, for each of them, the tier of points (1–3, 4–6, 7–9 or 10–12,
         *     医保发〔2024〕23号) that the province's points table (`GET /api/cases/rules`, `doctorPointsRules`) gives the
         *     institution's violation (article applied, violation class, improper amount); it is in `decision.doctorPoints`.
         *     The officer confirms the points within that tier with a reason; the case is stored together with
         *     `case.doctor-points-confirmed.v1`, from which the registry accumulates the person's points per calendar year.
         *     Points outside the tier answer 422 `points-outside-tier`; a doctor the decision does not name 422
         *     `doctor-not-named`; a missing reason 422 `points-reason-required`; points already confirmed 409
         *     `points-already-confirmed`; a case without a decision or already closed 409 `transition-not-allowed`.
         *     A refusal writes nothing. A decision later revoked (step `REVOKE_DECISION`) withdraws the points.
         */
        post: operations["confirmDoctorPoints"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/referrals/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Propose where to refer a case
         * @description Proposes the bodies a case goes to (移送), from the institution's ownership (from the registry topic) and the
         *     violation: a typical fraud case (欺诈骗保) of a **public** institution to discipline inspection (纪检监察), of a
         *     **private/individual** hospital, clinic or pharmacy to public security (公安) — 吕医保发〔2021〕36号 §(三)2; a suspected crime
         *     to the judiciary (司法机关) and misconduct of party members or state employees to discipline inspection — 2023年度省级飞行检查工作方案
         *     §七(三); matters of other departments to health (卫生健康) or market regulation (市场监管) — 黄医保（2024）1号 §五(三),
         *     承医保发〔2019〕2号 §12. Nothing is written.
         */
        get: operations["proposeReferrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Refer a case (移送)
         * @description Records that the case was sent to `target` with its reason and the documents' metadata, and publishes
         *     `case.referred.v1`. A case is referred once it is filed (a clue → 409 `transition-not-allowed`); a second
         *     open referral to the same body → 409 `already-referred`.
         */
        post: operations["referCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/referrals/{referralId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record receipt of or feedback on a referral
         * @description `RECEIVED` records that the body acknowledged receipt (`by` names who signed for it); `FEEDBACK` records the
         *     body's answer (`text` required, 422 `feedback-text-required`). Order: SENT → RECEIVED → FEEDBACK; anything else
         *     → 409 `transition-not-allowed`.
         */
        post: operations["trackReferral"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a payment of the fine or of the fund money returned
         * @description Once the decision is served (status `SERVED`, else 409 `transition-not-allowed`): records a payment of `FINE`
         *     or `RETURN`. More than is outstanding of that kind → 422 `overpayment`; not positive → 422
         *     `amount-not-positive`. The payment that completes both executes the decision (status `EXECUTED`,
         *     `case.executed.v1`). With an instalment plan the payment deadline moves to the next instalment not yet covered.
         */
        post: operations["recordPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/instalments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve payment by instalments
         * @description 《行政处罚法》第六十六条: on the party's application for economic hardship the bureau may approve payment by
         *     instalments. Decided or served cases only (else 409). `reason` required; due days from today on, each after
         *     the previous; amounts positive and adding up to what is still owed (else 422 `instalments-do-not-add-up`).
         *     Replaces an earlier plan.
         */
        post: operations["planInstalments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Money assessed, paid, returned and outstanding, per institution or county
         * @description Over the decided cases in your region (or the region `countyCode` inside it): fines and returns assessed, fines
         *     paid, fund money returned and what is outstanding, grouped by institution or by county, largest outstanding
         *     first, with totals.
         */
        get: operations["getRecoveryReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/ledger-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record why a problem cannot be cleared by the campaign deadline
         * @description 吕医保发〔2021〕36号 §(三)3: for problems not handled by the deadline, or in judicial proceedings, the reason is stated item
         *     by item (对到期仍未能完成处理或进入司法程序等情况，要逐项说明原因). Open cases only (a closed case → 409
         *     `transition-not-allowed`); `OTHER` needs `note` (422 `note-required`). Replaces an earlier note.
         */
        post: operations["noteLedgerReason"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The clear-to-zero ledger (问题台账) and its report
         * @description 吕医保发〔2021〕36号 §(三)3 (清零行动): every open problem in your region (or `countyCode` inside it) with its origin, status,
         *     pending deadline and the recorded reason where it cannot be cleared; and the report: how many were cleared
         *     (closed), how many remain, how many remain without a recorded reason, against the campaign deadline
         *     (`campaignDeadline`, default `ybjg.cases.clear-to-zero-deadline`). Open problems are listed oldest first.
         */
        get: operations["getLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/tipoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the tip-offs in your region
         * @description Newest first; identities only for their handlers.
         */
        get: operations["listTipOffs"];
        put?: never;
        /**
         * Record a tip-off (举报受理)
         * @description 澄江市医保局2024年预算项目文本 §(九): intake of a tip-off, also anonymous. The answer carries the `receiptCode` the whistleblower uses
         *     to follow it at `GET /api/cases/public/tipoffs/{receiptCode}`. A named tip-off needs the whistleblower's
         *     name and a contact (422 `identity-required`). The identity is visible only to the tip-off's handlers (the
         *     officer who recorded it and those assigned); everybody else sees `identityHidden: true`. Unknown county → 422
         *     `countyCode`.
         */
        post: operations["receiveTipOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/tipoffs/{tipOffId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one tip-off
         * @description Outside your region → 404. The whistleblower's identity only for the tip-off's handlers.
         */
        get: operations["getTipOff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/tipoffs/{tipOffId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Handle a tip-off
         * @description Steps: `ASSIGN` (`handler`, a username: may then see the identity), `ACKNOWLEDGE` 告知受理, `VERIFY` (`verified`,
         *     `verifiedAmount`: the reward is computed from the verified amount by the configured rule — docs/law.md#credit-and-rewards: a
         *     percentage, at least ¥200 and at most ¥200,000), `HANDLE` (`note`, optionally `caseId` of the case opened),
         *     `FEEDBACK` (`text`, visible to the whistleblower by receipt code), `PAY_REWARD` (a named, verified tip-off with a
         *     reward). Order RECEIVED → ACKNOWLEDGED → VERIFIED / UNFOUNDED → HANDLED → FEEDBACK_GIVEN; out of order → 409
         *     `transition-not-allowed`. Only handlers act (others → 403). A reward goes only to a named whistleblower
         *     (422 `reward-needs-identity`).
         */
        post: operations["handleTipOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/public/tipoffs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A citizen's tip-off from the disclosure site (网上举报, public)
         * @description Public, no token (澄江市医保局2024年预算项目文本 §(九)): a citizen reports suspected fraud against the fund. Recorded through the same
         *     intake as `POST /api/cases/tipoffs` with channel `ONLINE` (网络), received by nobody yet: the first administrator
         *     of the county's region who assigns a handler (`ASSIGN`) claims it, and from then on it is handled like any
         *     other tip-off. The optional `whistleblower` contact is stored as the whistleblower's identity, visible only to
         *     the tip-off's handlers and never published; without it (or with `anonymous: true`) the tip-off is anonymous
         *     and earns no reward. The answer is the receipt code to follow it at `GET /api/cases/public/tipoffs/{receiptCode}`
         *     — keep it, it is shown once. Unknown county → 422 `unknown-county` (field `countyCode`); named without a name
         *     and a phone or address → 422 `identity-required`.
         */
        post: operations["submitPublicTipOff"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/public/counties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The counties a tip-off may concern (public)
         * @description Public, no token: every county (县/区) of this service's region table with its city, in the table's order — what
         *     a citizen picks on the tip-off form and what the disclosure pages name counties by. Names only, no data.
         */
        get: operations["listPublicCounties"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/public/tipoffs/{receiptCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow a tip-off by its receipt code (public)
         * @description Public, no token: what the whistleblower may know — status, feedback, reward status. No identity, no content.
         *     An unknown code → 404.
         */
        get: operations["followTipOff"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/decision/document": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The decision document as PDF (行政处理决定书)
         * @description The decision's full content rendered as a PDF with an embedded Chinese font (Noto Sans SC, subset): number,
         *     party, facts, legal basis, penalty and its reasoning, measures, payment and remedies. A case without a decision →
         *     409 `not-decided`.
         */
        get: operations["getDecisionDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/cases/{id}/exposure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a decided case as a typical case (典型案例曝光)
         * @description 澄江市医保局2024年预算项目文本 §(三): typical cases are published. Decided cases only (else 409 `not-decided`); a case is published
         *     once (409 `already-exposed`). The public text is `summary`, written for the public: it must not carry personal
         *     data of insured persons — text that looks like an ID-card or phone number, or names the whistleblower, is
         *     refused (422 `personal-data`). What is published: institution, county, violation class, summary, decision
         *     number and date, article, measures, fine and return.
         */
        post: operations["exposeCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/public/exposures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published typical cases (public)
         * @description Public, no token, read-only; newest first; `countyCode` (any region code) narrows. No personal data.
         */
        get: operations["listExposures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the cases with an overdue deadline in your region
         * @description Cases whose pending statutory deadline (filing, decision, service, payment, rectification) passed before
         *     today (Asia/Shanghai), oldest deadline first. Each such case is also announced once per step as
         *     `case.overdue.v1`.
         */
        get: operations["listOverdueCases"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The rule tables in force
         * @description The statutory time limits, the penalty rules per violation class, the agreement-measure rules and the
         *     aggravation window, each with its source; `toConfirm` marks values not yet checked against an official text.
         */
        get: operations["getRules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The working-day calendar in force
         * @description The years whose State Council holiday notice is loaded (their adjusted working days 调休 are known), each
         *     notice's rows with its source, and the statutory holidays of 《全国年节及纪念日放假办法》 for the years
         *     asked for (known for every year, counted as holidays even before the notice is out). A deadline that
         *     reaches past the covered years is provisional. For staff.
         */
        get: operations["getWorkingDayCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/calendar/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Load a year's holiday notice
         * @description A province administrator loads the State Council's notice for a year (国务院办公厅关于YYYY年部分节假日安排的通知):
         *     HOLIDAY rows are weekdays off, WORKDAY rows weekend days worked (调休). Checked as a whole — source named,
         *     every day inside the year and listed once, WORKDAY rows on weekends only and never on a statutory holiday,
         *     HOLIDAY rows on weekdays only — each broken rule a violation of one 422 answer, nothing stored. The year
         *     is stored, published (case.calendar-loaded.v1 on case.calendar.v1) and used by every service for every
         *     deadline computed afterwards. Loading a year again replaces it (a new version). Repeating the same
         *     request changes nothing beyond the version.
         */
        put: operations["loadCalendarYear"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/calendar/deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Work out a deadline on the working-day calendar
         * @description The last day of a period of `amount` working days (statutory holidays and weekends skipped, adjusted
         *     working days 调休 counted) or calendar days (ending on the next working day when the last day is a
         *     holiday, 《民法典》 art. 203) after `from`.
         */
        get: operations["computeDeadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description The contract of the case service, public (no token needed).
         */
        get: operations["getOpenApiDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /**
         * @description Yuan, at most two decimals, not negative; answered with exactly two decimals. A JSON number is accepted on input too.
         * @example 18600.00
         */
        Money: string;
        /**
         * @description CLUE 待立案 · FILED 已立案 · NOTIFIED 已告知 · DECIDED 已决定 · SERVED 已送达 · EXECUTED 已执行 ·
         *     RECTIFYING 整改中 · CLOSED 已结案
         * @enum {string}
         */
        CaseStatus: "CLUE" | "FILED" | "NOTIFIED" | "DECIDED" | "SERVED" | "EXECUTED" | "RECTIFYING" | "CLOSED";
        /**
         * @description Where the clue came from. INSPECTION_FINDING 检查发现 · TIP_OFF 举报线索 · SMART_MONITORING 智能监控 ·
         *     SELF_INSPECTION 自查自纠 · HANDOVER 上级交办
         * @enum {string}
         */
        CaseOrigin: "INSPECTION_FINDING" | "TIP_OFF" | "SMART_MONITORING" | "SELF_INSPECTION" | "HANDOVER";
        /**
         * @description PUBLIC 公立 · PRIVATE 民营/个体 (decides where a case is referred)
         * @enum {string}
         */
        Ownership: "PUBLIC" | "PRIVATE";
        /**
         * @description FRAUD 欺诈骗保 (条例 art. 40) · GENERAL_VIOLATION 一般违规 (art. 38) · MANAGEMENT 内部管理问题 (art. 39) · OTHER 其他
         * @enum {string}
         */
        FindingCategory: "FRAUD" | "GENERAL_VIOLATION" | "MANAGEMENT" | "OTHER";
        /**
         * @description SUSPEND_AGREEMENT 暂停医保服务协议 · TERMINATE_AGREEMENT 解除医保服务协议
         * @enum {string}
         */
        MeasureKind: "SUSPEND_AGREEMENT" | "TERMINATE_AGREEMENT";
        /**
         * @description OPENED 案源登记 · FILED 立案 · FILING_EXTENDED 延长立案期限 · DECLINED 不予立案 · NOTIFIED 告知拟处罚 ·
         *     STATEMENT_RECORDED 陈述申辩 · HEARING_REQUESTED 申请听证 · HEARING_HELD 举行听证 · RIGHTS_WAIVED 放弃陈述申辩和听证 ·
         *     LEGAL_REVIEWED 法制审核 · DECISION_EXTENDED 延长办案期限 · DISMISSED 撤销案件/不予处罚 · DECISION_ISSUED 作出处理决定 ·
         *     SERVED 送达 · EXECUTED 执行完毕 · RECTIFICATION_ORDERED 责令整改 · RECTIFIED 整改完成 · CLOSED 结案 · OVERDUE 逾期 ·
         *     REFERRED 移送 · REFERRAL_RECEIVED 移送接收 · REFERRAL_FEEDBACK 移送反馈 · PAYMENT_RECEIVED 收到缴款 ·
         *     INSTALMENTS_APPROVED 批准分期缴纳 · LEDGER_NOTED 台账说明 · EXPOSED 典型案例曝光 ·
         *     DOCTOR_POINTS_CONFIRMED 医保医师记分 · DECISION_REVOKED 处理决定撤销
         * @enum {string}
         */
        HistoryKind: "OPENED" | "FILED" | "FILING_EXTENDED" | "DECLINED" | "NOTIFIED" | "STATEMENT_RECORDED" | "HEARING_REQUESTED" | "HEARING_HELD" | "RIGHTS_WAIVED" | "LEGAL_REVIEWED" | "DECISION_EXTENDED" | "DISMISSED" | "DECISION_ISSUED" | "SERVED" | "EXECUTED" | "RECTIFICATION_ORDERED" | "RECTIFIED" | "CLOSED" | "OVERDUE" | "REFERRED" | "REFERRAL_RECEIVED" | "REFERRAL_FEEDBACK" | "PAYMENT_RECEIVED" | "INSTALMENTS_APPROVED" | "LEDGER_NOTED" | "EXPOSED" | "DOCTOR_POINTS_CONFIRMED" | "DECISION_REVOKED";
        /**
         * @description FILE 立案 · EXTEND_FILING 延长立案期限 · DECLINE 不予立案 · NOTIFY 告知拟处罚 · RECORD_STATEMENT 记录陈述申辩 ·
         *     REQUEST_HEARING 申请听证 · HOLD_HEARING 举行听证 · WAIVE 放弃陈述申辩和听证 · LEGAL_REVIEW 法制审核 ·
         *     EXTEND_DECISION 延长办案期限 · DISMISS 撤销案件/不予处罚 · SERVE 送达 · EXECUTE 执行完毕 ·
         *     ORDER_RECTIFICATION 责令整改 · CONFIRM_RECTIFICATION 整改完成 · CLOSE 结案 ·
         *     REVOKE_DECISION 撤销处理决定 (not upheld on review, in court or by the bureau itself, 《行政处罚法》 art. 75:
         *     closes the case with outcome NOT_UPHELD and withdraws the points its decision gave doctors)
         * @enum {string}
         */
        StepAction: "FILE" | "EXTEND_FILING" | "DECLINE" | "NOTIFY" | "RECORD_STATEMENT" | "REQUEST_HEARING" | "HOLD_HEARING" | "WAIVE" | "LEGAL_REVIEW" | "EXTEND_DECISION" | "DISMISS" | "SERVE" | "EXECUTE" | "ORDER_RECTIFICATION" | "CONFIRM_RECTIFICATION" | "CLOSE" | "REVOKE_DECISION";
        /**
         * @description FILING 立案审查 · DECISION 作出决定 · SERVICE 送达 · PAYMENT 缴纳罚款/退回基金 · RECTIFICATION 整改
         * @enum {string}
         */
        DeadlineStep: "FILING" | "DECISION" | "SERVICE" | "PAYMENT" | "RECTIFICATION";
        /**
         * @description WORKING_DAYS 工作日 · CALENDAR_DAYS 自然日
         * @enum {string}
         */
        TimeUnit: "WORKING_DAYS" | "CALENDAR_DAYS";
        /**
         * @description SELF_INSPECTION_RECTIFIED 自查发现并已整改 (2023年度省级飞行检查工作方案 §七(三): 从轻) · ELIMINATED_HARM 主动消除或减轻危害后果
         *     (《行政处罚法》 art. 32(1): 从轻或减轻) · CONFESSED 主动供述尚未掌握的违法行为 (art. 32(3): 从轻或减轻) ·
         *     COOPERATED 配合查处有立功表现 (art. 32(4): 从轻或减轻) · MINOR_CORRECTED 违法行为轻微并及时改正，没有造成危害后果
         *     (art. 33: 不予处罚)
         * @enum {string}
         */
        MitigationGround: "SELF_INSPECTION_RECTIFIED" | "ELIMINATED_HARM" | "CONFESSED" | "COOPERATED" | "MINOR_CORRECTED";
        /**
         * @description LIGHTER 从轻 · REDUCED 减轻 · NO_PENALTY 不予处罚 · HEAVIER 从重
         * @enum {string}
         */
        AdjustmentKind: "LIGHTER" | "REDUCED" | "NO_PENALTY" | "HEAVIER";
        /**
         * @description NONE 无 · RECORD 记入失信记录 · SERIOUS 严重失信
         * @enum {string}
         */
        CreditConsequence: "NONE" | "RECORD" | "SERIOUS";
        /**
         * @description LOSS_MULTIPLE 按造成损失(骗取)金额倍数 · FIXED_RANGE 固定金额区间
         * @enum {string}
         */
        FineBasis: "LOSS_MULTIPLE" | "FIXED_RANGE";
        /**
         * @description DISCIPLINE_INSPECTION 纪检监察机关 · PUBLIC_SECURITY 公安机关 · JUDICIARY 司法机关 · HEALTH_COMMISSION 卫生健康部门 ·
         *     MARKET_REGULATION 市场监管部门
         * @enum {string}
         */
        ReferralTarget: "DISCIPLINE_INSPECTION" | "PUBLIC_SECURITY" | "JUDICIARY" | "HEALTH_COMMISSION" | "MARKET_REGULATION";
        /**
         * @description HEALTH 卫生健康 · MARKET 市场监管
         * @enum {string}
         */
        OtherDepartment: "HEALTH" | "MARKET";
        /**
         * @description SENT 已移送 · RECEIVED 已接收 · FEEDBACK 已反馈
         * @enum {string}
         */
        ReferralStatus: "SENT" | "RECEIVED" | "FEEDBACK";
        ReferralProposal: {
            target: components["schemas"]["ReferralTarget"];
            targetLabel: string;
            reason: string;
            source: string;
        };
        ReferralDocument: {
            title: string;
            /** Format: int32 */
            pages?: number;
        };
        ReferralRequest: {
            target: components["schemas"]["ReferralTarget"];
            reason: string;
            /**
             * Format: date
             * @description Day sent; default today.
             */
            on?: string;
            documents?: components["schemas"]["ReferralDocument"][];
        };
        ReferralUpdate: {
            status: components["schemas"]["ReferralStatus"];
            /**
             * Format: date
             * @description Default today.
             */
            on?: string;
            /** @description RECEIVED: who signed for it at the body. */
            by?: string;
            /** @description FEEDBACK: the body's answer. */
            text?: string;
        };
        Referral: {
            id: string;
            target: components["schemas"]["ReferralTarget"];
            /** @example 公安机关 */
            targetLabel: string;
            status: components["schemas"]["ReferralStatus"];
            /** @example 已移送 */
            statusLabel: string;
            reason: string;
            /** Format: date */
            sentOn: string;
            sentBy: string;
            documents: components["schemas"]["ReferralDocument"][];
            /** Format: date */
            receivedOn?: string | null;
            receivedBy?: string | null;
            /** Format: date */
            feedbackOn?: string | null;
            feedback?: string | null;
        };
        /**
         * @description FINE 罚款 · RETURN 退回基金 · SURCHARGE 加处罚款 (the late-payment surcharge, 《行政处罚法》 art. 72; accepted from
         *     service until the case is closed, at most what accrued and is unpaid; on a fine paid on time 422
         *     `surcharge-on-paid-fine`)
         * @enum {string}
         */
        PaymentKind: "FINE" | "RETURN" | "SURCHARGE";
        /**
         * @description INSTITUTION 按机构 · COUNTY 按县区
         * @enum {string}
         */
        RecoveryGrouping: "INSTITUTION" | "COUNTY";
        PaymentRequest: {
            kind: components["schemas"]["PaymentKind"];
            amount: components["schemas"]["Money"];
            /**
             * Format: date
             * @description Day received; default today.
             */
            on?: string;
            /** @description Receipt or bank reference. */
            reference?: string;
        };
        InstalmentRequest: {
            /** Format: date */
            due: string;
            amount: components["schemas"]["Money"];
        };
        InstalmentPlanRequest: {
            reason: string;
            instalments: components["schemas"]["InstalmentRequest"][];
        };
        Payment: {
            kind: components["schemas"]["PaymentKind"];
            kindLabel: string;
            amount: components["schemas"]["Money"];
            /** Format: date */
            on: string;
            by: string;
            reference?: string | null;
        };
        Instalment: {
            /** Format: date */
            due: string;
            amount: components["schemas"]["Money"];
            /** @description Paid by the payments so far (payments settle instalments in order). */
            covered: boolean;
        };
        Recovery: {
            surcharge: components["schemas"]["Surcharge"];
            assessed: components["schemas"]["Money"];
            finePaid: components["schemas"]["Money"];
            returned: components["schemas"]["Money"];
            outstanding: components["schemas"]["Money"];
            instalmentReason?: string | null;
            instalments: components["schemas"]["Instalment"][];
            payments: components["schemas"]["Payment"][];
        };
        /**
         * @description 加处罚款 (《行政处罚法》 art. 72(1)): a fine unpaid after its due day (15 days from service, art. 67) accrues 3 % of
         *     the unpaid fine per calendar day, never more than the fine. An approved instalment plan or deferral (art. 66)
         *     replaces the due day: then only an instalment unpaid after its own due day accrues. Counted up to today, or
         *     up to the day the fine was paid in full.
         */
        Surcharge: {
            amount: components["schemas"]["Money"];
            /**
             * Format: date
             * @description The first late day; null while nothing is late.
             */
            accruesFrom?: string | null;
            /**
             * Format: int32
             * @description Late days that accrued something.
             */
            days: number;
            /** @description The surcharge reached the fine (its cap). */
            capped: boolean;
        };
        RecoveryRow: {
            /** @description Institution id or county code. */
            key: string;
            name: string;
            /** Format: int64 */
            cases: number;
            assessed: components["schemas"]["Money"];
            finePaid: components["schemas"]["Money"];
            returned: components["schemas"]["Money"];
            outstanding: components["schemas"]["Money"];
        };
        RecoveryReport: {
            groupBy: components["schemas"]["RecoveryGrouping"];
            rows: components["schemas"]["RecoveryRow"][];
            totals: components["schemas"]["RecoveryRow"];
        };
        /**
         * @description IN_JUDICIAL_PROCEEDINGS 进入司法程序 · REFERRED 已移送其他部门 · UNDER_INVESTIGATION 调查取证中 ·
         *     AWAITING_PAYMENT 等待缴款/分期缴纳 · RECTIFYING 整改中 · OTHER 其他
         * @enum {string}
         */
        LedgerReason: "IN_JUDICIAL_PROCEEDINGS" | "REFERRED" | "UNDER_INVESTIGATION" | "AWAITING_PAYMENT" | "RECTIFYING" | "OTHER";
        LedgerNoteRequest: {
            reason: components["schemas"]["LedgerReason"];
            note?: string;
        };
        LedgerNote: {
            reason: components["schemas"]["LedgerReason"];
            reasonLabel: string;
            note?: string | null;
            /** Format: date */
            on: string;
            by: string;
        };
        LedgerItem: {
            caseId: string;
            institutionId: string;
            institutionName?: string | null;
            countyCode: string;
            origin: components["schemas"]["CaseOrigin"];
            originLabel: string;
            category: components["schemas"]["FindingCategory"];
            categoryLabel: string;
            status: components["schemas"]["CaseStatus"];
            statusLabel: string;
            /** Format: date */
            openedOn: string;
            deadline?: components["schemas"]["Deadline"] | null;
            reason?: (string & components["schemas"]["LedgerReason"]) | null;
            reasonLabel?: string | null;
            reasonNote?: string | null;
            /** @description The late-payment surcharge accrued on the fine (加处罚款, 《行政处罚法》 art. 72), null when none. */
            surcharge?: (string & components["schemas"]["Money"]) | null;
        };
        LedgerReport: {
            /** Format: date */
            campaignDeadline: string;
            /** Format: date */
            asOf: string;
            /**
             * Format: int64
             * @description Calendar days to the campaign deadline (negative once past).
             */
            daysLeft: number;
            /** Format: int64 */
            total: number;
            /**
             * Format: int64
             * @description Problems closed (清零).
             */
            cleared: number;
            /** Format: int64 */
            open: number;
            /**
             * Format: int64
             * @description Open problems with no recorded reason: to explain or to clear.
             */
            openWithoutReason: number;
            /** @description Open problems, oldest first (this page). */
            items: components["schemas"]["LedgerItem"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
        };
        /**
         * @description PHONE 电话 · LETTER 信件 · ONLINE 网络 · VISIT 来访
         * @enum {string}
         */
        TipOffChannel: "PHONE" | "LETTER" | "ONLINE" | "VISIT";
        /**
         * @description RECEIVED 已受理 · ACKNOWLEDGED 已告知受理 · VERIFIED 查证属实 · UNFOUNDED 查无实据 · HANDLED 已处理 · FEEDBACK_GIVEN 已反馈
         * @enum {string}
         */
        TipOffStatus: "RECEIVED" | "ACKNOWLEDGED" | "VERIFIED" | "UNFOUNDED" | "HANDLED" | "FEEDBACK_GIVEN";
        /**
         * @description ASSIGN 指定承办人 · ACKNOWLEDGE 告知受理 · VERIFY 核查 · HANDLE 处理 · FEEDBACK 反馈 · PAY_REWARD 发放奖励
         * @enum {string}
         */
        TipOffAction: "ASSIGN" | "ACKNOWLEDGE" | "VERIFY" | "HANDLE" | "FEEDBACK" | "PAY_REWARD";
        /**
         * @description APPROVED 已核定 · PAID 已发放
         * @enum {string}
         */
        RewardStatus: "APPROVED" | "PAID";
        Whistleblower: {
            name: string;
            phone?: string;
            idNumber?: string;
            address?: string;
        };
        TipOffRequest: {
            countyCode: string;
            institutionId?: string;
            institutionName?: string;
            content: string;
            channel: components["schemas"]["TipOffChannel"];
            anonymous: boolean;
            whistleblower?: components["schemas"]["Whistleblower"];
        };
        PublicCounty: {
            code: string;
            name: string;
            cityCode?: string | null;
            cityName?: string | null;
        };
        /** @description A citizen's tip-off; the channel is ONLINE, the institution named in words. `whistleblower` is an optional contact, stored as the whistleblower's identity and seen by the tip-off's handlers only. */
        PublicTipOffRequest: {
            /** @description The county (县/区) the tip-off concerns. */
            countyCode: string;
            /** @description The institution reported, in words. */
            institutionName?: string;
            /** @description What happened. */
            content: string;
            /** @description true: no identity is stored even if a contact is sent. */
            anonymous: boolean;
            whistleblower?: components["schemas"]["Whistleblower"];
        };
        TipOffStepRequest: {
            action: components["schemas"]["TipOffAction"];
            handler?: string;
            verified?: boolean;
            verifiedAmount?: components["schemas"]["Money"];
            note?: string;
            caseId?: string;
            text?: string;
        };
        Reward: {
            amount: components["schemas"]["Money"];
            status: components["schemas"]["RewardStatus"];
            statusLabel: string;
            /** @description How the amount was computed. */
            rule: string;
            /** Format: date */
            paidOn?: string | null;
        };
        TipOffEntry: {
            what: string;
            /** Format: date-time */
            at: string;
            by: string;
            note?: string | null;
        };
        TipOff: {
            id: string;
            receiptCode: string;
            countyCode: string;
            institutionId?: string | null;
            institutionName?: string | null;
            content: string;
            channel: components["schemas"]["TipOffChannel"];
            channelLabel: string;
            anonymous: boolean;
            /** @description True when the caller is not a handler of this tip-off and the whistleblower is named. */
            identityHidden: boolean;
            whistleblower?: components["schemas"]["Whistleblower"] | null;
            status: components["schemas"]["TipOffStatus"];
            statusLabel: string;
            /** Format: date */
            receivedOn: string;
            receivedBy: string;
            handlers: string[];
            verifiedAmount?: (string & components["schemas"]["Money"]) | null;
            caseId?: string | null;
            feedback?: string | null;
            reward?: components["schemas"]["Reward"] | null;
            history: components["schemas"]["TipOffEntry"][];
        };
        TipOffPage: {
            items: components["schemas"]["TipOff"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        TipOffReceipt: {
            receiptCode: string;
            status: components["schemas"]["TipOffStatus"];
            statusLabel: string;
            /** Format: date */
            receivedOn: string;
            feedback?: string | null;
            rewardStatus?: (string & components["schemas"]["RewardStatus"]) | null;
            rewardStatusLabel?: string | null;
        };
        ExposureRequest: {
            summary: string;
        };
        Exposure: {
            caseId: string;
            institutionName: string;
            countyCode: string;
            category: components["schemas"]["FindingCategory"];
            categoryLabel: string;
            summary: string;
            decisionNumber: string;
            /** Format: date */
            decidedOn: string;
            article?: string | null;
            measures: string[];
            fineAmount?: (string & components["schemas"]["Money"]) | null;
            returnAmount?: (string & components["schemas"]["Money"]) | null;
            /** Format: date */
            publishedOn: string;
        };
        ExposurePage: {
            items: components["schemas"]["Exposure"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        CaseExposure: {
            summary: string;
            /** Format: date */
            publishedOn: string;
            publishedBy: string;
        };
        NewCase: {
            /** @enum {string} */
            origin: "TIP_OFF" | "SMART_MONITORING" | "SELF_INSPECTION" | "HANDOVER";
            /** @description The source's own number: tip-off receipt code, monitoring lead id, report number, handover document number. */
            reference: string;
            institutionId: string;
            category: components["schemas"]["FindingCategory"];
            /** @description The specific item of the checklist (吕医保发〔2021〕36号), e.g. 串换药品. */
            violationItem?: string;
            /** Format: date */
            periodFrom?: string;
            /** Format: date */
            periodTo?: string;
            amountInvolved?: components["schemas"]["Money"];
            description?: string;
            /**
             * Format: date
             * @description Day the clue was received; default today. The filing deadline counts from it.
             */
            receivedOn?: string;
            evidence?: components["schemas"]["Evidence"][];
        };
        Evidence: {
            title: string;
            /** @description e.g. DOCUMENT, SPREADSHEET, PHOTO, AUDIO */
            kind?: string;
            sha256?: string;
            pages?: number;
        };
        /** @description What the clue said, for cases not opened from an inspection finding. */
        CaseSource: {
            reference: string;
            violationItem?: string;
            /** Format: date */
            periodFrom?: string;
            /** Format: date */
            periodTo?: string;
            description?: string;
            receivedBy?: string;
            evidence: components["schemas"]["Evidence"][];
        };
        NextStep: {
            action: components["schemas"]["StepAction"];
            /** @example 立案 */
            actionLabel: string;
        };
        /** @description A case (案件) against a designated institution. */
        Case: {
            id: string;
            /**
             * Format: int64
             * @description Optimistic-locking version; also the ETag.
             */
            version: number;
            status: components["schemas"]["CaseStatus"];
            /** @example 待立案 */
            statusLabel: string;
            origin: components["schemas"]["CaseOrigin"];
            /** @example 检查发现 */
            originLabel: string;
            /** @description The finding the case was opened from. */
            findingId?: string;
            /**
             * @description The procedure steps the case's status allows now (the statutory step table), each with its Chinese
             *     label, so that a client offers only lawful steps; a step may still be refused for its content (422).
             */
            nextSteps?: components["schemas"]["NextStep"][];
            source?: components["schemas"]["CaseSource"];
            institutionId: string;
            institutionName?: string;
            ownership: components["schemas"]["Ownership"];
            /** @example 公立 */
            ownershipLabel: string;
            /** @description The county the case belongs to. */
            countyCode: string;
            category: components["schemas"]["FindingCategory"];
            /** @example 一般违规 */
            categoryLabel: string;
            /** @description Yuan found improper by the finding. */
            improperAmount?: (string & components["schemas"]["Money"]) | null;
            /**
             * Format: date
             * @description The day the case was registered.
             */
            openedOn: string;
            procedure: components["schemas"]["Procedure"];
            /** @description The pending statutory deadline; null when none runs. */
            deadline?: components["schemas"]["Deadline"] | null;
            /** @description The decision; null until issued. */
            decision?: components["schemas"]["Decision"] | null;
            recovery?: components["schemas"]["Recovery"];
            /** @description Set once the case is published as a typical case. */
            exposure?: components["schemas"]["CaseExposure"] | null;
            /** @description Why the problem cannot be cleared by the campaign deadline (clear-to-zero ledger). */
            ledgerNote?: components["schemas"]["LedgerNote"] | null;
            /** @description Referrals to other bodies (移送), oldest first. */
            referrals?: components["schemas"]["Referral"][];
            /** @description What happened to the case, oldest first. */
            history: components["schemas"]["HistoryEntry"][];
        };
        /** @description The dates of the statutory procedure so far and the deadlines they set. */
        Procedure: {
            /**
             * Format: date
             * @description The day the clue was found (发现案源).
             */
            clueOn: string;
            /**
             * Format: date
             * @description Last day to decide on filing: 15 working days after the clue (+15 once extended).
             */
            filingDue?: string | null;
            filingExtended?: boolean | null;
            /** Format: date */
            filedOn?: string | null;
            /**
             * Format: date
             * @description 90 days after filing, plus recorded extensions.
             */
            decisionDue?: string | null;
            /** Format: date */
            notifiedOn?: string | null;
            /** @description The proposed penalty as notified. */
            proposal?: string | null;
            hearingRight?: boolean | null;
            /**
             * Format: date
             * @description Last day to state, defend or request a hearing: 5 working days after notice.
             */
            statementDue?: string | null;
            /** Format: date */
            hearingRequestedOn?: string | null;
            /** Format: date */
            hearingHeldOn?: string | null;
            waived?: boolean | null;
            /** Format: date */
            legalReviewOn?: string | null;
            legalReviewBy?: string[] | null;
            /** Format: date */
            servedOn?: string | null;
            /** Format: date */
            serviceDue?: string | null;
            serviceMethod?: string | null;
            recipient?: string | null;
            /** Format: date */
            paymentDue?: string | null;
            /** Format: date */
            executedOn?: string | null;
            finePaid?: (string & components["schemas"]["Money"]) | null;
            returnedAmount?: (string & components["schemas"]["Money"]) | null;
            /** Format: date */
            rectificationDue?: string | null;
            /** Format: date */
            rectifiedOn?: string | null;
            /** Format: date */
            closedOn?: string | null;
            closingReason?: string | null;
            extensions: components["schemas"]["Extension"][];
            /** @description Statements and defences recorded (陈述申辩). */
            statements: string[];
        };
        Extension: {
            /** Format: int32 */
            days: number;
            reason: string;
            /** Format: date */
            on: string;
            by: string;
            signedBy?: string[];
        };
        Deadline: {
            step: components["schemas"]["DeadlineStep"];
            /** @example 立案审查 */
            stepLabel: string;
            /** Format: date */
            due: string;
            /** @description The due date is before today (Asia/Shanghai). */
            overdue: boolean;
        };
        /** @description A decision (处理决定) with its document number and penalty. */
        Decision: {
            /** @example 990102医保决〔2026〕1号 */
            decisionNumber: string;
            measures: components["schemas"]["Measure"][];
            fineAmount?: (string & components["schemas"]["Money"]) | null;
            /** @description Fund money the institution is ordered to return (责令退回). */
            returnAmount?: (string & components["schemas"]["Money"]) | null;
            /** @description Article of 条例 applied, e.g. 38. */
            article?: string | null;
            /** @description Legal basis as written in the decision. */
            basis?: string | null;
            creditConsequence?: (string & components["schemas"]["CreditConsequence"]) | null;
            creditConsequenceLabel?: string | null;
            /** @description How the lawful range was found (null where no penalty rule applies). */
            penalty?: components["schemas"]["PenaltyAssessment"] | null;
            /** Format: date */
            decidedOn: string;
            /** @description Username of the officer who issued it. */
            decidedBy: string;
            /** @description Who signed the decision (the bureau's head). */
            signedBy: string[];
            /** @description The 医保医师 of the institution the decision names as concerned (empty if none); the registry records their credit. */
            doctors?: components["schemas"]["ConcernedDoctor"][];
            /** @description For each doctor named, the tier of points the points table proposed and the points confirmed (医保发〔2024〕23号). */
            doctorPoints?: components["schemas"]["DoctorPoints"][];
        };
        PenaltyAssessment: {
            /** @example 38 */
            article: string;
            /** @example 《医疗保障基金使用监督管理条例》第三十八条 */
            citation: string;
            /** @description The loss the multiples apply to (the case's improper amount, or the extrapolated one). */
            lossBase?: (string & components["schemas"]["Money"]) | null;
            returnAmount?: (string & components["schemas"]["Money"]) | null;
            fineRange: components["schemas"]["MoneyRange"];
            statutoryRange: components["schemas"]["MoneyRange"];
            proposedFine?: (string & components["schemas"]["Money"]) | null;
            fineMandatory?: boolean;
            suspensionAllowed: boolean;
            terminationAllowed: boolean;
            creditConsequence?: components["schemas"]["CreditConsequence"];
            creditConsequenceLabel?: string;
            extrapolation?: components["schemas"]["Extrapolation"] | null;
            adjustments: components["schemas"]["Adjustment"][];
            /** @description The reasoning in Chinese, as written into the decision. */
            explanation: string;
        };
        MoneyRange: {
            min: components["schemas"]["Money"];
            max: components["schemas"]["Money"];
        };
        Adjustment: {
            kind: components["schemas"]["AdjustmentKind"];
            /** @example 从轻 */
            kindLabel: string;
            /** @description The mitigation ground or REPEAT_OFFENCE. */
            ground: string;
            explanation: string;
        };
        /** @description 承医保发〔2019〕2号 §17 — improper fees found in a random re-audit sample, scaled up by the sampling ratio. */
        Extrapolation: {
            /** Format: int64 */
            sampleCount: number;
            /** Format: int64 */
            populationCount: number;
            sampleImproperAmount: components["schemas"]["Money"];
            /**
             * @description sampleCount / populationCount, six decimals.
             * @example 0.100000
             */
            ratio: string;
            result: components["schemas"]["Money"];
        };
        ExtrapolationRequest: {
            /** Format: int64 */
            sampleCount: number;
            /** Format: int64 */
            populationCount: number;
            sampleImproperAmount: components["schemas"]["Money"];
        };
        Measure: {
            kind: components["schemas"]["MeasureKind"];
            /** @example 暂停医保服务协议 */
            kindLabel: string;
            /** Format: int32 */
            months?: number | null;
            /**
             * Format: date
             * @description First day the measure applies.
             */
            from?: string | null;
            /**
             * Format: date
             * @description Last day of a suspension (inclusive).
             */
            until?: string | null;
            /** @description The responsible departments suspended; empty means the whole institution. */
            departments?: string[];
        };
        HistoryEntry: {
            kind: components["schemas"]["HistoryKind"];
            /** @example 立案 */
            kindLabel: string;
            /**
             * Format: date-time
             * @description When it was recorded (UTC).
             */
            at: string;
            /**
             * Format: date
             * @description The legal date of the step.
             */
            on?: string | null;
            /** @description Username of who acted, or `system` for what the service did on its own. */
            by: string;
            /** @description Who signed the step (负责人批准, 审核人签字, 受送达人签收). */
            signedBy: string[];
            note?: string | null;
        };
        CasePage: {
            items: components["schemas"]["Case"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /** @description One procedure step; which fields matter depends on `action` (see the operation). */
        StepRequest: {
            action: components["schemas"]["StepAction"];
            /**
             * Format: date
             * @description The legal date of the step; default today (Asia/Shanghai).
             */
            on?: string;
            /** @description Who signed; default the acting officer. */
            signedBy?: string[];
            note?: string;
            /** @description Required for EXTEND_FILING, EXTEND_DECISION, DECLINE, DISMISS. */
            reason?: string;
            /**
             * Format: int32
             * @description EXTEND_DECISION: days added.
             */
            days?: number;
            /** @description NOTIFY: the proposed penalty in words. */
            proposal?: string;
            proposedFine?: components["schemas"]["Money"];
            /** @description NOTIFY: a suspension or termination is proposed. */
            proposesAgreementMeasure?: boolean;
            /** @description SERVE: 直接送达, 邮寄送达, 留置送达 ... */
            method?: string;
            /** @description SERVE: who received it. */
            recipient?: string;
            finePaid?: components["schemas"]["Money"];
            returnedAmount?: components["schemas"]["Money"];
            /**
             * Format: date
             * @description ORDER_RECTIFICATION: rectify by this day.
             */
            deadline?: string;
        };
        /** @description The decision to issue. It must order at least one measure or a fine (else 422 `decision-orders-nothing`), unless art. 33 (no penalty) applies. */
        DecisionRequest: {
            /** @description The agreement measures ordered; omit or leave empty for a decision that only fines. */
            measures?: components["schemas"]["MeasureRequest"][];
            fineAmount?: components["schemas"]["Money"];
            returnAmount?: components["schemas"]["Money"];
            /** @description Legal basis, e.g. 《医疗保障基金使用监督管理条例》第三十八条; default the article of the rule table. */
            basis?: string;
            mitigation?: components["schemas"]["MitigationGround"][];
            extrapolation?: components["schemas"]["ExtrapolationRequest"];
            /** @description Who signs the decision; default the acting officer. */
            signedBy?: string[];
            /** @description Optional: the 医保医师 of the institution concerned by the decision (registry ids). Stored in the decision, shown in its view and document (涉及医保医师：张三（编码 …）) and published in `case.decision-issued.v1`, from which the registry records each doctor's credit. A missing `doctorId` or `name` answers 400; a blank one 422 `doctor-incomplete` naming the field (e.g. `doctors[0].name`); the same doctor twice 422 `doctor-duplicate`. */
            doctors?: components["schemas"]["ConcernedDoctor"][];
        };
        MeasureRequest: {
            kind: components["schemas"]["MeasureKind"];
            /**
             * Format: int32
             * @description Suspension only: 6–12 months (条例 arts. 38, 40; outside → 422).
             */
            months?: number;
            /**
             * Format: date
             * @description First day of the suspension (required for SUSPEND_AGREEMENT); for a termination, the day it takes effect.
             */
            from?: string;
            /** @description Responsible departments to suspend; omit or leave empty for the whole institution. */
            departments?: string[];
        };
        Rules: {
            timeLimits: components["schemas"]["TimeLimit"][];
            penaltyRules: components["schemas"]["PenaltyRule"][];
            /** Format: int32 */
            repeatOffenceWindowMonths: number;
            largeFine: components["schemas"]["Money"];
            /** @description The province's points table for 医保医师 (医保发〔2024〕23号), first matching row wins. */
            doctorPointsRules?: components["schemas"]["DoctorPointsRule"][];
        };
        TimeLimit: {
            step: string;
            stepLabel: string;
            /** Format: int32 */
            amount: number;
            unit: components["schemas"]["TimeUnit"];
            toConfirm: boolean;
            source: string;
        };
        PenaltyRule: {
            category: components["schemas"]["FindingCategory"];
            categoryLabel: string;
            article: string;
            citation: string;
            fineBasis: components["schemas"]["FineBasis"];
            /** @description Multiple of the loss, or yuan. */
            fineMin: string;
            fineMax: string;
            fineMandatory: boolean;
            returnOfLoss: boolean;
            suspensionAllowed: boolean;
            terminationAllowed: boolean;
            creditConsequence: components["schemas"]["CreditConsequence"];
            toConfirm: boolean;
            source: string;
        };
        DeadlineAnswer: {
            /** Format: date */
            from: string;
            /** Format: int32 */
            amount: number;
            unit: components["schemas"]["TimeUnit"];
            /** Format: date */
            due: string;
            /** @description False when the period reaches a year without a loaded holiday notice: its statutory holidays are counted, its adjusted working days are not known yet, so the deadline is provisional. */
            calendarCovers: boolean;
        };
        /**
         * @description HOLIDAY 放假 (a weekday off); WORKDAY 调休上班 (a weekend day worked).
         * @enum {string}
         */
        DayKind: "HOLIDAY" | "WORKDAY";
        CalendarDayInput: {
            /** Format: date */
            date: string;
            kind: components["schemas"]["DayKind"];
            /** @description The festival, e.g. 国庆节. */
            name?: string;
        };
        CalendarNoticeInput: {
            /** @description The notice: title and document number. */
            source: string;
            days: components["schemas"]["CalendarDayInput"][];
        };
        CalendarDay: {
            /** Format: date */
            date: string;
            kind: components["schemas"]["DayKind"];
            kindLabel: string;
            name: string;
            /** @description Given on statutory holidays; a notice's rows share the notice's source. */
            source?: string;
        };
        CalendarNotice: {
            /** Format: int32 */
            year: number;
            source: string;
            /** @description Shipped with the release (true) or loaded through the API (false). */
            bundled: boolean;
            /**
             * Format: int64
             * @description 0 for a bundled notice, then one more per load.
             */
            version: number;
            /** Format: date-time */
            loadedAt?: string;
            loadedBy?: string;
            days: components["schemas"]["CalendarDay"][];
        };
        WorkingDayCalendar: {
            /** @description The years with a loaded notice; a deadline past them is provisional. */
            years: number[];
            notices: components["schemas"]["CalendarNotice"][];
            /** @description The statutory holidays of the years asked for, whatever weekday they fall on. */
            statutory: components["schemas"]["CalendarDay"][];
        };
        /** @description RFC 9457 problem detail. */
        Problem: {
            /** Format: uri */
            type?: string;
            title?: string;
            /** Format: int32 */
            status?: number;
            detail?: string;
            instance?: string;
            violations?: components["schemas"]["Violation"][];
        };
        Violation: {
            field: string;
            message: string;
        };
        /** @description A 医保医师 named in a decision as concerned (涉及医保医师). */
        ConcernedDoctor: {
            /**
             * @description The doctor's registry id (医保医师编码).
             * @example D3301020001
             */
            doctorId: string;
            /** @example 张三 */
            name: string;
            /**
             * @description Practising code as written in the decision.
             * @example 110330102000001
             */
            practiceCode?: string | null;
        };
        /** @description The points (记分) a decision gives a 医保医师 it names; unconfirmed while `points` is null. */
        DoctorPoints: {
            /** @example D3301020001 */
            doctorId: string;
            /** @example 张三 */
            name: string;
            /**
             * Format: int32
             * @example 10
             */
            tierMin: number;
            /**
             * Format: int32
             * @example 12
             */
            tierMax: number;
            /** @description The points-table row's source. */
            tierSource: string;
            /** @description The row's value is not yet checked against an official copy. */
            tierToConfirm: boolean;
            /**
             * Format: int32
             * @example 10
             */
            points?: number | null;
            reason?: string | null;
            /** Format: date */
            confirmedOn?: string | null;
            confirmedBy?: string | null;
        };
        DoctorPointsRequest: {
            /** @description A doctor the decision names. */
            doctorId: string;
            /**
             * Format: int32
             * @description Within the proposed tier.
             */
            points: number;
            /** @description Why these points within the tier (the person's share of responsibility). */
            reason: string;
        };
        DoctorPointsRule: {
            /** Format: int32 */
            minPoints: number;
            /** Format: int32 */
            maxPoints: number;
            /** @description Article applied; NONE for decisions applying none; null for any. */
            article?: string | null;
            category?: (string & components["schemas"]["FindingCategory"]) | null;
            minAmount?: (string & components["schemas"]["Money"]) | null;
            toConfirm: boolean;
            source: string;
        };
    };
    responses: {
        /** @description Invalid input (malformed body, field out of its format or bounds, money negative or with more than two decimals). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ybjg.org/problems/invalid-input",
                 *       "title": "Invalid input",
                 *       "status": 400,
                 *       "detail": "The request has invalid fields.",
                 *       "instance": "/api/cases/cases/2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f/decision",
                 *       "violations": [
                 *         {
                 *           "field": "fineAmount",
                 *           "message": "must match \"^[0-9]{1,13}(\\.[0-9]{1,2})?$\""
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid bearer token. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ybjg.org/problems/unauthenticated",
                 *       "title": "Unauthenticated",
                 *       "status": 401,
                 *       "detail": "A valid bearer token is required."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Your role does not allow this action (e.g. an auditor issuing a decision). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ybjg.org/problems/forbidden",
                 *       "title": "Forbidden",
                 *       "status": 403,
                 *       "detail": "Your role does not allow this action."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such case in your region (a case outside your region answers the same). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ybjg.org/problems/not-found",
                 *       "title": "Not found",
                 *       "status": 404,
                 *       "detail": "case not found"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description The case's state forbids this: `transition-not-allowed` (the status does not allow the step, e.g. a decision
         *     before the notice), `already-decided` (the case has its decision) or `concurrent-change` (the case changed
         *     since the version in `If-Match`). Nothing was written.
         */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /**
         * @description Well-formed input that a rule forbids. Nothing was written. Problem types (the last segment of `type`):
         *     decisions: `fine-out-of-range` (the article and its range are cited), `fine-required`, `measure-not-allowed`,
         *     `legal-review-required`, `statement-period-running`, `hearing-pending`, `basis-required`, `loss-unknown`,
         *     `measure-months-out-of-range`, `measure-months-missing`, `measure-start-missing`, `measure-has-no-period`,
         *     `measure-has-no-departments`, `termination-with-other-measures`, `department-blank`,
         *     `measure-not-in-rule-table`, `decision-orders-nothing`, `sample-invalid`; doctors' points:
         *     `points-outside-tier`, `doctor-not-named`, `points-reason-required`; payments: `surcharge-on-paid-fine`,
         *     `overpayment`; steps: see `POST .../steps`; calendar: `calendar-source-missing`, `calendar-no-days`,
         *     `calendar-year-out-of-range`, `calendar-day-outside-year`, `calendar-day-duplicate`,
         *     `calendar-workday-not-weekend`, `calendar-holiday-not-weekday`, `calendar-workday-statutory-holiday` (every
         *     broken row one violation).
         *     `violations[].field` names the input, e.g. `fineAmount` or `days[3].date`.
         */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The case id.
         * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
         */
        CaseId: string;
        /** @description Tip-off id. */
        TipOffId: string;
        /**
         * @description A GB/T 2260 region code inside your own region (county, or city).
         * @example 990102
         */
        CountyCode: string;
        /**
         * @description The case version you read (the `ETag` of GET, e.g. `"1"`). If the case changed since, 409
         *     `concurrent-change`. `*` or no header: act on the case as it is.
         * @example "1"
         */
        IfMatch: string;
        /** @description Page number, from 0. */
        Page: number;
        /** @description Page size, at most 200. */
        Size: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listCases: {
        parameters: {
            query?: {
                /** @description Only cases against this designated institution. */
                institutionId?: string;
                /**
                 * @description A GB/T 2260 region code inside your own region (county, or city).
                 * @example 990102
                 */
                countyCode?: components["parameters"]["CountyCode"];
                /** @description Only cases in this status. */
                status?: components["schemas"]["CaseStatus"];
                /** @description Page number, from 0. */
                page?: components["parameters"]["Page"];
                /** @description Page size, at most 200. */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of cases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    openCase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCase"];
            };
        };
        responses: {
            /** @description The case, in status CLUE. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case. */
            200: {
                headers: {
                    /** @description The case's version, quoted (`"1"`). */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    takeStep: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The case version you read (the `ETag` of GET, e.g. `"1"`). If the case changed since, 409
                 *     `concurrent-change`. `*` or no header: act on the case as it is.
                 * @example "1"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StepRequest"];
            };
        };
        responses: {
            /** @description The case after the step. */
            200: {
                headers: {
                    /** @description The case's new version, quoted. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    proposePenalty: {
        parameters: {
            query?: {
                /** @description Mitigating grounds the officer establishes. */
                mitigation?: components["schemas"]["MitigationGround"][];
                /** @description Claims re-audited in the random sample. */
                sampleCount?: number;
                /** @description Claims the sample was drawn from. */
                populationCount?: number;
                /** @description Yuan found improper in the sample. */
                sampleImproperAmount?: components["schemas"]["Money"];
            };
            header?: never;
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PenaltyAssessment"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["Unprocessable"];
        };
    };
    issueDecision: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The case version you read (the `ETag` of GET, e.g. `"1"`). If the case changed since, 409
                 *     `concurrent-change`. `*` or no header: act on the case as it is.
                 * @example "1"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            /** @description The case with its decision. */
            200: {
                headers: {
                    /** @description The case's new version, quoted. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    confirmDoctorPoints: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The case version you read (the `ETag` of GET, e.g. `"1"`). If the case changed since, 409
                 *     `concurrent-change`. `*` or no header: act on the case as it is.
                 * @example "1"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DoctorPointsRequest"];
            };
        };
        responses: {
            /** @description The case with the confirmed points. */
            200: {
                headers: {
                    /** @description The case's new version, quoted. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    proposeReferrals: {
        parameters: {
            query?: {
                /** @description Treat the case as typical (典型案例) even if it is not fraud. */
                typical?: boolean;
                /** @description The facts suggest a crime (涉嫌犯罪). */
                suspectedCrime?: boolean;
                /** @description Party members or state employees are involved (党员干部和国家工作人员违法违纪). */
                officialMisconduct?: boolean;
                /** @description A matter for another department. */
                otherDepartment?: components["schemas"]["OtherDepartment"];
            };
            header?: never;
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposals, possibly none. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "target": "PUBLIC_SECURITY",
                     *         "targetLabel": "公安机关",
                     *         "reason": "民营或个体医疗机构、药店的欺诈骗保典型案例",
                     *         "source": "吕医保发〔2021〕36号 §(三)2"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["ReferralProposal"][];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    referCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The case version you read (the `ETag` of GET, e.g. `"1"`). If the case changed since, 409
                 *     `concurrent-change`. `*` or no header: act on the case as it is.
                 * @example "1"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "target": "PUBLIC_SECURITY",
                 *       "reason": "涉嫌伪造医疗文书骗取医保基金(演示)",
                 *       "documents": [
                 *         {
                 *           "title": "案件移送书(演示)",
                 *           "pages": 2
                 *         },
                 *         {
                 *           "title": "询问笔录(演示)",
                 *           "pages": 6
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ReferralRequest"];
            };
        };
        responses: {
            /** @description The case with the referral. */
            200: {
                headers: {
                    /** @description The case's new version, quoted. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    trackReferral: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The case version you read (the `ETag` of GET, e.g. `"1"`). If the case changed since, 409
                 *     `concurrent-change`. `*` or no header: act on the case as it is.
                 * @example "1"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
                /** @description Referral id. */
                referralId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferralUpdate"];
            };
        };
        responses: {
            /** @description The case with the updated referral. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    recordPayment: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The case version you read (the `ETag` of GET, e.g. `"1"`). If the case changed since, 409
                 *     `concurrent-change`. `*` or no header: act on the case as it is.
                 * @example "1"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "kind": "FINE",
                 *       "amount": "10000.00",
                 *       "reference": "非税收入缴款书 No.0001(演示)"
                 *     }
                 */
                "application/json": components["schemas"]["PaymentRequest"];
            };
        };
        responses: {
            /** @description The case with the payment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    planInstalments: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The case version you read (the `ETag` of GET, e.g. `"1"`). If the case changed since, 409
                 *     `concurrent-change`. `*` or no header: act on the case as it is.
                 * @example "1"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "当事人申请，经营困难(演示)",
                 *       "instalments": [
                 *         {
                 *           "due": "2026-12-31",
                 *           "amount": "18600.00"
                 *         },
                 *         {
                 *           "due": "2027-03-31",
                 *           "amount": "18600.00"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["InstalmentPlanRequest"];
            };
        };
        responses: {
            /** @description The case with the plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getRecoveryReport: {
        parameters: {
            query: {
                /** @description Group the recovered amounts by institution or by county. */
                groupBy: components["schemas"]["RecoveryGrouping"];
                /**
                 * @description A GB/T 2260 region code inside your own region (county, or city).
                 * @example 990102
                 */
                countyCode?: components["parameters"]["CountyCode"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "groupBy": "COUNTY",
                     *       "rows": [
                     *         {
                     *           "key": "990102",
                     *           "name": "990102",
                     *           "cases": 2,
                     *           "assessed": "55800.00",
                     *           "finePaid": "10000.00",
                     *           "returned": "18600.00",
                     *           "outstanding": "27200.00"
                     *         }
                     *       ],
                     *       "totals": {
                     *         "key": "total",
                     *         "name": "合计",
                     *         "cases": 2,
                     *         "assessed": "55800.00",
                     *         "finePaid": "10000.00",
                     *         "returned": "18600.00",
                     *         "outstanding": "27200.00"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RecoveryReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    noteLedgerReason: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The case version you read (the `ETag` of GET, e.g. `"1"`). If the case changed since, 409
                 *     `concurrent-change`. `*` or no header: act on the case as it is.
                 * @example "1"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "IN_JUDICIAL_PROCEEDINGS",
                 *       "note": "已移送公安机关立案侦查(演示)"
                 *     }
                 */
                "application/json": components["schemas"]["LedgerNoteRequest"];
            };
        };
        responses: {
            /** @description The case with its ledger note. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getLedger: {
        parameters: {
            query?: {
                /**
                 * @description A GB/T 2260 region code inside your own region (county, or city).
                 * @example 990102
                 */
                countyCode?: components["parameters"]["CountyCode"];
                /**
                 * @description Deadline of the clear-to-zero campaign; defaults to `ybjg.cases.clear-to-zero-deadline`.
                 * @example 2026-04-30
                 */
                campaignDeadline?: string;
                /** @description Page number, from 0. */
                page?: components["parameters"]["Page"];
                /** @description Page size, at most 200. */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "campaignDeadline": "2026-04-30",
                     *       "asOf": "2026-04-20",
                     *       "daysLeft": 10,
                     *       "total": 3,
                     *       "cleared": 1,
                     *       "open": 2,
                     *       "openWithoutReason": 1,
                     *       "items": [
                     *         {
                     *           "caseId": "2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f",
                     *           "institutionId": "0195f3a1aa10000f9e8d7c6b",
                     *           "institutionName": "示范市第一人民医院(演示)",
                     *           "countyCode": "990102",
                     *           "origin": "INSPECTION_FINDING",
                     *           "originLabel": "检查发现",
                     *           "category": "FRAUD",
                     *           "categoryLabel": "欺诈骗保",
                     *           "status": "FILED",
                     *           "statusLabel": "已立案",
                     *           "openedOn": "2026-02-10",
                     *           "deadline": {
                     *             "step": "DECISION",
                     *             "stepLabel": "作出决定",
                     *             "due": "2026-05-12",
                     *             "overdue": false
                     *           },
                     *           "reason": "IN_JUDICIAL_PROCEEDINGS",
                     *           "reasonLabel": "进入司法程序",
                     *           "reasonNote": "已移送公安机关(演示)"
                     *         }
                     *       ],
                     *       "page": 0,
                     *       "size": 20
                     *     }
                     */
                    "application/json": components["schemas"]["LedgerReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listTipOffs: {
        parameters: {
            query?: {
                /**
                 * @description A GB/T 2260 region code inside your own region (county, or city).
                 * @example 990102
                 */
                countyCode?: components["parameters"]["CountyCode"];
                /** @description Page number, from 0. */
                page?: components["parameters"]["Page"];
                /** @description Page size, at most 200. */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [],
                     *       "page": 0,
                     *       "size": 20,
                     *       "total": 0
                     *     }
                     */
                    "application/json": components["schemas"]["TipOffPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    receiveTipOff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TipOffRequest"];
            };
        };
        responses: {
            /** @description The tip-off, with its receipt code. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01a2068000000000000000a",
                     *       "receiptCode": "JB7K2M9QX4TD",
                     *       "countyCode": "990102",
                     *       "institutionName": "示范县人民医院(演示)",
                     *       "content": "挂床住院(演示)",
                     *       "channel": "PHONE",
                     *       "channelLabel": "电话",
                     *       "anonymous": true,
                     *       "identityHidden": false,
                     *       "status": "RECEIVED",
                     *       "statusLabel": "已受理",
                     *       "receivedOn": "2026-11-23",
                     *       "receivedBy": "county-admin",
                     *       "handlers": [
                     *         "county-admin"
                     *       ],
                     *       "history": []
                     *     }
                     */
                    "application/json": components["schemas"]["TipOff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getTipOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tip-off id. */
                tipOffId: components["parameters"]["TipOffId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tip-off. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01a2068000000000000000a",
                     *       "receiptCode": "JB7K2M9QX4TD",
                     *       "countyCode": "990102",
                     *       "content": "挂床住院(演示)",
                     *       "channel": "PHONE",
                     *       "channelLabel": "电话",
                     *       "anonymous": true,
                     *       "identityHidden": false,
                     *       "status": "RECEIVED",
                     *       "statusLabel": "已受理",
                     *       "receivedOn": "2026-11-23",
                     *       "receivedBy": "county-admin",
                     *       "handlers": [
                     *         "county-admin"
                     *       ],
                     *       "history": []
                     *     }
                     */
                    "application/json": components["schemas"]["TipOff"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    handleTipOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Tip-off id. */
                tipOffId: components["parameters"]["TipOffId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TipOffStepRequest"];
            };
        };
        responses: {
            /** @description The tip-off after the step. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "01a2068000000000000000a",
                     *       "receiptCode": "JB7K2M9QX4TD",
                     *       "countyCode": "990102",
                     *       "content": "挂床住院(演示)",
                     *       "channel": "PHONE",
                     *       "channelLabel": "电话",
                     *       "anonymous": false,
                     *       "identityHidden": false,
                     *       "status": "VERIFIED",
                     *       "statusLabel": "查证属实",
                     *       "receivedOn": "2026-11-23",
                     *       "receivedBy": "county-admin",
                     *       "handlers": [
                     *         "county-admin"
                     *       ],
                     *       "verifiedAmount": "18600.00",
                     *       "reward": {
                     *         "amount": "372.00",
                     *         "status": "APPROVED",
                     *         "statusLabel": "已核定",
                     *         "rule": "查实金额 18600.00 元的 2%"
                     *       },
                     *       "history": []
                     *     }
                     */
                    "application/json": components["schemas"]["TipOff"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    submitPublicTipOff: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublicTipOffRequest"];
            };
        };
        responses: {
            /** @description Received; the receipt code to follow the tip-off (no identity, no content). */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "receiptCode": "JB7K2M9QX4TD",
                     *       "status": "RECEIVED",
                     *       "statusLabel": "已受理",
                     *       "receivedOn": "2026-11-23"
                     *     }
                     */
                    "application/json": components["schemas"]["TipOffReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            422: components["responses"]["Unprocessable"];
        };
    };
    listPublicCounties: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counties. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "code": "990102",
                     *         "name": "东江市城东区（演示）",
                     *         "cityCode": "990100",
                     *         "cityName": "示范省东江市（演示）"
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["PublicCounty"][];
                };
            };
        };
    };
    followTipOff: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The 12-character receipt code given to the submitter of the tip-off. */
                receiptCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tip-off's public state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "receiptCode": "JB7K2M9QX4TD",
                     *       "status": "FEEDBACK_GIVEN",
                     *       "statusLabel": "已反馈",
                     *       "receivedOn": "2026-11-23",
                     *       "feedback": "经查属实，已依法处理(演示)",
                     *       "rewardStatus": "APPROVED",
                     *       "rewardStatusLabel": "已核定"
                     *     }
                     */
                    "application/json": components["schemas"]["TipOffReceipt"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["NotFound"];
        };
    };
    getDecisionDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    exposeCase: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The case version you read (the `ETag` of GET, e.g. `"1"`). If the case changed since, 409
                 *     `concurrent-change`. `*` or no header: act on the case as it is.
                 * @example "1"
                 */
                "If-Match"?: components["parameters"]["IfMatch"];
            };
            path: {
                /**
                 * @description The case id.
                 * @example 2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f
                 */
                id: components["parameters"]["CaseId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "summary": "该院通过串换药品等方式违规结算医保基金18600元(演示)。"
                 *     }
                 */
                "application/json": components["schemas"]["ExposureRequest"];
            };
        };
        responses: {
            /** @description The case, now published. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Case"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    listExposures: {
        parameters: {
            query?: {
                /** @description Six-digit county code: only this county. */
                countyCode?: string;
                /** @description Page number, from 0. */
                page?: components["parameters"]["Page"];
                /** @description Page size, at most 200. */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "caseId": "2f6c8a51-4c1e-3b7a-9d0e-6a7b8c9d0e1f",
                     *           "institutionName": "示范市第一人民医院(演示)",
                     *           "countyCode": "990102",
                     *           "category": "GENERAL_VIOLATION",
                     *           "categoryLabel": "一般违规",
                     *           "summary": "该院通过串换药品等方式违规结算医保基金18600元(演示)。",
                     *           "decisionNumber": "990102医保决〔2026〕1号",
                     *           "decidedOn": "2026-02-26",
                     *           "article": "38",
                     *           "measures": [
                     *             "暂停医保服务协议 6个月"
                     *           ],
                     *           "fineAmount": "37200.00",
                     *           "returnAmount": "18600.00",
                     *           "publishedOn": "2026-03-01"
                     *         }
                     *       ],
                     *       "page": 0,
                     *       "size": 20,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["ExposurePage"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    listOverdueCases: {
        parameters: {
            query?: {
                /**
                 * @description A GB/T 2260 region code inside your own region (county, or city).
                 * @example 990102
                 */
                countyCode?: components["parameters"]["CountyCode"];
                /** @description Page number, from 0. */
                page?: components["parameters"]["Page"];
                /** @description Page size, at most 200. */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of overdue cases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CasePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getRules: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule tables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rules"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    getWorkingDayCalendar: {
        parameters: {
            query?: {
                /**
                 * @description First year whose statutory holidays are listed (default: the first covered year).
                 * @example 2027
                 */
                statutoryFrom?: number;
                /**
                 * @description Last year whose statutory holidays are listed (default: the year after the last covered one).
                 * @example 2027
                 */
                statutoryTo?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "years": [
                     *         2025,
                     *         2026
                     *       ],
                     *       "notices": [
                     *         {
                     *           "year": 2026,
                     *           "source": "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）",
                     *           "bundled": true,
                     *           "version": 0,
                     *           "days": [
                     *             {
                     *               "date": "2026-10-10",
                     *               "kind": "WORKDAY",
                     *               "kindLabel": "调休上班",
                     *               "name": "国庆节调休上班"
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "statutory": [
                     *         {
                     *           "date": "2027-01-01",
                     *           "kind": "HOLIDAY",
                     *           "kindLabel": "放假",
                     *           "name": "元旦",
                     *           "source": "《全国年节及纪念日放假办法》（2024年修订）第二条"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["WorkingDayCalendar"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    loadCalendarYear: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The year the notice arranges.
                 * @example 2027
                 */
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "source": "国务院办公厅关于2027年部分节假日安排的通知",
                 *       "days": [
                 *         {
                 *           "date": "2027-10-04",
                 *           "kind": "HOLIDAY",
                 *           "name": "国庆节"
                 *         },
                 *         {
                 *           "date": "2027-10-09",
                 *           "kind": "WORKDAY",
                 *           "name": "国庆节调休上班"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CalendarNoticeInput"];
            };
        };
        responses: {
            /** @description The notice as stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": 2027,
                     *       "source": "国务院办公厅关于2027年部分节假日安排的通知",
                     *       "bundled": false,
                     *       "version": 1,
                     *       "loadedAt": "2026-12-04T09:00:00Z",
                     *       "loadedBy": "province.admin",
                     *       "days": [
                     *         {
                     *           "date": "2027-10-04",
                     *           "kind": "HOLIDAY",
                     *           "kindLabel": "放假",
                     *           "name": "国庆节"
                     *         },
                     *         {
                     *           "date": "2027-10-09",
                     *           "kind": "WORKDAY",
                     *           "kindLabel": "调休上班",
                     *           "name": "国庆节调休上班"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CalendarNotice"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["Unprocessable"];
        };
    };
    computeDeadline: {
        parameters: {
            query: {
                /**
                 * @description First day the period counts from.
                 * @example 2026-09-28
                 */
                from: string;
                /**
                 * @description Length of the period, in `unit`s.
                 * @example 5
                 */
                amount: number;
                /** @description Working days or calendar days. */
                unit: components["schemas"]["TimeUnit"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deadline. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-09-28",
                     *       "amount": 5,
                     *       "unit": "WORKING_DAYS",
                     *       "due": "2026-10-10",
                     *       "calendarCovers": true
                     *     }
                     */
                    "application/json": components["schemas"]["DeadlineAnswer"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getOpenApiDocument: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.0 document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/yaml": string;
                };
            };
        };
    };
}
