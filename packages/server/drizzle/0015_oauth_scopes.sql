ALTER TABLE "authorization_codes" ADD COLUMN "scope" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "authorization_codes" ADD COLUMN "redirect_uri" text;--> statement-breakpoint
ALTER TABLE "authorization_codes" ADD COLUMN "nonce" text;--> statement-breakpoint
ALTER TABLE "refresh_token_families" ADD COLUMN "scope" text DEFAULT '' NOT NULL;