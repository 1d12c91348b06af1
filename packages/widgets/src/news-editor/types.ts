/** The editorial API's schemas, from the SDK (generated from the portal's OpenAPI document). */
import type { Schemas } from '@icra/sdk';

export type EditorialNews = Schemas['EditorialNews'];
export type EditorialNewsSummary = Schemas['EditorialNewsSummary'];
export type EditorialNewsPage = Schemas['EditorialNewsPage'];
export type EditorialTranslation = Schemas['EditorialTranslation'];
export type EditorialTranslationInput = Schemas['EditorialTranslationInput'];
export type NewsDraftInput = Schemas['NewsDraftInput'];
export type NewsUpdateInput = Schemas['NewsUpdateInput'];
