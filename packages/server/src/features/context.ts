import type { DatabaseKind, Db } from '../db/database.js';
import type { PublicReadCache } from '../http/public-cache.js';
import type {
  OidcProvider,
  Person,
  PopulationRegistry,
  SigningKeyStore,
  TokenService,
} from './identity/index.js';
import type { BallotBox } from './participation/index.js';
import type { DocumentStorage } from './services/index.js';

/** Who signs people in and how their tokens are made and checked. */
export interface IdentityContext {
  readonly tokens: TokenService;
  readonly keys: SigningKeyStore;
  readonly registry: PopulationRegistry & { list?: () => Person[] };
  /** The portal's public URL: `iss` of its tokens and base of its OAuth endpoints. */
  readonly issuer: string;
  /** Demo mode: OAuth also admits any http://localhost:<port> and http://127.0.0.1:<port> origin. */
  readonly demo: boolean;
  /** The external OpenID Connect issuer; undefined: the demo identity provider signs people in. */
  readonly oidc: OidcProvider | undefined;
}

/** What the handlers of a feature use. */
export interface FeatureContext {
  readonly db: Db;
  readonly databaseKind: DatabaseKind;
  readonly cache: PublicReadCache;
  readonly identity: IdentityContext;
  /** The secret ballot: poll keys, credentials, the box and its folding (participation/ballot.ts). */
  readonly ballots: BallotBox;
  /** Where the bytes of e-service documents are kept (default: the database). */
  readonly documents: DocumentStorage;
}

/**
 * Handlers get their context through this function, so the routes (and the OpenAPI document they
 * make) can be built without a database: see openApiDocument().
 */
export type FeatureContextProvider = () => FeatureContext;
