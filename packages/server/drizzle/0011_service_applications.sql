CREATE TYPE "public"."service_application_status" AS ENUM('submitted');--> statement-breakpoint
CREATE TABLE "service_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"citizen" text NOT NULL,
	"service_slug" text NOT NULL,
	"authority_slug" text NOT NULL,
	"form_version" integer NOT NULL,
	"form" jsonb NOT NULL,
	"answers" jsonb NOT NULL,
	"registry" jsonb NOT NULL,
	"lang" "lang" NOT NULL,
	"status" "service_application_status" DEFAULT 'submitted' NOT NULL,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_applications_reference_format" CHECK ("service_applications"."reference" ~ '^[2-9A-HJ-NP-Z]{8}$')
);
--> statement-breakpoint
CREATE TABLE "service_document_blobs" (
	"document_id" uuid PRIMARY KEY NOT NULL,
	"bytes" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_sub" text NOT NULL,
	"draft_id" uuid,
	"application_id" uuid,
	"document_key" text NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_documents_one_owner" CHECK (("service_documents"."draft_id" is null) <> ("service_documents"."application_id" is null))
);
--> statement-breakpoint
CREATE TABLE "service_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen" text NOT NULL,
	"service_slug" text NOT NULL,
	"authority_slug" text NOT NULL,
	"form_version" integer NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_forms" (
	"service_slug" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_forms_service_slug_version_pk" PRIMARY KEY("service_slug","version"),
	CONSTRAINT "service_forms_version_positive" CHECK ("service_forms"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "service_applications" ADD CONSTRAINT "service_applications_service_slug_services_slug_fk" FOREIGN KEY ("service_slug") REFERENCES "public"."services"("slug") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "service_applications" ADD CONSTRAINT "service_applications_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "service_document_blobs" ADD CONSTRAINT "service_document_blobs_document_id_service_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."service_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_documents" ADD CONSTRAINT "service_documents_draft_id_service_drafts_id_fk" FOREIGN KEY ("draft_id") REFERENCES "public"."service_drafts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_documents" ADD CONSTRAINT "service_documents_application_id_service_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."service_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_drafts" ADD CONSTRAINT "service_drafts_service_slug_services_slug_fk" FOREIGN KEY ("service_slug") REFERENCES "public"."services"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "service_drafts" ADD CONSTRAINT "service_drafts_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "service_forms" ADD CONSTRAINT "service_forms_service_slug_services_slug_fk" FOREIGN KEY ("service_slug") REFERENCES "public"."services"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE UNIQUE INDEX "service_applications_reference_idx" ON "service_applications" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "service_applications_citizen_order_idx" ON "service_applications" USING btree ("citizen","submitted_at","id");--> statement-breakpoint
CREATE INDEX "service_applications_authority_order_idx" ON "service_applications" USING btree ("authority_slug","submitted_at","id");--> statement-breakpoint
CREATE INDEX "service_documents_draft_idx" ON "service_documents" USING btree ("draft_id","created_at");--> statement-breakpoint
CREATE INDEX "service_documents_application_idx" ON "service_documents" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_drafts_citizen_service_idx" ON "service_drafts" USING btree ("citizen","service_slug","authority_slug");--> statement-breakpoint
CREATE INDEX "service_drafts_citizen_order_idx" ON "service_drafts" USING btree ("citizen","updated_at","id");