"""A thank-you or "bis morgen" under our reminder or video-link mail for a session still to
come: the patient has read our mail, and nobody at the practice needs to do anything.

Read strictly: every word of the patient's own text must be one of the few words such an
acknowledgement is made of (thanks, "alles klar", "bis morgen", "ich bin dabei", the code
or link received, greetings, a name line) and pictographs; a question mark, a second
thought ("aber", "leider", "kann nicht") or any other word leaves the mail to staff.
"""

from __future__ import annotations

import re

from rules.classify import fold, lines_above_name
from rules.date_lexicon import WEEKDAYS_FULL

__all__ = ["is_acknowledgement"]

_ACKNOWLEDGEMENT_WORDS = """
    danke dank vielen lieben herzlichen besten fuer die den das der dem ihre ihren eure euren
    erinnerung info infos information informationen nachricht mail email e link zugangscode
    code zugang zugangsdaten einladung erhalten bekommen angekommen
    alles klar ok okay oki super prima perfekt gut top toll wunderbar passt
    bis morgen dann bald gleich nachher spaeter uebermorgen
    ich wir bin sind habe hab komme kommen dabei da sehe sehen uns sie euch freue freuen mich
    gerne gern ja jep jo
    hallo hi moin liebe lieber guten tag morgen abend gruss gruesse gruessle lg vg mfg
    schoenen sonnigen
    thanks thank you so much for the reminder info got it see will be there tomorrow then
    great perfect fine ok hello dear best regards cheers i we ll
    ist klappt erreichbar unter auf am um uhr bekannten nummer handy telefon
"""
_WORDS = frozenset(_ACKNOWLEDGEMENT_WORDS.split())
# "um 14 Uhr", "14:00", "14.30 Uhr": a time the writer names
_TIME = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?\s*uhr\b|\b(?P<h2>\d{1,2}):(?P<m2>\d{2})\b"
)


def is_acknowledgement(
    own_text: str,
    *,
    weekdays: frozenset[int] = frozenset(),
    times: frozenset[tuple[int, int]] = frozenset(),
) -> bool:
    """Whether the text only thanks or acknowledges ("Danke für die Erinnerung, ich bin
    morgen dabei.", "👍🏼", "Code erhalten, bis morgen!", "Montag passt, bin erreichbar.").
    A weekday it names must be one of `weekdays` and a time one of `times` (hour, minute):
    those of the sessions our mail was about ("Donnerstag ist gut" under the reminder for
    Wednesday proposes another day); no other number may stand in it."""
    text = " ".join(lines_above_name(own_text))
    if not text or "?" in text or len(text) > 200:
        return False
    folded = fold(text)
    named_times = {
        (int(t["h"] or t["h2"]), int(t["m"] or t["m2"] or 0)) for t in _TIME.finditer(folded)
    }
    if not named_times <= times or re.search(r"\d", _TIME.sub(" ", folded)):
        return False
    words = re.findall(r"[a-z]+", folded)  # pictographs are no words: "👍🏼" passes
    return all(word in _WORDS or WEEKDAYS_FULL.get(word, -1) in weekdays for word in words)
