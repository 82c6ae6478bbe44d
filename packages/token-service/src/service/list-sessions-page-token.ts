import { invalidRequest } from "../errors/protocol-errors.js";
import type { SessionPosition } from "../store/session-catalogue.js";
import type { SealedBox } from "../tokens/sealed-box.js";

/**
 * ListSessions' `nextToken`: the position to continue from, sealed (AES-256-GCM, the service's
 * keys, purpose "list-sessions-next-token") with the caller and the listing's filters, so that a
 * client can neither read nor alter it, nor use it for another caller or another listing. The
 * sealed `v1.<kid>.<data>` is base64url-encoded again to fit the model's NextToken pattern
 * (no dots).
 */
export class ListSessionsPageTokens {
  constructor(private readonly box: SealedBox) {}

  issue(binding: string, position: SessionPosition): string {
    return Buffer.from(this.box.sealJson([1, binding, position.issuedAt, position.sessionId])).toString("base64url");
  }

  /** The position in `token`; ValidationException naming nextToken if it is not one issued for `binding`. */
  open(token: string, binding: string): SessionPosition {
    const value = this.box.openJson(Buffer.from(token, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === 4 &&
      value[0] === 1 &&
      value[1] === binding &&
      Number.isSafeInteger(value[2]) &&
      typeof value[3] === "string"
    ) {
      return { issuedAt: value[2] as number, sessionId: value[3] };
    }
    throw invalidRequest("nextToken is not valid for this caller and these filters; start the listing again.");
  }
}
