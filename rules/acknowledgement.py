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
"""
_WORDS = frozenset(_ACKNOWLEDGEMENT_WORDS.split())


def is_acknowledgement(own_text: str) -> bool:
    """Whether the text only thanks or acknowledges ("Danke für die Erinnerung, ich bin
    morgen dabei.", "👍🏼", "Code erhalten, bis morgen!")."""
    text = " ".join(lines_above_name(own_text))
    if not text or "?" in text or len(text) > 200:
        return False
    words = re.findall(r"[a-z]+", fold(text))  # pictographs are no words: "👍🏼" passes
    return all(word in _WORDS for word in words)
