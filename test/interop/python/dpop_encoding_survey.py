#!/usr/bin/env python3
"""Builds many DPoP proofs with botocore's own proof builder, each with a fresh awscrt P-256 key,
and counts how many bytes their signatures decode to. RFC 7518 §3.4 wants exactly 64 (r||s, each
padded to 32 bytes); r or s has a leading zero byte about once in 256 draws, which is where an
encoder that does not pad produces 63.

argv[1] is JSON: {"proofs": <how many>, "htu": "<token endpoint URL>"}. Prints one JSON line with
the counts and one example proof (for that htu) per unusual length, with full-length JWK
coordinates. Exits 0.
"""

import base64
import json
import sys
from collections import Counter

from awscrt.crypto import EC, ECType
from botocore.credentials import _build_dpop_header

from botocore_report import emit


def main():
    request = json.loads(sys.argv[1])
    lengths = Counter()
    examples = {}
    for _ in range(request["proofs"]):
        key = EC.new_generate(ECType.P_256)
        proof = _build_dpop_header(key, request["htu"])
        signature = proof.split(".")[2]
        length = str(len(base64.urlsafe_b64decode(signature + "=" * (-len(signature) % 4))))
        lengths[length] += 1
        # A fresh awscrt key reports a coordinate with a leading zero byte shortened too; keep
        # examples whose only defect is the signature.
        if length != "64" and all(len(c) == 32 for c in key.get_public_coords()):
            examples.setdefault(length, proof)
    emit({"signatureBytes": dict(lengths), "shortSignatureExamples": examples, "attempts": []})


if __name__ == "__main__":
    main()
