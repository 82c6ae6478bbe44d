#!/usr/bin/env python3
"""Calls one of Sign-In's IAM token operations (CreateOAuth2TokenWithIAM, CreateBearerToken,
RevokeOAuth2TokenWithIAM, IntrospectOAuth2TokenWithIAM, CreateOAuth2TokenWithTokenExchange) with
botocore's generated signin client, as any botocore user would: a client for the region with the
given credentials (SigV4 signing as the model says; CreateOAuth2TokenWithTokenExchange is sent
unsigned because the model marks it noAuth) and the endpoint from AWS_ENDPOINT_URL_SIGNIN.

argv[1] is JSON: {"operation": "<API name>", "params": {...}, "credentials": {"accessKeyId",
"secretAccessKey", "sessionToken"} or absent}. Prints one JSON line with the response (without
ResponseMetadata) or the exception botocore raised, the HTTP status, and whether the request was
signed. Exits 0 either way.
"""

import json
import sys

import botocore
import botocore.session
from botocore.config import Config

from botocore_report import describe_error, emit


def main():
    request = json.loads(sys.argv[1])
    operation = request["operation"]
    session = botocore.session.Session()
    credentials = request.get("credentials") or {}
    client = session.create_client(
        "signin",
        region_name="us-east-1",
        aws_access_key_id=credentials.get("accessKeyId"),
        aws_secret_access_key=credentials.get("secretAccessKey"),
        aws_session_token=credentials.get("sessionToken"),
        config=Config(retries={"max_attempts": 1}),
    )
    sent = {}

    def before_send(request, **_):
        sent["signed"] = "Authorization" in request.headers
        sent["url"] = request.url
        return None

    client.meta.events.register(f"before-send.signin.{operation}", before_send)
    result = {"botocoreVersion": botocore.__version__, "attempts": []}
    try:
        method = getattr(client, botocore.xform_name(operation))
        response = method(**request["params"])
        metadata = response.pop("ResponseMetadata", {})
        result["response"] = response
        result["httpStatus"] = metadata.get("HTTPStatusCode")
    except Exception as error:  # reported to the test, which decides what was expected
        result["error"] = describe_error(error)
    result["signed"] = sent.get("signed")
    result["url"] = sent.get("url")
    emit(result)


if __name__ == "__main__":
    main()
