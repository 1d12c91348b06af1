CREATE TYPE "public"."participation_direction" AS ENUM('roads_transport', 'utilities', 'education', 'health', 'environment', 'culture_sport', 'social_protection', 'other');--> statement-breakpoint
CREATE TYPE "public"."participation_status" AS ENUM('submitted', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."poll_eligibility" AS ENUM('all_citizens', 'residents');--> statement-breakpoint
CREATE TYPE "public"."poll_results_visibility" AS ENUM('live', 'after_vote', 'after_close');--> statement-breakpoint
CREATE TABLE "ballot_register" (
	"voter_hash" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participation_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"citizen" text NOT NULL,
	"authority_slug" text NOT NULL,
	"direction" "participation_direction" NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"status" "participation_status" DEFAULT 'submitted' NOT NULL,
	"decision_reason" text,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "poll_options" (
	"poll_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" jsonb NOT NULL,
	"votes" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "poll_options_poll_id_position_pk" PRIMARY KEY("poll_id","position")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_slug" text NOT NULL,
	"question" jsonb NOT NULL,
	"opens_at" timestamp (3) with time zone NOT NULL,
	"closes_at" timestamp (3) with time zone NOT NULL,
	"eligibility" "poll_eligibility" NOT NULL,
	"results_visibility" "poll_results_visibility" NOT NULL,
	"source_application_id" uuid,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "polls_closes_after_opens" CHECK ("polls"."closes_at" > "polls"."opens_at")
);
--> statement-breakpoint
CREATE TABLE "server_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "participation_applications" ADD CONSTRAINT "participation_applications_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "poll_options" ADD CONSTRAINT "poll_options_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "polls" ADD CONSTRAINT "polls_source_application_id_participation_applications_id_fk" FOREIGN KEY ("source_application_id") REFERENCES "public"."participation_applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "participation_applications_citizen_idx" ON "participation_applications" USING btree ("citizen","created_at");--> statement-breakpoint
CREATE INDEX "participation_applications_authority_idx" ON "participation_applications" USING btree ("authority_slug","status","created_at");--> statement-breakpoint
CREATE INDEX "polls_authority_idx" ON "polls" USING btree ("authority_slug","opens_at");