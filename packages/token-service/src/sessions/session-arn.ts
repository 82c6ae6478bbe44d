/**
 * The ARN of a login session, of the form the model documents for `signin_session`:
 * "arn:aws:signin:{region}:{account}:session/{uuid}". This service is not regional, so the region
 * field is empty, as in its client ids (`arn:aws:signin:::devtools/same-device`).
 */
export const sessionArn = (accountId: string, sessionId: string): string =>
  `arn:aws:signin::${accountId}:session/${sessionId}`;
