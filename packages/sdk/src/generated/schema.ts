// Generated from openapi.json by scripts/generate.mjs (npm run generate). Do not edit.

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the server and its database are up
         * @description For load balancers and monitors: 200 when the server and its database answer, 503 when the database does not. Never cached.
         */
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
        /**
         * Get one authority
         * @description Public. The authority by its slug, with its contacts, in the language asked for; 404 for an unknown slug.
         */
        get: operations["getAuthority"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/authorities/{slug}/reception-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An authority’s requests for a meeting, the oldest first
         * @description For its reception officers: all, or those of one status (`requested`: the ones to consider).
         */
        get: operations["listReceptionRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/authorities/{slug}/service-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The service officers’ queue: applications to their authority, the soonest due first
         * @description For service officers of the authority in the path only.
         */
        get: operations["listServiceQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/authorities/{slug}/service-ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The citizens’ average rating of an authority’s services
         * @description Public: per service and over all of them. Comments are not here (the authority reads them).
         */
        get: operations["getServiceRatings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/authorities/{slug}/service-ratings/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The comments citizens left with their ratings
         * @description For service officers of the authority in the path only.
         */
        get: operations["listServiceRatingComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/calendar-feeds/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A citizen’s calendar feed of their meetings, by its secret address
         * @description For calendar apps: the secret in the address is the only key (a calendar app sends no token), made and revoked by the citizen in the cabinet. Each meeting is one event with the UID and SEQUENCE of its .ics file; a cancelled one is STATUS:CANCELLED.
         */
        get: operations["getCalendarFeed"];
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
         * @description A new draft of the caller’s authority (`authority` must be theirs: another is 403). The body HTML is sanitized to the allow-list, and a body that would lose content doing so is refused (422); title, summary and coverAlt are stored as plain text.
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
         * @description Its ETag is "v<version>"; with it in If-None-Match, 304 while unchanged. Only an article of the caller’s own authority: any other is 404, as if there were none.
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
    "/v1/evaluation/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The central executive bodies evaluated, with their services
         * @description In their order, named in the language asked (Azerbaijani when a name is missing in it).
         */
        get: operations["listEvaluatedBodies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluation/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a year’s evaluation campaign, as a draft
         * @description Evaluators of the State Agency. The campaign is recorded per service and seen by evaluators only until it is published. One campaign a year: a year that has one (the historical years too) answers 409.
         */
        post: operations["createEvaluationCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluation/campaigns/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A year’s campaign with all its assessments
         * @description Evaluators: the campaign, a draft or published, with every assessment recorded, its deficiencies, proposals and revision; services named in the language asked.
         */
        get: operations["getEvaluationCampaign"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluation/campaigns/{year}/assessments/{serviceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record or correct the assessment of a service in a draft campaign
         * @description Evaluators. The first assessment of a service in the campaign is sent without If-Match; a correction with If-Match naming the revision it was made from ("r<n>", the ETag): another answers 412, none 428. Electronicized: scores and a rating; not electronicized: scores, no rating; stopped: the reason, no scores. Refused (409) once the campaign is published.
         */
        put: operations["recordEvaluationAssessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluation/campaigns/{year}/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A published campaign’s results per body and per criterion
         * @description For a published campaign recorded per service: per body (in their order) the services, how many were electronicized, not or stopped, the ratings, and the mean score on each criterion; and the same over all bodies. `Accept: text/csv` gives one row per body and a last row for all of them (empty `body`). The historical years have no per-body data.
         */
        get: operations["getEvaluationCampaignBodies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluation/campaigns/{year}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Publish a draft campaign
         * @description Evaluators. From then on its year is in the public summary and its breakdown per body is public; it no longer changes. A campaign without any assessment answers 422.
         */
        post: operations["publishEvaluationCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/evaluation/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The State Agency’s evaluation of e-services, per published year
         * @description Per year, oldest first: the central executive bodies evaluated, their services, how many were electronicized, not, or stopped, and the ratings of the electronicized ones. The years 2013–2018 are the published reports’ totals (`published-aggregate`); later years are summed from the assessments recorded per service (`recorded`). Only published campaigns. `Accept: text/csv` gives the same as CSV (a header row, one row per year).
         */
        get: operations["getEvaluationSummary"];
        put?: never;
        post?: never;
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
    "/v1/me/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in citizen’s applications
         * @description The e-participation applications the citizen filed, in every status, newest first.
         */
        get: operations["listMyApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Whether the citizen has a calendar feed of their meetings, and since when
         * @description The feed’s address is shown once, when it is made; this says only whether there is one.
         */
        get: operations["getMyCalendarFeed"];
        put?: never;
        /**
         * Make the citizen’s calendar feed of their meetings, or a new address for it
         * @description A private address calendar apps subscribe to: every meeting of the citizen, moved and cancelled ones too, with the UIDs of their .ics files. Its secret is in the address, shown only in this answer; a new one replaces it, and the old address stops working at once.
         */
        post: operations["renewMyCalendarFeed"];
        /**
         * Revoke the citizen’s calendar feed
         * @description Its address stops working at once. Revoking a feed there is not is no error.
         */
        delete: operations["revokeMyCalendarFeed"];
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
    "/v1/me/reception-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The citizen’s own requests for a meeting, the newest first
         * @description For the cabinet: each request with its status and the meeting it was given.
         */
        get: operations["listMyReceptionRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/service-applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in citizen’s e-service applications, with their status
         * @description The applications the citizen sent, with each one’s status, newest first.
         */
        get: operations["listMyServiceApplications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/service-drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in citizen’s drafts of e-service applications
         * @description The drafts the citizen saved and has not sent yet, the last changed first.
         */
        get: operations["listMyServiceDrafts"];
        put?: never;
        post?: never;
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
        /**
         * Get one published news article with its body
         * @description Public. The article with its body (sanitized HTML) and cover, in the language asked for, else in Azerbaijani (`lang` says which). A draft or an unpublished article is 404.
         */
        get: operations["getNews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Applications to the moderator’s authority
         * @description `authority` must be the moderator’s own (another is 403).
         */
        get: operations["listApplicationsForModeration"];
        put?: never;
        /**
         * File an application on a topical issue
         * @description A citizen addresses an application to an authority, in one of the directions. Files go with it by "upload, then reference": upload each first (`uploadParticipationAttachment`), then name their ids in `attachments`; the application is created and the uploads claimed in one transaction. An upload that is not the caller’s, is already attached, expired or unknown, or is named twice, is 422 with an error at `/body/attachments/<index>`, and nothing is written. A retry with the same Idempotency-Key gets the first answer and claims nothing twice.
         */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An application: to the citizen who filed it, or to moderators of its authority
         * @description Anyone else gets 404, as if there were none.
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
    "/v1/participation/applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an application, turning it into a poll
         * @description The body is the poll to create. The citizen is notified (az/en/ru) and the decision is audited. An application of another authority is 404; one already decided is 409.
         */
        post: operations["approveApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/applications/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file attached to an application
         * @description To the citizen who filed the application, or to moderators of its authority; anyone else gets 404, as for a missing one. The body is the file as uploaded, with its Content-Type, as a download (`Content-Disposition: attachment`, the name as `filename*`), `X-Content-Type-Options: nosniff`, `Content-Security-Policy: sandbox; default-src 'none'` and `Cache-Control: private, no-store`.
         */
        get: operations["getParticipationAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an application with a reason
         * @description The citizen is notified with the reason (az/en/ru) and the decision is audited.
         */
        post: operations["rejectApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file for an application to be filed
         * @description The request body is the file itself: PDF, JPEG or PNG, at most 5 MiB (5,242,880 bytes; more is 413, checked while it arrives). The bytes must start with the magic number of the declared Content-Type (another type, or bytes of another kind, is 415). `filename` is cleaned (directory parts, control characters and surrounding spaces removed, at most 200 characters); nothing left is 422, and U+0000, as in any text of a request, is 400. The upload waits, unclaimed, until an application names it in `attachments` (createApplication). A citizen may hold at most 20 unclaimed uploads (409 `attachment-quota`). Unclaimed uploads older than 24 hours are deleted, a bounded batch at each upload, and can no longer be attached.
         */
        post: operations["uploadParticipationAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/polls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Polls, latest opening first
         * @description Public. Filter by `authority` and `state` (open, upcoming, closed); closed polls stay listed.
         */
        get: operations["listPolls"];
        put?: never;
        /**
         * Create a poll on a planned project
         * @description `authority` must be the moderator’s own (another is 403). Audited.
         */
        post: operations["createPoll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/polls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A poll
         * @description Public. With a citizen’s bearer token it also says in `viewer` whether they may vote and whether they have taken the poll’s ballot credential (never whether or how it was cast). An invalid token is ignored.
         */
        get: operations["getPoll"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/polls/{id}/ballot-credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take the poll’s ballot credential (the right to vote, once)
         * @description For an eligible citizen while the poll is open: the server blind-signs the message (RFC 9474 BlindSign, checked before it is returned) and records that this citizen took the credential, with the SHA-256 of the blinded message; it cannot see the message it signs, so nothing ties the ballot cast with it to the citizen. Asked again with the SAME blinded message (a lost answer), the same signature is given again; with another, 409 `credential-already-issued`: never a second credential. So it is safe to repeat by itself: an `Idempotency-Key` is not declared here and is ignored (no record of the answer is kept with the citizen). 403 `not-eligible`; 409 `poll-not-open` or `poll-closed`.
         */
        post: operations["issueBallotCredential"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/polls/{id}/ballot-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The key that signs the poll’s ballot credentials
         * @description Public and the same for everyone (its `keyId` is the poll’s `ballotKeyId`: a client that is given another key is being singled out). RSA-2048, RFC 9474 suite RSABSSA-SHA384-PSS-Randomized; made on first need and never changed. Cacheable for 5 minutes, with a strong ETag.
         */
        get: operations["getBallotKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/polls/{id}/ballots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cast a ballot, anonymously
         * @description Sent with no identity at all: no Authorization (400 `ballot-identified`), no cookies, no Idempotency-Key; nothing about it is rate-limited, logged or kept per caller. The credential is the RFC 9474 signature of the poll’s key over the prepared message (422 `invalid-credential`); it is spent once (409 `ballot-already-cast`: this credential’s ballot is already in, which a retry after a lost answer also gets). The option goes sealed into the ballot box, which is added to the public tallies `batchSize` ballots at a time and entirely at closing. 409 `poll-not-open` or `poll-closed`.
         */
        post: operations["castBallot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/participation/polls/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A poll’s results, per its visibility rule
         * @description Public, read from the tallies at every request (the same on every instance). Ballots reach the tallies `batchSize` at a time while the poll is open and all at closing, so these results never change by fewer than `batchSize` ballots before the close; `uncounted` says how many wait in the box. When the rule does not show results yet, `hidden: true` with the `reason` and null counts. `after_vote` needs the token of a citizen who took the poll’s ballot credential.
         */
        get: operations["getPollResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file for a request for a meeting
         * @description As uploadParticipationAttachment: the body is the file itself (PDF, JPEG or PNG, at most 5 MiB), checked by its magic number, its name cleaned. It waits, unclaimed, until a request names it in `attachments` (createReceptionRequest), for 24 hours at most; the 20 unclaimed uploads a citizen may hold count those of both kinds.
         */
        post: operations["uploadReceptionAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The slots of an official’s reception hours, free or taken
         * @description Every slot of the official’s weekly hours on the working days of the range (public holidays and the official’s days off have none), none in the past; a slot is taken when the official, or the room, has a meeting then. Nothing says who has it. Revalidated at every use: it changes with every meeting scheduled.
         */
        get: operations["getReceptionAvailability"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/officials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the officials of an authority who receive citizens, with their reception hours
         * @description In the authority’s order: name and position in the language asked, the length of a meeting, and the weekly reception hours (Baku time) with their rooms.
         */
        get: operations["listReceptionOfficials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a meeting with an official of an authority
         * @description The citizen’s name comes from the population registry. The topic, what it is about, whom and when they would rather meet; a reception officer schedules it (the time, the room and the official) or declines it. Every change is notified to the citizen.
         */
        post: operations["createReceptionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A request for a meeting, with the meeting it was given
         * @description Its citizen, or a reception officer of its authority; anyone else is told there is none.
         */
        get: operations["getReceptionRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/requests/{id}/appointment.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The meeting as a calendar file (.ics)
         * @description RFC 5545, one event in the request’s language: its UID never changes, its SEQUENCE grows with every reschedule and with the cancellation, and a cancelled meeting is METHOD:CANCEL, so a calendar that imported it updates or removes it. Its citizen, or a reception officer of its authority.
         */
        get: operations["getReceptionAppointmentCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/requests/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file attached to a request for a meeting
         * @description To its citizen, or to a reception officer of its authority; anyone else gets 404, as for a missing one. As a download (`Content-Disposition: attachment`), with `X-Content-Type-Options: nosniff`, `Content-Security-Policy: sandbox; default-src 'none'` and `Cache-Control: private, no-store`.
         */
        get: operations["getReceptionAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a request or its meeting, with the reason
         * @description The citizen or a reception officer, before or after it was scheduled; the meeting is cancelled (its calendar event too: SEQUENCE grows and the .ics says METHOD:CANCEL) and the other side is told why.
         */
        post: operations["cancelReceptionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/requests/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decline a request for a meeting, with the reason
         * @description A reception officer of the request’s authority; the citizen is told the reason.
         */
        post: operations["declineReceptionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/requests/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a scheduled meeting to another time
         * @description A reception officer (any time, official and room) or the citizen (a free slot of the same official’s reception hours, the meeting keeping its length), with a reason. The calendar event keeps its UID and its SEQUENCE grows.
         */
        post: operations["rescheduleReceptionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/requests/{id}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Schedule a requested meeting: the official, the room and the time
         * @description A reception officer of the request’s authority. The database refuses a time at which the official or the room already has a meeting (409 `slot-taken`, with the nearest free slots), whatever was read before.
         */
        post: operations["scheduleReceptionRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reception/topics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List what a citizen may ask to meet about
         * @description The translated list of topics of a request for a meeting, the same for every authority.
         */
        get: operations["listReceptionTopics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An e-service application: to its applicant, or to service officers of its authority
         * @description Anyone else gets 404, as if there were none.
         */
        get: operations["getServiceApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/amendment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change answers the authority reopened, before resubmitting
         * @description While the application waits on the citizen (needs_information): the answers sent replace those of the amendment, checked as a draft’s are (the journey replayed). Only answers the request reopened (or that had no answer before) may change; any other change is 422 at /body/answers/<field> and nothing is kept. Resubmit to send the amendment to the authority.
         */
        put: operations["amendServiceApplication"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve an application in review
         * @description Only the officer who took it may. It leads from in_review to approved; from anywhere else it is 409 `conflict`, saying where the application is. In one transaction with the change: the citizen’s notification (az/en/ru) and the audit entry. An application of another authority is 404.
         */
        post: operations["approveServiceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete an approved application, issuing its result
         * @description Only the officer who took it may. The result is issued in the same transaction: the portal’s certificate (`generated`), worded by the certificate template of the form the citizen applied with, or the PDF attached with putServiceResult (`attached`; none attached is 409 `result-missing`), with a verification code anyone checks at GET /v1/verify/{code}, or as a person at the page /verify/{code} printed on the certificate. It leads from approved to completed; from anywhere else it is 409 `conflict`, saying where the application is. In one transaction with the change: the citizen’s notification (az/en/ru) and the audit entry. An application of another authority is 404.
         */
        post: operations["completeServiceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file for a document the authority reopened
         * @description While the application waits on the citizen, for a document the request reopened: the same checks as a draft’s upload (type by magic number 415, size 413, number of files 409 `document-quota`). The file joins the amendment; earlier versions keep their own files.
         */
        post: operations["uploadServiceApplicationDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a document of an application: to its applicant, or to service officers of its authority
         * @description As a download (`Content-Disposition: attachment`), with `X-Content-Type-Options: nosniff`, `Content-Security-Policy: sandbox; default-src 'none'` and `Cache-Control: private, no-store`. Anyone else gets 404.
         */
        get: operations["getServiceApplicationDocument"];
        put?: never;
        post?: never;
        /**
         * Take a file out of the amendment, for a document the authority reopened
         * @description A file attached during this request is deleted; one an earlier version holds stays readable there.
         */
        delete: operations["deleteServiceApplicationDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rate the service of a completed application, once
         * @description The applicant, once the application is completed; once per application (again is 409 `already-rated`). The score counts in the public averages; the comment is read by the authority only.
         */
        post: operations["rateService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject an application in review, with a reason
         * @description Only the officer who took it may. The reason is sent to the citizen as written: write it in the application’s `lang`. It leads from in_review to rejected; from anywhere else it is 409 `conflict`, saying where the application is. In one transaction with the change: the citizen’s notification (az/en/ru) and the audit entry. An application of another authority is 404.
         */
        post: operations["rejectServiceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/request-information": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an application in review back to the citizen for more information
         * @description Name the answers and documents the citizen is to change: only those may change (amendServiceApplication, uploadServiceApplicationDocument) until they resubmit; every other answer is refused. The comment is sent to the citizen as written: write it in the application’s `lang`. The deadline’s clock stops until the citizen resubmits. It leads from in_review to needs_information; from anywhere else it is 409 `conflict`, saying where the application is. In one transaction with the change: the citizen’s notification (az/en/ru) and the audit entry. An application of another authority is 404.
         */
        post: operations["requestServiceApplicationInformation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/resubmit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an application back to the authority after it asked for more information
         * @description The applicant only. The amended answers must pass every check of the form and differ only where the request allowed (else 422, each at /body/answers/<field>); they become the next version (getServiceApplicationVersion), and the due date moves on by the working days the application waited on the citizen. It leads from needs_information to resubmitted; from anywhere else it is 409 `conflict`, saying where the application is. In one transaction with the change: the citizen’s notification (az/en/ru) and the audit entry. Another citizen’s application is 404.
         */
        post: operations["resubmitServiceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an application’s result
         * @description The issued result, to its applicant and the service officers of its authority; before it is issued, officers get the PDF attached to be issued. As a download with the headers of every document.
         */
        get: operations["getServiceResult"];
        /**
         * Attach the PDF to issue as an approved application’s result
         * @description The officer who has it, while it is approved; it replaces one attached before. It is issued (with its verification code) when the officer completes the application with `result: attached`.
         */
        put: operations["putServiceResult"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take a submitted or resubmitted application into review
         * @description From then on only the calling officer acts on it (until the citizen resubmits and it is taken again). Of two officers taking it at once exactly one does; the other gets 409. It leads from submitted, resubmitted to in_review; from anywhere else it is 409 `conflict`, saying where the application is. In one transaction with the change: the citizen’s notification (az/en/ru) and the audit entry. An application of another authority is 404.
         */
        post: operations["takeServiceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One version of an application’s answers, with what changed since the one before
         * @description Version 1 is what was submitted; each resubmission adds one (the application’s `version` is the latest). To its applicant and the service officers of its authority.
         */
        get: operations["getServiceApplicationVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-applications/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw an application before it is decided
         * @description The applicant only; an application approved, rejected or completed can no longer be withdrawn. It leads from submitted, in_review, needs_information, resubmitted to withdrawn; from anywhere else it is 409 `conflict`, saying where the application is. In one transaction with the change: the citizen’s notification (az/en/ru) and the audit entry. Another citizen’s application is 404.
         */
        post: operations["withdrawServiceApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-drafts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A draft, with its documents and what to review when the form changed
         * @description Only the citizen’s own: another’s is 404, as if there were none.
         */
        get: operations["getServiceDraft"];
        /**
         * Save a draft’s answers
         * @description Replaces the answers, kept as the journey allows and each checked (a refused one is 422 at /body/answers/<field>; missing required answers are allowed in a draft). If-Match must name the revision the change was made from: without it 428, from an older revision (another device saved since) 412, and nothing is written. `formVersion` must be the current form’s (409 `form-changed`).
         */
        put: operations["updateServiceDraft"];
        post?: never;
        /**
         * Delete a draft and its documents
         * @description Deletes the citizen’s own draft with the files uploaded to it; another person’s draft is 404.
         */
        delete: operations["deleteServiceDraft"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-drafts/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Attach a file to a draft for one of the service’s documents
         * @description The body is the file itself. `document` names which of the service’s documents it is for; that document’s accepted types, size and number of files (getService) apply: a type it does not accept, or bytes that are not what the Content-Type says (checked by their magic number), is 415; more bytes than it allows is 413, checked while they arrive; more files than it allows is 409 `document-quota`. `filename` is cleaned (directory parts and control characters removed, at most 200 characters). The file becomes the answer of the document’s file field.
         */
        post: operations["uploadServiceDraftDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-drafts/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a file attached to the citizen’s draft
         * @description As a download (`Content-Disposition: attachment`), with `X-Content-Type-Options: nosniff`, `Content-Security-Policy: sandbox; default-src 'none'` and `Cache-Control: private, no-store`.
         */
        get: operations["getServiceDraftDocument"];
        put?: never;
        post?: never;
        /**
         * Remove a file from the citizen’s draft
         * @description Removes one uploaded file from the citizen’s own draft; a file or draft not theirs is 404.
         */
        delete: operations["deleteServiceDraftDocument"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/service-drafts/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit a draft: the application, with a reference number
         * @description Checks everything again, as the widget did: every required answer of every reached step, each answer against its schema (422 with an error per field at /body/answers/<field>, in the citizen’s language), the form version (409 `form-changed` when the form changed since the draft was written: open the draft again and review). The fields the registry fills are written from the population registry, whatever the draft holds. In one transaction: the application is stored with a copy of the form, the documents of reached steps move to it (others are deleted), the draft is deleted and the citizen notified. With If-Match, a draft changed since is 412. Send an Idempotency-Key: a retry gets the same application, never a second one.
         */
        post: operations["submitServiceDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The e-services catalogue
         * @description The services in the catalogue’s order, a page at a time; optionally only those an authority provides, of one category, or whose texts contain `q` in the language served. An unknown authority is a 400 with the pointer /query/authority.
         */
        get: operations["listServices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One e-service: its description, required documents, fee, processing time and legal basis
         * @description Public. The whole catalogue entry in the language asked for: which authorities provide it, the documents it asks for, its fee, processing time and legal basis; 404 for an unknown slug.
         */
        get: operations["getService"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{slug}/drafts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start (or resume) an application for an e-service
         * @description A draft of the current form for the signed-in citizen, kept on the server so that every device sees it. `answers` are those given before signing in: they are kept as the form’s journey allows (answers to steps not reached, fields the registry fills and file fields are dropped), and each is checked; a wrong one is 422 with an error at /body/answers/<field> in the citizen’s language. A citizen has one draft per service and authority: when it exists, it is answered (200) unchanged.
         */
        post: operations["createServiceDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/services/{slug}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The application form of an e-service, in one language
         * @description The current version of the form. A service that cannot be applied for online has none (404). Check answers against it with @icra/forms, which is what the portal does on every save and at submit.
         */
        get: operations["getServiceForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/verify/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a certificate or another result by its code
         * @description Anyone, without signing in: whether a document with this code was issued, by which authority, for which service and reference, when, and the SHA-256 of the file issued. Nothing of the person it was issued to.
         */
        get: operations["verifyServiceResult"];
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
            kind: components["schemas"]["AuthorityKind"];
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
        /**
         * @description A city or a district executive power.
         * @enum {string}
         */
        AuthorityKind: "city" | "district";
        /** @description A page of authorities, ordered by slug. */
        AuthorityPage: {
            items: components["schemas"]["Authority"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description A ballot: the credential and the choice, nothing that names the voter. */
        Ballot: {
            /** @description The prepared message (RFC 9474 Prepare, randomized: 32 random bytes then the message), base64url: 32–512 bytes. */
            message: string;
            /** @description The option’s number (0-based). */
            option: number;
            /** @description Its finalized signature (256 bytes), base64url. */
            signature: string;
        };
        /** @description To be finalized (RFC 9474 Finalize) into the signature a ballot carries. */
        BallotCredential: {
            /** @description The blind signature (256 bytes, base64url). */
            blindSignature: string;
        };
        BallotCredentialRequest: {
            /** @description The blinded message (RFC 9474 Blind) of a message only the client knows: 256 bytes, base64url. */
            blindedMessage: string;
        };
        /** @description The key that signs a poll’s ballot credentials (RFC 9474). */
        BallotKey: {
            /** @description base64url SHA-256 of the SPKI DER; the poll’s `ballotKeyId`. */
            keyId: string;
            /** @description The RSA-2048 public key, SPKI DER in base64url (WebCrypto: importKey("spki", …, { name: "RSA-PSS", hash: "SHA-384" })). */
            publicKey: string;
            /** @enum {string} */
            suite: "RSABSSA-SHA384-PSS-Randomized";
        };
        CalendarFeed: {
            /** Format: date-time */
            createdAt: string;
            /**
             * Format: uri
             * @description The feed’s private address; shown only now.
             */
            url: string;
        };
        CalendarFeedState: {
            active: boolean;
            /** Format: date-time */
            createdAt: string | null;
        };
        /**
         * @description A kind of file a required document may be; a file is checked by its bytes, not its name.
         * @enum {string}
         */
        DocumentMediaType: "application/pdf" | "image/jpeg" | "image/png";
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
            status: components["schemas"]["NewsStatus"];
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
            status: components["schemas"]["NewsStatus"];
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
            /** @description HTML of the allow-list p, br, strong, em, b, i, u, s, h2, h3, h4, ul, ol, li, blockquote and a[href] (absolute http, https, mailto or tel addresses; every link gets rel="noopener noreferrer nofollow"), at most 200,000 characters (more is 400) and elements nested at most 32 levels deep. Nothing of its content is dropped without a word: an element outside the allow-list (script, style, img, div, span…), a link address of another kind, or a comment or tag left open that would swallow the rest is refused with 422 and a field error here naming what would be lost. What is accepted is sanitized to the allow-list, losing only markup: other attributes (class, style, target…), closed comments and declarations; element nesting is repaired (unclosed elements closed). */
            bodyHtml: string;
            /** @description Alternative text of the cover, plain text. Omitted: kept as it is; null: removed. */
            coverAlt?: string | null;
            /** @description Plain text, rendered as text. */
            summary: string;
            /** @description Plain text, rendered as text. */
            title: string;
        };
        /** @description A central executive body whose e-services are evaluated. */
        EvaluatedBody: {
            name: string;
            services: components["schemas"]["EvaluatedService"][];
            slug: string;
        };
        EvaluatedBodyList: {
            items: components["schemas"]["EvaluatedBody"][];
        };
        /** @description An e-service of an evaluated body. */
        EvaluatedService: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        /** @description What evaluators recorded of one service in a campaign. */
        EvaluationAssessment: {
            /** @description The text as recorded, per language. */
            deficiencies: {
                az: string;
                en?: string;
                ru?: string;
            } | null;
            outcome: components["schemas"]["EvaluationOutcome"];
            /** @description The text as recorded, per language. */
            proposals: {
                az: string;
                en?: string;
                ru?: string;
            } | null;
            /** @description Null unless electronicized. */
            rating: components["schemas"]["EvaluationRating"] | null;
            /** Format: date-time */
            recordedAt: string;
            /** @description The evaluator who recorded this revision. */
            recordedBy: string;
            /** @description Send it as If-Match ("r<n>") to correct it. */
            revision: number;
            /** @description Null when the evaluation was stopped. */
            scores: {
                electronicization: number;
                openness: number;
                usability: number;
            } | null;
            service: {
                body: string;
                /** Format: uuid */
                id: string;
                name: string;
            };
            /** @description The text as recorded, per language. */
            stoppedReason: {
                az: string;
                en?: string;
                ru?: string;
            } | null;
        };
        /** @description What evaluators record of one service. */
        EvaluationAssessmentInput: components["schemas"]["EvaluationElectronicizedInput"] | components["schemas"]["EvaluationNotElectronicizedInput"] | components["schemas"]["EvaluationStoppedInput"];
        /** @description One body’s services in a campaign. */
        EvaluationBodyTally: components["schemas"]["EvaluationTally"] & {
            name: string;
            slug: string;
        };
        /** @description A year’s evaluation campaign, as evaluators see it. */
        EvaluationCampaign: {
            /** @description Per service (none for a published aggregate), by body and service. */
            assessments: components["schemas"]["EvaluationAssessment"][];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            publishedAt: string | null;
            source: components["schemas"]["EvaluationSource"];
            status: components["schemas"]["EvaluationCampaignStatus"];
            year: number;
        };
        /** @description A published recorded campaign per body, and per criterion over all its services. */
        EvaluationCampaignBreakdown: {
            all: components["schemas"]["EvaluationTally"] & unknown;
            bodies: components["schemas"]["EvaluationBodyTally"][];
            /** Format: date-time */
            publishedAt: string;
            year: number;
        };
        /**
         * @description A draft (only evaluators see it) until it is published; a published campaign no longer changes.
         * @enum {string}
         */
        EvaluationCampaignStatus: "draft" | "published";
        /** @description The mean score (0–100, to one decimal) on each criterion — level of electronicization and connectivity, openness of information and accessibility, usability — of the services scored (stopped ones are not); null when none was. */
        EvaluationCriteriaMeans: {
            electronicization: number | null;
            openness: number | null;
            usability: number | null;
        };
        /** @description An electronicized service: its scores, its rating, deficiencies and proposals. */
        EvaluationElectronicizedInput: {
            /**
             * @description The deficiencies noted; null or absent: none.
             * @default null
             */
            deficiencies?: components["schemas"]["EvaluationTexts"] | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outcome: "electronicized";
            /**
             * @description The proposals given; null or absent: none.
             * @default null
             */
            proposals?: components["schemas"]["EvaluationTexts"] | null;
            rating: components["schemas"]["EvaluationRating"];
            scores: components["schemas"]["EvaluationScores"];
        };
        /** @description A service not electronicized: its scores, deficiencies and proposals; no rating. */
        EvaluationNotElectronicizedInput: {
            /**
             * @description The deficiencies noted; null or absent: none.
             * @default null
             */
            deficiencies?: components["schemas"]["EvaluationTexts"] | null;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outcome: "not_electronicized";
            /**
             * @description The proposals given; null or absent: none.
             * @default null
             */
            proposals?: components["schemas"]["EvaluationTexts"] | null;
            scores: components["schemas"]["EvaluationScores"];
        };
        /**
         * @description What the evaluation found of a service: electronicized, not electronicized, or its evaluation stopped (it counts among the services, as neither).
         * @enum {string}
         */
        EvaluationOutcome: "electronicized" | "not_electronicized" | "stopped";
        /**
         * @description The rating of an electronicized service, worst first.
         * @enum {string}
         */
        EvaluationRating: "unsatisfactory" | "satisfactory" | "good" | "excellent";
        /** @description How many electronicized services got each rating; they add up to `electronicized`. */
        EvaluationRatingCounts: {
            excellent: number;
            good: number;
            satisfactory: number;
            unsatisfactory: number;
        };
        /** @description A score from 0 to 100 on each criterion: level of electronicization and connectivity, openness of information and accessibility, usability. */
        EvaluationScores: {
            electronicization: number;
            openness: number;
            usability: number;
        };
        /**
         * @description Where a year’s numbers come from: the State Agency’s published report (`published-aggregate`, the years before the portal) or the assessments evaluators recorded per service (`recorded`).
         * @enum {string}
         */
        EvaluationSource: "published-aggregate" | "recorded";
        /** @description A service whose evaluation was stopped, with the reason; no scores and no rating. */
        EvaluationStoppedInput: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            outcome: "stopped";
            reason: components["schemas"]["EvaluationTexts"];
        };
        /** @description The published years, oldest first. */
        EvaluationSummary: {
            items: components["schemas"]["EvaluationYear"][];
        };
        /** @description What the assessments of a set of services add up to. */
        EvaluationTally: {
            criteria: components["schemas"]["EvaluationCriteriaMeans"];
            electronicized: number;
            notElectronicized: number;
            ratings: components["schemas"]["EvaluationRatingCounts"];
            services: number;
            stopped: number;
        };
        /** @description A text in Azerbaijani (required) and maybe in English and Russian. */
        EvaluationTexts: {
            az: string;
            en?: string;
            ru?: string;
        };
        /** @description A published year of the State Agency’s evaluation. */
        EvaluationYear: {
            /** @description Central executive bodies evaluated. */
            bodies: number;
            electronicized: number;
            notElectronicized: number;
            ratings: components["schemas"]["EvaluationRatingCounts"];
            /** @description Services evaluated: electronicized + notElectronicized + stopped. */
            services: number;
            source: components["schemas"]["EvaluationSource"];
            /** @description Services whose evaluation was stopped (2016: 22). */
            stopped: number;
            year: number;
        };
        /** @description Someone the registry holds at the citizen’s registered address. */
        FamilyMember: {
            /**
             * Format: date
             * @example 2010-09-15
             */
            birthDate: string;
            /** @description Last name, first name and patronymic. */
            fullName: string;
            relation: components["schemas"]["FamilyRelation"];
        };
        /**
         * @description How a member of a citizen’s family is related to them, as the population registry records it.
         * @enum {string}
         */
        FamilyRelation: "spouse" | "child" | "parent" | "sibling";
        FieldError: {
            /** @description What is wrong, in the caller's language. */
            detail: string;
            /**
             * @description JSON pointer (RFC 6901) into the request: /query/<name>, /path/<name>, /header/<name> or /body/…
             * @example /query/limit
             */
            pointer: string;
        };
        FormField: {
            /**
             * @description For a choice: radio buttons (default) or a select.
             * @enum {string}
             */
            display?: "radio" | "select";
            /** @description For a file field: the key of the service’s document. */
            document?: string;
            hint?: string;
            kind: components["schemas"]["FormFieldKind"];
            label: string;
            options?: {
                label: string;
                value: string;
            }[];
            registry?: components["schemas"]["RegistrySource"];
        };
        /**
         * @description What a field asks and so its answer: a string (text, longText, date as YYYY-MM-DD, choice, address, phone, email, fin), a number, a boolean (yesNo), a list of strings (multiChoice) or of document ids (file).
         * @enum {string}
         */
        FormFieldKind: "text" | "longText" | "number" | "date" | "choice" | "multiChoice" | "yesNo" | "address" | "phone" | "email" | "fin" | "file";
        FormStep: {
            fields: string[];
            id: string;
            /** @description The fields that must be answered when the step is reached. */
            required: string[];
            title: string;
            when?: components["schemas"]["JsonSchema"] & unknown;
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
        /** @description A JSON Schema (draft 2020-12). */
        JsonSchema: {
            [key: string]: unknown;
        };
        /**
         * @description A content language: Azerbaijani (the default and the fallback), English or Russian.
         * @enum {string}
         */
        Lang: "az" | "en" | "ru";
        /** @description Text per language; Azerbaijani is required. */
        LocalizedTextInput: {
            az: string;
            en?: string;
            ru?: string;
        };
        /** @description The signed-in person: a citizen or a member of staff, told apart by `kind`. */
        Me: components["schemas"]["SignedInCitizen"] | components["schemas"]["SignedInStaff"];
        /** @description A citizen’s personal data, read from the population registry. */
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
            /** @description The others registered at the address (none for a citizen who lives alone). */
            family: components["schemas"]["FamilyMember"][];
            /**
             * @description Personal identification number (FIN).
             * @example 5HK2L7P
             */
            fin: string;
            firstName: string;
            lastName: string;
            patronymic: string;
        };
        /** @description A member of staff: an official or an evaluator. */
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
        NewEvaluationCampaign: {
            year: number;
        };
        NewReceptionRequest: {
            /**
             * @description Ids of the citizen’s own uploads (uploadReceptionAttachment), in order, at most 5: claimed in the transaction that records the request.
             * @default []
             */
            attachments?: string[];
            /**
             * @description Stable identifier of a local executive authority.
             * @example ganja
             */
            authority: string;
            description: string;
            /** @default [] */
            preferredDayparts?: components["schemas"]["ReceptionDaypart"][];
            /** @default [] */
            preferredDays?: number[];
            /**
             * Format: uuid
             * @description None: whoever is responsible.
             */
            preferredOfficial?: string;
            topic: string;
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
        /**
         * @description `draft`: seen only by the authority’s editors; `published`: public.
         * @enum {string}
         */
        NewsStatus: "draft" | "published";
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
        ParticipationApplication: {
            /** @description In the order given at creation; empty when none. */
            attachments: components["schemas"]["ParticipationApplicationAttachment"][];
            authority: string;
            /** Format: date-time */
            createdAt: string;
            decisionReason: string | null;
            direction: components["schemas"]["ParticipationDirection"];
            history: {
                /** Format: date-time */
                at: string;
                reason?: string;
                status: components["schemas"]["ParticipationApplicationStatus"];
            }[];
            /** Format: uuid */
            id: string;
            /**
             * Format: uuid
             * @description The poll it became (approved only).
             */
            pollId: string | null;
            status: components["schemas"]["ParticipationApplicationStatus"];
            text: string;
            title: string;
        };
        /** @description A file attached to an application; its bytes: `getParticipationAttachment`. */
        ParticipationApplicationAttachment: {
            contentType: components["schemas"]["ParticipationAttachmentContentType"];
            filename: string;
            /** Format: uuid */
            id: string;
            /** @description In bytes. */
            size: number;
        };
        ParticipationApplicationInput: {
            /** @description Ids of files uploaded first with `uploadParticipationAttachment` (at most 5, each once), in the order they are to be shown. Each must be the caller’s own, not yet attached and not expired; otherwise 422 with an error at `/body/attachments/<index>`, and nothing is written. */
            attachments?: string[];
            /** @description Slug of the authority the application is addressed to. */
            authority: string;
            direction: components["schemas"]["ParticipationDirection"];
            text: string;
            title: string;
        };
        /** @description A page of applications, newest first. */
        ParticipationApplicationPage: {
            items: components["schemas"]["ParticipationApplication"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        ParticipationApplicationStatus: "submitted" | "approved" | "rejected";
        /** @description An uploaded file, to be named in `attachments` of a new application within 24 hours. */
        ParticipationAttachment: {
            contentType: components["schemas"]["ParticipationAttachmentContentType"];
            /** Format: date-time */
            createdAt: string;
            /** @description The file name as cleaned and kept. */
            filename: string;
            /** Format: uuid */
            id: string;
            /** @description In bytes. */
            size: number;
        };
        /** @enum {string} */
        ParticipationAttachmentContentType: "application/pdf" | "image/jpeg" | "image/png";
        /**
         * @description The direction (topic) of an application.
         * @enum {string}
         */
        ParticipationDirection: "roads_transport" | "utilities" | "education" | "health" | "environment" | "culture_sport" | "social_protection" | "other";
        ParticipationRejection: {
            reason: string;
        };
        Poll: {
            authority: string;
            /** @description The `keyId` of the poll’s ballot key (GET …/ballot-key), null until the key is made. The same for everyone: a client checks the key it is given against it. */
            ballotKeyId: string | null;
            /** Format: date-time */
            closesAt: string;
            eligibility: components["schemas"]["PollEligibility"];
            /** Format: uuid */
            id: string;
            lang: components["schemas"]["Lang"];
            /** Format: date-time */
            opensAt: string;
            options: {
                option: number;
                text: string;
            }[];
            question: string;
            resultsVisibility: components["schemas"]["PollResultsVisibility"];
            /** Format: uuid */
            sourceApplicationId: string | null;
            state: components["schemas"]["PollState"];
            viewer?: components["schemas"]["PollViewer"];
        };
        /** @description A poll to create: question, 2–10 options, schedule and rules. */
        PollDefinition: {
            /**
             * Format: date-time
             * @description An instant in the years 1900 to 9999, in UTC.
             */
            closesAt: string;
            eligibility: components["schemas"]["PollEligibility"];
            /**
             * Format: date-time
             * @description An instant in the years 1900 to 9999, in UTC.
             */
            opensAt: string;
            options: components["schemas"]["LocalizedTextInput"][];
            question: components["schemas"]["LocalizedTextInput"];
            resultsVisibility: components["schemas"]["PollResultsVisibility"];
        };
        /**
         * @description `all_citizens`: every citizen in the population registry; `residents`: only those whose registered address is in the poll’s authority (per the registry).
         * @enum {string}
         */
        PollEligibility: "all_citizens" | "residents";
        PollInput: {
            authority: string;
            /**
             * Format: date-time
             * @description An instant in the years 1900 to 9999, in UTC.
             */
            closesAt: string;
            eligibility: components["schemas"]["PollEligibility"];
            /**
             * Format: date-time
             * @description An instant in the years 1900 to 9999, in UTC.
             */
            opensAt: string;
            options: components["schemas"]["LocalizedTextInput"][];
            question: components["schemas"]["LocalizedTextInput"];
            resultsVisibility: components["schemas"]["PollResultsVisibility"];
        };
        /** @description A page of polls, latest opening first. */
        PollPage: {
            items: components["schemas"]["Poll"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        PollResults: {
            /** @description How many ballots are added to the tallies at once. */
            batchSize: number;
            /** @description True when the visibility rule does not show results yet. */
            hidden: boolean;
            lang: components["schemas"]["Lang"];
            options: {
                option: number;
                /** @description Share of all votes, 0–100, one decimal. */
                percentage: number | null;
                text: string;
                votes: number | null;
            }[];
            /** Format: uuid */
            pollId: string;
            /**
             * @description Why results are hidden: `not_voted` (after_vote) or `not_closed` (after_close).
             * @enum {string|null}
             */
            reason: "not_voted" | "not_closed" | null;
            resultsVisibility: components["schemas"]["PollResultsVisibility"];
            state: components["schemas"]["PollState"];
            total: number | null;
            /** @description Voters (the sum of the tallies: one vote per voter) over the eligible population counted by the population registry (everyone, or the residents of the authority); null when the registry cannot count. */
            turnout: {
                eligible: number | null;
                percentage: number | null;
                voters: number;
            } | null;
            /** @description Ballots cast but not yet in the tallies: they are added `batchSize` at a time (and all at closing), so the results never change by fewer than `batchSize` ballots while the poll is open. */
            uncounted: number;
        };
        /**
         * @description `live`: results are open to everyone at any time; `after_vote`: to a citizen once they have voted, and to everyone after closing; `after_close`: to everyone after closing.
         * @enum {string}
         */
        PollResultsVisibility: "live" | "after_vote" | "after_close";
        /** @enum {string} */
        PollState: "upcoming" | "open" | "closed";
        /** @description The signed-in caller’s state (only when a citizen’s token is sent). */
        PollViewer: {
            eligible: boolean;
            /** @description Whether the citizen has taken this poll’s ballot credential (the server cannot know whether it was cast, nor how). */
            hasVoted: boolean;
        };
        /** @description An error, as RFC 9457 problem details (application/problem+json). */
        Problem: {
            /** @description This occurrence explained, in the caller's language. */
            detail?: string;
            /** @description One entry per rejected field. */
            errors?: components["schemas"]["FieldError"][];
            /** @description The path of the request that failed. */
            instance?: string;
            /** @description On `slot-taken`: the free slots of the official nearest to the time asked for, Baku hours. */
            nearest?: {
                /** Format: date-time */
                endsAt: string;
                /** Format: uuid */
                room: string;
                /** Format: date-time */
                startsAt: string;
            }[];
            /** @description On a 500: the id the server logged the failure under; quote it when reporting it. */
            requestId?: string;
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
        ReceptionAppointment: {
            cancelled: boolean;
            /** Format: date-time */
            endsAt: string;
            official: {
                /** Format: uuid */
                id: string;
                name: string;
                title: string;
            };
            room: components["schemas"]["ReceptionRoom"];
            /** @description Raised by every reschedule and by the cancellation. */
            sequence: number;
            /** Format: date-time */
            startsAt: string;
            /** @enum {string} */
            timeZone: "Asia/Baku";
        };
        /** @description The official’s slots on the working days from `from` up to, not including, `to` (Baku dates), none in the past: free, or taken by a meeting of the official or in the room. */
        ReceptionAvailability: {
            /** Format: date */
            from: string;
            /** Format: uuid */
            official: string;
            slots: components["schemas"]["ReceptionSlot"][];
            /** @enum {string} */
            timeZone: "Asia/Baku";
            /** Format: date */
            to: string;
        };
        /**
         * @description Before 13:00 (morning) or from 13:00 (afternoon), Baku time.
         * @enum {string}
         */
        ReceptionDaypart: "morning" | "afternoon";
        ReceptionEvent: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            by: "citizen" | "officer";
            reason?: string;
            /** @enum {boolean} */
            rescheduled?: true;
            status: components["schemas"]["ReceptionRequestStatus"];
        };
        /** @description A weekly rule: "every Tuesday 10:00–13:00, room 204". */
        ReceptionHours: {
            /**
             * @description HH:MM, Baku time.
             * @example 13:00
             */
            endsAt: string;
            room: components["schemas"]["ReceptionRoom"];
            /**
             * @description HH:MM, Baku time.
             * @example 10:00
             */
            startsAt: string;
            /** Format: date */
            validFrom: string;
            /** Format: date */
            validUntil: string | null;
            /** @description ISO weekday: 1 Monday … 7 Sunday. */
            weekday: number;
        };
        /** @description An official who receives citizens, with their reception hours. */
        ReceptionOfficial: {
            authority: string;
            hours: components["schemas"]["ReceptionHours"][];
            /** Format: uuid */
            id: string;
            name: string;
            photoUrl: string | null;
            /** @description The length of one meeting, minutes. */
            slotMinutes: number;
            /** @description The official’s position. */
            title: string;
        };
        ReceptionOfficialList: {
            items: components["schemas"]["ReceptionOfficial"][];
            /** @enum {string} */
            timeZone: "Asia/Baku";
        };
        ReceptionReason: {
            reason: string;
        };
        /** @description A citizen’s request for a meeting, and the meeting it was given. */
        ReceptionRequest: {
            /** @description The meeting it was given (kept, marked cancelled, when it was cancelled); null until scheduled. */
            appointment: components["schemas"]["ReceptionAppointment"] | null;
            /** @description Files the citizen attached, in their order; their bytes: getReceptionAttachment. */
            attachments: components["schemas"]["ParticipationApplicationAttachment"][];
            authority: string;
            /** @description As the population registry gave it. */
            citizenName: string;
            /** Format: date-time */
            createdAt: string;
            description: string;
            history: components["schemas"]["ReceptionEvent"][];
            /** Format: uuid */
            id: string;
            preferredDayparts: components["schemas"]["ReceptionDaypart"][];
            preferredDays: number[];
            preferredOfficial: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            reason: string | null;
            reference: string;
            /** @description Grows with every change; the ETag is "r<revision>": send it as If-Match with a change. */
            revision: number;
            status: components["schemas"]["ReceptionRequestStatus"];
            topic: components["schemas"]["ReceptionTopic"];
        };
        /** @description Requests for a meeting, a page at a time. */
        ReceptionRequestPage: {
            items: components["schemas"]["ReceptionRequest"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /**
         * @description Asked, then scheduled by a reception officer or declined; cancelled by either side.
         * @enum {string}
         */
        ReceptionRequestStatus: "requested" | "scheduled" | "declined" | "cancelled";
        ReceptionReschedule: {
            /**
             * Format: date-time
             * @description An officer’s only; the citizen keeps the meeting’s length.
             */
            endsAt?: string;
            /**
             * Format: uuid
             * @description An officer’s only.
             */
            official?: string;
            reason: string;
            /**
             * Format: uuid
             * @description An officer’s only.
             */
            room?: string;
            /** Format: date-time */
            startsAt: string;
        };
        ReceptionRoom: {
            /** Format: uuid */
            id: string;
            name: string;
        };
        ReceptionSchedule: {
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            official: string;
            /** Format: uuid */
            room: string;
            /** Format: date-time */
            startsAt: string;
        };
        ReceptionSlot: {
            /** Format: date-time */
            endsAt: string;
            free: boolean;
            room: components["schemas"]["ReceptionRoom"];
            /** Format: date-time */
            startsAt: string;
        };
        /** @description What a citizen may ask to meet about. */
        ReceptionTopic: {
            slug: string;
            title: string;
        };
        ReceptionTopicList: {
            items: components["schemas"]["ReceptionTopic"][];
        };
        /**
         * @description What the population registry fills in: the field is shown read-only and the portal writes it at submit.
         * @enum {string}
         */
        RegistrySource: "fullName" | "fin" | "birthDate" | "address" | "familyMembers";
        /** @description An e-service with everything a citizen needs to know before applying. */
        Service: components["schemas"]["ServiceSummary"] & {
            description: string;
            documents: components["schemas"]["ServiceDocument"][];
            legalBasis: string;
            /** @description For a service that cannot be applied for online, where to go instead; null otherwise. */
            offline: string | null;
        };
        /** @description Answers to change, by field name. An answer sent unchanged is no change; changing one the request did not reopen is refused. */
        ServiceAmendment: {
            answers: {
                [key: string]: unknown;
            };
        };
        ServiceAnswerChange: {
            /** @description For a file field: documents added. */
            added?: string[];
            /** @description The later answer; null when there is none. */
            after?: unknown;
            /** @description The earlier answer; null when there was none. */
            before?: unknown;
            field: string;
            /** @description For a file field: documents removed. */
            removed?: string[];
        };
        /** @description Answers given before signing in, if any. */
        ServiceAnswers: {
            [key: string]: unknown;
        };
        /** @description A submitted application, with the form it followed. */
        ServiceApplication: {
            /** @description What the caller may do with it now (each is `POST /v1/service-applications/{id}/<action>`). */
            actions: components["schemas"]["ServiceApplicationAction"][];
            /** @description While it waits on the citizen: the answers as they are being amended (the next version); else null. */
            amendment: {
                [key: string]: unknown;
            } | null;
            answers: {
                [key: string]: unknown;
            };
            /**
             * @description To an officer: whether they or another officer has it in review (kept while it waits on the citizen); null when no one has taken it, and always null to the citizen.
             * @enum {string|null}
             */
            assignee: "you" | "another-officer" | null;
            /** @description To officers: the PDF attached to be issued at completion, not issued yet; else null. */
            attachedResult: components["schemas"]["ServiceDocumentFile"] | null;
            /**
             * @description Stable identifier of a local executive authority.
             * @example ganja
             */
            authority: string;
            /** @description What the citizen changed in the latest version since the one before (none for the first). */
            changes: components["schemas"]["ServiceAnswerChange"][];
            /** @description Why it was rejected, as the officer wrote it in the citizen’s language; null otherwise. */
            decisionReason: string | null;
            documents: components["schemas"]["ServiceDocumentFile"][];
            /**
             * Format: date
             * @description When the authority is due to decide: the service’s processing time in working days after the day of submission (Baku calendar: weekends and the public holidays of Azerbaijan off).
             */
            dueOn: string;
            form: components["schemas"]["ServiceForm"] & unknown;
            formVersion: number;
            /** @description Every change of status, oldest first. */
            history: components["schemas"]["ServiceApplicationEvent"][];
            /** Format: uuid */
            id: string;
            lang: components["schemas"]["Lang"] & unknown;
            /** @description Past its due date and not yet decided. */
            overdue: boolean;
            /** @description The citizen’s rating of the service, once completed. */
            rating: components["schemas"]["ServiceRating"] | null;
            /**
             * @description Eight letters and digits without 0, O, 1 or I, to read aloud.
             * @example K7M4Q9XA
             */
            reference: string;
            /** @description The answers the population registry gave at submit (a registered address in every language). */
            registry: {
                [key: string]: unknown;
            };
            /** @description While it waits on the citizen: what the officer asked for and reopened; else null. */
            request: components["schemas"]["ServiceOpenInformationRequest"] | null;
            /** @description The result issued at completion (getServiceResult downloads it); null before. */
            result: components["schemas"]["ServiceResult"] | null;
            /** @description Raised by every change of status; the ETag is "r<revision>": send it as If-Match with an action. */
            revision: number;
            /**
             * @description The service’s slug.
             * @example residence-certificate
             */
            service: string;
            serviceTitle: string;
            status: components["schemas"]["ServiceApplicationStatus"];
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            submittedAt: string;
            /** @description The version of the answers the authority has: 1 at submit, one more at each resubmission. Every version stays readable (getServiceApplicationVersion). */
            version: number;
            /**
             * Format: date
             * @description The Baku date since which it waits on the citizen: the deadline’s clock is stopped; null otherwise.
             */
            waitingSince: string | null;
        };
        /**
         * @description A step of the workflow. Officers: take (submitted or resubmitted → in_review), request-information (→ needs_information), approve, reject (in_review → approved, rejected), complete (approved → completed). The citizen: resubmit (needs_information → resubmitted), withdraw (before a decision → withdrawn).
         * @enum {string}
         */
        ServiceApplicationAction: "take" | "request-information" | "resubmit" | "approve" | "reject" | "complete" | "withdraw";
        /** @description A change of an application’s status. */
        ServiceApplicationEvent: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            by: "citizen" | "officer";
            /** @description The reason of a rejection or the comment of a request for information. */
            note?: string;
            reopened?: components["schemas"]["ServiceReopened"];
            status: components["schemas"]["ServiceApplicationStatus"];
        };
        /** @description Applications, the newest first. */
        ServiceApplicationPage: {
            items: components["schemas"]["ServiceApplicationSummary"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @enum {string} */
        ServiceApplicationStatus: "submitted" | "in_review" | "needs_information" | "resubmitted" | "approved" | "rejected" | "completed" | "withdrawn";
        ServiceApplicationSummary: {
            /**
             * @description To an officer: whether they or another officer has it in review (kept while it waits on the citizen); null when no one has taken it, and always null to the citizen.
             * @enum {string|null}
             */
            assignee: "you" | "another-officer" | null;
            /**
             * @description Stable identifier of a local executive authority.
             * @example ganja
             */
            authority: string;
            /**
             * Format: date
             * @description When the authority is due to decide: the service’s processing time in working days after the day of submission (Baku calendar: weekends and the public holidays of Azerbaijan off).
             */
            dueOn: string;
            /** Format: uuid */
            id: string;
            /** @description Past its due date and not yet decided. */
            overdue: boolean;
            /**
             * @description Eight letters and digits without 0, O, 1 or I, to read aloud.
             * @example K7M4Q9XA
             */
            reference: string;
            /**
             * @description The service’s slug.
             * @example residence-certificate
             */
            service: string;
            serviceTitle: string;
            status: components["schemas"]["ServiceApplicationStatus"];
            /** Format: date-time */
            statusChangedAt: string;
            /** Format: date-time */
            submittedAt: string;
        };
        ServiceApplicationVersion: {
            answers: {
                [key: string]: unknown;
            };
            /** @description What changed since the version before. */
            changes: components["schemas"]["ServiceAnswerChange"][];
            /** @description The request for information this version answers; null for the first. */
            request: components["schemas"]["ServiceOpenInformationRequest"] | null;
            /** Format: date-time */
            submittedAt: string;
            version: number;
        };
        /**
         * @description The category of an e-service in the catalogue.
         * @enum {string}
         */
        ServiceCategory: "residence" | "family" | "social" | "construction" | "land" | "archive" | "business";
        ServiceCompletion: {
            /**
             * @description `generated`: the portal issues its certificate (the reference, the date, the authority and a verification code), in the citizen’s language; `attached`: the PDF attached with putServiceResult.
             * @enum {string}
             */
            result: "generated" | "attached";
        };
        /** @description A document the service asks for, with its limits. */
        ServiceDocument: {
            accept: components["schemas"]["DocumentMediaType"][];
            /** @description What to attach, in a sentence. */
            hint: string;
            /** @description Stable within the service; the form’s file field names it. */
            key: string;
            /** @description The most bytes of one file. */
            maxBytes: number;
            /** @description The most files for this document. */
            maxFiles: number;
            name: string;
            required: boolean;
        };
        /** @description A file attached for one of a service’s documents. */
        ServiceDocumentFile: {
            contentType: components["schemas"]["DocumentMediaType"];
            /** Format: date-time */
            createdAt: string;
            /** @description The key of the service’s document it is for. */
            document: string;
            filename: string;
            /** Format: uuid */
            id: string;
            size: number;
        };
        /** @description An application being filled in, kept for the citizen on every device. */
        ServiceDraft: {
            answers: {
                [key: string]: unknown;
            };
            /**
             * @description Stable identifier of a local executive authority.
             * @example ganja
             */
            authority: string;
            /** Format: date-time */
            createdAt: string;
            currentFormVersion: number;
            documents: components["schemas"]["ServiceDocumentFile"][];
            /** @description The form version its answers were given for. */
            formVersion: number;
            /** Format: uuid */
            id: string;
            /** @description When the form changed since the draft was written (formVersion < currentFormVersion): the fields to look at again; save the draft with the current version once reviewed. */
            review: string[];
            /** @description Grows with every change; the ETag is "r<revision>". */
            revision: number;
            /**
             * @description The service’s slug.
             * @example residence-certificate
             */
            service: string;
            serviceTitle: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ServiceDraftCreate: {
            answers?: components["schemas"]["ServiceAnswers"];
            /**
             * @description The authority applied to; it must provide the service.
             * @example ganja
             */
            authority: string;
        };
        /** @description Drafts, the most recently changed first. */
        ServiceDraftPage: {
            items: components["schemas"]["ServiceDraftSummary"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ServiceDraftSummary: {
            /**
             * @description Stable identifier of a local executive authority.
             * @example ganja
             */
            authority: string;
            /** Format: date-time */
            createdAt: string;
            currentFormVersion: number;
            /** @description The form version its answers were given for. */
            formVersion: number;
            /** Format: uuid */
            id: string;
            /** @description Grows with every change; the ETag is "r<revision>". */
            revision: number;
            /**
             * @description The service’s slug.
             * @example residence-certificate
             */
            service: string;
            serviceTitle: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ServiceDraftUpdate: {
            answers: components["schemas"]["ServiceAnswers"] & unknown;
            /** @description The form version the answers were given for; it must be the current one (else 409 `form-changed`). */
            formVersion: number;
        };
        /** @description A service’s application form in one language: a JSON Schema 2020-12 per answer and the steps, each maybe conditional. After the steps comes the check-your-answers step. @icra/forms checks answers against it exactly as the portal does. */
        ServiceForm: {
            fields: {
                [key: string]: components["schemas"]["FormField"];
            };
            lang: components["schemas"]["Lang"];
            schema: {
                properties: {
                    [key: string]: components["schemas"]["JsonSchema"];
                };
                /** @enum {string} */
                type: "object";
            };
            /**
             * @description The service’s slug.
             * @example residence-certificate
             */
            service: string;
            steps: components["schemas"]["FormStep"][];
            version: number;
        };
        ServiceInformationRequest: {
            /**
             * @description The answers (field names of the application’s form) the citizen may change; registry and file fields are not answers here.
             * @default []
             */
            answers?: string[];
            /** @description What is missing, in the citizen’s language (the application’s `lang`). */
            comment: string;
            /**
             * @description The documents (keys) whose files the citizen may change. At least one answer or document.
             * @default []
             */
            documents?: string[];
        };
        /** @description What the officer asked for: only these may change until the citizen resubmits. */
        ServiceOpenInformationRequest: components["schemas"]["ServiceReopened"] & {
            /** Format: date-time */
            at: string;
            comment: string;
        };
        /** @description A page of the catalogue, in the catalogue’s order. */
        ServicePage: {
            items: components["schemas"]["ServiceSummary"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        /** @description Applications to the authority, the soonest due first. */
        ServiceQueuePage: {
            items: components["schemas"]["ServiceApplicationSummary"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ServiceRating: {
            comment: string | null;
            /** Format: date-time */
            ratedAt: string;
            score: number;
        };
        ServiceRatingAverages: {
            authority: string;
            /** @description Over all its services; null when none is rated. */
            average: number | null;
            count: number;
            services: {
                average: number;
                count: number;
                /**
                 * @description The service’s slug.
                 * @example residence-certificate
                 */
                service: string;
                serviceTitle: string;
            }[];
        };
        ServiceRatingComment: {
            comment: string;
            /** Format: date-time */
            ratedAt: string;
            score: number;
            /**
             * @description The service’s slug.
             * @example residence-certificate
             */
            service: string;
            serviceTitle: string;
        };
        /** @description Comments, the newest first; nothing names the citizen or the application. */
        ServiceRatingCommentPage: {
            items: components["schemas"]["ServiceRatingComment"][];
            /** @description Pass as `cursor` to get the next page; null on the last page. */
            nextCursor: string | null;
        };
        ServiceRatingInput: {
            /** @description Read by the authority only; never public. */
            comment?: string;
            score: number;
        };
        ServiceRejection: {
            /** @description Why, in the citizen’s language (the application’s `lang`): it is sent to them as written. */
            reason: string;
        };
        /** @description For a request for information: what it reopened. */
        ServiceReopened: {
            answers: string[];
            documents: string[];
        };
        /** @description A file attached for one of a service’s documents. */
        ServiceResult: components["schemas"]["ServiceDocumentFile"] & {
            /**
             * @description The verification code, XXXX-XXXX-XXXX.
             * @example K7M4-Q9XA-23BC
             */
            code: string;
            /** @description Generated by the portal (else attached by the officer). */
            generated: boolean;
            /** Format: date-time */
            issuedAt: string;
            /** @description SHA-256 of the file’s bytes, in hex. */
            sha256: string;
        };
        /** @description That a document was issued, by whom and for what: nothing of the person it was issued to. */
        ServiceResultVerification: {
            authority: string;
            authorityName: string;
            code: string;
            generated: boolean;
            /** @enum {boolean} */
            genuine: true;
            /** Format: date-time */
            issuedAt: string;
            reference: string;
            /**
             * @description The service’s slug.
             * @example residence-certificate
             */
            service: string;
            serviceTitle: string;
            /** @description SHA-256 of the issued file, in hex: compare it with the file. */
            sha256: string;
        };
        /** @description An e-service as listed. `lang` is the language its texts are in: the one asked for, or az when the service has no translation into it. */
        ServiceSummary: {
            /** @description The authorities that provide it. */
            authorities: string[];
            category: components["schemas"]["ServiceCategory"];
            /** @description Whether it can be applied for online. */
            electronic: boolean;
            /**
             * @description The fee in qəpik (1 manat = 100 qəpik); 0: free of charge.
             * @example 0
             */
            feeQapik: number;
            lang: components["schemas"]["Lang"];
            /** @description One of the public services provided by local executive powers. */
            localExecutive: boolean;
            /** @description Processing time in working days. */
            processingDays: number;
            /**
             * @description The service’s slug.
             * @example residence-certificate
             */
            slug: string;
            /** @description One sentence. */
            summary: string;
            title: string;
        };
        /** @description A signed-in citizen, with their data from the registry. */
        SignedInCitizen: {
            citizen: components["schemas"]["MeCitizen"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "citizen";
            lang: components["schemas"]["Lang"];
            /**
             * @description The subject of the access token.
             * @example citizen:5HK2L7P
             */
            sub: string;
        };
        /** @description A signed-in member of staff: an official or an evaluator. */
        SignedInStaff: {
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            kind: "official" | "evaluator";
            lang: components["schemas"]["Lang"];
            official: components["schemas"]["MeOfficial"];
            /**
             * @description The subject of the access token.
             * @example staff:5b1f0c2e-6a37-4c1e-9d7a-2f4e8c9b1a60
             */
            sub: string;
        };
        /**
         * @description Which staff: an official of an authority, or an evaluator of the State Agency.
         * @enum {string}
         */
        StaffKind: "official" | "evaluator";
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is not answering. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:service-unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not answering. Please try again shortly."
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReceptionRequests: {
        parameters: {
            query?: {
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
                /** @description Asked, then scheduled by a reception officer or declined; cancelled by either side. */
                status?: components["schemas"]["ReceptionRequestStatus"];
            };
            header?: never;
            path: {
                /** @description Stable identifier of a local executive authority. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRequestPage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such authority. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServiceQueue: {
        parameters: {
            query?: {
                /** @description `me`: only applications the calling officer has taken. */
                assigned?: "me";
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
                /** @description `true`: only applications past their due date and not yet decided; `false` or absent: all. */
                overdue?: "true" | "false";
                /** @description Only applications for this service. */
                service?: string;
                /** @description Only applications in this status. */
                status?: components["schemas"]["ServiceApplicationStatus"] & unknown;
            };
            header?: never;
            path: {
                /** @description Stable identifier of a local executive authority. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceQueuePage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceRatings: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: never;
            path: {
                /** @description Stable identifier of a local executive authority. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The averages. */
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
                    "application/json": components["schemas"]["ServiceRatingAverages"];
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such authority. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServiceRatingComments: {
        parameters: {
            query?: {
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
                /** @description Only comments on this service. */
                service?: string;
            };
            header?: never;
            path: {
                /** @description Stable identifier of a local executive authority. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRatingCommentPage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The secret of the feed’s address. */
                token: string;
            };
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
                    "text/calendar": string;
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No feed has this address (never, or no longer). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
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
                /** @description `draft`: seen only by the authority’s editors; `published`: public. */
                status?: components["schemas"]["NewsStatus"];
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createNewsDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bodyHtml nests elements deeper than 32 levels, or holds content that sanitizing would drop (an element outside the allow-list, with its text; a link address other than absolute http, https, mailto or tel; a comment or tag left open that swallows the rest): `validation`, with an error at `/body/translations/<lang>/bodyHtml` saying what would be lost, and nothing is written. Or the Idempotency-Key was already used with a different request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEditorialNews: {
        parameters: {
            query?: never;
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
                    /** @description The article’s version, "v<version>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EditorialNews"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description The article’s version, "v<version>"; send it back in If-Match. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNews: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNews: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another version than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bodyHtml nests elements deeper than 32 levels, or holds content that sanitizing would drop (an element outside the allow-list, with its text; a link address other than absolute http, https, mailto or tel; a comment or tag left open that swallows the rest): `validation`, with an error at `/body/translations/<lang>/bodyHtml` saying what would be lost, and nothing is written. Or the Idempotency-Key was already used with a different request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadNewsCover: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The image is larger than 2 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The image may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a PNG, JPEG or WebP image, or not the type declared. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Only a PNG, JPEG or WebP image is accepted, and the Content-Type must match the file itself."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteNewsCover: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishNews: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unpublishNews: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEvaluatedBodies: {
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
            /** @description The bodies. */
            200: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluatedBodyList"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEvaluationCampaign: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewEvaluationCampaign"];
            };
        };
        responses: {
            /** @description The draft. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationCampaign"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The year has a campaign already, or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluationCampaign: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationCampaign"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No campaign for this year. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordEvaluationAssessment: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the assessment as the caller saw it; none for a first one. */
                "If-Match"?: string;
            };
            path: {
                serviceId: string;
                year: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EvaluationAssessmentInput"];
            };
        };
        responses: {
            /** @description The assessment, corrected. */
            200: {
                headers: {
                    /** @description Its revision, "r<n>". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationAssessment"];
                };
            };
            /** @description The assessment, recorded. */
            201: {
                headers: {
                    /** @description Its revision, "r1". */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationAssessment"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No campaign for this year, or no such service. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The campaign is published (or a historical year), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one, or there is none yet. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service has an assessment: a correction needs If-Match. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "detail": "Send the change with the version it was made from in If-Match, so that a change made on another device is not lost."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluationCampaignBodies: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: never;
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The breakdown. */
            200: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationCampaignBreakdown"];
                    "text/csv": string;
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No published campaign recorded per service for this year. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishEvaluationCampaign: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                year: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The campaign, published. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationCampaign"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No campaign for this year. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The campaign is published already (or a historical year), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The campaign has no assessment, or this Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getEvaluationSummary: {
        parameters: {
            query?: {
                /** @description The first year to include. */
                from?: number;
                /** @description The last year to include (not before `from`). */
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The years. */
            200: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
                    "Cache-Control"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvaluationSummary"];
                    "text/csv": string;
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
                    "Cache-Control"?: string;
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyApplications: {
        parameters: {
            query?: {
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
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationApplicationPage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMyCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeedState"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renewMyCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The feed’s address. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeMyCalendarFeed: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyReceptionRequests: {
        parameters: {
            query?: {
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRequestPage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyServiceApplications: {
        parameters: {
            query?: {
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplicationPage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMyServiceDrafts: {
        parameters: {
            query?: {
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDraftPage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApplicationsForModeration: {
        parameters: {
            query: {
                /** @description Must be the moderator’s own. */
                authority: string;
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Items per page, 1 to 50. */
                limit?: number;
                status?: components["schemas"]["ParticipationApplicationStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationApplicationPage"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipationApplicationInput"];
            };
        };
        responses: {
            /** @description The application, submitted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such authority. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An attachment cannot be claimed (`validation`, an error at `/body/attachments/<index>` for each), or the Idempotency-Key was already used with a different request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
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
                    "application/json": components["schemas"]["ParticipationApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PollDefinition"];
            };
        };
        responses: {
            /** @description The poll created from it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Poll"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application has already been decided (`conflict`), or the first request with this Idempotency-Key is still running (`idempotency-in-progress`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getParticipationAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                /** @description The application. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name> */
                    "Content-Disposition"?: string;
                    /** @description The size in bytes. */
                    "Content-Length"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectApplication: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ParticipationRejection"];
            };
        };
        responses: {
            /** @description The application, rejected. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application has already been decided (`conflict`), or the first request with this Idempotency-Key is still running (`idempotency-in-progress`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadParticipationAttachment: {
        parameters: {
            query: {
                /** @description The file’s name. Directory parts, control and direction-override characters and surrounding spaces are removed and it is cut to 200 characters (keeping a short extension); nothing left is 422. */
                filename: string;
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description The upload, unclaimed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationAttachment"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller already holds 20 unclaimed uploads (`attachment-quota`), or the first request with this Idempotency-Key is still running (`idempotency-in-progress`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than 5 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The image may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a PDF, JPEG or PNG file, or not the type declared. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Only a PNG, JPEG or WebP image is accepted, and the Content-Type must match the file itself."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file name is empty once cleaned (`validation`, at `/query/filename`), or the Idempotency-Key was already used with a different request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPolls: {
        parameters: {
            query?: {
                authority?: string;
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
                state?: components["schemas"]["PollState"];
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
            /** @description A page of polls. */
            200: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PollPage"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPoll: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PollInput"];
            };
        };
        responses: {
            /** @description The poll. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Poll"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPoll: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The poll. */
            200: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
                    "Cache-Control"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Poll"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
                    "Cache-Control"?: string;
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issueBallotCredential: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BallotCredentialRequest"];
            };
        };
        responses: {
            /** @description The blind signature. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotCredential"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Another credential was taken already (`credential-already-issued`), not open yet (`poll-not-open`) or closed (`poll-closed`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a blinded message of 256 bytes below the key’s modulus (`validation`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getBallotKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description ETag(s) the caller holds; a match (weak comparison, or `*`) answers 304 without a body. */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key. */
            200: {
                headers: {
                    /** @description public, max-age=300 */
                    "Cache-Control"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BallotKey"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description public, max-age=300 */
                    "Cache-Control"?: string;
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    castBallot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Ballot"];
            };
        };
        responses: {
            /** @description Cast; the answer never repeats the choice. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request carries an Authorization header (`ballot-identified`) or is malformed. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This credential was cast already (`ballot-already-cast`), not open yet (`poll-not-open`) or closed (`poll-closed`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a valid credential of this poll (`invalid-credential`) or no such option (`validation`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPollResults: {
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
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results. */
            200: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
                    "Cache-Control"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PollResults"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
                    "Cache-Control"?: string;
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadReceptionAttachment: {
        parameters: {
            query: {
                /** @description The file’s name. Directory parts, control and direction-override characters and surrounding spaces are removed and it is cut to 200 characters (keeping a short extension); nothing left is 422. */
                filename: string;
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description The upload, unclaimed. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationAttachment"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller already holds 20 unclaimed uploads (`attachment-quota`), or the first request with this Idempotency-Key is still running (`idempotency-in-progress`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than 5 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The image may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a PDF, JPEG or PNG file, or not the type declared. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Only a PNG, JPEG or WebP image is accepted, and the Content-Type must match the file itself."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file name is empty once cleaned (`validation`, at `/query/filename`), or the Idempotency-Key was already used with a different request (`idempotency-key-reused`). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceptionAvailability: {
        parameters: {
            query: {
                /** @description The first Baku date (default: today). */
                from?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                official: string;
                /** @description The Baku date after the last (default: two weeks after `from`); at most 62 days after `from`. */
                to?: string;
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
            /** @description The slots. */
            200: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
                    "Cache-Control"?: string;
                    /** @description The language(s) of the texts served. */
                    "Content-Language"?: string;
                    /** @description Strong validator of the representation; send it back in If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionAvailability"];
                };
            };
            /** @description The representation the caller holds (If-None-Match) is current. */
            304: {
                headers: {
                    /** @description no-cache: a cache may keep it but must revalidate it (If-None-Match) at every use. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such official. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A range over 62 days, or one that ends before it starts. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReceptionOfficials: {
        parameters: {
            query: {
                /** @description Stable identifier of a local executive authority. */
                authority: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The officials. */
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
                    "application/json": components["schemas"]["ReceptionOfficialList"];
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such authority. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReceptionRequest: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewReceptionRequest"];
            };
        };
        responses: {
            /** @description The request. */
            201: {
                headers: {
                    /** @description The request’s revision, "r<n>": send it as If-Match with a change. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRequest"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unknown authority or topic, an official who does not receive there, or an attachment that is not the citizen’s unclaimed upload or is named twice (at `/body/attachments/<index>`); nothing is written. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceptionRequest: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request. */
            200: {
                headers: {
                    /** @description The request’s revision, "r<n>": send it as If-Match with a change. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRequest"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceptionAppointmentCalendar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar object. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such request, or no meeting yet. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReceptionAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name> */
                    "Content-Disposition"?: string;
                    /** @description The size in bytes. */
                    "Content-Length"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelReceptionRequest: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the request as the caller saw it; another answers 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceptionReason"];
            };
        };
        responses: {
            /** @description The request, changed. */
            200: {
                headers: {
                    /** @description The request’s revision, "r<n>": send it as If-Match with a change. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRequest"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change does not lead from the request’s status. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An official or a room not of the request’s authority, or a time not allowed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineReceptionRequest: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the request as the caller saw it; another answers 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceptionReason"];
            };
        };
        responses: {
            /** @description The request, changed. */
            200: {
                headers: {
                    /** @description The request’s revision, "r<n>": send it as If-Match with a change. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRequest"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change does not lead from the request’s status. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An official or a room not of the request’s authority, or a time not allowed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rescheduleReceptionRequest: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the request as the caller saw it; another answers 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceptionReschedule"];
            };
        };
        responses: {
            /** @description The request, changed. */
            200: {
                headers: {
                    /** @description The request’s revision, "r<n>": send it as If-Match with a change. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRequest"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change does not lead from the request’s status (`conflict`), or the official or the room has a meeting then (`slot-taken`, with the nearest free slots in `nearest`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An official or a room not of the request’s authority, or a time not allowed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    scheduleReceptionRequest: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the request as the caller saw it; another answers 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReceptionSchedule"];
            };
        };
        responses: {
            /** @description The request, changed. */
            200: {
                headers: {
                    /** @description The request’s revision, "r<n>": send it as If-Match with a change. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionRequest"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The change does not lead from the request’s status (`conflict`), or the official or the room has a meeting then (`slot-taken`, with the nearest free slots in `nearest`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An official or a room not of the request’s authority, or a time not allowed. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReceptionTopics: {
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
            /** @description The topics. */
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
                    "application/json": components["schemas"]["ReceptionTopicList"];
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceApplication: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            200: {
                headers: {
                    /** @description The application’s revision, "r<revision>"; send it as If-Match with an action. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    amendServiceApplication: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the draft the change was made from; another answers 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceAmendment"];
            };
        };
        responses: {
            /** @description The application, with its amendment. */
            200: {
                headers: {
                    /** @description The application’s revision, "r<revision>"; send it as If-Match with an action. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application does not wait on the citizen. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A change of an answer that was not reopened, or an answer that fails its check. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveServiceApplication: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the application as the caller saw it; another answers 412. Without it, the action applies to the application as it is, if the action leads from there. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application, moved. */
            200: {
                headers: {
                    /** @description The application’s revision, "r<revision>"; send it as If-Match with an action. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action does not lead from the application’s status, another officer has it in review (`conflict`, the detail says which), no result was attached to complete it with (`result-missing`), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeServiceApplication: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the application as the caller saw it; another answers 412. Without it, the action applies to the application as it is, if the action leads from there. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceCompletion"];
            };
        };
        responses: {
            /** @description The application, moved. */
            200: {
                headers: {
                    /** @description The application’s revision, "r<revision>"; send it as If-Match with an action. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action does not lead from the application’s status, another officer has it in review (`conflict`, the detail says which), no result was attached to complete it with (`result-missing`), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadServiceApplicationDocument: {
        parameters: {
            query: {
                /** @description The key of the service’s document. */
                document: string;
                /** @description The file’s name as the citizen chose it. */
                filename: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description The file, attached to the amendment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDocumentFile"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application does not wait on the citizen, or the document has all its files. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than the document allows. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The image may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A type the document does not accept, or not the type declared. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Only a PNG, JPEG or WebP image is accepted, and the Content-Type must match the file itself."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document was not reopened, or the form asks for no such document. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceApplicationDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name> */
                    "Content-Disposition"?: string;
                    /** @description The size in bytes. */
                    "Content-Length"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteServiceApplicationDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It is out of the amendment. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application does not wait on the citizen. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is of a document that was not reopened. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rateService: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceRatingInput"];
            };
        };
        responses: {
            /** @description The rating. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceRating"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not completed (`conflict`), or already rated (`already-rated`). */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A score outside 1–5, or a comment too long. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectServiceApplication: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the application as the caller saw it; another answers 412. Without it, the action applies to the application as it is, if the action leads from there. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceRejection"];
            };
        };
        responses: {
            /** @description The application, moved. */
            200: {
                headers: {
                    /** @description The application’s revision, "r<revision>"; send it as If-Match with an action. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action does not lead from the application’s status, another officer has it in review (`conflict`, the detail says which), no result was attached to complete it with (`result-missing`), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    requestServiceApplicationInformation: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the application as the caller saw it; another answers 412. Without it, the action applies to the application as it is, if the action leads from there. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceInformationRequest"];
            };
        };
        responses: {
            /** @description The application, moved. */
            200: {
                headers: {
                    /** @description The application’s revision, "r<revision>"; send it as If-Match with an action. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action does not lead from the application’s status, another officer has it in review (`conflict`, the detail says which), no result was attached to complete it with (`result-missing`), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A named answer or document the form does not have (at /body/answers/<i>, /body/documents/<i>), or none named. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resubmitServiceApplication: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the application as the caller saw it; another answers 412. Without it, the action applies to the application as it is, if the action leads from there. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application, moved. */
            200: {
                headers: {
                    /** @description The application’s revision, "r<revision>"; send it as If-Match with an action. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action does not lead from the application’s status, another officer has it in review (`conflict`, the detail says which), no result was attached to complete it with (`result-missing`), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The amended answers fail a check of the form, or change an answer that was not reopened. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name> */
                    "Content-Disposition"?: string;
                    /** @description The size in bytes. */
                    "Content-Length"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putServiceResult: {
        parameters: {
            query: {
                /** @description The file’s name as the citizen chose it. */
                filename: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
            };
        };
        responses: {
            /** @description The result, attached and not yet issued. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDocumentFile"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The application is not approved, or another officer has it. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than 10 MiB. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The image may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not a PDF. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Only a PNG, JPEG or WebP image is accepted, and the Content-Type must match the file itself."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file name is empty once cleaned. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    takeServiceApplication: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the application as the caller saw it; another answers 412. Without it, the action applies to the application as it is, if the action leads from there. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application, moved. */
            200: {
                headers: {
                    /** @description The application’s revision, "r<revision>"; send it as If-Match with an action. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action does not lead from the application’s status, another officer has it in review (`conflict`, the detail says which), no result was attached to complete it with (`result-missing`), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceApplicationVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplicationVersion"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawServiceApplication: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the application as the caller saw it; another answers 412. Without it, the action applies to the application as it is, if the action leads from there. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application, moved. */
            200: {
                headers: {
                    /** @description The application’s revision, "r<revision>"; send it as If-Match with an action. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The action does not lead from the application’s status, another officer has it in review (`conflict`, the detail says which), no result was attached to complete it with (`result-missing`), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceDraft: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The draft. */
            200: {
                headers: {
                    /** @description The draft’s revision, "r<revision>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDraft"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateServiceDraft: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the draft the change was made from; another answers 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceDraftUpdate"];
            };
        };
        responses: {
            /** @description The draft as saved. */
            200: {
                headers: {
                    /** @description The draft’s revision, "r<revision>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDraft"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The form changed since (`form-changed`), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An answer is refused, or the Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no If-Match. */
            428: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-required",
                     *       "title": "Precondition required",
                     *       "status": 428,
                     *       "detail": "Send the change with the version it was made from in If-Match, so that a change made on another device is not lost."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteServiceDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadServiceDraftDocument: {
        parameters: {
            query: {
                /** @description The key of the service’s document. */
                document: string;
                /** @description The file’s name as the citizen chose it. */
                filename: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/pdf": string;
                "image/jpeg": string;
                "image/png": string;
            };
        };
        responses: {
            /** @description The file, attached. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDocumentFile"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The document has as many files as it allows (`document-quota`), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than the document allows. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:payload-too-large",
                     *       "title": "Payload too large",
                     *       "status": 413,
                     *       "detail": "The image may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A type the document does not accept, or not the type declared. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unsupported-media-type",
                     *       "title": "Unsupported media type",
                     *       "status": 415,
                     *       "detail": "Only a PNG, JPEG or WebP image is accepted, and the Content-Type must match the file itself."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The service asks for no such document (at /query/document), the file name is empty once cleaned (at /query/filename), or the Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceDraftDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. */
            200: {
                headers: {
                    /** @description attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded name> */
                    "Content-Disposition"?: string;
                    /** @description The size in bytes. */
                    "Content-Length"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteServiceDraftDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It is removed. */
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request (method, path or body). */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitServiceDraft: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
                /** @description The ETag ("r<revision>") of the draft the change was made from; another answers 412. */
                "If-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The application. */
            201: {
                headers: {
                    /** @description The application. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceApplication"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The form changed since the draft was written (`form-changed`), or the first request with this Idempotency-Key is still running. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match names another revision than the current one. */
            412: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:precondition-failed",
                     *       "title": "Precondition failed",
                     *       "status": 412,
                     *       "detail": "It was changed after you loaded it. Load the latest version and make your changes again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An answer is missing or refused, or the Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listServices: {
        parameters: {
            query?: {
                /** @description Only the services this authority provides. */
                authority?: string;
                /** @description Only the services of this category. */
                category?: components["schemas"]["ServiceCategory"] & unknown;
                /** @description Opaque position to continue from: the `nextCursor` of the previous page. */
                cursor?: string;
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
                /** @description Items per page, 1 to 50. */
                limit?: number;
                /** @description Only the services whose title, summary or description contains this text, in the language served (case-insensitive by that language’s rules, e.g. Azerbaijani I/ı and İ/i). */
                q?: string;
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
            /** @description A page of services. */
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
                    "application/json": components["schemas"]["ServicePage"];
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getService: {
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
                /** @description The service’s slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service. */
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
                    "application/json": components["schemas"]["Service"];
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createServiceDraft: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: {
                /** @description A key the caller makes once per intended action (e.g. a UUID) and sends again on every retry of it: 1–255 visible ASCII characters, per signed-in caller. The write and its answer are committed together before the answer is sent: an answer you received is kept, and a request whose answer you did not receive (the connection or the server failed) either took effect once, and its retry gets that answer, or not at all, and its retry runs it. A retry with the same key and the same request (method, path and body) gets the first answer again with `Idempotent-Replayed: true` and changes nothing; the same key with a different request is 422; while the first is still running, 409 with `Retry-After`. An answer of 5xx is rolled back with its write (the key may be retried at once). Keys are kept 24 hours. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The service’s slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ServiceDraftCreate"];
            };
        };
        responses: {
            /** @description The draft the citizen already has, unchanged. */
            200: {
                headers: {
                    /** @description The draft’s revision, "r<revision>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDraft"];
                };
            };
            /** @description A new draft. */
            201: {
                headers: {
                    /** @description The draft’s revision, "r<revision>"; send it back in If-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceDraft"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token (missing, expired, tampered, wrong audience or unknown key). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:unauthorized",
                     *       "title": "Sign-in required",
                     *       "status": 401,
                     *       "detail": "This request needs a valid access token; please sign in again."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access token is valid but its holder may not do this, or it does not grant the scope the operation needs (then `WWW-Authenticate: Bearer error="insufficient_scope", scope="…"`). */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:forbidden",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "You are not allowed to do this."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The first request with this Idempotency-Key is still running; send it again after `Retry-After` seconds. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:conflict",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "detail": "The request conflicts with the current state of the resource."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request body is larger than 2,097,152 bytes (2 MiB; `request-too-large`), refused before it is read. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:request-too-large",
                     *       "title": "Request too large",
                     *       "status": 413,
                     *       "detail": "The body of this request may be at most 2 MB."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The authority does not provide the service (at /body/authority), an answer is refused (at /body/answers/<field>), or the Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 422,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many writes by this caller; try again after `Retry-After` seconds. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:too-many-requests",
                     *       "title": "Too many requests",
                     *       "status": 429,
                     *       "detail": "Too many requests in a short time. Try again after the number of seconds in the Retry-After header."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getServiceForm: {
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
                /** @description The service’s slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form. */
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
                    "application/json": components["schemas"]["ServiceForm"];
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
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description There is no such resource. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyServiceResult: {
        parameters: {
            query?: {
                /** @description Language to serve. Without it the best match of `Accept-Language` is served, otherwise Azerbaijani. Content missing in the language is served in Azerbaijani; the `lang` field of each item says which. */
                lang?: components["schemas"]["Lang"];
            };
            header?: never;
            path: {
                /** @description The verification code as printed (XXXX-XXXX-XXXX); case, dashes and spaces do not matter. */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description It is genuine. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ServiceResultVerification"];
                };
            };
            /** @description The query or path is not valid; `errors` points at each rejected field. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:validation",
                     *       "title": "The request is not valid",
                     *       "status": 400,
                     *       "detail": "Some parameters of the request are not valid; each is listed in errors with the reason."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No document was issued with this code. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:not-found",
                     *       "title": "Not found",
                     *       "status": 404,
                     *       "detail": "There is nothing at the requested address."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Something went wrong on the server. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:icra:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred. Please try again later."
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
