"""The words German and English patients use for days: a lexicon for rules/dates.py.

Month and weekday names come from Babel's CLDR data, plus the spellings patients type
(without umlauts, "Mrz", "Feber"). Beside them: words that name a day by themselves
("gestern"), ordinal words ("dritten", "twenty-first"), counted weeks ("vor zwei Wochen"),
Roman-numeral months ("3.IV."), calendar-week words ("KW 12"), holiday names with the
rule that puts them in a given year, and the small function words that tell an English
writer from a German one (for "3/4": 3 April in German, March 4 in American English).

Only data and small pure helpers live here; the grammar that uses them is rules/dates.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from datetime import date, timedelta

from babel.dates import get_day_names, get_month_names
from dateutil.easter import easter

from rules import dialect

# --- names (CLDR data via Babel, plus the spellings patients actually type) ----------


def spellings(word: str) -> set[str]:
    """The lower-case forms a patient may type for one name: with and without umlauts."""
    word = word.lower().rstrip(".")
    forms = {word}
    for umlaut, ascii_pair in (("ä", ("ae", "a")), ("ö", ("oe", "o")), ("ü", ("ue", "u"))):
        if umlaut in word:
            forms |= {word.replace(umlaut, plain) for plain in ascii_pair}
    return forms


def name_table(kind: str) -> dict[str, int]:
    getter = get_month_names if kind == "month" else get_day_names
    table: dict[str, int] = {}
    for locale in ("de", "de_AT", "en"):
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in getter(width, context, locale=locale).items():
                    for form in spellings(name):
                        table[form] = int(number)
    return table


# Patients who write German as a second language name months in their own language too
# ("13 maggio", "12 mart", "3 marca"): the full names only (the short ones, "mag", "set",
# "mar", are German or English words). Letters without their marks as typed on a German
# keyboard ("subat", "wrzesnia").
_FOREIGN_MONTHS = {
    form: int(number)
    for locale in ("it", "es", "fr", "pt", "tr", "pl", "ro", "hr")
    for context in ("format", "stand-alone")
    for number, name in get_month_names("wide", context, locale=locale).items()
    for written in (name.replace("ı", "i"),)  # (Turkish dotless i)
    for plain in (
        written,
        unicodedata.normalize("NFKD", written).encode("ascii", "ignore").decode(),
    )
    for form in spellings(plain)
    if len(form) > 3
}
MONTHS = _FOREIGN_MONTHS | name_table("month") | {"mrz": 3, "sept": 9, "feber": 2}
WEEKDAYS_FULL = {name: day for name, day in name_table("day").items() if len(name) > 4} | {
    "sonnabend": 5
}
WEEKDAYS_ANY = name_table("day") | WEEKDAYS_FULL | {"tues": 1, "thur": 3, "thurs": 3}


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words as a prefix tree: each position is tried against a few
    first letters instead of every word (about five times faster in CPython's re)."""
    tree: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        branches = [re.escape(char) + render(child) for char, child in node.items() if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(tree)


# Words that name a day by themselves (or start a date: month names), found in one pass;
# "today" in dialect too ("heid", "hüüt": rules/dialect.py).
RELATIVE_WORDS = dict.fromkeys(dialect.TODAY, 0) | {
    "heute": 0, "heut": 0, "today": 0, "tonight": 0, "morning": 0,
    "gestern": -1, "gesten": -1, "yesterday": -1, "last night": -1, "vorgestern": -2,
} | {f"heutige{end}": 0 for end in ("", "n", "r", "m", "s")} | {
    f"gestrige{end}": -1 for end in ("", "n", "r", "m", "s")
}  # fmt: skip
# Ordinal words ("am dritten April", "zwölften", "the third of May") are read as the digits
# they stand for: the scan text gets "3." padded to the word's length, so every offset
# stays that of the patient's text and the digit grammar reads the rest.
ORDINAL_STEMS = {
    "erst": 1, "zweit": 2, "dritt": 3, "viert": 4, "fünft": 5, "sechst": 6, "siebt": 7,
    "siebent": 7, "acht": 8, "neunt": 9, "zehnt": 10, "elft": 11, "zwölft": 12,
    "dreizehnt": 13, "vierzehnt": 14, "fünfzehnt": 15, "sechzehnt": 16, "siebzehnt": 17,
    "achtzehnt": 18, "neunzehnt": 19, "zwanzigst": 20, "dreißigst": 30,
}  # fmt: skip
ORDINAL_UNITS = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6,
                  "sieben": 7, "acht": 8, "neun": 9}  # fmt: skip
ORDINALS_EN = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip


def ordinal_words() -> dict[str, int]:
    stems = dict(ORDINAL_STEMS)
    for unit, value in ORDINAL_UNITS.items():
        stems[f"{unit}undzwanzigst"] = 20 + value
    stems["einunddreißigst"] = 31
    words: dict[str, int] = {}
    for stem, value in stems.items():
        for ending in ("e", "en", "er", "em", "es"):
            for form in spellings(stem + ending):
                words[form] = value
                words[form.replace("ß", "ss")] = value
    words.update(ORDINALS_EN)
    for tens, base in (("twenty", 20), ("thirty", 30)):
        for unit, value in (("first", 1), ("second", 2), ("third", 3), ("fourth", 4),
                            ("fifth", 5), ("sixth", 6), ("seventh", 7), ("eighth", 8),
                            ("ninth", 9)):  # fmt: skip
            if base + value <= 31:  # "twenty-sixth", "twentysixth", "twenty sixth"
                for joint in ("-", "", " "):
                    words[f"{tens}{joint}{unit}"] = base + value
    return words


ORDINAL_WORDS = ordinal_words()

# "vor einer Woche", "two weeks ago": how many weeks back.
WEEK_COUNTS = {"einer": 1, "eine": 1, "a": 1, "one": 1, "zwei": 2, "two": 2, "drei": 3,
               "three": 3, "vier": 4, "four": 4}  # fmt: skip

# "3.IV.", "3. IV. 2026": months in Roman numerals (lower-case: the grammar reads the
# lower-cased text), longest first so that "iii" is not read as "ii".
# How many sessions a word counts: "beide Termine", "alle drei", "die letzten zwei".
COUNT_WORDS = {"beide": 2, "beiden": 2, "both": 2, "zwei": 2, "two": 2, "drei": 3, "three": 3,
               "vier": 4, "four": 4, "fuenf": 5, "fünf": 5, "five": 5, "sechs": 6, "six": 6,
               "sieben": 7, "acht": 8, "neun": 9, "zehn": 10}  # fmt: skip


# The words that except days from the ones confirmed ("alle außer dem 18.", "bis auf den
# 17.", "mit Ausnahme vom 19.02.", "all except the 3rd"), for lower-cased or folded text;
# every rule that reads an exception takes them from here (a missing "mit Ausnahme" in one
# of them billed the day excepted, blind GC gc07).
EXCEPTING = (
    r"(?:bis\s+auf|au(?:ß|ss)er|ausgenommen|abgesehen\s+vo[nm]|mit\s+ausnahme(?:\s+vo[nm])?"
    r"|except(?:ing)?|excluding|apart\s+from)"
)


# A session named by its place among the days just listed, for folded text: "der zweite
# ist ausgefallen", "den letzten hatte ich abgesagt", "the second one I missed" (-1: the
# last). Not a place among weeks or months ("die zweite Woche"), nor several places ("die
# ersten beiden").
# 0: the middle one ("der mittlere", of an odd number of days).
POSITIONS = {"erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fuenfte": 5, "letzte": -1,
             "mittlere": 0, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
             "last": -1, "middle": 0}  # fmt: skip
POSITION = (
    r"\b(?:der|den|dem|die|the|beim|am)\s+(?P<position>" + "|".join(POSITIONS) + r")[nrms]?\b"
    r"(?:\s+(?:termin|one|session|appointment|behandlung|sitzung|stunde|einheit|davon"
    r"|of\s+them|montag|dienstag|mittwoch|donnerstag|freitag|samstag|monday|tuesday"
    r"|wednesday|thursday|friday))?"
    r"(?=\s+(?:ist|war|hat|hatte|habe|hab|fand|fiel|musste|wurde|konnte|bin|haben|hatten|waren"
    r"|sind|fanden|fielen|is|was|did|had|i|ich"
    r"|nicht|not|leider|aber|dagegen|jedoch|allerdings|unfortunately|but)\b|\s*[,.;:!?)–—-]"
    r"|\s*$)"
)

# Several sessions named by their places at one end of the days just listed: "die ersten
# zwei", "die letzten beiden", "the last two" (not "die letzten zwei Wochen").
POSITION_RUN = (
    r"\b(?:die|den|the)\s+(?P<run>ersten|letzten|first|last)\s+(?P<run_count>zwei|beiden|drei"
    r"|vier|two|three|four|[2-4])\b(?!\s*(?:wochen|weeks|monate\w*|months|tage\w*|days|jahre\w*"
    r"|years)\b)"
)


def places_of_a_run(run: str, count: int) -> tuple[int, ...]:
    """The places a run names (1 = the first, -1 = the last): "die ersten zwei" -> (1, 2),
    "the last two" -> (-2, -1)."""
    return tuple(range(1, count + 1)) if run in ("ersten", "first") else tuple(range(-count, 0))


# A session named by its place and denied in the same clause: "der zweite ist
# ausgefallen", "den letzten hatte ich abgesagt" (not "den letzten hatte ich auch, aber
# das Datum weiß ich nicht mehr").
POSITION_DENIED = (
    rf"{POSITION}(?:(?!,\s*(?:aber|but|jedoch|however)\b)[^.!?;]){{0,40}}?"
    r"\b(?:nicht|nich|kein\w*|ausgefallen|abgesagt|verpasst|storniert|verschoben|abgebrochen"
    r"|krank|not|cancel\w*|missed|didn'?t)"
)


def count_of(word: str) -> int:
    """The number a count word or digits stand for ("drei", "3")."""
    return int(word) if word.isdigit() else COUNT_WORDS[word]


ROMAN_MONTHS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8,
                "ix": 9, "x": 10, "xi": 11, "xii": 12}  # fmt: skip
ROMAN = "(?:" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")"

# "KW 12", "KW12", "12. KW", "Kalenderwoche 12", "calendar week 12", "week 12".
WEEK_OF_YEAR_WORDS = ("kw", "kalenderwoche", "kalenderw", "calendar week", "cw", "week")

# --- holidays -------------------------------------------------------------------------
# Each name with the rule that gives its day in a year. Easter comes from dateutil
# (Gregorian computus, 0.7 microseconds a year; the `holidays` package takes 0.7 ms per
# country-year and knows only public holidays, not Heiligabend, Silvester or Ostersonntag).
# Names that stand for several days ("Ostern", "Weihnachten", "Pfingsten") are left out:
# they name no single day.

Rule = Callable[[int], date]


def _fixed(month: int, day: int) -> Rule:
    return lambda year: date(year, month, day)


def _after_easter(days: int) -> Rule:
    return lambda year: easter(year) + timedelta(days=days)


def _repentance_day(year: int) -> date:
    """Buß- und Bettag: the Wednesday before 23 November."""
    nov_22 = date(year, 11, 22)
    return nov_22 - timedelta(days=(nov_22.weekday() - 2) % 7)


_HOLIDAY_RULES: dict[str, Rule] = {
    "neujahr": _fixed(1, 1),
    "neujahrstag": _fixed(1, 1),
    "new year's day": _fixed(1, 1),
    "new years day": _fixed(1, 1),
    "new year’s day": _fixed(1, 1),
    "heilige drei könige": _fixed(1, 6),
    "heilige drei koenige": _fixed(1, 6),
    "heiligen drei königen": _fixed(1, 6),
    "dreikönigstag": _fixed(1, 6),
    "dreikoenigstag": _fixed(1, 6),
    "epiphanias": _fixed(1, 6),
    "weiberfastnacht": _after_easter(-52),
    "altweiberfastnacht": _after_easter(-52),
    "fettdonnerstag": _after_easter(-52),
    "rosenmontag": _after_easter(-48),
    "faschingsdienstag": _after_easter(-47),
    "fastnachtsdienstag": _after_easter(-47),
    "veilchendienstag": _after_easter(-47),
    "aschermittwoch": _after_easter(-46),
    "ash wednesday": _after_easter(-46),
    "valentinstag": _fixed(2, 14),
    "valentine's day": _fixed(2, 14),
    "frauentag": _fixed(3, 8),
    "weltfrauentag": _fixed(3, 8),
    "gründonnerstag": _after_easter(-3),
    "gruendonnerstag": _after_easter(-3),
    "karfreitag": _after_easter(-2),
    "good friday": _after_easter(-2),
    "karsamstag": _after_easter(-1),
    "ostersonntag": _after_easter(0),
    "easter sunday": _after_easter(0),
    "ostermontag": _after_easter(1),
    "easter monday": _after_easter(1),
    "tag der arbeit": _fixed(5, 1),
    "christi himmelfahrt": _after_easter(39),
    "himmelfahrt": _after_easter(39),
    "himmelfahrtstag": _after_easter(39),
    "vatertag": _after_easter(39),
    "ascension day": _after_easter(39),
    "pfingstsonntag": _after_easter(49),
    "pfingstmontag": _after_easter(50),
    "whit monday": _after_easter(50),
    "fronleichnam": _after_easter(60),
    "corpus christi": _after_easter(60),
    "mariä himmelfahrt": _fixed(8, 15),
    "mariae himmelfahrt": _fixed(8, 15),
    "maria himmelfahrt": _fixed(8, 15),
    "weltkindertag": _fixed(9, 20),
    "tag der deutschen einheit": _fixed(10, 3),
    "reformationstag": _fixed(10, 31),
    "halloween": _fixed(10, 31),
    "allerheiligen": _fixed(11, 1),
    "allerseelen": _fixed(11, 2),
    "martinstag": _fixed(11, 11),
    "sankt martin": _fixed(11, 11),
    "st. martin": _fixed(11, 11),
    "nikolaustag": _fixed(12, 6),
    "all saints' day": _fixed(11, 1),
    "all saints day": _fixed(11, 1),
    "buß- und bettag": _repentance_day,
    "buss- und bettag": _repentance_day,
    "buß und bettag": _repentance_day,
    "buss und bettag": _repentance_day,
    "bußtag": _repentance_day,
    "busstag": _repentance_day,
    "heiligabend": _fixed(12, 24),
    "heilig abend": _fixed(12, 24),
    "heiligen abend": _fixed(12, 24),
    "heiliger abend": _fixed(12, 24),
    "heiligabends": _fixed(12, 24),
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "st. stephen's day": _fixed(12, 26),
    "stefanitag": _fixed(12, 26),
    "silvester": _fixed(12, 31),
    "sylvester": _fixed(12, 31),
    "silvesterabend": _fixed(12, 31),
    "silvestertag": _fixed(12, 31),
    "sylvestertag": _fixed(12, 31),
    "new year's eve": _fixed(12, 31),
    "new years eve": _fixed(12, 31),
    "new year’s eve": _fixed(12, 31),
}


def holiday_names() -> dict[str, Rule]:
    """Every spelling of every holiday name (ß/ss, umlauts written out or left off)."""
    table: dict[str, Rule] = {}
    for name, rule in _HOLIDAY_RULES.items():
        for form in spellings(name):
            table[form] = rule
            table[form.replace("ß", "ss")] = rule
    return table


HOLIDAYS = holiday_names()
# Feasts of several days, a day only as the point a weekday is counted from: "Mittwoch vor
# Ostern", "Dienstag nach Pfingsten" (Easter and Whit Sunday).
FEASTS = {
    "ostern": _after_easter(0),
    "easter": _after_easter(0),
    "pfingsten": _after_easter(49),
    "pentecost": _after_easter(49),
    "whitsun": _after_easter(49),
}


def christmas_day(number: int) -> Rule:
    """The 1st (25 Dec) or 2nd (26 Dec) Weihnachtstag: "1. Weihnachtstag", "ersten
    Weihnachtsfeiertag" (ordinal words are digits by the time the grammar reads them);
    "zweiter Feiertag" alone is not enough, the word must say Christmas."""
    return _fixed(12, 24 + number)


# --- English or German writer ---------------------------------------------------------
# Function words only one of the two languages uses; a text with more English ones is
# read as written by an English writer (month/day order possible in "4/7").


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ENGLISH_MARKERS = _words(
    "the i my we was were is are had has have took place session appointment on of and "
    "thank thanks you it this that yesterday today call treatment confirm confirmed "
    "attended great fine good please"
)
GERMAN_MARKERS = _words(
    "ich die der das den dem ein eine mein meine war hat habe hatte ist und am vom mit "
    "termin behandlung sitzung danke vielen gestern heute bestätige bestätigt "
    "stattgefunden teilgenommen gut hallo grüße gruß"
)


# A week named by a day or its number: "in der Woche ab dem 16. Februar", "die Woche vom
# 3.3.", "KW 8", "week of the 16th": a weekday named by itself after it may be that week's
WEEK_OF_A_DAY = re.compile(
    r"\b(?:woche|week)\s+(?:ab|vom|von|nach|seit|of|from|starting)\s+(?:dem\s+|the\s+)?\d"
    r"|\bkw\s*\d|\bkalenderwoche\b|\bcalendar\s+week\b"
)
