$version: "2.0"

namespace com.amazonaws.signin

/// Returns the account's Sign-In resource-based policy, assembled from all its permission
/// statements.
@http(method: "POST", uri: "/get-resource-policy")
@readonly
@smithy.rules#staticContextParams(
    IsControlPlane: { value: true }
)
operation GetResourcePolicy {
    input: GetResourcePolicyInput
    output: GetResourcePolicyOutput
    errors: [
        TooManyRequestsError
        ResourceNotFoundException
        InternalServerException
        AccessDeniedException
    ]
}

/// Input of GetResourcePolicy: nothing.
@input
structure GetResourcePolicyInput {}

/// Output of GetResourcePolicy.
@output
structure GetResourcePolicyOutput {
    /// The policy document.
    @required
    signinResourceBasedPolicy: SigninResourceBasedPolicy
}

/// Adds a statement to the account's Sign-In resource-based policy that limits where sign-in is
/// allowed from (VPC, VPC endpoint, IP range, Region) and which principal is exempt. Retrying with
/// the same `clientToken` does not add a second statement.
@http(method: "POST", uri: "/put-resource-permission-statement")
@idempotent
@smithy.rules#staticContextParams(
    IsControlPlane: { value: true }
)
operation PutResourcePermissionStatement {
    input: PutResourcePermissionStatementInput
    output: PutResourcePermissionStatementOutput
    errors: [
        TooManyRequestsError
        ConflictException
        ServiceQuotaExceededException
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of PutResourcePermissionStatement. Each given member becomes a condition of the statement.
@input
structure PutResourcePermissionStatementInput {
    /// Allow sign-in only from this VPC.
    sourceVpc: SourceVpc

    /// Allow sign-in only through this Sign-In VPC endpoint.
    signinSourceVpce: SourceVpce

    /// Allow console access only through this console VPC endpoint.
    consoleSourceVpce: SourceVpce

    /// Allow sign-in only from this IP range inside a VPC.
    vpcSourceIp: VpcSourceIp

    /// Allow sign-in only from this public IP range.
    sourceIp: SourceIp

    /// Allow sign-in only in this Region.
    requestedRegion: RequestedRegion

    /// A principal the statement does not apply to.
    excludedPrincipal: ExcludedPrincipal

    /// Makes retries safe: a repeated token returns the first result. SDKs fill it in.
    @idempotencyToken
    clientToken: ClientToken
}

/// Output of PutResourcePermissionStatement.
@output
structure PutResourcePermissionStatementOutput {
    /// The id of the new statement.
    @required
    statementId: StatementId
}

/// Removes one statement from the account's Sign-In resource-based policy.
@http(method: "POST", uri: "/delete-resource-permission-statement")
@smithy.rules#staticContextParams(
    IsControlPlane: { value: true }
)
operation DeleteResourcePermissionStatement {
    input: DeleteResourcePermissionStatementInput
    output: DeleteResourcePermissionStatementOutput
    errors: [
        TooManyRequestsError
        ResourceNotFoundException
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of DeleteResourcePermissionStatement.
@input
structure DeleteResourcePermissionStatementInput {
    /// The statement to remove.
    @required
    statementId: StatementId

    /// Makes retries safe. SDKs fill it in.
    @idempotencyToken
    clientToken: ClientToken
}

/// Output of DeleteResourcePermissionStatement: an empty object.
@output
structure DeleteResourcePermissionStatementOutput {}

/// Lists the statements of the account's Sign-In resource-based policy, a page at a time.
@paginated(inputToken: "nextToken", outputToken: "nextToken", pageSize: "maxResults", items: "permissionStatements")
@http(method: "POST", uri: "/list-resource-permission-statements")
@readonly
@smithy.rules#staticContextParams(
    IsControlPlane: { value: true }
)
operation ListResourcePermissionStatements {
    input: ListResourcePermissionStatementsInput
    output: ListResourcePermissionStatementsOutput
    errors: [
        TooManyRequestsError
        ResourceNotFoundException
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of ListResourcePermissionStatements.
@input
structure ListResourcePermissionStatementsInput {
    /// The largest number of statements to return in one page.
    maxResults: ConsolePermissionMaxResults

    /// The `nextToken` of the previous page, to continue a listing.
    nextToken: NextToken
}

/// Output of ListResourcePermissionStatements.
@output
structure ListResourcePermissionStatementsOutput {
    /// One page of statements.
    @required
    permissionStatements: PermissionStatementSummaries

    /// Present when more statements follow; pass it back to get them.
    nextToken: NextToken
}

/// An idempotency token: printable ASCII, 1 to 64 characters.
@length(min: 1, max: 64)
@pattern("^[!-~]+$")
string ClientToken

/// Condition key to the values it is compared with.
map Condition {
    key: String
    value: ConditionValues
}

/// Condition operator (such as `StringEquals`) to its conditions.
map ConditionBlock {
    key: ConditionType
    value: Condition
}

/// A condition operator.
string ConditionType

/// Values of one condition key.
list ConditionValues {
    member: String
}

/// Page size for ListResourcePermissionStatements.
@range(min: 1, max: 100)
integer ConsolePermissionMaxResults

/// The ARN of an IAM user, IAM role, federated user or account root, in any partition.
@length(min: 20, max: 2048)
@pattern("^arn:aws(-[a-z]+)*:((iam::[0-9]{12}:role/[a-zA-Z0-9_+=,.@-]{1,64})|(iam::[0-9]{12}:user/[a-zA-Z0-9_+=,.@-]{1,64})|(sts::[0-9]{12}:federated-user/[a-zA-Z0-9_+=,.@-]{2,193})|(iam::[0-9]{12}:root))$")
string ExcludedPrincipal

/// A page of statements.
list PermissionStatementSummaries {
    member: PermissionStatementSummary
}

/// One statement of the resource-based policy.
structure PermissionStatementSummary {
    /// The statement id.
    @required
    sid: StatementId

    /// The statement's conditions.
    condition: ConditionBlock
}

/// Action names such as `signin:AuthorizeOAuth2Access`.
list PolicyActions {
    member: String
}

/// One statement of a policy document.
structure PolicyStatement {
    /// `Allow` or `Deny`.
    @jsonName("Effect")
    effect: String

    /// Whom the statement applies to.
    @jsonName("Principal")
    principal: Principal

    /// The actions the statement covers.
    @jsonName("Action")
    action: PolicyActions

    /// The resource the statement covers.
    @jsonName("Resource")
    resource: String

    /// When the statement applies.
    @jsonName("Condition")
    condition: ConditionBlock
}

/// Statements of a policy document.
list PolicyStatements {
    member: PolicyStatement
}

/// A policy principal: principal type to identifier.
map Principal {
    key: String
    value: String
}

/// A Region name such as `eu-west-1`.
@pattern("^[a-z]{2}(-[a-z]+)+-\\d+$")
string RequestedRegion

/// A Sign-In resource-based policy document, in IAM policy grammar.
structure SigninResourceBasedPolicy {
    /// The policy language version.
    @jsonName("Version")
    version: String

    /// The statements.
    @jsonName("Statement")
    statement: PolicyStatements
}

/// A public IP address or CIDR range.
string SourceIp

/// A VPC id.
@pattern("^vpc-([0-9a-f]{8}|[0-9a-f]{17})$")
string SourceVpc

/// A VPC endpoint id.
@pattern("^vpce-[a-z0-9]{8,20}$")
string SourceVpce

/// A resource-policy statement id.
@pattern("^[A-Za-z0-9+/]{64}=?$")
string StatementId

/// An IP address or CIDR range inside a VPC.
string VpcSourceIp
