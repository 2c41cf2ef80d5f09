"""Words and signs that open or end a sentence in patients' mail: shared by the sentence
splitter (rules/classify.py) and the date reader (rules/dates.py)."""

from __future__ import annotations

__all__ = [
    "BACK_TO_THE_DAYS",
    "DAY_CLAUSE",
    "EMOJI",
    "SENTENCE_OPENERS",
    "WRAPPED_LINE",
    "goes_on",
]

_OPENER_WORDS = (  # words that usually open a German or English sentence
    "ich wir sie es er das der die den dem des ein eine mein meine meinen unser unsere "
    "danke vielen viele besten beste liebe lieben herzliche herzlichen freundliche mit "
    "gruß grüße gruss gruesse lg vg mfg können könnten koennen kann konnte hat hatte "
    "haben wann wie was wo bitte nächster nächste nächsten naechster außerdem ausserdem "
    "auch und aber leider ja nein dann da alles am beim bis "
    "i we you it the my our thanks thank please also see kind best regards and but "
    "can could is was brauche muss müssen darf soll sollte "
    # a verb or adverb in first place after a date: "Bestätige 24.6. Lief diesmal nur ..."
    "war waren lief liefen ging klappte fand ist sind bin wurde habe hab heute gestern "
    # a question or wish in first place: "Bestätige 14.10 und 21.10. Geht nächste Woche ...?"
    "geht gibt passt wäre waere würde wuerde würden wuerden hätte haette wird werde wollte "
    "möchte moechte möchten moechten könnte koennte warum wieso weshalb welche welcher wer"
)
SENTENCE_OPENERS = frozenset(_OPENER_WORDS.split())
# A year's full stop ends a sentence ("vom 1. Oktober 2026. Ihre Bitten ..."), except
# before a word that goes on about the days just named ("06.10.2026. Beide haben
# stattgefunden.").
BACK_TO_THE_DAYS = frozenset({"beide", "alle", "die", "diese", "sie", "both", "all", "they"})
# A day that opens a clause of its own, its verb and subject beside it: after a date's full
# stop it starts a new sentence ("Ich bestätige die Behandlung vom 05.03. Montag hab ich
# verpennt", "... vom 05.03. Letzten Montag hab ich verpennt", "termin 16.06. Termin 9.06
# ich war nicht da": the second day is no day the first sentence confirms; found by the
# composition matrix and probing, session 13, where Monday was billed). Only with a day of
# its own: "am 6.4. Termin hatte ich nicht" stays one sentence, so that its day is never
# left alone. As written, case and all.
_WEEKDAY = (
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday|Saturday|Sunday)"
)
_PREFIX = (
    r"(?:Letzten|Letzter|Vorigen|Vergangenen|Den|Der|Am|Termin|Behandlung|Sitzung|Last|On"
    r"|The)[ \t]+"
)
# a date's number only after a word of its own ("am 27. 5. war die Behandlung" goes on)
_DAY = rf"(?:(?:{_PREFIX})?{_WEEKDAY}|{_PREFIX}[0-9]{{1,2}}\.(?:[0-9]{{1,2}}\.?(?:[0-9]{{2,4}})?)?)"
_FINITE = (
    r"(?:hab|habe|hatte|hatten|war|waren|bin|konnte|konnten|musste|mussten|ging|kam|hat|ist"
    r"|wurde|fiel|fand|lief|klappte|was|did|had|I|we)"
)
_SUBJECT = r"(?:ich|wir|es|er|sie|man|der|die|das|I|we|it|not|have|had)"
DAY_CLAUSE = rf"{_DAY}[ \t]+(?:{_FINITE}[ \t]+{_SUBJECT}|(?:ich|wir)[ \t]+{_FINITE})\b"
# A pictograph ends a sentence before a capital ("den 8.4. 🙂 Am 1.4. war ...").
EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf]"
# Mail programs wrap at 72-78 characters: a line this long goes on in the next; a shorter
# line ended where the writer pressed Enter, and so does its sentence.
WRAPPED_LINE = 60
# A line that ends in one of these words goes on in the next however short it is: no
# sentence ends in "mit", "und" or "der" ("... habe ich mit\nIhrem Therapeuten telefoniert").
_GOES_ON_WORDS = (
    "mit und oder sowie aber der die das den dem des ein eine einen einem am im an auf aus "
    "bei für fuer von vom zu zum zur nach über ueber unter and or the a an of with to for at "
    "on in my"
)
_GOES_ON = frozenset(_GOES_ON_WORDS.split())


def goes_on(line: str) -> bool:
    """Whether a line ends mid-sentence, in a word no sentence ends with."""
    words = line.rstrip().rsplit(maxsplit=1)
    return bool(words) and words[-1].lower() in _GOES_ON
