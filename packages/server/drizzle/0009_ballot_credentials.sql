CREATE TABLE "ballot_box" (
	"poll_id" uuid NOT NULL,
	"sealed" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ballot_credentials" (
	"poll_id" uuid NOT NULL,
	"fin" text NOT NULL,
	"blinded_hash" "bytea" NOT NULL,
	CONSTRAINT "ballot_credentials_poll_id_fin_pk" PRIMARY KEY("poll_id","fin")
);
--> statement-breakpoint
CREATE TABLE "poll_ballot_keys" (
	"poll_id" uuid PRIMARY KEY NOT NULL,
	"key_id" text NOT NULL,
	"public_key" "bytea" NOT NULL,
	"private_key" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spent_ballot_credentials" (
	"poll_id" uuid NOT NULL,
	"token_hash" "bytea" NOT NULL,
	CONSTRAINT "spent_ballot_credentials_poll_id_token_hash_pk" PRIMARY KEY("poll_id","token_hash")
);
--> statement-breakpoint
DROP TABLE "ballot_register" CASCADE;--> statement-breakpoint
ALTER TABLE "polls" ADD COLUMN "finalized_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "ballot_box" ADD CONSTRAINT "ballot_box_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_credentials" ADD CONSTRAINT "ballot_credentials_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_ballot_keys" ADD CONSTRAINT "poll_ballot_keys_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spent_ballot_credentials" ADD CONSTRAINT "spent_ballot_credentials_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ballot_box_poll_idx" ON "ballot_box" USING btree ("poll_id");--> statement-breakpoint
DELETE FROM "server_secrets" WHERE "name" = 'ballot_hmac_key';
