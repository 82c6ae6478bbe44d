#!/usr/bin/env python3
"""Shared by the botocore interop scripts: observe each CreateOAuth2Token attempt, describe
exceptions as data, and print the one JSON line the TypeScript test reads.

Observation uses botocore's public event system only (handlers registered on the Session are
copied into every client it creates, including the signin client the login provider builds), so
nothing inside botocore is patched.
"""

import json
import sys

import botocore
from botocore.exceptions import ClientError

OPERATION = "signin.CreateOAuth2Token"


class AttemptRecorder:
    """Records what each HTTP attempt of CreateOAuth2Token sent and what came back."""

    def __init__(self):
        self.attempts = []

    def register(self, events):
        # before-send fires once per attempt, after the request (with its headers) is final.
        events.register(f"before-send.{OPERATION}", self._before_send)
        # response-received fires once per attempt with the HTTP status, before retry decisions.
        events.register(f"response-received.{OPERATION}", self._response_received)

    def _before_send(self, request, **_):
        dpop = request.headers.get("DPoP")
        if isinstance(dpop, bytes):
            dpop = dpop.decode("ascii")
        body = request.body
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        user_agent = request.headers.get("User-Agent")
        if isinstance(user_agent, bytes):
            user_agent = user_agent.decode("ascii")
        self.attempts.append(
            {
                "url": request.url,
                "dpop": dpop,
                # Carries the retry mode in effect, e.g. "cfg/retry-mode#legacy".
                "userAgent": user_agent,
                "hasAuthorization": "Authorization" in request.headers,
                "body": body,
                "status": None,
            }
        )
        # None lets botocore send the request itself.
        return None

    def _response_received(self, response_dict=None, exception=None, **_):
        if self.attempts and response_dict is not None:
            self.attempts[-1]["status"] = response_dict.get("status_code")
        elif self.attempts and exception is not None:
            self.attempts[-1]["status"] = f"exception: {type(exception).__name__}"


def describe_error(error):
    """The exception as the tests assert on it: class, message, and the service's answer."""
    described = {
        "class": type(error).__name__,
        "module": type(error).__module__,
        "message": str(error),
        "mro": [cls.__name__ for cls in type(error).__mro__],
    }
    if isinstance(error, ClientError):
        response = error.response
        described["clientError"] = {
            "code": response.get("Error", {}).get("Code"),
            "message": response.get("Error", {}).get("Message"),
            # The modeled `error` member (OAuth2ErrorCode) is merged into the top level.
            "error": response.get("error"),
            "httpStatus": response.get("ResponseMetadata", {}).get("HTTPStatusCode"),
            "retryAttempts": response.get("ResponseMetadata", {}).get("RetryAttempts"),
        }
    # botocore's login errors are raised `from` the service's ClientError: keep what caused them.
    if error.__cause__ is not None:
        described["cause"] = describe_error(error.__cause__)
    return described


def emit(result):
    """Prints the single JSON line the test parses, always with the version that really ran."""
    print(json.dumps({"botocoreVersion": botocore.__version__, **result}))
    sys.stdout.flush()
