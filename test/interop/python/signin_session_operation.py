#!/usr/bin/env python3
"""Calls one of Sign-In's session operations (ListSessions, GetSession, BatchRevokeSessions) with
botocore's generated signin client, signing (SigV4) with the given credentials.

AWS's endpoint rules send these control-plane operations to signin.{Region}.api.aws even when an
endpoint URL is configured, in botocore as in every AWS SDK. A user of a self-hosted Sign-In service
has to point them at it; this script does so before signing (so that the signed Host is the
service's), with the URL in AWS_ENDPOINT_URL_SIGNIN, and reports the URL AWS's rules chose.

argv[1] is JSON: {"operation": "<API name>", "params": {...}, "credentials": {...}}. Prints one
JSON line with the response (without ResponseMetadata) or the exception botocore raised, and the
HTTP status. Exits 0 either way.
"""

import json
import os
import sys
from urllib.parse import urlsplit, urlunsplit

import botocore
import botocore.session
from botocore.config import Config

from botocore_report import describe_error, emit


def main():
    request = json.loads(sys.argv[1])
    operation = request["operation"]
    credentials = request["credentials"]
    client = botocore.session.Session().create_client(
        "signin",
        region_name="us-east-1",
        aws_access_key_id=credentials["accessKeyId"],
        aws_secret_access_key=credentials["secretAccessKey"],
        aws_session_token=credentials["sessionToken"],
        config=Config(retries={"max_attempts": 1}),
    )
    service = urlsplit(os.environ["AWS_ENDPOINT_URL_SIGNIN"])
    seen = {}

    def to_service(request, **_):
        original = urlsplit(request.url)
        seen["rulesUrl"] = f"{original.scheme}://{original.netloc}"
        request.url = urlunsplit((service.scheme, service.netloc, original.path, original.query, ""))

    client.meta.events.register(f"before-sign.signin.{operation}", to_service)
    result = {"botocoreVersion": botocore.__version__, "attempts": []}
    try:
        response = getattr(client, botocore.xform_name(operation))(**request["params"])
        metadata = response.pop("ResponseMetadata", {})
        result["response"] = response
        result["httpStatus"] = metadata.get("HTTPStatusCode")
    except Exception as error:  # reported to the test, which decides what was expected
        result["error"] = describe_error(error)
    result["rulesUrl"] = seen.get("rulesUrl")
    emit(result)


if __name__ == "__main__":
    main()
