// A news digest of every authority on the portal, in one language: what a developer writes
// with @icra/sdk. Run: ICRA_API_URL=http://127.0.0.1:8787 node news-digest.mjs en 3
import { createIcraClient, IcraApiError } from '@icra/sdk';

const [lang = 'az', perAuthority = '3'] = process.argv.slice(2);
const icra = createIcraClient({ baseUrl: process.env.ICRA_API_URL ?? 'http://127.0.0.1:8787', lang });
const dates = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'Asia/Baku' });

try {
  for await (const authority of icra.paginate('listAuthorities')) {
    console.log(`\n${authority.name}`);
    const page = await icra.listNews({ query: { authority: authority.slug, limit: Number(perAuthority) } });
    for (const item of page.items) {
      const fallback = item.lang === lang ? '' : ` [${item.lang}]`;
      console.log(`  ${dates.format(new Date(item.publishedAt))}  ${item.title}${fallback}`);
    }
  }
} catch (error) {
  if (!(error instanceof IcraApiError)) throw error;
  // Problems come in the language asked for, with a pointer to each bad field.
  console.error(`${error.title} (${error.status})`);
  for (const field of error.errors) console.error(`  ${field.pointer}: ${field.detail}`);
  process.exitCode = 1;
}
