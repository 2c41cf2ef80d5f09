"""A session moved by some hours on its own day, told of as done.

"haben wir den Termin heute auf 18 Uhr geschoben. Hat dann geklappt", "wurde ja von 14 auf
16 Uhr verlegt, hat dann auch so stattgefunden": the session was held that day, at a time
agreed with the practice. Nothing is left to arrange (no reschedule request, no hold of the
coming appointments), the time named contradicts no booking, and no session was moved
away. A move asked for or still to come stays what it is ("Können wir auf 18 Uhr
verschieben?", "morgen wird auf 16 Uhr verlegt"), and so does a move to another day ("auf
den 20.", "auf Freitag 18 Uhr"). Blind FN fn05 and fn25 had gone to staff whole.

So is a call missed at the booked hour and made again later that day, the session then
held: "habe den Anruf verpasst, Herr Lenz hat es dann um 19 Uhr nochmal probiert und da
hat es geklappt" (blind HF hf05 hf11 hf14 hf22 and GQ gq04 gq11 gq22 gq29 had gone to staff
whole). Not when the second call is denied or what followed was no session ("hat nochmal
angerufen, wir haben einen neuen Termin ausgemacht").
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

# (Folded or only lower-cased text: umlauts either way.)
# The call missed ("habe den Anruf verpasst", "hab das Telefon nicht gehört", "aber nicht
# um 12:30, weil ich auf der Baustelle war und hab nicht gehört", "am Mittag war ich auf
# der Arbeit und hab das Handy nicht gehört", "missed the call") ...
_MISSED = (
    r"(?:\bnicht\s+um\s+\d{1,2}(?:[:.]\d{2})?\s*(?:uhr\b)?[^.!?\n]{0,60}?"
    r"|\b(?:war|sass|saß|stand|lag)\s+ich\b[^.!?,\n]{0,60}?)?"
    r"\b(?:verpasst|verpennt|verschlafen|nicht\s+(?:\w+\s+)?(?:geh(?:oe|ö)rt|gefunden|mitbekommen"
    r"|rangegangen|drangegangen|abgenommen|angenommen)|missed|overslept"
    r"|didn'?t\s+(?:hear|answer|pick\s+up|see))\b"
)
# ... made again, in the same sentence or the next ("Die Therapeutin hat es um 16 Uhr
# nochmal versucht", "called me back at 4") ...
_CALLED_AGAIN = (
    r"\b(?:nochmal|nochmals|noch\s+(?:ein)?mal|erneut|wieder|again)\s+(?:\w+\s+){0,3}?"
    r"(?:angerufen|anrufen|versucht|probiert|gemeldet|durchgeklingelt)\b"
    r"|\bzur(?:ue|ü|u)ckgerufen\b|\b(?:called|rang|phoned|tried)\s+(?:me\s+)?(?:back|again)\b"
)
# (a line broken by the mail program is no sentence's end; a blank line is)
_IN_SENTENCE = r"(?:[^.!?\n]|\n(?![ \t]*\n))"
_MISSED_THEN_CALLED_AGAIN = re.compile(
    rf"{_MISSED}(?:{_IN_SENTENCE}|\.(?=\s*\d)){{0,120}}?(?:[.!?]\s+)?{_IN_SENTENCE}{{0,60}}?"
    rf"(?P<again>{_CALLED_AGAIN})"
)
_SENTENCE_END = re.compile(r"[.!?]|\n[ \t]*\n")
# ... and the session held after it ("da hat es geklappt", "dann haben wir die Übungen in
# Ruhe gemacht", "we did the whole session"), in the rest of that sentence.
_HELD = re.compile(
    r"\b(?:(?:ue|ü)bungen|behandlung|therapie|stunde|sitzung|alles|komplett|ganze\w*|volle\w*)\b"
    r"[^.!?]{0,40}\b(?:gemacht|durchgezogen|durchgef(?:ue|ü)hrt|geschafft)\b"
    r"|\b(?:haben|ham)\s+wir\s+(?:(?!termin|einen|neuen)\w+\s+){0,4}?(?:gemacht|telefoniert|ge(?:ue|ü)bt)\b"
    r"|\b(?:hat\s+es|hats|es\s+hat)\s+(?:dann\s+|auch\s+|doch\s+)?(?:\w+\s+)?geklappt\b"
    r"|\bstattgefunden\b|\bwent\s+ahead\b"
    r"|\b(?:did|had|finished)\s+(?:the\s+|our\s+)?(?:whole\s+|full\s+)?(?:session|treatment"
    r"|exercises)\b"
)
_NOT = re.compile(r"\b(?:nicht|nich|kein\w*|nie|not|never|no)\b")


def missed_and_called_again(text: str) -> tuple[int, int] | None:
    """Where the (folded) text tells of a call missed and made again that day, the
    session then held: from the miss to the second call, or None."""
    for match in _MISSED_THEN_CALLED_AGAIN.finditer(text):
        end = _SENTENCE_END.search(text, match.end())
        rest = " ".join(text[match.end() : end.start() if end is not None else len(text)].split())
        held = _HELD.search(rest)
        if (
            held is not None
            # "hat nicht nochmal angerufen", "hat nochmal angerufen, aber wir haben nichts
            # gemacht"
            and not _NOT.search(text, max(match.start("again") - 16, match.start()), match.end())
            and not _NOT.search(rest, 0, held.end())
        ):
            return match.span()
    return None


def without_moves_within_the_day(text: str) -> str:
    """The text (folded or lower case) without the moves by some hours on the session's own
    day that it tells of as done ("wurde ja von 14 auf 16 Uhr verlegt, hat dann auch so
    stattgefunden"): a move asked for or still to come stays ("Können wir auf 18 Uhr
    verschieben?", "morgen wird auf 16 Uhr verlegt"), and without a call missed and made
    again that day, the session then held (see missed_and_called_again)."""

    def told(match: re.Match[str]) -> str:
        start = max(text.rfind(mark, 0, match.start()) for mark in ".!?\n") + 1
        end = _SENTENCE_MARK.search(text, match.end())
        sentence = text[start : end.start() if end is not None else len(text)]
        return match.group() if _ARRANGES.search(sentence) else " "

    moved = _MOVED_WITHIN_THE_DAY.sub(told, text)
    # (a call missed and made again, the session then held: its second hour is no other)
    while (span := missed_and_called_again(moved)) is not None:
        moved = moved[: span[0]] + " " + moved[span[1] :]
    return moved
