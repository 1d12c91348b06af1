CREATE TYPE "public"."service_category" AS ENUM('residence', 'family', 'social', 'construction', 'land', 'archive', 'business');--> statement-breakpoint
CREATE TABLE "service_authorities" (
	"service_slug" text NOT NULL,
	"authority_slug" text NOT NULL,
	CONSTRAINT "service_authorities_service_slug_authority_slug_pk" PRIMARY KEY("service_slug","authority_slug")
);
--> statement-breakpoint
CREATE TABLE "services" (
	"slug" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"category" "service_category" NOT NULL,
	"local_executive" boolean NOT NULL,
	"title" jsonb NOT NULL,
	"summary" jsonb NOT NULL,
	"description" jsonb NOT NULL,
	"legal_basis" jsonb NOT NULL,
	"documents" jsonb NOT NULL,
	"fee_qapik" integer NOT NULL,
	"processing_days" integer NOT NULL,
	"electronic" boolean NOT NULL,
	"offline" jsonb,
	"search" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "services_slug_format" CHECK ("services"."slug" ~ '^[a-z][a-z0-9-]{1,62}$'),
	CONSTRAINT "services_fee_not_negative" CHECK ("services"."fee_qapik" >= 0),
	CONSTRAINT "services_processing_days_positive" CHECK ("services"."processing_days" >= 1),
	CONSTRAINT "services_offline_when_not_electronic" CHECK (("services"."offline" is null) = "services"."electronic"),
	CONSTRAINT "services_texts_in_az" CHECK ("services"."title" ? 'az' and "services"."summary" ? 'az' and "services"."description" ? 'az')
);
--> statement-breakpoint
ALTER TABLE "service_authorities" ADD CONSTRAINT "service_authorities_service_slug_services_slug_fk" FOREIGN KEY ("service_slug") REFERENCES "public"."services"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "service_authorities" ADD CONSTRAINT "service_authorities_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE INDEX "service_authorities_authority_idx" ON "service_authorities" USING btree ("authority_slug","service_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "services_order_idx" ON "services" USING btree ("position","slug");--> statement-breakpoint
CREATE INDEX "services_category_order_idx" ON "services" USING btree ("category","position","slug");--> statement-breakpoint
-- The catalogue is public content: a change to it drops every instance's cached public reads.
CREATE TRIGGER "services_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "services"
  FOR EACH STATEMENT EXECUTE FUNCTION "icra_notify_content_changed"();
--> statement-breakpoint
CREATE TRIGGER "service_authorities_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "service_authorities"
  FOR EACH STATEMENT EXECUTE FUNCTION "icra_notify_content_changed"();
