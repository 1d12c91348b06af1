-- Every change to published content is announced on the channel "icra_content_changed" so that
-- every server instance (each LISTENs on it) drops its cached public reads. One notification per
-- statement is enough: the payload only names the table, and PostgreSQL folds identical
-- notifications of one transaction into one, delivered at commit.
CREATE OR REPLACE FUNCTION "icra_notify_content_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('icra_content_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "authorities_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "authorities"
  FOR EACH STATEMENT EXECUTE FUNCTION "icra_notify_content_changed"();
--> statement-breakpoint
CREATE TRIGGER "authority_translations_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "authority_translations"
  FOR EACH STATEMENT EXECUTE FUNCTION "icra_notify_content_changed"();
--> statement-breakpoint
CREATE TRIGGER "news_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "news"
  FOR EACH STATEMENT EXECUTE FUNCTION "icra_notify_content_changed"();
--> statement-breakpoint
CREATE TRIGGER "news_translations_content_changed" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "news_translations"
  FOR EACH STATEMENT EXECUTE FUNCTION "icra_notify_content_changed"();
