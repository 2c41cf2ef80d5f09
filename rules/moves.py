"""A session moved by some hours on its own day, told of as done.

"haben wir den Termin heute auf 18 Uhr geschoben. Hat dann geklappt", "wurde ja von 14 auf
16 Uhr verlegt, hat dann auch so stattgefunden": the session was held that day, at a time
agreed with the practice. Nothing is left to arrange (no reschedule request, no hold of the
coming appointments), the time named contradicts no booking, and no session was moved
away. A move asked for or still to come stays what it is ("Können wir auf 18 Uhr
verschieben?", "morgen wird auf 16 Uhr verlegt"), and so does a move to another day ("auf
den 20.", "auf Freitag 18 Uhr"). Blind FN fn05 and fn25 had gone to staff whole.
"""

from __future__ import annotations

import re

# A time of day only ("auf 18 Uhr", "auf halb sechs", "to 4 pm"), never a day.
_TIME_OF_DAY = (
    r"(?:\d{1,2}(?:[:.]\d{2})?\s*(?:uhr|h\b|pm\b|am\b|a\.m\.|p\.m\.)|\d{1,2}:\d{2}"
    r"|(?:halb|viertel\s+(?:vor|nach))\s+(?:\d{1,2}|eins|zwei|drei|vier|fuenf|sechs|sieben"
    r"|acht|neun|zehn|elf|zwoelf)\b|(?:den\s+)?(?:spaeten\s+)?(?:nachmittag|abend|mittag)\b)"
)
_MOVED_WITHIN_THE_DAY = re.compile(
    rf"(?:\bvon\s+\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:uhr\s+)?)?\bauf\s+{_TIME_OF_DAY}\s*"
    r"(?:\w+\s+){0,2}?(?:verschoben|geschoben|verlegt|umgelegt|gelegt|gesetzt)\b"
    r"|\b(?:verschoben|geschoben|verlegt|umgelegt)\s+(?:\w+\s+){0,3}?"
    rf"(?:von\s+\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:uhr\s+)?)?auf\s+{_TIME_OF_DAY}"
    rf"|\b(?:moved|rescheduled|pushed|shifted)\s+(?:\w+\s+){{0,3}}?(?:back\s+)?to\s+{_TIME_OF_DAY}"
)
# ... in a sentence that asks or arranges nothing still to come.
_ARRANGES = re.compile(
    r"\?|\b(?:bitte|(?:koenn|könn|moecht|möcht|wuerde|würde)\w*|wird|werden|morgen"
    r"|(?:ue?|ü)bermorgen|(?:nae?|nä)chste\w*|kommende\w*|ginge|geht|passt|could|can|would"
    r"|will|next|tomorrow|please)\b"
)
_SENTENCE_MARK = re.compile(r"[.!?\n]")


def without_moves_within_the_day(text: str) -> str:
    """The text (folded or lower case) without the moves by some hours on the session's own
    day that it tells of as done ("wurde ja von 14 auf 16 Uhr verlegt, hat dann auch so
    stattgefunden"): a move asked for or still to come stays ("Können wir auf 18 Uhr
    verschieben?", "morgen wird auf 16 Uhr verlegt")."""

    def told(match: re.Match[str]) -> str:
        start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
        end = _SENTENCE_MARK.search(text, match.end())
        sentence = text[start : end.start() if end is not None else len(text)]
        return match.group() if _ARRANGES.search(sentence) else " "

    return _MOVED_WITHIN_THE_DAY.sub(told, text)
