// Generated from reporting-service/api/src/main/resources/openapi/reporting.yaml by scripts/gen-api.mjs (npm run gen:api). Do not edit.
export type paths = {
    "/api/reports/counties/{countyCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Key figures of one county
         * @description The figures of one county (区县) computed from the facts received so far. A county without any data
         *     answers with zeros. An unknown county code, a code that is not a county (a city or province), or a county
         *     outside the caller's region answers 404.
         */
        get: operations["getCountySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/counties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Key figures of every county in a region, with totals
         * @description The figures of every county in the caller's region, or in the narrower `region` asked for, sorted by
         *     county code, and the totals of the region. Counties without data are listed with zeros, so the list is
         *     exactly the region's counties from the region table (including county-level cities directly under the
         *     province). The list is bounded by the region table and therefore not paged. A `region` outside the
         *     caller's region, or unknown, answers 404.
         */
        get: operations["listCountySummaries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/openapi.yaml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description The contract of the reporting service, public (no token needed).
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
         * @description Registered designated institutions by type. Labels: MEDICAL_INSTITUTION 定点医疗机构, PHARMACY 定点零售药店
         *     (also given in `institutionTypeLabels`).
         */
        InstitutionsByType: {
            /**
             * Format: int64
             * @description designated medical institutions (定点医疗机构)
             * @example 12
             */
            MEDICAL_INSTITUTION: number;
            /**
             * Format: int64
             * @description designated retail pharmacies (定点零售药店)
             * @example 30
             */
            PHARMACY: number;
        };
        /** @description zh-CN labels of the institution type codes used as keys of `institutionsByType`. */
        InstitutionTypeLabels: {
            /** @example 定点医疗机构 */
            MEDICAL_INSTITUTION: string;
            /** @example 定点零售药店 */
            PHARMACY: string;
        };
        /** @description The key figures shared by a county summary and a region's totals. */
        Figures: {
            /**
             * Format: int64
             * @description designated institutions registered (已登记定点医药机构), whatever their agreement state
             * @example 42
             */
            institutions: number;
            institutionsByType: components["schemas"]["InstitutionsByType"];
            institutionTypeLabels: components["schemas"]["InstitutionTypeLabels"];
            /**
             * Format: int64
             * @description institutions whose service agreement is in force (协议履行中)
             * @example 40
             */
            agreementsActive: number;
            /**
             * Format: int64
             * @description institutions whose service agreement is suspended (暂停医保服务), wholly or for departments
             * @example 1
             */
            agreementsSuspended: number;
            /**
             * Format: int64
             * @description institutions whose service agreement was terminated (解除协议)
             * @example 1
             */
            agreementsTerminated: number;
            /**
             * Format: int64
             * @description findings recorded by inspections (检查发现问题)
             * @example 7
             */
            findings: number;
            /**
             * Format: int64
             * @description cases opened (立案)
             * @example 5
             */
            casesOpened: number;
            /**
             * Format: int64
             * @description decisions issued on cases (处理决定)
             * @example 3
             */
            decisions: number;
            /**
             * Format: int64
             * @description agreement suspensions ordered by decisions (SUSPEND_AGREEMENT measures, 暂停医保服务)
             * @example 1
             */
            suspensionsDecided: number;
            /**
             * @description sum of the fines of the decisions in yuan (罚款金额合计, 元), two decimals
             * @example 30000.00
             */
            finesDecided: string;
            /**
             * Format: date-time
             * @description time of the latest event reflected in these figures (UTC); null when there is no data yet
             * @example 2025-03-14T02:30:00Z
             */
            asOf?: string | null;
        };
        /** @description The key figures of one county (区县监管概况). */
        CountySummary: {
            /**
             * @description GB/T 2260 county code
             * @example 990102
             */
            countyCode: string;
            /**
             * @description county name from the region table
             * @example 东江市城东区（演示）
             */
            countyName: string;
        } & components["schemas"]["Figures"];
        /** @description The totals of a region over its counties (合计). */
        RegionTotals: {
            /**
             * @description GB/T 2260 code of the region summed
             * @example 990100
             */
            region: string;
            /** @example 示范省东江市（演示） */
            regionName: string;
            /**
             * Format: int32
             * @description number of counties summed
             * @example 4
             */
            counties: number;
        } & components["schemas"]["Figures"];
        CountySummaryList: {
            /** @description every county of the region, sorted by county code */
            items: components["schemas"]["CountySummary"][];
            totals: components["schemas"]["RegionTotals"];
        };
        Violation: {
            /** @example countyCode */
            field: string;
            /** @example must match "^[0-9]{6}$" */
            message: string;
        };
        /** @description RFC 9457 problem detail; `type` is stable and clients may switch on it. */
        Problem: {
            /**
             * Format: uri
             * @example https://ybjg.org/problems/not-found
             */
            type?: string;
            /** @example Not found */
            title?: string;
            /**
             * Format: int32
             * @example 404
             */
            status?: number;
            /** @example county 990102 not found */
            detail?: string;
            /**
             * @description The request path (a relative URI reference), as Spring sets it.
             * @example /api/reports/counties/990102
             */
            instance?: string;
            violations?: components["schemas"]["Violation"][];
        };
    };
    responses: {
        /** @description Invalid input; `violations` names the fields. */
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
                 *       "detail": "The request has invalid parameters.",
                 *       "instance": "/api/reports/counties",
                 *       "violations": [
                 *         {
                 *           "field": "region",
                 *           "message": "must match \"^[0-9]{6}$\""
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
        /** @description The caller's role does not allow this action. */
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
        /** @description Unknown county or region, or one outside the caller's region (no difference is revealed). */
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
                 *       "detail": "county 990102 not found",
                 *       "instance": "/api/reports/counties/990102"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /** @description GB/T 2260 code of a county (区县), e.g. 990102. */
        CountyCode: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    getCountySummary: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description GB/T 2260 code of a county (区县), e.g. 990102. */
                countyCode: components["parameters"]["CountyCode"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The county's figures. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountySummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    listCountySummaries: {
        parameters: {
            query?: {
                /** @description GB/T 2260 code of a region inside the caller's region (province, city or county); default the caller's region. */
                region?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region's counties and totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CountySummaryList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
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
            /** @description The OpenAPI 3.0.3 document in YAML. */
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
