ALTER TYPE "public"."service_application_status" ADD VALUE 'in_review';--> statement-breakpoint
ALTER TYPE "public"."service_application_status" ADD VALUE 'needs_information';--> statement-breakpoint
ALTER TYPE "public"."service_application_status" ADD VALUE 'resubmitted';--> statement-breakpoint
ALTER TYPE "public"."service_application_status" ADD VALUE 'approved';--> statement-breakpoint
ALTER TYPE "public"."service_application_status" ADD VALUE 'rejected';--> statement-breakpoint
ALTER TYPE "public"."service_application_status" ADD VALUE 'completed';--> statement-breakpoint
ALTER TYPE "public"."service_application_status" ADD VALUE 'withdrawn';--> statement-breakpoint
ALTER TABLE "service_applications" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "service_applications" ADD COLUMN "assigned_to" text;--> statement-breakpoint
ALTER TABLE "service_applications" ADD COLUMN "decision_reason" text;--> statement-breakpoint
ALTER TABLE "service_applications" ADD COLUMN "status_changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "service_applications" ADD COLUMN "history" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
CREATE INDEX "service_applications_authority_status_order_idx" ON "service_applications" USING btree ("authority_slug","status","submitted_at","id");--> statement-breakpoint
CREATE INDEX "service_applications_authority_assignee_order_idx" ON "service_applications" USING btree ("authority_slug","assigned_to","submitted_at","id");--> statement-breakpoint
-- The applications submitted before the workflow: their one event so far is their submission.
UPDATE "service_applications" SET "status_changed_at" = "submitted_at", "history" = jsonb_build_array(jsonb_build_object('status', 'submitted', 'at', to_char("submitted_at" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'by', 'citizen'));
