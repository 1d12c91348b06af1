/** The service processing API's schemas, from the SDK (generated from the portal's OpenAPI document). */
import type { Schemas } from '@icra/sdk';

export type ServiceApplication = Schemas['ServiceApplication'];
export type ServiceApplicationSummary = Schemas['ServiceApplicationSummary'];
export type ServiceQueuePage = Schemas['ServiceQueuePage'];
export type ServiceApplicationStatus = Schemas['ServiceApplicationStatus'];
export type ServiceApplicationAction = Schemas['ServiceApplicationAction'];
export type ServiceApplicationEvent = Schemas['ServiceApplicationEvent'];
export type ServiceAnswerChange = Schemas['ServiceAnswerChange'];
export type ServiceDocumentFile = Schemas['ServiceDocumentFile'];
export type ServiceInformationRequest = Schemas['ServiceInformationRequest'];
export type FormField = Schemas['FormField'];
export type RegistrySource = Schemas['RegistrySource'];
export type ServiceSummary = Schemas['ServiceSummary'];
