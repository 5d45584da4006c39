// Generated from inspection-service/api/src/main/resources/openapi/inspection.yaml by scripts/gen-api.mjs (npm run gen:api). Do not edit.
export type paths = {
    "/api/inspection/directory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List inspection objects (检查对象名录)
         * @description Designated institutions inside the caller's region, ordered by county and name. Suspended and
         *     terminated institutions stay listed with their agreement state. Filters combine with AND.
         */
        get: operations["listDirectory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/directory/{institutionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one inspection object
         * @description The directory entry of one institution; 404 when it does not exist or lies outside the caller's region.
         */
        get: operations["getDirectoryEntry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/inspectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the inspector roster
         * @description Inspectors whose home county lies in the caller's region, oldest registration first. Staff roles only
         *     (institution users answer 403): the roster is what random draws pick from.
         */
        get: operations["listInspectors"];
        put?: never;
        /**
         * Add a person to the inspector roster (执法人员名录库)
         * @description Registers an inspector whose home county lies in the caller's region. Only administrators
         *     (PROVINCE_ADMIN, CITY_ADMIN, COUNTY_ADMIN) and API clients maintain the roster.
         *
         *     Rules (422): a law-enforcement officer (行政执法人员) must carry a law-enforcement certificate number
         *     (行政执法证号), and a certificate valid-until date must not lie in the past; the home county must be a
         *     county in the region table. A certificate number is unique in the roster (409).
         *     A home county outside the caller's region answers 403 (`outside-region`).
         */
        post: operations["registerInspector"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List findings
         * @description Findings inside the caller's region, newest first; optionally those of one institution. Staff roles only.
         */
        get: operations["listFindings"];
        put?: never;
        /**
         * Record a finding against a designated institution
         * @description Stores the finding and, in the same write, the event `inspection.finding-recorded.v1` (published on
         *     `inspection.events.v1`, key = institution id). The institution must be in the directory and inside the
         *     caller's region (otherwise 404). `foundOn` may not lie in the future (Asia/Shanghai).
         *     Roles: administrators, inspectors, experts and API clients (not auditors, not institution users).
         *
         *     Categories follow the on-site checklists (吕医保发〔2021〕36号) and the Regulation (《医疗保障基金使用监督管理条例》):
         *     FRAUD 欺诈骗保 (art. 40), GENERAL_VIOLATION 一般违规 (art. 38), MANAGEMENT 内部管理 (art. 39), OTHER 其他.
         */
        post: operations["recordFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/findings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read one finding
         * @description 404 when the finding does not exist or lies outside the caller's region. Staff roles only.
         */
        get: operations["getFinding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/coverage-rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List full-coverage rounds
         * @description The rounds the caller may see, newest first: those whose region lies inside the caller's region and those
         *     whose region contains it (a county administrator sees the city's and the province's rounds too). Rounds
         *     of other regions are never listed. Staff roles only.
         */
        get: operations["listCoverageRounds"];
        put?: never;
        /**
         * Open a full-coverage round (全覆盖监督检查)
         * @description 吕医保发〔2021〕36号 §(三)1: "全年至少开展两次全覆盖监督检查 … 对辖区内定点医药协议机构开展100%全覆盖现场检查"
         *     (first round 5月1日—9月30日). The round covers a region subtree inside the caller's region (a county, a
         *     city or the province) and a window of days (Asia/Shanghai, both ends inclusive, at most 366 days).
         *     Its population is fixed now: the designated institutions of the region whose agreement is ACTIVE
         *     (履行中) or SUSPENDED (暂停) in the object directory; their ids are stored with the round (and a
         *     SHA-256 of the sorted ids), so later directory changes do not move the target.
         *
         *     An institution counts as **checked** when a finding is recorded for it with `foundOn` inside the
         *     window (the draw's concluded inspection tasks will count too). Progress is computed when asked, so it
         *     is always in step with the findings.
         *
         *     Administrators and API clients only. A region outside the caller's reach → 403 `outside-region`; an
         *     unknown region code → 422 (field `regionCode`); a window ending before it starts or longer than 366
         *     days → 422 `invalid-window`; no designated institution in the region → 422 `empty-population`.
         */
        post: operations["openCoverageRound"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/coverage-rounds/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Coverage dashboard of a round (全覆盖进度)
         * @description Totals and one row per county: population, checked, unchecked, overdue and share (checked ÷
         *     population, 4 decimals, rounded down so 100 % means really all). Once the window has passed, every
         *     unchecked institution is overdue (`overdue` counts them, status OVERDUE 逾期未全覆盖).
         *     A caller sees the rows of the counties inside their region only, and totals over those rows (a county
         *     administrator looking at a city round sees their county). A round that neither lies inside the
         *     caller's region nor contains it answers 404. Staff roles only.
         */
        get: operations["getCoverageProgress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/coverage-rounds/{id}/unchecked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Institutions of a round not yet checked (未检查机构清单)
         * @description The round's institutions without a finding inside the window, ordered by county, name and id, limited
         *     to the caller's region (optionally narrowed to one county inside it; a county outside → 404).
         *     `overdue` is true once the window has passed. Staff roles only; a foreign round → 404.
         */
        get: operations["listUncheckedInstitutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/cross-check-pairings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the commitment of a county-to-county cross-check pairing (县际交叉检查)
         * @description 吕医保发〔2021〕36号 §(三)1 (抽查复查: "市级医保行政部门可通过组织开展县际之间交叉检查"). Pairs the counties of a city by lot
         *     so that no county checks itself. The counties are the city's children in the region table, or an explicit
         *     list of counties inside the city. This step publishes only the **commitment** = SHA-256(secret) (hex):
         *     the server generates the secret, or the caller supplies `commitment` and keeps the secret until the
         *     ceremony. The pairs are fixed later by the ceremony.
         *
         *     City and province administrators and API clients. A city outside the caller's reach → 403
         *     `outside-region`; an unknown code or one that is not a city → 422 (`cityCode`); a listed county that is
         *     not a county of the city, or listed twice → 422 (`counties`); fewer than two counties → 422
         *     `too-few-counties`; `noReciprocal` with exactly two counties cannot be met → 422
         *     `reciprocal-unavoidable`.
         */
        post: operations["commitCrossCheckPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/cross-check-pairings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a cross-check pairing
         * @description The pairing as the public sees it (the secret only once fixed). 404 unless the city lies inside the
         *     caller's region or contains it. Staff roles only.
         */
        get: operations["getCrossCheckPairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/cross-check-pairings/{id}/ceremony": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record the seed ceremony and fix the pairs (抽签)
         * @description Officials enter digits in a recorded order; with the secret they make the seed
         *     `digits1|digits2|...|secret`. The counties are ordered by SHA-256(seed ‖ countyCode) (lower-case hex, ties
         *     by code) and each county checks the next one in that order, the last checking the first: a
         *     derangement (nobody checks itself; with three or more counties nobody checks the county that checks it).
         *     Result: for each inspected county, the inspecting county. The whole record, secret included, becomes
         *     public at `/api/inspection/public/cross-check-pairings/{id}` and can be re-computed with
         *     `java inspection-service/verifier/Verifier.java pairing.json`.
         *
         *     `secret` is required exactly when the caller supplied the commitment, and SHA-256(secret) must equal it
         *     (422 `secret-mismatch`; sent for a server secret → 422 `secret-not-expected`). 1–20 officials, each
         *     named, 1–64 digits each (422 `invalid-ceremony`). A pairing is fixed once: again → 409 `already-fixed`.
         */
        post: operations["fixCrossCheckPairing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/public/cross-check-pairings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public record of a cross-check pairing (一公开, no token)
         * @description Anyone may read it, without a token: the counties, the commitment (published before the ceremony),
         *     and once fixed the ceremony (officials' names and digits), the revealed secret, the seed, the order with
         *     its keys and the pairs. Save it as a file and run `java inspection-service/verifier/Verifier.java
         *     pairing.json`: it prints MATCH or each DIFFERENCE. No personal data beyond the officials' names.
         */
        get: operations["getPublicCrossCheckPairing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/imports/inspectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk import of the inspector roster (批量导入执法人员名录库)
         * @description Upserts people on the inspector roster from a whole file sent as the request body (no multipart), like the
         *     registry's imports: `Content-Type: text/csv` (UTF-8, optional BOM, RFC 4180 quoting, a header row naming
         *     the columns `name,role,homeCountyCode[,certificateNumber,certificateValidUntil,employer,specialties]` in any
         *     order; `specialties` separated by `;`) or `Content-Type: application/json` (an array of objects with the
         *     same fields; `specialties` an array or a `;`-separated string).
         *
         *     Checked at once: another content type → 415; a body larger than `inspection.imports.max-bytes` (default
         *     10 MB) → 413 `payload-too-large`; an empty body, a CSV without the columns `name,role,homeCountyCode` or
         *     JSON that is not an array of objects → 400 `unreadable-import`. Otherwise accepted as a job (202,
         *     `Location` = the job) that runs in the background; poll it until `status` is `COMPLETED`.
         *
         *     **Which entry a row updates.** A row with a certificate number (行政执法证号; required for
         *     LAW_ENFORCEMENT_OFFICER) matches the roster entry with that number: a certificate belongs to one person and
         *     is unique in the roster. A row without one matches by name and employer (by name and home county when the
         *     employer is missing too), among entries without a certificate. No match → the person is registered
         *     (`created`); a match whose fields differ → updated (`updated`); equal → `unchanged`.
         *
         *     **Per row** the rules of a single registration apply (`POST /api/inspection/inspectors`): an officer needs
         *     a certificate number, a certificate valid-until date needs the number and may not lie in the past, name
         *     1–100 characters, codes as in the API, the home county a county of the region table inside the caller's
         *     region; an entry to update must lie inside the caller's region; a key repeated in the same file (the
         *     later row is an error); two existing entries matching one row (ambiguous). A bad row is reported in
         *     `errors` (row, field, reason) and skipped; the good rows are stored. Administrators and API clients only.
         */
        post: operations["importInspectors"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/imports/{jobId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Status and progress of a roster import (导入任务进度)
         * @description `status` QUEUED 排队中 → RUNNING 导入中 → COMPLETED 已完成 (or FAILED 失败 on an unexpected error; rows
         *     already stored stay stored), `rowsDone` of `rowsTotal`, counts, and the row errors — at most the first
         *     1000 are kept (`errorCount` is the full number). 404 if it does not exist or was started in a region
         *     outside the caller's.
         */
        get: operations["getRosterImportJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description The contract of the inspection service, public (no token).
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
    "/api/inspection/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List sampling plans in the caller's region
         * @description Staff only; newest first; without the population snapshot and draw record (read one plan or the public record).
         */
        get: operations["listSamplingPlans"];
        put?: never;
        /**
         * Draft a sampling plan (抽查计划)
         * @description An administrator (PROVINCE_ADMIN, CITY_ADMIN, COUNTY_ADMIN) writes down the draw rules as data: scope (a region
         *     subtree inside the caller's region, else 403 `outside-region`), period, check day, population filter, strata with
         *     quotas (percent rounded up, minimum; a stratum smaller than its quota is taken whole and reported), forced
         *     inclusions (tip-offs, repeat offenders) and exclusions (explicit, and "checked within N months") and the team rule.
         *     A RECHECK plan without strata gets the 吕医保发〔2021〕36号 §(三)1 defaults: tertiary ≥ 50 %, secondary ≥ 30 %, primary ≥ 10 %.
         *     The population filter's agreement states default to ACTIVE and SUSPENDED (a terminated agreement is no longer
         *     supervised by agreement). Broken rules are 422 (`sampling-rule`) naming the field.
         */
        post: operations["createSamplingPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection plan id. */
                id: string;
            };
            cookie?: never;
        };
        /**
         * One sampling plan (404 outside the caller's region)
         * @description The plan with its strata, publication (population hash, commitment), ceremony, draw and teams as they stand; a plan outside the caller's region answers 404.
         */
        get: operations["getSamplingPlan"];
        /**
         * Replace a draft plan's definition
         * @description Only while the plan is a DRAFT; after publication 409 (`plan-not-draft`) and nothing changes.
         */
        put: operations["reviseSamplingPlan"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change some fields of a draft plan
         * @description The fields present replace the draft's (a nested object — period, filter, teamRule — or a list — strata,
         *     inclusions, exclusions — is replaced whole); absent fields keep their value. Only while the plan is a DRAFT;
         *     after publication 409 (`plan-not-draft`) and nothing changes.
         */
        patch: operations["patchSamplingPlan"];
        trace?: never;
    };
    "/api/inspection/plans/{id}/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish the plan — freeze it, snapshot the population, commit to the seed
         * @description Freezes the plan, snapshots the eligible population from the directory (ids per stratum), and publishes the rule
         *     version, the population hash (SHA-256 of all ids sorted and joined by a line feed) and the seed commitment. By
         *     default the server draws a 32-byte secret (kept private until the ceremony) and publishes SHA-256(secret); the
         *     bureau may instead supply `commitment` and hold the secret offline. Refused with 422 and nothing written: no
         *     eligible institution at all, a `strict` stratum below its minimum, a forced inclusion outside the population.
         *     A second publication is 409.
         */
        post: operations["publishSamplingPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/plans/{id}/ceremony": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The seed ceremony — officials' digits in recorded order, secret revealed
         * @description Named officials enter digits (1–64 each) in the recorded order; seed = digits1|digits2|...|secret and the secret is
         *     revealed. When the bureau supplied the commitment, `secret` is required here and must satisfy
         *     SHA-256(secret) = commitment, else 422 `secret-mismatch` and nothing changes (sent for a server secret → 422
         *     `secret-not-expected`). 1–20 officials, each named (at most 50 characters) with a role, 1–64 digits each
         *     (422 `invalid-ceremony`), the same rules as a cross-check pairing's ceremony. Before publication or a second
         *     time: 409.
         */
        post: operations["fixSamplingSeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/plans/{id}/draw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run the draw (once) — targets, teams and tasks
         * @description Targets: per stratum, forced exclusions removed, forced inclusions first, the rest ordered by SHA-256(seed ‖ id).
         *     Teams: the roster (scope plus paired counties) ordered by SHA-256(seed ‖ "|team|" ‖ inspectorId); each target
         *     walks its county pool from a start and step derived from SHA-256(seed ‖ "|team|" ‖ targetId), taking eligible
         *     officers (certificate valid on the check day) and the expert the focus needs. Excluded: the target's own county
         *     (cross-check) or any but the paired county, declared affiliations, the same target within the recusal window,
         *     unavailable on the check day, load cap reached. Each target becomes a task (due: end of the period); publishes
         *     `inspection.draw-published.v1` and one `inspection.task-assigned.v1` per task. A roster that cannot staff a
         *     target: 422 naming it, nothing written. Second run: 409 (`already-drawn`).
         */
        post: operations["runSamplingDraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/draws/{id}/recusals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A recusal (回避) after the draw, with its deterministic replacement
         * @description The draw id is the plan id. The inspector leaves the target's team; the replacement is the first eligible member
         *     of the same kind (officer or expert) in the target's walk, with loads as they stand after earlier recusals. The
         *     recusal is recorded in the public draw record, so Verifier.java checks the replacement too. The task's team
         *     follows and `inspection.task-assigned.v1` is published again. Not on the team, or no eligible replacement: 422;
         *     a concluded task: 409.
         */
        post: operations["declareRecusal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Inspection tasks whose institution lies in the caller's region
         * @description One page of the tasks of drawn plans whose institution lies in the caller's region, with the team, the due date and whether the result was published in time; filter by status or plan.
         */
        get: operations["listInspectionTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One task (404 outside the caller's region)
         * @description One task with its team, period, conclusion and published result; a task outside the caller's region answers 404.
         */
        get: operations["getInspectionTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/tasks/{id}/conclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Conclude a task with a written result
         * @description ASSIGNED → CONCLUDED with a result summary (1–2000 characters; concludedOn defaults to today, not in the future,
         *     not before the period). Only a member of the task's team (the roster's `account` is the caller's username) or an
         *     administrator whose region covers the plan's may conclude it; anyone else is 403. A finding concludes the task by
         *     itself only when a member of its team recorded it, for the institution, found on a day from the draw to the due
         *     date (a back-dated finding closes nothing).
         *     Already concluded: 409. The result must be published within 20 working days (docs/law.md#double-random).
         */
        post: operations["concludeInspectionTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/tasks/{id}/result-publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a concluded task's result public (一公开)
         * @description Administrators only. Not concluded, or already public: 409.
         */
        post: operations["publishInspectionResult"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/public/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Published plans (no token)
         * @description Every plan past the draft stage, with commitment, ceremony and revealed seed; no usernames, no tip-off notes.
         */
        get: operations["listPublicPlans"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/public/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One published plan (no token; drafts are 404)
         * @description A published plan as the public sees it (rules, population size and hash, commitment, and once drawn the targets); a draft answers 404 like a plan that does not exist.
         */
        get: operations["getPublicPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/public/plans/{id}/population": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The frozen population snapshot as CSV (no token)
         * @description `stratum,institutionId` per line; header `X-Population-Hash` carries the published hash.
         */
        get: operations["downloadPopulationSnapshot"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/public/draws/{id}/record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The draw record exactly as Verifier.java reads it (no token)
         * @description Save it and run `java Verifier.java record.json` (inspection-service/verifier, no dependencies): it checks
         *     SHA-256(secret) = commitment, recomputes the seed from the ceremony, the population hash, every stratum's targets,
         *     the initial teams, every recusal's replacement and the teams as they stand, and prints MATCH or the differences.
         *     The roster snapshot shows names, roles, home county, certificate validity, affiliations (institution ids),
         *     unavailability and specialties — no certificate numbers. The draw id is the plan id.
         */
        get: operations["getDrawRecord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/inspection/public/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Results of concluded tasks (no token)
         * @description Each concluded task with the team's names and roles; `result` once the bureau published it; `overdue: true` when it
         *     was not published within 20 working days of the conclusion (Mon–Fri; docs/law.md#double-random).
         */
        get: operations["listPublicResults"];
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
        /** @description RFC 9457 problem detail. */
        Problem: {
            /**
             * Format: uri
             * @description Stable problem type, e.g. https://ybjg.org/problems/not-found
             */
            type?: string;
            title?: string;
            /** Format: int32 */
            status?: number;
            detail?: string;
            instance?: string;
            violations?: components["schemas"]["Violation"][];
        };
        Violation: {
            field?: string;
            message?: string;
        };
        /**
         * @description GB/T 2260 administrative division code.
         * @example 990102
         */
        RegionCode: string;
        /**
         * @description Yuan, at most two decimals, not negative; answered with exactly two decimals. A JSON number is accepted on input too.
         * @example 12800.50
         */
        Money: string;
        /**
         * @description MEDICAL_INSTITUTION 定点医疗机构, PHARMACY 定点零售药店.
         * @enum {string}
         */
        InstitutionType: "MEDICAL_INSTITUTION" | "PHARMACY";
        /**
         * @description Medical institutions: TERTIARY 三级, SECONDARY 二级, PRIMARY 一级, VILLAGE_CLINIC 村卫生室.
         *     Pharmacies: OUTPATIENT_COVERAGE 门诊保障定点药店, ORDINARY_RETAIL 普通定点零售药店.
         * @enum {string}
         */
        InstitutionLevel: "TERTIARY" | "SECONDARY" | "PRIMARY" | "VILLAGE_CLINIC" | "OUTPATIENT_COVERAGE" | "ORDINARY_RETAIL";
        /**
         * @description PUBLIC 公立, PRIVATE 民营/个体 (decides where a case is referred).
         * @enum {string}
         */
        Ownership: "PUBLIC" | "PRIVATE";
        /**
         * @description Service agreement (服务协议) — NONE 未签订, ACTIVE 履行中, SUSPENDED 暂停, TERMINATED 已解除.
         * @enum {string}
         */
        AgreementState: "NONE" | "ACTIVE" | "SUSPENDED" | "TERMINATED";
        /**
         * @description LAW_ENFORCEMENT_OFFICER 行政执法人员, AGENCY_AUDITOR 经办稽核人员, MEDICAL_EXPERT 医疗专家, THIRD_PARTY 第三方专业人员.
         * @enum {string}
         */
        InspectorRole: "LAW_ENFORCEMENT_OFFICER" | "AGENCY_AUDITOR" | "MEDICAL_EXPERT" | "THIRD_PARTY";
        /**
         * @description MEDICAL 医疗, DRUG 药品, FINANCE 财务, INFORMATION 信息 (2023年度省级飞行检查工作方案).
         * @enum {string}
         */
        Specialty: "MEDICAL" | "DRUG" | "FINANCE" | "INFORMATION";
        /**
         * @description FRAUD 欺诈骗保 (art. 40), GENERAL_VIOLATION 一般违规 (art. 38), MANAGEMENT 内部管理 (art. 39), OTHER 其他.
         * @enum {string}
         */
        FindingCategory: "FRAUD" | "GENERAL_VIOLATION" | "MANAGEMENT" | "OTHER";
        /** @description One designated institution as the registry last published it. */
        DirectoryEntry: {
            /** @description The registry's institution id. */
            institutionId: string;
            /** @description National medical-insurance institution code (医保机构编码). */
            nationalCode: string;
            name: string;
            /**
             * @description InstitutionType code (kept as text so a code added by the registry still shows).
             * @example MEDICAL_INSTITUTION
             */
            type: string;
            /** @example 定点医疗机构 */
            typeLabel: string;
            /**
             * @description InstitutionLevel code.
             * @example TERTIARY
             */
            level: string;
            /** @example 三级 */
            levelLabel: string;
            /**
             * @description Ownership code.
             * @example PUBLIC
             */
            ownership: string;
            /** @example 公立 */
            ownershipLabel: string;
            countyCode: components["schemas"]["RegionCode"];
            /**
             * @description AgreementState code.
             * @example ACTIVE
             */
            agreementState: string;
            /** @example 履行中 */
            agreementStateLabel: string;
            /**
             * Format: date
             * @description Last day of a suspension, when suspended.
             */
            suspendedUntil?: string | null;
            /** @description Credit grade (A best … E), when graded. */
            creditGrade?: string | null;
            /**
             * Format: int64
             * @description The registry version this entry reflects.
             */
            registryVersion: number;
            /**
             * Format: date-time
             * @description When the registry made the change this entry reflects (UTC).
             */
            updatedAt: string;
            /** @description The latest year's fund payment (医保基金支付额) and its rank (1 = largest), as the registry published it. */
            fundPayment?: {
                /**
                 * Format: int32
                 * @example 2025
                 */
                year: number;
                amount: components["schemas"]["Money"];
                /**
                 * Format: int32
                 * @example 1
                 */
                countyRank?: number | null;
                /**
                 * Format: int32
                 * @example 3
                 */
                cityRank?: number | null;
                /**
                 * Format: int32
                 * @example 27
                 */
                provinceRank?: number | null;
            } | null;
        };
        DirectoryPage: {
            items: components["schemas"]["DirectoryEntry"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        NewInspector: {
            /** @example 张建国 */
            name: string;
            role: components["schemas"]["InspectorRole"];
            /**
             * @description Law-enforcement certificate number (行政执法证号); required for LAW_ENFORCEMENT_OFFICER, unique in the roster.
             * @example 99010220230001
             */
            certificateNumber?: string;
            /**
             * Format: date
             * @description Last day the certificate is valid; needs a certificate number and may not lie in the past.
             * @example 2028-06-30
             */
            certificateValidUntil?: string;
            homeCountyCode: components["schemas"]["RegionCode"];
            /**
             * @description Bureau, agency, hospital or firm the person works for.
             * @example 东江市城东区医疗保障局（演示）
             */
            employer?: string;
            /**
             * @description The person's platform username (登录账号). A task is concluded, and a finding concludes a task, only by a member of its team identified by this account, or by the plan's administrators.
             * @example inspector
             */
            account?: string;
            specialties?: components["schemas"]["Specialty"][];
            /** @description Declared ties to institutions (回避); the person is never drawn to inspect them. */
            affiliations?: components["schemas"]["Affiliation"][];
            /** @description Windows (both days included) the person cannot inspect; a draw whose check day falls inside skips them. */
            unavailable?: components["schemas"]["Unavailability"][];
        };
        Inspector: {
            id: string;
            name: string;
            role: components["schemas"]["InspectorRole"];
            /** @example 行政执法人员 */
            roleLabel: string;
            certificateNumber?: string | null;
            /** Format: date */
            certificateValidUntil?: string | null;
            homeCountyCode: components["schemas"]["RegionCode"];
            employer?: string | null;
            /** @description The person's platform username (登录账号). */
            account?: string | null;
            specialties: components["schemas"]["Specialty"][];
            /**
             * @description Labels of `specialties`, in the same order.
             * @example [
             *       "医疗",
             *       "财务"
             *     ]
             */
            specialtyLabels: string[];
            /** @description Username of who registered the inspector. */
            registeredBy: string;
            /** Format: date-time */
            registeredAt: string;
            affiliations?: components["schemas"]["Affiliation"][];
            unavailable?: components["schemas"]["Unavailability"][];
        };
        InspectorPage: {
            items: components["schemas"]["Inspector"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        NewFinding: {
            institutionId: string;
            category: components["schemas"]["FindingCategory"];
            /** @description What was found, with its evidence (not blank). */
            description: string;
            improperAmount: components["schemas"]["Money"];
            /**
             * Format: date
             * @description The day it was found; not in the future (Asia/Shanghai).
             */
            foundOn: string;
        };
        Finding: {
            id: string;
            institutionId: string;
            institutionName: string;
            countyCode: components["schemas"]["RegionCode"];
            category: components["schemas"]["FindingCategory"];
            /** @example 一般违规 */
            categoryLabel: string;
            description: string;
            improperAmount: components["schemas"]["Money"];
            /** Format: date */
            foundOn: string;
            /** @description Username of who recorded the finding. */
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
        };
        FindingPage: {
            items: components["schemas"]["Finding"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        Affiliation: {
            institutionId: string;
            /** @example 配偶在该院任职 */
            reason: string;
        };
        Unavailability: {
            /**
             * Format: date
             * @example 2026-10-08
             */
            from: string;
            /**
             * Format: date
             * @example 2026-10-16
             */
            to: string;
        };
        NewSamplingPlan: {
            name: string;
            kind: components["schemas"]["PlanKind"];
            regionCode: components["schemas"]["RegionCode"];
            period: components["schemas"]["DatePeriod"];
            /**
             * Format: date
             * @description The day teams check (default: the period start); certificates and availability are judged on it.
             */
            checkOn?: string;
            /** @description The plan's focus, e.g. 高值医用耗材. */
            focus?: string;
            filter?: components["schemas"]["PopulationFilter"];
            /** @description In order; an institution belongs to the first stratum it matches. Default for RECHECK only. */
            strata?: components["schemas"]["StratumRule"][];
            inclusions?: components["schemas"]["NewPlanInclusion"][];
            exclusions?: components["schemas"]["PlanExclusion"][];
            /**
             * Format: int32
             * @description Leave out institutions with a finding or task within this many months.
             */
            excludeCheckedWithinMonths?: number;
            teamRule?: components["schemas"]["TeamRule"];
            creditWeights?: components["schemas"]["CreditWeights"];
        };
        /** @description A PATCH of a draft plan, the fields of NewSamplingPlan, each optional; those present replace the draft's. */
        SamplingPlanChanges: {
            name?: string;
            kind?: components["schemas"]["PlanKind"];
            regionCode?: components["schemas"]["RegionCode"];
            period?: components["schemas"]["DatePeriod"];
            /**
             * Format: date
             * @description The day teams check (default: the period start); certificates and availability are judged on it.
             */
            checkOn?: string;
            /** @description The plan's focus, e.g. 高值医用耗材. */
            focus?: string;
            filter?: components["schemas"]["PopulationFilter"];
            /** @description In order; an institution belongs to the first stratum it matches. Default for RECHECK only. */
            strata?: components["schemas"]["StratumRule"][];
            inclusions?: components["schemas"]["NewPlanInclusion"][];
            exclusions?: components["schemas"]["PlanExclusion"][];
            /**
             * Format: int32
             * @description Leave out institutions with a finding or task within this many months.
             */
            excludeCheckedWithinMonths?: number;
            teamRule?: components["schemas"]["TeamRule"];
            creditWeights?: components["schemas"]["CreditWeights"];
        };
        /** @description Which institutions of the scope form the population. */
        PopulationFilter: {
            types?: components["schemas"]["InstitutionType"][];
            levels?: components["schemas"]["InstitutionLevel"][];
            ownerships?: components["schemas"]["Ownership"][];
            /** @description Default [ACTIVE, SUSPENDED]. */
            agreementStates?: components["schemas"]["AgreementState"][];
        };
        /** @description A weighted draw: credit grade → weight (1–10); a grade not named weighs 1. Empty or absent: unweighted. */
        CreditWeights: {
            [key: string]: number;
        };
        /**
         * @description RANDOM 双随机抽查, RECHECK 抽查复查, FLIGHT 飞行检查.
         * @enum {string}
         */
        PlanKind: "RANDOM" | "RECHECK" | "FLIGHT";
        /**
         * @description TIP_OFF 举报线索, REPEAT_OFFENDER 屡查屡犯, MONITORING_LEAD 智能监控线索, OTHER 其他.
         * @enum {string}
         */
        InclusionReason: "TIP_OFF" | "REPEAT_OFFENDER" | "MONITORING_LEAD" | "OTHER";
        NewPlanInclusion: {
            institutionId: string;
            reason: components["schemas"]["InclusionReason"];
            /** @description Internal note (never public). */
            note?: string;
        };
        PlanInclusion: {
            institutionId: string;
            reason: components["schemas"]["InclusionReason"];
            /** @example 举报线索 */
            reasonLabel?: string;
            /** @description Internal note: staff view only, never public. */
            note?: string | null;
        };
        PlanExclusion: {
            institutionId: string;
            reason: string;
        };
        DrawStratum: {
            code?: string;
            /** Format: int32 */
            population?: number;
            /** Format: int32 */
            quota?: number;
            /** Format: int32 */
            shortfall?: number;
            /** @description Institution ids drawn, in draw order. */
            selected?: string[];
        };
        DrawTeam: {
            targetId?: string;
            members?: components["schemas"]["TeamMemberView"][];
        };
        DrawRecusal: {
            targetId?: string;
            inspectorId?: string;
            reason?: string;
            replacementId?: string | null;
            /** Format: date-time */
            at?: string;
        };
        DatePeriod: {
            /**
             * Format: date
             * @example 2026-10-01
             */
            from: string;
            /**
             * Format: date
             * @example 2026-10-31
             */
            to: string;
        };
        StratumRule: {
            /** @example TERTIARY */
            code: string;
            /** @example 三级医疗机构 */
            label?: string;
            /** @description Institution types, or AGENCY for the medical-security handling agencies (医保经办机构) of every region in the plan's scope — taken from the region table, outside the institution filter, and only by a stratum that names AGENCY (吕医保发〔2021〕36号 §(三)1: a re-check covers agencies 100 %). Empty: any institution. */
            types?: ("MEDICAL_INSTITUTION" | "PHARMACY" | "AGENCY")[];
            levels?: components["schemas"]["InstitutionLevel"][];
            /**
             * Format: int32
             * @description Only the N largest by fund payment in the plan's population.
             */
            topByFundPayment?: number | null;
            /**
             * Format: int32
             * @description Share to draw, rounded up.
             */
            percent: number;
            /**
             * Format: int32
             * @default 0
             */
            minimum: number;
            /**
             * @description Refuse publication (422) when the stratum has fewer eligible than its minimum; otherwise it is taken whole and the shortfall reported.
             * @default false
             */
            strict: boolean;
        };
        TeamRule: {
            /**
             * Format: int32
             * @description Law-enforcement officers per team (行政处罚法 art. 42: at least two).
             * @default 2
             */
            officers: number;
            expertSpecialty?: components["schemas"]["Specialty"];
            /**
             * Format: int32
             * @description At most this many open tasks per person.
             * @default 20
             */
            loadCap: number;
            /**
             * Format: int32
             * @description Not sent to a target they were assigned within this many months.
             * @default 12
             */
            recusalMonths: number;
            /**
             * @description No inspector from the target's own county (县际交叉检查).
             * @default false
             */
            crossCheck: boolean;
            /** @description targetCounty → inspectingCounty; when given, only that county's inspectors go there. */
            pairing?: {
                [key: string]: string;
            };
        };
        /** @description The plan as defined, plus `publication`, `ceremony` and `draw` once they happened. */
        SamplingPlan: {
            id: string;
            name: string;
            kind: string;
            /** @example 抽查复查 */
            kindLabel: string;
            regionCode: components["schemas"]["RegionCode"];
            period?: components["schemas"]["DatePeriod"];
            /** Format: date */
            checkOn?: string;
            focus?: string | null;
            filter?: components["schemas"]["PopulationFilter"];
            strata?: components["schemas"]["StratumRule"][];
            inclusions?: components["schemas"]["PlanInclusion"][];
            exclusions?: components["schemas"]["PlanExclusion"][];
            /** Format: int32 */
            excludeCheckedWithinMonths?: number | null;
            teamRule?: components["schemas"]["TeamRule"];
            creditWeights?: components["schemas"]["CreditWeights"];
            /** @enum {string} */
            status: "DRAFT" | "PUBLISHED" | "SEEDED" | "DRAWN";
            /** @example 已公布 */
            statusLabel: string;
            /** @description Staff view only. */
            createdBy?: string;
            /** Format: date-time */
            createdAt?: string;
            publication?: {
                ruleVersion?: string;
                populationHash?: string;
                /** Format: int32 */
                populationSize?: number;
                strata?: {
                    code?: string;
                    /** Format: int32 */
                    population?: number;
                    /** Format: int32 */
                    quota?: number;
                    /** Format: int32 */
                    shortfall?: number;
                }[];
                forcedIn?: string[];
                forcedOut?: components["schemas"]["PlanExclusion"][];
                /** @description SHA-256 of the secret (hex). */
                commitment?: string;
                commitmentSuppliedByBureau?: boolean;
                /** @description Staff view only. */
                publishedBy?: string;
                /** Format: date-time */
                publishedAt?: string;
            } | null;
            ceremony?: {
                officials?: {
                    name?: string;
                    role?: string;
                    digits?: string;
                    /** Format: date-time */
                    at?: string;
                }[];
                revealedSecret?: string;
                seed?: string;
                /** @description Staff view only. */
                recordedBy?: string;
                /** Format: date-time */
                at?: string;
            } | null;
            draw?: {
                drawId?: string;
                recordUrl?: string;
                strata?: components["schemas"]["DrawStratum"][];
                teams?: components["schemas"]["DrawTeam"][];
                recusals?: components["schemas"]["DrawRecusal"][];
            } | null;
            /** Format: date-time */
            drawnAt?: string | null;
            /** Format: int32 */
            taskCount?: number;
        };
        SamplingPlanPage: {
            items: components["schemas"]["SamplingPlan"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        PublicationRequest: {
            /** @description SHA-256 of a secret the bureau holds offline; omit to let the server draw one. */
            commitment?: string;
        };
        CeremonyRequest: {
            officials: {
                name: string;
                role: string;
                digits: string;
            }[];
            /** @description Only when the bureau supplied the commitment. */
            secret?: string;
        };
        RecusalRequest: {
            targetId: string;
            inspectorId: string;
            reason: string;
        };
        Recusal: {
            drawId?: string;
            targetId?: string;
            inspectorId?: string;
            reason?: string;
            replacementId?: string | null;
            /** Format: date-time */
            at?: string;
            team?: components["schemas"]["DrawTeam"];
        };
        TeamMemberView: {
            inspectorId?: string;
            name?: string;
            role?: components["schemas"]["InspectorRole"];
            roleLabel?: string;
            /** @enum {string} */
            kind?: "OFFICER" | "EXPERT";
        };
        InspectionTask: {
            id: string;
            planId: string;
            planName?: string;
            institutionId: string;
            institutionName?: string;
            countyCode?: components["schemas"]["RegionCode"];
            team: components["schemas"]["TeamMemberView"][];
            /** Format: date */
            dueDate: string;
            /**
             * @description ASSIGNED 已分派, CONCLUDED 已办结.
             * @enum {string}
             */
            status: "ASSIGNED" | "CONCLUDED";
            statusLabel: string;
            /** Format: date */
            concludedOn?: string | null;
            /** @description The finding that concluded it, if any. */
            findingId?: string | null;
            summary?: string | null;
            concludedBy?: string | null;
            /** Format: date */
            resultPublishedOn?: string | null;
            /**
             * Format: date
             * @description 20 working days after the conclusion on the working-day calendar in force (statutory holidays and adjusted working days 调休 counted).
             */
            publishBy?: string | null;
            /** @description True when publishBy reaches a year whose holiday notice is not loaded yet: its statutory holidays are counted, its adjusted working days are not known, so the day may still move. */
            publishByProvisional?: boolean;
            overdue: boolean;
            /** @description Whether the caller may conclude this task while it is ASSIGNED (a member of its team or an administrator of the plan's region); answered when one task is read. */
            mayConclude?: boolean;
        };
        InspectionTaskPage: {
            items: components["schemas"]["InspectionTask"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        TaskConclusion: {
            summary: string;
            /** Format: date */
            concludedOn?: string;
        };
        PublicResult: {
            taskId?: string;
            planId?: string;
            planName?: string;
            institutionId?: string;
            institutionName?: string;
            countyCode?: string;
            team?: components["schemas"]["PublicTeamMember"][];
            /** Format: date */
            concludedOn?: string;
            published?: boolean;
            /** Format: date */
            resultPublishedOn?: string | null;
            result?: string | null;
            /** Format: date */
            publishBy?: string;
            /** @description True when publishBy reaches a year whose holiday notice is not loaded yet. */
            publishByProvisional?: boolean;
            overdue?: boolean;
        };
        /** @description A team member as the public sees them (no usernames, no ids). */
        PublicTeamMember: {
            name?: string;
            role?: components["schemas"]["InspectorRole"];
        };
        PublicResultPage: {
            items: components["schemas"]["PublicResult"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /**
         * @description The published draw record (format read by inspection-service/verifier/Verifier.java). Its full JSON Schema,
         *     which the served record is tested against, is `records/draw-record.schema.json` in this api module.
         */
        DrawRecord: {
            planId?: string;
            ruleVersion?: string;
            commitment?: string;
            secret?: string;
            ceremony?: Record<string, never>[];
            seed?: string;
            populationHash?: string;
            forcedIn?: string[];
            forcedOut?: string[];
            /** @description code, percent, minimum, quota, shortfall, population, selected. */
            strata?: Record<string, never>[];
            /** Format: date */
            checkOn?: string;
            teamRule?: components["schemas"]["TeamRule"];
            targetCounties?: {
                [key: string]: string;
            };
            /** @description id, name, role, homeCountyCode, certificateValidUntil, affiliations, unavailable, specialties, openTasks. */
            roster?: Record<string, never>[];
            /** @description "inspectorId|institutionId" within the recusal window. */
            priorAssignments?: string[];
            initialTeams?: Record<string, never>[];
            recusals?: Record<string, never>[];
            teams?: Record<string, never>[];
            /** @description Credit-grade weights of a weighted draw (institution id → weight); empty when unweighted. */
            weights?: {
                [key: string]: number;
            };
        };
        NewCoverageRound: {
            /** @example 2025年第一次现场检查全覆盖（东江市） */
            name: string;
            regionCode: components["schemas"]["RegionCode"];
            /**
             * Format: date
             * @description First day of the window (inclusive).
             * @example 2025-05-01
             */
            windowFrom: string;
            /**
             * Format: date
             * @description Last day of the window (inclusive).
             * @example 2025-09-30
             */
            windowTo: string;
        };
        CoverageRound: {
            id: string;
            name: string;
            regionCode: components["schemas"]["RegionCode"];
            /** Format: date */
            windowFrom: string;
            /** Format: date */
            windowTo: string;
            /**
             * Format: int32
             * @description Designated institutions fixed at creation (whole round).
             */
            populationSize: number;
            /** @description SHA-256 (hex) of the sorted institution ids joined by \n. */
            populationHash: string;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        CoverageRoundPage: {
            items: components["schemas"]["CoverageRound"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        /**
         * @description PLANNED 未开始, IN_PROGRESS 进行中, COMPLETED 已全覆盖, OVERDUE 逾期未全覆盖 (window passed, some unchecked).
         * @enum {string}
         */
        CoverageRoundStatus: "PLANNED" | "IN_PROGRESS" | "COMPLETED" | "OVERDUE";
        CoverageTally: {
            /** Format: int32 */
            population: number;
            /** Format: int32 */
            checked: number;
            /** Format: int32 */
            unchecked: number;
            /**
             * Format: int32
             * @description Unchecked institutions once the window has passed (else 0).
             */
            overdue: number;
            /**
             * Format: double
             * @description checked ÷ population, 4 decimals, rounded down.
             * @example 0.6666
             */
            share: number;
        };
        CountyCoverage: {
            countyCode: components["schemas"]["RegionCode"];
            /**
             * @description County name from the region table.
             * @example 城东区（演示）
             */
            name: string;
            /** Format: int32 */
            population: number;
            /** Format: int32 */
            checked: number;
            /** Format: int32 */
            unchecked: number;
            /** Format: int32 */
            overdue: number;
            /**
             * Format: double
             * @example 1
             */
            share: number;
        };
        CoverageProgress: {
            round: components["schemas"]["CoverageRound"];
            /**
             * Format: date
             * @description Today (Asia/Shanghai).
             */
            asOf: string;
            status: components["schemas"]["CoverageRoundStatus"];
            /** @example 进行中 */
            statusLabel: string;
            total: components["schemas"]["CoverageTally"];
            counties: components["schemas"]["CountyCoverage"][];
        };
        UncheckedInstitution: {
            institutionId: string;
            /** @description Name as the directory showed it when the round was opened. */
            name: string;
            countyCode: components["schemas"]["RegionCode"];
            countyName: string;
            /** @description True once the window has passed. */
            overdue: boolean;
        };
        UncheckedPage: {
            items: components["schemas"]["UncheckedInstitution"][];
            /** Format: int32 */
            page: number;
            /** Format: int32 */
            size: number;
            /** Format: int64 */
            total: number;
        };
        NewCrossCheckPairing: {
            cityCode: components["schemas"]["RegionCode"];
            /** @description Counties of the city to pair (at least two, else 422 `too-few-counties`); absent or empty = all the city's counties in the region table. */
            counties?: components["schemas"]["RegionCode"][];
            /**
             * @description No two counties check each other (impossible with two).
             * @default true
             */
            noReciprocal: boolean;
            /** @description SHA-256 (hex) of a secret the caller keeps until the ceremony; absent = the server's secret. */
            commitment?: string;
        };
        PairingCeremony: {
            officials: components["schemas"]["CeremonyOfficial"][];
            /** @description The secret behind a supplied commitment. */
            secret?: string;
        };
        CeremonyOfficial: {
            /** @example 王局长 */
            name: string;
            /** @example 31415 */
            digits: string;
        };
        PairingCeremonyRecord: {
            officials: components["schemas"]["CeremonyOfficial"][];
            /** Format: date-time */
            fixedAt: string;
            /** @description The account that recorded the ceremony; staff only, absent from the public record. */
            fixedBy?: string | null;
        };
        /**
         * @description COMMITTED 承诺已公布, FIXED 已抽定.
         * @enum {string}
         */
        PairingStatus: "COMMITTED" | "FIXED";
        RankedCounty: {
            countyCode: components["schemas"]["RegionCode"];
            /** @description SHA-256(seed ‖ countyCode) in lower-case hex. */
            key: string;
        };
        CountyPair: {
            inspectedCounty: components["schemas"]["RegionCode"];
            inspectedCountyName: string;
            inspectingCounty: components["schemas"]["RegionCode"];
            inspectingCountyName: string;
        };
        CrossCheckPairing: {
            /**
             * @description Tells the verifier what record this is.
             * @enum {string}
             */
            kind: "county-pairing";
            id: string;
            cityCode: components["schemas"]["RegionCode"];
            counties: components["schemas"]["RegionCode"][];
            noReciprocal: boolean;
            status: components["schemas"]["PairingStatus"];
            /** @example 已抽定 */
            statusLabel: string;
            /** @description SHA-256(secret) in lower-case hex. */
            commitment: string;
            secretSupplied: boolean;
            ceremony?: components["schemas"]["PairingCeremonyRecord"] | null;
            /** @description Revealed once fixed. */
            secret?: string | null;
            /** @description digits1|digits2|...|secret, once fixed. */
            seed?: string | null;
            /** @description The counties in draw order with their keys (empty until fixed). */
            order: components["schemas"]["RankedCounty"][];
            /** @description For each inspected county the inspecting one, by inspected county (empty until fixed). */
            pairs: components["schemas"]["CountyPair"][];
            /** @description The account that committed the pairing; staff only, absent from the public record. */
            createdBy?: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        /** @description One person of a roster import (same fields and rules as NewInspector). */
        InspectorImportRow: {
            /** @example 张建国 */
            name: string;
            /**
             * @description InspectorRole code.
             * @example LAW_ENFORCEMENT_OFFICER
             */
            role: string;
            /** @example 99010220230001 */
            certificateNumber?: string;
            /**
             * Format: date
             * @example 2028-06-30
             */
            certificateValidUntil?: string;
            /** @example 990102 */
            homeCountyCode: string;
            /** @example 东江市城东区医疗保障局（演示） */
            employer?: string;
            /**
             * @example [
             *       "FINANCE"
             *     ]
             */
            specialties?: string[];
        };
        /** @description A bulk roster import and its progress. */
        RosterImportJob: {
            id: string;
            /**
             * @description QUEUED 排队中, RUNNING 导入中, COMPLETED 已完成, FAILED 失败
             * @enum {string}
             */
            status: "QUEUED" | "RUNNING" | "COMPLETED" | "FAILED";
            /** @example 已完成 */
            statusLabel: string;
            /**
             * @description The importing caller's region; the job is visible inside it.
             * @example 990100
             */
            regionCode: string;
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            finishedAt?: string | null;
            /** Format: int32 */
            rowsTotal: number;
            /** Format: int32 */
            rowsDone: number;
            /** Format: int32 */
            created: number;
            /** Format: int32 */
            updated: number;
            /** Format: int32 */
            unchanged: number;
            /**
             * Format: int32
             * @description Rows with an error (not stored).
             */
            failed: number;
            /**
             * Format: int32
             * @description All row errors (a row may have several).
             */
            errorCount: number;
            errorsTruncated: boolean;
            errors: components["schemas"]["RosterImportRowError"][];
            /** @description Why a FAILED job stopped. */
            failure?: string | null;
        };
        RosterImportRowError: {
            /**
             * Format: int32
             * @description 1-based data row (CSV header not counted; JSON index + 1).
             * @example 3
             */
            row: number;
            /** @example certificateNumber */
            field: string;
            /** @example 行政执法人员须登记行政执法证号 (a law-enforcement officer needs a certificate number) */
            reason: string;
        };
    };
    responses: {
        /** @description Invalid input (field violations listed). */
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
                 *       "instance": "/api/inspection/findings",
                 *       "violations": [
                 *         {
                 *           "field": "improperAmount",
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
        /** @description The caller's role does not allow this action, or (`outside-region`) it targets a region outside the caller's reach. */
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
                 *       "detail": "County 990203 lies outside your region 990100.",
                 *       "violations": [
                 *         {
                 *           "field": "homeCountyCode",
                 *           "message": "outside your region 990100"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not found, or outside the caller's region (indistinguishable on purpose). */
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
        /** @description Clashes with the current state (e.g. a certificate number already in the roster). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ybjg.org/problems/duplicate",
                 *       "title": "Already exists",
                 *       "status": 409,
                 *       "detail": "A record with the same unique identifier already exists."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Well-formed input that a domain rule forbids. */
        RuleViolated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "https://ybjg.org/problems/certificate-required",
                 *       "title": "Rule violated",
                 *       "status": 422,
                 *       "detail": "行政执法人员须登记行政执法证号 (a law-enforcement officer needs a certificate number)",
                 *       "violations": [
                 *         {
                 *           "field": "certificateNumber",
                 *           "message": "行政执法人员须登记行政执法证号 (a law-enforcement officer needs a certificate number)"
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description Page number, 0-based. */
        Page: number;
        /** @description Page size (at most 200). */
        Size: number;
        /**
         * @description Client-chosen key for safe retries. A repeated request with the same key and body from the same user returns
         *     the record the first request created (201, same body) and creates nothing new; the same key with another
         *     body is 422 `idempotency-key-reused`. Keys are per user.
         * @example 5f0c2a6e-1b7d-4f43-9a51-3d2f8e0c7b11
         */
        IdempotencyKey: string;
        /**
         * @description The coverage round's id.
         * @example 0192f3a4b5c6d7e8a1b2c400
         */
        RoundId: string;
        /**
         * @description The cross-check pairing's id.
         * @example 0192f3a4b5c6d7e8a1b2c500
         */
        PairingId: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    listDirectory: {
        parameters: {
            query?: {
                /**
                 * @description Narrow to a region inside the caller's reach (a county, or a city for all of its counties).
                 *     A region outside the caller's reach answers 404.
                 * @example 990102
                 */
                countyCode?: components["schemas"]["RegionCode"];
                /** @description Only institutions of this type. */
                type?: components["schemas"]["InstitutionType"];
                /** @description Only institutions of this level. */
                level?: components["schemas"]["InstitutionLevel"];
                /** @description Only institutions of this ownership. */
                ownership?: components["schemas"]["Ownership"];
                /** @description Only institutions in this agreement state. */
                agreementState?: components["schemas"]["AgreementState"];
                /**
                 * @description Part of the institution name (literal text, case-insensitive).
                 * @example 人民医院
                 */
                nameContains?: string;
                /** @description Page number, 0-based. */
                page?: components["parameters"]["Page"];
                /** @description Page size (at most 200). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of directory entries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "institutionId": "0192f3a4b5c6d7e8a1b2c3d4",
                     *           "nationalCode": "H99010200001",
                     *           "name": "东江市第一人民医院（演示）",
                     *           "type": "MEDICAL_INSTITUTION",
                     *           "typeLabel": "定点医疗机构",
                     *           "level": "TERTIARY",
                     *           "levelLabel": "三级",
                     *           "ownership": "PUBLIC",
                     *           "ownershipLabel": "公立",
                     *           "countyCode": "990102",
                     *           "agreementState": "ACTIVE",
                     *           "agreementStateLabel": "履行中",
                     *           "suspendedUntil": null,
                     *           "creditGrade": "A",
                     *           "registryVersion": 3,
                     *           "updatedAt": "2025-03-01T02:15:00Z"
                     *         }
                     *       ],
                     *       "page": 0,
                     *       "size": 20,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["DirectoryPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getDirectoryEntry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Institution id.
                 * @example 0192f3a4b5c6d7e8a1b2c3d4
                 */
                institutionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The directory entry. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "institutionId": "0192f3a4b5c6d7e8a1b2c3d4",
                     *       "nationalCode": "P99010300007",
                     *       "name": "城西康泰大药房（演示）",
                     *       "type": "PHARMACY",
                     *       "typeLabel": "定点零售药店",
                     *       "level": "ORDINARY_RETAIL",
                     *       "levelLabel": "普通定点零售药店",
                     *       "ownership": "PRIVATE",
                     *       "ownershipLabel": "民营/个体",
                     *       "countyCode": "990103",
                     *       "agreementState": "SUSPENDED",
                     *       "agreementStateLabel": "暂停",
                     *       "suspendedUntil": "2025-12-31",
                     *       "creditGrade": "C",
                     *       "registryVersion": 5,
                     *       "updatedAt": "2025-06-30T08:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["DirectoryEntry"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listInspectors: {
        parameters: {
            query?: {
                /** @description Narrow to a region inside the caller's reach (404 outside it). */
                countyCode?: components["schemas"]["RegionCode"];
                /** @description Only inspectors with this role. */
                role?: components["schemas"]["InspectorRole"];
                /** @description Page number, 0-based. */
                page?: components["parameters"]["Page"];
                /** @description Page size (at most 200). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the roster. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "0192f3a4b5c6d7e8a1b2c3f1",
                     *           "name": "王医生",
                     *           "role": "MEDICAL_EXPERT",
                     *           "roleLabel": "医疗专家",
                     *           "certificateNumber": null,
                     *           "certificateValidUntil": null,
                     *           "homeCountyCode": "990102",
                     *           "employer": "东江市第一人民医院（演示）",
                     *           "specialties": [
                     *             "MEDICAL"
                     *           ],
                     *           "specialtyLabels": [
                     *             "医疗"
                     *           ],
                     *           "registeredBy": "province-admin",
                     *           "registeredAt": "2025-03-01T02:15:00Z"
                     *         }
                     *       ],
                     *       "page": 0,
                     *       "size": 20,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["InspectorPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    registerInspector: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key for safe retries. A repeated request with the same key and body from the same user returns
                 *     the record the first request created (201, same body) and creates nothing new; the same key with another
                 *     body is 422 `idempotency-key-reused`. Keys are per user.
                 * @example 5f0c2a6e-1b7d-4f43-9a51-3d2f8e0c7b11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewInspector"];
            };
        };
        responses: {
            /** @description The inspector was added to the roster. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c3f0",
                     *       "name": "张建国",
                     *       "role": "LAW_ENFORCEMENT_OFFICER",
                     *       "roleLabel": "行政执法人员",
                     *       "certificateNumber": "99010220230001",
                     *       "certificateValidUntil": "2028-06-30",
                     *       "homeCountyCode": "990102",
                     *       "employer": "东江市城东区医疗保障局（演示）",
                     *       "specialties": [
                     *         "FINANCE"
                     *       ],
                     *       "specialtyLabels": [
                     *         "财务"
                     *       ],
                     *       "registeredBy": "province-admin",
                     *       "registeredAt": "2025-03-01T02:15:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Inspector"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolated"];
        };
    };
    listFindings: {
        parameters: {
            query?: {
                /** @description Only those of this institution. */
                institutionId?: string;
                /** @description Page number, 0-based. */
                page?: components["parameters"]["Page"];
                /** @description Page size (at most 200). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of findings. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "0192f3a4b5c6d7e8a1b2c3e9",
                     *           "institutionId": "0192f3a4b5c6d7e8a1b2c3d4",
                     *           "institutionName": "东江市第一人民医院（演示）",
                     *           "countyCode": "990102",
                     *           "category": "FRAUD",
                     *           "categoryLabel": "欺诈骗保",
                     *           "description": "虚构住院服务，伪造病历12份。",
                     *           "improperAmount": "56000.00",
                     *           "foundOn": "2025-03-01",
                     *           "recordedBy": "inspector",
                     *           "recordedAt": "2025-03-01T06:30:00Z"
                     *         }
                     *       ],
                     *       "page": 0,
                     *       "size": 20,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["FindingPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    recordFinding: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key for safe retries. A repeated request with the same key and body from the same user returns
                 *     the record the first request created (201, same body) and creates nothing new; the same key with another
                 *     body is 422 `idempotency-key-reused`. Keys are per user.
                 * @example 5f0c2a6e-1b7d-4f43-9a51-3d2f8e0c7b11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "institutionId": "0192f3a4b5c6d7e8a1b2c3d4",
                 *       "category": "GENERAL_VIOLATION",
                 *       "description": "2024年3月住院病历抽查发现重复收取静脉输液费，共42人次。",
                 *       "improperAmount": "12800.50",
                 *       "foundOn": "2025-03-01"
                 *     }
                 */
                "application/json": components["schemas"]["NewFinding"];
            };
        };
        responses: {
            /** @description The finding was recorded; its event will be published. */
            201: {
                headers: {
                    /** @description The finding's URL. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c3e9",
                     *       "institutionId": "0192f3a4b5c6d7e8a1b2c3d4",
                     *       "institutionName": "东江市第一人民医院（演示）",
                     *       "countyCode": "990102",
                     *       "category": "GENERAL_VIOLATION",
                     *       "categoryLabel": "一般违规",
                     *       "description": "2024年3月住院病历抽查发现重复收取静脉输液费，共42人次。",
                     *       "improperAmount": "12800.50",
                     *       "foundOn": "2025-03-01",
                     *       "recordedBy": "inspector",
                     *       "recordedAt": "2025-03-01T06:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Finding"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            422: components["responses"]["RuleViolated"];
        };
    };
    getFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Finding id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The finding. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c3e9",
                     *       "institutionId": "0192f3a4b5c6d7e8a1b2c3d4",
                     *       "institutionName": "东江市第一人民医院（演示）",
                     *       "countyCode": "990102",
                     *       "category": "MANAGEMENT",
                     *       "categoryLabel": "内部管理",
                     *       "description": "未按规定保存进销存台账。",
                     *       "improperAmount": "0.00",
                     *       "foundOn": "2025-03-01",
                     *       "recordedBy": "inspector",
                     *       "recordedAt": "2025-03-01T06:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Finding"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listCoverageRounds: {
        parameters: {
            query?: {
                /** @description Page number, 0-based. */
                page?: components["parameters"]["Page"];
                /** @description Page size (at most 200). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of rounds. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "0192f3a4b5c6d7e8a1b2c400",
                     *           "name": "2025年第一次现场检查全覆盖（东江市）",
                     *           "regionCode": "990100",
                     *           "windowFrom": "2025-05-01",
                     *           "windowTo": "2025-09-30",
                     *           "populationSize": 312,
                     *           "populationHash": "9f2c5b0e4a7d1c3b8e6f0a2d4c6e8b0a1c3e5f7a9b1d3f5a7c9e1b3d5f7a9c1e",
                     *           "createdBy": "city-admin",
                     *           "createdAt": "2025-04-28T02:00:00Z"
                     *         }
                     *       ],
                     *       "page": 0,
                     *       "size": 20,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["CoverageRoundPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
        };
    };
    openCoverageRound: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "2025年第一次现场检查全覆盖（东江市）",
                 *       "regionCode": "990100",
                 *       "windowFrom": "2025-05-01",
                 *       "windowTo": "2025-09-30"
                 *     }
                 */
                "application/json": components["schemas"]["NewCoverageRound"];
            };
        };
        responses: {
            /** @description The round was opened. */
            201: {
                headers: {
                    /**
                     * @description The round's progress URL.
                     * @example /api/inspection/coverage-rounds/0192f3a4b5c6d7e8a1b2c400/progress
                     */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c400",
                     *       "name": "2025年第一次现场检查全覆盖（东江市）",
                     *       "regionCode": "990100",
                     *       "windowFrom": "2025-05-01",
                     *       "windowTo": "2025-09-30",
                     *       "populationSize": 312,
                     *       "populationHash": "9f2c5b0e4a7d1c3b8e6f0a2d4c6e8b0a1c3e5f7a9b1d3f5a7c9e1b3d5f7a9c1e",
                     *       "createdBy": "city-admin",
                     *       "createdAt": "2025-04-28T02:00:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CoverageRound"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["RuleViolated"];
        };
    };
    getCoverageProgress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The coverage round's id.
                 * @example 0192f3a4b5c6d7e8a1b2c400
                 */
                id: components["parameters"]["RoundId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The progress as of today (Asia/Shanghai). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "round": {
                     *         "id": "0192f3a4b5c6d7e8a1b2c400",
                     *         "name": "2025年第一次现场检查全覆盖（东江市）",
                     *         "regionCode": "990100",
                     *         "windowFrom": "2025-05-01",
                     *         "windowTo": "2025-09-30",
                     *         "populationSize": 3,
                     *         "populationHash": "9f2c5b0e4a7d1c3b8e6f0a2d4c6e8b0a1c3e5f7a9b1d3f5a7c9e1b3d5f7a9c1e",
                     *         "createdBy": "city-admin",
                     *         "createdAt": "2025-04-28T02:00:00Z"
                     *       },
                     *       "asOf": "2025-10-08",
                     *       "status": "OVERDUE",
                     *       "statusLabel": "逾期未全覆盖",
                     *       "total": {
                     *         "population": 3,
                     *         "checked": 2,
                     *         "unchecked": 1,
                     *         "overdue": 1,
                     *         "share": 0.6666
                     *       },
                     *       "counties": [
                     *         {
                     *           "countyCode": "990102",
                     *           "name": "城东区（演示）",
                     *           "population": 2,
                     *           "checked": 2,
                     *           "unchecked": 0,
                     *           "overdue": 0,
                     *           "share": 1
                     *         },
                     *         {
                     *           "countyCode": "990103",
                     *           "name": "城西区（演示）",
                     *           "population": 1,
                     *           "checked": 0,
                     *           "unchecked": 1,
                     *           "overdue": 1,
                     *           "share": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CoverageProgress"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listUncheckedInstitutions: {
        parameters: {
            query?: {
                /** @description Narrow to a region inside the caller's reach (404 outside it). */
                countyCode?: components["schemas"]["RegionCode"];
                /** @description Page number, 0-based. */
                page?: components["parameters"]["Page"];
                /** @description Page size (at most 200). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path: {
                /**
                 * @description The coverage round's id.
                 * @example 0192f3a4b5c6d7e8a1b2c400
                 */
                id: components["parameters"]["RoundId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of unchecked institutions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "institutionId": "0192f3a4b5c6d7e8a1b2c3d4",
                     *           "name": "城西康泰大药房（演示）",
                     *           "countyCode": "990103",
                     *           "countyName": "城西区（演示）",
                     *           "overdue": true
                     *         }
                     *       ],
                     *       "page": 0,
                     *       "size": 20,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["UncheckedPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    commitCrossCheckPairing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewCrossCheckPairing"];
            };
        };
        responses: {
            /** @description The commitment is published; the pairing awaits its ceremony. */
            201: {
                headers: {
                    /**
                     * @description The public record.
                     * @example /api/inspection/public/cross-check-pairings/0192f3a4b5c6d7e8a1b2c500
                     */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossCheckPairing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["RuleViolated"];
        };
    };
    getCrossCheckPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The cross-check pairing's id.
                 * @example 0192f3a4b5c6d7e8a1b2c500
                 */
                id: components["parameters"]["PairingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pairing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossCheckPairing"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    fixCrossCheckPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The cross-check pairing's id.
                 * @example 0192f3a4b5c6d7e8a1b2c500
                 */
                id: components["parameters"]["PairingId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "officials": [
                 *         {
                 *           "name": "王局长",
                 *           "digits": "31415"
                 *         },
                 *         {
                 *           "name": "李科长",
                 *           "digits": "27182"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PairingCeremony"];
            };
        };
        responses: {
            /** @description The fixed pairing. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossCheckPairing"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolated"];
        };
    };
    getPublicCrossCheckPairing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The cross-check pairing's id.
                 * @example 0192f3a4b5c6d7e8a1b2c500
                 */
                id: components["parameters"]["PairingId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The public record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CrossCheckPairing"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    importInspectors: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example name,role,certificateNumber,certificateValidUntil,homeCountyCode,employer,specialties
                 *     张建国,LAW_ENFORCEMENT_OFFICER,99010220230001,2028-06-30,990102,东江市城东区医疗保障局（演示）,FINANCE
                 *     王医生,MEDICAL_EXPERT,,,990103,东江市第一人民医院（演示）,MEDICAL;DRUG
                 */
                "text/csv": string;
                /**
                 * @example [
                 *       {
                 *         "name": "张建国",
                 *         "role": "LAW_ENFORCEMENT_OFFICER",
                 *         "certificateNumber": "99010220230001",
                 *         "certificateValidUntil": "2028-06-30",
                 *         "homeCountyCode": "990102",
                 *         "employer": "东江市城东区医疗保障局（演示）",
                 *         "specialties": [
                 *           "FINANCE"
                 *         ]
                 *       }
                 *     ]
                 */
                "application/json": components["schemas"]["InspectorImportRow"][];
            };
        };
        responses: {
            /** @description Accepted; the import runs as the job named by `Location`. */
            202: {
                headers: {
                    /**
                     * @description URL of the import job
                     * @example /api/inspection/imports/0192f3a4b5c6d7e8a1b2c600
                     */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c600",
                     *       "status": "QUEUED",
                     *       "statusLabel": "排队中",
                     *       "regionCode": "990100",
                     *       "createdBy": "city-admin",
                     *       "createdAt": "2025-03-01T02:00:00Z",
                     *       "finishedAt": null,
                     *       "rowsTotal": 2,
                     *       "rowsDone": 0,
                     *       "created": 0,
                     *       "updated": 0,
                     *       "unchanged": 0,
                     *       "failed": 0,
                     *       "errorCount": 0,
                     *       "errorsTruncated": false,
                     *       "errors": []
                     *     }
                     */
                    "application/json": components["schemas"]["RosterImportJob"];
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
                     *       "detail": "The import body exceeds 10485760 bytes."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content type other than text/csv or application/json. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "Content-Type 'text/plain' is not supported."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRosterImportJob: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description Import job id, as returned when the file was uploaded.
                 * @example 0192f3a4b5c6d7e8a1b2c600
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
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c600",
                     *       "status": "COMPLETED",
                     *       "statusLabel": "已完成",
                     *       "regionCode": "990100",
                     *       "createdBy": "city-admin",
                     *       "createdAt": "2025-03-01T02:00:00Z",
                     *       "finishedAt": "2025-03-01T02:00:01Z",
                     *       "rowsTotal": 3,
                     *       "rowsDone": 3,
                     *       "created": 1,
                     *       "updated": 1,
                     *       "unchanged": 0,
                     *       "failed": 1,
                     *       "errorCount": 1,
                     *       "errorsTruncated": false,
                     *       "errors": [
                     *         {
                     *           "row": 3,
                     *           "field": "certificateNumber",
                     *           "reason": "行政执法人员须登记行政执法证号 (a law-enforcement officer needs a certificate number)"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["RosterImportJob"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
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
    listSamplingPlans: {
        parameters: {
            query?: {
                /** @description Narrow to a region inside the caller's reach (404 outside it). */
                regionCode?: components["schemas"]["RegionCode"];
                /** @description Only plans in this status. */
                status?: "DRAFT" | "PUBLISHED" | "SEEDED" | "DRAWN";
                /** @description Page number, 0-based. */
                page?: components["parameters"]["Page"];
                /** @description Page size (at most 200). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of plans. */
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
                    "application/json": components["schemas"]["SamplingPlanPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createSamplingPlan: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description Client-chosen key for safe retries. A repeated request with the same key and body from the same user returns
                 *     the record the first request created (201, same body) and creates nothing new; the same key with another
                 *     body is 422 `idempotency-key-reused`. Keys are per user.
                 * @example 5f0c2a6e-1b7d-4f43-9a51-3d2f8e0c7b11
                 */
                "Idempotency-Key"?: components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewSamplingPlan"];
            };
        };
        responses: {
            /** @description The draft plan. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c400",
                     *       "name": "东江市2026年第二轮抽查复查",
                     *       "kind": "RECHECK",
                     *       "kindLabel": "抽查复查",
                     *       "regionCode": "990100",
                     *       "status": "DRAFT",
                     *       "statusLabel": "草稿",
                     *       "taskCount": 0
                     *     }
                     */
                    "application/json": components["schemas"]["SamplingPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            422: components["responses"]["RuleViolated"];
        };
    };
    getSamplingPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection plan id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan with its publication, ceremony and draw summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c400",
                     *       "name": "东江市2026年第二轮抽查复查",
                     *       "kind": "RECHECK",
                     *       "kindLabel": "抽查复查",
                     *       "regionCode": "990100",
                     *       "status": "SEEDED",
                     *       "statusLabel": "已确定种子"
                     *     }
                     */
                    "application/json": components["schemas"]["SamplingPlan"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    reviseSamplingPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection plan id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "东江市2026年第二轮抽查复查（修订）",
                 *       "kind": "RECHECK",
                 *       "regionCode": "990100",
                 *       "period": {
                 *         "from": "2026-10-01",
                 *         "to": "2026-10-31"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NewSamplingPlan"];
            };
        };
        responses: {
            /** @description The revised draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c400",
                     *       "name": "东江市2026年第二轮抽查复查",
                     *       "kind": "RECHECK",
                     *       "kindLabel": "抽查复查",
                     *       "regionCode": "990100",
                     *       "status": "DRAFT",
                     *       "statusLabel": "草稿"
                     *     }
                     */
                    "application/json": components["schemas"]["SamplingPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolated"];
        };
    };
    patchSamplingPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection plan id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "东江市2026年第二轮抽查复查",
                 *       "kind": "RECHECK",
                 *       "regionCode": "990100",
                 *       "period": {
                 *         "from": "2026-10-01",
                 *         "to": "2026-10-31"
                 *       },
                 *       "teamRule": {
                 *         "officers": 3,
                 *         "crossCheck": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["SamplingPlanChanges"];
            };
        };
        responses: {
            /** @description The changed draft. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c400",
                     *       "name": "东江市2026年第二轮抽查复查",
                     *       "kind": "RECHECK",
                     *       "kindLabel": "抽查复查",
                     *       "regionCode": "990100",
                     *       "status": "DRAFT",
                     *       "statusLabel": "草稿"
                     *     }
                     */
                    "application/json": components["schemas"]["SamplingPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolated"];
        };
    };
    publishSamplingPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection plan id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PublicationRequest"];
            };
        };
        responses: {
            /** @description The published plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c400",
                     *       "name": "东江市2026年第二轮抽查复查",
                     *       "kind": "RECHECK",
                     *       "kindLabel": "抽查复查",
                     *       "regionCode": "990100",
                     *       "status": "PUBLISHED",
                     *       "statusLabel": "已公布",
                     *       "publication": {
                     *         "populationSize": 412,
                     *         "commitment": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SamplingPlan"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolated"];
        };
    };
    fixSamplingSeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection plan id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "officials": [
                 *         {
                 *           "name": "赵明",
                 *           "role": "市医保局副局长",
                 *           "digits": "314159"
                 *         },
                 *         {
                 *           "name": "钱红",
                 *           "role": "驻局纪检监察组",
                 *           "digits": "271828"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CeremonyRequest"];
            };
        };
        responses: {
            /** @description The seeded plan with the ceremony and the revealed secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c400",
                     *       "name": "东江市2026年第二轮抽查复查",
                     *       "kind": "RECHECK",
                     *       "kindLabel": "抽查复查",
                     *       "regionCode": "990100",
                     *       "status": "SEEDED",
                     *       "statusLabel": "已确定种子",
                     *       "ceremony": {
                     *         "seed": "314159|271828|4f1c…"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SamplingPlan"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolated"];
        };
    };
    runSamplingDraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection plan id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The drawn plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c400",
                     *       "name": "东江市2026年第二轮抽查复查",
                     *       "kind": "RECHECK",
                     *       "kindLabel": "抽查复查",
                     *       "regionCode": "990100",
                     *       "status": "DRAWN",
                     *       "statusLabel": "已抽取",
                     *       "taskCount": 57
                     *     }
                     */
                    "application/json": components["schemas"]["SamplingPlan"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolated"];
        };
    };
    declareRecusal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Draw id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "targetId": "0192f3a4b5c6d7e8a1b2c3d4",
                 *       "inspectorId": "0192f3a4b5c6d7e8a1b2c3f0",
                 *       "reason": "配偶在该院任职"
                 *     }
                 */
                "application/json": components["schemas"]["RecusalRequest"];
            };
        };
        responses: {
            /** @description The recorded recusal and the team as it now stands. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "drawId": "0192f3a4b5c6d7e8a1b2c400",
                     *       "targetId": "0192f3a4b5c6d7e8a1b2c3d4",
                     *       "inspectorId": "0192f3a4b5c6d7e8a1b2c3f0",
                     *       "reason": "配偶在该院任职",
                     *       "replacementId": "0192f3a4b5c6d7e8a1b2c3f7"
                     *     }
                     */
                    "application/json": components["schemas"]["Recusal"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolated"];
        };
    };
    listInspectionTasks: {
        parameters: {
            query?: {
                /** @description Narrow to a region inside the caller's reach (404 outside it). */
                countyCode?: components["schemas"]["RegionCode"];
                /** @description Only tasks in this status. */
                status?: "ASSIGNED" | "CONCLUDED";
                /** @description Only those of this institution. */
                institutionId?: string;
                /** @description Only those of this inspection plan. */
                planId?: string;
                /** @description Page number, 0-based. */
                page?: components["parameters"]["Page"];
                /** @description Page size (at most 200). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tasks. */
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
                    "application/json": components["schemas"]["InspectionTaskPage"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getInspectionTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection task id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c500",
                     *       "planId": "0192f3a4b5c6d7e8a1b2c400",
                     *       "institutionId": "0192f3a4b5c6d7e8a1b2c3d4",
                     *       "team": [
                     *         {
                     *           "inspectorId": "0192f3a4b5c6d7e8a1b2c301",
                     *           "name": "李明（演示）",
                     *           "kind": "OFFICER"
                     *         }
                     *       ],
                     *       "dueDate": "2026-10-31",
                     *       "status": "ASSIGNED",
                     *       "statusLabel": "已分派",
                     *       "overdue": false
                     *     }
                     */
                    "application/json": components["schemas"]["InspectionTask"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    concludeInspectionTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection task id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "summary": "现场检查未发现违规使用医保基金问题",
                 *       "concludedOn": "2026-10-20"
                 *     }
                 */
                "application/json": components["schemas"]["TaskConclusion"];
            };
        };
        responses: {
            /** @description The concluded task. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c500",
                     *       "planId": "0192f3a4b5c6d7e8a1b2c400",
                     *       "institutionId": "0192f3a4b5c6d7e8a1b2c3d4",
                     *       "team": [
                     *         {
                     *           "inspectorId": "0192f3a4b5c6d7e8a1b2c301",
                     *           "name": "李明（演示）",
                     *           "kind": "OFFICER"
                     *         }
                     *       ],
                     *       "dueDate": "2026-10-31",
                     *       "status": "CONCLUDED",
                     *       "statusLabel": "已办结",
                     *       "publishBy": "2026-11-17",
                     *       "overdue": false
                     *     }
                     */
                    "application/json": components["schemas"]["InspectionTask"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            422: components["responses"]["RuleViolated"];
        };
    };
    publishInspectionResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection task id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task with its publication day. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c500",
                     *       "planId": "0192f3a4b5c6d7e8a1b2c400",
                     *       "institutionId": "0192f3a4b5c6d7e8a1b2c3d4",
                     *       "team": [
                     *         {
                     *           "inspectorId": "0192f3a4b5c6d7e8a1b2c301",
                     *           "name": "李明（演示）",
                     *           "kind": "OFFICER"
                     *         }
                     *       ],
                     *       "dueDate": "2026-10-31",
                     *       "status": "CONCLUDED",
                     *       "statusLabel": "已办结",
                     *       "resultPublishedOn": "2026-10-22",
                     *       "overdue": false
                     *     }
                     */
                    "application/json": components["schemas"]["InspectionTask"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
        };
    };
    listPublicPlans: {
        parameters: {
            query?: {
                /** @description Six-digit administrative division code: only this region. */
                regionCode?: components["schemas"]["RegionCode"];
                /** @description Page number, 0-based. */
                page?: components["parameters"]["Page"];
                /** @description Page size (at most 200). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of published plans. */
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
                    "application/json": components["schemas"]["SamplingPlanPage"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
    getPublicPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection plan id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0192f3a4b5c6d7e8a1b2c400",
                     *       "name": "东江市2026年第二轮抽查复查",
                     *       "kind": "RECHECK",
                     *       "kindLabel": "抽查复查",
                     *       "regionCode": "990100",
                     *       "status": "DRAWN",
                     *       "statusLabel": "已抽取",
                     *       "publication": {
                     *         "commitment": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["SamplingPlan"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    downloadPopulationSnapshot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Inspection plan id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example stratum,institutionId
                     *     TERTIARY,0192f3a4b5c6d7e8a1b2c3d4
                     */
                    "text/csv": string;
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    getDrawRecord: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Draw id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "planId": "0192f3a4b5c6d7e8a1b2c400",
                     *       "seed": "314159|271828|4f1c…",
                     *       "strata": [],
                     *       "teams": []
                     *     }
                     */
                    "application/json": components["schemas"]["DrawRecord"];
                };
            };
            404: components["responses"]["NotFound"];
        };
    };
    listPublicResults: {
        parameters: {
            query?: {
                /** @description Six-digit administrative division code: only this region. */
                regionCode?: components["schemas"]["RegionCode"];
                /** @description Only those of this inspection plan. */
                planId?: string;
                /** @description Page number, 0-based. */
                page?: components["parameters"]["Page"];
                /** @description Page size (at most 200). */
                size?: components["parameters"]["Size"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "taskId": "0192f3a4b5c6d7e8a1b2c500",
                     *           "institutionName": "北原市第一人民医院",
                     *           "published": false,
                     *           "overdue": true
                     *         }
                     *       ],
                     *       "page": 0,
                     *       "size": 20,
                     *       "total": 1
                     *     }
                     */
                    "application/json": components["schemas"]["PublicResultPage"];
                };
            };
            400: components["responses"]["BadRequest"];
        };
    };
}
