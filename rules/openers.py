"""Words and signs that open or end a sentence in patients' mail: shared by the sentence
splitter (rules/classify.py) and the date reader (rules/dates.py)."""

from __future__ import annotations

__all__ = ["EMOJI", "SENTENCE_OPENERS", "WRAPPED_LINE"]

_OPENER_WORDS = (  # words that usually open a German or English sentence
    "ich wir sie es er das der die den dem des ein eine mein meine meinen unser unsere "
    "danke vielen viele besten beste liebe lieben herzliche herzlichen freundliche mit "
    "gruß grüße gruss gruesse lg vg mfg können könnten koennen kann konnte hat hatte "
    "haben wann wie was wo bitte nächster nächste nächsten naechster außerdem ausserdem "
    "auch und aber leider ja nein dann da alles am beim bis "
    "i we you it the my our thanks thank please also see kind best regards and but "
    "can could is was brauche muss müssen darf soll sollte"
)
SENTENCE_OPENERS = frozenset(_OPENER_WORDS.split())
# A pictograph ends a sentence before a capital ("den 8.4. 🙂 Am 1.4. war ...").
EMOJI = "[\U0001f300-\U0001faff\u2600-\u27bf]"
# Mail programs wrap at 72-78 characters: a line this long goes on in the next; a shorter
# line ended where the writer pressed Enter, and so does its sentence.
WRAPPED_LINE = 60
