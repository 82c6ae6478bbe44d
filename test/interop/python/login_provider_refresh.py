#!/usr/bin/env python3
"""Resolves credentials the way any botocore program does, through a plain Session and the
profile chain, so that botocore's own LoginProvider reads the login cache and, when the cached
credentials are within its refresh threshold, refreshes them with CreateOAuth2Token.

Everything comes from the environment the test passes (AWS_CONFIG_FILE, AWS_LOGIN_CACHE_DIRECTORY,
AWS_ENDPOINT_URL_SIGNIN, ...). Prints one JSON line: the credentials botocore ended up with, or
the exception it raised, plus every HTTP attempt it made. Exits 0 either way.
"""

import botocore.session

from botocore_report import AttemptRecorder, describe_error, emit


def main():
    session = botocore.session.Session()
    recorder = AttemptRecorder()
    recorder.register(session)
    result = {}
    try:
        credentials = session.get_credentials()
        if credentials is None:
            raise RuntimeError("botocore found no credentials")
        result["method"] = credentials.method
        # Reading the frozen credentials is what makes RefreshableCredentials refresh.
        frozen = credentials.get_frozen_credentials()
        result["credentials"] = {
            "accessKeyId": frozen.access_key,
            "secretAccessKey": frozen.secret_key,
            "sessionToken": frozen.token,
        }
    except Exception as error:  # reported to the test, which decides what was expected
        result["error"] = describe_error(error)
    result["attempts"] = recorder.attempts
    emit(result)


if __name__ == "__main__":
    main()
