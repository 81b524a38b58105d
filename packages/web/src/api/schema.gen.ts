// Generated from the server's /openapi.json by `npm run api:types` (packages/server/src/openapi-types.test.ts). Do not edit.

export interface paths {
    "/api/v1/address-lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Hotline intake: household addresses and compound/building/grid names in the intake scope, each with its grid */
        get: {
            parameters: {
                query: {
                    limit?: number;
                    /** @description part of an address, or of a compound, building or grid name */
                    q: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                grid: {
                                    code: string;
                                    id: number;
                                    name: string;
                                };
                                kind: "household" | "compound" | "building" | "grid";
                                /** @description the address or the place name (never who lives there) */
                                label: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    item: "visit-compliance" | "case-timeliness" | "satisfaction" | "diary-compliance" | "excellent-diary" | "attendance" | "verification" | "rewards-penalties" | "supervision";
                    level: "worker" | "grid" | "workstation" | "community";
                    /** @description YYYY-MM (monthly) or YYYY (yearly) */
                    period: string;
                    regionId?: number;
                    subjectId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            part: {
                                done: number;
                                /** @enum {string} */
                                item: "visit-compliance" | "case-timeliness" | "satisfaction" | "diary-compliance" | "excellent-diary" | "attendance" | "verification" | "rewards-penalties" | "supervision";
                                of: number;
                                points: number;
                                rule: string;
                                value: number;
                                weight: number;
                            };
                            period: string;
                            records: {
                                counts: "done" | "missed" | "excused" | "points";
                                date: string | null;
                                label: string;
                                outcome: string;
                                ref: {
                                    id: number;
                                    type: string;
                                } | null;
                                value?: number;
                            }[];
                            subject: {
                                id: number;
                                name: string;
                                /** @enum {string} */
                                type: "worker" | "grid" | "workstation" | "community";
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/assessment/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    /** @description xlsx downloads the ranking as a workbook */
                    format?: "json" | "xlsx";
                    level: "worker" | "grid" | "workstation" | "community";
                    /** @description YYYY-MM (monthly) or YYYY (yearly) */
                    period: string;
                    regionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            items: {
                                parts: {
                                    done: number;
                                    /** @enum {string} */
                                    item: "visit-compliance" | "case-timeliness" | "satisfaction" | "diary-compliance" | "excellent-diary" | "attendance" | "verification" | "rewards-penalties" | "supervision";
                                    of: number;
                                    points: number;
                                    rule: string;
                                    value: number;
                                    weight: number;
                                }[];
                                rank: number;
                                score: number;
                                subject: {
                                    id: number;
                                    name: string;
                                    /** @enum {string} */
                                    type: "worker" | "grid" | "workstation" | "community";
                                };
                            }[];
                            /** @enum {string} */
                            level: "worker" | "grid" | "workstation" | "community";
                            period: string;
                            policyVersion: number | null;
                            regionId: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    before?: number;
                    entity?: string;
                    entityId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            action: string;
                            actor: {
                                id: number;
                                username: string;
                            } | null;
                            after: unknown;
                            /** Format: date-time */
                            at: string;
                            before: unknown;
                            entity: string;
                            entityId: string | null;
                            id: number;
                            regionId: number | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            user: {
                                abilities: {
                                    /** @description reads scores and rankings of the area */
                                    assessment: boolean;
                                    /** @description may set receivedAt when taking in a case (paper records) */
                                    backEnterCases: boolean;
                                    /** @description takes in reporters who ask to stay confidential (hotline operators, A9.4) */
                                    confidentialIntake: boolean;
                                    /** @description convenes meetings somewhere in scope */
                                    conveneMeetings: boolean;
                                    /** @description keeps, reviews or transcribes field diaries (A5) */
                                    diaries: boolean;
                                    /** @description transcribes paper notebooks for others */
                                    diaryBackEnter: boolean;
                                    /** @description reads and reviews the area's diary entries (A5.6) */
                                    diaryReview: boolean;
                                    /** @description works a due list of visits (我的走访) and lands on it: registers households bound to a grid (A7.2) */
                                    dueVisits: boolean;
                                    editCalendar: boolean;
                                    editPolicy: boolean;
                                    /** @description may take in cases (somewhere in scope) */
                                    fileCases: boolean;
                                    /** @description keeps or reads the hotline register (A9.2) */
                                    hotlineRegister: boolean;
                                    /** @description registers households and residents, records visits and imports the roster somewhere in scope (A11.1) */
                                    householdEdit: boolean;
                                    /** @description reads household records somewhere in scope (A11.1) */
                                    households: boolean;
                                    /** @description the source a case this user takes in starts with: field for grid workers and leaders, hotline for hotline operators, else walk-in */
                                    intakeSource: "field" | "hotline" | "walk-in";
                                    /** @description manages Open311 clients (administrators) */
                                    manageOpen311: boolean;
                                    manageRegions: boolean;
                                    manageUsers: boolean;
                                    /** @description takes part in meetings somewhere in scope (A4, C6) */
                                    meetings: boolean;
                                    /** @description reads other people's member profiles (成员档案) somewhere in scope */
                                    memberProfiles: boolean;
                                    /** @description holds the monthly analysis meeting (C5.1): a grid leader, or anyone bound above the grid level */
                                    monthlyAnalysis: boolean;
                                    /** @description proposes and approves rewards and penalties (A10) */
                                    proposeRewards: boolean;
                                    /** @description reads rewards and penalties: their own, or their area as an assessor (A10) */
                                    rewards: boolean;
                                    /** @description runs training sessions with roll call (the grid office, A6) */
                                    runTraining: boolean;
                                    /** @description writes the monthly supervision reports (C8) somewhere in scope */
                                    supervisionReports: boolean;
                                    /** @description a team member: keeps a diary, records self-study (A5.2, A6) */
                                    teamMember: boolean;
                                    /** @description reads training sessions (A6) */
                                    trainings: boolean;
                                    /** @description reads verification draws, tasks and the per-area summary (A8.2, A8.3) */
                                    verification: boolean;
                                    viewAudit: boolean;
                                    viewDeliveries: boolean;
                                    /** @description reads visit compliance: a household reader bound above the grid level, or a grid leader for their grid (A7.2, A8.2, A11.1) */
                                    visitCompliance: boolean;
                                };
                                displayName: string;
                                id: number;
                                roles: {
                                    id: number;
                                    regionId: number;
                                    regionName: string;
                                    regionType: "district" | "street" | "town" | "community" | "workstation" | "grid" | "compound" | "building";
                                    role: "admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer";
                                }[];
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            demo: boolean;
                            user: {
                                abilities: {
                                    /** @description reads scores and rankings of the area */
                                    assessment: boolean;
                                    /** @description may set receivedAt when taking in a case (paper records) */
                                    backEnterCases: boolean;
                                    /** @description takes in reporters who ask to stay confidential (hotline operators, A9.4) */
                                    confidentialIntake: boolean;
                                    /** @description convenes meetings somewhere in scope */
                                    conveneMeetings: boolean;
                                    /** @description keeps, reviews or transcribes field diaries (A5) */
                                    diaries: boolean;
                                    /** @description transcribes paper notebooks for others */
                                    diaryBackEnter: boolean;
                                    /** @description reads and reviews the area's diary entries (A5.6) */
                                    diaryReview: boolean;
                                    /** @description works a due list of visits (我的走访) and lands on it: registers households bound to a grid (A7.2) */
                                    dueVisits: boolean;
                                    editCalendar: boolean;
                                    editPolicy: boolean;
                                    /** @description may take in cases (somewhere in scope) */
                                    fileCases: boolean;
                                    /** @description keeps or reads the hotline register (A9.2) */
                                    hotlineRegister: boolean;
                                    /** @description registers households and residents, records visits and imports the roster somewhere in scope (A11.1) */
                                    householdEdit: boolean;
                                    /** @description reads household records somewhere in scope (A11.1) */
                                    households: boolean;
                                    /** @description the source a case this user takes in starts with: field for grid workers and leaders, hotline for hotline operators, else walk-in */
                                    intakeSource: "field" | "hotline" | "walk-in";
                                    /** @description manages Open311 clients (administrators) */
                                    manageOpen311: boolean;
                                    manageRegions: boolean;
                                    manageUsers: boolean;
                                    /** @description takes part in meetings somewhere in scope (A4, C6) */
                                    meetings: boolean;
                                    /** @description reads other people's member profiles (成员档案) somewhere in scope */
                                    memberProfiles: boolean;
                                    /** @description holds the monthly analysis meeting (C5.1): a grid leader, or anyone bound above the grid level */
                                    monthlyAnalysis: boolean;
                                    /** @description proposes and approves rewards and penalties (A10) */
                                    proposeRewards: boolean;
                                    /** @description reads rewards and penalties: their own, or their area as an assessor (A10) */
                                    rewards: boolean;
                                    /** @description runs training sessions with roll call (the grid office, A6) */
                                    runTraining: boolean;
                                    /** @description writes the monthly supervision reports (C8) somewhere in scope */
                                    supervisionReports: boolean;
                                    /** @description a team member: keeps a diary, records self-study (A5.2, A6) */
                                    teamMember: boolean;
                                    /** @description reads training sessions (A6) */
                                    trainings: boolean;
                                    /** @description reads verification draws, tasks and the per-area summary (A8.2, A8.3) */
                                    verification: boolean;
                                    viewAudit: boolean;
                                    viewDeliveries: boolean;
                                    /** @description reads visit compliance: a household reader bound above the grid level, or a grid leader for their grid (A7.2, A8.2, A11.1) */
                                    visitCompliance: boolean;
                                };
                                displayName: string;
                                id: number;
                                roles: {
                                    id: number;
                                    regionId: number;
                                    regionName: string;
                                    regionType: "district" | "street" | "town" | "community" | "workstation" | "grid" | "compound" | "building";
                                    role: "admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer";
                                }[];
                                username: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/basemap": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    regionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the base map near the grids in scope (RFC 7946) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": {
                            features: {
                                /** @description LineString (roads) or Polygon (compounds, buildings) */
                                geometry: unknown;
                                properties: {
                                    kind: "major-road" | "road" | "compound" | "building";
                                    name: string | null;
                                };
                                /** @enum {string} */
                                type: "Feature";
                            }[];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query: {
                    dryRun?: boolean;
                    regionId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            features: number;
                            kinds: {
                                [key: string]: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar-feeds/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the iCal feed (RFC 5545) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/add-working-days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    days: number;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            provisional: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            kind: string;
                            name?: string;
                            provisional: boolean;
                            source: string;
                            workday: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            kind: "workday" | "holiday";
                            note: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/overrides/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    date: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "workday" | "holiday";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            kind: "workday" | "holiday";
                            note: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: "library" | "confirmed" | "provisional";
                            year: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/years/{year}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the notice text, one holiday per line */
                        text: string;
                    } | {
                        holidays: {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD (Asia/Shanghai)
                             */
                            from: string;
                            name: string;
                            /**
                             * Format: date
                             * @description YYYY-MM-DD (Asia/Shanghai)
                             */
                            to: string;
                        }[];
                        workdays: (string | {
                            /**
                             * Format: date
                             * @description YYYY-MM-DD (Asia/Shanghai)
                             */
                            date: string;
                            name?: string;
                        })[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            overrides: number;
                            status: string;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            defaultTier: string | null;
                            defaultUnit: string | null;
                            labelEn: string;
                            labelZh: string;
                            sort: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-categories/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                        defaultTier: string | null;
                        defaultUnit: string | null;
                        labelEn: string;
                        labelZh: string;
                        sort: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            defaultTier: string | null;
                            defaultUnit: string | null;
                            labelEn: string;
                            labelZh: string;
                            sort: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Cases in scope by urgency; with withTotal=true the X-Total-Count header counts every match */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    /** @description received on or after this day (YYYY-MM-DD, Asia/Shanghai) */
                    from?: string;
                    gridId?: number;
                    /** @description cases reported from this household's visits */
                    householdId?: number;
                    limit?: number;
                    mine?: boolean;
                    offset?: number;
                    /** @description keyword in title, description, address, or the case number (never the reporter) */
                    q?: string;
                    /** @description the cases of every grid under this region */
                    regionId?: number;
                    source?: "field" | "walk-in" | "hotline" | "online" | "meeting" | "superior" | "open311";
                    status?: string;
                    /** @description received on or before this day (YYYY-MM-DD, Asia/Shanghai) */
                    to?: string;
                    /** @description also count every matching case: the X-Total-Count header */
                    withTotal?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                actions: ("accept" | "reject" | "merge" | "resolve-on-spot" | "escalate" | "assign" | "transfer" | "start" | "request-extension" | "decide-extension" | "respond" | "feedback" | "verify" | "close" | "archive" | "reopen")[];
                                addPhoto: boolean;
                                /** @description the kinds of annotation the caller may add here (批注) */
                                annotate: ("hotline-note" | "supervision-note" | "reminder" | "hot-flag")[];
                                revealReporter: boolean;
                            };
                            address: string | null;
                            caseClass: string;
                            category: string;
                            classConfirmed: boolean;
                            closure: {
                                /** @description ISO 8601 with +08:00 */
                                completedAt: string;
                                details: string;
                                handler: string;
                                handlingUnit: string;
                            } | null;
                            /** @description ISO 8601 with +08:00 */
                            deadline: string;
                            deadlineProvisional: boolean;
                            description: string;
                            escalations: number;
                            extension: {
                                /** @description ISO 8601 with +08:00 */
                                proposedDeadline: string;
                                reason: string;
                                /** @description ISO 8601 with +08:00 */
                                requestedAt: string;
                                requestedBy: number;
                            } | null;
                            feedback: {
                                note: string | null;
                                satisfaction: "satisfied" | "basically-satisfied" | "unsatisfied";
                            } | null;
                            gridId: number;
                            handlerId: number | null;
                            handlingUnit: string | null;
                            id: number;
                            light: "green" | "yellow" | "red";
                            location: {
                                lat: number;
                                lng: number;
                            } | null;
                            mergedInto: number | null;
                            /** @description ISO 8601 with +08:00 */
                            metAt: string | null;
                            onTime: boolean | null;
                            /** @description the first-inquiry owner (A1.7) */
                            ownerId: number;
                            /** @description the people the timeline names by id in its details (handler, transfer target, owners, requester), with their names */
                            people?: {
                                id: number;
                                name: string | null;
                            }[];
                            photos?: {
                                contentType: string;
                                id: number;
                                size: number;
                            }[];
                            policyVersion: number;
                            /** @description ISO 8601 with +08:00 */
                            receivedAt: string;
                            reopenCount: number;
                            /** @description A9.4 C3 D10: confidential reporters fully masked */
                            reporter?: {
                                anonymous: boolean;
                                confidential: boolean;
                                masked: boolean;
                                name: string | null;
                                /** @description masked; the full number only through POST /cases/:id/reporter/reveal */
                                phone: string | null;
                            } | null;
                            source: "field" | "walk-in" | "hotline" | "online" | "meeting" | "superior" | "open311";
                            status: "received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened";
                            tier: string;
                            timeline?: {
                                action: string;
                                actor: {
                                    id: number;
                                    name: string | null;
                                } | null;
                                at: string;
                                /** @description the action's fields (reason, handler, deadline moves, …) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: ("received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened") | (never | null);
                                seq: number;
                                toStatus: ("received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened") | (never | null);
                            }[];
                            title: string;
                            version: number;
                            visitId: number | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the address the reporter gave (searchable at the desk) */
                        address?: string;
                        caseClass: string;
                        category: string;
                        description: string;
                        gridId?: number;
                        location?: {
                            lat: number;
                            lng: number;
                        };
                        /** Format: date-time */
                        receivedAt?: string;
                        reporter?: {
                            anonymous?: boolean;
                            confidential?: boolean;
                            name?: string;
                            phone?: string;
                        };
                        source: "field" | "walk-in" | "hotline" | "online" | "meeting" | "superior" | "open311";
                        title: string;
                        visitId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                actions: ("accept" | "reject" | "merge" | "resolve-on-spot" | "escalate" | "assign" | "transfer" | "start" | "request-extension" | "decide-extension" | "respond" | "feedback" | "verify" | "close" | "archive" | "reopen")[];
                                addPhoto: boolean;
                                /** @description the kinds of annotation the caller may add here (批注) */
                                annotate: ("hotline-note" | "supervision-note" | "reminder" | "hot-flag")[];
                                revealReporter: boolean;
                            };
                            address: string | null;
                            caseClass: string;
                            category: string;
                            classConfirmed: boolean;
                            closure: {
                                /** @description ISO 8601 with +08:00 */
                                completedAt: string;
                                details: string;
                                handler: string;
                                handlingUnit: string;
                            } | null;
                            /** @description ISO 8601 with +08:00 */
                            deadline: string;
                            deadlineProvisional: boolean;
                            description: string;
                            escalations: number;
                            extension: {
                                /** @description ISO 8601 with +08:00 */
                                proposedDeadline: string;
                                reason: string;
                                /** @description ISO 8601 with +08:00 */
                                requestedAt: string;
                                requestedBy: number;
                            } | null;
                            feedback: {
                                note: string | null;
                                satisfaction: "satisfied" | "basically-satisfied" | "unsatisfied";
                            } | null;
                            gridId: number;
                            handlerId: number | null;
                            handlingUnit: string | null;
                            id: number;
                            light: "green" | "yellow" | "red";
                            location: {
                                lat: number;
                                lng: number;
                            } | null;
                            mergedInto: number | null;
                            /** @description ISO 8601 with +08:00 */
                            metAt: string | null;
                            onTime: boolean | null;
                            /** @description the first-inquiry owner (A1.7) */
                            ownerId: number;
                            /** @description the people the timeline names by id in its details (handler, transfer target, owners, requester), with their names */
                            people?: {
                                id: number;
                                name: string | null;
                            }[];
                            photos?: {
                                contentType: string;
                                id: number;
                                size: number;
                            }[];
                            policyVersion: number;
                            /** @description ISO 8601 with +08:00 */
                            receivedAt: string;
                            reopenCount: number;
                            /** @description A9.4 C3 D10: confidential reporters fully masked */
                            reporter?: {
                                anonymous: boolean;
                                confidential: boolean;
                                masked: boolean;
                                name: string | null;
                                /** @description masked; the full number only through POST /cases/:id/reporter/reveal */
                                phone: string | null;
                            } | null;
                            source: "field" | "walk-in" | "hotline" | "online" | "meeting" | "superior" | "open311";
                            status: "received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened";
                            tier: string;
                            timeline?: {
                                action: string;
                                actor: {
                                    id: number;
                                    name: string | null;
                                } | null;
                                at: string;
                                /** @description the action's fields (reason, handler, deadline moves, …) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: ("received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened") | (never | null);
                                seq: number;
                                toStatus: ("received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened") | (never | null);
                            }[];
                            title: string;
                            version: number;
                            visitId: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                actions: ("accept" | "reject" | "merge" | "resolve-on-spot" | "escalate" | "assign" | "transfer" | "start" | "request-extension" | "decide-extension" | "respond" | "feedback" | "verify" | "close" | "archive" | "reopen")[];
                                addPhoto: boolean;
                                /** @description the kinds of annotation the caller may add here (批注) */
                                annotate: ("hotline-note" | "supervision-note" | "reminder" | "hot-flag")[];
                                revealReporter: boolean;
                            };
                            address: string | null;
                            caseClass: string;
                            category: string;
                            classConfirmed: boolean;
                            closure: {
                                /** @description ISO 8601 with +08:00 */
                                completedAt: string;
                                details: string;
                                handler: string;
                                handlingUnit: string;
                            } | null;
                            /** @description ISO 8601 with +08:00 */
                            deadline: string;
                            deadlineProvisional: boolean;
                            description: string;
                            escalations: number;
                            extension: {
                                /** @description ISO 8601 with +08:00 */
                                proposedDeadline: string;
                                reason: string;
                                /** @description ISO 8601 with +08:00 */
                                requestedAt: string;
                                requestedBy: number;
                            } | null;
                            feedback: {
                                note: string | null;
                                satisfaction: "satisfied" | "basically-satisfied" | "unsatisfied";
                            } | null;
                            gridId: number;
                            handlerId: number | null;
                            handlingUnit: string | null;
                            id: number;
                            light: "green" | "yellow" | "red";
                            location: {
                                lat: number;
                                lng: number;
                            } | null;
                            mergedInto: number | null;
                            /** @description ISO 8601 with +08:00 */
                            metAt: string | null;
                            onTime: boolean | null;
                            /** @description the first-inquiry owner (A1.7) */
                            ownerId: number;
                            /** @description the people the timeline names by id in its details (handler, transfer target, owners, requester), with their names */
                            people?: {
                                id: number;
                                name: string | null;
                            }[];
                            photos?: {
                                contentType: string;
                                id: number;
                                size: number;
                            }[];
                            policyVersion: number;
                            /** @description ISO 8601 with +08:00 */
                            receivedAt: string;
                            reopenCount: number;
                            /** @description A9.4 C3 D10: confidential reporters fully masked */
                            reporter?: {
                                anonymous: boolean;
                                confidential: boolean;
                                masked: boolean;
                                name: string | null;
                                /** @description masked; the full number only through POST /cases/:id/reporter/reveal */
                                phone: string | null;
                            } | null;
                            source: "field" | "walk-in" | "hotline" | "online" | "meeting" | "superior" | "open311";
                            status: "received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened";
                            tier: string;
                            timeline?: {
                                action: string;
                                actor: {
                                    id: number;
                                    name: string | null;
                                } | null;
                                at: string;
                                /** @description the action's fields (reason, handler, deadline moves, …) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: ("received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened") | (never | null);
                                seq: number;
                                toStatus: ("received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened") | (never | null);
                            }[];
                            title: string;
                            version: number;
                            visitId: number | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/actions/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    action: "accept" | "reject" | "merge" | "resolve-on-spot" | "escalate" | "assign" | "transfer" | "start" | "request-extension" | "decide-extension" | "respond" | "feedback" | "verify" | "close" | "archive" | "reopen";
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve?: boolean;
                        caseClass?: string;
                        /** Format: date-time */
                        completedAt?: string;
                        /** Format: date-time */
                        deadline?: string;
                        details?: string;
                        expectedVersion: number;
                        explanation?: string;
                        handler?: string;
                        handlerId?: number;
                        handlingUnit?: string;
                        intoCaseId?: number;
                        note?: string;
                        /** Format: date-time */
                        proposedDeadline?: string;
                        reason?: string;
                        satisfaction?: "satisfied" | "basically-satisfied" | "unsatisfied";
                        toUnit?: string;
                        toUserId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                actions: ("accept" | "reject" | "merge" | "resolve-on-spot" | "escalate" | "assign" | "transfer" | "start" | "request-extension" | "decide-extension" | "respond" | "feedback" | "verify" | "close" | "archive" | "reopen")[];
                                addPhoto: boolean;
                                /** @description the kinds of annotation the caller may add here (批注) */
                                annotate: ("hotline-note" | "supervision-note" | "reminder" | "hot-flag")[];
                                revealReporter: boolean;
                            };
                            address: string | null;
                            caseClass: string;
                            category: string;
                            classConfirmed: boolean;
                            closure: {
                                /** @description ISO 8601 with +08:00 */
                                completedAt: string;
                                details: string;
                                handler: string;
                                handlingUnit: string;
                            } | null;
                            /** @description ISO 8601 with +08:00 */
                            deadline: string;
                            deadlineProvisional: boolean;
                            description: string;
                            escalations: number;
                            extension: {
                                /** @description ISO 8601 with +08:00 */
                                proposedDeadline: string;
                                reason: string;
                                /** @description ISO 8601 with +08:00 */
                                requestedAt: string;
                                requestedBy: number;
                            } | null;
                            feedback: {
                                note: string | null;
                                satisfaction: "satisfied" | "basically-satisfied" | "unsatisfied";
                            } | null;
                            gridId: number;
                            handlerId: number | null;
                            handlingUnit: string | null;
                            id: number;
                            light: "green" | "yellow" | "red";
                            location: {
                                lat: number;
                                lng: number;
                            } | null;
                            mergedInto: number | null;
                            /** @description ISO 8601 with +08:00 */
                            metAt: string | null;
                            onTime: boolean | null;
                            /** @description the first-inquiry owner (A1.7) */
                            ownerId: number;
                            /** @description the people the timeline names by id in its details (handler, transfer target, owners, requester), with their names */
                            people?: {
                                id: number;
                                name: string | null;
                            }[];
                            photos?: {
                                contentType: string;
                                id: number;
                                size: number;
                            }[];
                            policyVersion: number;
                            /** @description ISO 8601 with +08:00 */
                            receivedAt: string;
                            reopenCount: number;
                            /** @description A9.4 C3 D10: confidential reporters fully masked */
                            reporter?: {
                                anonymous: boolean;
                                confidential: boolean;
                                masked: boolean;
                                name: string | null;
                                /** @description masked; the full number only through POST /cases/:id/reporter/reveal */
                                phone: string | null;
                            } | null;
                            source: "field" | "walk-in" | "hotline" | "online" | "meeting" | "superior" | "open311";
                            status: "received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened";
                            tier: string;
                            timeline?: {
                                action: string;
                                actor: {
                                    id: number;
                                    name: string | null;
                                } | null;
                                at: string;
                                /** @description the action's fields (reason, handler, deadline moves, …) */
                                details: {
                                    [key: string]: unknown;
                                } | null;
                                fromStatus: ("received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened") | (never | null);
                                seq: number;
                                toStatus: ("received" | "accepted" | "in-progress" | "responded" | "fed-back" | "verified" | "closed" | "archived" | "rejected" | "merged" | "reopened") | (never | null);
                            }[];
                            title: string;
                            version: number;
                            visitId: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/annotations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                id: number;
                                name: string;
                            };
                            at: string;
                            id: number;
                            kind: string;
                            text: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: "hotline-note" | "supervision-note" | "reminder" | "hot-flag";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                id: number;
                                name: string;
                            };
                            at: string;
                            id: number;
                            kind: string;
                            text: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assignees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The assign dialog's choices: units, and people in scope with the case's own grid team first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            gridId: number;
                            people: {
                                displayName: string;
                                id: number;
                                /** @description bound to the case's own grid (listed first) */
                                onGrid: boolean;
                                username: string;
                            }[];
                            units: {
                                name: string;
                                /** @description category: the category's default unit (the case's own first); region: the case's area; used: units used lately */
                                source: "category" | "region" | "used";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/merge-suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Open cases of the same category within 200 m, nearest first (at most 20) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description great-circle metres; null when either case has no location (matched by grid) */
                            distanceMetres: number | null;
                            id: number;
                            receivedAt: string;
                            status: string;
                            title: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            height: number | null;
                            id: number;
                            sha256: string;
                            size: number;
                            uploadedAt: string;
                            uploadedBy: {
                                id: number;
                                name: string;
                            };
                            url: string;
                            width: number | null;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description The raw image as the body (Content-Type image/jpeg, image/png or image/webp; checked by its magic bytes), at most 10 MiB (413 PAYLOAD_TOO_LARGE) and 40 megapixels (413 IMAGE_TOO_LARGE, from the header before decoding); at most 9 photos. The image must decode (415 IMAGE_UNREADABLE for a file with an image's magic bytes that is not one); it is stored re-encoded with its orientation applied and without metadata (EXIF, GPS, XMP, ICC), so size and sha256 are those of the stored bytes. 429 PHOTO_UPLOADS_BUSY when too many photos are being decoded at once. Honours Idempotency-Key (over the uploaded bytes). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            height: number | null;
                            id: number;
                            sha256: string;
                            size: number;
                            uploadedAt: string;
                            uploadedBy: {
                                id: number;
                                name: string;
                            };
                            url: string;
                            width: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/public-note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reviewed public note (Open311 status_notes) and whether the case is published */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                write: boolean;
                            };
                            note: {
                                approvedAt: string;
                                approvedBy: {
                                    id: number;
                                    name: string;
                                };
                                text: string;
                                version: number;
                            } | null;
                            /** @description the policy publishes this case in the Open311 feed */
                            published: boolean;
                            /** @description text to review, never published as it is; only with abilities.write */
                            suggestion: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Write or approve the public note of a published case (C3, D10, D11) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the note version shown (0: none yet) */
                        expectedVersion?: number;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                write: boolean;
                            };
                            note: {
                                approvedAt: string;
                                approvedBy: {
                                    id: number;
                                    name: string;
                                };
                                text: string;
                                version: number;
                            } | null;
                            /** @description the policy publishes this case in the Open311 feed */
                            published: boolean;
                            /** @description text to review, never published as it is; only with abilities.write */
                            suggestion: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reporter/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            confidential: boolean;
                            name: string | null;
                            phone: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The case list as filtered (same filters as GET /cases), xlsx with Chinese headers; reporters masked; audited */
        get: {
            parameters: {
                query?: {
                    category?: string;
                    /** @description received on or after this day (YYYY-MM-DD, Asia/Shanghai) */
                    from?: string;
                    gridId?: number;
                    /** @description cases reported from this household's visits */
                    householdId?: number;
                    mine?: boolean;
                    /** @description keyword in title, description, address, or the case number (never the reporter) */
                    q?: string;
                    /** @description the cases of every grid under this region */
                    regionId?: number;
                    source?: "field" | "walk-in" | "hotline" | "online" | "meeting" | "superior" | "open311";
                    status?: string;
                    /** @description received on or before this day (YYYY-MM-DD, Asia/Shanghai) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the case list workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A3.3 register of closed and archived cases; format=xlsx downloads it */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "xlsx";
                    from?: string;
                    limit?: number;
                    q?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description JSON unless format=xlsx (a workbook download) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseClass: string;
                            category: string;
                            completedAt: string;
                            details: string;
                            gridName: string;
                            handler: string;
                            handlingUnit: string;
                            id: number;
                            onTime: boolean | null;
                            receivedAt: string;
                            status: string;
                            title: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description xlsx downloads the list as a workbook */
                    format?: "json" | "xlsx";
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from?: string;
                    limit?: number;
                    offset?: number;
                    regionId?: number;
                    /** @description only entries selected excellent (in any month of the range) */
                    selected?: boolean;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to?: string;
                    userId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    edit: boolean;
                                    review: boolean;
                                    select: boolean;
                                    shortlist: boolean;
                                };
                                author: {
                                    id: number;
                                    name: string;
                                };
                                authorId: number;
                                backEntered: boolean;
                                background: string | null;
                                caseIds: number[];
                                cause: string | null;
                                content: string;
                                createdAt: string;
                                createdBy: number;
                                id: number;
                                occurredAt: string;
                                outcome: string | null;
                                people: string;
                                place: string;
                                reflection: string | null;
                                regionId: number;
                                regionName: string;
                                reviews: {
                                    at: string;
                                    comment: string;
                                    id: number;
                                    reviewer: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                selections: {
                                    at: string;
                                    by: {
                                        id: number;
                                        name: string;
                                    };
                                    month: string;
                                    status: "shortlisted" | "selected";
                                }[];
                                solution: string | null;
                                suggestions: string | null;
                                version: number;
                                visitIds: number[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        authorId?: number;
                        background?: string | null;
                        caseIds?: number[];
                        cause?: string | null;
                        content: string;
                        /**
                         * Format: date-time
                         * @description ISO 8601 with an offset; not in the future
                         */
                        occurredAt: string;
                        outcome?: string | null;
                        people: string;
                        place: string;
                        reflection?: string | null;
                        solution?: string | null;
                        suggestions?: string | null;
                        visitIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                review: boolean;
                                select: boolean;
                                shortlist: boolean;
                            };
                            author: {
                                id: number;
                                name: string;
                            };
                            authorId: number;
                            backEntered: boolean;
                            background: string | null;
                            caseIds: number[];
                            cause: string | null;
                            content: string;
                            createdAt: string;
                            createdBy: number;
                            id: number;
                            occurredAt: string;
                            outcome: string | null;
                            people: string;
                            place: string;
                            reflection: string | null;
                            regionId: number;
                            regionName: string;
                            reviews: {
                                at: string;
                                comment: string;
                                id: number;
                                reviewer: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            selections: {
                                at: string;
                                by: {
                                    id: number;
                                    name: string;
                                };
                                month: string;
                                status: "shortlisted" | "selected";
                            }[];
                            solution: string | null;
                            suggestions: string | null;
                            version: number;
                            visitIds: number[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                review: boolean;
                                select: boolean;
                                shortlist: boolean;
                            };
                            author: {
                                id: number;
                                name: string;
                            };
                            authorId: number;
                            backEntered: boolean;
                            background: string | null;
                            caseIds: number[];
                            cause: string | null;
                            content: string;
                            createdAt: string;
                            createdBy: number;
                            id: number;
                            occurredAt: string;
                            outcome: string | null;
                            people: string;
                            place: string;
                            reflection: string | null;
                            regionId: number;
                            regionName: string;
                            reviews: {
                                at: string;
                                comment: string;
                                id: number;
                                reviewer: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            selections: {
                                at: string;
                                by: {
                                    id: number;
                                    name: string;
                                };
                                month: string;
                                status: "shortlisted" | "selected";
                            }[];
                            solution: string | null;
                            suggestions: string | null;
                            version: number;
                            visitIds: number[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        background?: string | null;
                        cause?: string | null;
                        content?: string;
                        expectedVersion: number;
                        outcome?: string | null;
                        people?: string;
                        place?: string;
                        reflection?: string | null;
                        solution?: string | null;
                        suggestions?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                review: boolean;
                                select: boolean;
                                shortlist: boolean;
                            };
                            author: {
                                id: number;
                                name: string;
                            };
                            authorId: number;
                            backEntered: boolean;
                            background: string | null;
                            caseIds: number[];
                            cause: string | null;
                            content: string;
                            createdAt: string;
                            createdBy: number;
                            id: number;
                            occurredAt: string;
                            outcome: string | null;
                            people: string;
                            place: string;
                            reflection: string | null;
                            regionId: number;
                            regionName: string;
                            reviews: {
                                at: string;
                                comment: string;
                                id: number;
                                reviewer: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            selections: {
                                at: string;
                                by: {
                                    id: number;
                                    name: string;
                                };
                                month: string;
                                status: "shortlisted" | "selected";
                            }[];
                            solution: string | null;
                            suggestions: string | null;
                            version: number;
                            visitIds: number[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/diaries/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            height: number | null;
                            id: number;
                            sha256: string;
                            size: number;
                            uploadedAt: string;
                            uploadedBy: {
                                id: number;
                                name: string;
                            };
                            url: string;
                            width: number | null;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description The raw image as the body (Content-Type image/jpeg, image/png or image/webp; checked by its magic bytes), at most 10 MiB (413 PAYLOAD_TOO_LARGE) and 40 megapixels (413 IMAGE_TOO_LARGE, from the header before decoding); at most 9 photos. The image must decode (415 IMAGE_UNREADABLE for a file with an image's magic bytes that is not one); it is stored re-encoded with its orientation applied and without metadata (EXIF, GPS, XMP, ICC), so size and sha256 are those of the stored bytes. 429 PHOTO_UPLOADS_BUSY when too many photos are being decoded at once. Honours Idempotency-Key (over the uploaded bytes). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            height: number | null;
                            id: number;
                            sha256: string;
                            size: number;
                            uploadedAt: string;
                            uploadedBy: {
                                id: number;
                                name: string;
                            };
                            url: string;
                            width: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                review: boolean;
                                select: boolean;
                                shortlist: boolean;
                            };
                            author: {
                                id: number;
                                name: string;
                            };
                            authorId: number;
                            backEntered: boolean;
                            background: string | null;
                            caseIds: number[];
                            cause: string | null;
                            content: string;
                            createdAt: string;
                            createdBy: number;
                            id: number;
                            occurredAt: string;
                            outcome: string | null;
                            people: string;
                            place: string;
                            reflection: string | null;
                            regionId: number;
                            regionName: string;
                            reviews: {
                                at: string;
                                comment: string;
                                id: number;
                                reviewer: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            selections: {
                                at: string;
                                by: {
                                    id: number;
                                    name: string;
                                };
                                month: string;
                                status: "shortlisted" | "selected";
                            }[];
                            solution: string | null;
                            suggestions: string | null;
                            version: number;
                            visitIds: number[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/{id}/select": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM */
                        month: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                review: boolean;
                                select: boolean;
                                shortlist: boolean;
                            };
                            author: {
                                id: number;
                                name: string;
                            };
                            authorId: number;
                            backEntered: boolean;
                            background: string | null;
                            caseIds: number[];
                            cause: string | null;
                            content: string;
                            createdAt: string;
                            createdBy: number;
                            id: number;
                            occurredAt: string;
                            outcome: string | null;
                            people: string;
                            place: string;
                            reflection: string | null;
                            regionId: number;
                            regionName: string;
                            reviews: {
                                at: string;
                                comment: string;
                                id: number;
                                reviewer: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            selections: {
                                at: string;
                                by: {
                                    id: number;
                                    name: string;
                                };
                                month: string;
                                status: "shortlisted" | "selected";
                            }[];
                            solution: string | null;
                            suggestions: string | null;
                            version: number;
                            visitIds: number[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/{id}/shortlist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM */
                        month: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                review: boolean;
                                select: boolean;
                                shortlist: boolean;
                            };
                            author: {
                                id: number;
                                name: string;
                            };
                            authorId: number;
                            backEntered: boolean;
                            background: string | null;
                            caseIds: number[];
                            cause: string | null;
                            content: string;
                            createdAt: string;
                            createdBy: number;
                            id: number;
                            occurredAt: string;
                            outcome: string | null;
                            people: string;
                            place: string;
                            reflection: string | null;
                            regionId: number;
                            regionName: string;
                            reviews: {
                                at: string;
                                comment: string;
                                id: number;
                                reviewer: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            selections: {
                                at: string;
                                by: {
                                    id: number;
                                    name: string;
                                };
                                month: string;
                                status: "shortlisted" | "selected";
                            }[];
                            solution: string | null;
                            suggestions: string | null;
                            version: number;
                            visitIds: number[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/diaries/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    date?: string;
                    userId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            done: number;
                            period: {
                                end: string;
                                start: string;
                            };
                            policyVersion: number | null;
                            remaining: number;
                            required: number;
                            rule: string;
                            status: "met" | "due" | "at-risk" | "overdue";
                            userId: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            id: number;
                            name: string;
                            parentId: number | null;
                            preset: string | null;
                            /** @enum {string} */
                            type: "grid";
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/geojson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    crs?: "wgs84" | "gcj02";
                    regionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the grids in scope (RFC 7946) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/geo+json": {
                            features: {
                                geometry: unknown | (never | null);
                                properties: {
                                    code: string;
                                    id: number;
                                    name: string;
                                    parentCode: string | null;
                                    parentId: number | null;
                                };
                                /** @enum {string} */
                                type: "Feature";
                            }[];
                            /** @enum {string} */
                            type: "FeatureCollection";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: {
                    crs?: "wgs84" | "gcj02";
                    dryRun?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            created: number;
                            dryRun: boolean;
                            updated: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grids/locate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    lat: number;
                    lng: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grid: {
                                code: string;
                                id: number;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    gridId?: number;
                    limit?: number;
                    offset?: number;
                    q?: string;
                    sort?: "id" | "address";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                gridId: number;
                                housing: "owned" | "rented";
                                id: number;
                                members: {
                                    idNumber: string | null;
                                    name: string;
                                    phone: string | null;
                                    residentId: number;
                                    sex: "M" | "F";
                                    tags: string[];
                                }[];
                                version: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        buildingId?: number | null;
                        compoundId?: number | null;
                        gridId: number;
                        housing?: "owned" | "rented";
                        landlord?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addResident: boolean;
                                recordVisit: boolean;
                                revealIdNumber: boolean;
                                revealPhone: boolean;
                                update: boolean;
                            };
                            address: string;
                            buildingId: number | null;
                            compoundId: number | null;
                            createdAt: string;
                            formerMembers: {
                                birthDate: string;
                                economicSituation: string | null;
                                id: number;
                                /** @description masked, e.g. 110***********1234 */
                                idNumber: string | null;
                                joinedOn: string;
                                leftOn: string | null;
                                leftReason: string | null;
                                name: string;
                                notes: string | null;
                                /** @description masked, e.g. 138****5678 */
                                phone: string | null;
                                relation: string | null;
                                residentId: number;
                                sex: "M" | "F";
                                skills: string | null;
                                socialRelations: string | null;
                                status: string;
                                tags: string[];
                                version: number;
                                views: string | null;
                            }[];
                            grid: {
                                code: string;
                                id: number;
                                name: string;
                            };
                            gridId: number;
                            housing: "owned" | "rented";
                            id: number;
                            landlord: string | null;
                            members: {
                                birthDate: string;
                                economicSituation: string | null;
                                id: number;
                                /** @description masked, e.g. 110***********1234 */
                                idNumber: string | null;
                                joinedOn: string;
                                leftOn: string | null;
                                leftReason: string | null;
                                name: string;
                                notes: string | null;
                                /** @description masked, e.g. 138****5678 */
                                phone: string | null;
                                relation: string | null;
                                residentId: number;
                                sex: "M" | "F";
                                skills: string | null;
                                socialRelations: string | null;
                                status: string;
                                tags: string[];
                                version: number;
                                views: string | null;
                            }[];
                            recentVisits: {
                                createdAt: string;
                                createdBy: number;
                                endedAt: string;
                                findings: string | null;
                                householdId: number;
                                id: number;
                                inPerson: boolean;
                                location: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                needs: string | null;
                                outsideGrid: boolean | null;
                                policyVersion: number | null;
                                startedAt: string;
                                type: string;
                                visitors: number[];
                            }[];
                            updatedAt: string;
                            version: number;
                            visitClass: {
                                asOf: string;
                                derivedClass: string;
                                override: {
                                    reason: string;
                                    visitClass: string;
                                } | null;
                                reasons: {
                                    reason: string;
                                    residentId: number;
                                    rule: string;
                                    visitClass: string;
                                }[];
                                source: string;
                                visitClass: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addResident: boolean;
                                recordVisit: boolean;
                                revealIdNumber: boolean;
                                revealPhone: boolean;
                                update: boolean;
                            };
                            address: string;
                            buildingId: number | null;
                            compoundId: number | null;
                            createdAt: string;
                            formerMembers: {
                                birthDate: string;
                                economicSituation: string | null;
                                id: number;
                                /** @description masked, e.g. 110***********1234 */
                                idNumber: string | null;
                                joinedOn: string;
                                leftOn: string | null;
                                leftReason: string | null;
                                name: string;
                                notes: string | null;
                                /** @description masked, e.g. 138****5678 */
                                phone: string | null;
                                relation: string | null;
                                residentId: number;
                                sex: "M" | "F";
                                skills: string | null;
                                socialRelations: string | null;
                                status: string;
                                tags: string[];
                                version: number;
                                views: string | null;
                            }[];
                            grid: {
                                code: string;
                                id: number;
                                name: string;
                            };
                            gridId: number;
                            housing: "owned" | "rented";
                            id: number;
                            landlord: string | null;
                            members: {
                                birthDate: string;
                                economicSituation: string | null;
                                id: number;
                                /** @description masked, e.g. 110***********1234 */
                                idNumber: string | null;
                                joinedOn: string;
                                leftOn: string | null;
                                leftReason: string | null;
                                name: string;
                                notes: string | null;
                                /** @description masked, e.g. 138****5678 */
                                phone: string | null;
                                relation: string | null;
                                residentId: number;
                                sex: "M" | "F";
                                skills: string | null;
                                socialRelations: string | null;
                                status: string;
                                tags: string[];
                                version: number;
                                views: string | null;
                            }[];
                            recentVisits: {
                                createdAt: string;
                                createdBy: number;
                                endedAt: string;
                                findings: string | null;
                                householdId: number;
                                id: number;
                                inPerson: boolean;
                                location: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                needs: string | null;
                                outsideGrid: boolean | null;
                                policyVersion: number | null;
                                startedAt: string;
                                type: string;
                                visitors: number[];
                            }[];
                            updatedAt: string;
                            version: number;
                            visitClass: {
                                asOf: string;
                                derivedClass: string;
                                override: {
                                    reason: string;
                                    visitClass: string;
                                } | null;
                                reasons: {
                                    reason: string;
                                    residentId: number;
                                    rule: string;
                                    visitClass: string;
                                }[];
                                source: string;
                                visitClass: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string;
                        buildingId?: number | null;
                        compoundId?: number | null;
                        expectedVersion: number;
                        housing?: "owned" | "rented";
                        landlord?: string | null;
                        visitClassOverride?: {
                            reason: string;
                            visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                        } | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                addResident: boolean;
                                recordVisit: boolean;
                                revealIdNumber: boolean;
                                revealPhone: boolean;
                                update: boolean;
                            };
                            address: string;
                            buildingId: number | null;
                            compoundId: number | null;
                            createdAt: string;
                            formerMembers: {
                                birthDate: string;
                                economicSituation: string | null;
                                id: number;
                                /** @description masked, e.g. 110***********1234 */
                                idNumber: string | null;
                                joinedOn: string;
                                leftOn: string | null;
                                leftReason: string | null;
                                name: string;
                                notes: string | null;
                                /** @description masked, e.g. 138****5678 */
                                phone: string | null;
                                relation: string | null;
                                residentId: number;
                                sex: "M" | "F";
                                skills: string | null;
                                socialRelations: string | null;
                                status: string;
                                tags: string[];
                                version: number;
                                views: string | null;
                            }[];
                            grid: {
                                code: string;
                                id: number;
                                name: string;
                            };
                            gridId: number;
                            housing: "owned" | "rented";
                            id: number;
                            landlord: string | null;
                            members: {
                                birthDate: string;
                                economicSituation: string | null;
                                id: number;
                                /** @description masked, e.g. 110***********1234 */
                                idNumber: string | null;
                                joinedOn: string;
                                leftOn: string | null;
                                leftReason: string | null;
                                name: string;
                                notes: string | null;
                                /** @description masked, e.g. 138****5678 */
                                phone: string | null;
                                relation: string | null;
                                residentId: number;
                                sex: "M" | "F";
                                skills: string | null;
                                socialRelations: string | null;
                                status: string;
                                tags: string[];
                                version: number;
                                views: string | null;
                            }[];
                            recentVisits: {
                                createdAt: string;
                                createdBy: number;
                                endedAt: string;
                                findings: string | null;
                                householdId: number;
                                id: number;
                                inPerson: boolean;
                                location: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                needs: string | null;
                                outsideGrid: boolean | null;
                                policyVersion: number | null;
                                startedAt: string;
                                type: string;
                                visitors: number[];
                            }[];
                            updatedAt: string;
                            version: number;
                            visitClass: {
                                asOf: string;
                                derivedClass: string;
                                override: {
                                    reason: string;
                                    visitClass: string;
                                } | null;
                                reasons: {
                                    reason: string;
                                    residentId: number;
                                    rule: string;
                                    visitClass: string;
                                }[];
                                source: string;
                                visitClass: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/households/{id}/residents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD (Asia/Shanghai) */
                        birthDate: string;
                        economicSituation?: string | null;
                        idNumber?: string | null;
                        /** @description YYYY-MM-DD (Asia/Shanghai) */
                        joinedOn?: string;
                        name: string;
                        notes?: string | null;
                        phone?: string | null;
                        relation?: string | null;
                        sex: "M" | "F";
                        skills?: string | null;
                        socialRelations?: string | null;
                        tags?: string[];
                        views?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            economicSituation: string | null;
                            householdId: number;
                            id: number;
                            /** @description masked, e.g. 110***********1234 */
                            idNumber: string | null;
                            joinedOn: string;
                            leftOn: string | null;
                            leftReason: string | null;
                            name: string;
                            notes: string | null;
                            /** @description masked, e.g. 138****5678 */
                            phone: string | null;
                            relation: string | null;
                            residentId: number;
                            sex: "M" | "F";
                            skills: string | null;
                            socialRelations: string | null;
                            status: string;
                            tags: string[];
                            version: number;
                            views: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/survey-form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            householdId: number;
                            questions: {
                                en: string;
                                key: string;
                                kind: "choice" | "text";
                                maxLength?: number;
                                options?: {
                                    code: string;
                                    en: string;
                                    zh: string;
                                }[];
                                zh: string;
                            }[];
                            rule: string;
                            visitClass: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: string;
                            };
                            filledAt: string;
                            filledBy: {
                                id: number;
                                name: string;
                            };
                            householdId: number;
                            id: number;
                            visitClass: string;
                            visitId: number | null;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: string;
                        };
                        visitId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answers: {
                                [key: string]: string;
                            };
                            filledAt: string;
                            filledBy: {
                                id: number;
                                name: string;
                            };
                            householdId: number;
                            id: number;
                            visitClass: string;
                            visitId: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}/visit-status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    date?: string;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            derivedClass: string;
                            done: number;
                            householdId: number;
                            override: {
                                reason: string;
                                visitClass: string;
                            } | null;
                            period: {
                                end: string;
                                start: string;
                            };
                            policyVersion: number | null;
                            reasons: {
                                reason: string;
                                residentId: number;
                                rule: string;
                                visitClass: string;
                            }[];
                            remaining: number;
                            required: number;
                            rule: string;
                            source: string;
                            status: string;
                            suggestedNext: string | null;
                            visitClass: string;
                            /** @description the days of the period whose visits count (C2.2: days 1-15 of the quarter first month); null when all do */
                            window: {
                                end: string;
                                start: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The households list as xlsx (filters of GET /households), masked; audited */
        get: {
            parameters: {
                query?: {
                    format?: "xlsx";
                    gridId?: number;
                    q?: string;
                    sort?: "id" | "address";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the households workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            id: number;
                            /** @description one's own mobile for SMS notices, only masked (138****5678); null: none on file */
                            mobileMasked: string | null;
                            passwordIsDemo: boolean;
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description trimmed; not blank */
                        displayName: string;
                        expectedVersion: number;
                        /** @description mainland China mobile (11 digits, 1[3-9]…); empty or null clears it; absent: unchanged */
                        mobile?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            displayName: string;
                            id: number;
                            /** @description one's own mobile for SMS notices, only masked (138****5678); null: none on file */
                            mobileMasked: string | null;
                            passwordIsDemo: boolean;
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            createdAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description a new secret address for the feed; the old one stops working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            /** @description the secret address; shown once */
                            url: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description a wrong current password is 400 WRONG_PASSWORD and counts as a failed sign-in; every other session ends */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            /** @description the session of this request */
                            current: boolean;
                            /** @description browser and system from the User-Agent at sign-in; null: unknown */
                            device: string | null;
                            expiresAt: string;
                            /** @description the public handle of the session (never its token) */
                            id: number;
                            /** @description moved at most once per 5 minutes of use */
                            lastSeenAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions/end-others": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description ends every session of the caller but this one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description how many other sessions were ended */
                            ended: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description xlsx downloads the list as a workbook */
                    format?: "json" | "xlsx";
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from?: string;
                    limit?: number;
                    regionId?: number;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to?: string;
                    type?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            convenedBy: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            invited: number;
                            place: string | null;
                            present: number;
                            regionId: number;
                            regionName: string;
                            started: boolean;
                            startsAt: string;
                            status: "scheduled" | "held" | "cancelled";
                            title: string;
                            type: string;
                            urgent: boolean;
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        inviteRoles?: ("admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer")[];
                        inviteUserIds?: number[];
                        notice?: string;
                        place?: string | null;
                        regionId: number;
                        /** Format: date-time */
                        startsAt: string;
                        title?: string;
                        topics?: string[];
                        type: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                announce: boolean;
                                convene: boolean;
                                requestLeave: boolean;
                            };
                            agenda: {
                                caseId?: number;
                                gridName?: string;
                                kind: "case" | "topic";
                                reasons?: string[];
                                title: string;
                            }[];
                            announcement: {
                                by: {
                                    at: string;
                                    households: number | null;
                                    note: string | null;
                                    user: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                done: number;
                                due: number;
                                households: number;
                                pending: {
                                    id: number;
                                    name: string;
                                }[];
                            } | null;
                            convenedBy: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            invited: number;
                            invitees: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                leave: {
                                    id: number;
                                    reason: string;
                                    status: string;
                                } | null;
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            minutes: string | null;
                            notice: string | null;
                            place: string | null;
                            present: number;
                            previousTasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            regionId: number;
                            regionName: string;
                            started: boolean;
                            startsAt: string;
                            status: "scheduled" | "held" | "cancelled";
                            tasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            title: string;
                            type: string;
                            urgent: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                announce: boolean;
                                convene: boolean;
                                requestLeave: boolean;
                            };
                            agenda: {
                                caseId?: number;
                                gridName?: string;
                                kind: "case" | "topic";
                                reasons?: string[];
                                title: string;
                            }[];
                            announcement: {
                                by: {
                                    at: string;
                                    households: number | null;
                                    note: string | null;
                                    user: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                done: number;
                                due: number;
                                households: number;
                                pending: {
                                    id: number;
                                    name: string;
                                }[];
                            } | null;
                            convenedBy: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            invited: number;
                            invitees: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                leave: {
                                    id: number;
                                    reason: string;
                                    status: string;
                                } | null;
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            minutes: string | null;
                            notice: string | null;
                            place: string | null;
                            present: number;
                            previousTasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            regionId: number;
                            regionName: string;
                            started: boolean;
                            startsAt: string;
                            status: "scheduled" | "held" | "cancelled";
                            tasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            title: string;
                            type: string;
                            urgent: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A2.5: the caller (a grid worker of the area) told the residents of a consultation meeting or expert Q&A session; a repeat corrects the count. 409 NOT_ANNOUNCED for other meetings, 409 MEETING_STARTED once it has started. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        households?: number;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                announce: boolean;
                                convene: boolean;
                                requestLeave: boolean;
                            };
                            agenda: {
                                caseId?: number;
                                gridName?: string;
                                kind: "case" | "topic";
                                reasons?: string[];
                                title: string;
                            }[];
                            announcement: {
                                by: {
                                    at: string;
                                    households: number | null;
                                    note: string | null;
                                    user: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                done: number;
                                due: number;
                                households: number;
                                pending: {
                                    id: number;
                                    name: string;
                                }[];
                            } | null;
                            convenedBy: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            invited: number;
                            invitees: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                leave: {
                                    id: number;
                                    reason: string;
                                    status: string;
                                } | null;
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            minutes: string | null;
                            notice: string | null;
                            place: string | null;
                            present: number;
                            previousTasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            regionId: number;
                            regionName: string;
                            started: boolean;
                            startsAt: string;
                            status: "scheduled" | "held" | "cancelled";
                            tasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            title: string;
                            type: string;
                            urgent: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            status: "present" | "late" | "absent" | "on-leave";
                            userId: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                announce: boolean;
                                convene: boolean;
                                requestLeave: boolean;
                            };
                            agenda: {
                                caseId?: number;
                                gridName?: string;
                                kind: "case" | "topic";
                                reasons?: string[];
                                title: string;
                            }[];
                            announcement: {
                                by: {
                                    at: string;
                                    households: number | null;
                                    note: string | null;
                                    user: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                done: number;
                                due: number;
                                households: number;
                                pending: {
                                    id: number;
                                    name: string;
                                }[];
                            } | null;
                            convenedBy: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            invited: number;
                            invitees: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                leave: {
                                    id: number;
                                    reason: string;
                                    status: string;
                                } | null;
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            minutes: string | null;
                            notice: string | null;
                            place: string | null;
                            present: number;
                            previousTasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            regionId: number;
                            regionName: string;
                            started: boolean;
                            startsAt: string;
                            status: "scheduled" | "held" | "cancelled";
                            tasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            title: string;
                            type: string;
                            urgent: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/leave-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                announce: boolean;
                                convene: boolean;
                                requestLeave: boolean;
                            };
                            agenda: {
                                caseId?: number;
                                gridName?: string;
                                kind: "case" | "topic";
                                reasons?: string[];
                                title: string;
                            }[];
                            announcement: {
                                by: {
                                    at: string;
                                    households: number | null;
                                    note: string | null;
                                    user: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                done: number;
                                due: number;
                                households: number;
                                pending: {
                                    id: number;
                                    name: string;
                                }[];
                            } | null;
                            convenedBy: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            invited: number;
                            invitees: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                leave: {
                                    id: number;
                                    reason: string;
                                    status: string;
                                } | null;
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            minutes: string | null;
                            notice: string | null;
                            place: string | null;
                            present: number;
                            previousTasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            regionId: number;
                            regionName: string;
                            started: boolean;
                            startsAt: string;
                            status: "scheduled" | "held" | "cancelled";
                            tasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            title: string;
                            type: string;
                            urgent: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/leave-requests/{sub}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    sub: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                announce: boolean;
                                convene: boolean;
                                requestLeave: boolean;
                            };
                            agenda: {
                                caseId?: number;
                                gridName?: string;
                                kind: "case" | "topic";
                                reasons?: string[];
                                title: string;
                            }[];
                            announcement: {
                                by: {
                                    at: string;
                                    households: number | null;
                                    note: string | null;
                                    user: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                done: number;
                                due: number;
                                households: number;
                                pending: {
                                    id: number;
                                    name: string;
                                }[];
                            } | null;
                            convenedBy: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            invited: number;
                            invitees: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                leave: {
                                    id: number;
                                    reason: string;
                                    status: string;
                                } | null;
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            minutes: string | null;
                            notice: string | null;
                            place: string | null;
                            present: number;
                            previousTasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            regionId: number;
                            regionName: string;
                            started: boolean;
                            startsAt: string;
                            status: "scheduled" | "held" | "cancelled";
                            tasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            title: string;
                            type: string;
                            urgent: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        minutes: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                announce: boolean;
                                convene: boolean;
                                requestLeave: boolean;
                            };
                            agenda: {
                                caseId?: number;
                                gridName?: string;
                                kind: "case" | "topic";
                                reasons?: string[];
                                title: string;
                            }[];
                            announcement: {
                                by: {
                                    at: string;
                                    households: number | null;
                                    note: string | null;
                                    user: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                done: number;
                                due: number;
                                households: number;
                                pending: {
                                    id: number;
                                    name: string;
                                }[];
                            } | null;
                            convenedBy: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            invited: number;
                            invitees: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                leave: {
                                    id: number;
                                    reason: string;
                                    status: string;
                                } | null;
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            minutes: string | null;
                            notice: string | null;
                            place: string | null;
                            present: number;
                            previousTasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            regionId: number;
                            regionName: string;
                            started: boolean;
                            startsAt: string;
                            status: "scheduled" | "held" | "cancelled";
                            tasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            title: string;
                            type: string;
                            urgent: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseId?: number;
                        /** @description YYYY-MM-DD (Asia/Shanghai) */
                        dueOn: string;
                        ownerId: number;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                announce: boolean;
                                convene: boolean;
                                requestLeave: boolean;
                            };
                            agenda: {
                                caseId?: number;
                                gridName?: string;
                                kind: "case" | "topic";
                                reasons?: string[];
                                title: string;
                            }[];
                            announcement: {
                                by: {
                                    at: string;
                                    households: number | null;
                                    note: string | null;
                                    user: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                done: number;
                                due: number;
                                households: number;
                                pending: {
                                    id: number;
                                    name: string;
                                }[];
                            } | null;
                            convenedBy: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            invited: number;
                            invitees: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                leave: {
                                    id: number;
                                    reason: string;
                                    status: string;
                                } | null;
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            minutes: string | null;
                            notice: string | null;
                            place: string | null;
                            present: number;
                            previousTasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            regionId: number;
                            regionName: string;
                            started: boolean;
                            startsAt: string;
                            status: "scheduled" | "held" | "cancelled";
                            tasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            title: string;
                            type: string;
                            urgent: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meetings/{id}/tasks/{sub}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    sub: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        status: "open" | "done";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                announce: boolean;
                                convene: boolean;
                                requestLeave: boolean;
                            };
                            agenda: {
                                caseId?: number;
                                gridName?: string;
                                kind: "case" | "topic";
                                reasons?: string[];
                                title: string;
                            }[];
                            announcement: {
                                by: {
                                    at: string;
                                    households: number | null;
                                    note: string | null;
                                    user: {
                                        id: number;
                                        name: string;
                                    };
                                }[];
                                done: number;
                                due: number;
                                households: number;
                                pending: {
                                    id: number;
                                    name: string;
                                }[];
                            } | null;
                            convenedBy: {
                                id: number;
                                name: string;
                            };
                            id: number;
                            invited: number;
                            invitees: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                leave: {
                                    id: number;
                                    reason: string;
                                    status: string;
                                } | null;
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            minutes: string | null;
                            notice: string | null;
                            place: string | null;
                            present: number;
                            previousTasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            regionId: number;
                            regionName: string;
                            started: boolean;
                            startsAt: string;
                            status: "scheduled" | "held" | "cancelled";
                            tasks: {
                                caseId: number | null;
                                caseStatus: string | null;
                                doneAt: string | null;
                                dueOn: string;
                                id: number;
                                meetingId: number;
                                overdue: boolean;
                                owner: {
                                    id: number;
                                    name: string;
                                };
                                status: "open" | "done";
                                title: string;
                            }[];
                            title: string;
                            type: string;
                            urgent: boolean;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/meetings/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM */
                    month?: string;
                    regionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            combines?: string[];
                            date: string;
                            meetingId: number | null;
                            regionId: number;
                            rule: string;
                            setDate: string;
                            shifted: boolean;
                            type: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meta": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: string;
                            demo: boolean;
                            map: {
                                attribution?: string;
                                center: [
                                    number,
                                    number
                                ];
                                tileCrs: "wgs84" | "gcj02";
                                tileUrl: string | null;
                                zoom: number;
                            };
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description the caller's notices, read and unread, newest first; the next page with `before` = the last id */
        get: {
            parameters: {
                query?: {
                    /** @description the next page: notices older than this id (the last one listed) */
                    before?: number;
                    limit?: number;
                    /** @description only the unread ones */
                    unread?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            caseId: number | null;
                            id: number;
                            kind: string;
                            payload: unknown;
                            readAt: string | null;
                            subject: {
                                id: number;
                                /** @description case | round-report | grid | verification-draw | ... */
                                kind: string;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description outbound delivery records (SMS, 企业微信, 钉钉), newest first; administrators at the top only */
        get: {
            parameters: {
                query?: {
                    /** @description the next page: records older than this id (the last one listed) */
                    before?: number;
                    channel?: "sms" | "wecom" | "dingtalk";
                    limit?: number;
                    status?: "queued" | "sending" | "sent" | "failed" | "skipped";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            channel: "sms" | "wecom" | "dingtalk";
                            /** Format: date-time */
                            createdAt: string;
                            id: number;
                            /** @description the notice kind */
                            kind: string;
                            lastError: string | null;
                            /** Format: date-time */
                            nextAttemptAt: string | null;
                            noticeId: number;
                            recipient: {
                                id: number;
                                username: string;
                            };
                            status: "queued" | "sending" | "sent" | "failed" | "skipped";
                            target: "user" | "group";
                            /** Format: date-time */
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description marks the caller's unread notices read (up to `upTo` when given); answers how many */
        post: {
            parameters: {
                query?: {
                    /** @description only notices up to this id (the newest the caller has seen) */
                    upTo?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description server-sent events: `event: notification`; closed when the session ends or the user's roles change; at most 5 per user (a newer one closes the oldest) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description how many of the caller's notices are unread */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open311/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actingUserId: number;
                            actingUsername: string;
                            active: boolean;
                            createdAt: string;
                            createdBy: number | null;
                            id: number;
                            name: string;
                            regionId: number;
                            regionName: string;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        regionId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actingUserId: number;
                            actingUsername: string;
                            active: boolean;
                            createdAt: string;
                            createdBy: number | null;
                            id: number;
                            /** @description the API key: shown once, only its SHA-256 is stored */
                            key: string;
                            name: string;
                            regionId: number;
                            regionName: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/open311/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actingUserId: number;
                            actingUsername: string;
                            active: boolean;
                            createdAt: string;
                            createdBy: number | null;
                            id: number;
                            name: string;
                            regionId: number;
                            regionName: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/outreach-visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from?: string;
                    gridId?: number;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checklist: string[];
                            gridId: number;
                            gridName: string;
                            id: number;
                            notes: string | null;
                            target: string;
                            targetName: string;
                            visitedAt: string;
                            visitor: {
                                id: number;
                                name: string;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        checklist: ("party-activity" | "compound-management" | "resident-circumstances" | "resident-needs")[];
                        gridId: number;
                        notes?: string | null;
                        target: "party-branch-member" | "party-group-leader" | "owners-committee" | "resident";
                        targetName: string;
                        /** Format: date-time */
                        visitedAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checklist: string[];
                            gridId: number;
                            gridName: string;
                            id: number;
                            notes: string | null;
                            target: string;
                            targetName: string;
                            visitedAt: string;
                            visitor: {
                                id: number;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/photos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The image bytes; ETag is the SHA-256 of the bytes. 404 when its case or visit is outside your area, or when you may not read its diary entry. */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the image */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": string;
                        "image/png": string;
                        "image/webp": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    regionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            preset: string;
                            regionId: number;
                            /** @description the policy document; every value group carries its `rule` ID */
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description the version in force at the region now (its own or inherited; 0 when none) */
                        expectedVersion: number;
                        preset: "community" | "township" | "marketing";
                        regionId: number;
                        values: unknown;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            preset: string;
                            regionId: number;
                            /** @description the policy document; every value group carries its `rule` ID */
                            values: {
                                [key: string]: unknown;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            values: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/policy/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    regionId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            createdBy: string | null;
                            preset: string;
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    type?: "district" | "street" | "town" | "community" | "workstation" | "grid" | "compound" | "building";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            code: string;
                            id: number;
                            inScope: boolean;
                            name: string;
                            parentId: number | null;
                            preset: string | null;
                            type: "district" | "street" | "town" | "community" | "workstation" | "grid" | "compound" | "building";
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        geometry?: {
                            coordinates: unknown[];
                            type: "Polygon" | "MultiPolygon";
                        } | null;
                        name: string;
                        parentId: number;
                        point?: [
                            number,
                            number
                        ] | null;
                        type: "district" | "street" | "town" | "community" | "workstation" | "grid" | "compound" | "building";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            code: string;
                            id: number;
                            inScope: boolean;
                            name: string;
                            parentId: number | null;
                            preset: string | null;
                            type: "district" | "street" | "town" | "community" | "workstation" | "grid" | "compound" | "building";
                            version: number;
                        } & {
                            geometry: unknown | (never | null);
                            point: [
                                number,
                                number
                            ] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            code: string;
                            id: number;
                            inScope: boolean;
                            name: string;
                            parentId: number | null;
                            preset: string | null;
                            type: "district" | "street" | "town" | "community" | "workstation" | "grid" | "compound" | "building";
                            version: number;
                        } & {
                            geometry: unknown | (never | null);
                            point: [
                                number,
                                number
                            ] | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query: {
                    expectedVersion: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        expectedVersion: number;
                        geometry?: {
                            coordinates: unknown[];
                            type: "Polygon" | "MultiPolygon";
                        } | null;
                        name?: string;
                        point?: [
                            number,
                            number
                        ] | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                createChild: boolean;
                                delete: boolean;
                                update: boolean;
                            };
                            code: string;
                            id: number;
                            inScope: boolean;
                            name: string;
                            parentId: number | null;
                            preset: string | null;
                            type: "district" | "street" | "town" | "community" | "workstation" | "grid" | "compound" | "building";
                            version: number;
                        } & {
                            geometry: unknown | (never | null);
                            point: [
                                number,
                                number
                            ] | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/resident-tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            labelEn: string;
                            labelZh: string;
                            rule: string | null;
                            sort: number;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resident-tags/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active: boolean;
                        labelEn: string;
                        labelZh: string;
                        rule?: string | null;
                        sort: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            code: string;
                            labelEn: string;
                            labelZh: string;
                            rule: string | null;
                            sort: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD (Asia/Shanghai) */
                        birthDate?: string;
                        economicSituation?: string | null;
                        expectedVersion: number;
                        idNumber?: string | null;
                        name?: string;
                        notes?: string | null;
                        phone?: string | null;
                        relation?: string | null;
                        sex?: "M" | "F";
                        skills?: string | null;
                        socialRelations?: string | null;
                        tags?: string[];
                        views?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            economicSituation: string | null;
                            householdId: number;
                            id: number;
                            /** @description masked, e.g. 110***********1234 */
                            idNumber: string | null;
                            joinedOn: string;
                            leftOn: string | null;
                            leftReason: string | null;
                            name: string;
                            notes: string | null;
                            /** @description masked, e.g. 138****5678 */
                            phone: string | null;
                            relation: string | null;
                            residentId: number;
                            sex: "M" | "F";
                            skills: string | null;
                            socialRelations: string | null;
                            status: string;
                            tags: string[];
                            version: number;
                            views: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/residents/{id}/end-membership": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        note?: string | null;
                        /** @description YYYY-MM-DD (Asia/Shanghai) */
                        on: string;
                        reason: "moved" | "moved-out" | "deceased";
                        relation?: string | null;
                        toHouseholdId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            birthDate: string;
                            economicSituation: string | null;
                            householdId: number;
                            id: number;
                            /** @description masked, e.g. 110***********1234 */
                            idNumber: string | null;
                            joinedOn: string;
                            leftOn: string | null;
                            leftReason: string | null;
                            name: string;
                            notes: string | null;
                            /** @description masked, e.g. 138****5678 */
                            phone: string | null;
                            relation: string | null;
                            residentId: number;
                            sex: "M" | "F";
                            skills: string | null;
                            socialRelations: string | null;
                            status: string;
                            tags: string[];
                            version: number;
                            views: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/residents/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        field: "idNumber" | "phone";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            field: string;
                            residentId: number;
                            value: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description xlsx downloads the list as a workbook */
                    format?: "json" | "xlsx";
                    regionId?: number;
                    userId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                decide: boolean;
                            };
                            approvedAt: string | null;
                            approvedBy: {
                                id: number;
                                name: string;
                            } | null;
                            awardedOn: string;
                            ground: string;
                            id: number;
                            kind: string;
                            note: string | null;
                            points: number;
                            proposedBy: {
                                id: number;
                                name: string;
                            };
                            regionId: number;
                            status: "proposed" | "approved" | "refused";
                            user: {
                                id: number;
                                name: string;
                            };
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM-DD (Asia/Shanghai) */
                        awardedOn: string;
                        ground: "dedication" | "integrity" | "special-task" | "public-property" | "other-merit" | "breach-of-policy-or-law" | "neglect-of-duty" | "falsification" | "sowing-discord" | "other-breach";
                        kind: "commendation" | "material-reward" | "warning" | "demerit" | "dismissal" | "benefit-withdrawal";
                        note?: string | null;
                        points?: number;
                        userId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                decide: boolean;
                            };
                            approvedAt: string | null;
                            approvedBy: {
                                id: number;
                                name: string;
                            } | null;
                            awardedOn: string;
                            ground: string;
                            id: number;
                            kind: string;
                            note: string | null;
                            points: number;
                            proposedBy: {
                                id: number;
                                name: string;
                            };
                            regionId: number;
                            status: "proposed" | "approved" | "refused";
                            user: {
                                id: number;
                                name: string;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rewards/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approve: boolean;
                        expectedVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                decide: boolean;
                            };
                            approvedAt: string | null;
                            approvedBy: {
                                id: number;
                                name: string;
                            } | null;
                            awardedOn: string;
                            ground: string;
                            id: number;
                            kind: string;
                            note: string | null;
                            points: number;
                            proposedBy: {
                                id: number;
                                name: string;
                            };
                            regionId: number;
                            status: "proposed" | "approved" | "refused";
                            user: {
                                id: number;
                                name: string;
                            };
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Current residents of the region (default: the whole scope) in the template layout; ID numbers and phones masked; audited */
        get: {
            parameters: {
                query?: {
                    regionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the roster workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The filled roster as the raw body (Content-Type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet, at most 20 MiB). Always 200 with the report when the file is readable; committed=false means nothing was written. Honours Idempotency-Key. The file is measured as a stream before it is loaded: 400 ROSTER_NOT_XLSX (not a zip, encrypted, damaged, sizes that lie), 400 ROSTER_TOO_MANY_ROWS (over 20,000 rows in a sheet), 413 ROSTER_TOO_LARGE (over 64 MiB inflated, 500,000 cells or strings, or the parse time and memory limits); 429 ROSTER_IMPORT_BUSY when other imports are being read. */
        post: {
            parameters: {
                query?: {
                    dryRun?: boolean;
                    mode?: "all-or-nothing" | "valid-only";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description true when households and residents were written */
                            committed: boolean;
                            dryRun: boolean;
                            households: {
                                created: number;
                                rejected: number;
                            };
                            mode: string;
                            /** @description the first 1,000 problems by row */
                            rejected: {
                                /** @description the column header (Chinese, as in the template) */
                                column: string;
                                /** @description never holds an ID number or a phone */
                                message: string;
                                /** @description stable kebab-case code, e.g. required, check-digit, duplicate, unknown-grid, household-rejected */
                                problem: string;
                                /** @description spreadsheet row number */
                                row: number;
                            }[];
                            /** @description every problem found (rejected lists the first 1,000) */
                            rejectedTotal: number;
                            residents: {
                                created: number;
                                rejected: number;
                            };
                            /** @description data rows read */
                            rows: number;
                            /** @description masked values ignored on re-import (the first 1,000 by row) */
                            warnings: {
                                /** @description the column header (Chinese, as in the template) */
                                column: string;
                                /** @description never holds an ID number or a phone */
                                message: string;
                                /** @description stable kebab-case code, e.g. required, check-digit, duplicate, unknown-grid, household-rejected */
                                problem: string;
                                /** @description spreadsheet row number */
                                row: number;
                            }[];
                            /** @description every warning */
                            warningsTotal: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/roster/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The roster template (xlsx): sheet 户籍花名册, drop-downs, sheet 说明 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the template workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description C7.1 C2.2 D6 a month's round progress per grid and member */
        get: {
            parameters: {
                query?: {
                    gridId?: number;
                    /** @description YYYY-MM */
                    month?: string;
                    regionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            grids: {
                                abilities: {
                                    acknowledge: boolean;
                                    createReport: boolean;
                                    prepare: boolean;
                                };
                                asOf: string;
                                deadline: string;
                                gridId: number;
                                gridName: string;
                                members: {
                                    days: {
                                        date: string;
                                        hours: number;
                                        met: boolean;
                                        status: "met" | "due" | "at-risk" | "overdue";
                                    }[];
                                    daysMet: number;
                                    daysMissed: number;
                                    displayName: string;
                                    hours: number;
                                    userId: number;
                                    visits: number;
                                    workingDays: number;
                                    workingDaysSoFar: number;
                                }[];
                                minHours: number;
                                month: string;
                                policyVersion: number | null;
                                report: {
                                    due: string;
                                    id: number | null;
                                    onTime: boolean | null;
                                    status: ("draft" | "submitted" | "acknowledged") | (never | null);
                                    submittedAt: string | null;
                                } | null;
                                round: {
                                    notReached: {
                                        address: string;
                                        householdId: number;
                                    }[];
                                    reached: number;
                                    status: "met" | "due" | "at-risk" | "overdue";
                                    total: number;
                                    window: {
                                        end: string;
                                        start: string;
                                    };
                                } | null;
                                status: "on-track" | "behind" | "done" | "overdue";
                                window: {
                                    end: string;
                                    start: string;
                                };
                                workingDays: string[];
                                workingDaysSoFar: number;
                            }[];
                            month: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM */
                    month?: string;
                    regionId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                abilities: {
                                    acknowledge: boolean;
                                    refresh: boolean;
                                    submit: boolean;
                                };
                                acknowledgedAt: string | null;
                                acknowledgedBy: {
                                    displayName: string;
                                    id: number;
                                } | null;
                                allowedActions: string[];
                                createdAt: string;
                                createdBy: {
                                    displayName: string;
                                    id: number;
                                } | null;
                                due: string;
                                /** @description members (visits, hours, days met), households reached, notReached (with reasons once submitted), problems */
                                figures: unknown;
                                generatedAt: string;
                                gridId: number;
                                gridName: string;
                                id: number;
                                month: string;
                                note: string | null;
                                policyVersion: number | null;
                                status: "draft" | "submitted" | "acknowledged";
                                submittedAt: string | null;
                                submittedBy: {
                                    displayName: string;
                                    id: number;
                                } | null;
                                summary: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description C2.2 a draft round report generated from the records */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        gridId: number;
                        /** @description YYYY-MM */
                        month: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                refresh: boolean;
                                submit: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            allowedActions: string[];
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            due: string;
                            /** @description members (visits, hours, days met), households reached, notReached (with reasons once submitted), problems */
                            figures: unknown;
                            generatedAt: string;
                            gridId: number;
                            gridName: string;
                            id: number;
                            month: string;
                            note: string | null;
                            policyVersion: number | null;
                            status: "draft" | "submitted" | "acknowledged";
                            submittedAt: string | null;
                            submittedBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            summary: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                refresh: boolean;
                                submit: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            allowedActions: string[];
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            due: string;
                            /** @description members (visits, hours, days met), households reached, notReached (with reasons once submitted), problems */
                            figures: unknown;
                            generatedAt: string;
                            gridId: number;
                            gridName: string;
                            id: number;
                            month: string;
                            note: string | null;
                            policyVersion: number | null;
                            status: "draft" | "submitted" | "acknowledged";
                            submittedAt: string | null;
                            submittedBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            summary: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/reports/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description C2.2 the community head acknowledges a submitted report */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                refresh: boolean;
                                submit: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            allowedActions: string[];
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            due: string;
                            /** @description members (visits, hours, days met), households reached, notReached (with reasons once submitted), problems */
                            figures: unknown;
                            generatedAt: string;
                            gridId: number;
                            gridName: string;
                            id: number;
                            month: string;
                            note: string | null;
                            policyVersion: number | null;
                            status: "draft" | "submitted" | "acknowledged";
                            submittedAt: string | null;
                            submittedBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            summary: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/reports/{id}/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description C2.2 re-generate a draft's figures */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                refresh: boolean;
                                submit: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            allowedActions: string[];
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            due: string;
                            /** @description members (visits, hours, days met), households reached, notReached (with reasons once submitted), problems */
                            figures: unknown;
                            generatedAt: string;
                            gridId: number;
                            gridName: string;
                            id: number;
                            month: string;
                            note: string | null;
                            policyVersion: number | null;
                            status: "draft" | "submitted" | "acknowledged";
                            submittedAt: string | null;
                            submittedBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            summary: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/reports/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description C2.2 submit to the community head; every household not reached needs a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expectedVersion: number;
                        notReached?: {
                            householdId: number;
                            reason: string;
                        }[];
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                acknowledge: boolean;
                                refresh: boolean;
                                submit: boolean;
                            };
                            acknowledgedAt: string | null;
                            acknowledgedBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            allowedActions: string[];
                            createdAt: string;
                            createdBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            due: string;
                            /** @description members (visits, hours, days met), households reached, notReached (with reasons once submitted), problems */
                            figures: unknown;
                            generatedAt: string;
                            gridId: number;
                            gridName: string;
                            id: number;
                            month: string;
                            note: string | null;
                            policyVersion: number | null;
                            status: "draft" | "submitted" | "acknowledged";
                            submittedAt: string | null;
                            submittedBy: {
                                displayName: string;
                                id: number;
                            } | null;
                            summary: string | null;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/self-study": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    userId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            minutes: number;
                            studiedOn: string;
                            topic: string;
                            user: {
                                id: number;
                                name: string;
                            };
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        minutes: number;
                        /** @description YYYY-MM-DD (Asia/Shanghai) */
                        studiedOn: string;
                        topic: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            minutes: number;
                            studiedOn: string;
                            topic: string;
                            user: {
                                id: number;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Cases received in [from, to] (at most 366 days) under a region, grouped; region = its direct children. */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD, Asia/Shanghai */
                    from: string;
                    groupBy: "category" | "tier" | "region" | "month" | "case-class";
                    /** @description default: the top of the caller’s scope */
                    regionId?: number;
                    /** @description YYYY-MM-DD, Asia/Shanghai */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            groupBy: string;
                            regionId: number;
                            rows: {
                                /** @description receipt → completion (or feedback), calendar days, one decimal */
                                avgHandlingDays: number | null;
                                /** @description of them: closed or archived */
                                closed: number;
                                /** @description of them: whose time limit is decided (onTime not null) */
                                decided: number;
                                key: string;
                                label: string;
                                onTime: number;
                                /** @description onTime / decided; null when none is decided */
                                onTimeRate: number | null;
                                /** @description open, not met and past the deadline now */
                                overdueOpen: number;
                                /** @description cases received in the range */
                                received: number;
                                satisfaction: {
                                    basicallySatisfied: number;
                                    rate: number | null;
                                    satisfied: number;
                                    unsatisfied: number;
                                };
                            }[];
                            to: string;
                            total: {
                                /** @description receipt → completion (or feedback), calendar days, one decimal */
                                avgHandlingDays: number | null;
                                /** @description of them: closed or archived */
                                closed: number;
                                /** @description of them: whose time limit is decided (onTime not null) */
                                decided: number;
                                key: string;
                                label: string;
                                onTime: number;
                                /** @description onTime / decided; null when none is decided */
                                onTimeRate: number | null;
                                /** @description open, not met and past the deadline now */
                                overdueOpen: number;
                                /** @description cases received in the range */
                                received: number;
                                satisfaction: {
                                    basicallySatisfied: number;
                                    rate: number | null;
                                    satisfied: number;
                                    unsatisfied: number;
                                };
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/statistics/cases/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The same statistics (one grouping, the total last) as xlsx with Chinese headers; audited */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-MM-DD, Asia/Shanghai */
                    from: string;
                    groupBy: "category" | "tier" | "region" | "month" | "case-class";
                    /** @description default: the top of the caller’s scope */
                    regionId?: number;
                    /** @description YYYY-MM-DD, Asia/Shanghai */
                    to: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the statistics workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description C5.1 monthly analysis list per grid: open and hot cases */
        get: {
            parameters: {
                query: {
                    month: string;
                    regionId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            grids: {
                                cases: {
                                    caseClass: string;
                                    category: string;
                                    deadline: string;
                                    hot: boolean;
                                    hotReasons: ("several-residents" | "escalated" | "flagged")[];
                                    id: number;
                                    open: boolean;
                                    status: string;
                                    tier: string;
                                    title: string;
                                }[];
                                gridId: number;
                                gridName: string;
                                hot: number;
                                open: number;
                            }[];
                            month: string;
                            region: {
                                id: number;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    regionId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cases: {
                                caseClass: string;
                                deadline: string;
                                gridId: number;
                                handlingUnit: string | null;
                                id: number;
                                light: "yellow" | "red";
                                status: string;
                                tier: string;
                                title: string;
                            }[];
                            children: {
                                id: number;
                                name: string;
                                open: number;
                                red: number;
                                type: string;
                                yellow: number;
                            }[];
                            region: {
                                id: number;
                                name: string;
                                type: string;
                            };
                            totals: {
                                open: number;
                                red: number;
                                yellow: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/board/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The board as xlsx with Chinese headers: child regions with their counts, and the yellow and red cases; audited */
        get: {
            parameters: {
                query: {
                    regionId: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the board workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    regionId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                issue: boolean;
                            };
                            comments: string | null;
                            figures: {
                                cases: {
                                    decided: number;
                                    extended: number;
                                    late: number;
                                    overdue: number;
                                    received: number;
                                };
                                meetings: {
                                    held: number;
                                    scheduled: number;
                                    types: string[];
                                };
                                month: string;
                                rewards: {
                                    awardedOn: string;
                                    ground: string;
                                    kind: string;
                                    points: number;
                                    userName: string;
                                }[];
                                team: {
                                    done: number;
                                    item: string;
                                    of: number;
                                }[];
                                trainings: {
                                    attended: number;
                                    of: number;
                                    sessions: number;
                                };
                                visitsByClass: {
                                    households: number;
                                    key: string;
                                    label: string;
                                    met: number;
                                    rate: number;
                                }[];
                            };
                            generatedAt: string;
                            id: number;
                            issuedAt: string | null;
                            month: string;
                            rating: number | null;
                            regionId: number;
                            regionName: string;
                            status: "draft" | "issued";
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-MM */
                        month: string;
                        regionId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                issue: boolean;
                            };
                            comments: string | null;
                            figures: {
                                cases: {
                                    decided: number;
                                    extended: number;
                                    late: number;
                                    overdue: number;
                                    received: number;
                                };
                                meetings: {
                                    held: number;
                                    scheduled: number;
                                    types: string[];
                                };
                                month: string;
                                rewards: {
                                    awardedOn: string;
                                    ground: string;
                                    kind: string;
                                    points: number;
                                    userName: string;
                                }[];
                                team: {
                                    done: number;
                                    item: string;
                                    of: number;
                                }[];
                                trainings: {
                                    attended: number;
                                    of: number;
                                    sessions: number;
                                };
                                visitsByClass: {
                                    households: number;
                                    key: string;
                                    label: string;
                                    met: number;
                                    rate: number;
                                }[];
                            };
                            generatedAt: string;
                            id: number;
                            issuedAt: string | null;
                            month: string;
                            rating: number | null;
                            regionId: number;
                            regionName: string;
                            status: "draft" | "issued";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/supervision/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                issue: boolean;
                            };
                            comments: string | null;
                            figures: {
                                cases: {
                                    decided: number;
                                    extended: number;
                                    late: number;
                                    overdue: number;
                                    received: number;
                                };
                                meetings: {
                                    held: number;
                                    scheduled: number;
                                    types: string[];
                                };
                                month: string;
                                rewards: {
                                    awardedOn: string;
                                    ground: string;
                                    kind: string;
                                    points: number;
                                    userName: string;
                                }[];
                                team: {
                                    done: number;
                                    item: string;
                                    of: number;
                                }[];
                                trainings: {
                                    attended: number;
                                    of: number;
                                    sessions: number;
                                };
                                visitsByClass: {
                                    households: number;
                                    key: string;
                                    label: string;
                                    met: number;
                                    rate: number;
                                }[];
                            };
                            generatedAt: string;
                            id: number;
                            issuedAt: string | null;
                            month: string;
                            rating: number | null;
                            regionId: number;
                            regionName: string;
                            status: "draft" | "issued";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comments?: string | null;
                        expectedVersion: number;
                        /** @description issue the report (final; needs a rating) */
                        issue?: boolean;
                        rating?: number | null;
                        /** @description regenerate the figures from the records */
                        refresh?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                                issue: boolean;
                            };
                            comments: string | null;
                            figures: {
                                cases: {
                                    decided: number;
                                    extended: number;
                                    late: number;
                                    overdue: number;
                                    received: number;
                                };
                                meetings: {
                                    held: number;
                                    scheduled: number;
                                    types: string[];
                                };
                                month: string;
                                rewards: {
                                    awardedOn: string;
                                    ground: string;
                                    kind: string;
                                    points: number;
                                    userName: string;
                                }[];
                                team: {
                                    done: number;
                                    item: string;
                                    of: number;
                                }[];
                                trainings: {
                                    attended: number;
                                    of: number;
                                    sessions: number;
                                };
                                visitsByClass: {
                                    households: number;
                                    key: string;
                                    label: string;
                                    met: number;
                                    rate: number;
                                }[];
                            };
                            generatedAt: string;
                            id: number;
                            issuedAt: string | null;
                            month: string;
                            rating: number | null;
                            regionId: number;
                            regionName: string;
                            status: "draft" | "issued";
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/supervision/reports/{id}/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the report as an xlsx workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description the calendar year; this year by default */
                    year?: number;
                };
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            asOf: string;
                            attendance: {
                                meetings: {
                                    absent: number;
                                    late: number;
                                    onLeave: number;
                                    present: number;
                                };
                                trainings: {
                                    absent: number;
                                    late: number;
                                    onLeave: number;
                                    present: number;
                                };
                            };
                            diaries: {
                                thisWeek: {
                                    date: string;
                                    done: number;
                                    period: {
                                        end: string;
                                        start: string;
                                    };
                                    policyVersion: number | null;
                                    remaining: number;
                                    required: number;
                                    rule: string;
                                    status: "met" | "due" | "at-risk" | "overdue";
                                    userId: number;
                                };
                                weeks: number;
                                weeksMet: number;
                            };
                            id: number;
                            name: string;
                            rewards: {
                                items: {
                                    abilities: {
                                        decide: boolean;
                                    };
                                    approvedAt: string | null;
                                    approvedBy: {
                                        id: number;
                                        name: string;
                                    } | null;
                                    awardedOn: string;
                                    ground: string;
                                    id: number;
                                    kind: string;
                                    note: string | null;
                                    points: number;
                                    proposedBy: {
                                        id: number;
                                        name: string;
                                    };
                                    regionId: number;
                                    status: "proposed" | "approved" | "refused";
                                    user: {
                                        id: number;
                                        name: string;
                                    };
                                    version: number;
                                }[];
                                points: number;
                            };
                            roles: {
                                regionId: number;
                                regionName: string;
                                role: string;
                            }[];
                            teamMember: boolean;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description xlsx downloads the list as a workbook */
                    format?: "json" | "xlsx";
                    regionId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            id: number;
                            materials: string | null;
                            members: number;
                            minutes: number;
                            present: number;
                            regionId: number;
                            regionName: string;
                            roll?: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            runBy: {
                                id: number;
                                name: string;
                            };
                            startsAt: string;
                            topic: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        materials?: string | null;
                        minutes: number;
                        regionId: number;
                        /** Format: date-time */
                        startsAt: string;
                        topic: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            id: number;
                            materials: string | null;
                            members: number;
                            minutes: number;
                            present: number;
                            regionId: number;
                            regionName: string;
                            roll?: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            runBy: {
                                id: number;
                                name: string;
                            };
                            startsAt: string;
                            topic: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trainings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            id: number;
                            materials: string | null;
                            members: number;
                            minutes: number;
                            present: number;
                            regionId: number;
                            regionName: string;
                            roll?: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            runBy: {
                                id: number;
                                name: string;
                            };
                            startsAt: string;
                            topic: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/trainings/{id}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            status: "present" | "late" | "absent" | "on-leave";
                            userId: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                run: boolean;
                            };
                            id: number;
                            materials: string | null;
                            members: number;
                            minutes: number;
                            present: number;
                            regionId: number;
                            regionName: string;
                            roll?: {
                                attendance: ("present" | "late" | "absent" | "on-leave") | (never | null);
                                user: {
                                    id: number;
                                    name: string;
                                };
                            }[];
                            runBy: {
                                id: number;
                                name: string;
                            };
                            startsAt: string;
                            topic: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                assignRoles: boolean;
                                /** @description roles the caller may give this user (empty for oneself) */
                                grantableRoles: ("admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer")[];
                                update: boolean;
                            };
                            active: boolean;
                            displayName: string;
                            id: number;
                            roles: {
                                id: number;
                                regionId: number;
                                regionName: string;
                                /** @description the caller may take this role back */
                                removable: boolean;
                                role: "admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer";
                            }[];
                            username: string;
                            version: number;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName: string;
                        password: string;
                        /** @description lowercase letters, digits, . _ - */
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                assignRoles: boolean;
                                /** @description roles the caller may give this user (empty for oneself) */
                                grantableRoles: ("admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer")[];
                                update: boolean;
                            };
                            active: boolean;
                            displayName: string;
                            id: number;
                            roles: {
                                id: number;
                                regionId: number;
                                regionName: string;
                                /** @description the caller may take this role back */
                                removable: boolean;
                                role: "admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer";
                            }[];
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        active?: boolean;
                        displayName?: string;
                        expectedVersion: number;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                assignRoles: boolean;
                                /** @description roles the caller may give this user (empty for oneself) */
                                grantableRoles: ("admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer")[];
                                update: boolean;
                            };
                            active: boolean;
                            displayName: string;
                            id: number;
                            roles: {
                                id: number;
                                regionId: number;
                                regionName: string;
                                /** @description the caller may take this role back */
                                removable: boolean;
                                role: "admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer";
                            }[];
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/roles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        regionId: number;
                        role: "admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                assignRoles: boolean;
                                /** @description roles the caller may give this user (empty for oneself) */
                                grantableRoles: ("admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer")[];
                                update: boolean;
                            };
                            active: boolean;
                            displayName: string;
                            id: number;
                            roles: {
                                id: number;
                                regionId: number;
                                regionName: string;
                                /** @description the caller may take this role back */
                                removable: boolean;
                                role: "admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer";
                            }[];
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/roles/{roleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                    roleId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                assignRoles: boolean;
                                /** @description roles the caller may give this user (empty for oneself) */
                                grantableRoles: ("admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer")[];
                                update: boolean;
                            };
                            active: boolean;
                            displayName: string;
                            id: number;
                            roles: {
                                id: number;
                                regionId: number;
                                regionName: string;
                                /** @description the caller may take this role back */
                                removable: boolean;
                                role: "admin" | "street-officer" | "town-officer" | "community-lead" | "workstation-staff" | "grid-leader" | "grid-worker" | "hotline-operator" | "department-handler" | "supervisor" | "grid-office" | "grid-manager" | "customer-rep" | "sales-rep" | "installer";
                            }[];
                            username: string;
                            version: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification/draws": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    current?: boolean;
                    kind?: "quarterly" | "yearly";
                    /** @description YYYY-Qn, e.g. 2026-Q4 */
                    quarter?: string;
                    regionId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description for the region asked for, else anywhere in scope */
                            abilities: {
                                draw: boolean;
                                yearly: boolean;
                            };
                            items: {
                                /** @description YYYY-MM-DD (Asia/Shanghai) */
                                baseDate: string;
                                counts: {
                                    [key: string]: {
                                        drawn: number;
                                        size: number;
                                    };
                                };
                                countsByGroup: {
                                    [key: string]: {
                                        drawn: number;
                                        size: number;
                                    };
                                };
                                /** @description ISO 8601 with offset */
                                createdAt: string;
                                createdBy: number;
                                groups: {
                                    drawn: number;
                                    gridIds: number[];
                                    size: number;
                                    workerId: number | null;
                                    workerName: string | null;
                                }[] | null;
                                id: number;
                                kind: "quarterly" | "yearly";
                                policy: {
                                    regionId: number | null;
                                    version: number | null;
                                };
                                quarter: string | null;
                                rates: {
                                    [key: string]: number;
                                };
                                region: {
                                    id: number;
                                    name: string;
                                    type: string;
                                };
                                regionId: number;
                                seed: string;
                                share: number | null;
                                strata: {
                                    drawn: number;
                                    gridId: number;
                                    rate: number;
                                    size: number;
                                    visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                                }[];
                                /** @description ISO 8601 with offset */
                                supersededAt: string | null;
                                supersededBy: number | null;
                                supersedes: number | null;
                                tasks?: {
                                    address: string;
                                    assigneeId: number | null;
                                    /** @description ISO 8601 with offset */
                                    checkedAt: string | null;
                                    /** @description ISO 8601 with offset */
                                    completedAt: string | null;
                                    completedBy: number | null;
                                    discrepancies: number | null;
                                    drawId: number;
                                    followUps: number | null;
                                    gridId: number;
                                    gridName: string;
                                    householdId: number;
                                    id: number;
                                    kind: "quarterly" | "yearly";
                                    period: string;
                                    status: "pending" | "done" | "cancelled";
                                    version: number;
                                    visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                                }[];
                                year: number | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description YYYY-Qn, e.g. 2026-Q4 */
                        quarter: string;
                        redraw?: boolean;
                        regionId: number;
                        /** @description the same seed draws the same households */
                        seed?: string | number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description YYYY-MM-DD (Asia/Shanghai) */
                            baseDate: string;
                            counts: {
                                [key: string]: {
                                    drawn: number;
                                    size: number;
                                };
                            };
                            countsByGroup: {
                                [key: string]: {
                                    drawn: number;
                                    size: number;
                                };
                            };
                            /** @description ISO 8601 with offset */
                            createdAt: string;
                            createdBy: number;
                            groups: {
                                drawn: number;
                                gridIds: number[];
                                size: number;
                                workerId: number | null;
                                workerName: string | null;
                            }[] | null;
                            id: number;
                            kind: "quarterly" | "yearly";
                            policy: {
                                regionId: number | null;
                                version: number | null;
                            };
                            quarter: string | null;
                            rates: {
                                [key: string]: number;
                            };
                            region: {
                                id: number;
                                name: string;
                                type: string;
                            };
                            regionId: number;
                            seed: string;
                            share: number | null;
                            strata: {
                                drawn: number;
                                gridId: number;
                                rate: number;
                                size: number;
                                visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                            }[];
                            /** @description ISO 8601 with offset */
                            supersededAt: string | null;
                            supersededBy: number | null;
                            supersedes: number | null;
                            tasks?: {
                                address: string;
                                assigneeId: number | null;
                                /** @description ISO 8601 with offset */
                                checkedAt: string | null;
                                /** @description ISO 8601 with offset */
                                completedAt: string | null;
                                completedBy: number | null;
                                discrepancies: number | null;
                                drawId: number;
                                followUps: number | null;
                                gridId: number;
                                gridName: string;
                                householdId: number;
                                id: number;
                                kind: "quarterly" | "yearly";
                                period: string;
                                status: "pending" | "done" | "cancelled";
                                version: number;
                                visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                            }[];
                            year: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification/draws/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description YYYY-MM-DD (Asia/Shanghai) */
                            baseDate: string;
                            counts: {
                                [key: string]: {
                                    drawn: number;
                                    size: number;
                                };
                            };
                            countsByGroup: {
                                [key: string]: {
                                    drawn: number;
                                    size: number;
                                };
                            };
                            /** @description ISO 8601 with offset */
                            createdAt: string;
                            createdBy: number;
                            groups: {
                                drawn: number;
                                gridIds: number[];
                                size: number;
                                workerId: number | null;
                                workerName: string | null;
                            }[] | null;
                            id: number;
                            kind: "quarterly" | "yearly";
                            policy: {
                                regionId: number | null;
                                version: number | null;
                            };
                            quarter: string | null;
                            rates: {
                                [key: string]: number;
                            };
                            region: {
                                id: number;
                                name: string;
                                type: string;
                            };
                            regionId: number;
                            seed: string;
                            share: number | null;
                            strata: {
                                drawn: number;
                                gridId: number;
                                rate: number;
                                size: number;
                                visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                            }[];
                            /** @description ISO 8601 with offset */
                            supersededAt: string | null;
                            supersededBy: number | null;
                            supersedes: number | null;
                            tasks?: {
                                address: string;
                                assigneeId: number | null;
                                /** @description ISO 8601 with offset */
                                checkedAt: string | null;
                                /** @description ISO 8601 with offset */
                                completedAt: string | null;
                                completedBy: number | null;
                                discrepancies: number | null;
                                drawId: number;
                                followUps: number | null;
                                gridId: number;
                                gridName: string;
                                householdId: number;
                                id: number;
                                kind: "quarterly" | "yearly";
                                period: string;
                                status: "pending" | "done" | "cancelled";
                                version: number;
                                visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                            }[];
                            year: number | null;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    /** @description YYYY-Qn, e.g. 2026-Q4 */
                    quarter?: string;
                    regionId: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byClass: {
                                [key: string]: {
                                    discrepancies: number;
                                    discrepancyRate: number | null;
                                    done: number;
                                    followUps: number;
                                    tasks: number;
                                    withDiscrepancy: number;
                                };
                            };
                            grids: {
                                byClass: {
                                    [key: string]: {
                                        discrepancies: number;
                                        discrepancyRate: number | null;
                                        done: number;
                                        followUps: number;
                                        tasks: number;
                                        withDiscrepancy: number;
                                    };
                                };
                                code: string;
                                discrepancies: number;
                                discrepancyRate: number | null;
                                done: number;
                                followUps: number;
                                gridId: number;
                                name: string;
                                tasks: number;
                                withDiscrepancy: number;
                            }[];
                            kind: "quarterly" | "yearly";
                            period: string;
                            regionId: number;
                            total: {
                                discrepancies: number;
                                discrepancyRate: number | null;
                                done: number;
                                followUps: number;
                                tasks: number;
                                withDiscrepancy: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification/summary/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The summary (by grid and by class, the total last) as xlsx with Chinese headers; audited */
        get: {
            parameters: {
                query: {
                    /** @description YYYY-Qn, e.g. 2026-Q4 */
                    quarter?: string;
                    regionId: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the summary workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    drawId?: number;
                    /** @description tasks whose form flagged a field for follow-up */
                    followUp?: boolean;
                    kind?: "quarterly" | "yearly";
                    limit?: number;
                    /** @description only tasks assigned to the caller */
                    mine?: boolean;
                    offset?: number;
                    status?: "pending" | "done" | "cancelled";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                assigneeId: number | null;
                                /** @description ISO 8601 with offset */
                                checkedAt: string | null;
                                /** @description ISO 8601 with offset */
                                completedAt: string | null;
                                completedBy: number | null;
                                discrepancies: number | null;
                                drawId: number;
                                followUps: number | null;
                                gridId: number;
                                gridName: string;
                                householdId: number;
                                id: number;
                                kind: "quarterly" | "yearly";
                                period: string;
                                status: "pending" | "done" | "cancelled";
                                version: number;
                                visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                submit: boolean;
                            };
                            address: string;
                            assigneeId: number | null;
                            /** @description ISO 8601 with offset */
                            checkedAt: string | null;
                            /** @description ISO 8601 with offset */
                            completedAt: string | null;
                            completedBy: number | null;
                            discrepancies: number | null;
                            drawId: number;
                            followUps: number | null;
                            form: {
                                /** @description value: a corrected value is applied; flag: marked for follow-up */
                                correct: "value" | "flag";
                                field: string;
                                name: string;
                                residentId: number | null;
                                scope: "household" | "resident";
                                /** @description the recorded value; ID numbers and phones as masks */
                                value: unknown;
                            }[];
                            gridId: number;
                            gridName: string;
                            household: {
                                address: string;
                                housing: string;
                                id: number;
                                landlord: string | null;
                                members: {
                                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                                    birthDate: string;
                                    idNumber: string | null;
                                    name: string;
                                    phone: string | null;
                                    relation: string | null;
                                    residentId: number;
                                    sex: string;
                                    tags: string[];
                                    version: number;
                                }[];
                                version: number;
                                visitClass: {
                                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                                    asOf: string;
                                    derivedClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                                    override: {
                                        reason: string;
                                        visitClass: string;
                                    } | null;
                                    reasons: {
                                        reason: string;
                                        residentId: number;
                                        rule: string;
                                        visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                                    }[];
                                    source: string;
                                    visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                                };
                            };
                            householdId: number;
                            id: number;
                            kind: "quarterly" | "yearly";
                            period: string;
                            result: {
                                fields: {
                                    applied: boolean;
                                    before: unknown;
                                    correctedValue?: unknown;
                                    field: string;
                                    followUp: boolean;
                                    note?: string;
                                    outcome: "confirmed" | "corrected";
                                }[];
                                note: string | null;
                            } | null;
                            status: "pending" | "done" | "cancelled";
                            version: number;
                            visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification/tasks/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        checkedAt: string;
                        expectedVersion: number;
                        fields: {
                            /** @description plain fields only; a sealed field is only flagged */
                            correctedValue?: unknown;
                            /** @description household.address | resident.<id>.tags ... */
                            field: string;
                            note?: string;
                            outcome: "confirmed" | "corrected";
                        }[];
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                submit: boolean;
                            };
                            address: string;
                            assigneeId: number | null;
                            /** @description ISO 8601 with offset */
                            checkedAt: string | null;
                            /** @description ISO 8601 with offset */
                            completedAt: string | null;
                            completedBy: number | null;
                            discrepancies: number | null;
                            drawId: number;
                            followUps: number | null;
                            form: {
                                /** @description value: a corrected value is applied; flag: marked for follow-up */
                                correct: "value" | "flag";
                                field: string;
                                name: string;
                                residentId: number | null;
                                scope: "household" | "resident";
                                /** @description the recorded value; ID numbers and phones as masks */
                                value: unknown;
                            }[];
                            gridId: number;
                            gridName: string;
                            household: {
                                address: string;
                                housing: string;
                                id: number;
                                landlord: string | null;
                                members: {
                                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                                    birthDate: string;
                                    idNumber: string | null;
                                    name: string;
                                    phone: string | null;
                                    relation: string | null;
                                    residentId: number;
                                    sex: string;
                                    tags: string[];
                                    version: number;
                                }[];
                                version: number;
                                visitClass: {
                                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                                    asOf: string;
                                    derivedClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                                    override: {
                                        reason: string;
                                        visitClass: string;
                                    } | null;
                                    reasons: {
                                        reason: string;
                                        residentId: number;
                                        rule: string;
                                        visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                                    }[];
                                    source: string;
                                    visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                                };
                            };
                            householdId: number;
                            id: number;
                            kind: "quarterly" | "yearly";
                            period: string;
                            result: {
                                fields: {
                                    applied: boolean;
                                    before: unknown;
                                    correctedValue?: unknown;
                                    field: string;
                                    followUp: boolean;
                                    note?: string;
                                    outcome: "confirmed" | "corrected";
                                }[];
                                note: string | null;
                            } | null;
                            status: "pending" | "done" | "cancelled";
                            version: number;
                            visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verification/yearly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        redraw?: boolean;
                        regionId: number;
                        /** @description the same seed draws the same households */
                        seed?: string | number;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description YYYY-MM-DD (Asia/Shanghai) */
                            baseDate: string;
                            counts: {
                                [key: string]: {
                                    drawn: number;
                                    size: number;
                                };
                            };
                            countsByGroup: {
                                [key: string]: {
                                    drawn: number;
                                    size: number;
                                };
                            };
                            /** @description ISO 8601 with offset */
                            createdAt: string;
                            createdBy: number;
                            groups: {
                                drawn: number;
                                gridIds: number[];
                                size: number;
                                workerId: number | null;
                                workerName: string | null;
                            }[] | null;
                            id: number;
                            kind: "quarterly" | "yearly";
                            policy: {
                                regionId: number | null;
                                version: number | null;
                            };
                            quarter: string | null;
                            rates: {
                                [key: string]: number;
                            };
                            region: {
                                id: number;
                                name: string;
                                type: string;
                            };
                            regionId: number;
                            seed: string;
                            share: number | null;
                            strata: {
                                drawn: number;
                                gridId: number;
                                rate: number;
                                size: number;
                                visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                            }[];
                            /** @description ISO 8601 with offset */
                            supersededAt: string | null;
                            supersededBy: number | null;
                            supersedes: number | null;
                            tasks?: {
                                address: string;
                                assigneeId: number | null;
                                /** @description ISO 8601 with offset */
                                checkedAt: string | null;
                                /** @description ISO 8601 with offset */
                                completedAt: string | null;
                                completedBy: number | null;
                                discrepancies: number | null;
                                drawId: number;
                                followUps: number | null;
                                gridId: number;
                                gridName: string;
                                householdId: number;
                                id: number;
                                kind: "quarterly" | "yearly";
                                period: string;
                                status: "pending" | "done" | "cancelled";
                                version: number;
                                visitClass: "1-general" | "1-special" | "2-general" | "2-key" | "3";
                            }[];
                            year: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query: {
                    householdId: number;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                createdBy: number;
                                endedAt: string;
                                findings: string | null;
                                householdId: number;
                                id: number;
                                inPerson: boolean;
                                location: {
                                    lat: number;
                                    lng: number;
                                } | null;
                                needs: string | null;
                                outsideGrid: boolean | null;
                                policyVersion: number | null;
                                startedAt: string;
                                type: string;
                                visitors: number[];
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        endedAt: string;
                        findings?: string | null;
                        householdId: number;
                        location?: {
                            lat: number;
                            lng: number;
                        } | null;
                        needs?: string | null;
                        /**
                         * Format: date-time
                         * @description ISO 8601 with an offset
                         */
                        startedAt: string;
                        type: "routine" | "round" | "three-visits" | "follow-up" | "call";
                        visitors?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            createdBy: number;
                            endedAt: string;
                            findings: string | null;
                            householdId: number;
                            id: number;
                            inPerson: boolean;
                            location: {
                                lat: number;
                                lng: number;
                            } | null;
                            needs: string | null;
                            outsideGrid: boolean | null;
                            policyVersion: number | null;
                            startedAt: string;
                            type: string;
                            visitors: number[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/{id}/photos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            height: number | null;
                            id: number;
                            sha256: string;
                            size: number;
                            uploadedAt: string;
                            uploadedBy: {
                                id: number;
                                name: string;
                            };
                            url: string;
                            width: number | null;
                        }[];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** @description The raw image as the body (Content-Type image/jpeg, image/png or image/webp; checked by its magic bytes), at most 10 MiB (413 PAYLOAD_TOO_LARGE) and 40 megapixels (413 IMAGE_TOO_LARGE, from the header before decoding); at most 9 photos. The image must decode (415 IMAGE_UNREADABLE for a file with an image's magic bytes that is not one); it is stored re-encoded with its orientation applied and without metadata (EXIF, GPS, XMP, ICC), so size and sha256 are those of the stored bytes. 429 PHOTO_UPLOADS_BUSY when too many photos are being decoded at once. Honours Idempotency-Key (over the uploaded bytes). */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contentType: string;
                            height: number | null;
                            id: number;
                            sha256: string;
                            size: number;
                            uploadedAt: string;
                            uploadedBy: {
                                id: number;
                                name: string;
                            };
                            url: string;
                            width: number | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    date?: string;
                    groupBy?: "grid" | "worker" | "class";
                    regionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            groupBy: string;
                            regionId: number;
                            rows: {
                                atRisk: number;
                                /** @description visit days done, each household counted up to its required number */
                                done: number;
                                due: number;
                                households: number;
                                key: string;
                                label: string;
                                met: number;
                                overdue: number;
                                /** @description met / households (1 when there are none) */
                                rate: number;
                                required: number;
                            }[];
                            total: {
                                atRisk: number;
                                /** @description visit days done, each household counted up to its required number */
                                done: number;
                                due: number;
                                households: number;
                                key: string;
                                label: string;
                                met: number;
                                overdue: number;
                                /** @description met / households (1 when there are none) */
                                rate: number;
                                required: number;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/compliance/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The compliance by grid, by grid worker and by class (one sheet each) as xlsx with Chinese headers; audited */
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    date?: string;
                    regionId?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description the compliance workbook */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    date?: string;
                    gridId?: number;
                    includeMet?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            items: {
                                address: string;
                                bucket: "overdue" | "today" | "this-week" | "later" | "done";
                                buildingId: number | null;
                                buildingName: string | null;
                                compoundId: number | null;
                                compoundName: string | null;
                                done: number;
                                gridId: number;
                                gridName: string;
                                householdId: number;
                                /** @description the last in-person visit up to the end of date */
                                lastVisitAt: string | null;
                                period: {
                                    end: string;
                                    start: string;
                                };
                                /** @description reason codes (A7.2), each once */
                                reasons: string[];
                                remaining: number;
                                required: number;
                                /** @description A7.2 (class frequency) or C2.2 (household-wide round) */
                                rule: string;
                                status: "overdue" | "at-risk" | "due" | "met";
                                suggestedNext: string | null;
                                visitClass: string;
                                /** @description the days of the period that count (C2.2), null when all do */
                                window: {
                                    end: string;
                                    start: string;
                                } | null;
                            }[];
                            /** @description true when more households were due than the 2,000 most urgent listed */
                            truncated: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/visits/hours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    from?: string;
                    regionId?: number;
                    /** @description YYYY-MM-DD (Asia/Shanghai) */
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            rows: {
                                date: string;
                                displayName: string;
                                minutes: number;
                                userId: number;
                                visits: number;
                            }[];
                            to: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: {
                    kind?: "implementation-plan" | "workstation-evaluation";
                    regionId?: number;
                    year?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            author: {
                                id: number;
                                name: string;
                            };
                            content: string;
                            id: number;
                            kind: string;
                            rating: number | null;
                            regionId: number;
                            regionName: string;
                            title: string;
                            updatedAt: string;
                            version: number;
                            year: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content: string;
                        kind: "implementation-plan" | "workstation-evaluation";
                        rating?: number;
                        regionId: number;
                        title: string;
                        year: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            author: {
                                id: number;
                                name: string;
                            };
                            content: string;
                            id: number;
                            kind: string;
                            rating: number | null;
                            regionId: number;
                            regionName: string;
                            title: string;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-records/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        content?: string;
                        expectedVersion: number;
                        rating?: number;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            abilities: {
                                edit: boolean;
                            };
                            author: {
                                id: number;
                                name: string;
                            };
                            content: string;
                            id: number;
                            kind: string;
                            rating: number | null;
                            regionId: number;
                            regionName: string;
                            title: string;
                            updatedAt: string;
                            version: number;
                            year: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description stable UPPER_SNAKE_CASE code */
                                code: string;
                                details?: unknown;
                                message: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            database: "embedded" | "postgres";
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: service requests (filters; 90 days, 1000 rows) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** GeoReport v2: create a service request (api_key required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: service requests (filters; 90 days, 1000 rows) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        /** GeoReport v2: create a service request (api_key required) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/requests/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: one service request */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: service list (the case categories) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: service list (the case categories) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/services/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: service definition */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/open311/v2/tokens/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GeoReport v2: service_request_id from a token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
