#!/usr/bin/env python3
"""Sends each given Sign-In operation once with botocore's generated signin client and reports the
host botocore resolved for it, while the request itself goes to a loopback recorder.

argv[1] is JSON: {"recorder": "http://127.0.0.1:PORT", "endpoint": "<endpoint_url>",
"calls": [{"operation": "ListSessions", "params": {...}}, ...]}. The client is configured the way
users configure it (endpoint_url, region, static credentials); botocore resolves the endpoint with
its own rule set, then a `before-send` handler moves the finished request, unchanged apart from its
scheme and host, to the recorder. Control-plane operations resolve to AWS's control-plane host even
with endpoint_url set, so without the move they could not be recorded.

Prints one JSON line: {"botocoreVersion": ..., "calls": [{"operation", "resolvedUrl", "error"}]}.
"""

import json
import sys
from urllib.parse import urlsplit, urlunsplit

import botocore
import botocore.session
from botocore.config import Config


def main():
    spec = json.loads(sys.argv[1])
    recorder = urlsplit(spec["recorder"])
    session = botocore.session.get_session()
    client = session.create_client(
        "signin",
        region_name="us-east-1",
        endpoint_url=spec["endpoint"],
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        config=Config(retries={"total_max_attempts": 1, "mode": "standard"}),
    )
    resolved = []

    def move_to_recorder(request, **kwargs):
        resolved.append(request.url)
        parts = urlsplit(request.url)
        request.url = urlunsplit((recorder.scheme, recorder.netloc, parts.path, parts.query, parts.fragment))

    client.meta.events.register("before-send.signin.*", move_to_recorder)
    method_of = {api: method for method, api in client.meta.method_to_api_mapping.items()}
    calls = []
    for call in spec["calls"]:
        resolved.clear()
        error = None
        try:
            getattr(client, method_of[call["operation"]])(**call["params"])
        except Exception as exc:  # the recorder answers 400; what matters is the request
            error = type(exc).__name__
        calls.append({"operation": call["operation"], "resolvedUrl": resolved[0] if resolved else None, "error": error})
    print(json.dumps({"botocoreVersion": botocore.__version__, "calls": calls}))


if __name__ == "__main__":
    main()
