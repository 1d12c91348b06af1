CREATE TABLE "participation_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_sub" text NOT NULL,
	"application_id" uuid,
	"position" integer,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "participation_attachments_claimed_with_position" CHECK (("participation_attachments"."application_id" is null) = ("participation_attachments"."position" is null))
);
--> statement-breakpoint
ALTER TABLE "participation_attachments" ADD CONSTRAINT "participation_attachments_application_id_participation_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."participation_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "participation_attachments_application_position_idx" ON "participation_attachments" USING btree ("application_id","position");--> statement-breakpoint
CREATE INDEX "participation_attachments_owner_idx" ON "participation_attachments" USING btree ("owner_sub","created_at");--> statement-breakpoint
CREATE INDEX "participation_attachments_unclaimed_idx" ON "participation_attachments" USING btree ("created_at") WHERE "participation_attachments"."application_id" is null;