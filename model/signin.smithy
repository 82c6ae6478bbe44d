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
/// This model covers the token endpoint behind `aws login`: the CLI or an SDK trades a
/// one-time authorization code, or a refresh token from an earlier exchange, for temporary
/// AWS credentials. Both exchanges are proof-of-possession bound (DPoP, RFC 9449).
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
        CreateOAuth2Token
    ]
}
