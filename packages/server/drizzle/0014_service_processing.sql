CREATE TABLE "service_application_versions" (
	"application_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"request" jsonb,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_application_versions_application_id_version_pk" PRIMARY KEY("application_id","version"),
	CONSTRAINT "service_application_versions_positive" CHECK ("service_application_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "service_ratings" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"service_slug" text NOT NULL,
	"authority_slug" text NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"rated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_ratings_score_range" CHECK ("service_ratings"."score" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE TABLE "service_results" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"document_id" uuid NOT NULL,
	"generated" boolean NOT NULL,
	"sha256" text NOT NULL,
	"issued_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_results_code_format" CHECK ("service_results"."code" ~ '^[2-9A-HJ-NP-Z]{12}$')
);
--> statement-breakpoint
ALTER TABLE "service_applications" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_applications" ADD COLUMN "request" jsonb;--> statement-breakpoint
ALTER TABLE "service_applications" ADD COLUMN "amendment" jsonb;--> statement-breakpoint
ALTER TABLE "service_applications" ADD COLUMN "waiting_since" date;--> statement-breakpoint
ALTER TABLE "service_documents" ADD COLUMN "purpose" text DEFAULT 'evidence' NOT NULL;--> statement-breakpoint
ALTER TABLE "service_application_versions" ADD CONSTRAINT "service_application_versions_application_id_service_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."service_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_ratings" ADD CONSTRAINT "service_ratings_application_id_service_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."service_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_ratings" ADD CONSTRAINT "service_ratings_service_slug_services_slug_fk" FOREIGN KEY ("service_slug") REFERENCES "public"."services"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "service_ratings" ADD CONSTRAINT "service_ratings_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "service_results" ADD CONSTRAINT "service_results_application_id_service_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."service_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_results" ADD CONSTRAINT "service_results_document_id_service_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."service_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_ratings_authority_service_idx" ON "service_ratings" USING btree ("authority_slug","service_slug");--> statement-breakpoint
CREATE INDEX "service_ratings_authority_order_idx" ON "service_ratings" USING btree ("authority_slug","rated_at","application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "service_results_code_idx" ON "service_results" USING btree ("code");--> statement-breakpoint
ALTER TABLE "service_documents" ADD CONSTRAINT "service_documents_purpose" CHECK ("service_documents"."purpose" IN ('evidence', 'result'));--> statement-breakpoint
-- Applications submitted before versions were kept: what the authority has is their first version.
INSERT INTO "service_application_versions" ("application_id", "version", "answers", "submitted_at") SELECT "id", 1, "answers", "submitted_at" FROM "service_applications";
