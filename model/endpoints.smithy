$version: "2.0"

// Endpoint resolution for Sign-In, as AWS publishes it. SDKs evaluate this rule set to pick the host
// for a Region, or use the caller's custom endpoint verbatim (which is how clients reach a local
// Sign-In service). Control-plane operations (IsControlPlane) always go to the regional control-plane
// host while a Region is set, even when a custom endpoint is configured.
namespace com.amazonaws.signin

apply Signin @smithy.rules#endpointRuleSet({
    version: "1.0"
    parameters: {
        UseDualStack: { builtIn: "AWS::UseDualStack", required: true, default: false, documentation: "Resolve to the dual-stack (IPv4 and IPv6) host. Cannot be combined with a custom endpoint.", type: "boolean" }
        UseFIPS: { builtIn: "AWS::UseFIPS", required: true, default: false, documentation: "Resolve to the FIPS 140 validated host. Cannot be combined with a custom endpoint, nor used for OAuth endpoint operations.", type: "boolean" }
        Endpoint: { builtIn: "SDK::Endpoint", required: false, documentation: "A fixed endpoint URL that replaces regional resolution (for example a local Sign-In service). Control-plane operations ignore it when a Region is set.", type: "string" }
        Region: { builtIn: "AWS::Region", required: false, documentation: "The Region whose Sign-In host receives the request.", type: "string" }
        IsControlPlane: { required: false, documentation: "Set by control-plane operations (sessions, console authorization, resource policy) to reach `signin.{Region}.api.aws`.", type: "boolean" }
        IsOAuthEndpoint: { required: false, documentation: "Set by the IAM token operations to reach the OAuth host `{Region}.oauth.signin.aws` in the aws partition.", type: "boolean" }
    }
    rules: [
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "IsControlPlane"
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "IsControlPlane"
                        }
                        true
                    ]
                }
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
            ]
            rules: [
                {
                    conditions: [
                        {
                            fn: "stringEquals"
                            argv: [
                                {
                                    fn: "getAttr"
                                    argv: [
                                        {
                                            ref: "PartitionResult"
                                        }
                                        "name"
                                    ]
                                }
                                "aws"
                            ]
                        }
                    ]
                    endpoint: {
                        url: "https://signin.{Region}.api.aws"
                        properties: {
                            authSchemes: [
                                {
                                    name: "sigv4"
                                    signingName: "signin"
                                    signingRegion: "{Region}"
                                }
                            ]
                        }
                        headers: {}
                    }
                    type: "endpoint"
                }
                {
                    conditions: [
                        {
                            fn: "stringEquals"
                            argv: [
                                {
                                    fn: "getAttr"
                                    argv: [
                                        {
                                            ref: "PartitionResult"
                                        }
                                        "name"
                                    ]
                                }
                                "aws-cn"
                            ]
                        }
                    ]
                    endpoint: {
                        url: "https://signin.{Region}.api.amazonwebservices.com.cn"
                        properties: {
                            authSchemes: [
                                {
                                    name: "sigv4"
                                    signingName: "signin"
                                    signingRegion: "{Region}"
                                }
                            ]
                        }
                        headers: {}
                    }
                    type: "endpoint"
                }
                {
                    conditions: []
                    endpoint: {
                        url: "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}"
                        properties: {
                            authSchemes: [
                                {
                                    name: "sigv4"
                                    signingName: "signin"
                                    signingRegion: "{Region}"
                                }
                            ]
                        }
                        headers: {}
                    }
                    type: "endpoint"
                }
            ]
            type: "tree"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "IsOAuthEndpoint"
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "IsOAuthEndpoint"
                        }
                        true
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        true
                    ]
                }
            ]
            error: "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation."
            type: "error"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "IsOAuthEndpoint"
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "IsOAuthEndpoint"
                        }
                        true
                    ]
                }
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            fn: "getAttr"
                            argv: [
                                {
                                    ref: "PartitionResult"
                                }
                                "name"
                            ]
                        }
                        "aws"
                    ]
                }
            ]
            endpoint: {
                url: "https://{Region}.oauth.signin.aws"
                properties: {
                    authSchemes: [
                        {
                            name: "sigv4"
                            signingName: "signin"
                            signingRegion: "{Region}"
                        }
                    ]
                }
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        false
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            fn: "getAttr"
                            argv: [
                                {
                                    ref: "PartitionResult"
                                }
                                "name"
                            ]
                        }
                        "aws"
                    ]
                }
            ]
            endpoint: {
                url: "https://{Region}.signin.aws.amazon.com"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        false
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            fn: "getAttr"
                            argv: [
                                {
                                    ref: "PartitionResult"
                                }
                                "name"
                            ]
                        }
                        "aws-cn"
                    ]
                }
            ]
            endpoint: {
                url: "https://{Region}.signin.amazonaws.cn"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        false
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            fn: "getAttr"
                            argv: [
                                {
                                    ref: "PartitionResult"
                                }
                                "name"
                            ]
                        }
                        "aws-us-gov"
                    ]
                }
            ]
            endpoint: {
                url: "https://{Region}.signin.amazonaws-us-gov.com"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        false
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            fn: "getAttr"
                            argv: [
                                {
                                    ref: "PartitionResult"
                                }
                                "name"
                            ]
                        }
                        "aws-iso"
                    ]
                }
            ]
            endpoint: {
                url: "https://{Region}.signin.c2shome.ic.gov"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        false
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            fn: "getAttr"
                            argv: [
                                {
                                    ref: "PartitionResult"
                                }
                                "name"
                            ]
                        }
                        "aws-iso-b"
                    ]
                }
            ]
            endpoint: {
                url: "https://{Region}.signin.sc2shome.sgov.gov"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        false
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            fn: "getAttr"
                            argv: [
                                {
                                    ref: "PartitionResult"
                                }
                                "name"
                            ]
                        }
                        "aws-iso-f"
                    ]
                }
            ]
            endpoint: {
                url: "https://{Region}.signin.csphome.hci.ic.gov"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        false
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            fn: "getAttr"
                            argv: [
                                {
                                    ref: "PartitionResult"
                                }
                                "name"
                            ]
                        }
                        "aws-iso-e"
                    ]
                }
            ]
            endpoint: {
                url: "https://{Region}.signin.csphome.adc-e.uk"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        false
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            fn: "getAttr"
                            argv: [
                                {
                                    ref: "PartitionResult"
                                }
                                "name"
                            ]
                        }
                        "aws-eusc"
                    ]
                }
            ]
            endpoint: {
                url: "https://{Region}.signin.amazonaws-eusc.eu"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        true
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            ref: "Region"
                        }
                        "us-gov-west-1"
                    ]
                }
            ]
            endpoint: {
                url: "https://signin-fips.amazonaws-us-gov.com"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        true
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
                {
                    fn: "stringEquals"
                    argv: [
                        {
                            fn: "getAttr"
                            argv: [
                                {
                                    ref: "PartitionResult"
                                }
                                "name"
                            ]
                        }
                        "aws-us-gov"
                    ]
                }
            ]
            endpoint: {
                url: "https://{Region}.signin-fips.amazonaws-us-gov.com"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                }
                {
                    fn: "not"
                    argv: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Endpoint"
                                }
                            ]
                        }
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseFIPS"
                        }
                        false
                    ]
                }
                {
                    fn: "booleanEquals"
                    argv: [
                        {
                            ref: "UseDualStack"
                        }
                        false
                    ]
                }
                {
                    fn: "aws.partition"
                    argv: [
                        {
                            ref: "Region"
                        }
                    ]
                    assign: "PartitionResult"
                }
            ]
            endpoint: {
                url: "https://{Region}.signin.{PartitionResult#dnsSuffix}"
                properties: {}
                headers: {}
            }
            type: "endpoint"
        }
        {
            conditions: [
                {
                    fn: "isSet"
                    argv: [
                        {
                            ref: "Endpoint"
                        }
                    ]
                }
            ]
            rules: [
                {
                    conditions: [
                        {
                            fn: "booleanEquals"
                            argv: [
                                {
                                    ref: "UseFIPS"
                                }
                                true
                            ]
                        }
                    ]
                    error: "Invalid Configuration: FIPS and custom endpoint are not supported"
                    type: "error"
                }
                {
                    conditions: []
                    rules: [
                        {
                            conditions: [
                                {
                                    fn: "booleanEquals"
                                    argv: [
                                        {
                                            ref: "UseDualStack"
                                        }
                                        true
                                    ]
                                }
                            ]
                            error: "Invalid Configuration: Dualstack and custom endpoint are not supported"
                            type: "error"
                        }
                        {
                            conditions: []
                            endpoint: {
                                url: { ref: "Endpoint" }
                                properties: {}
                                headers: {}
                            }
                            type: "endpoint"
                        }
                    ]
                    type: "tree"
                }
            ]
            type: "tree"
        }
        {
            conditions: []
            rules: [
                {
                    conditions: [
                        {
                            fn: "isSet"
                            argv: [
                                {
                                    ref: "Region"
                                }
                            ]
                        }
                    ]
                    rules: [
                        {
                            conditions: [
                                {
                                    fn: "aws.partition"
                                    argv: [
                                        {
                                            ref: "Region"
                                        }
                                    ]
                                    assign: "PartitionResult"
                                }
                            ]
                            rules: [
                                {
                                    conditions: [
                                        {
                                            fn: "stringEquals"
                                            argv: [
                                                {
                                                    fn: "getAttr"
                                                    argv: [
                                                        {
                                                            ref: "PartitionResult"
                                                        }
                                                        "name"
                                                    ]
                                                }
                                                "aws"
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseFIPS"
                                                }
                                                false
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseDualStack"
                                                }
                                                false
                                            ]
                                        }
                                    ]
                                    endpoint: {
                                        url: "https://{Region}.signin.aws.amazon.com"
                                        properties: {}
                                        headers: {}
                                    }
                                    type: "endpoint"
                                }
                                {
                                    conditions: [
                                        {
                                            fn: "stringEquals"
                                            argv: [
                                                {
                                                    fn: "getAttr"
                                                    argv: [
                                                        {
                                                            ref: "PartitionResult"
                                                        }
                                                        "name"
                                                    ]
                                                }
                                                "aws-cn"
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseFIPS"
                                                }
                                                false
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseDualStack"
                                                }
                                                false
                                            ]
                                        }
                                    ]
                                    endpoint: {
                                        url: "https://{Region}.signin.amazonaws.cn"
                                        properties: {}
                                        headers: {}
                                    }
                                    type: "endpoint"
                                }
                                {
                                    conditions: [
                                        {
                                            fn: "stringEquals"
                                            argv: [
                                                {
                                                    fn: "getAttr"
                                                    argv: [
                                                        {
                                                            ref: "PartitionResult"
                                                        }
                                                        "name"
                                                    ]
                                                }
                                                "aws-us-gov"
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseFIPS"
                                                }
                                                false
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseDualStack"
                                                }
                                                false
                                            ]
                                        }
                                    ]
                                    endpoint: {
                                        url: "https://{Region}.signin.amazonaws-us-gov.com"
                                        properties: {}
                                        headers: {}
                                    }
                                    type: "endpoint"
                                }
                                {
                                    conditions: [
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseFIPS"
                                                }
                                                true
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseDualStack"
                                                }
                                                true
                                            ]
                                        }
                                    ]
                                    rules: [
                                        {
                                            conditions: [
                                                {
                                                    fn: "booleanEquals"
                                                    argv: [
                                                        true
                                                        {
                                                            fn: "getAttr"
                                                            argv: [
                                                                {
                                                                    ref: "PartitionResult"
                                                                }
                                                                "supportsFIPS"
                                                            ]
                                                        }
                                                    ]
                                                }
                                                {
                                                    fn: "booleanEquals"
                                                    argv: [
                                                        true
                                                        {
                                                            fn: "getAttr"
                                                            argv: [
                                                                {
                                                                    ref: "PartitionResult"
                                                                }
                                                                "supportsDualStack"
                                                            ]
                                                        }
                                                    ]
                                                }
                                            ]
                                            rules: [
                                                {
                                                    conditions: []
                                                    endpoint: {
                                                        url: "https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}"
                                                        properties: {}
                                                        headers: {}
                                                    }
                                                    type: "endpoint"
                                                }
                                            ]
                                            type: "tree"
                                        }
                                        {
                                            conditions: []
                                            error: "FIPS and DualStack are enabled, but this partition does not support one or both"
                                            type: "error"
                                        }
                                    ]
                                    type: "tree"
                                }
                                {
                                    conditions: [
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseFIPS"
                                                }
                                                true
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseDualStack"
                                                }
                                                false
                                            ]
                                        }
                                    ]
                                    rules: [
                                        {
                                            conditions: [
                                                {
                                                    fn: "booleanEquals"
                                                    argv: [
                                                        {
                                                            fn: "getAttr"
                                                            argv: [
                                                                {
                                                                    ref: "PartitionResult"
                                                                }
                                                                "supportsFIPS"
                                                            ]
                                                        }
                                                        true
                                                    ]
                                                }
                                            ]
                                            rules: [
                                                {
                                                    conditions: []
                                                    endpoint: {
                                                        url: "https://signin-fips.{Region}.{PartitionResult#dnsSuffix}"
                                                        properties: {}
                                                        headers: {}
                                                    }
                                                    type: "endpoint"
                                                }
                                            ]
                                            type: "tree"
                                        }
                                        {
                                            conditions: []
                                            error: "FIPS is enabled but this partition does not support FIPS"
                                            type: "error"
                                        }
                                    ]
                                    type: "tree"
                                }
                                {
                                    conditions: [
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseFIPS"
                                                }
                                                false
                                            ]
                                        }
                                        {
                                            fn: "booleanEquals"
                                            argv: [
                                                {
                                                    ref: "UseDualStack"
                                                }
                                                true
                                            ]
                                        }
                                    ]
                                    rules: [
                                        {
                                            conditions: [
                                                {
                                                    fn: "booleanEquals"
                                                    argv: [
                                                        true
                                                        {
                                                            fn: "getAttr"
                                                            argv: [
                                                                {
                                                                    ref: "PartitionResult"
                                                                }
                                                                "supportsDualStack"
                                                            ]
                                                        }
                                                    ]
                                                }
                                            ]
                                            rules: [
                                                {
                                                    conditions: []
                                                    endpoint: {
                                                        url: "https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}"
                                                        properties: {}
                                                        headers: {}
                                                    }
                                                    type: "endpoint"
                                                }
                                            ]
                                            type: "tree"
                                        }
                                        {
                                            conditions: []
                                            error: "DualStack is enabled but this partition does not support DualStack"
                                            type: "error"
                                        }
                                    ]
                                    type: "tree"
                                }
                                {
                                    conditions: []
                                    endpoint: {
                                        url: "https://signin.{Region}.{PartitionResult#dnsSuffix}"
                                        properties: {}
                                        headers: {}
                                    }
                                    type: "endpoint"
                                }
                            ]
                            type: "tree"
                        }
                    ]
                    type: "tree"
                }
                {
                    conditions: []
                    error: "Invalid Configuration: Missing Region"
                    type: "error"
                }
            ]
            type: "tree"
        }
    ]
})

apply Signin @smithy.rules#endpointTests({
    testCases: [
        {
            documentation: "Custom endpoint without a Region resolves to that endpoint"
            expect: {
                endpoint: { url: "https://example.com" }
            }
            params: { Endpoint: "https://example.com", UseFIPS: false }
        }
        {
            documentation: "Custom endpoint plus FIPS is a configuration error"
            expect: { error: "Invalid Configuration: FIPS and custom endpoint are not supported" }
            params: { Endpoint: "https://example.com", UseFIPS: true }
        }
        {
            documentation: "Custom endpoint plus dual-stack is a configuration error"
            expect: { error: "Invalid Configuration: Dualstack and custom endpoint are not supported" }
            params: { Endpoint: "https://example.com", UseFIPS: false, UseDualStack: true }
        }
        {
            documentation: "us-east-1: FIPS on, dual-stack on"
            expect: {
                endpoint: { url: "https://signin-fips.us-east-1.api.aws" }
            }
            params: { Region: "us-east-1", UseFIPS: true, UseDualStack: true }
        }
        {
            documentation: "us-east-1: FIPS on, dual-stack off"
            expect: {
                endpoint: { url: "https://signin-fips.us-east-1.amazonaws.com" }
            }
            params: { Region: "us-east-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "us-east-1: FIPS off, dual-stack on"
            expect: {
                endpoint: { url: "https://signin.us-east-1.api.aws" }
            }
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: true }
        }
        {
            documentation: "us-east-1: FIPS off, dual-stack off"
            expect: {
                endpoint: { url: "https://us-east-1.signin.aws.amazon.com" }
            }
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "cn-northwest-1: FIPS on, dual-stack on"
            expect: {
                endpoint: { url: "https://signin-fips.cn-northwest-1.api.amazonwebservices.com.cn" }
            }
            params: { Region: "cn-northwest-1", UseFIPS: true, UseDualStack: true }
        }
        {
            documentation: "cn-northwest-1: FIPS on, dual-stack off"
            expect: {
                endpoint: { url: "https://signin-fips.cn-northwest-1.amazonaws.com.cn" }
            }
            params: { Region: "cn-northwest-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "cn-northwest-1: FIPS off, dual-stack on"
            expect: {
                endpoint: { url: "https://signin.cn-northwest-1.api.amazonwebservices.com.cn" }
            }
            params: { Region: "cn-northwest-1", UseFIPS: false, UseDualStack: true }
        }
        {
            documentation: "cn-northwest-1: FIPS off, dual-stack off"
            expect: {
                endpoint: { url: "https://cn-northwest-1.signin.amazonaws.cn" }
            }
            params: { Region: "cn-northwest-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "eusc-de-east-1: FIPS on, dual-stack off"
            expect: {
                endpoint: { url: "https://signin-fips.eusc-de-east-1.amazonaws.eu" }
            }
            params: { Region: "eusc-de-east-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "eusc-de-east-1: FIPS off, dual-stack off"
            expect: {
                endpoint: { url: "https://eusc-de-east-1.signin.amazonaws-eusc.eu" }
            }
            params: { Region: "eusc-de-east-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "us-iso-east-1: FIPS on, dual-stack off"
            expect: {
                endpoint: { url: "https://signin-fips.us-iso-east-1.c2s.ic.gov" }
            }
            params: { Region: "us-iso-east-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "us-iso-east-1: FIPS off, dual-stack off"
            expect: {
                endpoint: { url: "https://us-iso-east-1.signin.c2shome.ic.gov" }
            }
            params: { Region: "us-iso-east-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "us-isob-east-1: FIPS on, dual-stack off"
            expect: {
                endpoint: { url: "https://signin-fips.us-isob-east-1.sc2s.sgov.gov" }
            }
            params: { Region: "us-isob-east-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "us-isob-east-1: FIPS off, dual-stack off"
            expect: {
                endpoint: { url: "https://us-isob-east-1.signin.sc2shome.sgov.gov" }
            }
            params: { Region: "us-isob-east-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "eu-isoe-west-1: FIPS on, dual-stack off"
            expect: {
                endpoint: { url: "https://signin-fips.eu-isoe-west-1.cloud.adc-e.uk" }
            }
            params: { Region: "eu-isoe-west-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "eu-isoe-west-1: FIPS off, dual-stack off"
            expect: {
                endpoint: { url: "https://eu-isoe-west-1.signin.csphome.adc-e.uk" }
            }
            params: { Region: "eu-isoe-west-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "us-isof-south-1: FIPS on, dual-stack off"
            expect: {
                endpoint: { url: "https://signin-fips.us-isof-south-1.csp.hci.ic.gov" }
            }
            params: { Region: "us-isof-south-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "us-isof-south-1: FIPS off, dual-stack off"
            expect: {
                endpoint: { url: "https://us-isof-south-1.signin.csphome.hci.ic.gov" }
            }
            params: { Region: "us-isof-south-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "us-gov-west-1: FIPS on, dual-stack on"
            expect: {
                endpoint: { url: "https://signin-fips.us-gov-west-1.api.aws" }
            }
            params: { Region: "us-gov-west-1", UseFIPS: true, UseDualStack: true }
        }
        {
            documentation: "us-gov-west-1: FIPS on, dual-stack off"
            expect: {
                endpoint: { url: "https://signin-fips.amazonaws-us-gov.com" }
            }
            params: { Region: "us-gov-west-1", UseFIPS: true, UseDualStack: false }
        }
        {
            documentation: "us-gov-west-1: FIPS off, dual-stack on"
            expect: {
                endpoint: { url: "https://signin.us-gov-west-1.api.aws" }
            }
            params: { Region: "us-gov-west-1", UseFIPS: false, UseDualStack: true }
        }
        {
            documentation: "us-gov-west-1: FIPS off, dual-stack off"
            expect: {
                endpoint: { url: "https://us-gov-west-1.signin.amazonaws-us-gov.com" }
            }
            params: { Region: "us-gov-west-1", UseFIPS: false, UseDualStack: false }
        }
        {
            documentation: "Neither Region nor custom endpoint is a configuration error"
            expect: { error: "Invalid Configuration: Missing Region" }
        }
        {
            documentation: "control plane: aws partition"
            expect: {
                endpoint: {
                    url: "https://signin.us-east-1.api.aws"
                    properties: {
                        authSchemes: [
                            {
                                name: "sigv4"
                                signingName: "signin"
                                signingRegion: "us-east-1"
                            }
                        ]
                    }
                }
            }
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: false, IsControlPlane: true }
        }
        {
            documentation: "control plane: aws-cn partition"
            expect: {
                endpoint: {
                    url: "https://signin.cn-north-1.api.amazonwebservices.com.cn"
                    properties: {
                        authSchemes: [
                            {
                                name: "sigv4"
                                signingName: "signin"
                                signingRegion: "cn-north-1"
                            }
                        ]
                    }
                }
            }
            params: { Region: "cn-north-1", UseFIPS: false, UseDualStack: false, IsControlPlane: true }
        }
        {
            documentation: "control plane: other partitions use their dual-stack suffix"
            expect: {
                endpoint: {
                    url: "https://signin.us-gov-west-1.api.aws"
                    properties: {
                        authSchemes: [
                            {
                                name: "sigv4"
                                signingName: "signin"
                                signingRegion: "us-gov-west-1"
                            }
                        ]
                    }
                }
            }
            params: { Region: "us-gov-west-1", UseFIPS: false, UseDualStack: false, IsControlPlane: true }
        }
        {
            documentation: "control plane: a custom endpoint does not apply while a Region is set"
            expect: {
                endpoint: {
                    url: "https://signin.us-east-1.api.aws"
                    properties: {
                        authSchemes: [
                            {
                                name: "sigv4"
                                signingName: "signin"
                                signingRegion: "us-east-1"
                            }
                        ]
                    }
                }
            }
            params: { Region: "us-east-1", Endpoint: "https://example.com", UseFIPS: false, UseDualStack: false, IsControlPlane: true }
        }
        {
            documentation: "IsControlPlane false: the regional sign-in host"
            expect: {
                endpoint: { url: "https://us-east-1.signin.aws.amazon.com" }
            }
            params: { Region: "us-east-1", UseFIPS: false, UseDualStack: false, IsControlPlane: false }
        }
        {
            documentation: "OAuth endpoint: aws partition"
            expect: {
                endpoint: {
                    url: "https://eu-west-1.oauth.signin.aws"
                    properties: {
                        authSchemes: [
                            {
                                name: "sigv4"
                                signingName: "signin"
                                signingRegion: "eu-west-1"
                            }
                        ]
                    }
                }
            }
            params: { Region: "eu-west-1", UseFIPS: false, UseDualStack: false, IsOAuthEndpoint: true }
        }
        {
            documentation: "OAuth endpoint: FIPS is refused"
            expect: { error: "FIPS endpoints are not supported for OAuth operations. Disable FIPS or use a non-OAuth operation." }
            params: { Region: "us-east-1", UseFIPS: true, UseDualStack: false, IsOAuthEndpoint: true }
        }
        {
            documentation: "OAuth endpoint: a custom endpoint wins"
            expect: {
                endpoint: { url: "https://example.com" }
            }
            params: { Region: "us-east-1", Endpoint: "https://example.com", UseFIPS: false, UseDualStack: false, IsOAuthEndpoint: true }
        }
        {
            documentation: "OAuth endpoint: outside the aws partition, the regional sign-in host"
            expect: {
                endpoint: { url: "https://cn-north-1.signin.amazonaws.cn" }
            }
            params: { Region: "cn-north-1", UseFIPS: false, UseDualStack: false, IsOAuthEndpoint: true }
        }
        {
            documentation: "no Region and no custom endpoint"
            expect: { error: "Invalid Configuration: Missing Region" }
            params: { UseFIPS: false, UseDualStack: false }
        }
    ]
    version: "1.0"
})
