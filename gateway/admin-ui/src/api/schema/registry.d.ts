// Generated from institution-registry/api/src/main/resources/openapi/registry.yaml by scripts/gen-api.mjs (npm run gen:api). Do not edit.
export type paths = {
    "/api/registry/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List institutions in the caller's region (定点医药机构列表)
         * @description Institutions inside the caller's region, sorted by `sort` (default name, then id). `regionCode` (subtree) or
         *     `countyCode` narrows to a region inside the caller's own (a county, or a city for a province caller); a
         *     region outside it answers 404. Filters: type, level, ownership, agreement state, credit grade, name contains.
         */
        get: operations["listInstitutions"];
        put?: never;
        /**
         * Register a designated institution (登记定点医药机构)
         * @description Records a designated medical institution or retail pharmacy in a county of the caller's region.
         *     When `agreementSignedOn` is given, the service agreement is in force (ACTIVE, 履行中) from that date;
         *     otherwise no agreement is signed yet (NONE, 未签订).
         *
         *     Rules: `level` must fit `type` (medical: TERTIARY, SECONDARY, PRIMARY, VILLAGE_CLINIC; pharmacy:
         *     OUTPATIENT_COVERAGE, ORDINARY_RETAIL) → else 422 on `level`; `countyCode` must be a county of the
         *     region table → else 422 on `countyCode`; the county must lie in the caller's region → else 403
         *     `outside-region`; `agreementSignedOn` must not be after today (Asia/Shanghai) → else 422;
         *     `nationalCode` is unique → else 409 `duplicate-national-code`.
         *     Only administrators (province, city, county) and API clients register institutions.
         *
         *     A client that may retry sends an `Idempotency-Key` (per user: the same key from two users is two
         *     commands): a retry with the same key, `nationalCode`, `type` and `countyCode` answers 201 with the
         *     institution registered the first time; the same key with another registration is 422
         *     `idempotency-key-reused` and writes nothing.
         */
        post: operations["registerInstitution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One institution with its agreement and history (定点医药机构详情)
         * @description The institution's current state and the history of its changes in time order. 404 if it does not exist or lies outside the caller's region.
         */
        get: operations["getInstitution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/agreement-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign, renew, suspend, reinstate or terminate the service agreement (签订/续签/暂停/恢复/解除服务协议)
         * @description Agency-initiated transitions of the agreement state machine: SIGN (NONE → ACTIVE, on a day not after
         *     today), RENEW (ACTIVE or SUSPENDED: new signing date, state and any suspension unchanged) and TERMINATE (ACTIVE or SUSPENDED → TERMINATED, final).
         *
         *     SUSPEND (暂停医保服务, from ACTIVE, or merged into a running suspension): without `departments` the whole
         *     institution — SUSPENDED from `from` (ACTIVE with the period recorded while `from` is still to come);
         *     with `departments` only those departments — the agreement stays ACTIVE and `agreement.suspendedDepartments`
         *     names them. Either way the suspension ends automatically the day after `until`.
         *     REINSTATE (恢复医保服务) lifts a running or scheduled suspension before its end.
         *
         *     Every action — SIGN, RENEW, SUSPEND, REINSTATE, TERMINATE — is the handling agency's (经办机构) act: only
         *     PROVINCE_ADMIN, CITY_ADMIN, COUNTY_ADMIN and API_CLIENT may take it; INSPECTOR and AUDITOR (and any other
         *     role) get 403 `forbidden` and nothing is written.
         *     Dates out of order (`until` before `from`) → 422 `dates-out-of-order`; a department not registered for the
         *     institution → 422 `unknown-department`; a missing reason/date → 422.
         *
         *     A transition the current state does not
         *     allow answers 409 `agreement-transition-rejected`; a date in the future for SIGN answers 422. Nothing is
         *     written on any refusal. The change
         *     is published as `registry.institution-changed.v1` and applies province-wide (one register, mutual
         *     recognition). 404 if the institution is missing or outside the caller's region.
         */
        post: operations["changeAgreement"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/agreement-coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Share of designated institutions under a current agreement (协议覆盖率 KPI)
         * @description Counts the institutions of a region subtree (default: the caller's region; `regionCode` narrows to a
         *     region inside it, a region outside it answers 404) by agreement state. Designated institutions are
         *     those not TERMINATED (NONE, ACTIVE, SUSPENDED); under a current agreement are ACTIVE and SUSPENDED (a
         *     suspended agreement is still in force; a suspension scheduled for a later day counts as ACTIVE).
         *     `share` = underAgreement / designated, rounded to 4 decimals (0 when there is none).
         */
        get: operations["getAgreementCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Regions inside the caller's region (行政区划)
         * @description The caller's own region and every region below it in the region table, province first, then each city
         *     followed by its counties (the table's order). A county officer gets only the county. Used by the web
         *     app's region picker; every other endpoint still checks the region it is asked for.
         */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description The registry's contract, public (no token needed).
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
    "/api/registry/imports/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import of institutions from a provincial system (批量导入定点医药机构)
         * @description Upserts institutions by national code from a whole file sent as the request body (no multipart):
         *     `Content-Type: text/csv` (UTF-8, optional BOM, comma-separated, RFC 4180 quoting, a header row naming
         *     the columns `nationalCode,name,type,level,ownership,countyCode[,agreementSignedOn]` in any order) or
         *     `Content-Type: application/json` (an array of objects with the same fields). With curl:
         *     `curl --data-binary @institutions.csv -H 'Content-Type: text/csv' ...`.
         *
         *     The body is checked at once: another content type → 415 `unsupported-media-type`; a body larger than
         *     `registry.imports.max-bytes` (default 50 MB) → 413 `payload-too-large`; an empty body, a CSV without
         *     the required header columns or JSON that is not an array of objects → 400 `unreadable-import`.
         *     Otherwise the import is accepted as a job (202, `Location` = the job) and runs in the background;
         *     poll the job until `status` is `COMPLETED`. Always asynchronous, whatever the size.
         *
         *     Per row: a new national code registers the institution (`REGISTERED`, agreement ACTIVE from
         *     `agreementSignedOn` if given, else NONE); an existing one updates name, type, level, ownership and
         *     county (`BASIC_INFO_UPDATED`) only if one of them differs, else counts as `unchanged`
         *     (`agreementSignedOn` is ignored for existing institutions: agreements change only through the
         *     agreement actions). Each created or changed institution is stored with its
         *     `registry.institution-changed.v1` event (outbox in the same document). A row that breaks a rule is
         *     reported in `errors` (row number, field, reason) and skipped; the good rows are stored. Rows are numbered
         *     from 1 among the data rows (the CSV header is not counted; JSON: array index + 1). Rules: fields required,
         *     `nationalCode` `^[A-Z0-9]{1,40}$`, name ≤ 200 characters, enum codes as in the API, level fits type,
         *     `countyCode` a county of the region table and inside the caller's region, an existing institution
         *     outside the caller's region cannot be changed, a national code repeated in the same file (the later
         *     row is an error).
         */
        post: operations["importInstitutions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/imports/fund-payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import of yearly fund payments (批量导入医保基金支付额)
         * @description Records each institution's fund payment (医保基金支付额, yuan) for a year, upserting by national code and
         *     year; same body formats, limits, errors and job as the institution import. CSV header
         *     `nationalCode,year,amount`; JSON an array of `{nationalCode, year, amount}` (amount a string or number).
         *     Row rules: the national code names an institution inside the caller's region; `year` from 2000 to the
         *     current year; `amount` not negative with at most 2 decimals. Afterwards the ranks (1 = largest) within
         *     county, city and province are recomputed for the imported years; every institution whose latest
         *     fund payment or rank changed is republished (`FUND_PAYMENT_RECORDED`) with `fundPayment` in its event.
         *     `created` counts new (institution, year) amounts, `updated` changed amounts, `unchanged` equal ones.
         */
        post: operations["importFundPayments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/imports/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status and progress of an import (导入任务进度)
         * @description The job of an import: `status` QUEUED 排队中 → RUNNING 导入中 → COMPLETED 已完成 (or FAILED 失败 on an
         *     unexpected error; rows already stored stay stored), `rowsDone` of `rowsTotal`, counts, and the row
         *     errors — at most the first 1000 are kept (`errorCount` is the full number, `errorsTruncated` tells
         *     whether some were left out). 404 if it does not exist or was started in a region outside the caller's.
         */
        get: operations["getImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/fund-payments/top": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Top N institutions by fund payment in a region and year (基金支付排名前N)
         * @description The institutions of a region (default the caller's; a region outside it answers 404) with the largest
         *     fund payment in `year` (default: the latest year with payments in the region), largest first. `rank`
         *     is the rank within that region: its county rank for a county, city rank for a city, province rank for
         *     the province (吕医保发〔2021〕36号 and 2023年度省级飞行检查工作方案: sampling and flight checks draw from the top 30). Ties share a rank and the
         *     next rank skips (competition ranking 1, 2, 2, 4); tied institutions are listed by national code.
         *     Institutions in a county directly under the province (e.g. 999001) have no city rank.
         */
        get: operations["topFundPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One institution's full history in time order (机构历史记录)
         * @description Everything that happened to the institution, oldest first: its own changes (registration, agreement
         *     changes, basic-information updates, fund payments) and the entries other registry features contribute
         *     (annual filings, evaluations, credit records), each with the feature it comes from in `source`. A case
         *     closed as rectified (`case.closed.v1` CONCLUDED) shows as `CASE_RECTIFIED` 整改结案 (institution) and
         *     `DOCTOR_CASE_RECTIFIED` 医保医师案件整改结案 (source CREDIT, per doctor with a record of the case).
         *     Entries at the same instant keep the order: institution first, then other sources.
         *     404 if the institution does not exist or lies outside the caller's region.
         */
        get: operations["getInstitutionHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An institution's credit file (信用档案) and grade
         * @description The credit records the institution's penalty decisions produced (case.decision-issued.v1; 失信记录 or
         *     严重失信), repaired ones included with who repaired them, when and why, and the grade they give on the
         *     configured scale (default A–E; repaired records do not count).
         */
        get: operations["getCreditFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/credit-repairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Repair a credit record after rectification (信用修复)
         * @description Marks the record of one case repaired, with the reason (e.g. the rectification was accepted) and who did
         *     it; the record stays on file and no longer counts towards the grade. The new grade is published with the
         *     institution (change CREDIT_REPAIRED). Unknown case → 422; a record already repaired → 409.
         *
         *     Credit repair comes after rectification (docs/law.md#credit-and-rewards; provincial rules vary, so it is configurable): with
         *     `registry.credit.repair.requires-rectification` (default true) the case must have been closed as executed
         *     and rectified (`case.closed.v1` with outcome CONCLUDED, shown as `rectifiedOn`), else 422
         *     `credit-not-rectified`; and `registry.credit.repair.waiting-period` (ISO period, default P0D) must have
         *     passed since, else 422 `credit-repair-too-early` naming the first allowed date.
         */
        post: operations["repairCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/credit-lists/{list}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Red list (守信名单) or black list (失信名单) of a region
         * @description RED: institutions with the best grade of the scale and an agreement in force (ACTIVE or SUSPENDED is not
         *     red: only ACTIVE). BLACK: institutions whose grade the scale marks as black-listed (default D and E).
         *     Sorted by name; region subtree as for the institution list.
         *
         *     `subject=DOCTOR` lists 医保医师 instead (graded on the same scale from decisions naming them): RED the
         *     doctors of the best grade (or without any credit record), BLACK those of a black-listed grade. In a doctor
         *     entry `subject` is DOCTOR, `doctorId` and `nationalCode` are the doctor's 医保医师编码, `name` the doctor's
         *     name and `institutionId` the doctor's institution.
         */
        get: operations["getCreditList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/public/agreement-measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Province-wide list of suspended and terminated institutions (暂停/解除协议公示, 一处违规处处受限)
         * @description Public (no token): every institution of the province whose fund-paid services are suspended (whole
         *     institution or named departments, running or scheduled) or whose agreement is terminated, whichever
         *     agency decided it. This is how an agency of another city or county — which cannot open the
         *     institution's record (region-scoped, 404) — learns of the measure (mutual recognition, 承医保发〔2019〕2号 §10);
         *     services learn of it from `registry.institution-changed.v1` on the compacted topic, which carries the
         *     agreement to every consumer regardless of region. `regionCode` narrows to a region subtree (any region).
         *     Sorted by name, then id.
         */
        get: operations["listPublicAgreementMeasures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/departments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The institution's departments (科室) and whether each is suspended
         * @description Departments in the order registered; `suspended` with the period while a department-scoped suspension names the department. 404 if the institution is missing or outside the caller's region.
         */
        get: operations["listDepartments"];
        put?: never;
        /**
         * Register a department of the institution (登记科室)
         * @description Adds a department (科室) with the institution's own code and its name; both are unique within the
         *     institution (409 `duplicate-department`). Departments are what department-scoped suspensions name and
         *     what 医保医师 belong to. Recorded in the institution's history (`DEPARTMENT_ADDED`) and published.
         *     404 if the institution is missing or outside the caller's region.
         */
        post: operations["addDepartment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/doctors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The institution's insurance-designated doctors (医保医师列表)
         * @description Doctors of the institution sorted by name, then id; `status` filters by the status today (SUSPENDED while a suspension period covers today). Each doctor carries the credit grade from decisions naming them (`creditGrade`, same scale as institutions) and how many credit records are on file. 404 if the institution is missing or outside the caller's region.
         */
        get: operations["listDoctors"];
        put?: never;
        /**
         * Register an insurance-designated doctor (登记医保医师)
         * @description Records a 医保医师 of the institution: own identifier `doctorId` (unique province-wide; 409
         *     `duplicate-doctor`), name, department (`departmentCode` must be a registered department of the
         *     institution → else 422 `unknown-department`) and practising certificate number (医师执业证书编码).
         *     The doctor starts ACTIVE. A person whose billing qualification was terminated (12 points, 医保发〔2024〕23号)
         *     cannot be registered again until the bar ends: 409 `person-barred`, naming the last barred day. 404 if the institution is missing or outside the caller's region.
         */
        post: operations["registerDoctor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/doctors/{doctorId}/actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Suspend or reinstate a doctor's 医保 payment qualification (暂停/恢复医保医师医保支付资格)
         * @description SUSPEND {from, until, reason, caseId?}: the doctor's services are not paid by the fund from `from` to
         *     `until` (both inclusive; status SUSPENDED while the period covers today, ACTIVE again the day after
         *     `until` without any job). A second suspension while one is on record is refused (409
         *     `doctor-transition-rejected`); `until` before `from` → 422 `dates-out-of-order`.
         *     REINSTATE {reason}: lifts the suspension on record (409 if there is none). Nothing is written on a
         *     refusal. 404 if the institution or doctor is missing or outside the caller's region.
         */
        post: operations["changeDoctor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/doctors/{doctorId}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A 医保医师's credit file (医保医师信用档案) and grade
         * @description The credit records of decisions (case.decision-issued.v1) that named the doctor among the 医保医师 concerned,
         *     one per case however often the decision was delivered, repaired ones included with who repaired them, when
         *     and why, and the grade they give on the institutions' configured scale (`registry.credit.grades`, default
         *     A–E; repaired records do not count; no record is the best grade). Region-scoped through the doctor's
         *     institution: an institution outside the caller's region, or a doctor not registered under it → 404.
         */
        get: operations["getDoctorCreditFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/doctors/{doctorId}/credit-repairs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Repair a 医保医师's credit record after rectification (医保医师信用修复)
         * @description Same rules and roles as the institution's credit repair: marks the record of one case repaired with the
         *     recorded reason (e.g. the rectification was accepted) and who did it; the record stays on file and no longer
         *     counts towards the grade. Blank reason → 422 `repair-reason-missing` (missing → 400); no record of that case
         *     → 422 `no-credit-record`; already repaired → 409 `credit-already-repaired`; auditors → 403; outside the
         *     caller's region or not a doctor of the institution → 404. One write of the doctor's document.
         *     Rectification first, as for the institution: 422 `credit-not-rectified` until the case is closed as
         *     rectified (`case.closed.v1` CONCLUDED), 422 `credit-repair-too-early` within the configured waiting period.
         */
        post: operations["repairDoctorCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applications in the caller's region (定点申请列表)
         * @description Applications of a region subtree (`regionCode` inside the caller's region, default the caller's; outside → 404), optionally by `status`, newest first (then id).
         */
        get: operations["listApplications"];
        put?: never;
        /**
         * Submit an application for designation (定点申请受理, 入口管理)
         * @description Receives an applicant institution's data (as for registration, without an agreement date) for entry review
         *     (承医保发〔2019〕2号 §(二) 2). `countyCode` must be a county of the region table (422 `unknown-county`) inside the
         *     caller's region (403 `outside-region`); `level` must fit `type` (422); a national code already registered
         *     answers 409 `duplicate-national-code`. Status SUBMITTED; the step is in the audit log.
         */
        post: operations["submitApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One application with its reviews, signed decision and audit log
         * @description 404 if missing or outside the caller's region.
         */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/applications/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record one review of the application (信息系统核查/函询/现场核查/专家评审)
         * @description One review with its method, outcome and findings; the caller is the reviewer. Any number, while no
         *     decision is taken (else 409 `review-step-rejected`). Status UNDER_REVIEW. Administrators, inspectors and
         *     experts review. 404 if missing or outside the caller's region.
         */
        post: operations["recordReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/applications/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide the application, signed by the named reviewer (谁审核谁签字谁负责)
         * @description APPROVED or REJECTED, with the named `reviewer` and their `signature`. Refused with 422: no signature
         *     (`signature-missing`), signed by someone else than the named reviewer (`signature-not-by-reviewer`), the
         *     named reviewer is not the caller (`reviewer-must-sign-in-person`), the reviewer recorded no review of this
         *     application (`reviewer-did-not-review`), no review at all (`no-review-recorded`), approval despite a failed
         *     review (`failed-review`), rejection without reason (`reason-missing`). A second decision → 409. The stored
         *     signature carries a SHA-256 digest of the decision. Administrators decide.
         */
        post: operations["decideApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/applications/{id}/filing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File an approved application - the institution enters the directory with an agreement (备案纳入定点)
         * @description Registers the institution of an APPROVED application (else 409) with its service agreement in force from
         *     `agreementSignedOn` (not after today, else 422), and marks the application FILED. The institution gets the
         *     application's id, so the chain is idempotent: the institution document (with its REGISTERED event) is one
         *     write, and a retry after an interruption finds it and completes the application — there is never a
         *     half-registered institution. A national code registered meanwhile → 409 `duplicate-national-code`, nothing
         *     written. The institution's history shows its entry review (source `ENTRY_REVIEW`).
         */
        post: operations["fileApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An institution's annual filings and whether it counts as refusing inspection
         * @description Every filing year on record for the institution, newest first, each with its status on today's date
         *     (Asia/Shanghai): DUE (待备案, deadline not passed), FILED, LATE, MISSING (未备案: deadline passed and
         *     nothing filed). An institution with a MISSING filing counts as refusing inspection (视为拒绝（抗拒）检查)
         *     and meets the condition for terminating its agreement (可直接解除协议, 承医保发〔2019〕2号 §5).
         */
        get: operations["getInstitutionFilings"];
        put?: never;
        /**
         * Submit an institution's annual qualification filing (年度资格备案, 承医保发〔2019〕2号 §4–5)
         * @description Files the year's qualification information of one institution: basic information, medical staff, the
         *     drug sales ranking, the service-item ranking, wards and beds, suppliers, and the ledgers, invoices and
         *     trial balance as attachment metadata (name, media type, size, SHA-256; the files themselves stay in the
         *     document store). The deadline of year Y is `registry.filing.deadline` of year Y+1 (default `02-29`, the
         *     last day of February); a filing after it is LATE (逾期备案), one on or before it FILED (已备案).
         *     Rules: every ranking numbered 1..n in order → else 422 `ranking-out-of-order`; the attachment kinds of
         *     `registry.filing.required-attachments` (default LEDGER, INVOICE, TRIAL_BALANCE) present → else 422
         *     `filing-incomplete`; `year` not after the current year → else 422 `filing-year-in-future`; negative
         *     numbers or amounts → 400; a second filing for the same year → 409 `filing-already-submitted`.
         *     Only administrators (province, city, county) and API clients file. 404 if the institution does not exist
         *     or lies outside the caller's region.
         */
        post: operations["submitAnnualFiling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/filings/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One annual filing with its contents
         * @description The filing of one year with everything filed; 404 if there is none on record, the institution does not exist or lies outside the caller's region.
         */
        get: operations["getAnnualFiling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/filings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Annual filings of a region (年度资格备案查询)
         * @description Filings in a region subtree (`regionCode`, default the caller's region; outside it → 404), optionally of one
         *     `year` and one `status` (as of today, Asia/Shanghai: a DUE filing whose deadline has passed is MISSING).
         *     Filing obligations (DUE) are opened for every institution under a current agreement by the daily sweep
         *     (`registry.filing.cron`) from January of the following year. Sorted by year (newest first), then
         *     institution name.
         */
        get: operations["listFilings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/filings/termination-eligible": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Institutions meeting a condition for terminating the agreement (终止协议条件)
         * @description Institutions of a region subtree with a MISSING annual filing (deadline passed, nothing filed): not
         *     providing the year's materials counts as refusing inspection and the agreement may be terminated directly
         *     (视为抗拒检查，可直接解除协议, 承医保发〔2019〕2号 §5). The agency decides; this list does not terminate anything.
         *     One entry per missing filing year; `year` narrows to one year.
         */
        get: operations["listTerminationEligible"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/institutions/{id}/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An institution's annual evaluations (年度考核, 承医保发〔2019〕2号 §6)
         * @description One evaluation per year in which the institution had decisions (case.decision-issued.v1), newest first,
         *     scored with the configured points table (`registry.evaluation`): base points minus the points of each
         *     decision's nature (category) and improper-amount band, minus the points of the year's decision-count band;
         *     never below 0. The grade is the first whose `min-score` the score reaches. A decision of a veto category or
         *     article (default FRAUD) forces the result EXIT (退出, 一票否决) whatever the points. A year without
         *     decisions keeps the base points and is not listed.
         */
        get: operations["getInstitutionEvaluations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/registry/evaluations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Annual evaluations of a region (年度考核结果)
         * @description Evaluations in a region subtree (`regionCode`, default the caller's region; outside it → 404), optionally of
         *     one `year`; sorted by year (newest first), then institution name. Institutions without decisions in a year
         *     have no evaluation record (full points).
         */
        get: operations["listEvaluations"];
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
        /** @description One administrative division (GB/T 2260 code) with its recorded parent. */
        Region: {
            /** @example 990102 */
            code: string;
            /** @example 东江市城东区（演示） */
            name: string;
            /**
             * @description Absent for a province.
             * @example 990100
             */
            parentCode?: string | null;
            level: components["schemas"]["RegionLevel"];
            /**
             * @description Chinese label of the level: 省, 市, 县区.
             * @example 县区
             */
            levelLabel: string;
        };
        /** @enum {string} */
        RegionLevel: "PROVINCE" | "CITY" | "COUNTY";
        /**
         * @description MEDICAL_INSTITUTION 定点医疗机构, PHARMACY 定点零售药店.
         * @example MEDICAL_INSTITUTION
         * @enum {string}
         */
        InstitutionType: "MEDICAL_INSTITUTION" | "PHARMACY";
        /**
         * @description Medical institutions: TERTIARY 三级, SECONDARY 二级, PRIMARY 一级, VILLAGE_CLINIC 村卫生室.
         *     Pharmacies: OUTPATIENT_COVERAGE 门诊保障定点药店, ORDINARY_RETAIL 普通定点零售药店.
         * @example TERTIARY
         * @enum {string}
         */
        InstitutionLevel: "TERTIARY" | "SECONDARY" | "PRIMARY" | "VILLAGE_CLINIC" | "OUTPATIENT_COVERAGE" | "ORDINARY_RETAIL";
        /**
         * @description PUBLIC 公立, PRIVATE 民营/个体. Decides where a case is referred.
         * @example PUBLIC
         * @enum {string}
         */
        Ownership: "PUBLIC" | "PRIVATE";
        /**
         * @description NONE 未签订, ACTIVE 履行中, SUSPENDED 暂停, TERMINATED 已解除.
         * @example ACTIVE
         * @enum {string}
         */
        AgreementState: "NONE" | "ACTIVE" | "SUSPENDED" | "TERMINATED";
        RegisterInstitutionRequest: {
            /**
             * @description National medical-insurance institution code (unique across the province).
             * @example H99010200001
             */
            nationalCode: string;
            /** @example 东江市第一人民医院（演示） */
            name: string;
            type: components["schemas"]["InstitutionType"];
            level: components["schemas"]["InstitutionLevel"];
            ownership: components["schemas"]["Ownership"];
            /**
             * @description County (县/区) of the institution, GB/T 2260; must be a county of the region table.
             * @example 990102
             */
            countyCode: string;
            /**
             * Format: date
             * @description Date the service agreement was signed (not in the future); omitted when none is signed yet.
             * @example 2024-01-01
             */
            agreementSignedOn?: string;
        };
        Institution: {
            /** @example 0190f3a1b2c3d4e5f6a7b8c9 */
            id: string;
            /**
             * Format: int64
             * @description Grows by one with every change; the events carry it too.
             * @example 1
             */
            version: number;
            /** @example H99010200001 */
            nationalCode: string;
            /** @example 东江市第一人民医院（演示） */
            name: string;
            type: components["schemas"]["InstitutionType"];
            /** @example 定点医疗机构 */
            typeLabel: string;
            level: components["schemas"]["InstitutionLevel"];
            /** @example 三级 */
            levelLabel: string;
            ownership: components["schemas"]["Ownership"];
            /** @example 公立 */
            ownershipLabel: string;
            /** @example 990102 */
            countyCode: string;
            /** @example 东江市城东区（演示） */
            countyName: string;
            agreement: components["schemas"]["Agreement"];
            /** @description Latest year's fund payment and its ranks; absent before the first fund-payment import. */
            fundPayment?: components["schemas"]["FundPayment"];
            /**
             * @description Credit grade (default scale A–E); null before any grading
             * @example A
             */
            creditGrade?: string | null;
            /**
             * Format: date-time
             * @description When the last change happened
             * @example 2025-02-20T08:00:00Z
             */
            updatedAt?: string | null;
            /** @description Every change, oldest first. */
            history: components["schemas"]["HistoryEntry"][];
        };
        /** @description The service agreement (服务协议) and, while suspended or with a suspension scheduled, the suspension (暂停医保服务). A suspension decided to start on a later day is only scheduled: state stays ACTIVE with suspendedFrom/suspendedUntil set until its first day (Asia/Shanghai), when it becomes SUSPENDED. */
        Agreement: {
            state: components["schemas"]["AgreementState"];
            /** @example 履行中 */
            stateLabel: string;
            /**
             * Format: date
             * @example 2024-01-01
             */
            signedOn?: string | null;
            /**
             * Format: date
             * @example 2025-03-01
             */
            suspendedFrom?: string | null;
            /**
             * Format: date
             * @description Last day of the suspension; reinstated (履行中) automatically the day after.
             * @example 2025-08-31
             */
            suspendedUntil?: string | null;
            /**
             * @description Departments suspended; empty while suspended means the whole institution.
             * @example [
             *       "骨科"
             *     ]
             */
            suspendedDepartments: string[];
            /**
             * Format: date
             * @example 2025-06-01
             */
            terminatedOn?: string | null;
            /**
             * @description Case whose decision caused the current suspension or termination.
             * @example 0190f3a1b2c3d4e5f6a7c000
             */
            causeCaseId?: string | null;
        };
        HistoryEntry: {
            /**
             * @description What changed: REGISTERED 登记, AGREEMENT_SIGNED 签订服务协议, AGREEMENT_RENEWED 续签服务协议, AGREEMENT_SUSPENDED 暂停医保服务, AGREEMENT_REINSTATED 恢复医保服务,
             *     AGREEMENT_TERMINATED 解除协议, DEPARTMENT_ADDED 新增科室 (doctors: DOCTOR_REGISTERED 登记医保医师,
             *     DOCTOR_SUSPENDED 暂停医保支付资格, DOCTOR_REINSTATED 恢复医保支付资格, DOCTOR_CASE_RECTIFIED 医保医师案件整改结案),
             *     CREDIT_RECORDED 记入信用记录, CREDIT_REPAIRED 信用修复, CASE_RECTIFIED 整改结案 (the case of a credit record
             *     closed as executed and rectified, `case.closed.v1` CONCLUDED); more kinds may be added, clients
             *     show `kindLabel` for unknown ones.
             * @example AGREEMENT_SUSPENDED
             */
            kind: string;
            /** @example 暂停医保服务 */
            kindLabel: string;
            /**
             * Format: date-time
             * @example 2025-02-20T08:00:00Z
             */
            at: string;
            /**
             * @description What caused the change, e.g. the case id of a penalty decision.
             * @example 0190f3a1b2c3d4e5f6a7c000
             */
            reference?: string | null;
            /** @example 依据处理决定 演示医保罚〔2025〕1号 暂停 骨科 医保服务 2025-03-01 至 2025-08-31（全省适用） */
            detail?: string | null;
            /**
             * @description Who made the change (username), or the source service for changes applied from events.
             * @example county-admin
             */
            by?: string | null;
        };
        InstitutionPage: {
            items: components["schemas"]["Institution"][];
            /**
             * Format: int32
             * @example 0
             */
            page: number;
            /**
             * Format: int32
             * @example 20
             */
            size: number;
            /**
             * Format: int64
             * @example 1
             */
            total: number;
        };
        /**
         * @description SIGN / RENEW / TERMINATE need `effectiveOn`. SUSPEND needs `from`, `until` (both inclusive, `until` not
         *     before `from`) and `reason`, optionally `caseId` and `departments` (names of the institution's registered
         *     departments; absent or empty = the whole institution). REINSTATE needs `reason`.
         */
        AgreementAction: {
            /**
             * @description SIGN 签订, RENEW 续签, TERMINATE 解除, SUSPEND 暂停医保服务, REINSTATE 恢复医保服务
             * @example SIGN
             * @enum {string}
             */
            action: "SIGN" | "RENEW" | "TERMINATE" | "SUSPEND" | "REINSTATE";
            /**
             * Format: date
             * @description SIGN, RENEW, TERMINATE: the day it takes effect
             * @example 2025-01-01
             */
            effectiveOn?: string;
            /** @example 经评估签订服务协议 */
            reason?: string;
            /**
             * Format: date
             * @description SUSPEND: first day
             * @example 2025-03-01
             */
            from?: string;
            /**
             * Format: date
             * @description SUSPEND: last day; reinstated automatically the day after
             * @example 2025-08-31
             */
            until?: string;
            /**
             * @description SUSPEND: the case that caused it, if any
             * @example 0190f3a1b2c3d4e5f6a7c000
             */
            caseId?: string;
            /**
             * @description SUSPEND: department names (科室); absent or empty = whole institution
             * @example [
             *       "骨科"
             *     ]
             */
            departments?: string[];
        };
        /** @description Agreement coverage of a region subtree (KPI). */
        AgreementCoverage: {
            /** @example 990100 */
            regionCode: string;
            /**
             * Format: int64
             * @description NONE + ACTIVE + SUSPENDED
             * @example 40
             */
            designated: number;
            /**
             * Format: int64
             * @description ACTIVE + SUSPENDED
             * @example 34
             */
            underAgreement: number;
            /**
             * Format: int64
             * @example 31
             */
            active: number;
            /**
             * Format: int64
             * @example 3
             */
            suspended: number;
            /**
             * Format: int64
             * @example 6
             */
            none: number;
            /**
             * Format: int64
             * @example 2
             */
            terminated: number;
            /**
             * Format: double
             * @description underAgreement / designated (4 decimals)
             * @example 0.85
             */
            share: number;
        };
        /** @description RFC 9457 problem detail. */
        Problem: {
            /**
             * Format: uri
             * @example https://ybjg.org/problems/invalid-input
             */
            type?: string;
            /** @example Invalid input */
            title?: string;
            /**
             * Format: int32
             * @example 400
             */
            status?: number;
            /** @example The request has invalid fields. */
            detail?: string;
            /** @example /api/registry/institutions */
            instance?: string;
            violations?: components["schemas"]["Violation"][];
        };
        Violation: {
            /** @example countyCode */
            field?: string;
            /** @example must match "^[0-9]{6}$" */
            message?: string;
        };
        /** @description One institution of a bulk import (JSON form; the CSV columns have the same names). */
        InstitutionImportRow: {
            /** @example H99010200001 */
            nationalCode?: string;
            /** @example 东江市第一人民医院（演示） */
            name?: string;
            /** @example MEDICAL_INSTITUTION */
            type?: string;
            /** @example TERTIARY */
            level?: string;
            /** @example PUBLIC */
            ownership?: string;
            /** @example 990102 */
            countyCode?: string;
            /** @example 2024-01-01 */
            agreementSignedOn?: string | null;
        };
        /** @description One yearly fund payment of a bulk import (JSON form; the CSV columns have the same names). */
        FundPaymentImportRow: {
            /** @example H99010200001 */
            nationalCode?: string;
            /**
             * Format: int32
             * @example 2024
             */
            year?: number;
            /**
             * @description Yuan, not negative, at most 2 decimals (a JSON number is accepted too).
             * @example 18600000.00
             */
            amount?: string;
        };
        /** @description A bulk import and its progress. */
        ImportJob: {
            /** @example 0190f3a1b2c3d4e5f6a7d000 */
            id: string;
            /**
             * @description INSTITUTIONS 定点医药机构, FUND_PAYMENTS 基金支付额
             * @example INSTITUTIONS
             * @enum {string}
             */
            kind: "INSTITUTIONS" | "FUND_PAYMENTS";
            /** @example 定点医药机构 */
            kindLabel: string;
            /**
             * @description QUEUED 排队中, RUNNING 导入中, COMPLETED 已完成, FAILED 失败
             * @example COMPLETED
             * @enum {string}
             */
            status: "QUEUED" | "RUNNING" | "COMPLETED" | "FAILED";
            /** @example 已完成 */
            statusLabel: string;
            /**
             * @description The importing caller's region; rows outside it are row errors.
             * @example 990100
             */
            regionCode: string;
            /** @example city-admin */
            createdBy: string;
            /**
             * Format: date-time
             * @example 2025-03-01T02:00:00Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-03-01T02:00:04Z
             */
            finishedAt?: string | null;
            /**
             * Format: int32
             * @example 3
             */
            rowsTotal: number;
            /**
             * Format: int32
             * @example 3
             */
            rowsDone: number;
            /**
             * Format: int32
             * @example 1
             */
            created: number;
            /**
             * Format: int32
             * @example 1
             */
            updated: number;
            /**
             * Format: int32
             * @example 0
             */
            unchanged: number;
            /**
             * Format: int32
             * @description Rows with an error (not stored).
             * @example 1
             */
            failed: number;
            /**
             * Format: int32
             * @description All row errors (a row may have several).
             * @example 1
             */
            errorCount: number;
            /**
             * @description True when more than the 1000 kept errors occurred.
             * @example false
             */
            errorsTruncated: boolean;
            errors: components["schemas"]["ImportRowError"][];
            /**
             * @description Why a FAILED job stopped.
             * @example null
             */
            failure?: string | null;
        };
        ImportRowError: {
            /**
             * Format: int32
             * @description 1-based data row (CSV header not counted; JSON index + 1).
             * @example 3
             */
            row: number;
            /** @example countyCode */
            field: string;
            /** @example 990199 不是区划表中的县级区划 */
            reason: string;
        };
        /** @description A yearly fund payment (医保基金支付额) and its ranks (1 = largest) in county, city and province. */
        FundPayment: {
            /**
             * Format: int32
             * @example 2024
             */
            year: number;
            /**
             * @description Yuan with two decimals.
             * @example 18600000.00
             */
            amount: string;
            /**
             * Format: int32
             * @example 1
             */
            countyRank?: number | null;
            /**
             * Format: int32
             * @description null for a county directly under the province
             * @example 1
             */
            cityRank?: number | null;
            /**
             * Format: int32
             * @example 3
             */
            provinceRank?: number | null;
        };
        RankedFundPayment: {
            /**
             * Format: int32
             * @description Rank within the asked region.
             * @example 1
             */
            rank: number;
            /** @example 0190f3a1b2c3d4e5f6a7b8c9 */
            institutionId: string;
            /** @example H99010200001 */
            nationalCode: string;
            /** @example 东江市第一人民医院（演示） */
            name: string;
            /** @example 990102 */
            countyCode: string;
            /** @example 18600000.00 */
            amount: string;
            /**
             * Format: int32
             * @example 1
             */
            countyRank?: number | null;
            /**
             * Format: int32
             * @example 1
             */
            cityRank?: number | null;
            /**
             * Format: int32
             * @example 3
             */
            provinceRank?: number | null;
        };
        FundPaymentRanking: {
            /** @example 990100 */
            regionCode: string;
            /**
             * Format: int32
             * @description null when the region has no payments.
             * @example 2024
             */
            year?: number | null;
            items: components["schemas"]["RankedFundPayment"][];
        };
        InstitutionHistory: {
            /** @example 0190f3a1b2c3d4e5f6a7b8c9 */
            institutionId: string;
            /** @description Oldest first. */
            items: components["schemas"]["InstitutionHistoryEntry"][];
        };
        InstitutionHistoryEntry: {
            /**
             * Format: date-time
             * @example 2025-02-20T08:00:00Z
             */
            at: string;
            /**
             * @description Feature the entry comes from: INSTITUTION, FILING, EVALUATION, CREDIT, ...
             * @example INSTITUTION
             */
            source: string;
            /** @example AGREEMENT_SUSPENDED */
            kind: string;
            /** @example 暂停医保服务 */
            kindLabel: string;
            /** @example 0190f3a1b2c3d4e5f6a7c000 */
            reference?: string | null;
            /** @example 依据处理决定 演示医保罚〔2025〕1号 暂停骨科医保服务 */
            detail?: string | null;
            /** @example /case-service */
            by?: string | null;
        };
        CreditFile: {
            institutionId: string;
            /** @description Grade code of the configured scale (default A best … E worst). */
            grade: string;
            gradeLabel: string;
            blackListed: boolean;
            records: components["schemas"]["CreditRecord"][];
        };
        CreditRecord: {
            caseId: string;
            decisionNumber?: string;
            /**
             * @description RECORD 失信记录 · SERIOUS 严重失信
             * @enum {string}
             */
            severity: "RECORD" | "SERIOUS";
            severityLabel: string;
            /** Format: date */
            recordedOn: string;
            reason?: string;
            repaired: boolean;
            /** Format: date */
            repairedOn?: string;
            repairedBy?: string;
            repairReason?: string;
            /**
             * Format: date
             * @description The day the case was closed as executed and rectified (整改结案, `case.closed.v1` with outcome CONCLUDED);
             *     null until then. With `registry.credit.repair.requires-rectification` (default) the record can be repaired
             *     only once this is set and `registry.credit.repair.waiting-period` has passed since.
             * @example 2026-11-28
             */
            rectifiedOn?: string | null;
        };
        CreditRepairRequest: {
            caseId: string;
            reason: string;
        };
        CreditListEntry: {
            institutionId: string;
            nationalCode: string;
            name: string;
            countyCode: string;
            grade: string;
            gradeLabel: string;
            /**
             * @description INSTITUTION 定点医药机构 · DOCTOR 医保医师
             * @enum {string}
             */
            subject?: "INSTITUTION" | "DOCTOR";
            /** @description The doctor's 医保医师编码 (subject DOCTOR only). */
            doctorId?: string | null;
        };
        CreditListPage: {
            /** @enum {string} */
            list: "RED" | "BLACK";
            listLabel: string;
            items: components["schemas"]["CreditListEntry"][];
            page: number;
            size: number;
            /** Format: int64 */
            total: number;
        };
        PublicAgreementMeasure: {
            institutionId: string;
            nationalCode: string;
            name: string;
            countyCode: string;
            countyName: string;
            state: components["schemas"]["AgreementState"];
            stateLabel: string;
            /**
             * @description SUSPENDED 暂停医保服务（全院）, SUSPENSION_SCHEDULED 暂停待执行, DEPARTMENTS_SUSPENDED 科室暂停医保服务, TERMINATED 解除协议
             * @enum {string}
             */
            measure: "SUSPENDED" | "SUSPENSION_SCHEDULED" | "DEPARTMENTS_SUSPENDED" | "TERMINATED";
            measureLabel: string;
            departments: string[];
            /** Format: date */
            from?: string | null;
            /** Format: date */
            until?: string | null;
            /** Format: date */
            terminatedOn?: string | null;
        };
        PublicAgreementMeasurePage: {
            items: components["schemas"]["PublicAgreementMeasure"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        AddDepartmentRequest: {
            /** @example GK01 */
            code: string;
            /** @example 骨科 */
            name: string;
        };
        Department: {
            /** @example GK01 */
            code: string;
            /** @example 骨科 */
            name: string;
            /** @description named by a department-scoped suspension on record (running or scheduled) */
            suspended: boolean;
            /** Format: date */
            suspendedFrom?: string | null;
            /** Format: date */
            suspendedUntil?: string | null;
        };
        DepartmentList: {
            institutionId: string;
            items: components["schemas"]["Department"][];
        };
        RegisterDoctorRequest: {
            /**
             * @description 医保医师编码, unique province-wide
             * @example D99010200000001
             */
            doctorId: string;
            /** @example 张三（演示） */
            name: string;
            /** @example GK01 */
            departmentCode: string;
            /**
             * @description 医师执业证书编码
             * @example 110990102000001
             */
            certificateNumber: string;
        };
        /**
         * @description ACTIVE 正常, SUSPENDED 暂停医保支付资格.
         * @enum {string}
         */
        DoctorStatus: "ACTIVE" | "SUSPENDED";
        Doctor: {
            /**
             * @description 医保医师编码
             * @example D99010200000001
             */
            id: string;
            /** Format: int64 */
            version: number;
            institutionId: string;
            countyCode: string;
            name: string;
            departmentCode: string;
            departmentName: string;
            certificateNumber: string;
            status: components["schemas"]["DoctorStatus"];
            statusLabel: string;
            /** Format: date */
            suspendedFrom?: string | null;
            /** Format: date */
            suspendedUntil?: string | null;
            causeCaseId?: string | null;
            history: components["schemas"]["HistoryEntry"][];
            /**
             * @description Credit grade from decisions naming the doctor (same scale as institutions; the best without records).
             * @example A
             */
            creditGrade?: string;
            /** @example 优秀 */
            creditGradeLabel?: string;
            /**
             * Format: int32
             * @description Credit records on file (repaired ones included); details under .../credit.
             */
            creditRecordCount?: number;
            qualification?: components["schemas"]["BillingQualification"];
        };
        /**
         * @description ACTIVE 正常 · SUSPENDED 暂停医保支付资格 · TERMINATED 终止医保支付资格
         * @enum {string}
         */
        QualificationState: "ACTIVE" | "SUSPENDED" | "TERMINATED";
        /**
         * @description The person's billing qualification (医保支付资格, 医保发〔2024〕23号), the same in every institution that lists
         *     the person (the person is the practising certificate number): points of the current calendar year (reset on
         *     1 January), the state they lead to (suspended for the configured 1–6 months from 9 points, terminated at 12
         *     with a re-registration bar of 1 year, or 3 years when one decision gave 12), and the decisions that gave points.
         */
        BillingQualification: {
            /**
             * Format: int32
             * @example 13
             */
            pointsThisYear: number;
            state: components["schemas"]["QualificationState"];
            /** @example 终止医保支付资格 */
            stateLabel: string;
            /** Format: date */
            suspendedFrom?: string | null;
            /** Format: date */
            suspendedUntil?: string | null;
            /** Format: date */
            terminatedOn?: string | null;
            /**
             * Format: date
             * @description Last day on which the person cannot be registered again.
             */
            barredUntil?: string | null;
            entries: components["schemas"]["PointsEntry"][];
        };
        /** @description Points a decision gave the person; withdrawn when the decision was revoked. */
        PointsEntry: {
            caseId: string;
            /** @example 990102医保决〔2026〕1号 */
            decisionNumber?: string | null;
            institutionId: string;
            doctorId: string;
            /**
             * Format: int32
             * @example 10
             */
            points: number;
            reason?: string | null;
            /** Format: date */
            decidedOn: string;
            /** Format: date */
            withdrawnOn?: string | null;
        };
        DoctorPage: {
            items: components["schemas"]["Doctor"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        DoctorAction: {
            /**
             * @description SUSPEND 暂停医保支付资格, REINSTATE 恢复
             * @enum {string}
             */
            action: "SUSPEND" | "REINSTATE";
            /** Format: date */
            from?: string;
            /** Format: date */
            until?: string;
            caseId?: string;
            reason: string;
        };
        /**
         * @description SUBMITTED 已受理, UNDER_REVIEW 审核中, APPROVED 审核通过待备案, REJECTED 不予纳入, FILED 已备案纳入定点.
         * @enum {string}
         */
        ApplicationStatus: "SUBMITTED" | "UNDER_REVIEW" | "APPROVED" | "REJECTED" | "FILED";
        SubmitApplicationRequest: {
            /** @example H99010200077 */
            nationalCode: string;
            /** @example 东江市康宁门诊部（演示） */
            name: string;
            type: components["schemas"]["InstitutionType"];
            level: components["schemas"]["InstitutionLevel"];
            ownership: components["schemas"]["Ownership"];
            /** @example 990102 */
            countyCode: string;
        };
        ReviewRequest: {
            /**
             * @description INFORMATION_SYSTEM_CHECK 信息系统核查, INQUIRY_LETTER 函询, SITE_VISIT 现场核查, EXPERT_REVIEW 专家评审
             * @enum {string}
             */
            method: "INFORMATION_SYSTEM_CHECK" | "INQUIRY_LETTER" | "SITE_VISIT" | "EXPERT_REVIEW";
            /**
             * @description PASSED 符合, FAILED 不符合
             * @enum {string}
             */
            outcome: "PASSED" | "FAILED";
            /** @example 现场核查诊疗场所、设备与申报一致 */
            findings: string;
        };
        DecisionSignature: {
            /**
             * @description username of the signer; must be the named reviewer and the caller
             * @example county-admin
             */
            signedBy: string;
            /** @example 本人已审核上述材料，对审核结果负责 */
            statement?: string;
        };
        DecisionRequest: {
            /**
             * @description APPROVED 同意纳入定点, REJECTED 不予纳入
             * @enum {string}
             */
            verdict: "APPROVED" | "REJECTED";
            /**
             * @description the named reviewer (username)
             * @example county-admin
             */
            reviewer: string;
            reason?: string;
            signature?: components["schemas"]["DecisionSignature"];
        };
        FilingRequest: {
            /**
             * Format: date
             * @example 2025-03-01
             */
            agreementSignedOn: string;
        };
        ApplicationReview: {
            method: string;
            methodLabel: string;
            outcome: string;
            outcomeLabel: string;
            findings: string;
            reviewer: string;
            /** Format: date-time */
            at: string;
        };
        ApplicationDecision: {
            verdict: string;
            verdictLabel: string;
            reason?: string | null;
            reviewer: string;
            signedBy: string;
            /** Format: date-time */
            signedAt: string;
            statement: string;
            /** @description SHA-256 (hex) over the decision content */
            digest: string;
        };
        AuditLogEntry: {
            /** Format: date-time */
            at: string;
            by: string;
            /** @description SUBMITTED, REVIEWED, DECIDED, FILED */
            action: string;
            detail: string;
        };
        Application: {
            id: string;
            /** Format: int64 */
            version: number;
            nationalCode: string;
            name: string;
            type: components["schemas"]["InstitutionType"];
            typeLabel: string;
            level: components["schemas"]["InstitutionLevel"];
            levelLabel: string;
            ownership: components["schemas"]["Ownership"];
            ownershipLabel: string;
            countyCode: string;
            status: components["schemas"]["ApplicationStatus"];
            statusLabel: string;
            reviews: components["schemas"]["ApplicationReview"][];
            decision?: components["schemas"]["ApplicationDecision"] | null;
            /** @description the registered institution once FILED */
            institutionId?: string | null;
            /** Format: date */
            agreementSignedOn?: string | null;
            audit: components["schemas"]["AuditLogEntry"][];
        };
        ApplicationPage: {
            items: components["schemas"]["Application"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /**
         * @description Order of the institution list: NAME 名称 (default), NATIONAL_CODE 国家编码, FUND_PAYMENT 基金支付额 (latest
         *     fund payment, largest first; none last), CREDIT_GRADE 信用等级 (best first; ungraded first), UPDATED 最近变更
         *     (newest first). Ties are broken by name, then id, so pages are stable.
         * @default NAME
         * @enum {string}
         */
        InstitutionSort: "NAME" | "NATIONAL_CODE" | "FUND_PAYMENT" | "CREDIT_GRADE" | "UPDATED";
        /**
         * @description DUE 待备案 · FILED 已备案 · LATE 逾期备案 · MISSING 未备案（视为拒绝检查）
         * @enum {string}
         */
        FilingStatus: "DUE" | "FILED" | "LATE" | "MISSING";
        /**
         * @description LEDGER 药品进销存台账 · INVOICE 药品发票和随货同行单 · TRIAL_BALANCE 财务末级科目余额表 · OTHER 其他
         * @enum {string}
         */
        AttachmentKind: "LEDGER" | "INVOICE" | "TRIAL_BALANCE" | "OTHER";
        /**
         * @description DOCTOR 医师 · NURSE 护士 · PHARMACIST 药师 · TECHNICIAN 技师 · OTHER 其他
         * @enum {string}
         */
        StaffRole: "DOCTOR" | "NURSE" | "PHARMACIST" | "TECHNICIAN" | "OTHER";
        /** @description 基础信息 */
        FilingBasicInfo: {
            /** @example 张三（演示） */
            legalRepresentative: string;
            /** @example 示范省东江市城东区健康路1号（演示） */
            address: string;
            /**
             * @description 执业许可证或经营许可证号
             * @example PDY00001X990102
             */
            licenceNumber: string;
            /** @example 0999-1234567 */
            contactPhone?: string;
            /**
             * @description 核定床位数
             * @example 500
             */
            approvedBeds?: number;
        };
        /** @description 医务人员基础信息 */
        FilingStaffMember: {
            /** @example 李四（演示） */
            name: string;
            role: components["schemas"]["StaffRole"];
            /** @example 医师 */
            readonly roleLabel?: string;
            /**
             * @description 执业证书编号
             * @example 110990102000001
             */
            certificateNumber?: string;
            /**
             * @description 医保医师代码
             * @example D990102000001
             */
            insuranceDoctorCode?: string;
        };
        /** @description 年度药品销量排名 entry */
        RankedDrug: {
            /** @example 1 */
            rank: number;
            /** @example XA10BAA001A001010101 */
            code?: string;
            /** @example 二甲双胍片（演示） */
            name: string;
            /**
             * Format: int64
             * @example 12000
             */
            quantity: number;
            /**
             * @description Yuan, two decimals, not negative.
             * @example 36000.00
             */
            amount: string;
        };
        /** @description 诊疗项目排名 entry */
        RankedServiceItem: {
            /** @example 1 */
            rank: number;
            /** @example 250101001 */
            code?: string;
            /** @example 血常规（演示） */
            name: string;
            /**
             * Format: int64
             * @example 8000
             */
            count: number;
            /** @example 160000.00 */
            amount: string;
        };
        /** @description 病室病床信息 */
        FilingWard: {
            /** @example 骨科一病区 */
            name: string;
            /** @example 骨科 */
            department?: string;
            /** @example 40 */
            beds: number;
        };
        /** @description 供货公司信息 */
        FilingSupplier: {
            /** @example 东江医药有限公司（演示） */
            name: string;
            /**
             * @description 统一社会信用代码
             * @example 91990102MA0000000X
             */
            creditCode?: string;
            /** @example 西药、医用耗材 */
            supplies?: string;
        };
        /** @description Metadata of a filed document (the file itself is kept in the document store). */
        FilingAttachment: {
            kind: components["schemas"]["AttachmentKind"];
            /** @example 财务末级科目余额表 */
            readonly kindLabel?: string;
            /** @example 2025年财务末级科目余额表.xlsx */
            name: string;
            /** @example application/vnd.openxmlformats-officedocument.spreadsheetml.sheet */
            mediaType: string;
            /**
             * Format: int64
             * @description Bytes.
             * @example 48213
             */
            size: number;
            /** @example 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 */
            sha256: string;
        };
        FilingContents: {
            basicInfo: components["schemas"]["FilingBasicInfo"];
            staff: components["schemas"]["FilingStaffMember"][];
            /** @description Ranks 1..n in order. */
            drugSalesRanking: components["schemas"]["RankedDrug"][];
            /** @description Ranks 1..n in order. */
            serviceItemRanking: components["schemas"]["RankedServiceItem"][];
            wards: components["schemas"]["FilingWard"][];
            suppliers: components["schemas"]["FilingSupplier"][];
            attachments: components["schemas"]["FilingAttachment"][];
        };
        AnnualFilingSubmission: {
            /**
             * @description The year the filing covers.
             * @example 2025
             */
            year: number;
            contents: components["schemas"]["FilingContents"];
        };
        FilingSummary: {
            /** @example 0190f3a1b2c3d4e5f6a7b8c9-2025 */
            id: string;
            institutionId: string;
            nationalCode: string;
            institutionName: string;
            countyCode: string;
            year: number;
            /**
             * Format: date
             * @example 2026-02-28
             */
            deadline: string;
            status: components["schemas"]["FilingStatus"];
            /** @example 已备案 */
            statusLabel: string;
            /** Format: date */
            submittedOn?: string | null;
            /** @description MISSING: counts as refusing inspection (视为拒绝检查). */
            refusalOfInspection: boolean;
        };
        AnnualFiling: {
            id: string;
            institutionId: string;
            nationalCode: string;
            institutionName: string;
            countyCode: string;
            year: number;
            /** Format: date */
            deadline: string;
            status: components["schemas"]["FilingStatus"];
            statusLabel: string;
            /** Format: date-time */
            submittedAt?: string | null;
            /** Format: date */
            submittedOn?: string | null;
            submittedBy?: string | null;
            refusalOfInspection: boolean;
            /**
             * Format: date-time
             * @description When the sweep found the deadline passed without a filing (kept after a late filing).
             */
            flaggedMissingAt?: string | null;
            contents?: components["schemas"]["FilingContents"];
        };
        InstitutionFilings: {
            institutionId: string;
            /** @description Some filing is MISSING today. */
            refusalOfInspection: boolean;
            /** @description Meets the termination condition of 承医保发〔2019〕2号 §5 (a MISSING filing). */
            terminationEligible: boolean;
            /** @description Newest year first. */
            items: components["schemas"]["FilingSummary"][];
        };
        FilingPage: {
            items: components["schemas"]["FilingSummary"][];
            page: number;
            size: number;
            /** Format: int64 */
            total: number;
        };
        TerminationEligibleEntry: {
            institutionId: string;
            nationalCode: string;
            institutionName: string;
            countyCode: string;
            year: number;
            /** Format: date */
            deadline: string;
            /** @enum {string} */
            reason: "REFUSAL_OF_INSPECTION";
            reasonLabel: string;
        };
        TerminationEligiblePage: {
            items: components["schemas"]["TerminationEligibleEntry"][];
            page: number;
            size: number;
            /** Format: int64 */
            total: number;
        };
        /** @description One decision's share of the year's evaluation. */
        EvaluationContribution: {
            caseId: string;
            decisionNumber?: string | null;
            /** Format: date */
            decidedOn?: string | null;
            /**
             * @description FRAUD 欺诈骗保 · GENERAL_VIOLATION 一般违规 · MANAGEMENT 内部管理不规范 · OTHER 其他
             * @enum {string}
             */
            category: "FRAUD" | "GENERAL_VIOLATION" | "MANAGEMENT" | "OTHER";
            categoryLabel: string;
            /**
             * @description Yuan, two decimals.
             * @example 6000.00
             */
            improperAmount: string;
            /** @example 38 */
            article?: string | null;
            /** @description Points deducted for the nature (category). */
            naturePoints: number;
            /** @description Points deducted for the improper-amount band. */
            amountPoints: number;
            /** @description The decision is on the one-vote-veto list. */
            veto: boolean;
            /** Format: date-time */
            recordedAt: string;
        };
        Evaluation: {
            institutionId: string;
            nationalCode: string;
            institutionName: string;
            countyCode: string;
            year: number;
            /** @example 100 */
            basePoints: number;
            /** @example 83 */
            score: number;
            /** @example 1 */
            decisionCount: number;
            /** @description Points deducted for the year's number of decisions. */
            countPoints: number;
            /**
             * @description Grade code of the configured table, e.g. GOOD.
             * @example GOOD
             */
            grade: string;
            /** @example 良好 */
            gradeLabel: string;
            /**
             * @description The grade code, or EXIT when vetoed.
             * @example GOOD
             */
            result: string;
            /** @example 良好 */
            resultLabel: string;
            vetoed: boolean;
            /** @example 一票否决：欺诈骗保（案件 case-1，决定 990102医保决〔2026〕8号） */
            vetoReason?: string | null;
            contributions: components["schemas"]["EvaluationContribution"][];
        };
        InstitutionEvaluations: {
            institutionId: string;
            /** @description Newest year first. */
            items: components["schemas"]["Evaluation"][];
        };
        EvaluationPage: {
            items: components["schemas"]["Evaluation"][];
            page: number;
            size: number;
            /** Format: int64 */
            total: number;
        };
        /** @description A 医保医师's credit file (医保医师信用档案). */
        DoctorCreditFile: {
            institutionId: string;
            /** @description 医保医师编码 */
            doctorId: string;
            name: string;
            /** @description Grade code of the configured scale (default A best … E worst). */
            grade: string;
            gradeLabel: string;
            blackListed: boolean;
            records: components["schemas"]["CreditRecord"][];
        };
    };
    responses: {
        /** @description Invalid input (`invalid-input`, `unreadable-body`); `violations` names the fields. */
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
                 *       "instance": "/api/registry/institutions",
                 *       "violations": [
                 *         {
                 *           "field": "nationalCode",
                 *           "message": "must match \"^[A-Z0-9]+$\""
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No valid bearer token (`unauthenticated`). */
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
        /** @description The role may not do this (`forbidden`, e.g. an auditor writing), or the county lies outside the caller's region (`outside-region`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ybjg.org/problems/outside-region",
                 *       "title": "Outside your region",
                 *       "status": 403,
                 *       "detail": "County 990202 lies outside your region 990100."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found, or outside the caller's region (`not-found`). */
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
                 *       "detail": "institution not found"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Clash with existing data (`duplicate-national-code`). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ybjg.org/problems/duplicate-national-code",
                 *       "title": "Conflict with the current state",
                 *       "status": 409,
                 *       "detail": "An institution with national code H99010200001 is already registered."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A domain rule forbids the input (`unknown-county`, `level-does-not-fit-type`, `signed-in-future`); `violations` names the field. */
        Unprocessable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ybjg.org/problems/unknown-county",
                 *       "title": "Rule violated",
                 *       "status": 422,
                 *       "detail": "990199 is not a county of the region table.",
                 *       "violations": [
                 *         {
                 *           "field": "countyCode",
                 *           "message": "990199 is not a county of the region table."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listInstitutions: {
        parameters: {
            query?: {
                /**
                 * @description Region to narrow to (must lie inside the caller's region).
                 * @example 990102
                 */
                countyCode?: string;
                /** @description Only institutions of this type. */
                type?: components["schemas"]["InstitutionType"];
                /** @description Only institutions of this level. */
                level?: components["schemas"]["InstitutionLevel"];
                /** @description Only institutions of this ownership. */
                ownership?: components["schemas"]["Ownership"];
                /** @description Only institutions in this agreement state. */
                agreementState?: components["schemas"]["AgreementState"];
                /**
                 * @description Part of the name (case-insensitive, literal).
                 * @example 人民医院
                 */
                nameContains?: string;
                /** @description 0-based page number. */
                page?: number;
                /** @description Page size (at most 200; larger → 400). */
                size?: number;
                /**
                 * @description Region subtree to narrow to (province, city or county inside the caller's region; outside → 404). With `countyCode` too, the narrower of the two applies (disjoint regions match nothing).
                 * @example 990100
                 */
                regionCode?: string;
                /**
                 * @description Credit grade on the configured scale (default A–E).
                 * @example A
                 */
                creditGrade?: string;
                /**
                 * @description Order of the list (see InstitutionSort).
                 * @example FUND_PAYMENT
                 */
                sort?: components["schemas"]["InstitutionSort"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of institutions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    registerInstitution: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key (e.g. a UUID) that makes a retried registration harmless.
                 * @example 5b8f2c8e-2a0e-4b7c-9d1e-3f6a1c2b4d5e
                 */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterInstitutionRequest"];
            };
        };
        responses: {
            /** @description Registered. `Location` names the new institution. */
            201: {
                headers: {
                    /**
                     * @description URL of the institution
                     * @example /api/registry/institutions/0190f3a1b2c3d4e5f6a7b8c9
                     */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getInstitution: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 0190f3a1b2c3d4e5f6a7b8c9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    changeAgreement: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 0190f3a1b2c3d4e5f6a7b8c9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgreementAction"];
            };
        };
        responses: {
            /** @description The institution after the transition. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Institution"];
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
    getAgreementCoverage: {
        parameters: {
            query?: {
                /**
                 * @description Region (province, city or county) to count, inside the caller's region.
                 * @example 990100
                 */
                regionCode?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The coverage of the region. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgreementCoverage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listRegions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The regions, parents before their children. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"][];
                };
            };
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
            /** @description The OpenAPI 3.0 document in YAML. */
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
    importInstitutions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example nationalCode,name,type,level,ownership,countyCode,agreementSignedOn
                 *     H99010200001,东江市第一人民医院（演示）,MEDICAL_INSTITUTION,TERTIARY,PUBLIC,990102,2024-01-01
                 *     P99010200002,城东康民大药房（演示）,PHARMACY,ORDINARY_RETAIL,PRIVATE,990102,
                 */
                "text/csv": string;
                /**
                 * @example [
                 *       {
                 *         "nationalCode": "H99010200001",
                 *         "name": "东江市第一人民医院（演示）",
                 *         "type": "MEDICAL_INSTITUTION",
                 *         "level": "TERTIARY",
                 *         "ownership": "PUBLIC",
                 *         "countyCode": "990102",
                 *         "agreementSignedOn": "2024-01-01"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["InstitutionImportRow"][];
            };
        };
        responses: {
            /** @description Accepted; the import runs as the job named by `Location`. */
            202: {
                headers: {
                    /**
                     * @description URL of the import job
                     * @example /api/registry/imports/0190f3a1b2c3d4e5f6a7d000
                     */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The body is larger than the configured limit (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://ybjg.org/problems/payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The import body exceeds 52428800 bytes."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type other than text/csv or application/json (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://ybjg.org/problems/unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Send text/csv or application/json."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importFundPayments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example nationalCode,year,amount
                 *     H99010200001,2024,18600000.00
                 */
                "text/csv": string;
                /**
                 * @example [
                 *       {
                 *         "nationalCode": "H99010200001",
                 *         "year": 2024,
                 *         "amount": "18600000.00"
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["FundPaymentImportRow"][];
            };
        };
        responses: {
            /** @description Accepted; the import runs as the job named by `Location`. */
            202: {
                headers: {
                    /**
                     * @description URL of the import job
                     * @example /api/registry/imports/0190f3a1b2c3d4e5f6a7d000
                     */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            /** @description The body is larger than the configured limit (`payload-too-large`). */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type other than text/csv or application/json (`unsupported-media-type`). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Import job id, as returned when the file was uploaded.
                 * @example 0190f3a1b2c3d4e5f6a7d000
                 */
                jobId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    topFundPayments: {
        parameters: {
            query?: {
                /**
                 * @description Six-digit administrative division code: only this region.
                 * @example 990100
                 */
                regionCode?: string;
                /**
                 * @description Year of the fund payments; default: the latest year with payments in the region.
                 * @example 2024
                 */
                year?: number;
                /**
                 * @description How many (at most 200).
                 * @example 30
                 */
                n?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ranking. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundPaymentRanking"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getInstitutionHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 0190f3a1b2c3d4e5f6a7b8c9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionHistory"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getCreditFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Institution id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credit file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditFile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    repairCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Institution id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "caseId": "0eb54be5-312f-3f3e-8d78-9b375590ca5f",
                 *       "reason": "已按期整改到位并退回全部违规资金（演示）"
                 *     }
                 */
                "application/json": components["schemas"]["CreditRepairRequest"];
            };
        };
        responses: {
            /** @description The credit file after the repair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /**
             * @description A rule forbids the repair: `repair-reason-missing` (blank reason), `no-credit-record` (no record of that
             *     case), `credit-not-rectified` (the case is not closed as rectified yet — docs/law.md#credit-and-rewards, when
             *     `registry.credit.repair.requires-rectification` is on), `credit-repair-too-early` (the waiting period
             *     `registry.credit.repair.waiting-period` since the rectification has not passed; the message names the
             *     first allowed date). Nothing is written.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCreditList: {
        parameters: {
            query?: {
                /** @description Six-digit administrative division code: only this region. */
                regionCode?: string;
                /** @description Zero-based page number. */
                page?: number;
                /** @description Page size (1 to 200 items). */
                size?: number;
                /**
                 * @description INSTITUTION (default) 定点医药机构 or DOCTOR 医保医师.
                 * @example DOCTOR
                 */
                subject?: "INSTITUTION" | "DOCTOR";
            };
            header?: never;
            path: {
                /** @description Which credit list: RED (red list) or BLACK (black list). */
                list: "RED" | "BLACK";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the list. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditListPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listPublicAgreementMeasures: {
        parameters: {
            query?: {
                /**
                 * @description Region subtree (6-digit code of the region table); default the whole province.
                 * @example 990100
                 */
                regionCode?: string;
                /** @description Zero-based page number. */
                page?: number;
                /** @description Page size (1 to 200 items). */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of measures in force. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAgreementMeasurePage"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    listDepartments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 0190f3a1b2c3d4e5f6a7b8c9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The departments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentList"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    addDepartment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 0190f3a1b2c3d4e5f6a7b8c9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddDepartmentRequest"];
            };
        };
        responses: {
            /** @description The institution's departments after the addition. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DepartmentList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listDoctors: {
        parameters: {
            query?: {
                /** @description Only doctors in this status. */
                status?: components["schemas"]["DoctorStatus"];
                /** @description Zero-based page number. */
                page?: number;
                /** @description Page size (1 to 200 items). */
                size?: number;
            };
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 0190f3a1b2c3d4e5f6a7b8c9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of doctors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoctorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    registerDoctor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 0190f3a1b2c3d4e5f6a7b8c9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDoctorRequest"];
            };
        };
        responses: {
            /** @description The doctor. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Doctor"];
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
    changeDoctor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 0190f3a1b2c3d4e5f6a7b8c9
                 */
                id: string;
                /**
                 * @description Doctor id (the national medical-insurance doctor code).
                 * @example D99010200000001
                 */
                doctorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DoctorAction"];
            };
        };
        responses: {
            /** @description The doctor after the action. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Doctor"];
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
    getDoctorCreditFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 01a206d1f7040004c670b1c
                 */
                id: string;
                /**
                 * @description Doctor id (the national medical-insurance doctor code).
                 * @example D99010200000001
                 */
                doctorId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The doctor's credit file. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoctorCreditFile"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    repairDoctorCredit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 01a206d1f7040004c670b1c
                 */
                id: string;
                /**
                 * @description Doctor id (the national medical-insurance doctor code).
                 * @example D99010200000001
                 */
                doctorId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "caseId": "0eb54be5-312f-3f3e-8d78-9b375590ca5f",
                 *       "reason": "已完成整改并参加医保政策培训（演示）"
                 *     }
                 */
                "application/json": components["schemas"]["CreditRepairRequest"];
            };
        };
        responses: {
            /** @description The doctor's credit file after the repair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoctorCreditFile"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            /**
             * @description A rule forbids the repair: `repair-reason-missing` (blank reason), `no-credit-record` (no record of that
             *     case), `credit-not-rectified` (the case is not closed as rectified yet — docs/law.md#credit-and-rewards, when
             *     `registry.credit.repair.requires-rectification` is on), `credit-repair-too-early` (the waiting period
             *     `registry.credit.repair.waiting-period` since the rectification has not passed; the message names the
             *     first allowed date). Nothing is written.
             */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: {
                /**
                 * @description Six-digit administrative division code: only this region.
                 * @example 990100
                 */
                regionCode?: string;
                /** @description Only applications in this status. */
                status?: components["schemas"]["ApplicationStatus"];
                /** @description Zero-based page number. */
                page?: number;
                /** @description Page size (1 to 200 items). */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of applications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    submitApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationRequest"];
            };
        };
        responses: {
            /** @description Received. */
            201: {
                headers: {
                    /** @description URL of the application */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["Unprocessable"];
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example 01a207b08de1000a8f45d18
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    recordReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example 01a207b08de1000a8f45d18
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description The application with the review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
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
    decideApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example 01a207b08de1000a8f45d18
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionRequest"];
            };
        };
        responses: {
            /** @description The decided application. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
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
    fileApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Application id.
                 * @example 01a207b08de1000a8f45d18
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FilingRequest"];
            };
        };
        responses: {
            /** @description The filed application (`institutionId` names the registered institution). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Application"];
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
    getInstitutionFilings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Institution id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's filings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionFilings"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    submitAnnualFiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 0190f3a1b2c3d4e5f6a7b8c9
                 */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnnualFilingSubmission"];
            };
        };
        responses: {
            /** @description The filing as stored; `Location` is `/api/registry/institutions/{id}/filings/{year}`. */
            201: {
                headers: {
                    /** @description The filing's path. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualFiling"];
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
    getAnnualFiling: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Institution id. */
                id: string;
                /**
                 * @description Filing year.
                 * @example 2025
                 */
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The filing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnualFiling"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listFilings: {
        parameters: {
            query?: {
                /**
                 * @description Only this year.
                 * @example 2025
                 */
                year?: number;
                /** @description Only filings in this status. */
                status?: components["schemas"]["FilingStatus"];
                /**
                 * @description Six-digit administrative division code: only this region.
                 * @example 990100
                 */
                regionCode?: string;
                /** @description Zero-based page number. */
                page?: number;
                /** @description Page size (1 to 200 items). */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of filings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FilingPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listTerminationEligible: {
        parameters: {
            query?: {
                /** @description Only this year. */
                year?: number;
                /** @description Six-digit administrative division code: only this region. */
                regionCode?: string;
                /** @description Zero-based page number. */
                page?: number;
                /** @description Page size (1 to 200 items). */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of termination-eligible institutions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerminationEligiblePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getInstitutionEvaluations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Institution id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution's evaluations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstitutionEvaluations"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listEvaluations: {
        parameters: {
            query?: {
                /**
                 * @description Only this year.
                 * @example 2026
                 */
                year?: number;
                /** @description Six-digit administrative division code: only this region. */
                regionCode?: string;
                /** @description Zero-based page number. */
                page?: number;
                /** @description Page size (1 to 200 items). */
                size?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of evaluations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}
