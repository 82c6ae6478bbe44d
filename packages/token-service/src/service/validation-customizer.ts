import type { ValidationCustomizer, ValidationFailure } from "@aws-smithy/server-common";

import { invalidRequest } from "../errors/protocol-errors.js";

/**
 * Turns the generated validators' failures (the model's @required, @length, @pattern) into the
 * modeled ValidationException. The message names the member and the rule but never repeats the
 * value: some members (the code, the verifier, the refresh token) are secrets.
 */
export const validationCustomizer: ValidationCustomizer<"CreateOAuth2Token"> = (_context, failures) => {
  const first = failures[0];
  return first ? invalidRequest(describe(first)) : undefined;
};

function describe(failure: ValidationFailure): string {
  const member = memberName(failure.path);
  switch (failure.constraintType) {
    case "required":
      return `${member} is required.`;
    case "length": {
      const [min, max] = failure.constraintValues;
      if (min !== undefined && max !== undefined) return `${member} must be ${min} to ${max} characters long.`;
      return min !== undefined
        ? `${member} must be at least ${min} characters long.`
        : `${member} must be at most ${max} characters long.`;
    }
    case "pattern":
      return `${member} must match ${failure.constraintValues}.`;
    case "range": {
      const [min, max] = failure.constraintValues;
      return `${member} must be between ${min ?? "-∞"} and ${max ?? "∞"}.`;
    }
    default:
      return `${member} is invalid.`;
  }
}

/** `/tokenInput/codeVerifier` → `codeVerifier`: clients know members by their JSON names. */
const memberName = (path: string): string => path.split("/").filter(Boolean).at(-1) ?? "the request body";
