DROP INDEX "service_applications_authority_status_order_idx";--> statement-breakpoint
DROP INDEX "service_applications_authority_assignee_order_idx";--> statement-breakpoint
ALTER TABLE "service_applications" ADD COLUMN "due_on" date;--> statement-breakpoint
-- Applications submitted before due dates were kept: their processing time in calendar days, since
-- the holiday calendar lives in the server's code (src/domain/holidays.ts), not in the database.
UPDATE "service_applications" a SET "due_on" = ((a."submitted_at" AT TIME ZONE 'Asia/Baku')::date + s."processing_days") FROM "services" s WHERE s."slug" = a."service_slug";--> statement-breakpoint
ALTER TABLE "service_applications" ALTER COLUMN "due_on" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "service_applications_authority_due_idx" ON "service_applications" USING btree ("authority_slug","due_on","id");--> statement-breakpoint
CREATE INDEX "service_applications_authority_status_due_idx" ON "service_applications" USING btree ("authority_slug","status","due_on","id");--> statement-breakpoint
CREATE INDEX "service_applications_authority_assignee_due_idx" ON "service_applications" USING btree ("authority_slug","assigned_to","due_on","id");