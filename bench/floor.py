"""The floor of the backlog benchmarks: the least any Python worker does with a backlog.

One imapclient connection, UID SEARCH ALL, FETCH BODY.PEEK[] in batches,
`email.message_from_bytes(policy=default)` and every part's content decoded - nothing
kept. bench/backlog.py times it in its own process; bench/memory.py runs this file as a
process of its own (it imports nothing else, so its peak RSS is the floor's alone):

    BENCH_IMAP_HOST=... BENCH_IMAP_PORT=... BENCH_IMAP_USER=... BENCH_IMAP_PASSWORD=... \\
    BENCH_IMAP_FOLDER=... BENCH_BATCH=50 python bench/floor.py

It prints the number of mails it read.
"""

from __future__ import annotations

import email
import email.policy
import os
from typing import Any


def fetch_and_parse(imap: Any, folder: str, batch: int) -> int:
    """Fetch every body of `folder` in batches, parse it, decode every part; the count."""
    count = 0
    imap.select_folder(folder, readonly=True)
    uids = sorted(imap.search("ALL"))
    for start in range(0, len(uids), batch):
        response = imap.fetch(uids[start : start + batch], [b"BODY.PEEK[]"])
        for data in response.values():
            message = email.message_from_bytes(data[b"BODY[]"], policy=email.policy.default)
            for part in message.walk():
                if not part.is_multipart():
                    part.get_content()
            count += 1
    return count


def main() -> int:
    from imapclient import IMAPClient

    env = os.environ
    imap = IMAPClient(env["BENCH_IMAP_HOST"], port=int(env["BENCH_IMAP_PORT"]), ssl=False)
    imap.login(env["BENCH_IMAP_USER"], env["BENCH_IMAP_PASSWORD"])
    with imap:
        print(fetch_and_parse(imap, env["BENCH_IMAP_FOLDER"], int(env.get("BENCH_BATCH", "50"))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
