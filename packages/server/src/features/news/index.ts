/** The news feature (public reads of published news): what other modules may use of it. */
export {
  contentTypeOfExtension,
  coverUrl,
  isUploadContentType,
  newsMediaUrl,
  type UploadContentType,
  uploadUrl,
} from './media.js';
export { registerNewsRoutes } from './routes.js';
export type { Image, NewsArticle, NewsPage, NewsSummary } from './schemas.js';
