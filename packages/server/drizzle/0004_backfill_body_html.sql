-- Articles written before editing existed have plain-text paragraphs only: give each one the
-- equivalent sanitized HTML (every paragraph escaped and wrapped in <p>), as the editor would store.
UPDATE "news_translations" AS t
SET "body_html" = coalesce((
  SELECT string_agg(
    '<p>' || replace(replace(replace(replace(p, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;') || '</p>',
    '' ORDER BY n)
  FROM unnest(t."body") WITH ORDINALITY AS u(p, n)
), '')
WHERE t."body_html" = '';
