// Generated from openapi.json by scripts/generate.mjs (npm run generate). Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the server and its database are up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/authorities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the local executive authorities
         * @description Authorities ordered by slug, a page at a time.
         */
        get: operations["listAuthorities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/authorities/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one authority */
        get: operations["getAuthority"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/editorial/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log of an authority
         * @description What its staff did (news.create, news.update, news.publish, news.unpublish, news.delete, news.cover.upload, news.cover.delete), newest first. Admins of that authority only (another is 403).
         */
        get: operations["listAuditLog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/editorial/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an authority’s news for its editors
         * @description Drafts and published articles of the caller’s authority (or `authority`, which must be theirs: another is 403), most recently changed first.
         */
        get: operations["listEditorialNews"];
        put?: never;
        /**
         * Create a news draft
         * @description A new draft of the caller’s authority (`authority` must be theirs: another is 403). The body HTML is sanitized to the allow-list; title, summary and coverAlt are stored as plain text.
         */
        post: operations["createNewsDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/editorial/news/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an article with every language, any status
         * @description Its ETag is "v<version>". Only an article of the caller’s own authority: any other is 404, as if there were none.
         */
        get: operations["getEditorialNews"];
        put?: never;
        post?: never;
        /**
         * Delete an article
         * @description With its texts and uploaded cover. Only an article of the caller’s own authority: any other is 404, as if there were none.
         */
        delete: operations["deleteNews"];
        options?: never;
        head?: never;
        /**
         * Change an article’s texts
         * @description Each language given replaces its texts; null removes English or Russian. With If-Match, a change made from another version than the current one is 412. Only an article of the caller’s own authority: any other is 404, as if there were none.
         */
        patch: operations["updateNews"];
        trace?: never;
    };
    "/v1/editorial/news/{id}/cover": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload the cover image
         * @description The request body is the image itself: PNG, JPEG or WebP, at most 2 MiB (2,097,152 bytes; more is 413, checked while it arrives). The bytes are sniffed: another type than declared, or no such image, is 415; SVG is refused. Width and height are read from the image. Only an article of the caller’s own authority: any other is 404, as if there were none.
         */
        put: operations["uploadNewsCover"];
        post?: never;
        /**
         * Remove the cover image
         * @description The article is left without a cover. Only an article of the caller’s own authority: any other is 404, as if there were none.
         */
        delete: operations["deleteNewsCover"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/editorial/news/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish an article
         * @description publishedAt becomes now at each publish; it appears in the public reads. Only an article of the caller’s own authority: any other is 404, as if there were none.
         */
        post: operations["publishNews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/editorial/news/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take an article back to draft
         * @description It disappears from the public reads. Only an article of the caller’s own authority: any other is 404, as if there were none.
         */
        post: operations["unpublishNews"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in person
         * @description A citizen’s personal data comes from the population registry (never typed); staff get their name, authority and roles.
         */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in person’s notifications
         * @description Newest first, a page at a time; `unread=true` for the unread ones only.
         */
        get: operations["listMyNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a notification read
         * @description Idempotent: marking it again changes nothing (the first time it was read is kept).
         */
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/news": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List published news
         * @description Published news, newest first, a page at a time; optionally of one authority. An unknown authority is a 400 with the pointer /query/authority.
         */
        get: operations["listNews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/news/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get one published news article with its body */
        get: operations["getNews"];
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
    schemas: {
        /** @description One action of staff, as recorded when it was done. */
        AuditEntry: {
            /** @example news.publish */
            action: string;
            /**
             * @description The `sub` of the actor’s access token.
             * @example staff:…
             */
            actor: string;
            /** Format: date-time */
            at: string;
            details: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @example 3f1c2a9e-8b4d-4c6e-9a10-2b7e5d4c1f00
             */
            id: string;
            targetId: string;
            /** @example news */
            targetType: string;
        };
        /** @description A page of the audit log, newest first. */
        AuditPage: {
            items: components["schemas"]["AuditEntry"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A local executive authority (city or district executive power). `lang` is the language its texts are actually in: the one asked for, or az when there is no translation into it. */
        Authority: {
            contacts: components["schemas"]["AuthorityContacts"];
            /**
             * @description A city or a district executive power.
             * @enum {string}
             */
            kind: "city" | "district";
            lang: components["schemas"]["Lang"];
            /** @example Ganja City Executive Power */
            name: string;
            /** @example Ganja */
            shortName: string;
            /**
             * @description Stable identifier of a local executive authority.
             * @example ganja
             */
            slug: string;
        };
        /** @description How citizens reach the authority. */
        AuthorityContacts: {
            /** @example Gəncə şəhəri, Atatürk prospekti 1 */
            address: string;
            /** @example info@ganja-ih.gov.az */
            email: string;
            /** @example +994 22 256 00 00 */
            phone: string;
            /** @example https://ganja-ih.gov.az */
            website: string;
        };
        /** @description A page of authorities, ordered by slug. */
        AuthorityPage: {
            items: components["schemas"]["Authority"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A news article as its editors see it: every language, any status. */
        EditorialNews: {
            /**
             * @description Stable identifier of a local executive authority.
             * @example ganja
             */
            authority: string;
            /** @description The cover image (the alt text is per language, in translations). */
            cover: {
                height: number;
                /** @example /media/uploads/3f1c2a9e-8b4d-4c6e-9a10-2b7e5d4c1f00.jpg */
                url: string;
                width: number;
            } | null;
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uuid
             * @example 3f1c2a9e-8b4d-4c6e-9a10-2b7e5d4c1f00
             */
            id: string;
            /**
             * Format: date-time
             * @description When it was last published; null for a draft.
             */
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            translations: {
                az: components["schemas"]["EditorialTranslation"];
                en?: components["schemas"]["EditorialTranslation"];
                ru?: components["schemas"]["EditorialTranslation"];
            };
            /** Format: date-time */
            updatedAt: string;
            /** @description Incremented by every change; the ETag is "v<version>". */
            version: number;
        };
        /** @description A page of an authority’s news, drafts and published, most recently changed first. */
        EditorialNewsPage: {
            items: components["schemas"]["EditorialNewsSummary"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A news article as its editors list it. */
        EditorialNewsSummary: {
            /**
             * @description Stable identifier of a local executive authority.
             * @example ganja
             */
            authority: string;
            /** @description The cover image (the alt text is per language, in translations). */
            cover: {
                height: number;
                /** @example /media/uploads/3f1c2a9e-8b4d-4c6e-9a10-2b7e5d4c1f00.jpg */
                url: string;
                width: number;
            } | null;
            /**
             * Format: uuid
             * @example 3f1c2a9e-8b4d-4c6e-9a10-2b7e5d4c1f00
             */
            id: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @enum {string} */
            status: "draft" | "published";
            titles: {
                az: string;
                en?: string;
                ru?: string;
            };
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        /** @description An article’s texts in one language, as stored. Title, summary and coverAlt are plain text. */
        EditorialTranslation: {
            /** @description The body as sanitized HTML (the editorial allow-list). */
            bodyHtml: string;
            /** @description Alternative text of the cover, plain text. */
            coverAlt: string | null;
            summary: string;
            title: string;
        };
        /** @description An article’s texts in one language, as sent. */
        EditorialTranslationInput: {
            /** @description Any HTML; sanitized on write to the allow-list p, br, strong, em, b, i, u, s, h2, h3, h4, ul, ol, li, blockquote and a[href] (http, https, mailto, tel; every link gets rel="noopener noreferrer nofollow"). script, style, iframe, object, template, svg… are dropped with their content; other elements are unwrapped, keeping their text; no other attribute survives. */
            bodyHtml: string;
            /** @description Alternative text of the cover, plain text. Omitted: kept as it is; null: removed. */
            coverAlt?: string | null;
            /** @description Plain text, rendered as text. */
            summary: string;
            /** @description Plain text, rendered as text. */
            title: string;
        };
        FieldError: {
            /** @description What is wrong, in the caller's language. */
            detail: string;
            /**
             * @description JSON pointer (RFC 6901) into the request: /query/<name>, /path/<name>, /header/<name> or /body/…
             * @example /query/limit
             */
            pointer: string;
        };
        /** @description The server is up and its database answers. */
        Health: {
            /**
             * @description The database behind this server: embedded PGlite or PostgreSQL.
             * @enum {string}
             */
            database: "pglite" | "postgres";
            /** @enum {string} */
            status: "ok";
        };
        /** @description An image with its text alternative and intrinsic size. */
        Image: {
            /** @description Alternative text, in the language served. */
            alt: string;
            /**
             * @description Intrinsic height in CSS pixels.
             * @example 675
             */
            height: number;
            /**
             * @description Path of the image relative to the API base.
             * @example /media/news/ganja-park.svg
             */
            url: string;
            /**
             * @description Intrinsic width in CSS pixels.
             * @example 1200
             */
            width: number;
        };
        /**
         * @description A content language: Azerbaijani (the default and the fallback), English or Russian.
         * @enum {string}
         */
        Lang: "az" | "en" | "ru";
        /** @description The signed-in person. */
        Me: {
            citizen?: components["schemas"]["MeCitizen"];
            kind: components["schemas"]["PrincipalKind"];
            lang: components["schemas"]["Lang"];
            official?: components["schemas"]["MeOfficial"];
            /**
             * @description The subject of the access token.
             * @example citizen:5HK2L7P
             */
            sub: string;
        };
        /** @description Present for citizens. */
        MeCitizen: {
            /** @description Registered address, in the language served. */
            address: string;
            /**
             * @description Slug of the authority of the territory of the registered address.
             * @example ganja
             */
            authority: string;
            /**
             * Format: date
             * @example 1990-03-14
             */
            birthDate: string;
            /**
             * @description Personal identification number (FIN).
             * @example 5HK2L7P
             */
            fin: string;
            firstName: string;
            lastName: string;
            patronymic: string;
        };
        /** @description Present for officials and evaluators. */
        MeOfficial: {
            /**
             * @description Slug of the official’s authority; null for evaluators of the State Agency.
             * @example ganja
             */
            authority: string | null;
            /** @description Display name. */
            name: string;
            roles: components["schemas"]["StaffRole"][];
        };
        /** @description A news article with its body. */
        NewsArticle: components["schemas"]["NewsSummary"] & {
            /** @description Paragraphs of plain text (derived from bodyHtml). */
            body: string[];
            /** @description The body as HTML, sanitized on write to the allow-list p, br, strong, em, b, i, u, s, h2, h3, h4, ul, ol, li, blockquote and a[href] (http, https, mailto, tel; rel="noopener noreferrer nofollow"). Render it by rebuilding those elements, never as raw innerHTML. */
            bodyHtml: string;
        };
        /** @description A new draft: Azerbaijani texts required, English and Russian optional. */
        NewsDraftInput: {
            /**
             * @description The caller’s own authority.
             * @example ganja
             */
            authority: string;
            translations: {
                az: components["schemas"]["EditorialTranslationInput"];
                en?: components["schemas"]["EditorialTranslationInput"];
                ru?: components["schemas"]["EditorialTranslationInput"];
            };
        };
        /** @description A page of published news, newest first (publishedAt, then id, descending). */
        NewsPage: {
            items: components["schemas"]["NewsSummary"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A news article as listed: everything but the body. `lang` is the language its texts are actually in: the one asked for, or az when the article has no translation into it. */
        NewsSummary: {
            /**
             * @description Slug of the authority that published it.
             * @example ganja
             */
            authority: string;
            /** @description The cover image, if the article has one. */
            cover: components["schemas"]["Image"] | null;
            /**
             * Format: uuid
             * @example 3f1c2a9e-8b4d-4c6e-9a10-2b7e5d4c1f00
             */
            id: string;
            lang: components["schemas"]["Lang"];
            /**
             * Format: date-time
             * @description When it was published (UTC).
             * @example 2026-11-18T08:30:00.000Z
             */
            publishedAt: string;
            /** @description One or two sentences. */
            summary: string;
            title: string;
        };
        /** @description Languages given replace their texts; null removes English or Russian (Azerbaijani cannot be removed); languages left out stay as they are. */
        NewsUpdateInput: {
            translations: {
                az?: components["schemas"]["EditorialTranslationInput"];
                en?: components["schemas"]["EditorialTranslationInput"] | null;
                ru?: components["schemas"]["EditorialTranslationInput"] | null;
            };
        };
        /** @description A notification to the signed-in person, in the language served. */
        Notification: {
            body: string;
            /**
             * Format: date-time
             * @example 2026-11-20T09:15:00.000Z
             */
            createdAt: string;
            /** Format: uuid */
            id: string;
            lang: components["schemas"]["Lang"];
            /** @description Where to go to act on it, if anywhere. */
            link?: string;
            /**
             * Format: date-time
             * @description When it was marked read; null while unread.
             */
            readAt: string | null;
            title: string;
        };
        /** @description A page of the signed-in person’s notifications, newest first. */
        NotificationPage: {
            items: components["schemas"]["Notification"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description Who is signed in: a citizen, an official of an authority, or an evaluator of the State Agency.
         * @enum {string}
         */
        PrincipalKind: "citizen" | "official" | "evaluator";
        /** @description An error, as RFC 9457 problem details (application/problem+json). */
        Problem: {
            /** @description This occurrence explained, in the caller's language. */
            detail?: string;
            /** @description One entry per rejected field. */
            errors?: components["schemas"]["FieldError"][];
            /** @description The path of the request that failed. */
            instance?: string;
            /**
             * @description The HTTP status code.
             * @example 400
             */
            status: number;
            /** @description Short summary of the problem type, in the caller's language. */
            title: string;
            /**
             * @description Problem type URI, urn:icra:problem:<name>.
             * @example urn:icra:problem:validation
             */
            type: string;
        };
        /**
         * @description A role of staff: officials have a subset of admin, editor, moderator, reception (reception officer) and service (service officer); evaluators have evaluator.
         * @enum {string}
         */
        StaffRole: "admin" | "editor" | "moderator" | "reception" | "service" | "evaluator";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuthorities: {
        parameters: {
            query?: {
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
            };
            header?: {
                /** @description ETag(s) the caller holds; a match (weak comparison, or `*`) answers 304 without a body. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of authorities. */
            200: {
                headers: {
                    /** @description public, max-age=60, stale-while-revalidate=300 */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorityPage"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description public, max-age=60, stale-while-revalidate=300 */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAuthority: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description ETag(s) the caller holds; a match (weak comparison, or `*`) answers 304 without a body. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description Stable identifier of a local executive authority. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The authority. */
            200: {
                headers: {
                    /** @description public, max-age=60, stale-while-revalidate=300 */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Authority"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description public, max-age=60, stale-while-revalidate=300 */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditLog: {
        parameters: {
            query?: {
                /** @description The authority (default: the caller’s own); another authority is refused with 403. */
                authority?: string;
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items per page, 1 to 50. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the log. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEditorialNews: {
        parameters: {
            query?: {
                /** @description The authority (default: the caller’s own); another authority is refused with 403. */
                authority?: string;
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items per page, 1 to 50. */
                limit?: number;
                status?: "draft" | "published";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of news. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialNewsPage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNewsDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is not kept (the key may be retried). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewsDraftInput"];
            };
        };
        responses: {
            /** @description The draft. */
            201: {
                headers: {
                    /** @description The article’s version, "v<version>"; send it back in If-Match. */
                    ETag?: string;
                    /** @description Where it is. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialNews"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEditorialNews: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The article id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    /** @description The article’s version, "v<version>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialNews"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNews: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is not kept (the key may be retried). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The article id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It is deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNews: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is not kept (the key may be retried). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("v<version>") the change was made from; another version answers 412. */
                "If-Match"?: string;
            };
            path: {
                /** @description The article id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewsUpdateInput"];
            };
        };
        responses: {
            /** @description The article as changed. */
            200: {
                headers: {
                    /** @description The article’s version, "v<version>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialNews"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another version than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadNewsCover: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is not kept (the key may be retried). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The article id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "image/jpeg": string;
                "image/png": string;
                "image/webp": string;
            };
        };
        responses: {
            /** @description The article with its new cover. */
            200: {
                headers: {
                    /** @description The article’s version, "v<version>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialNews"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The image is larger than 2 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a PNG, JPEG or WebP image, or not the type declared. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNewsCover: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is not kept (the key may be retried). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The article id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article without a cover. */
            200: {
                headers: {
                    /** @description The article’s version, "v<version>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialNews"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishNews: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is not kept (the key may be retried). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The article id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published article. */
            200: {
                headers: {
                    /** @description The article’s version, "v<version>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialNews"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unpublishNews: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is not kept (the key may be retried). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The article id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article, a draft again. */
            200: {
                headers: {
                    /** @description The article’s version, "v<version>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialNews"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyNotifications: {
        parameters: {
            query?: {
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
                /** @description `true`: only unread notifications; `false` or absent: all. */
                unread?: "true" | "false";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is not kept (the key may be retried). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The notification id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It is marked read. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNews: {
        parameters: {
            query?: {
                /** @description Only the news of this authority. */
                authority?: string;
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
            };
            header?: {
                /** @description ETag(s) the caller holds; a match (weak comparison, or `*`) answers 304 without a body. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of news. */
            200: {
                headers: {
                    /** @description public, max-age=60, stale-while-revalidate=300 */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsPage"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description public, max-age=60, stale-while-revalidate=300 */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNews: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description ETag(s) the caller holds; a match (weak comparison, or `*`) answers 304 without a body. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The article id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The article. */
            200: {
                headers: {
                    /** @description public, max-age=60, stale-while-revalidate=300 */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NewsArticle"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description public, max-age=60, stale-while-revalidate=300 */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
