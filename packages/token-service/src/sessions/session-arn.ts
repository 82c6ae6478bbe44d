/**
 * The ARN of a login session, as the model documents it (`signin_session`, SessionArn):
 * "arn:aws:signin:{region}:{account}:session/{uuid}". The authorization_code grant names each
 * session it starts with it, and introspection reports the same name.
 */
export const sessionArn = (region: string, accountId: string, sessionId: string): string =>
  `arn:aws:signin:${region}:${accountId}:session/${sessionId}`;
