$version: "2.0"

// The endpoint rule set, its tests and httpMalformedRequestTests are traits Smithy still calls
// unstable; AWS's published models use them the same way.
metadata suppressions = [
    {
        id: "UnstableTrait"
        namespace: "com.amazonaws.signin"
        reason: "Endpoint rules and protocol tests are required by the AWS SDK generators."
    }
]

namespace com.amazonaws.signin

use aws.api#service
use aws.auth#sigv4
use aws.endpoints#standardRegionalEndpoints
use aws.protocols#restJson1

/// AWS Sign-In authenticates people to AWS and hands developer tools short-lived credentials.
///
/// The API has four areas, one model file each:
///
/// - tokens (`tokens.smithy`): the OAuth 2.0 token endpoint behind `aws login`
///   (CreateOAuth2Token, DPoP-bound, unsigned), and the SigV4-authenticated token, revocation and
///   introspection endpoints for IAM principals and applications;
/// - sessions (`sessions.smithy`): listing, describing and revoking sign-in sessions;
/// - console authorization (`console-authorization.smithy`);
/// - the account's Sign-In resource-based policy (`resource-policy.smithy`).
///
/// Operations reach one of three hosts, chosen by the endpoint rule set from their static context
/// parameters: the regional sign-in host, the OAuth host (`IsOAuthEndpoint`), or the control plane
/// (`IsControlPlane`).
@title("AWS Sign-In Service")
@service(sdkId: "Signin", arnNamespace: "signin", endpointPrefix: "signin")
@sigv4(name: "signin")
@auth([sigv4])
@restJson1
@standardRegionalEndpoints(
    partitionSpecialCases: {
        aws: [
            {
                endpoint: "https://{region}.signin.aws.amazon.com"
            }
        ]
        "aws-cn": [
            {
                endpoint: "https://{region}.signin.amazonaws.cn"
            }
        ]
        "aws-us-gov": [
            {
                endpoint: "https://{region}.signin.amazonaws-us-gov.com"
            }
        ]
    }
)
service Signin {
    version: "2023-01-01"
    operations: [
        BatchRevokeSessions
        CreateBearerToken
        CreateOAuth2Token
        CreateOAuth2TokenWithIAM
        CreateOAuth2TokenWithTokenExchange
        DeleteConsoleAuthorizationConfiguration
        DeleteResourcePermissionStatement
        GetConsoleAuthorizationConfiguration
        GetResourcePolicy
        GetSession
        IntrospectOAuth2TokenWithIAM
        ListResourcePermissionStatements
        ListSessions
        PutConsoleAuthorizationConfiguration
        PutResourcePermissionStatement
        RevokeOAuth2TokenWithIAM
    ]
}

/// An opaque token that continues a paginated listing.
@length(min: 0, max: 2048)
@pattern("^[-a-zA-Z0-9+=/_]*$")
string NextToken
