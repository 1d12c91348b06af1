import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  gzippedSize,
  LOADER_ENTRIES,
  loaderDynamicImports,
  moduleText,
  pageFiles,
  pageSize,
  // @ts-expect-error: plain JavaScript build script without types, shared with the root benchmark
} from '../scripts/bundle-size.mjs';

/**
 * Size budgets, bytes of gzip (zlib level 9) of the minified build; run `npm run build -w
 * @icra/widgets` first — a missing dist fails here on purpose. A per-widget file counts with the
 * shared chunks it imports (what a bundler pulls in for that one widget), Lit, context, SDK and
 * ky external. Measured when set (Lit 3.3.3, @lit/context 1.1.6, ky 1.14.3): dist/icra.js 20,486
 * with news alone (of which Lit + @lit/context ≈ 8.3 k and ky ≈ 4.8 k; Lit core alone ≈ 6.0 k),
 * dist/news.js 7,168; `<icra-sign-in>` added 3,419 to icra.js (24,013); `<icra-cabinet>` (and the
 * signed-in name in `<icra-sign-in>`, and the cabinet's operations in the SDK) 4,146 more: icra.js
 * 28,159, dist/news.js 7,413, dist/sign-in.js 6,978, dist/cabinet.js 12,558 (with the sign-in
 * control it contains), each with the shared chunks it imports. The SDK's idempotency keys and raw
 * bodies took icra.js to 28,319; `bodyHtml` rebuilt from the allow-list in `<icra-news>` (and covers
 * only from http(s) or inline images) added 1,074: icra.js 29,393; dist/news.js 7,413 → 8,477. The
 * SDK's editorial operations took icra.js to 29,536 (news.js 8,501). `<icra-news-editor>` is kept
 * out of icra.js: dist/news-editor.js 18,778 (with the sign-in control and the shared chunks), and
 * its self-contained dist/icra-news-editor.js 30,450 (Lit and the SDK inside); its link field (in
 * place of the browser's prompt) +637: 19,415 and 31,055. The SDK's operation table for the 11
 * e-participation operations (no widget of them yet) +214: icra.js 29,750 — every bundle carries the
 * whole table, so each API operation costs every widget about 20 bytes. `<icra-poll>` (ballot,
 * results, live polling, az/en/ru messages, styleMap for the bars) +4,307: icra.js 34,057;
 * dist/poll.js 11,564 (with the sign-in control it contains and the shared chunks). `<icra-participation>`
 * (poll list with filters and paging, the application form with its error summary, az/en/ru, and
 * `heading-level` on `<icra-poll>` through lit/static-html) +5,618: icra.js 39,675; dist/participation.js
 * 18,323 (with `<icra-poll>` and the sign-in control inside); poll.js 11,778; news.js 8,653 (the
 * heading helper now a shared chunk). The citizen's e-participation applications in `<icra-cabinet>`
 * (list, history, poll link, authority names, directions and statuses in az/en/ru) +2,418 measured
 * alone: dist/cabinet.js 12,761 → 14,916; with both (and the cabinet on the shared heading helper): icra.js 42,045, dist/cabinet.js 14,978.
 * `<icra-moderation>` (queue, application, poll form with Baku-time schedule, rejection, az/en/ru
 * messages) is kept out of icra.js like the editor: dist/moderation.js 20,489 (with the sign-in control
 * and the shared chunks), its self-contained dist/icra-moderation.js 32,252 (measured alone).
 * The SDK's attachment operations and Blob answers: icra.js 42,109, icra-news-editor.js 31,355,
 * icra-moderation.js 32,320. Attachments in `<icra-participation>` (choose, list, remove, check and
 * upload up to five files; messages in az/en/ru) +1,581: icra.js 43,690; dist/participation.js 20,046.
 * The poll's bars sized through the CSSOM instead of styleMap (a strict CSP blocks style attributes):
 * icra.js 43,352; dist/poll.js 11,819; dist/participation.js 20,081. Attachments in `<icra-cabinet>`
 * and `<icra-moderation>` (download buttons fetching with the token, sizes in the widget's number
 * format, az/en/ru, one shared core/download.ts) +937 measured alone: cabinet.js 15,958;
 * moderation.js 21,487; icra-moderation.js 33,327; with the rest, and the
 * directions' names and the size format shared by the three widgets: icra.js 43,716; cabinet.js 16,031;
 * participation.js 20,208; moderation.js 21,614; icra-moderation.js 33,357. The session-following
 * base class the five signed-in widgets now share (core/session-element.ts): icra.js 43,669, but each
 * per-widget file about 100 more for the extra shared chunk: cabinet.js 16,174; poll.js 11,861;
 * participation.js 20,304; moderation.js 21,739; icra-moderation.js 33,410; icra-news-editor.js 31,406.
 * A decision's notification opening its application in the cabinet: cabinet.js 16,379. The editor and
 * the desk on the shared form styles (core/form-styles.ts: more rules than each had), the editor's link
 * icon drawn as SVG: icra-news-editor.js 31,815; news-editor.js 19,963; moderation.js 22,001;
 * icra-moderation.js 33,543; participation.js 20,430. Bytes spelled out in file sizes: cabinet.js 16,403.
 * The staff widgets' error summary shared (core/error-summary.ts): icra-news-editor.js 31,890;
 * news-editor.js 20,044; moderation.js 22,060; icra-moderation.js 33,535. The embedded sign-in
 * control rendered by one function beside its registration (sign-in/define.ts) instead of five
 * copies: sign-in.js 7,312; moderation.js 22,119; icra-news-editor.js 31,951; every reader widget
 * 52,571, participation 38,252, the sign-in page 24,826.
 * The desk on the widgets' core (session, paged-list, task and form controllers, `@lit/task`, the
 * announcer; the application fetched fresh when opened): moderation.js 23,284; icra-moderation.js 36,013.
 * icra.js then became a loader that imports only the widgets a page uses (below, PAGES); the
 * self-contained icra.js it replaced measured 43,669 for any page at that point.
 * The news editor on the widgets' core (@lit/task and the controllers inside its own bundle) with
 * its rich text as a form-associated element: icra-news-editor.js 31,951 → 33,112; news-editor.js
 * 20,066 → 20,168.
 * `<icra-news>`, `<icra-sign-in>` and `<icra-cabinet>` on the core's controllers (@lit/task, the
 * session, task, paged-list and announcer modules now in the bundles, beside the base class the
 * other widgets still use): news.js 8,663 → 9,321; sign-in.js 7,312 → 7,798; cabinet.js 16,436 →
 * 17,181; and through the sign-in control they embed, poll.js 11,847 → 12,408, participation.js
 * 20,367 → 20,963, moderation.js 22,119 → 22,613, icra-moderation.js 33,597 → 34,733, and
 * news-editor.js to 20,604, icra-news-editor.js to 33,092.
 * Every widget on the core, the poll and participation too, and the form controller kept out of the
 * shared chunk (only the poll, participation and the staff desks use it): icra-news-editor.js
 * 33,073; news.js 9,256; sign-in.js 7,798; cabinet.js 17,128; news-editor.js 20,196; poll.js
 * 13,221; participation.js 21,933; moderation.js 23,418; icra-moderation.js 36,064. The domain lists
 * read from the SDK's generated values instead of the widgets' own copies: sign-in.js 7,805;
 * icra-moderation.js 36,105 (in that self-contained file the lists sit with the SDK, farther than
 * gzip's 32 kB window from the messages that repeat their values). The editor's rich-text field,
 * which the bundler had dropped (its define module was not declared a side effect), now in its
 * bundles: icra-news-editor.js 35,682; news-editor.js 22,547. The sign-in's grace for a popup seen
 * closed before its answer: cabinet.js 17,155; moderation.js 23,450; icra-moderation.js 36,134.
 * The session that lasts (sessionStorage, renewal while active, tabs told of a sign-out, one renewal
 * per chain, revocation), ≈ 1.25 k on every signed-in bundle: sign-in.js 9,057; cabinet.js 18,453;
 * poll.js 14,676; participation.js 23,206; moderation.js 24,722; news-editor.js 23,905;
 * icra-news-editor.js 36,912; icra-moderation.js 37,368 (news.js 9,292, no session in it). With
 * the sign-in's visible problems and focus on who is signed in, drafts kept through a re-sign-in,
 * localized percentages and the news' address as well: icra-news-editor.js 37,511; news.js 9,730;
 * sign-in.js 9,430; cabinet.js 18,940; news-editor.js 24,669; poll.js 15,348; participation.js 24,048;
 * moderation.js 25,353; icra-moderation.js 37,947. The editor's cover chosen with a translated button
 * (core/file-picker.ts, shared with the participation form, in the chunks of those two only):
 * icra-news-editor.js 37,695; news-editor.js 24,918; participation.js 24,234. The three forms'
 * re-sign-in drafts on one keeper (core/draft-keeper.ts, a chunk of its own) instead of a copy in each:
 * moderation.js 25,454; icra-moderation.js 38,045 (about 100 more than the copies).
 * The secret ballot (RFC 9474 blind signatures): the SDK's anonymous calls (+≈ 50 on every bundle
 * with the SDK: icra-news-editor.js 37,676, icra-moderation.js 38,102) and the poll's side of it —
 * the pending ballot kept until cast, the states (voting, counted, taken earlier, key mismatch,
 * ballots not yet in the results) in az/en/ru — with the blind-signature code and the texts of a
 * ballot under way in a chunk of their own, imported on demand (below, LAZY): poll.js 15,340 →
 * 16,570; participation.js 24,227 → 25,515.
 * The e-services catalogue's two operations, then the SDK's operation table as one string per
 * operation ("get /v1/services/{slug}") instead of an object: icra-news-editor.js 37,694 → 37,648;
 * icra-moderation.js 38,121 → 38,059 (each operation now ≈ 15 bytes on every bundle with the SDK).
 * `<icra-service-catalog>` (search with a debounce, category filter, cards with fee in manat and
 * working days, paging, the service with its documents' limits, offline text and apply link, az/en/ru):
 * dist/service-catalog.js 10,697. Its imports of the core (the heading helper without the date format,
 * the file size without the directions) split the npm build's shared chunks where they had travelled
 * together: cabinet.js 18,939 → 19,023; participation.js 25,515 → 25,586; moderation.js 25,454 →
 * 25,487; news-editor.js 24,914 → 24,910.
 * Then, merged with the catalogue: the thirteen operations of applying for an e-service (form, drafts, documents, submit, the
 * citizen's applications): icra-news-editor.js 37,767; icra-moderation.js 38,213 (every bundle
 * carries the whole table; a table per page would take this back). The cabinet's e-services
 * (drafts to continue or delete after a confirmation, submitted applications with their reference
 * and status, in az/en/ru): cabinet.js 18,939 → 21,402.
 * Merged with the above, `<icra-service-form>` (steps reached through the journey, every field kind, the check of the
 * answers, drafts with If-Match, documents, the reference; az/en/ru) with `@icra/forms` and its
 * interpreting validator (@cfworker/json-schema) bundled in: service-form.js 27,671; the chunks it
 * shares with the other forms split differently: participation.js 25,586; cabinet.js 19,023;
 * poll.js 16,595; news.js 9,734; moderation.js 25,487.
 * Then answers normalized before they are checked (a phone with spaces, a FIN's case, a decimal
 * comma) in `@icra/forms`, no timeout on an upload in the SDK, and the service form's upload with
 * progress and a stop button: service-form.js 28,349; with the questions a changed form names
 * marked where they are asked, 28,519; with the family from the registry (its relations in az/en/ru),
 * 29,008; icra-news-editor.js 37,836;
 * icra-moderation.js 38,336 (each carries the SDK's few lines more).
 * One "load more" for the four paged lists (news, the catalogue, the cabinet's two), in core/:
 * news.js 9,781; cabinet.js 21,606; news-editor.js 25,033; participation.js 25,698; moderation.js
 * 25,599 (the shared chunks split differently).
 * The authority's side of e-services in the contract (the officers' workflow operations in every
 * bundle's table, the cabinet's names of the new statuses in az/en/ru): cabinet.js 21,809;
 * icra-news-editor.js 37,923; icra-moderation.js 38,429.
 * The processing's ten operations (amendment, its files, versions, the result, its verification,
 * ratings) in every bundle's table, ≈ 13 bytes each: icra-news-editor.js 38,059; icra-moderation.js
 * 38,571. The whole table in every bundle is the cost to take away next (a table per bundle).
 * The cabinet's submitted e-service application opened (its timeline, the authority's request with
 * the link to answer it, the result to download with its code, the rating form; az/en/ru):
 * cabinet.js 21,809 → 25,308. Loaded with the cabinet; a chunk fetched when an application is first
 * opened (as the ballot is) would take it off the cabinet's first load.
 * The service form answering a request for information (`application`: only the reopened answers
 * and documents, saved to the amendment, sent again; az/en/ru): service-form.js 29,008 → 30,086.
 * `<icra-service-desk>` (the officers' queue with its filters and paging, an application's answers,
 * documents, history and the citizen's changes, the five actions and their forms, az/en/ru) is kept
 * out of icra.js like the moderation desk, whose styles it shares: dist/service-desk.js 26,173 (with
 * the sign-in control and the shared chunks), its self-contained dist/icra-service-desk.js 38,798.
 * The npm build's shared chunks split once more around it (the moderation's styles and the form
 * controller now shared by more entries): news-editor.js 25,156; participation.js 25,868.
 * `Me` a union told apart by `kind` (the sign-in control, the cabinet and the service form narrow on
 * it, and read the kinds from the SDK's `meKindValues`): poll.js to 16,603.
 * The OAuth session (the popup's `iss` checked, `web_message` and the widgets' scopes asked) and the
 * SDK's 11 reception operations: sign-in.js 9,571, cabinet.js 25,442, poll.js 16,754, service-form.js
 * 30,301, icra-service-desk.js 39,122; every reader widget together 92,643. The reception's 16
 * operations with its calendar feed: icra-moderation.js 38,952, a news page 31,405, a sign-in page
 * 29,209, a poll page 37,169. Continue and Send waiting for an upload to settle: a service form page
 * 50,913, every reader widget 92,765.
 * `<icra-reception-desk>` (the reception officers' requests by status with paging, the week's grid
 * of an official's slots operated by keyboard, scheduling with the nearest free times after a
 * `slot-taken`, reschedule, decline and cancel with their reasons, az/en/ru) is kept out of icra.js
 * like the other desks, whose styles it shares: dist/reception-desk.js 26,262 (with the sign-in
 * control and the shared chunks), its self-contained dist/icra-reception-desk.js 38,814. The npm
 * build's shared chunks split once more around it (the moderation's styles and the form controller
 * now shared by a third desk): moderation.js 25,757 → 26,069.
 * `<icra-reception>` (the officials and their hours, the request form, the citizen's requests with
 * the appointment in Baku time and its .ics; az/en/ru): reception.js 23,086. The cabinet's
 * reception section (the same requests module, and the calendar feed) and Baku's time of day in a
 * chunk of its own (out of the shared one): cabinet.js 25,442 → 30,682; moderation.js 26,069 (its
 * Baku-time helpers now a chunk shared with the reception and the cabinet).
 * The reception desk showing the citizen's files (the shared attachments list): reception-desk.js
 * 27,218, icra-reception-desk.js 39,848. A form's optional files as one core module (ChosenFiles,
 * with their words in az/en/ru, a chunk of the participation and reception forms, 2,238): the
 * participation page 46,866; the request for a meeting taking files: reception.js 25,058, the
 * reception page 45,268; every reader widget 107,996; a poll page 37,263; icra-service-desk.js 39,216.
 * The desks' reason field and their queue's announcements shared (core/reason-field.ts,
 * core/announce-loading.ts) instead of a copy in each: moderation.js 26,184, icra-moderation.js
 * 39,064, service-desk.js 26,411, reception-desk.js 27,380, icra-reception-desk.js 39,937.
 * The evaluation's eight operations in the SDK's table (+≈100 on every page): `<icra-config>` alone
 * 26,040; news 31,602; sign-in 29,409; cabinet 49,699; poll 37,372; participation 46,970; the
 * service catalogue 32,896; the reception 45,373; every reader widget 108,096; the desks 38,551
 * (news editor), 39,185 (moderation), 39,340 (service desk), 40,047 (reception desk).
 * A new widget raises these on purpose, in the same commit.
 */
const BUDGETS = {
  'icra-news-editor.js': 38_600,
  'news.js': 9_800,
  'sign-in.js': 9_650,
  'cabinet.js': 30_750,
  'news-editor.js': 25_400,
  'poll.js': 16_850,
  'participation.js': 26_150,
  'service-catalog.js': 10_750,
  'service-form.js': 30_400,
  'reception.js': 25_100,
  'moderation.js': 26_200,
  'icra-moderation.js': 39_250,
  'service-desk.js': 26_450,
  'icra-service-desk.js': 39_400,
  'reception-desk.js': 27_400,
  'icra-reception-desk.js': 40_100,
};

/**
 * The poll's ballot (src/poll/ballot.ts: the blind signatures, @cloudflare/blindrsa-ts with its
 * big-number code, and the texts of a ballot under way), a chunk imported only when a signed-in
 * eligible citizen sees an open poll; gzipped alone, since what it imports (the shared and the
 * poll's chunks) is loaded by then. Measured when set: through the loader, chunks/ballot-[hash].js
 * 15,042 (the library inside, 44.7 kB minified); in the npm build, with the library left to the
 * bundler, 2,147.
 */
const LAZY = { loader: 15_050, npm: 2_150 };

/**
 * What a page fetches through the loader, per set of elements on it: dist/icra.js and the chunks
 * of dist/chunks/ the loader imports for them, each file gzipped on its own (they travel as
 * separate responses; the browser fetches them in parallel, one round trip after icra.js).
 * Measured when set: the loader alone 1,573 (≈ 1.05 k of it Vite's preload helper, ≈ 0.7 k the
 * loader's own code); `<icra-config>` alone 21,563 (the shared chunk — Lit, @lit/context, the SDK,
 * ky, core/ and the config — 19,941, and a 49-byte chunk that imports it); news 26,319 (3 files; its
 * chunk 4,805); sign-in 24,750 (4); cabinet 32,818 (4); poll 30,029 (5); participation 37,432 (5);
 * every reader widget 50,501 (10 files; more than the 42,109 of the one-file bundle: the files
 * compress apart, and the loader comes on top). Re-measured with attachments, the poll's CSSOM bars,
 * the shared session base class, and the rich text and the downloads kept out of the shared chunk:
 * the loader 1,574; `<icra-config>` 21,429 (3 files); news 26,970 (3); sign-in 24,621 (4); cabinet
 * 33,063 (4); poll 29,816 (5); participation 38,272 (5); every reader widget 52,500 (10). (The one-file
 * bundle measured 43,669 at that point.) The cabinet's "show the application": every reader widget 52,702;
 * with the shared form styles: cabinet 33,318, participation 38,322, every reader widget 52,749.
 * News, sign-in and the cabinet on the core's controllers (in the shared chunk, so on every page):
 * `<icra-config>` alone 21,522 → 23,301; news 27,058 → 28,601; sign-in 24,826 → 26,432; cabinet
 * 33,364 → 34,893; poll to 31,458; participation to 39,845; every reader widget 52,571 → 53,851.
 * Every widget on the core, the form controller out of the shared chunk (it saves ≈ 0.95 k on the
 * pages without a form): `<icra-config>` alone 23,161; news 28,460; sign-in 26,298; cabinet 34,763;
 * poll 32,339; participation 40,318; every reader widget 54,327. With the SDK's domain lists: sign-in
 * 26,306. With the sign-in's grace for a popup seen closed early: `<icra-config>` alone 23,205; news
 * 28,501; poll 32,377. The session that lasts, in the shared chunk: `<icra-config>` alone 24,415;
 * news 29,709; sign-in 27,545; cabinet 36,007; poll 33,588; participation 41,513; every reader widget
 * 55,514. With the visible sign-in problems, drafts, localized percentages and the news' address (the
 * drafts' store, which the sign-in clears, in the shared chunk): `<icra-config>` alone 24,718; news
 * 30,339; sign-in 28,084; cabinet 36,548; poll 34,179; participation 42,307; every reader widget 56,637.
 * With the shared file picker: participation 42,453; every reader widget 56,783. With the drafts'
 * keeper: cabinet 36,563; participation 42,566; every reader widget 56,902. The SDK's anonymous
 * calls (+≈ 50 in the shared chunk) and the poll's secret ballot, its blind signatures left to the
 * ballot's own chunk (LAZY): `<icra-config>` alone 24,775; news 30,397; sign-in 28,141; cabinet
 * 36,606; poll 34,189 → 35,737; participation 42,566 → 44,113; every reader widget 58,445. The
 * catalogue's operations (`<icra-config>` alone 24,801, every reader widget 58,472), then the operation
 * table as strings: `<icra-config>` alone 24,745; news 30,367; sign-in 28,113; cabinet 36,579; poll
 * 35,713; participation 44,091; every reader widget 58,424. `<icra-service-catalog>` (its chunk and
 * the loader naming one more element, +34 on every page): the loader alone 1,614; `<icra-config>`
 * alone 24,779; news 30,401; sign-in 28,147; cabinet 36,613; poll 35,747; participation 44,125; the
 * service catalogue 31,706; every reader widget, the catalogue among them, 65,434 (58,458 without it).
 * Then the thirteen operations of applying for
 * an e-service (≈ 140 on every page): `<icra-config>` alone 24,889; news 30,509; sign-in 28,254;
 * cabinet 36,721; poll 35,851; participation 44,225; every reader widget 58,557. The cabinet's
 * e-services section: cabinet 39,184; every reader widget 61,020. Both together: `<icra-config>`
 * alone 24,920; news 30,540; sign-in 28,285; cabinet 39,219; poll 35,882; participation 44,256; the
 * service catalogue 31,850; every reader widget 68,034; cabinet.js 21,481.
 * Then, on a branch of its own, `<icra-service-form>` in the loader (+80 on icra.js: the loader 1,658), with `@icra/forms` and its
 * validator kept out of the shared chunk (in it, every page would carry them: `<icra-config>` alone
 * 30,970, measured): the service form's page 47,152 (6
 * files; its chunk 16,984 with the form runtime inside). The chunks it shares with the poll and
 * participation (the sign-in control, the file picker, the drafts' keeper) now travel as files of
 * their own: `<icra-config>` alone 24,969; news 30,589; sign-in 28,334; cabinet 36,801; poll 36,289
 * (6); participation 44,933 (7); every reader widget 59,265 (12 files), with the service form 76,247.
 * The catalogue, the cabinet's e-services and the service form together: `<icra-config>` alone
 * 24,995; news 30,615; sign-in 28,360; poll 36,315; participation 44,959; the service catalogue
 * 31,925; the service form 47,180; every reader widget 85,721; service-form.js 27,671.
 * Then no timeout on an upload in the SDK (≈ 135 on every page), and the service form's upload with
 * progress through XMLHttpRequest (@icra/sdk/upload, in the service form's chunks only), its stop
 * button and the normalized answers: `<icra-config>` alone 25,130; news 30,751; sign-in 28,497;
 * cabinet 39,433; poll 36,453; participation 45,103; the service catalogue 32,056; the service form
 * 48,426; every reader widget 86,966. The changed form's questions marked where they are asked:
 * the service form 48,599; every reader widget 87,139. One "load more" for the four paged lists, in
 * the shared chunk (≈ 120 on a page without a list, ≈ 60 with one): `<icra-config>` alone 25,248;
 * news 30,810; sign-in 28,613; cabinet 39,574; poll 36,573; participation 45,240; the service
 * catalogue 32,103; the service form 48,744. The family from the registry: the service form 49,218;
 * every reader widget 87,662. The officers' workflow operations in the table and the cabinet's new
 * statuses: `<icra-config>` alone 25,355; news 30,920; sign-in 28,723; cabinet 39,892; poll
 * 36,687; participation 45,362; the service catalogue 32,211; the service form 49,340; every reader
 * widget 88,003. The processing's ten operations in the table: `<icra-config>` alone 25,482; news
 * 31,047; sign-in 28,849; cabinet 40,014; poll 36,812; participation 45,480; the service catalogue
 * 32,337; the service form 49,455; every reader widget 88,107. The cabinet's submitted e-service
 * application opened: cabinet 43,214; every reader widget 91,307. The service form answering a
 * request for information: the service form 50,502; every reader widget 92,359.
 * `<icra-reception>` in the loader (+54 on icra.js: the loader 1,754), Baku's time of day and weekday
 * out of the shared chunk, and the cabinet's reception section: `<icra-config>` alone 25,907; the
 * cabinet 49,564 (5 files: its chunk 16,741 and the requests' module 3,598, with the downloads,
 * shared with the reception); participation 46,050; the service catalogue 32,761; the service form
 * 51,123; the reception 42,523 (7 files: its chunk 8,041, the requests' module, the form controller,
 * the drafts' keeper, the sign-in control); every reader widget 98,918 without the reception,
 * 106,959 with it.
 */
const PAGES: Record<string, { tags: string[]; budget: number }> = {
  'the loader alone (no icra element)': { tags: [], budget: 1_800 },
  '<icra-config> alone': { tags: ['icra-config'], budget: 26_100 },
  news: { tags: ['icra-news'], budget: 31_650 },
  'sign-in': { tags: ['icra-sign-in'], budget: 29_450 },
  cabinet: { tags: ['icra-cabinet'], budget: 49_750 },
  poll: { tags: ['icra-poll'], budget: 37_450 },
  participation: { tags: ['icra-participation'], budget: 47_000 },
  'service catalogue': { tags: ['icra-service-catalog'], budget: 32_950 },
  'service form': { tags: ['icra-service-form'], budget: 51_200 },
  reception: { tags: ['icra-reception'], budget: 45_450 },
  'every reader widget': {
    tags: [
      'icra-config',
      'icra-news',
      'icra-sign-in',
      'icra-cabinet',
      'icra-poll',
      'icra-participation',
      'icra-service-catalog',
      'icra-service-form',
      'icra-reception',
    ],
    budget: 108_150,
  },
};

function read(file: string): string {
  return readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8');
}

/** The ballot's chunk of the loader (dist/icra-manifest.json names it) and that of the npm build. */
function ballotChunks(): { loader: string; npm: string } {
  const manifest = JSON.parse(read('icra-manifest.json')) as Record<string, { file: string }>;
  const loader = manifest['src/poll/ballot.ts']?.file ?? '';
  const all = readdirSync(new URL('../dist/chunks/', import.meta.url)).filter((file) =>
    /^ballot-[\w-]+\.js$/.test(file),
  );
  const npm = all.map((file) => `chunks/${file}`).filter((file) => file !== loader);
  expect(loader).toMatch(/^chunks\/ballot-/);
  expect(npm).toHaveLength(1);
  return { loader, npm: npm[0]! };
}

const gzippedAlone = (file: string) => gzipSync(Buffer.from(read(file)), { level: 9 }).length;

describe('bundle size', () => {
  for (const [file, budget] of Object.entries(BUDGETS)) {
    it(`dist/${file} stays within ${budget} bytes gzipped`, () => {
      expect(gzippedSize(file)).toBeLessThanOrEqual(budget);
    });
  }
});

describe('the ballot, a chunk of its own', () => {
  for (const [build, budget] of Object.entries(LAZY) as ['loader' | 'npm', number][]) {
    it(`${build}: within ${budget} bytes gzipped`, () => {
      expect(gzippedAlone(ballotChunks()[build])).toBeLessThanOrEqual(budget);
    });
  }

  it('holds the blind signatures; no page fetches them up front, and nothing else holds them', () => {
    const { loader, npm } = ballotChunks();
    // A distinctive text of the library's blinding (RFC 9474's "blinding error").
    expect(read(loader)).toContain('blinding error');
    expect(read(npm)).toMatch(/from\s*["']@cloudflare\/blindrsa-ts["']/);
    const everyPage = pageFiles(Object.values(PAGES).at(-1)!.tags) as string[];
    expect(everyPage).not.toContain(loader);
    for (const file of everyPage) expect(read(file), file).not.toContain('blinding error');
    for (const file of Object.keys(BUDGETS)) {
      expect(moduleText(file), file).not.toContain('blinding error');
      expect(moduleText(file), file).not.toMatch(/from\s*["']@cloudflare\/blindrsa-ts["']/);
    }
    // The poll's chunk imports it on demand, beside itself in chunks/.
    const poll = everyPage.find((file) => /^chunks\/poll-/.test(file))!;
    expect(read(poll)).toContain(`import(\`./${loader.slice('chunks/'.length)}\`)`);
  });
});

describe('what a page fetches through dist/icra.js', () => {
  for (const [page, { tags, budget }] of Object.entries(PAGES)) {
    it(`${page}: within ${budget} bytes gzipped`, () => {
      expect(pageSize(tags)).toBeLessThanOrEqual(budget);
    });
  }

  it('a news page fetches no other widget', () => {
    const files = pageFiles(['icra-news']);
    expect(files.some((file: string) => /^chunks\/news-/.test(file))).toBe(true);
    expect(files.some((file: string) => /^chunks\/shared-/.test(file))).toBe(true);
    expect(
      files.filter((file: string) =>
        /^chunks\/(loader-)?(cabinet|sign-in|poll|participation|service-catalog)-/.test(file),
      ),
    ).toEqual([]);
  });
});

describe('bundle shape', () => {
  it('the page shapes count what icra.js imports', () => {
    expect(new Set(loaderDynamicImports())).toEqual(new Set(Object.values(LOADER_ENTRIES)));
  });

  it('dist/icra.js is a loader: it names every reader widget and holds none', () => {
    const code = read('icra.js');
    for (const tag of [
      'icra-news',
      'icra-config',
      'icra-sign-in',
      'icra-cabinet',
      'icra-poll',
      'icra-participation',
      'icra-service-catalog',
      'icra-reception',
    ]) {
      expect(code).toMatch(new RegExp(`["'\`]${tag}["'\`]`));
    }
    expect(code).not.toContain('icra-news-editor');
    expect(code).not.toContain('icra-moderation');
    // No static import (it would make the shared chunk a part of the loader), no element class,
    // no Lit: those are in the chunks it imports.
    expect(code).not.toMatch(/\bfrom\s*["'`]/);
    expect(code).not.toMatch(/\bimport\s*["'`]/);
    expect(code).not.toContain('customElements.define');
    expect(code).not.toContain('attachShadow');
    expect(code).not.toContain('title-button');
    // `load`, and the bundler's preload helper, which the poll's chunk imports for its ballot's
    // import() (from ../icra.js: the module the page already runs, no second fetch).
    expect(code).toMatch(/\bexport\s*\{\s*\w+ as load\s*(,\s*\w+ as \w+\s*)?\}/);
  });

  it('the loader and its chunks are self-contained: no bare imports; each widget in its own chunk', () => {
    const files = pageFiles(Object.values(PAGES).at(-1)!.tags) as string[];
    for (const file of files) {
      const code = read(file);
      expect(code, file).not.toMatch(/\bfrom\s*["'][^./]/);
      expect(code, file).not.toMatch(/\bimport\s*["'][^./]/);
      expect(code, file).not.toMatch(/(^|[\s;{}])@(property|state|consume|provide)\b/);
    }
    // Each element is defined by one chunk, among those its page fetches.
    const chunkOf: Record<string, RegExp> = {
      'icra-config': /^chunks\/shared-/,
      'icra-news': /^chunks\/news-/,
      'icra-sign-in': /^chunks\/sign-in-/,
      'icra-cabinet': /^chunks\/cabinet-/,
      'icra-poll': /^chunks\/poll-/,
      'icra-participation': /^chunks\/participation-/,
      'icra-service-catalog': /^chunks\/service-catalog-/,
      'icra-service-form': /^chunks\/service-form-/,
      'icra-reception': /^chunks\/reception-/,
    };
    for (const [tag, chunk] of Object.entries(chunkOf)) {
      const defining = (pageFiles([tag]) as string[]).filter((file) =>
        read(file).includes(`customElements.define(\`${tag}\``),
      );
      expect(defining, tag).toEqual([expect.stringMatching(chunk)]);
    }
  });

  it('dist/icra-news-editor.js is self-contained and registers the editor', () => {
    const code = read('icra-news-editor.js');
    expect(code).not.toMatch(/\bfrom\s*["'][^./]/);
    expect(code).not.toMatch(/\bimport\s*["'][^./]/);
    expect(code).toContain('icra-news-editor');
  });

  it('dist/icra-moderation.js is self-contained and registers the moderation desk', () => {
    const code = read('icra-moderation.js');
    expect(code).not.toMatch(/\bfrom\s*["'][^./]/);
    expect(code).not.toMatch(/\bimport\s*["'][^./]/);
    expect(code).toContain('icra-moderation');
    expect(code).toContain('icra-sign-in');
    expect(code).not.toContain('icra-news-editor');
  });

  it('dist/icra-service-desk.js is self-contained and registers the service desk', () => {
    const code = read('icra-service-desk.js');
    expect(code).not.toMatch(/\bfrom\s*["'][^./]/);
    expect(code).not.toMatch(/\bimport\s*["'][^./]/);
    expect(code).toContain('icra-service-desk');
    expect(code).toContain('icra-sign-in');
    expect(code).not.toContain('icra-moderation');
  });

  it('dist/icra-reception-desk.js is self-contained and registers the reception desk', () => {
    const code = read('icra-reception-desk.js');
    expect(code).not.toMatch(/\bfrom\s*["'][^./]/);
    expect(code).not.toMatch(/\bimport\s*["'][^./]/);
    expect(code).toContain('icra-reception-desk');
    expect(code).toContain('icra-sign-in');
    expect(code).not.toContain('icra-service-desk');
    expect(code).not.toContain('icra-moderation');
  });

  it('the per-widget files leave lit, @lit/context and the SDK to the bundler', () => {
    for (const file of [
      'news.js',
      'sign-in.js',
      'cabinet.js',
      'news-editor.js',
      'poll.js',
      'moderation.js',
      'service-desk.js',
      'reception-desk.js',
      'service-catalog.js',
      'reception.js',
    ]) {
      const code = moduleText(file);
      expect(code).toMatch(/from\s*["']lit["']/);
      expect(code).toMatch(/from\s*["']@icra\/sdk["']/);
      expect(code).not.toContain('ReactiveElement.finalize');
    }
  });

  it('decorators were compiled away (experimentalDecorators applied)', () => {
    for (const file of [
      'icra-news-editor.js',
      'news.js',
      'sign-in.js',
      'cabinet.js',
      'news-editor.js',
      'poll.js',
      'icra-moderation.js',
      'moderation.js',
      'icra-service-desk.js',
      'service-desk.js',
      'icra-reception-desk.js',
      'reception-desk.js',
      'service-catalog.js',
      'reception.js',
    ]) {
      expect(read(file)).not.toMatch(/(^|[\s;{}])@(property|state|consume|provide)\b/);
    }
  });
});
