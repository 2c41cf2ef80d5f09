"""A day the patient takes back in the same mail, read as the day meant.

Patients correct themselves as they write: "am 14., nein, am 21.", "nicht am 14., sondern
am 21.", "es war der 21., nicht der 14.", "den 9. Juni geschrieben, das war falsch: es war
der 10. Juni", "the 14th, sorry, I mean the 21st". A careful employee reads the day meant
and forgets the one taken back; the "nicht", "nein" or "falsch" of the correction denies
no treatment.

`take_back` finds each correction between two written days (`day_spans`), rewrites it as
the day meant (so no reader sees the correction's negation) and returns where the days
taken back were written; decide drops every mention of those days and sends a day taken
back on which the patient has an appointment to staff (did it take place?). Only a
correction written as one: a list answering day by day ("14.5. nein, 21.5. ja"), "nicht
nur ..., sondern auch", or two days on different lines are no correction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from rules.dates import day_spans
from rules.rewrite import Rewrite

# Prepositions and articles before a day: "am", "den", "der", "vom", "on the".
_BEFORE_DAY = r"(?:(?:am|an\s+dem|den|der|dem|die|vom|von|on(?:\s+the)?|the)\s+)"
# Words of a self-repair: "nein", "Quatsch", "sorry", "ich meine", "hab mich vertippt".
_REPAIR = (
    r"(?:nein|ne|nee|n(?:ö|oe)|quatsch|(?:ä|ae)h+m?|(?:ö|oe)h+m?|sorry|sry|pardon|verzeihung"
    r"|entschuldigung|mist|ups|hoppla|korrektur|korrigiere|ich\s+meine|ich\s+meinte"
    r"|meinte\s+ich|gemeint\s+war|falsch|stimmt\s+(?:ja\s+|gar\s+)?nicht"
    r"|(?:ich\s+)?(?:hab|habe)\s+mich\s+(?:vertan|vertippt|verschrieben|geirrt)"
    r"|vertippt|verschrieben|tippfehler|no|oops|correction|i\s+mean|i\s+meant|typo"
    r"|scratch\s+that|wrong)"
)
# Words that may stand between the repair and the day meant: "natürlich", "richtig ist".
_FILLER = (
    r"(?:nat(?:ü|ue|u)rlich|eigentlich|richtig(?:\s+(?:ist|war|w(?:ä|ae)re))?|es\s+war"
    r"|das\s+war|war|doch|also|of\s+course|it\s+was|actually)"
)
# Between the day taken back and the day meant, in one line: "., nein, ", " - sorry, ich
# meine ", ", nee Quatsch, es war natürlich der ".
_REPAIR_GAP = re.compile(
    rf"[ \t]*[,;:–—-]*[ \t]*(?:\b{_REPAIR}(?![\w])[ \t,;:.!–—-]*)+"
    rf"(?:{_FILLER}(?![\w])[ \t,;:–—-]*)*(?P<prep>{_BEFORE_DAY})?$",
    re.IGNORECASE,
)
# "nicht am 14., sondern am 21.": the whole construction, the "nicht" right before the day
# taken back (so "nicht nur ..., sondern auch" is none), the "sondern" without "auch".
_NOT_BUT_BEFORE = re.compile(
    rf"(?:\b(?:{_REPAIR})(?![\w])[ \t,;:!–—-]*)*\b(?:nicht|not)[ \t]+(?P<day>{_BEFORE_DAY}?)$",
    re.IGNORECASE,
)
_NOT_BUT_GAP = re.compile(
    rf"^[ \t]*,?[ \t]*(?:sondern|but)[ \t]+(?!auch\b|also\b)(?P<prep>{_BEFORE_DAY})?$",
    re.IGNORECASE,
)
# "es war der 21., nicht der 14.", "Dienstag natürlich, nicht Mittwoch": the day meant,
# then the one taken back, then the clause ends.
_MEANT_NOT_GAP = re.compile(
    rf"^[ \t]*(?:{_FILLER}[ \t]*)?,[ \t]*(?:nicht|not)[ \t]+{_BEFORE_DAY}?$", re.IGNORECASE
)
# "10.10.\n*10.11.": a star before the day meant, on the next line.
_STAR_FIX_GAP = re.compile(r"^[ \t]*[.!]?[ \t]*\n[ \t]*\*[ \t]*$")
_ALONE_ON_ITS_LINE = re.compile(r"[^\w\n]*(?:\n|$)")
_BULLET = re.compile(r"[ \t]*[*•–-]")
_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[,;!)]|[.–—-](?:\s|$)|\s*$|\n)")
# "den 9. Juni geschrieben, das war falsch: es war der 10. Juni": the day taken back, a
# sentence calling it wrong, and the day meant, in one line.
_CALLED_WRONG_GAP = re.compile(
    r"^[^.!?\n]{0,60}?\b(?P<wrong>(?:(?:das|dies|der|die|es|datum)\s+(?:war|ist)\s+(?:leider\s+|nat(?:ü|ue)rlich\s+)?"
    r"(?:falsch|verkehrt|nicht\s+richtig|nicht\s+korrekt|ein\s+(?:tipp)?fehler)"
    r"|(?:hab|habe)\s+mich\s+(?:vertan|vertippt|verschrieben|geirrt)|(?:that|this)\s+was\s+wrong))"
    r"\b[^\n]{0,80}$",
    re.IGNORECASE,
)
# "falsches Datum 8 Juni, richtig ist 9 Juni", "falsch geschrieben: 8.6., gemeint war 9.6."
_WRONG_BEFORE = re.compile(
    r"\b(?:falsch\w*|verkehrt\w*)\s+(?:(?:das\s+)?datum\s+|den\s+tag\s+|tag\s+)?"
    rf"(?:geschrieben\s*)?:?\s*{_BEFORE_DAY}?$",
    re.IGNORECASE,
)
_RIGHT_IS_GAP = re.compile(
    r"^[ \t]*[,;:.–—-]*[ \t]*(?:(?:richtig|korrekt)\s+(?:ist|war|w(?:ä|ae)re)|gemeint\s+(?:ist|war)"
    rf"|ich\s+meinte?)\s*:?\s*(?:(?:nat(?:ü|ue)rlich|der|den)\s+)*{_BEFORE_DAY}?$",
    re.IGNORECASE,
)
# "ich habe geschrieben 13.08 das ist falsch": a day the writer wrote before, called wrong
_WROTE_BEFORE = re.compile(
    r"\b(?:geschrieben|schrieb|angegeben|genannt|wrote)\b[^.!?\n]{0,20}$", re.IGNORECASE
)
_IS_WRONG_AFTER = re.compile(
    r"[ \t]*[,;:–—-]?[ \t]*(?:(?:das|dies|der|es)\s+)?(?:ist|war|is|was)\s+(?:leider\s+)?"
    r"(?:falsch|verkehrt|nicht\s+richtig|wrong)\b[.!]?",
    re.IGNORECASE,
)
# A day answered after it: "14.5. nein, 21.5. ja" is a list, "am 21. auch" says the same
# of another day: no correction.
_ANSWERED_AFTER = re.compile(
    r"[ \t]*[:=–—-]?[ \t]*(?:ja|jo|jap|yes|yep|nein|no|nicht|ok|okay|schon|doch|auch|ebenfalls"
    r"|genauso|gleichfalls|too|either|neither|✓|✔|x)(?!\w)",
    re.IGNORECASE,
)
# A day taken back with "yes" after it is an answer: "14.5. ja, 21.5. nein".
_YES_AFTER = re.compile(r"[ \t]*[:=–—-]?[ \t]*(?:ja|jo|jap|yes|yep|ok|okay|✓|✔)(?!\w)", re.I)
# What a gap calling a day wrong must not say: a denial belongs to a day, not to the
# correction ("Am 14. war keine Behandlung, das ist falsch in Ihrer Liste, am 21. ...").
_DENIAL = re.compile(
    r"\b(?:nicht|nich|kein\w*|nie|abgesagt|ausgefallen|krank|not|no|never|cancel\w*)\b", re.I
)


# A day written in digits, wherever it stands ("nicht am 14. sondern" is no day to the date
# reader, which wants the clause to end after "am 14."); the last of a list ("am 3.3.,
# 10.3.").
_DIGIT_DAY = re.compile(
    r"(?<![\w.])\d{1,2}(?:\.\d{1,2}\.(?:\d{4}|\d{2}(?!\d))?|\.(?!\d)|st\b|nd\b|rd\b|th\b)"
)
_LIST_SEPARATOR = re.compile(r".*(?:,|;|/|&|\bund\b|\band\b|\bsowie\b)\s*", re.IGNORECASE | re.S)


@dataclass(frozen=True, slots=True)
class Correction:
    """The text with each correction written as the day meant, and where the original
    wrote the days taken back."""

    rewrite: Rewrite
    # each day taken back, said plainly where the correction stood ("für Mai: am 14. und
    # am 28. ... - am 14., am 14. war Feiertag"), and where it stands in that text: the date
    # reader resolves it there as it would any day of the mail
    taken_back: tuple[tuple[str, tuple[int, int]], ...] = ()


def take_back(text: str) -> Correction:
    """The corrections the text makes between two written days, rewritten as the day
    meant ("nicht am 14., sondern am 21." -> "am 21."), with each day taken back said
    plainly in its place."""
    spans = _day_spans(text)
    edits: list[tuple[int, int, str]] = []  # (start, end, new text) in the original
    taken: list[tuple[int, int, str]] = []  # (start, end) of a correction, the day taken back
    for (a_start, a_end), (b_start, b_end) in pairwise(spans):
        chained = bool(edits) and a_end == edits[-1][1]  # "14.05., äh, 15.05., äh, 21.05."
        if edits and a_start < edits[-1][1] and not chained:
            continue  # the day taken back is part of the correction before
        if (separator := _LIST_SEPARATOR.match(text, a_start, a_end)) is not None:
            a_start = separator.end()  # "am 3.3., 10.3. nein doch 17.3.": only the 10.3.
        gap = text[a_end:b_start]
        meant = text[b_start:b_end]
        written = text[a_start:a_end]  # the day taken back, with its "am"
        if (prep := re.match(_BEFORE_DAY, text[a_start:a_end], re.I)) is not None:
            # "on the 14th, sorry, I mean the 21st" -> "on the 21st"
            a_start += prep.end()
            meant = meant[m.end() :] if (m := re.match(_BEFORE_DAY, meant, re.I)) else meant
        if _ANSWERED_AFTER.match(text, b_end) or _YES_AFTER.match(text, a_end):
            continue
        line_start = text.rfind("\n", 0, a_start) + 1
        head = _NOT_BUT_BEFORE.search(text, line_start, a_start)
        if head is not None and (but := _NOT_BUT_GAP.match(gap)) is not None:
            # "nicht am 14., sondern am 21." -> "am 21."
            edits.append((head.start(), b_end, (but["prep"] or "") + text[b_start:b_end]))
            taken.append((head.start(), b_end, text[head.start("day") : a_end]))
        elif "\n" not in gap and (repair := _REPAIR_GAP.match(gap)) is not None:
            # "am 14., nein, am 21." -> "am 21."
            edits.append((a_start, b_end, ("" if prep else repair["prep"] or "") + meant))
            taken.append((a_start, b_end, written[prep.end() :] if prep else written))
        elif (
            _STAR_FIX_GAP.match(gap)
            and _ALONE_ON_ITS_LINE.match(text, b_end)
            and not _BULLET.match(text, line_start)
        ):
            # "Hat stattgefunden 10.10.\n*10.11. 🙈": a chat-style fix on the next line (not
            # a list of bullets)
            edits.append((a_start, b_end, meant))
            taken.append((a_start, b_end, written[prep.end() :] if prep else written))
        elif _MEANT_NOT_GAP.match(gap) and (
            _CLAUSE_ENDS.match(text, b_end)
            # "16.02., nicht am 17. Hab aufs falsche Datum geschaut": the day's own full stop
            or (text[b_end - 1] == "." and (b_end == len(text) or text[b_end].isspace()))
        ):
            # "der 21., nicht der 14." -> "der 21."
            edits.append((a_start, b_end, text[a_start:a_end]))
            taken.append((a_start, b_end, meant if prep else text[b_start:b_end]))
            if (earlier := _said_before(text, spans, a_start, b_start, b_end)) is not None:
                # "ja hat am Mittwoch stattgefunden. Quatsch, Dienstag natürlich, nicht
                # Mittwoch": the sentence before said it of the day taken back
                edits.append((*earlier, _without_preposition(text[a_start:a_end])))
        elif (
            (head := _WRONG_BEFORE.search(text, line_start, a_start)) is not None
            and "\n" not in gap
            and _RIGHT_IS_GAP.match(gap)
        ):
            # "ich schreibe falsch Datum 8 Juni, richtig ist 9 Juni" -> "ich schreibe 9 Juni"
            edits.append((head.start(), b_end, text[b_start:b_end]))
            taken.append((head.start(), b_end, written))
        elif (
            "\n" not in gap
            and (wrong := _CALLED_WRONG_GAP.match(gap)) is not None
            and not _DENIAL.search(gap[: wrong.start("wrong")] + gap[wrong.end("wrong") :])
        ):
            # "den 9. Juni geschrieben, das war falsch: es war der 10. Juni" -> "den 10. Juni"
            edits.append((a_start, b_end, meant))
            taken.append((a_start, b_end, written[prep.end() :] if prep else written))
    for start, end in spans:
        # "vorher ich habe geschrieben 13.08 das ist falsch": taken back, none meant instead
        line_start = text.rfind("\n", 0, start) + 1
        wrong = _IS_WRONG_AFTER.match(text, end)
        if (
            wrong is not None
            and _WROTE_BEFORE.search(text, max(line_start, start - 40), start)
            and not any(s < wrong.end() and start < e for s, e, _ in edits)
        ):
            edits.append((start, wrong.end(), ""))
            taken.append((start, wrong.end(), text[start:end]))
    edits.sort()
    return Correction(
        rewrite=_rewritten(text, _chains_joined(edits)),
        taken_back=tuple(_said_plainly(text, start, end, day) for start, end, day in taken),
    )


def _without_preposition(day: str) -> str:
    return day[m.end() :] if (m := re.match(_BEFORE_DAY, day, re.I)) else day


def _said_before(
    text: str, spans: list[tuple[int, int]], before: int, start: int, end: int
) -> tuple[int, int] | None:
    """Where a sentence before `before` wrote the day taken back at [start, end) in the
    same words ("Mittwoch" ... "nicht Mittwoch"), without its "am": the last such place."""
    taken = _without_preposition(text[start:end]).strip(" .").lower()
    found = None
    for c_start, c_end in spans:
        if c_end > before:
            break
        written = text[c_start:c_end]
        plain = _without_preposition(written)
        if plain.strip(" .").lower() == taken and re.search(r"[.!?\n]", text[c_end:before]):
            found = (c_end - len(plain), c_end)
    return found


def _said_plainly(text: str, start: int, end: int, day: str) -> tuple[str, tuple[int, int]]:
    """The text with [start, end) replaced by the day taken back, and where that day
    stands, with the "am" or "der" before it."""
    plain = text[:start] + day + text[end:]
    before = re.search(rf"\b{_BEFORE_DAY}$", plain[:start], re.IGNORECASE)
    return plain, (start if before is None else before.start(), start + len(day))


def _chains_joined(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Corrections of a correction as one: "14.05., äh, 15.05., äh, 21.05." -> "21.05."."""
    joined: list[tuple[int, int, str]] = []
    for start, end, new in edits:
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], end, new)
        else:
            joined.append((start, end, new))
    return joined


def _day_spans(text: str) -> list[tuple[int, int]]:
    """The days the date grammar writes, and every day written in digits."""
    spans = sorted(
        (start, start + len(text[start:end].rstrip()))  # the grammar's spans take the blank after
        for start, end in {*day_spans(text), *(m.span() for m in _DIGIT_DAY.finditer(text))}
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _rewritten(text: str, edits: list[tuple[int, int, str]]) -> Rewrite:
    pieces: list[str] = []
    done = shift = 0
    kept: list[tuple[int, int, int, int]] = []
    for start, end, new in edits:
        pieces += [text[done:start], new]
        kept.append((start, end, start + shift, start + shift + len(new)))
        shift += len(new) - (end - start)
        done = end
    pieces.append(text[done:])
    return Rewrite(original=text, text="".join(pieces), edits=tuple(kept))
