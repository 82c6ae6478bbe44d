$version: "2.0"

// Endpoint resolution for Sign-In. SDKs evaluate this rule set to pick the host for a Region, or use
// the caller's custom endpoint verbatim (which is how clients reach a local Sign-In service).
namespace com.amazonaws.signin

apply Signin @smithy.rules#endpointRuleSet({
    version: "1.0"
    parameters: {
        UseDualStack: {
            builtIn: "AWS::UseDualStack"
            required: true
            default: false
            documentation: "Resolve to the dual-stack (IPv4 and IPv6) host. Cannot be combined with a custom endpoint."
            type: "boolean"
        }
        UseFIPS: {
            builtIn: "AWS::UseFIPS"
            required: true
            default: false
            documentation: "Resolve to the FIPS 140 validated host. Cannot be combined with a custom endpoint."
            type: "boolean"
        }
        Endpoint: {
            builtIn: "SDK::Endpoint"
            required: false
            documentation: "A fixed endpoint URL that replaces regional resolution (for example a local Sign-In service)."
            type: "string"
        }
        Region: {
            builtIn: "AWS::Region"
            required: false
            documentation: "The Region whose Sign-In host receives the request."
            type: "string"
        }
    }
    rules: [
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
                                url: {
                                    ref: "Endpoint"
                                }
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
                endpoint: {
                    url: "https://example.com"
                }
            }
            params: {
                Endpoint: "https://example.com"
                UseFIPS: false
            }
        }
        {
            documentation: "Custom endpoint plus FIPS is a configuration error"
            expect: {
                error: "Invalid Configuration: FIPS and custom endpoint are not supported"
            }
            params: {
                Endpoint: "https://example.com"
                UseFIPS: true
            }
        }
        {
            documentation: "Custom endpoint plus dual-stack is a configuration error"
            expect: {
                error: "Invalid Configuration: Dualstack and custom endpoint are not supported"
            }
            params: {
                Endpoint: "https://example.com"
                UseFIPS: false
                UseDualStack: true
            }
        }
        {
            documentation: "us-east-1: FIPS on, dual-stack on"
            expect: {
                endpoint: {
                    url: "https://signin-fips.us-east-1.api.aws"
                }
            }
            params: {
                Region: "us-east-1"
                UseFIPS: true
                UseDualStack: true
            }
        }
        {
            documentation: "us-east-1: FIPS on, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin-fips.us-east-1.amazonaws.com"
                }
            }
            params: {
                Region: "us-east-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "us-east-1: FIPS off, dual-stack on"
            expect: {
                endpoint: {
                    url: "https://signin.us-east-1.api.aws"
                }
            }
            params: {
                Region: "us-east-1"
                UseFIPS: false
                UseDualStack: true
            }
        }
        {
            documentation: "us-east-1: FIPS off, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://us-east-1.signin.aws.amazon.com"
                }
            }
            params: {
                Region: "us-east-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "cn-northwest-1: FIPS on, dual-stack on"
            expect: {
                endpoint: {
                    url: "https://signin-fips.cn-northwest-1.api.amazonwebservices.com.cn"
                }
            }
            params: {
                Region: "cn-northwest-1"
                UseFIPS: true
                UseDualStack: true
            }
        }
        {
            documentation: "cn-northwest-1: FIPS on, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin-fips.cn-northwest-1.amazonaws.com.cn"
                }
            }
            params: {
                Region: "cn-northwest-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "cn-northwest-1: FIPS off, dual-stack on"
            expect: {
                endpoint: {
                    url: "https://signin.cn-northwest-1.api.amazonwebservices.com.cn"
                }
            }
            params: {
                Region: "cn-northwest-1"
                UseFIPS: false
                UseDualStack: true
            }
        }
        {
            documentation: "cn-northwest-1: FIPS off, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://cn-northwest-1.signin.amazonaws.cn"
                }
            }
            params: {
                Region: "cn-northwest-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "eusc-de-east-1: FIPS on, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin-fips.eusc-de-east-1.amazonaws.eu"
                }
            }
            params: {
                Region: "eusc-de-east-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "eusc-de-east-1: FIPS off, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin.eusc-de-east-1.amazonaws.eu"
                }
            }
            params: {
                Region: "eusc-de-east-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "us-iso-east-1: FIPS on, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin-fips.us-iso-east-1.c2s.ic.gov"
                }
            }
            params: {
                Region: "us-iso-east-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "us-iso-east-1: FIPS off, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin.us-iso-east-1.c2s.ic.gov"
                }
            }
            params: {
                Region: "us-iso-east-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "us-isob-east-1: FIPS on, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin-fips.us-isob-east-1.sc2s.sgov.gov"
                }
            }
            params: {
                Region: "us-isob-east-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "us-isob-east-1: FIPS off, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin.us-isob-east-1.sc2s.sgov.gov"
                }
            }
            params: {
                Region: "us-isob-east-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "eu-isoe-west-1: FIPS on, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin-fips.eu-isoe-west-1.cloud.adc-e.uk"
                }
            }
            params: {
                Region: "eu-isoe-west-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "eu-isoe-west-1: FIPS off, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin.eu-isoe-west-1.cloud.adc-e.uk"
                }
            }
            params: {
                Region: "eu-isoe-west-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "us-isof-south-1: FIPS on, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin-fips.us-isof-south-1.csp.hci.ic.gov"
                }
            }
            params: {
                Region: "us-isof-south-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "us-isof-south-1: FIPS off, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin.us-isof-south-1.csp.hci.ic.gov"
                }
            }
            params: {
                Region: "us-isof-south-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "us-gov-west-1: FIPS on, dual-stack on"
            expect: {
                endpoint: {
                    url: "https://signin-fips.us-gov-west-1.api.aws"
                }
            }
            params: {
                Region: "us-gov-west-1"
                UseFIPS: true
                UseDualStack: true
            }
        }
        {
            documentation: "us-gov-west-1: FIPS on, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://signin-fips.us-gov-west-1.amazonaws.com"
                }
            }
            params: {
                Region: "us-gov-west-1"
                UseFIPS: true
                UseDualStack: false
            }
        }
        {
            documentation: "us-gov-west-1: FIPS off, dual-stack on"
            expect: {
                endpoint: {
                    url: "https://signin.us-gov-west-1.api.aws"
                }
            }
            params: {
                Region: "us-gov-west-1"
                UseFIPS: false
                UseDualStack: true
            }
        }
        {
            documentation: "us-gov-west-1: FIPS off, dual-stack off"
            expect: {
                endpoint: {
                    url: "https://us-gov-west-1.signin.amazonaws-us-gov.com"
                }
            }
            params: {
                Region: "us-gov-west-1"
                UseFIPS: false
                UseDualStack: false
            }
        }
        {
            documentation: "Neither Region nor custom endpoint is a configuration error"
            expect: {
                error: "Invalid Configuration: Missing Region"
            }
        }
    ]
    version: "1.0"
})
