CREATE TYPE "public"."reception_request_status" AS ENUM('requested', 'scheduled', 'declined', 'cancelled');--> statement-breakpoint
CREATE TABLE "reception_appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"official_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"sequence" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reception_appointments_range" CHECK ("reception_appointments"."ends_at" > "reception_appointments"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "reception_exceptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"official_id" uuid NOT NULL,
	"from_date" date NOT NULL,
	"until_date" date NOT NULL,
	"reason" jsonb NOT NULL,
	CONSTRAINT "reception_exceptions_range" CHECK ("reception_exceptions"."until_date" >= "reception_exceptions"."from_date")
);
--> statement-breakpoint
CREATE TABLE "reception_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"official_id" uuid NOT NULL,
	"room_id" uuid NOT NULL,
	"weekday" smallint NOT NULL,
	"starts_at" text NOT NULL,
	"ends_at" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_until" date,
	CONSTRAINT "reception_hours_weekday" CHECK ("reception_hours"."weekday" between 1 and 7),
	CONSTRAINT "reception_hours_times" CHECK ("reception_hours"."starts_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "reception_hours"."ends_at" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$' and "reception_hours"."starts_at" < "reception_hours"."ends_at"),
	CONSTRAINT "reception_hours_valid" CHECK ("reception_hours"."valid_until" is null or "reception_hours"."valid_until" >= "reception_hours"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "reception_officials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_slug" text NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"title" jsonb NOT NULL,
	"photo_url" text,
	"slot_minutes" integer DEFAULT 20 NOT NULL,
	CONSTRAINT "reception_officials_slot_minutes" CHECK ("reception_officials"."slot_minutes" between 5 and 240),
	CONSTRAINT "reception_officials_texts_in_az" CHECK ("reception_officials"."name" ? 'az' and "reception_officials"."title" ? 'az')
);
--> statement-breakpoint
CREATE TABLE "reception_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"citizen" text NOT NULL,
	"citizen_name" text NOT NULL,
	"authority_slug" text NOT NULL,
	"topic_slug" text NOT NULL,
	"description" text NOT NULL,
	"preferred_official_id" uuid,
	"preferred_days" smallint[] DEFAULT '{}'::smallint[] NOT NULL,
	"preferred_dayparts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"lang" "lang" NOT NULL,
	"status" "reception_request_status" DEFAULT 'requested' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"reason" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"history" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "reception_requests_reference_format" CHECK ("reception_requests"."reference" ~ '^[2-9A-HJ-NP-Z]{8}$')
);
--> statement-breakpoint
CREATE TABLE "reception_rooms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_slug" text NOT NULL,
	"name" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_topics" (
	"slug" text PRIMARY KEY NOT NULL,
	"position" integer NOT NULL,
	"title" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reception_appointments" ADD CONSTRAINT "reception_appointments_request_id_reception_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."reception_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_appointments" ADD CONSTRAINT "reception_appointments_official_id_reception_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."reception_officials"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_appointments" ADD CONSTRAINT "reception_appointments_room_id_reception_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."reception_rooms"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_exceptions" ADD CONSTRAINT "reception_exceptions_official_id_reception_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."reception_officials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_hours" ADD CONSTRAINT "reception_hours_official_id_reception_officials_id_fk" FOREIGN KEY ("official_id") REFERENCES "public"."reception_officials"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_hours" ADD CONSTRAINT "reception_hours_room_id_reception_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."reception_rooms"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_officials" ADD CONSTRAINT "reception_officials_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "reception_requests" ADD CONSTRAINT "reception_requests_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "reception_requests" ADD CONSTRAINT "reception_requests_topic_slug_reception_topics_slug_fk" FOREIGN KEY ("topic_slug") REFERENCES "public"."reception_topics"("slug") ON DELETE restrict ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "reception_requests" ADD CONSTRAINT "reception_requests_preferred_official_id_reception_officials_id_fk" FOREIGN KEY ("preferred_official_id") REFERENCES "public"."reception_officials"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reception_rooms" ADD CONSTRAINT "reception_rooms_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
CREATE UNIQUE INDEX "reception_appointments_request_idx" ON "reception_appointments" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "reception_appointments_official_time_idx" ON "reception_appointments" USING btree ("official_id","starts_at");--> statement-breakpoint
CREATE INDEX "reception_appointments_room_time_idx" ON "reception_appointments" USING btree ("room_id","starts_at");--> statement-breakpoint
CREATE INDEX "reception_exceptions_official_idx" ON "reception_exceptions" USING btree ("official_id","from_date");--> statement-breakpoint
CREATE INDEX "reception_hours_official_idx" ON "reception_hours" USING btree ("official_id","weekday");--> statement-breakpoint
CREATE INDEX "reception_officials_authority_idx" ON "reception_officials" USING btree ("authority_slug","position");--> statement-breakpoint
CREATE UNIQUE INDEX "reception_requests_reference_idx" ON "reception_requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "reception_requests_citizen_order_idx" ON "reception_requests" USING btree ("citizen","created_at","id");--> statement-breakpoint
CREATE INDEX "reception_requests_authority_status_order_idx" ON "reception_requests" USING btree ("authority_slug","status","created_at","id");--> statement-breakpoint
CREATE INDEX "reception_requests_authority_order_idx" ON "reception_requests" USING btree ("authority_slug","created_at","id");--> statement-breakpoint
CREATE INDEX "reception_rooms_authority_idx" ON "reception_rooms" USING btree ("authority_slug");--> statement-breakpoint
-- No double booking, whatever the application checked: two scheduled meetings of one official, or in
-- one room, never overlap ([start, end) ranges, so one may end when the next begins). btree_gist
-- gives GiST the equality of uuid; PGlite loads the same extension (src/db/pglite.ts).
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
ALTER TABLE "reception_appointments" ADD CONSTRAINT "reception_appointments_official_no_overlap" EXCLUDE USING gist ("official_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE (NOT "cancelled");--> statement-breakpoint
ALTER TABLE "reception_appointments" ADD CONSTRAINT "reception_appointments_room_no_overlap" EXCLUDE USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE (NOT "cancelled");
