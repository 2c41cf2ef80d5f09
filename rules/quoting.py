"""Separate what the sender wrote from what their mail program or habit added.

Everything that reads a mail body (dates, classification, forms) reads only the sender's
own words: the quoted reminder we sent them names appointment dates, and a signature names
a birth date and a phone number. Nothing of that may ever count as a treatment date.

Hand-written rather than mail-parser-reply: on the table in tests/unit/test_quoting.py the
library kept birth dates, phone numbers and addresses of German closing blocks in the reply,
swallowed Thunderbird bottom-posted answers below a quote, cut hyphen lists ("- 6.4.") as
signatures and normalises whitespace so the cut text cannot be kept verbatim (see the commit
message for the measured numbers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rules.date_lexicon import MONTHS, alternation

__all__ = ["split_own_words"]

# --- markers that end the sender's own words: everything after them is cut ----------

_QUOTE_LINE = re.compile(r"^[ \t]*>")

# "Am 06.04.2020 um 10:15 schrieb Praxis <termine@praxis.de>:",
# "Am Mo., 6. Apr. 2020 um 10:15 Uhr schrieb ...:", "On Mon, Apr 6, 2020 at 10:15 AM X wrote:".
# Matched against one line or two joined lines (Gmail wraps long attribution lines).
_ATTRIBUTION_START = re.compile(r"^[ \t]*(?:Am|On|Le|El)\b", re.IGNORECASE)
_ATTRIBUTION = re.compile(
    r"^[ \t]*(?:Am|On)\b.{0,250}?\b(?:schrieb|wrote|geschrieben)\b.{0,250}:[ \t]*$",
    re.IGNORECASE,
)
# "Praxis Impulse <termine@praxis.de> schrieb am 06.04.2020 10:15:" (K-9, some webmailers),
# "Am Donnerstag, 5. November 2026, 11:30:00 MEZ hat X <x@y> Folgendes geschrieben:" (Yahoo)
_ATTRIBUTION_LOOSE = re.compile(
    r"^.{0,250}\b(?:schrieb|wrote|geschrieben)\b.{0,250}:[ \t]*$",
    re.IGNORECASE,
)
# a real attribution carries a time, a year or an address; a sentence ending in "schrieb:"
# does not
_ATTRIBUTION_EVIDENCE = re.compile(r"\d{1,2}[:.]\d{2}\b|\b(?:19|20)\d{2}\b|@|<")

_SEPARATOR = re.compile(
    r"""^[ \t]*(?:
        -{2,}\s*(?:Urspr(?:ü|ue|u)ngliche\s+Nachricht|Original\s+Message|Original-?\s?[Nn]achricht)\s*-{2,}
      | -{2,}\s*(?:Forwarded\s+message|Weitergeleitete\s+(?:Nachricht|E-?Mail))\s*-{2,}
      | (?:Anfang\s+der\s+weitergeleiteten\s+(?:Nachricht|E-?Mail)|Begin\s+forwarded\s+message)\s*:
      | _{10,}
    )[ \t]*$""",
    re.IGNORECASE | re.VERBOSE,
)

# Outlook / Exchange header blocks: "Von: ...", "Gesendet: ...", "An: ...", "Betreff: ...".
_HEADER_FIELD = re.compile(
    r"^[ \t]*\*?(Von|Gesendet|Datum|An|Cc|Betreff|From|Sent|Date|To|Subject)\*?[ \t]*:",
    re.IGNORECASE,
)
_HEADER_FROM = {"von", "from"}

# The footer of a machine-sent mail (ours: "Diese E-Mail wurde automatisch versandt. ...
# Ihre Antwort erreicht das Praxisteam"): the last paragraph of a quoted mail of ours.
_AUTOMATED_NOTICE = re.compile(
    r"""\b(?:automatisch\s+(?:erstellt|versandt|verschickt|versendet|generiert|erzeugt)
      | (?:automatically\s+(?:generated|sent|created))
      | (?:generated|sent|created)\s+automatically
      | Ihre\s+Antwort\s+erreicht | your\s+answer\s+reaches
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)
# the notice lies this close below the closing greeting (name, address, phone lines between)
_FOOTER_LINES = 15

_SIGNATURE_DELIMITER = re.compile(r"^-- ?$")
_SENT_FROM_DEVICE = re.compile(
    r"""^[ \t]*(?:
        Gesendet\s+(?:von|mit)\s+(?:meinem|meiner|der|dem|einem|Outlook|Mail|Yahoo|GMX|WEB\.DE)\b.{0,60}
      | Von\s+meinem\s+\S+(?:\s+\S+){0,3}\s+gesendet\.?
      | Sent\s+(?:from|with|via)\s+(?:my|Outlook|Mail|Yahoo)\b.{0,60}
      | Get\s+Outlook\s+for\s+\S+.{0,40}
      | Diese\s+Nachricht\s+wurde\s+von\s+meinem\s+\S+(?:\s+\S+){0,3}\s+gesendet\.?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# --- closing blocks ------------------------------------------------------------------

_GRUSS = r"gr(?:ü|ue|u)(?:ß|ss|s)(?:e|en)?"
_CLOSING = re.compile(
    rf"""^[ \t]*(?:(?:vielen\s+)?dank(?:e|\s+schön|\s+sehr)?\s*(?:,|und|&|\+)\s*)?(?:
        mit\s+(?:den\s+)?(?:freundlichen|besten|herzlichen|lieben|vielen)\s+{_GRUSS}
      | (?:viele|liebe|beste|herzliche|freundliche|sch(?:ö|oe|o)ne|sonnige|gr(?:ü|ue)ne)
        \s+{_GRUSS}
      | (?:beste|liebe|herzliche|viele|freundliche)n?\s+dank\s+und\s+{_GRUSS}
      | {_GRUSS}
      | mfg | lg | vg | bg | glg | fg | hg
      | (?:best|kind|warm)(?:est)?\s+regards | regards | best\s+wishes | cheers
      | (?:yours\s+)?sincerely | best
    )\b[ \t,.!:;-]*(?P<rest>.*)$""",
    re.IGNORECASE | re.VERBOSE,
)
# "Grüß Gott", "Grüß dich", "Griaß di": greetings that open a mail, never a closing
_OPENING_GREETING = re.compile(
    r"^[ \t]*gr(?:ü|ue|u|ia)(?:ß|ss|s)\s+(?:gott|dich|di|euch|eich|enk)\b", re.IGNORECASE
)
# "P.S.:", and its German kin under a signature: "Nachtrag: Ja, die Telefonbehandlungen ..."
_POSTSCRIPT = re.compile(
    r"^[ \t]*(?:P\.?\s?P?\.?\s?S\.?\s*[:.]"
    r"|(?:nachtrag|erg(?:ä|ae)nzung|addendum|noch\s+(?:etwas|was|eins))\s*:)",
    re.IGNORECASE,
)

_PHONE = re.compile(
    r"""(?:\b(?:tel|telefon|fon|phone|mobil|mobile|handy|mob|fax|festnetz)\b\.?\s*(?:nr\.?)?\s*[:.]?\s*[+(0-9]
        |(?:^|\s)\+\s?\d{2}[\s\d/()-]{6,}
        |(?:^|\s)0\d{2,5}\s?[/-]?\s?\d[\d\s-]{4,}\d\s*$)""",
    re.IGNORECASE | re.VERBOSE,
)
_STREET = re.compile(
    r"\b\w*(?:stra(?:ß|ss)e|str\.|weg|allee|platz|gasse|ring|damm|ufer|chaussee)\s*\d+\s*[a-z]?\b",
    re.IGNORECASE,
)
_POSTCODE_CITY = re.compile(r"^[ \t]*(?:D-)?\d{5}\s+\S")
_WEB_OR_MAIL = re.compile(
    r"^[ \t]*(?:e-?mail\s*:|www\.|https?://)|^[ \t]*\S+@\S+\.\w+[ \t]*$", re.I
)
_BIRTH_DATE = re.compile(
    r"""(?:\b(?:geb\.|geboren(?:\s+am)?|geburtsdatum|geb\.?-?datum|date\s+of\s+birth|dob|born(?:\s+on)?)
        \s*:?\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.\s*(?:\d{4}|\d{2})\b)""",
    re.IGNORECASE | re.VERBOSE,
)
_NAME_LIKE = re.compile(
    r"^[ \t]*(?:(?:Dr|Prof|Dipl|Frau|Herr|Fam|Familie)\.?\s+)*"
    r"[A-ZÄÖÜ][\w'’.-]*(?:[ \t]+(?:von|van|de|der|zu|und|u\.|&|[A-ZÄÖÜ][\w'’.-]*)){0,4}[ \t,]*$"
)

# "lg anna", "Gruß Familie Weber": up to four plain words after a greeting on one line
_LOWERCASE_NAME = re.compile(r"^[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}[ \t,.!]*$")
# short answers are words, not names, even when capitalised alone on a line
_ANSWER_WORDS = frozenset(
    {"ja", "nein", "danke", "ok", "okay", "yes", "no", "thanks", "genau", "richtig", "stimmt"}
)


def split_own_words(text: str) -> tuple[str, str]:
    """Return (own words, cut text) of a mail body.

    Practice rule: only what the sender wrote counts. Cut are `>` quotes with their
    attribution line ("Am ... schrieb ...:", "On ... wrote:"), Outlook header blocks and
    "Ursprüngliche Nachricht"/forward markers with everything below (but a reply written
    below one quoted mail of ours, after its "sent automatically" footer, is the sender's
    words again: bottom-posting in web.de, Outlook and Yahoo), "-- " signatures,
    "Gesendet von meinem iPhone" lines, and closing blocks that start with a greeting on its
    own line ("Viele Grüße\\nAnna\\nTel. ...") — except a "P.S." or "Nachtrag:" after
    them. A trailing block of phone numbers, street addresses, postcodes or birth dates is
    cut even without a greeting, and so is a birth date phrase ("geb. 12.03.1965") anywhere.
    Text before a quote is never cut; a greeting that shares its line with other words
    stays.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    keep = [True] * len(lines)
    index = 0
    while index < len(lines):
        line = lines[index]
        if _QUOTE_LINE.match(line):
            keep[index] = False
            index += 1
            continue
        attribution_end = _attribution_end(lines, index)
        if attribution_end is not None:
            following = _next_nonblank(lines, attribution_end)
            if following is not None and _QUOTE_LINE.match(lines[following]):
                # a quote follows: cut the attribution, keep scanning (bottom-posting)
                for cut in range(index, attribution_end):
                    keep[cut] = False
                index = attribution_end
                continue
        body_start = attribution_end if attribution_end is not None else _quote_body(lines, index)
        if body_start is not None:
            # an unmarked quote: it runs to the end, unless it is one mail of ours whose
            # footer is followed by more text (bottom-posting below our quoted mail)
            end = _quoted_mail_end(lines, body_start)
            if end is None:
                _cut_rest(keep, index)
                break
            for cut in range(index, end):
                keep[cut] = False
            index = end
            continue
        if _starts_block_to_end(lines, index):
            _cut_rest(keep, index)
            break
        closing = _CLOSING.match(line)
        if (
            closing
            and _is_signature_rest(closing.group("rest"))
            and not _OPENING_GREETING.match(line)
        ):
            index = _cut_closing_block(lines, keep, index)
            continue
        index += 1

    _cut_trailing_disclaimers(lines, keep)
    _cut_trailing_contact_block(lines, keep)
    own_lines: list[str] = []
    cut_lines: list[str] = []
    for line, kept in zip(lines, keep, strict=True):
        if not kept:
            cut_lines.append(line)
            continue
        birth_dates = _BIRTH_DATE.findall(line)
        if birth_dates:
            cut_lines.extend(birth_dates)
            line = _BIRTH_DATE.sub("", line)
        own_lines.append(line)
    return _tidy(own_lines), _tidy(cut_lines)


def _attribution_end(lines: Sequence[str], index: int) -> int | None:
    """Index after the attribution line(s) starting at index, or None if there is none."""
    line = lines[index]
    if _ATTRIBUTION_LOOSE.match(line) and _ATTRIBUTION_EVIDENCE.search(line):
        return index + 1
    if index + 1 < len(lines) and _ATTRIBUTION_START.match(line) and len(line) < 250:
        joined = f"{line.rstrip()} {lines[index + 1].strip()}"
        if _ATTRIBUTION.match(joined) and _ATTRIBUTION_EVIDENCE.search(joined):
            return index + 2
    return None


def _starts_block_to_end(lines: Sequence[str], index: int) -> bool:
    line = lines[index]
    if _SIGNATURE_DELIMITER.match(line):
        return True
    return bool(_SENT_FROM_DEVICE.match(line.strip()))


def _quote_body(lines: Sequence[str], index: int) -> int | None:
    """Where the quoted mail's text starts, if an unmarked quote starts at index: after a
    separator line ("-----Ursprüngliche Nachricht-----") and/or an Outlook header block."""
    cursor = index
    if _SEPARATOR.match(lines[cursor]):
        cursor += 1
        following = _next_nonblank(lines, cursor)
        if following is None or not _is_header_block(lines, following):
            return cursor
        cursor = following
    elif not _is_header_block(lines, cursor):
        return None
    while cursor < len(lines) and (
        _HEADER_FIELD.match(lines[cursor])
        or (lines[cursor].startswith((" ", "\t")) and lines[cursor].strip())
    ):
        cursor += 1  # the header fields and their folded continuation lines
    return cursor


def _is_quote_start(lines: Sequence[str], index: int) -> bool:
    return (
        _SEPARATOR.match(lines[index]) is not None
        or _is_header_block(lines, index)
        or _attribution_end(lines, index) is not None
    )


def _quoted_mail_end(lines: Sequence[str], start: int) -> int | None:
    """The line after an unmarked quoted mail of ours, when the sender wrote below it.

    Our mails (and only machine-sent mails like them) end with a closing greeting and a
    footer saying the mail was sent automatically; the paragraph holding that notice ends
    the quoted mail. Anything less certain returns None and the quote runs to the end: a
    second quoted mail inside (a thread), no closing before the notice, or nothing after it.
    """
    closing: int | None = None
    for cursor in range(start, len(lines)):
        line = lines[cursor][_indent(lines[cursor]) :]  # unquoted, unindented
        if _is_quote_start(lines, cursor) or _is_quote_start([line], 0):
            return None  # a thread of several mails: where one ends is not certain
        greeting = _CLOSING.match(line)
        if greeting and _is_signature_rest(greeting.group("rest")):
            closing = cursor
            continue
        if closing is None or not _AUTOMATED_NOTICE.search(line):
            continue
        if cursor - closing > _FOOTER_LINES:
            return None
        indent = _indent(lines[cursor])
        end = cursor + 1
        while end < len(lines) and lines[end].strip() and _indent(lines[end]) >= indent:
            end += 1
        return end if _next_nonblank(lines, end) is not None else None
    return None


def _indent(line: str) -> int:
    """Width of the leading blanks and quote marks (Yahoo indents a quote, others mark it)."""
    return len(line) - len(line.lstrip(" \t>"))


def _is_header_block(lines: Sequence[str], index: int) -> bool:
    """Three or more header fields in a row, one of them "Von:"/"From:" (Outlook starts
    with "Von:", web.de/GMX with "Gesendet:", Apple Mail with "Von:" or "Datum:")."""
    if not _HEADER_FIELD.match(lines[index]):
        return False
    names: list[str] = []
    for line in lines[index : index + 8]:
        field = _HEADER_FIELD.match(line)
        if field:
            names.append(field.group(1).lower())
        elif line.strip() and not line.startswith((" ", "\t")):
            break
    return len(names) >= 3 and bool(_HEADER_FROM & set(names))


def _is_signature_rest(rest: str) -> bool:
    """What follows a greeting on its line: nothing, or a name / contact data."""
    rest = rest.strip()
    if not rest:
        return True
    return bool(
        _LOWERCASE_NAME.match(rest)
        or _NAME_LIKE.match(rest)
        or _BIRTH_DATE.search(rest)
        or _PHONE.search(rest)
        or _WEB_OR_MAIL.match(rest)
    )


def _cut_closing_block(lines: Sequence[str], keep: list[bool], index: int) -> int:
    """Cut from the greeting to the end, sparing a P.S. paragraph; return where to go on."""
    cursor = index
    while cursor < len(lines):
        if _POSTSCRIPT.match(lines[cursor]):
            return cursor  # the P.S. is the sender's words again: scanning resumes there
        keep[cursor] = False
        cursor += 1
    return cursor


def _is_contact_line(line: str) -> bool:
    """Phone, street, postcode, birth date or web line with little else on it (no sentence)."""
    if not (
        _PHONE.search(line)
        or _STREET.search(line)
        or _POSTCODE_CITY.match(line)
        or _BIRTH_DATE.search(line)
        or _WEB_OR_MAIL.match(line)
    ):
        return False
    rest = line
    for pattern in (_BIRTH_DATE, _PHONE, _STREET, _POSTCODE_CITY, _WEB_OR_MAIL):
        rest = pattern.sub(" ", rest)
    return len(rest.split()) <= 4


# A confidentiality notice under an office signature: "Wenn Sie nicht der richtige Adressat
# sind oder diese E-Mail irrtümlich erhalten haben, ...", "If you are not the intended
# recipient ...". Its "nicht" and "wenn" are no doubt of the patient's.
_DISCLAIMER = re.compile(
    r"nicht\s+(?:der\s+)?(?:richtige|beabsichtigte|vorgesehene|bestimmungsgem(?:ä|ae)(?:ß|ss)e)"
    r"\s+(?:adressat|empf(?:ä|ae)nger)|irrt(?:ü|ue)mlich\s+erhalten|intended\s+recipient"
    r"|received\s+this\s+(?:e-?mail|message|communication)\s+in\s+error"
    r"|(?:enth(?:ä|ae)lt|contains?)\s+(?:\w+\s+){0,3}(?:vertrauliche|confidential)",
    re.IGNORECASE,
)


def _cut_trailing_disclaimers(lines: Sequence[str], keep: list[bool]) -> None:
    """Cut the confidentiality notices that end the kept text, one paragraph each."""
    kept_indexes = [i for i, kept in enumerate(keep) if kept]
    while kept_indexes:
        while kept_indexes and not lines[kept_indexes[-1]].strip():
            kept_indexes.pop()
        paragraph: list[int] = []
        while kept_indexes and lines[kept_indexes[-1]].strip():
            paragraph.append(kept_indexes.pop())
        text = " ".join(lines[i] for i in reversed(paragraph))
        if not paragraph or _DISCLAIMER.search(text) is None:
            return
        for i in paragraph:
            keep[i] = False


def _cut_trailing_contact_block(lines: Sequence[str], keep: list[bool]) -> None:
    """Cut a signature without greeting: one unbroken block of name and contact lines.

    The block is the last paragraph of the kept text (no blank line inside) and must hold
    at least one phone number, street, postcode or birth date; a lone name stays.
    """
    kept_indexes = [i for i, kept in enumerate(keep) if kept]
    while kept_indexes and not lines[kept_indexes[-1]].strip():
        kept_indexes.pop()
    block: list[int] = []
    has_contact = False
    for i in reversed(kept_indexes):
        line = lines[i].strip()
        if not line:
            break
        if _is_contact_line(line):
            has_contact = True
        elif not _is_name_line(line):
            break
        block.append(i)
    if has_contact:
        for i in block:
            keep[i] = False


def _is_name_line(line: str) -> bool:
    words = line.split()
    return (
        len(words) <= 5
        and line.strip(" .,!").lower() not in _ANSWER_WORDS
        and bool(_NAME_LIKE.match(line))
    )


def _cut_rest(keep: list[bool], index: int) -> None:
    for cut in range(index, len(keep)):
        keep[cut] = False


def _next_nonblank(lines: Sequence[str], index: int) -> int | None:
    for cursor in range(index, len(lines)):
        if lines[cursor].strip():
            return cursor
    return None


def _tidy(lines: Sequence[str]) -> str:
    text = "\n".join(line.rstrip() for line in lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip("\n").strip()


# A numbered list's marks at line starts ("1. 02.06 - Therapie war gemacht", "2) Dienstag
# 14.07. ja"), not a day at a line's start ("1. März war gut").
_LIST_MARK = re.compile(r"^([^\S\n]*)(\d{1,2})[.)][^\S\n]+(?=\S)", re.MULTILINE)
_MONTH_NEXT = re.compile(rf"(?:{alternation(MONTHS)})\b|bis\b|und\b|-", re.IGNORECASE)
# Emphasis around a word or date: "*15.09.* und *22.09.*", "_heute_".
_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=\S)([^*\n]{1,40}?)(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)([^_\n]{1,40}?)(?<=\S)_(?!\w)"
)


def without_list_marks(text: str) -> str:
    """The text without the marks of a numbered list (lines numbered 1, 2, ... in turn)
    and without emphasis marks around words: "1. 02.06 - Therapie war gemacht" reads as
    "02.06 - Therapie war gemacht", "*15.09.* und *22.09.*" as "15.09. und 22.09."."""
    marks = [m for m in _LIST_MARK.finditer(text) if not _MONTH_NEXT.match(text, m.end())]
    numbered: set[int] = set()
    run: list[re.Match[str]] = []
    for mark in marks:
        if run and int(mark.group(2)) == int(run[-1].group(2)) + 1:
            run.append(mark)
        else:
            run = [mark] if mark.group(2) == "1" else []
        if len(run) >= 2:
            numbered.update(m.start() for m in run)
    pieces: list[str] = []
    last = 0
    for mark in marks:
        if mark.start() in numbered:
            pieces.append(text[last : mark.start()] + mark.group(1))
            last = mark.end()
    pieces.append(text[last:])
    return _EMPHASIS.sub(lambda m: m.group(1) or m.group(2), "".join(pieces))
