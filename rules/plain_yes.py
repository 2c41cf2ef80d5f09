"""Plain yeses: a lexicon of the words patients use to say a treatment took place, and a
clause reader that decides from the classes of those words (issue 17).

Patients say "yes, it took place" in endless short forms: "die Behandlung am 6.2. war.",
"10.11 ✅", "Beide OK", "Bestätigt: 24.09. / 01.10.", "29.09., 06.10. und 13.10. – alle
gehabt". Instead of one regular expression per form, a clause is read as a sequence of
tokens of known classes, and a few explicit rules decide:

- DAY: anything the date grammar reads as a day (rules/dates.py `day_spans`: dates, lists,
  weekdays, "gestern", calendar weeks, holidays);
- TREATMENT: the session ("Behandlung", "Termin", "Telefonate", "meine Stunde", "session");
- TOOK_PLACE: a past predicate ("war", "stattgefunden", "gehabt", "teilgenommen", "took
  place", "happened"); CONFIRMED: "bestätigt", "bestätige", "confirmed"; YES: a present
  yes ("ok", "in Ordnung", "passt", "ja", "✅", "👍");
- QUANTIFIER ("alle", "beide", "auch", "zwei"), FILLER (articles, "am", "und", "danke",
  pronouns and auxiliaries of the writer);
- BLOCKER: negation, hedge, future, condition, question, cancellation or illness,
  someone else, another provider, a document, an earlier mail (the kinds are named in
  `BLOCKERS`); and every word the lexicon does not know.

A clause is a yes only when it is understood (no unknown word, no blocker) and one of
`CLAUSE_RULES` holds. A sentence is a yes when one of its clauses is and no other clause
holds a blocker, unless it only denies or calls off a day of its own ("22.9. ja, 29.9.
nein": the date reader leaves that day out, the doubt reader sends the mail to staff);
words it does not know may stand in another clause ("hab die Mails verpennt – 10.6. und
17.6. waren alle"), since rules/doubt.py reads the whole sentence for doubts again. Billing
safety first: what the reader does not understand is not a yes; longer free sentences are
left to the patterns of rules/classify.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from rules import dialect
from rules.date_lexicon import WEEKDAYS_ANY
from rules.dates import day_spans

__all__ = [
    "BLOCKERS",
    "CLAUSE_RULES",
    "MAX_PLAIN_YES",
    "ClauseReading",
    "Word",
    "clauses",
    "has_a_blocker",
    "is_plain_yes",
    "is_yes_clause",
    "read_clause",
    "read_words",
]


class Word(Enum):
    """The class of one token of a clause."""

    DAY = "day"
    TREATMENT = "treatment"
    TOOK_PLACE = "took_place"
    HAD = "had"
    CALLED = "called"
    THERAPIST = "therapist"
    CONFIRMED = "confirmed"
    YES = "yes"
    QUANTIFIER = "quantifier"
    FILLER = "filler"
    NEGATION = "negation"
    BLOCKER = "blocker"
    UNKNOWN = "unknown"


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# --- the lexicon (folded: lower case, ae/oe/ue, ss) -----------------------------------------

# The practice's therapist as the one who acted: "hat Ihre Kollegin pünktlich angerufen",
# "Sie haben mich am 6.4. angerufen" (the capital of the formal "Sie" is folded away, so
# only "Sie haben mich/uns", which no third person says of a session with us).
_THERAPIST_SUBJECTS = (
    *(
        f"{article} {person}"
        for article in ("ihre", "die", "eure")
        for person in ("kollegin", "therapeutin", "physiotherapeutin")
    ),
    *(
        f"{article} {person}"
        for article in ("ihr", "der", "euer")
        for person in ("kollege", "therapeut", "physiotherapeut")
    ),
    "sie haben mich",
    "sie haben uns",
)
# Several words that are one token; matched before single words.
PHRASES: dict[str, Word] = {
    "in ordnung": Word.YES,
    "hiermit wird": Word.FILLER,  # a passive of the present: "Hiermit wird ... bestätigt"
    "hiermit werden": Word.FILLER,
    "alles gut": Word.YES,
    "alles klar": Word.YES,
    "took place": Word.TOOK_PLACE,
    "went ahead": Word.TOOK_PLACE,
    "statt gefunden": Word.TOOK_PLACE,
    "in anspruch genommen": Word.TOOK_PLACE,
    "vielen dank": Word.FILLER,
    "danke schoen": Word.FILLER,
    "guten morgen": Word.FILLER,
    "guten tag": Word.FILLER,
    "bei ihnen": Word.FILLER,
    "bei euch": Word.FILLER,
    "per telefon": Word.TREATMENT,
    "per video": Word.TREATMENT,
    "mit telefon": Word.TREATMENT,
    "mit video": Word.TREATMENT,
    "alle beide": Word.QUANTIFIER,
    # the practice's therapist, addressed formally ("mit Ihrem Therapeuten telefoniert")
    "mit ihrem therapeuten": Word.FILLER,
    "mit ihrer therapeutin": Word.FILLER,
    "mit dem therapeuten": Word.FILLER,
    "mit der therapeutin": Word.FILLER,
    # the session told as what was done in it: "die Übungen gemacht", "telefoniert"
    "die uebungen": Word.TREATMENT,
    "meine uebungen": Word.TREATMENT,
    "am telefon": Word.TREATMENT,
    # the kinds of session by name: "bestätigt: Manuelle Therapie am 02.02. per Telefon"
    "manuelle therapie": Word.TREATMENT,
    "kg am geraet": Word.TREATMENT,
    "krankengymnastik am geraet": Word.TREATMENT,
    # the practice's own wording; "Erhalt des Termins" may be the booking, "Erhalt" alone
    # a document (a blocker)
    **{
        f"erhalt der {service}": Word.TREATMENT
        for service in ("leistung", "leistungen", "behandlung", "behandlungen", "therapie")
    },
    "as well": Word.QUANTIFIER,
    # an exception denies its day: "..., bis auf den 17., da war ich beim Zahnarzt"
    "bis auf": Word.NEGATION,
    "wie geplant": Word.FILLER,
    "wie immer": Word.FILLER,  # "am 8.4. war die Behandlung wie immer um 15 Uhr"
    "wie gewohnt": Word.FILLER,
    "wie ueblich": Word.FILLER,
    "as usual": Word.FILLER,
    # a late answer, no denial: "dass ich den 10.6. nie bestätigt hab, die waren auch alle"
    **dict.fromkeys(
        (
            f"{never} {done}"
            for never in ("nie", "noch nicht", "noch nie", "bisher nicht", "bislang nicht")
            for done in ("bestaetigt", "geantwortet", "zurueckgemeldet", "gemeldet")
        ),
        Word.FILLER,
    ),
    **dict.fromkeys(_THERAPIST_SUBJECTS, Word.THERAPIST),
    "mit mir": Word.FILLER,
    # a late answer: "den 28.7. hatte ich auch, hab das vergessen zu schreiben"
    **dict.fromkeys(
        (
            f"{forgot} zu {write}"
            for forgot in ("vergessen", "versaeumt", "verpennt", "verschwitzt")
            for write in ("schreiben", "bestaetigen", "antworten", "melden")
        ),
        Word.FILLER,
    ),
}
TOOK_PLACE = _words(
    "war waren wars gewesen gemacht wahrgenommen teilgenommen erhalten bekommen erfolgt "
    "absolviert durchgefuehrt erbracht erledigt gelaufen lief liefen geklappt klappte klappt "
    "happened done "
    "completed attended telefoniert geturnt trainiert geuebt"
)
# Having the session: "ich hatte Telefon Behandlung", "Behandlung gehabt" (not "einen
# Termin gehabt": a booking one has, see _had_session).
HAD = _words("gehabt g'habt ghabt hatte hatten had")  # Bavarian "g'habt"
# The therapist called: a session by phone, when the therapist is the one who called.
CALLED = _words("angerufen")
# "stattgefunden" and its typos: "stattgefunde", "statgefunden", "stattgfundn", "stattjefunge"
_TOOK_PLACE_FORM = re.compile(r"sta(?:t+|dt)\s?[gj]?['’]?e?fun\w*")
_CONFIRMED_FORM = re.compile(r"be?st(?:ae?|e)tt?ig(?:e|en|t)?|confirm(?:ed)?")  # "Bestätig ich"
YES = _words(
    "ok okay oki gut passt basst prima super toll klasse bestens ja jawohl jep jap japp jo yes yep "
    "korrekt sicher "  # "16.6 ja sicher" (blind IR ir20)
    "richtig stimmt genau top spitze fine good ✅ ✔ ☑ 👍 👌"
)
QUANTIFIERS = _words(
    "alle alles beide beiden beides auch ebenfalls jeweils zwei drei vier fuenf both all too"
)
# Indefinite articles are not known: "Ich hatte am 6.4. einen Termin gehabt" is a booking.
FILLERS = _words(
    "der die das den dem des am vom im an in zum zur und sowie & + / "
    "ich wir es das habe hab hat haben ist sind wurde wurden hiermit hallo hi "
    "danke dankeschoen dank lg vg mfg gruss gruesse meine mein meinen meiner meinem unsere "
    "unser unseren unserer wieder jeweils so the a on my our i we it is was were has have "
    "and thanks thank you hello dear mit per telefonisch did von frueh vormittag "
    "nachmittag mittag abend also ganz normal puenktlich planmaessig erste ersten letzte "
    "letzten zweite ansonsten"
)
_TREATMENT_FORM = re.compile(
    r"(?:tele|telefon|video|online|physio|behandlungs|therapie|kgg|kg|mt|geraete)?-?"
    r"(?:behandlung|therapie|termin|sitzung|stunde|einheit|telefonat|anruf|gespraech"
    r"|krankengymnastik|physiotherapie|physio|leistung|video|telefon|kg|mt|kgg"
    r"|session|treatment|appointment|therapy|call)(?:en|n|e|s)?"
    r"|(?:geraete|kgg)-?training"  # KGG is "Krankengymnastik am Gerät": "Gerätetraining"
)
_BOOKING = re.compile(r"(?:termin|appointment)")
# The kinds of words that stop a clause from being a plain yes, by name.
BLOCKERS: dict[str, frozenset[str]] = {
    "negation": _words(
        "nicht nich nichts kein keine keinen keiner keinem nie niemals niemand nein no not "
        "never nobody didn't wasn't hasn't haven't hadn't didnt wasnt ausser ausgenommen except "
        + " ".join(dialect.NEGATIONS)
    ),
    "hedge": _words(
        "glaube glaub denke vermutlich wohl vielleicht eventuell evtl eigentlich hoffentlich "
        "angeblich soweit oder bzw nur fast kaum think maybe probably perhaps or only almost meint"
    ),
    "future": _words(
        "morgen uebermorgen naechste naechsten naechster naechstes kommende kommenden werde "
        "wird werden will shall tomorrow next bald spaeter geplant vorgesehen soll sollte "
        "komme kommen freue freuen demnaechst zukuenftig upcoming dabei there i'll we'll"
    ),
    "condition": _words("wenn falls sofern ob if whether unless sobald bevor"),
    "question": _words("? wann warum wieso weshalb wer wo wie when why who what where how"),
    "cancellation": _words(
        "abgesagt absage ausgefallen ausfall storniert stornierung verschoben verlegt krank "
        "absagen abzusagen verschieben verlegen umlegen "
        "erkrankt urlaub ferien verpasst vergessen versaeumt verschlafen cancelled canceled "
        "missed sick ill holiday vacation"
    ),
    "someone else": _words(
        "frau mann tochter sohn kind kinder mutter vater mama papa oma opa schwester bruder "
        "er sie ihr ihre ihren ihrem ihrer sein seine seinen seinem husband wife son daughter "
        "child mother father he she his her"
    ),
    "another provider": _words(
        "ergotherapie ergo logopaedie zahnarzt arzt aerztin praxis klinik krankenhaus "
        "orthopaede orthopaeden osteopath heilpraktiker chiropraktiker dentist doctor "
        "elsewhere hospital"
    ),
    "a document or booking": _words(
        "rechnung link code zugangscode mail email e-mail nachricht formular formulare "
        "unterlagen rezept verordnung einladung erinnerung gebucht vereinbart buchung "
        "anmeldung invoice bill reminder booking booked receipt quittung erhalt"
    ),
    "an earlier mail": _words("bereits schon already previously"),
}
_BLOCKER_KIND = {word: kind for kind, words in BLOCKERS.items() for word in words}
# A weekday written alone ("am Freitag"): with a present yes it may be the coming one.
_WEEKDAY_ONLY_WORDS = frozenset(WEEKDAYS_ANY) | _words("am an on den dem the")


@dataclass(frozen=True, slots=True)
class Token:
    """One word, phrase or day of a clause, and its class."""

    text: str
    word: Word
    weekday_only: bool = False  # a DAY that is a weekday without a date or past word


# --- reading -------------------------------------------------------------------------------

_PHRASE = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in PHRASES) + r")\b")
_TOKEN = re.compile(r"[\w'’]+(?:-[\w'’]+)*|[?✅✔☑👍👌&+/]")  # a dash alone is a bullet
_SIGN_MODIFIERS = re.compile("[\U0001f3fb-\U0001f3ff\ufe0f]")


# A time of day beside the day: "um 15 Uhr", "um 9:30", "gegen halb neun", "at 3 pm".
_TIME_OF_DAY = re.compile(
    r"\b(?:um|gegen|at)\s+(?:\d{1,2}(?:[:.]\d{2})?(?:\s*(?:uhr|h|am|pm)\b)?"
    r"|halb\s+(?:eins|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|\d{1,2}))"
    r"|\b\d{1,2}(?:[:.]\d{2})?\s*uhr\b"
)


def read_words(clause: str) -> tuple[Token, ...]:
    """The tokens of one folded clause, each with its class."""
    clause = _SIGN_MODIFIERS.sub("", clause)
    spans = list(day_spans(clause))
    times = [m.span() for m in _TIME_OF_DAY.finditer(clause) if not _inside(m.start(), spans)]
    spans += times
    spans += [m.span() for m in _PHRASE.finditer(clause) if not _inside(m.start(), spans)]
    tokens: list[tuple[int, Token]] = []
    for start, end in spans:
        text = clause[start:end].strip()
        if (start, end) in times:
            tokens.append((start, Token(text, Word.FILLER)))  # "um 15 Uhr", "at 3 pm"
        elif text in PHRASES:
            tokens.append((start, Token(text, PHRASES[text])))
        elif any(_BLOCKER_KIND.get(word) == "future" for word in text.split()):
            tokens.append((start, Token(text, Word.BLOCKER)))  # "nächste Woche Mittwoch"
        else:
            tokens.append((start, Token(text, Word.DAY, weekday_only=_is_weekday_only(text))))
    tokens.extend(
        (match.start(), Token(match.group(), _word_class(match.group())))
        for match in _TOKEN.finditer(clause)
        if not _inside(match.start(), spans)
    )
    return tuple(token for _, token in sorted(tokens, key=lambda pair: pair[0]))


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


def _is_weekday_only(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+|\d", text)
    return all(w in _WEEKDAY_ONLY_WORDS for w in words)


def _word_class(word: str) -> Word:
    word = word.strip("'’-")
    if word in _BLOCKER_KIND:
        return Word.NEGATION if _BLOCKER_KIND[word] == "negation" else Word.BLOCKER
    if word.endswith(("n't", "n’t")):
        return Word.NEGATION
    if word in TOOK_PLACE or _TOOK_PLACE_FORM.fullmatch(word):
        return Word.TOOK_PLACE
    if word in HAD:
        return Word.HAD
    if word in CALLED:
        return Word.CALLED
    if _CONFIRMED_FORM.fullmatch(word):
        return Word.CONFIRMED
    if word in YES:
        return Word.YES
    if word in QUANTIFIERS:
        return Word.QUANTIFIER
    if word in FILLERS:
        return Word.FILLER
    if _TREATMENT_FORM.fullmatch(word):
        return Word.TREATMENT
    return Word.UNKNOWN


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """What one clause says, by the classes of its words."""

    tokens: tuple[Token, ...]

    def has(self, *words: Word) -> bool:
        return any(token.word in words for token in self.tokens)

    @property
    def understood(self) -> bool:
        """Every word known, none a blocker or negation."""
        return not self.has(Word.UNKNOWN, Word.BLOCKER, Word.NEGATION)

    @property
    def names_what(self) -> bool:
        """It names what took place: a day, the treatment, or all/both of them."""
        return self.has(Word.DAY, Word.TREATMENT, Word.QUANTIFIER)

    @property
    def weekday_only(self) -> bool:
        """A day named only by its weekday, which a present yes may mean as the coming one."""
        return any(token.weekday_only for token in self.tokens)


def _took_place(clause: ClauseReading) -> bool:
    """ "die Behandlung am 6.2. war", "13.10. alle gehabt", "Termin 2 September war"."""
    return clause.has(Word.TOOK_PLACE) and clause.names_what


def _had_session(clause: ClauseReading) -> bool:
    """ "ich habe am 19.02 Behandlung gehabt", "ich hatte Telefon Behandlung", "13.10. alle
    gehabt"; not "Ich hatte am 6.4. Termin": a booking one has may not have taken place."""
    return clause.has(Word.HAD) and (
        clause.has(Word.QUANTIFIER)
        or any(t.word is Word.TREATMENT and not _BOOKING.search(t.text) for t in clause.tokens)
        # "09.02. und 12.02. hatten wir.": the days themselves had, nothing else said
        or (
            clause.has(Word.DAY)
            and not clause.weekday_only
            and all(t.word in (Word.DAY, Word.HAD, Word.FILLER) for t in clause.tokens)
        )
    )


def _confirmed(clause: ClauseReading) -> bool:
    """ "Bestätigt: 24.09. / 01.10.", "12.1.26 und 19.1.26 bestätigt" (not "bestätige den
    Termin am Freitag": that may be the coming Friday)."""
    return (
        clause.has(Word.CONFIRMED)
        and clause.names_what
        # a service received is past: "Hiermit wird der Erhalt der Leistung am Dienstag bestätigt"
        and (not clause.weekday_only or any(t.text.startswith("erhalt ") for t in clause.tokens))
    )


_BARE = frozenset({Word.CONFIRMED, Word.FILLER})


def _is_bare_confirmation(clause: ClauseReading) -> bool:
    """ "Bestätige.", "Ich bestätige hiermit." as the whole sentence (under our request the
    thread names the appointment; "ich bestätige, dass ..." says what in the next clause)."""
    return clause.has(Word.CONFIRMED) and all(t.word in _BARE for t in clause.tokens)


def _said_yes(clause: ClauseReading) -> bool:
    """ "10.11 ✅", "Termin 3.3 ok", "Beide OK", "13.5 und 20.5 in Ordnung": a present yes
    needs the day or all of them (a treatment alone, "Termin ok", acknowledges a booking)."""
    return (
        clause.has(Word.YES) and clause.has(Word.DAY, Word.QUANTIFIER) and not clause.weekday_only
    )


def _therapist_called(clause: ClauseReading) -> bool:
    """ "auch heute am 3. Juni hat Ihre Kollegin pünktlich angerufen", "Sie haben mich am
    6.4. angerufen": the therapist called on that day. Read strictly (see is_plain_yes):
    "hat am 6.4. angerufen, um den Termin zu besprechen" may be no session."""
    return clause.has(Word.THERAPIST) and clause.has(Word.CALLED) and clause.has(Word.DAY)


_ELLIPTIC_ANSWERS = frozenset(
    {("it", "did"), ("yes", "it", "did"), ("ja", "hat", "es"), ("ja", "war"), ("ja", "war", "es")}
)


def _elliptic_answer(clause: ClauseReading) -> bool:
    """ "(Yes,) it did." under our question, "ja war." (it was held)."""
    return tuple(token.text for token in clause.tokens) in _ELLIPTIC_ANSWERS


# The rules, each readable on its own; a clause that is understood is a yes when one holds.
CLAUSE_RULES = (
    _took_place,
    _had_session,
    _confirmed,
    _said_yes,
    _elliptic_answer,
    _therapist_called,
)
# Rules that hold only when every clause of the sentence is understood: a call may have
# been about anything else ("..., um einen neuen Termin auszumachen").
_STRICT_RULES = frozenset({_therapist_called})


@lru_cache(maxsize=1024)
def read_clause(clause: str) -> ClauseReading:
    """The tokens of one folded clause."""
    return ClauseReading(read_words(clause))


def is_yes_clause(clause: ClauseReading) -> bool:
    """An understood clause for which one of CLAUSE_RULES holds."""
    return clause.understood and any(rule(clause) for rule in CLAUSE_RULES)


def _blockers(clause: ClauseReading) -> set[str]:
    """The kinds of the blockers in a clause (negations aside); a day with a future word
    ("nächste Woche Mittwoch") is a future blocker."""
    return {_BLOCKER_KIND.get(t.text, "future") for t in clause.tokens if t.word is Word.BLOCKER}


def _denies_a_day(clause: ClauseReading) -> bool:
    """ "29.9. nein", "19.08 war abgesagt wegen ...": another day of its own denied or
    called off (the date reader leaves that day out, the doubt reader sends it to staff);
    not "den 3.3. hatte ich nicht bestätigt", which speaks of our mail, not the day."""
    return (
        clause.has(Word.DAY)
        and not clause.has(Word.CONFIRMED)
        and (clause.has(Word.NEGATION) or "cancellation" in _blockers(clause))
    )


# A greeting opening the sentence ("Sehr geehrte Damen und Herren, ...") says nothing.
_GREETING = re.compile(
    r"^\s*(?:hallo|hi|hey|moin|servus|gruess\s+gott|guten\s+(?:tag|morgen|abend)|liebe[rs]?"
    r"|sehr\s+geehrte[rs]?|dear|hello|good\s+(?:morning|afternoon|evening))\b[^,;:!]*[,;:!]"
)
# A farewell and a name closing the line: "hi 10.11 war lg leonie", "... gruß klaus
# zimmermann" (only names after it: unknown words, no blocker).
_FAREWELL = re.compile(
    r"\b(?:lg|vg|mfg|gruss|gruesse|(?:liebe|viele|beste|schoene|herzliche)\s+gruesse|cheers"
    r"|regards)\b(?P<names>(?:\s+[^\W\d_][\w.-]*){0,3})\s*[.!]?\s*$"
)


def _without_farewell(sentence: str) -> str:
    match = _FAREWELL.search(sentence)
    if match is None or any(_word_class(w) is not Word.UNKNOWN for w in match["names"].split()):
        return sentence
    return sentence[: match.start()]


# Clauses as rules/doubt.py splits them: at semicolons, parentheses and contrast words.
_CLAUSE_BREAK = re.compile(r";|[()]|\b(?:aber|jedoch|sondern|but|however)\b")
# Within a clause, parts at commas, colons and spaced dashes; a part that says nothing yet
# goes on in the next ("10.6., 17.6. und 24.6. waren alle", "29.09. – alle gehabt"), and
# one that says nothing at the end belongs to the one before ("Bestätigt: 24.09. / 01.10.").
_PART_BREAK = re.compile(r",|:(?!\d)|\s[–—-]\s|(?<=[^\W\d_]{2})\.\s+")  # and "war. 19.08 war"
_NOTHING_SAID = frozenset({Word.DAY, Word.FILLER, Word.QUANTIFIER, Word.TREATMENT})


def _says_nothing(reading: ClauseReading) -> bool:
    """Only days, fillers, quantifiers and treatments (or a day's number: "3., 10. und
    17. Februar" is cut at its commas)."""
    return all(t.word in _NOTHING_SAID or t.text.isdigit() for t in reading.tokens)


def clauses(sentence: str) -> list[ClauseReading]:
    """The readings of a folded sentence's clauses (see _CLAUSE_BREAK and _PART_BREAK)."""
    texts: list[str] = []
    for clause in _CLAUSE_BREAK.split(sentence):
        parts: list[str] = []
        pending = ""
        for part in _PART_BREAK.split(clause):
            pending = f"{pending}, {part}" if pending else part
            if not _says_nothing(read_clause(pending)):
                parts.append(pending)
                pending = ""
        if pending.strip() and parts:
            parts[-1] = f"{parts[-1]}, {pending}"
        elif pending.strip():
            parts.append(pending)
        texts.extend(parts)
    return [r for r in map(read_clause, texts) if r.tokens]


# Any word that may be a predicate, to pass over the other sentences quickly.
_PREDICATE = re.compile(
    r"(?<![\w'’])(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(TOOK_PLACE | HAD | CALLED | YES | {"it", "did"}, key=len, reverse=True)
    )
    + r")(?![\w'’])|[✅✔☑👍👌]|sta(?:t+|dt)\s?[gj]?['’]?e?fun|be?st(?:ae?|e)tt?ig|confirm"
    r"|in ordnung|took place|went ahead"
)
# A plain yes is short; a longer sentence is left to the patterns (and the reading of its
# parts, each read again as it grows, stays bounded).
MAX_PLAIN_YES = 300


@lru_cache(maxsize=256)
def is_plain_yes(sentence: str) -> bool:
    """A folded sentence is a plain yes: one clause says a treatment took place in words
    the lexicon knows (see the module docstring), and no other clause holds a blocker,
    unless it only denies or calls off a day of its own (the date reader leaves that day
    out; the doubt reader sends the mail to staff). A greeting before it is left aside."""
    if "?" in sentence or len(sentence) > MAX_PLAIN_YES or not _PREDICATE.search(sentence):
        return False
    readings = clauses(_without_farewell(_GREETING.sub(" ", sentence, count=1)))
    if len(readings) == 1 and _is_bare_confirmation(readings[0]):
        return True
    yeses = [r for r in readings if is_yes_clause(r)]
    if not yeses:
        return False
    if all(_holds_only_strictly(r) for r in yeses) and not all(r.understood for r in readings):
        return False
    denying = False  # a denial goes on without its day: "8 April krank, nicht gemacht"
    for reading in readings:
        if is_yes_clause(reading):
            denying = False
        elif _denies_a_day(reading) or (
            denying and not reading.has(Word.DAY) and _blockers(reading) <= {"cancellation"}
        ):
            denying = True
        elif reading.has(Word.BLOCKER, Word.NEGATION):
            return False
    return True


def _holds_only_strictly(clause: ClauseReading) -> bool:
    return all(rule in _STRICT_RULES for rule in CLAUSE_RULES if rule(clause))


def has_a_blocker(text: str) -> bool:
    """Whether a folded text holds a blocker word of the lexicon (a negation, doubt,
    future, condition, question, cancellation, someone else, another provider, a document
    or an earlier mail): "Ergotherapie: ✅", "Falls ✅ ..." are no yes."""
    return any(t.word in (Word.BLOCKER, Word.NEGATION) for t in read_words(text[:2000]))
