DROP INDEX "audit_log_authority_at_idx";--> statement-breakpoint
DROP INDEX "participation_applications_citizen_idx";--> statement-breakpoint
DROP INDEX "participation_applications_authority_idx";--> statement-breakpoint
DROP INDEX "polls_authority_idx";--> statement-breakpoint
CREATE INDEX "audit_log_authority_order_idx" ON "audit_log" USING btree ("authority_slug","at","id");--> statement-breakpoint
CREATE INDEX "news_authority_updated_order_idx" ON "news" USING btree ("authority_slug",date_trunc('milliseconds', "updated_at" AT TIME ZONE 'UTC'),"id");--> statement-breakpoint
CREATE INDEX "news_authority_status_updated_order_idx" ON "news" USING btree ("authority_slug","status",date_trunc('milliseconds', "updated_at" AT TIME ZONE 'UTC'),"id");--> statement-breakpoint
CREATE INDEX "notifications_recipient_unread_order_idx" ON "notifications" USING btree ("recipient","created_at","id") WHERE "notifications"."read_at" IS NULL;--> statement-breakpoint
CREATE INDEX "participation_applications_citizen_order_idx" ON "participation_applications" USING btree ("citizen","created_at","id");--> statement-breakpoint
CREATE INDEX "participation_applications_authority_order_idx" ON "participation_applications" USING btree ("authority_slug","created_at","id");--> statement-breakpoint
CREATE INDEX "participation_applications_authority_status_order_idx" ON "participation_applications" USING btree ("authority_slug","status","created_at","id");--> statement-breakpoint
CREATE INDEX "polls_order_idx" ON "polls" USING btree ("opens_at","id");--> statement-breakpoint
CREATE INDEX "polls_authority_order_idx" ON "polls" USING btree ("authority_slug","opens_at","id");--> statement-breakpoint
CREATE INDEX "polls_source_application_idx" ON "polls" USING btree ("source_application_id");