/**
 * Demo news of the three pilot authorities (their authorities: ../data.ts), one file each.
 *
 * Translation gaps are deliberate, so the fallback to Azerbaijani can be tested end to end:
 * - b6346da9-a6ec-4a49-9f62-e1dc153e2d5b (Guba hiking routes) has az and en but no ru anywhere
 *   (title, summary, body, cover alt);
 * - dac776bb-a0cc-413f-8fbd-408d567145f2 (Masalli street lighting) has az only: no en and no ru anywhere.
 * Every other article has az, en and ru in every field.
 *
 * 53d38c53-2b38-4733-9285-9727b666f2ae has a title with an ampersand and quotation marks, so that
 * rendering code that forgets to escape text shows it at once.
 */
import type { SeedNews } from '../types.js';
import { ganjaNews } from './ganja.js';
import { gubaNews } from './guba.js';
import { masalliNews } from './masalli.js';

export const seedNews: SeedNews[] = [...ganjaNews, ...gubaNews, ...masalliNews];
