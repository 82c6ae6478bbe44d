$version: "2.0"

namespace com.amazonaws.signin

/// Lists sign-in sessions of an IAM identity in the caller's account, a page at a time. Without
/// `principalArn` the caller's own sessions are listed; a user or role ARN lists that identity's
/// sessions, and `arn:aws:iam::<account>:*` lists the whole account. All given filters must match.
@paginated(inputToken: "nextToken", outputToken: "nextToken", pageSize: "maxResults", items: "items")
@http(method: "POST", uri: "/list-sessions")
@readonly
@smithy.rules#staticContextParams(
    IsControlPlane: { value: true }
)
operation ListSessions {
    input: ListSessionsInput
    output: ListSessionsOutput
    errors: [
        TooManyRequestsError
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of ListSessions.
@input
structure ListSessionsInput {
    /// Whose sessions to list; the caller's own when omitted.
    principalArn: PrincipalArnFilter

    /// The largest number of sessions to return in one page.
    maxResults: SessionsMaxResults

    /// The `nextToken` of the previous page, to continue a listing.
    nextToken: NextToken

    /// Only sessions in this state.
    status: SessionStatus

    /// Only sessions started by this client.
    clientId: String

    /// Only sessions issued after this time (seconds since the epoch).
    issuedAfter: Long

    /// Only sessions issued before this time (seconds since the epoch).
    issuedBefore: Long
}

/// Output of ListSessions.
@output
structure ListSessionsOutput {
    /// One page of sessions.
    @required
    items: SessionSummaryList

    /// Present when more sessions follow; pass it back to get them.
    nextToken: NextToken
}

/// Describes one sign-in session. It must belong to `principalArn`, or to the caller when that is
/// omitted; a session of another identity or account is reported as not found.
@http(method: "POST", uri: "/get-session")
@readonly
@smithy.rules#staticContextParams(
    IsControlPlane: { value: true }
)
operation GetSession {
    input: GetSessionInput
    output: GetSessionOutput
    errors: [
        TooManyRequestsError
        ResourceNotFoundException
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of GetSession.
@input
structure GetSessionInput {
    /// The session to describe.
    @required
    sessionArn: SessionArn

    /// The identity the session must belong to; the caller when omitted.
    principalArn: PrincipalArnFilter
}

/// Output of GetSession.
@output
structure GetSessionOutput {
    /// The session's ARN.
    @required
    sessionArn: SessionArn

    /// The identity that signed in.
    @required
    principalArn: PrincipalArn

    /// The role the session acts as, if any.
    role: PrincipalArn

    /// Whether the session is active or revoked.
    status: SessionStatus

    /// The client that started the session.
    clientId: String

    /// The kind of client that started the session.
    clientType: ClientType

    /// The service the session's tokens are scoped to, if any.
    resource: String

    /// When the session began (seconds since the epoch).
    @required
    issuedAt: Long

    /// When the session ends (seconds since the epoch).
    @required
    expiresAt: Long

    /// When the session was last refreshed (seconds since the epoch).
    lastUsedAt: Long

    /// The Region where the session began.
    issuedInRegion: String

    /// The session this one was derived from, if any.
    originSessionArn: SessionArn

    /// The user agent of the client that started the session.
    userAgent: String
}

/// Revokes up to five sign-in sessions so that none of them can be refreshed again. Each must
/// belong to `principalArn`, or to the caller when that is omitted. Revoking a revoked session
/// succeeds. A session that cannot be revoked is listed in `errors` and does not fail the others.
@http(method: "POST", uri: "/batch-revoke-sessions")
@idempotent
@smithy.rules#staticContextParams(
    IsControlPlane: { value: true }
)
operation BatchRevokeSessions {
    input: BatchRevokeSessionsInput
    output: BatchRevokeSessionsOutput
    errors: [
        TooManyRequestsError
        ResourceNotFoundException
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of BatchRevokeSessions.
@input
structure BatchRevokeSessionsInput {
    /// The identity the sessions must belong to; the caller when omitted.
    principalArn: PrincipalArnFilter

    /// The sessions to revoke (one to five).
    @required
    sessionArns: SessionArnList

    /// Why the sessions are revoked, kept for audit.
    reason: RevocationReason
}

/// Output of BatchRevokeSessions.
@output
structure BatchRevokeSessionsOutput {
    /// The sessions that are now revoked.
    @required
    revokedSessions: RevokedSessionList

    /// The sessions that could not be revoked, and why.
    @required
    errors: BatchRevokeSessionErrorList
}

/// Why one session of a BatchRevokeSessions request was not revoked.
structure BatchRevokeSessionError {
    /// The session that was not revoked.
    @required
    sessionArn: SessionArn

    /// A machine-readable reason.
    @required
    code: String

    /// A human-readable reason.
    @required
    message: String
}

/// Sessions that were not revoked.
list BatchRevokeSessionErrorList {
    member: BatchRevokeSessionError
}

/// The kind of client that started a session.
enum ClientType {
    /// A command-line tool such as the AWS CLI.
    CLI

    /// A Model Context Protocol client.
    MCP
}

/// The ARN of an IAM user, IAM role, federated user or account root.
@length(min: 20, max: 2048)
@pattern("^arn:aws:((iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]{1,64})|(iam::[0-9]{12}:user/[a-zA-Z0-9_+=,.@-]{1,64})|(sts::[0-9]{12}:federated-user/[a-zA-Z0-9_+=,.@-]{2,193})|(iam::[0-9]{12}:root))$")
string PrincipalArn

/// Like PrincipalArn, or `arn:aws:iam::<account>:*` for every identity in the account.
@length(min: 20, max: 2048)
@pattern("^arn:aws:((iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]{1,64})|(iam::[0-9]{12}:user/[a-zA-Z0-9_+=,.@-]{1,64})|(sts::[0-9]{12}:federated-user/[a-zA-Z0-9_+=,.@-]{2,193})|(iam::[0-9]{12}:root)|(iam::[0-9]{12}:[*]))$")
string PrincipalArnFilter

/// A free-text reason for a revocation.
@length(min: 1, max: 256)
string RevocationReason

/// A session that BatchRevokeSessions revoked.
structure RevokedSession {
    /// The revoked session.
    @required
    sessionArn: SessionArn
}

/// Revoked sessions.
list RevokedSessionList {
    member: RevokedSession
}

/// A summary of one sign-in session.
structure Session {
    /// The session's ARN.
    @required
    sessionArn: SessionArn

    /// The identity that signed in.
    @required
    principalArn: PrincipalArn

    /// The role the session acts as, if any.
    role: PrincipalArn

    /// Whether the session is active or revoked.
    status: SessionStatus

    /// When the session began (seconds since the epoch).
    @required
    issuedAt: Long

    /// When the session ends (seconds since the epoch).
    @required
    expiresAt: Long

    /// The client that started the session.
    clientId: String

    /// The kind of client that started the session.
    clientType: ClientType

    /// The service the session's tokens are scoped to, if any.
    resource: String
}

/// The ARN of a sign-in session.
@length(min: 1, max: 256)
string SessionArn

/// One to five session ARNs.
@length(min: 1, max: 5)
list SessionArnList {
    member: SessionArn
}

/// The state of a sign-in session.
enum SessionStatus {
    /// The session can still be refreshed.
    ACTIVE

    /// The session was revoked and cannot be refreshed.
    REVOKED
}

/// A page of session summaries.
list SessionSummaryList {
    member: Session
}

/// Page size for ListSessions.
@range(min: 1, max: 100)
integer SessionsMaxResults
