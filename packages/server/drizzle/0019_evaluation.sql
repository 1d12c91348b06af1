CREATE TYPE "public"."evaluation_campaign_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."evaluation_outcome" AS ENUM('electronicized', 'not_electronicized', 'stopped');--> statement-breakpoint
CREATE TYPE "public"."evaluation_rating" AS ENUM('unsatisfactory', 'satisfactory', 'good', 'excellent');--> statement-breakpoint
CREATE TYPE "public"."evaluation_source" AS ENUM('published-aggregate', 'recorded');--> statement-breakpoint
CREATE TABLE "evaluated_bodies" (
	"slug" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	CONSTRAINT "evaluated_bodies_slug_format" CHECK ("evaluated_bodies"."slug" ~ '^[a-z][a-z0-9-]{1,62}$'),
	CONSTRAINT "evaluated_bodies_name_in_az" CHECK ("evaluated_bodies"."name" ? 'az')
);
--> statement-breakpoint
CREATE TABLE "evaluated_services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"body_slug" text NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	CONSTRAINT "evaluated_services_name_in_az" CHECK ("evaluated_services"."name" ? 'az')
);
--> statement-breakpoint
CREATE TABLE "evaluation_aggregates" (
	"year" smallint PRIMARY KEY NOT NULL,
	"source" "evaluation_source" DEFAULT 'published-aggregate' NOT NULL,
	"bodies" integer NOT NULL,
	"services" integer NOT NULL,
	"electronicized" integer NOT NULL,
	"not_electronicized" integer NOT NULL,
	"stopped" integer NOT NULL,
	"unsatisfactory" integer NOT NULL,
	"satisfactory" integer NOT NULL,
	"good" integer NOT NULL,
	"excellent" integer NOT NULL,
	CONSTRAINT "evaluation_aggregates_source" CHECK ("evaluation_aggregates"."source" = 'published-aggregate'),
	CONSTRAINT "evaluation_aggregates_not_negative" CHECK (least("evaluation_aggregates"."bodies", "evaluation_aggregates"."services", "evaluation_aggregates"."electronicized", "evaluation_aggregates"."not_electronicized", "evaluation_aggregates"."stopped", "evaluation_aggregates"."unsatisfactory", "evaluation_aggregates"."satisfactory", "evaluation_aggregates"."good", "evaluation_aggregates"."excellent") >= 0),
	CONSTRAINT "evaluation_aggregates_services_sum" CHECK ("evaluation_aggregates"."services" = "evaluation_aggregates"."electronicized" + "evaluation_aggregates"."not_electronicized" + "evaluation_aggregates"."stopped"),
	CONSTRAINT "evaluation_aggregates_ratings_sum" CHECK ("evaluation_aggregates"."electronicized" = "evaluation_aggregates"."unsatisfactory" + "evaluation_aggregates"."satisfactory" + "evaluation_aggregates"."good" + "evaluation_aggregates"."excellent")
);
--> statement-breakpoint
CREATE TABLE "evaluation_assessments" (
	"year" smallint NOT NULL,
	"source" "evaluation_source" DEFAULT 'recorded' NOT NULL,
	"service_id" uuid NOT NULL,
	"outcome" "evaluation_outcome" NOT NULL,
	"electronicization" smallint,
	"openness" smallint,
	"usability" smallint,
	"rating" "evaluation_rating",
	"deficiencies" jsonb,
	"proposals" jsonb,
	"stopped_reason" jsonb,
	"revision" integer DEFAULT 1 NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_assessments_year_service_id_pk" PRIMARY KEY("year","service_id"),
	CONSTRAINT "evaluation_assessments_source" CHECK ("evaluation_assessments"."source" = 'recorded'),
	CONSTRAINT "evaluation_assessments_rating_when_electronicized" CHECK (("evaluation_assessments"."outcome" = 'electronicized') = ("evaluation_assessments"."rating" is not null)),
	CONSTRAINT "evaluation_assessments_scores_unless_stopped" CHECK (case when "evaluation_assessments"."outcome" = 'stopped' then "evaluation_assessments"."electronicization" is null and "evaluation_assessments"."openness" is null and "evaluation_assessments"."usability" is null else "evaluation_assessments"."electronicization" is not null and "evaluation_assessments"."openness" is not null and "evaluation_assessments"."usability" is not null end),
	CONSTRAINT "evaluation_assessments_score_range" CHECK ("evaluation_assessments"."electronicization" between 0 and 100 and "evaluation_assessments"."openness" between 0 and 100 and "evaluation_assessments"."usability" between 0 and 100),
	CONSTRAINT "evaluation_assessments_reason_when_stopped" CHECK (("evaluation_assessments"."outcome" = 'stopped') = ("evaluation_assessments"."stopped_reason" is not null)),
	CONSTRAINT "evaluation_assessments_texts_in_az" CHECK (("evaluation_assessments"."deficiencies" is null or "evaluation_assessments"."deficiencies" ? 'az') and ("evaluation_assessments"."proposals" is null or "evaluation_assessments"."proposals" ? 'az') and ("evaluation_assessments"."stopped_reason" is null or "evaluation_assessments"."stopped_reason" ? 'az')),
	CONSTRAINT "evaluation_assessments_revision_positive" CHECK ("evaluation_assessments"."revision" >= 1)
);
--> statement-breakpoint
CREATE TABLE "evaluation_campaigns" (
	"year" smallint PRIMARY KEY NOT NULL,
	"source" "evaluation_source" NOT NULL,
	"status" "evaluation_campaign_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp (3) with time zone,
	"created_by" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "evaluation_campaigns_year_source_key" UNIQUE("year","source"),
	CONSTRAINT "evaluation_campaigns_year" CHECK ("evaluation_campaigns"."year" between 2000 and 2100),
	CONSTRAINT "evaluation_campaigns_published_has_date" CHECK (("evaluation_campaigns"."status" = 'published') = ("evaluation_campaigns"."published_at" is not null)),
	CONSTRAINT "evaluation_campaigns_aggregate_published" CHECK ("evaluation_campaigns"."source" <> 'published-aggregate' or "evaluation_campaigns"."status" = 'published')
);
--> statement-breakpoint
ALTER TABLE "evaluated_services" ADD CONSTRAINT "evaluated_services_body_slug_evaluated_bodies_slug_fk" FOREIGN KEY ("body_slug") REFERENCES "public"."evaluated_bodies"("slug") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "evaluation_aggregates" ADD CONSTRAINT "evaluation_aggregates_campaign_fk" FOREIGN KEY ("year","source") REFERENCES "public"."evaluation_campaigns"("year","source") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assessments" ADD CONSTRAINT "evaluation_assessments_service_id_evaluated_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."evaluated_services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_assessments" ADD CONSTRAINT "evaluation_assessments_campaign_fk" FOREIGN KEY ("year","source") REFERENCES "public"."evaluation_campaigns"("year","source") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evaluated_services_body_idx" ON "evaluated_services" USING btree ("body_slug","position");--> statement-breakpoint
CREATE INDEX "evaluation_assessments_service_idx" ON "evaluation_assessments" USING btree ("service_id");