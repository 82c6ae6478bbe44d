import { invalidTarget } from "../errors/protocol-errors.js";

/** A DNS name: lowercase labels of letters, digits and inner hyphens, at least two of them. */
const SERVICE_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/**
 * Checks the `resource` of a token request and returns it as the token's audience.
 *
 * The model documents `resource` as the service the token is for, by its service principal name:
 * "The OAuth resource for which the access token is requested. Example: "aws-mcp.amazonaws.com""
 * (CreateOAuth2TokenWithIAM), "The AWS service the bearer token is for. Example:
 * "ecr.amazonaws.com"" (CreateBearerToken), and for token exchange "Must be a service principal.
 * Example: "glue.amazonaws.com"". So a resource is a DNS name, not a URL; which services a token
 * is good for is the business of the service that receives it (it checks `aud`).
 *
 * RFC 8707 §2: the authorization server answers a resource it does not accept with `invalid_target`.
 */
export function serviceResource(resource: string): string {
  if (!SERVICE_NAME.test(resource)) {
    throw invalidTarget(
      'resource must be the service principal name of an AWS service in lowercase, for example "aws-mcp.amazonaws.com".',
    );
  }
  return resource;
}
