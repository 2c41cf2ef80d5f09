"""Treatment dates named in a patient's own words, German first, English too.

A hand-written grammar over precompiled regular expressions; Babel's CLDR data supplies
the month and weekday names. dateparser is deliberately not on this path: measured on
German confirmation mails its ``search_dates`` was slow (milliseconds per mail) and wrong
where it matters ("am 10.04." read as 10:04, the article "die" read as Tuesday, "2. und
9. April" split apart). See bench/dates.py for the comparison.

The grammar, in short:

* numeric dates ``6.4.``, ``06.04.2020``, ``6.4.20``, ``6.4`` (without the final dot only
  where it cannot be a time or a decimal), enumerations ``2., 9. und 16.4.``,
  ``2./9.4.``, ranges ``6.-8.4.`` / ``vom 6. bis 8.4.``;
* month names ``6. April``, ``6.april``, ``6. Apr.``, ``Maerz``, ``6th of April``,
  ``April 6th``, ``April 6, 2026``, ``am 2. und 9. April``;
* a weekday before a date (``Montag, den 6. April``) is checked against the date;
* relative words ``heute``, ``gestern``, ``vorgestern``, ``yesterday``, ``today``, and
  weekdays ``am Dienstag``, ``letzten Montag``, ``diese Woche Dienstag``,
  ``Montag letzte Woche``, ``last Monday``.

What is ignored: quoted text, times, phone numbers, amounts, versions, file names,
links, birth dates, dates introduced by words that point elsewhere ("bis zum", "ab dem",
"nächster Termin", "Rezept vom", "geb."), and dates in a clause about moving, cancelling,
holidays, illness or a treatment that did not take place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from zoneinfo import ZoneInfo

from babel.dates import get_day_names, get_month_names

from rules.models import DateMention

__all__ = ["extract_dates"]

GRACE = timedelta(days=1)  # a date this far after the mail is still accepted (clock slips)

# --- names (CLDR data via Babel, plus the spellings patients actually type) ----------


def _spellings(word: str) -> set[str]:
    """The lower-case forms a patient may type for one name: with and without umlauts."""
    word = word.lower().rstrip(".")
    forms = {word}
    for umlaut, ascii_pair in (("ä", ("ae", "a")), ("ö", ("oe", "o")), ("ü", ("ue", "u"))):
        if umlaut in word:
            forms |= {word.replace(umlaut, plain) for plain in ascii_pair}
    return forms


def _name_table(kind: str) -> dict[str, int]:
    getter = get_month_names if kind == "month" else get_day_names
    table: dict[str, int] = {}
    for locale in ("de", "de_AT", "en"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in getter(width, context, locale=locale).items():
                    for form in _spellings(name):
                        table[form] = int(number)
    return table


_MONTHS = _name_table("month") | {"mrz": 3, "sept": 9, "feber": 2}
_WEEKDAYS_FULL = {name: day for name, day in _name_table("day").items() if len(name) > 4} | {
    "sonnabend": 5
}
_WEEKDAYS_ANY = _name_table("day") | _WEEKDAYS_FULL | {"tues": 1, "thur": 3, "thurs": 3}


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_LETTER_AHEAD = r"(?![^\W\d_])"
MONTH = rf"\b(?:{_alternation(_MONTHS)}){_LETTER_AHEAD}\.?"
WEEKDAY_FULL = rf"\b(?:{_alternation(_WEEKDAYS_FULL)}){_LETTER_AHEAD}"
WEEKDAY_ANY = rf"\b(?:{_alternation(_WEEKDAYS_ANY)}){_LETTER_AHEAD}"

# --- the grammar --------------------------------------------------------------------

_D = "[0-9]"  # not \d: that also matches Arabic-Indic and other digits
START = r"(?<![\w.*/+\-:€$#§])"  # not inside a number, word, path, amount or version
DAY_ORD = rf"{_D}{{1,2}}\."  # "2." in "2., 9. und 16.4."
FULL = rf"{_D}{{1,2}}\.\s?{_D}{{1,2}}\.(?:{_D}{{4}}|{_D}{{2}}|\s{_D}{{4}})?(?!{_D})"
DOTLESS = (
    rf"{_D}{{1,2}}\.{_D}{{1,2}}"
    r"(?![0-9.]|,[0-9]|\s*(?:uhr|h\b|std|stunden|min|€|eur|euro|%|cm|mm|kg|km|mg|ml|[:x*]))"
)
AND_WORDS = r"(?:und|and|sowie|oder|or|u\.|&|\+|/)"
RANGE_WORDS = r"(?:bis(?:\s+(?:zum|einschließlich))?|to|until|till|through|-|–|—)"
CONN = (
    rf"(?:,\s*(?:{AND_WORDS}\s*)?|{AND_WORDS}|{RANGE_WORDS})"
    r"\s*(?:(?:am|den|dem|zum|on|the)\s+)?"
)
NUMERIC = rf"{START}(?:(?:{FULL}|{DAY_ORD})\s*{CONN}\s*)*(?:{FULL}|{DOTLESS})"
DAY_N = rf"{_D}{{1,2}}(?!{_D})(?:\.|st\b|nd\b|rd\b|th\b)?"
YEAR_TAIL = rf"(?:\s*,?\s*{_D}{{4}}(?!{_D}))?"
NAMED_DMY = rf"{START}(?:{DAY_N}\s*{CONN}\s*)*{DAY_N}\s*(?:of\s+)?{MONTH}{YEAR_TAIL}"
NAMED_MDY = (
    rf"{MONTH}\s*(?:the\s+)?{DAY_N}(?:\s*{CONN}\s*{DAY_N})*{YEAR_TAIL}"
    r"(?!\s*(?:uhr|h\b|am\b|pm\b|o'clock|[:.][0-9]))"
    r"(?!\s+(?:termine?n?|mal|tage?n?|stunden|wochen|sitzungen|behandlungen|einheiten|x)\b)"
)
SLASHED = rf"{START}{_D}{{1,2}}/{_D}{{1,2}}(?:/(?:{_D}{{4}}|{_D}{{2}}))?(?![0-9/])"
ISO = rf"{START}{_D}{{4}}-{_D}{{2}}-{_D}{{2}}(?![0-9])"
WEEK_WORDS = (
    r"(?:diese[rnms]?|this|letzte[rnms]?|vergangene[rnms]?|vorige[rnms]?|last|past"
    r"|nächste[rnms]?|naechste[rnms]?|kommende[rnms]?|next|übernächste[rnms]?)"
)
LEAD_WEEKDAY = rf"(?:(?:am|on|den)\s+)?(?P<lead>{WEEKDAY_ANY})\.?\s*,?\s*(?:(?:den|dem|the|am)\s+)?"
RELATIVE_DAY = (
    r"\b(?:the\s+day\s+before\s+yesterday|vorgestern|gestern|gestrige[nrms]?|heute|heut"
    r"|heutige[nrms]?|yesterday|today|tonight|this\s+morning)\b"
)
WEEKDAY_PHRASE = (
    rf"(?:\b(?P<wweek>{WEEK_WORDS})\s+(?:woche|week)\s+(?:am\s+|on\s+)?)?"
    rf"(?:\b(?P<wword>letzte[nrms]?|vergangene[nrms]?|vorige[nrms]?|last|past|am|on"
    rf"|diese[nrms]?|this)\s+)?(?P<wday>{WEEKDAY_FULL})"
    rf"(?:\s+(?:in\s+)?(?:der\s+)?(?P<wafter>{WEEK_WORDS})\s+(?:woche|week)\b)?"
)
_GRAMMAR = re.compile(
    rf"(?:{LEAD_WEEKDAY})?(?:(?P<numeric>{NUMERIC})|(?P<dmy>{NAMED_DMY})|(?P<mdy>{NAMED_MDY}))"
    rf"|(?P<slashed>{SLASHED})|(?P<iso>{ISO})|(?P<relative>{RELATIVE_DAY})"
    rf"|(?P<weekday>{WEEKDAY_PHRASE})",
    re.IGNORECASE,
)

_NUMERIC_ELEMENT = re.compile(
    rf"(?P<d>{_D}{{1,2}})(?:\.\s?(?P<m>{_D}{{1,2}})"
    rf"(?:\.(?:\s?(?P<y>{_D}{{4}})|(?P<y2>{_D}{{2}}))?)?)?"
)
_DAY_NUMBER = re.compile(rf"{_D}{{1,2}}(?!{_D})")
_YEAR = re.compile(rf"{_D}{{4}}(?!{_D})")
_MONTH_WORD = re.compile(MONTH, re.IGNORECASE)
_RANGE_BETWEEN = re.compile(rf"^\W*{RANGE_WORDS}", re.IGNORECASE)
_OR_BETWEEN = re.compile(r"\b(?:oder|or)\b", re.IGNORECASE)

# --- what is not the patient's own words, and what is not a date --------------------

_QUOTE_HEADER = re.compile(
    r"^[ \t]*(?:"
    r"-{2,}\s*(?:Urspr(?:ü|ue|u)ngliche Nachricht|Original Message|Weitergeleitete Nachricht"
    r"|Forwarded message|Nachricht weitergeleitet)\s*-*"
    r"|Am\s[^\n]{0,200}?(?:\n[^\n]{0,200}?)?\bschrieb\b[^\n]{0,200}:"
    r"|On\s[^\n]{0,200}?(?:\n[^\n]{0,200}?)?\bwrote:"
    r"|[^\n]{0,200}\b(?:schrieb|geschrieben|wrote)\b[^\n]{0,80}[@<0-9][^\n]{0,120}:"
    r"|--[ \t]?"
    r")[ \t]*$"
    r"|^[ \t]*(?:Von|From):[^\n]*\n(?:[^\n]*\n){0,2}[ \t]*(?:Gesendet|Sent|Datum|Date|An|To):",
    re.IGNORECASE | re.MULTILINE,
)
_QUOTED_LINE = re.compile(r"^[ \t]*>[^\n]*", re.MULTILINE)

# Replaced by blanks before the grammar runs (offsets stay, so sentences stay exact).
_NOT_DATES = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|[\w.()-]+\.(?:pdf|jpe?g|png|heic|heif|gif|tiff?|bmp|docx?|odt|xlsx?|txt|zip|eml|msg)\b"
    r"|\b(?:tel|telefon|fon|fax|mobil|handy|phone|mobile|mob|tel-nr|telefonnummer)\.?\s*"
    r"(?:nr\.?)?\s*:?\s*[+(0-9][0-9 /()-]{4,}"
    r"|\b(?:version|ver|v|update|build|chrome|firefox|safari|edge|ios|android|windows|macos)"
    r"\.?\s*[0-9]+(?:\.[0-9]+)+"
    r"|\b[0-9]{1,2}[:.][0-9]{2}\s*(?:uhr|h)\b"
    r"|\b[0-9]{1,2}:[0-9]{2}\b"
    r"|(?<=\bum )[0-9]{1,2}\.[0-9]{2}(?![0-9])"
    r"|(?<=\bgegen )[0-9]{1,2}\.[0-9]{2}(?![0-9])"
    r"|(?<=\bat )[0-9]{1,2}\.[0-9]{2}(?![0-9])",
    re.IGNORECASE,
)

# Words right before a date that say it is not a treatment day (up to three words between).
_BEFORE_NOT_TREATMENT = re.compile(
    r"(?:\b(?:bis|ab|seit|since|until|till|spätestens|latest"
    r"|nächste[nrms]?|naechste[nrms]?|kommende[nrms]?|übernächste[nrms]?|next|upcoming"
    r"|following|jede[nrms]?|every|geb|geboren|geburtsdatum|geburtstag|born|birth|dob"
    r"|gültig|valid|fällig|due|frist|deadline)\b\.?:?"
    r"|\b(?:rezept|rezepts|verordnung|heilmittelverordnung|überweisung|rechnung|mail|e-mail"
    r"|email|nachricht|schreiben|brief|attest|au|krankschreibung|bescheinigung|prescription"
    r"|invoice|letter|message)\s+(?:vom|von|from|dated|of)"
    r")(?:\s+\S+){0,3}?\s*$"
    r"|(?:\*|€|\beur|\beuro|\$)\s*$",
    re.IGNORECASE,
)
_AFTER_NOT_TREATMENT = re.compile(
    r"^\W{0,3}(?:\s*(?:in\s+)?(?:der\s+)?(?:nächste|naechste|kommende|next)\w*\s+(?:woche|week)"
    r"|\s*(?:geboren|born))\b",
    re.IGNORECASE,
)
# Anywhere in the same clause: the day is about something other than a treatment held.
_CLAUSE_NOT_TREATMENT = re.compile(
    r"\b(?:verschieb\w*|verschoben|verleg\w*|absag\w*|abgesagt|sag(?:e|en|t)\b.{0,60}?\bab\b"
    r"|storn\w*|ausfallen|ausgefallen|fällt\s+\w*\s*aus|fiel\s+\w*\s*aus|urlaub\w*"
    r"|verreist|abwesend|krank|krankheit|erkrankt\w*|krankgeschrieben|nicht|niemand"
    r"|keine[nmrs]?\s+(?:anruf|termin|behandlung|verbindung|sitzung|video)|verpasst|reschedul\w*|postpon\w*|cancel\w*"
    r"|vacation|holiday|away|sick|ill|missed|not|never|nobody|no\s+call|\w+n't)\b",
    re.IGNORECASE,
)
_CLAUSE_FUTURE = re.compile(
    r"\b(?:werde|wird|werden|will|shall|going\s+to|übermorgen|tomorrow)\b|'ll\b"
    r"|(?<!heute\s)(?<!guten\s)(?<!gestern\s)\bmorgen\b",
    re.IGNORECASE,
)
# A sentence that speaks of the treatment: needed before a bare "heute" or weekday counts.
_TREATMENT_WORDS = re.compile(
    r"(?:termin|behandlung|sitzung|therapie|stunde|einheit|telefonat|telefonisch|telefoniert"
    r"|anruf|angerufen|video|gespräch|gespraech|krankengymnastik|physio|übung|uebung"
    r"|stattgefunden|statt|bestätig|bestaetig|teilgenommen|wahrgenommen|erhalten|geklappt"
    r"|durchgeführt|durchgefuehrt|appointment|session|treatment|therapy|call|confirm"
    r"|took\s+place|attended|received)"
    r"|\b(?:kg|mt|kgg)\b",
    re.IGNORECASE,
)
_DOTLESS_INTRO = re.compile(
    r"\b(?:am|vom|den|dem|on|termin|datum|date|behandlung|sitzung)\s*:?\s*$", re.IGNORECASE
)
_DOTLESS_OUTRO = re.compile(r"^(?:\s*$|\s*\n|\s*[!?)]|\s*,|\s+(?:um|und|and|at|war)\b)")

_CANDIDATE_END = re.compile(r"[.!?…]+(?=\s|$)|\n[ \t]*\n")
_ABBREVIATIONS = frozenset(
    {"geb", "ca", "nr", "dr", "fr", "hr", "frau", "str", "tel", "bzw", "usw", "evtl", "ggf"}
    | {"inkl", "z.b", "u.a", "d.h", "z", "u", "d", "vs", "prof", "med", "mr", "mrs", "ms", "st"}
)
_OPENER_WORDS = (  # words that usually open a German or English sentence
    "ich wir sie es er das der die den dem des ein eine mein meine meinen unser unsere "
    "danke vielen viele besten beste liebe lieben herzliche herzlichen freundliche mit "
    "gruß grüße gruss gruesse lg vg mfg können könnten koennen kann konnte hat hatte "
    "haben wann wie was wo bitte nächster nächste nächsten naechster außerdem ausserdem "
    "auch und aber leider ja nein dann da alles am beim bis "
    "i we you it the my our thanks thank please also see kind best regards and but "
    "can could is was"
)
_SENTENCE_OPENERS = frozenset(_OPENER_WORDS.split())
_WORD_BEFORE = re.compile(r"([\w.]*\w)$")
_FULL_DATE_BEFORE = re.compile(rf"{_D}\.\s?{_D}{{1,2}}\.$|{_D}{{4}}\.$")
_CLAUSE_SPLIT = re.compile(
    r";|\s[–—-]\s|,(?!\s*[0-9])|\s(?=(?:aber|jedoch|allerdings|sondern|but|however)\b)",
    re.IGNORECASE,
)


_KINDS = ("numeric", "dmy", "mdy", "slashed", "iso", "relative", "weekday")

# --- the rule -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Found:
    day: date
    start: int  # offset of the expression in the own text
    ambiguous: bool


def extract_dates(
    text: str, *, mail_date: datetime, timezone: str = "Europe/Berlin"
) -> tuple[DateMention, ...]:
    """Every day the patient names as the day a treatment took place.

    Practice rule: a day counts when the patient's own words name it and nothing around
    it points elsewhere (future, cancellation, birth, prescription, quoted mail). Years
    and relative words are resolved from the mail's date in the practice's time zone: the
    nearest such day, which must not lie after the mail (one day of grace, else it is a
    future date and ignored) nor more than a year before it.
    A day that cannot be pinned down for sure (a range, "oder", a weekday that does not
    fit the date, a question, a future tense, 4/6 in English)
    is returned with ``ambiguous=True``; "nächste Woche" or "neulich" return nothing.
    Mentions are sorted by day, one per day: its first sentence, and ambiguous only if
    every mention of that day is (the sentence is then the first unambiguous one).
    """
    if mail_date.tzinfo is None or mail_date.utcoffset() is None:
        raise ValueError("mail_date must be timezone-aware")
    today = _local_date(mail_date, timezone)
    own = _own_words(text)
    if not own.strip():
        return ()
    reader = _Reader(own, today)
    by_day: dict[date, tuple[bool, int]] = {}
    for found in reader.scan():
        known = by_day.get(found.day)
        if known is None or (known[0] and not found.ambiguous):
            by_day[found.day] = (found.ambiguous, found.start)
    return tuple(
        DateMention(day=day, sentence=reader.sentence_at(start), ambiguous=ambiguous)
        for day, (ambiguous, start) in sorted(by_day.items())
    )


# --- helpers ------------------------------------------------------------------------


@lru_cache(maxsize=16)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _local_date(moment: datetime, timezone: str) -> date:
    try:
        return moment.astimezone(_zone(timezone)).date()
    except (OverflowError, ValueError):  # at the very ends of datetime's range
        return moment.date()


def _own_words(text: str) -> str:
    """The text above the first quote header, without '>' lines (defensive second cut)."""
    header = _QUOTE_HEADER.search(text)
    if header is not None:
        text = text[: header.start()]
    return _QUOTED_LINE.sub("", text)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group())


def _shift(day: date, days: int) -> date | None:
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _one_year_before(day: date) -> date:
    if day.year == 1:
        return date.min
    return _make_date(day.year - 1, day.month, day.day) or date(day.year - 1, day.month, 28)


class _Reader:
    """One pass over one text: sentences, clauses and the grammar's matches."""

    def __init__(self, own: str, today: date) -> None:
        self.own = own
        self.scan_text = _NOT_DATES.sub(_blank, own)
        self.today = today
        self.earliest = _one_year_before(today)
        self.latest = _shift(today, GRACE.days) or date.max
        self.sentence_starts = self._sentence_starts()

    # sentences -----------------------------------------------------------------------

    def _sentence_starts(self) -> list[int]:
        starts = [0]
        text = self.own
        for end in _CANDIDATE_END.finditer(text):
            mark = end.group()
            if mark.startswith(".") and mark == "." and not self._ends_sentence(end.start()):
                continue
            starts.append(end.end())
        return starts

    def _ends_sentence(self, dot: int) -> bool:
        """Whether a "." ends a sentence (not an abbreviation, ordinal or inner date dot)."""
        text = self.own
        after = text[dot + 1 : dot + 30]
        following = after.lstrip()
        next_word = following.split(maxsplit=1)[0].rstrip(".,:!?") if following else ""
        capital_next = next_word[:1].isupper()
        if _FULL_DATE_BEFORE.search(text[max(0, dot - 20) : dot + 1]):
            # "am 6.4. Termin gehabt" goes on (German nouns are capitalised); a new line or
            # a word that usually opens a sentence starts a new one.
            return capital_next and (
                "\n" in after[: len(after) - len(following)]
                or next_word.lower() in _SENTENCE_OPENERS
            )
        word_match = _WORD_BEFORE.search(text[max(0, dot - 20) : dot])
        if word_match is None:
            return False
        word = word_match.group(1).lower()
        if word[-1].isdigit() or word in _ABBREVIATIONS:
            return False
        if word in _MONTHS or word in _WEEKDAYS_ANY:  # "6. Apr. 2026" vs "am 6. April. Danke"
            return capital_next
        return True

    def _sentence_bounds(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.sentence_starts, offset) - 1
        start = self.sentence_starts[index]
        end = (
            self.sentence_starts[index + 1]
            if index + 1 < len(self.sentence_starts)
            else len(self.own)
        )
        return start, end

    def sentence_at(self, offset: int) -> str:
        start, end = self._sentence_bounds(offset)
        return " ".join(self.own[start:end].split())

    def _clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause of the sentence holding [start, end): the scope of context words."""
        s_start, s_end = self._sentence_bounds(start)
        sentence = self.scan_text[s_start:s_end]
        left, right = 0, len(sentence)
        for cut in _CLAUSE_SPLIT.finditer(sentence):
            if cut.end() <= start - s_start:
                left = cut.end()
            elif cut.start() >= end - s_start:
                right = cut.start()
                break
        return s_start + left, s_start + right

    # the scan ------------------------------------------------------------------------

    def scan(self) -> Iterator[_Found]:
        for match in _GRAMMAR.finditer(self.scan_text):
            yield from self._read(match)

    def _read(self, match: re.Match[str]) -> Iterator[_Found]:
        kind = next(k for k in _KINDS if match.group(k) is not None)
        start, end = match.span()
        text = self.scan_text
        clause_start, clause_end = self._clause(start, end)
        if _BEFORE_NOT_TREATMENT.search(
            text[max(clause_start, start - 60) : start]
        ) or _AFTER_NOT_TREATMENT.search(text[end : end + 40]):
            return
        clause = text[clause_start:clause_end]
        if _CLAUSE_NOT_TREATMENT.search(clause):
            return
        sentence_start, sentence_end = self._sentence_bounds(start)
        doubtful = bool(_CLAUSE_FUTURE.search(clause)) or text[
            sentence_start:sentence_end
        ].rstrip().endswith("?")
        if kind in ("relative", "weekday"):
            if doubtful or not _TREATMENT_WORDS.search(text[sentence_start:sentence_end]):
                return
            day = self._relative(match) if kind == "relative" else self._weekday(match)
            if day is not None and self.earliest <= day <= self.latest:
                yield _Found(day, start, ambiguous=False)
            return
        if kind == "numeric":
            found = self._numeric(match)
        elif kind == "slashed":
            found = self._slashed(match.group("slashed"))
        elif kind == "iso":
            iso = match.group("iso")
            found = [self._resolve(int(iso[8:10]), int(iso[5:7]), int(iso[:4]), ambiguous=False)]
        else:
            found = self._named(match, kind == "mdy")
        lead = match.group("lead")
        for index, (day, ambiguous) in enumerate(found):
            if day is None:
                continue
            mismatch = index == 0 and lead is not None and _lead_weekday(lead) != day.weekday()
            yield _Found(day, start, ambiguous=ambiguous or doubtful or mismatch)

    # kinds ---------------------------------------------------------------------------

    def _numeric(self, match: re.Match[str]) -> list[tuple[date | None, bool]]:
        group_text = match.group("numeric")
        group_start = match.start("numeric")
        elements = list(_NUMERIC_ELEMENT.finditer(group_text))
        last = elements[-1]
        if not group_text.endswith(".") and last.group("y") is None and last.group("y2") is None:
            # "6.4" without its final dot: a date only where it cannot be a time or decimal
            before = self.scan_text[max(0, group_start - 25) : group_start]
            after = self.scan_text[match.end() : match.end() + 12]
            if not (
                len(elements) > 1
                or match.group("lead")
                or _DOTLESS_INTRO.search(before)
                or _DOTLESS_OUTRO.search(after)
            ):
                return []
        parts: list[tuple[int, int | None, int | None]] = []
        for element in elements:
            month = element.group("m")
            year = element.group("y") or (
                "20" + element.group("y2") if element.group("y2") else None
            )
            parts.append(
                (
                    int(element.group("d")),
                    int(month) if month else None,
                    int(year) if year else None,
                )
            )
        links = [group_text[a.end() : b.start()] for a, b in pairwise(elements)]
        return self._resolve_group(parts, links)

    def _named(self, match: re.Match[str], month_first: bool) -> list[tuple[date | None, bool]]:
        group_text = match.group("mdy" if month_first else "dmy")
        month_match = _MONTH_WORD.search(group_text)
        if month_match is None:  # pragma: no cover - the grammar guarantees a month
            return []
        month = _MONTHS[month_match.group().lower().rstrip(".")]
        if month_first:
            days_text, tail = group_text[month_match.end() :], ""
        else:
            days_text, tail = group_text[: month_match.start()], group_text[month_match.end() :]
        year_match = _YEAR.search(tail if not month_first else days_text)
        year = int(year_match.group()) if year_match else None
        if month_first and year_match:
            days_text = days_text[: year_match.start()]
        numbers = list(_DAY_NUMBER.finditer(days_text))
        parts: list[tuple[int, int | None, int | None]] = [
            (int(n.group()), month, year) for n in numbers
        ]
        links = [days_text[a.end() : b.start()] for a, b in pairwise(numbers)]
        return self._resolve_group(parts, links)

    def _slashed(self, token: str) -> list[tuple[date | None, bool]]:
        pieces = token.split("/")
        first, second = int(pieces[0]), int(pieces[1])
        year = None
        if len(pieces) == 3:
            year = int(pieces[2]) + (2000 if len(pieces[2]) == 2 else 0)
        if first > 12 or first == second:  # day first (or it does not matter)
            return [self._resolve(first, second, year, ambiguous=False)]
        if second > 12:  # month first, English style
            return [self._resolve(second, first, year, ambiguous=False)]
        # 4/6: April 6 or 6 April? Both readings, both ambiguous: staff decide.
        return [
            self._resolve(first, second, year, ambiguous=True),
            self._resolve(second, first, year, ambiguous=True),
        ]

    def _resolve_group(
        self, parts: list[tuple[int, int | None, int | None]], links: list[str]
    ) -> list[tuple[date | None, bool]]:
        """Fill day-only elements from the next element with a month, then resolve each."""
        filled: list[tuple[int, int, int | None]] = []
        month: int | None = None
        year: int | None = None
        for day, part_month, part_year in reversed(parts):
            if part_month is not None:
                month, year = part_month, part_year
            elif part_year is None and month is None:
                return []
            filled.append((day, part_month or month or 0, part_year or year))
        filled.reverse()
        uncertain = [False] * len(filled)
        for index, link in enumerate(links):
            if _RANGE_BETWEEN.search(link):
                # "vom 6. bis 8.4.": treatments are weekly, so a range most likely means
                # "somewhere between"; return both ends as ambiguous, invent nothing between.
                uncertain[index] = uncertain[index + 1] = True
                first_day, first_month, first_year = filled[index]
                if parts[index][1] is None and first_day > filled[index + 1][0]:
                    # "vom 30. bis 2.4.": the start lies in the month before
                    first_month = 12 if first_month == 1 else first_month - 1
                    filled[index] = (first_day, first_month, first_year)
            elif _OR_BETWEEN.search(link):
                uncertain[index] = uncertain[index + 1] = True
        return [
            self._resolve(day, month_, year_, ambiguous=doubt)
            for (day, month_, year_), doubt in zip(filled, uncertain, strict=True)
        ]

    def _resolve(
        self, day: int, month: int, year: int | None, *, ambiguous: bool
    ) -> tuple[date | None, bool]:
        """A day and month (and maybe year) to a date within the accepted window."""
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None, ambiguous
        if year is not None:
            named = _make_date(year, month, day) if 1 <= year <= 9999 else None
            if named is not None and self.earliest <= named <= self.latest:
                return named, ambiguous
            if abs(year - self.today.year) == 1:
                # the old year typed in early January, or the new one in late December
                guess = self._without_year(day, month)
                if guess is not None and self.today - guess <= timedelta(days=31):
                    return guess, True
            return None, ambiguous
        return self._without_year(day, month), ambiguous

    def _without_year(self, day: int, month: int) -> date | None:
        """The occurrence of this day and month nearest the mail, if it is not in the future.

        "am 10.4." in a mail of 7 April is the coming 10 April (not a treatment date),
        not last year's; "30.12." in a mail of 2 January is three days back.
        """
        nearest: date | None = None
        for year in (self.today.year - 1, self.today.year, self.today.year + 1):
            candidate = _make_date(year, month, day) if 1 <= year <= 9999 else None
            if candidate is not None and (
                nearest is None or abs(candidate - self.today) < abs(nearest - self.today)
            ):
                nearest = candidate
        if nearest is None or not self.earliest <= nearest <= self.latest:
            return None
        return nearest

    def _relative(self, match: re.Match[str]) -> date | None:
        word = match.group("relative").lower()
        if "before" in word or word.startswith("vorgestern"):
            return _shift(self.today, -2)
        if word.startswith(("gestern", "gestrig", "yesterday")):
            return _shift(self.today, -1)
        return self.today

    def _weekday(self, match: re.Match[str]) -> date | None:
        weekday = _WEEKDAYS_FULL[match.group("wday").lower()]
        week_word = (match.group("wweek") or match.group("wafter") or "").lower()
        if week_word:
            if week_word.startswith(("nächst", "naechst", "kommend", "next", "übernächst")):
                return None
            monday = _shift(self.today, -self.today.weekday())
            if monday is None:
                return None
            if week_word.startswith(("letzt", "vergangen", "vorig", "last", "past")):
                return _shift(monday, weekday - 7)
            return _shift(monday, weekday)
        back = (self.today.weekday() - weekday) % 7
        word = (match.group("wword") or "").lower()
        if back == 0 and word.startswith(("letzt", "vergangen", "vorig", "last", "past")):
            back = 7  # "letzten Montag", written on a Monday: a week ago
        return _shift(self.today, -back)


def _lead_weekday(lead: str) -> int:
    return _WEEKDAYS_ANY[lead.lower().rstrip(".")]
