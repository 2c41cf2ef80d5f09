"""What every blind set's generator needs besides its mails: the practice snapshot, the two
mail helpers its labels come from, our request's subject, and writing the set out.

A generator (tools/corpus/blind_*.py) writes its mails with `yes(...)` (a confirmation,
with the appointments it confirms) and `no(...)` (a look-alike), then `write_set(HERE,
__file__)`; the subjects of replies to our request, reminder and video-link mail come from
`request_subject`, `reminder_subject` and `video_link_subject`. The helpers only shorten `make_corpus.human`; the mails are the writer's own.
"""

from __future__ import annotations

from pathlib import Path

from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(cats, patient=pid, dates=dates, needs_staff=staff, note=note))  # fmt: skip


def request_subject(aid: int, prefix: str = "AW") -> str:
    """The subject of a reply to our confirmation request for appointment `aid`."""
    return (
        f"{prefix}: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"
    )


def reminder_subject(aid: int, prefix: str = "AW") -> str:
    """The subject of a reply to our reminder for appointment `aid`."""
    return f"{prefix}: Erinnerung: Ihr Termin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def video_link_subject(aid: int, prefix: str = "Re") -> str:
    """The subject of a reply to our video-link mail for appointment `aid`."""
    return f"{prefix}: Ihr Videotermin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def write_set(here: Path, generator: str) -> None:
    """Write the mails made so far and their labels.toml into `here` (old .eml files
    removed), the labels naming `generator` (the generator's __file__) as their source."""
    here.mkdir(parents=True, exist_ok=True)
    for old in here.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (here / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = here
    mc.write_labels()
    labels = here / "labels.toml"
    text = labels.read_text(encoding="utf-8").replace("make_corpus.py", Path(generator).name, 1)
    labels.write_text(text, encoding="utf-8")
    print(f"{len(mc.MAILS)} mails in {here}")
