CREATE TYPE "public"."authority_kind" AS ENUM('city', 'district');--> statement-breakpoint
CREATE TYPE "public"."lang" AS ENUM('az', 'en', 'ru');--> statement-breakpoint
CREATE TYPE "public"."news_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TABLE "authorities" (
	"slug" text PRIMARY KEY NOT NULL,
	"kind" "authority_kind" NOT NULL,
	"phone" text NOT NULL,
	"email" text NOT NULL,
	"website" text NOT NULL,
	"allowed_origins" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "authorities_slug_format" CHECK ("authorities"."slug" ~ '^[a-z][a-z0-9-]{1,62}$')
);
--> statement-breakpoint
CREATE TABLE "authority_translations" (
	"authority_slug" text NOT NULL,
	"lang" "lang" NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"address" text NOT NULL,
	CONSTRAINT "authority_translations_authority_slug_lang_pk" PRIMARY KEY("authority_slug","lang")
);
--> statement-breakpoint
CREATE TABLE "news" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_slug" text NOT NULL,
	"status" "news_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp (3) with time zone,
	"cover_file" text,
	"cover_width" integer,
	"cover_height" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_published_has_date" CHECK ("news"."status" <> 'published' OR "news"."published_at" IS NOT NULL),
	CONSTRAINT "news_cover_complete" CHECK (("news"."cover_file" IS NULL) = ("news"."cover_width" IS NULL) AND ("news"."cover_file" IS NULL) = ("news"."cover_height" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "news_translations" (
	"news_id" uuid NOT NULL,
	"lang" "lang" NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text[] NOT NULL,
	"cover_alt" text,
	CONSTRAINT "news_translations_news_id_lang_pk" PRIMARY KEY("news_id","lang")
);
--> statement-breakpoint
ALTER TABLE "authority_translations" ADD CONSTRAINT "authority_translations_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "news" ADD CONSTRAINT "news_authority_slug_authorities_slug_fk" FOREIGN KEY ("authority_slug") REFERENCES "public"."authorities"("slug") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "news_translations" ADD CONSTRAINT "news_translations_news_id_news_id_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "news_published_order_idx" ON "news" USING btree ("published_at","id") WHERE "news"."status" = 'published';--> statement-breakpoint
CREATE INDEX "news_authority_published_order_idx" ON "news" USING btree ("authority_slug","published_at","id") WHERE "news"."status" = 'published';