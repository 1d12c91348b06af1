export { HTTPError, TimeoutError } from 'ky';
export {
  type CallOptions,
  createIcraClient,
  type IcraClient,
  type IcraClientOptions,
  type OperationId,
  type PagedOperationId,
  type RawBody,
  type RequestInput,
  type ResponseBody,
  type Schemas,
} from './client.js';
export * from './enums.js';
export { IcraApiError } from './errors.js';
export { operationRoutes } from './generated/operations.js';
export type { components, operations, paths } from './generated/schema.js';
export type { UploadProgress, UploadTransport } from './upload.js';
