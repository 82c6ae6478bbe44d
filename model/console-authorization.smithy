$version: "2.0"

namespace com.amazonaws.signin

/// Reads whether console authorization is turned on for an account, organization or organizational
/// unit. When `targetId` is omitted the scope follows from the caller.
@http(method: "POST", uri: "/get-console-authorization-configuration")
@readonly
@smithy.rules#staticContextParams(
    IsControlPlane: { value: true }
)
operation GetConsoleAuthorizationConfiguration {
    input: GetConsoleAuthorizationConfigurationInput
    output: GetConsoleAuthorizationConfigurationOutput
    errors: [
        TooManyRequestsError
        ResourceNotFoundException
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of GetConsoleAuthorizationConfiguration.
@input
structure GetConsoleAuthorizationConfigurationInput {
    /// The account, organization or organizational unit; derived from the caller when omitted.
    targetId: TargetId
}

/// Output of GetConsoleAuthorizationConfiguration.
@output
structure GetConsoleAuthorizationConfigurationOutput {
    /// The target the configuration applies to.
    @required
    targetId: TargetId

    /// The kind of target the configuration applies to.
    @required
    scope: String

    /// Whether console authorization is turned on.
    @required
    consoleAuthorizationEnabled: Boolean
}

/// Turns console authorization on for an account, organization or organizational unit. Repeating
/// the call changes nothing.
@http(method: "POST", uri: "/put-console-authorization-configuration")
@idempotent
@smithy.rules#staticContextParams(
    IsControlPlane: { value: true }
)
operation PutConsoleAuthorizationConfiguration {
    input: PutConsoleAuthorizationConfigurationInput
    output: PutConsoleAuthorizationConfigurationOutput
    errors: [
        TooManyRequestsError
        ConflictException
        ResourceNotFoundException
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of PutConsoleAuthorizationConfiguration.
@input
structure PutConsoleAuthorizationConfigurationInput {
    /// The account, organization or organizational unit; derived from the caller when omitted.
    targetId: TargetId
}

/// Output of PutConsoleAuthorizationConfiguration: the configuration now in force.
@output
structure PutConsoleAuthorizationConfigurationOutput {
    /// The target the configuration applies to.
    @required
    targetId: TargetId

    /// The kind of target the configuration applies to.
    @required
    scope: String

    /// Whether console authorization is turned on.
    @required
    consoleAuthorizationEnabled: Boolean
}

/// Turns console authorization off for an account, organization or organizational unit. Repeating
/// the call changes nothing.
@http(method: "POST", uri: "/delete-console-authorization-configuration")
@idempotent
@smithy.rules#staticContextParams(
    IsControlPlane: { value: true }
)
operation DeleteConsoleAuthorizationConfiguration {
    input: DeleteConsoleAuthorizationConfigurationInput
    output: DeleteConsoleAuthorizationConfigurationOutput
    errors: [
        TooManyRequestsError
        ResourceNotFoundException
        InternalServerException
        ValidationException
        AccessDeniedException
    ]
}

/// Input of DeleteConsoleAuthorizationConfiguration.
@input
structure DeleteConsoleAuthorizationConfigurationInput {
    /// The account, organization or organizational unit; derived from the caller when omitted.
    targetId: TargetId
}

/// Output of DeleteConsoleAuthorizationConfiguration: the configuration now in force.
@output
structure DeleteConsoleAuthorizationConfigurationOutput {
    /// The target the configuration applies to.
    @required
    targetId: TargetId

    /// The kind of target the configuration applies to.
    @required
    scope: String

    /// Whether console authorization is turned on.
    @required
    consoleAuthorizationEnabled: Boolean
}

/// An account id (12 digits), organization id (`o-...`) or organizational unit root id (`r-...`).
@length(min: 12, max: 32)
@pattern("^(\\d{12}|o-[a-z0-9]{10}|r-[0-9a-z]{4,32})$")
string TargetId
