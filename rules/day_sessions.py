"""Two sessions on one day: which of them a mail speaks of, and what it says of each.

Some patients have two sessions on one day (the Gerätetraining at 7:30, the Manuelle
Therapie at 12:30). They answer "Beide ok.", "Mittags ja, morgens auch.", "um 7:30 ja. Den
um 12:30 habe ich leider verpasst", "Das Gerätetraining war ok. Die MT mussten wir nach 15
Minuten abbrechen". A careful employee records each session the words name as held and
hands the ones said missed, cut short, moved or left unclear to a person; the day's date
alone ("18.5. hat stattgefunden") does not say which of the two was held.

A session is named
- by its time of day: "morgens", "der frühe", "mittags", "the afternoon one";
- by its clock time: "um 7:30", "der um 8", "halb eins", "the 2 pm one";
- by what was done or how: "die MT", "das Gerätetraining", "der Videotermin" (a word that
  fits every session of the day names none of them);
- by its order or as both: "der erste", "der zweite", "der andere", "beide" - only in a
  mail that speaks of no other day (in "Am 11.5. und 18.5. ... Der erste hat stattgefunden"
  the first is the 11th);
- by nothing, going on from the clause before ("..., saß noch im Meeting"), or as the yes
  to our request for one of them ("Ja, und der Mittagstermin auch.").

Clause by clause, a clause says the sessions it names were held (a yes, "top", "war ok",
"auch" after a yes), were not held in full (a denial, a doubt, cut short, moved), or says
nothing of them. Whatever is said both ways, or named without a word of how it went, is for
staff. Pure: the caller gives the day's sessions and the days each piece of text names.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import time
from enum import Enum

from rules.classify import fold, is_confirmation_sentence
from rules.doubt import (
    breaks_off,
    carried_on,
    clauses,
    cut_short_sentences,
    done_in_full,
    says_more_than_yes,
    sentences_of,
    speaks_of_a_later_appointment,
)
from rules.matching import clock_times
from rules.models import Kind, Treatment


@dataclass(frozen=True, slots=True)
class DaySession:
    """One of the day's open sessions, as the patient may name it."""

    id: int
    start: time  # in the practice's zone
    treatment: Treatment
    kind: Kind


@dataclass(frozen=True, slots=True)
class DayReading:
    """What a mail says of the day's sessions, by session id."""

    held: frozenset[int]  # said held, and nothing else said of them
    not_held: frozenset[int]  # said missed, cut short, moved or in doubt
    unclear: frozenset[int]  # named without a word of how it went
    unassigned_yes: bool  # a yes for the day that names none of them
    evidence: dict[int, str] = field(default_factory=dict)  # the sentence of each yes
    # the sentences whose every denial or doubt is one of the day's sessions': the doubt
    # reader need not read them again (folded, spaces collapsed)
    explained: frozenset[str] = frozenset()


class _Said(Enum):
    HELD = "held"
    NOT_HELD = "not held"
    ALSO = "the same as before"  # "der erste übrigens auch", "morgens auch"
    NOTHING = "nothing"


# The parts of a day by the hours a session there starts in (a range names the one session
# starting in it, or none).
_PARTS_OF_THE_DAY: tuple[tuple[re.Pattern[str], int, int], ...] = (
    (
        re.compile(
            r"\b(?:morgens|vormittags?|\w*morgentermin\w*|vormittagstermin\w*|fruehtermin\w*"
            r"|(?:heute|am|gestern)\s+(?:morgen|frueh|vormittag)|in\s+der\s+frueh"
            r"|(?<!zu\s)frueh(?:morgens)?|(?:der|den|die|das|dem|the)\s+fruehe[nrs]?"
            r"|(?:morning|early)(?:\s+(?:one|session|call|appointment))?)\b"
        ),
        0,
        12,
    ),
    (
        re.compile(
            r"\b(?:(?<!nach)(?<!vor)mittags?|mittagstermin\w*|\w*mittagsbehandlung\w*|midday"
            r"|noon|lunch\s*time|lunch)\b"
        ),
        11,
        15,
    ),
    (re.compile(r"\b(?:nachmittags?|nachmittagstermin\w*|afternoon)\b"), 12, 18),
    (re.compile(r"\b(?:abends?|abendtermin\w*|evening|tonight)\b"), 17, 24),
)

# What was done, or how: a word that fits some of the day's sessions but not all of them.
_TREATMENTS: dict[Treatment, re.Pattern[str]] = {
    Treatment.MT: re.compile(r"\b(?:mt|manuelle\w*|manual(?:\s+therapy)?)\b"),
    Treatment.KGG: re.compile(r"\b(?:kgg|\w*geraet\w*|machine\w*|equipment|gym)\b"),
    Treatment.KG: re.compile(r"\b(?:kg|krankengymnastik)\b(?!\s+am\s+geraet)"),
}
_KINDS: dict[Kind, re.Pattern[str]] = {
    Kind.VIDEO: re.compile(r"\b(?:video\w*|redmedical)\b"),
    Kind.PHONE: re.compile(r"\b(?:telefon\w*|phone|anruf\w*)\b"),
}

# By order, in a mail of this day only: "der erste", "den zweiten", "the later one".
_ARTICLE = r"(?:der|den|die|das|dem|des|mein(?:en|e|er)?|the|my)\s+"
_NOT_A_SESSION = r"(?!\s+(?:woche|monat|mal|jahr|week|month|time|year)\b)"
_FIRST = re.compile(
    rf"\b(?:{_ARTICLE}(?:erste[nrs]?|fruehere[nrs]?|first|earlier)|first\s+one)\b{_NOT_A_SESSION}"
)
_LATER = re.compile(
    rf"\b(?:{_ARTICLE}(?:zweite[nrs]?|spaetere[nrs]?|letzte[nrs]?|second|later|last)"
    rf"|second\s+one|later\s+one)\b{_NOT_A_SESSION}"
)
_OTHER = re.compile(rf"\b{_ARTICLE}(?:andere[nrs]?|other)\b{_NOT_A_SESSION}")
_BOTH = re.compile(
    r"\b(?:beide[nrs]?|both|alle\s+(?:beide|zwei)|zwei\s+(?:termine|behandlungen|sitzungen"
    r"|einheiten|mal)|zweimal|two\s+(?:sessions|appointments|calls)|twice)\b"
)
_BOTH_ON_THE_DAY = re.compile(
    r"\b(?:beide[n]?|both|alle\s+(?:beide|zwei)|zwei)\s+(?:\w+\s+)?(?:termine|behandlungen"
    r"|sitzungen|einheiten|sessions|appointments)\s+(?:am|vom|von|des|on|of|from)\b"
)
_EVERY = re.compile(r"\b(?:alle|all|saemtliche|every)\b")

# A clock time the folded text writes beyond matching's digits: "halb acht", "2 pm".
_HALF_PAST = re.compile(
    r"\bhalb\s+(?P<hour>eins|zwei|drei|vier|fuenf|sechs|sieben|acht|neun|zehn|elf|zwoelf|\d{1,2})\b"
)
_HOUR_TEXT = "eins zwei drei vier fuenf sechs sieben acht neun zehn elf zwoelf"
_HOUR_WORDS = _HOUR_TEXT.split()
_TWELVE_HOUR = re.compile(r"\b(?P<hour>1[0-2]|[1-9])(?::(?P<minute>[0-5]\d))?\s*(?P<half>am|pm)\b")
_CLOSE_ENOUGH = 30  # minutes: "der um 8" is the session at 7:30

# The words a short yes is made of once its names of sessions are taken out: "Der erste
# heute ja.", "MT heute top.", "Das Gerätetraining war ok.", "Bitte beide verbuchen."
_YES_TEXT = (
    "ja jo jep yes yep ok okay gut top prima super klar passt fine good great done bestaetigt"
    " confirmed stattgefunden geklappt statt war waren hat haben ist was were gehabt gemacht"
    " wahrgenommen teilgenommen erhalten absolviert erledigt normal ganz wie geplant planned"
    " as regulaer verbuchen abrechnen berechnen bill lief liefen komplett vollstaendig abhaken"
    " dabei beim durchgezogen vorbei volle programm"
)
_YES_WORDS = frozenset(_YES_TEXT.split())
# ... of which these alone say no yes ("war", "hat stattgefunden" needs its participle)
_NOT_ALONE = frozenset(
    {"war", "waren", "hat", "haben", "ist", "was", "were", "statt", "as", "wie", "beim", "volle"}
)
_ALSO_WORDS = frozenset({"auch", "ebenfalls", "ebenso", "genauso", "too", "also"})
# Words that say nothing of how a session went.
_FILLER_TEXT = (
    "der die das den dem des ein eine einen heute today am um an tag termin termine behandlung"
    " sitzung einheit session sessions one call appointment the my mein meine meinen und and"
    " uebrigens btw noch dann so nur alle this uhr h on at in of vom von for fuer both bitte"
    " please therapie therapy training ich wir er sie i we he she eben gerade jeweils"
)
_FILLERS = frozenset(_FILLER_TEXT.split())

# Some trouble, in words the clause does not say yes or no with: "den MT-Termin mittags
# musste ich leider sausen lassen".
_TROUBLE = re.compile(
    r"\b(?:leider|musste\w*|mussten|konnte\w*|sorry|entschuldig\w*|aber|allerdings|jedoch"
    r"|trotzdem|obwohl|schade|problem\w*|unfortunately|sadly|had\s+to|couldn'?t|but|however"
    r"|although|sorry)\b"
)

# Not as booked, in words the doubt reader leaves to the day's other business: moved within
# the day ("auf 14 Uhr verschoben"), short ("Die MT war aber kurz").
_NOT_AS_BOOKED = re.compile(
    r"\b(?:verschoben|geschoben|verlegt|vorverlegt|verschieben|moved|rescheduled|postponed)\b"
    # a net under the doubt reader's words: any word of a session that did not take place
    r"|\b(?:nicht|nich|kein\w*|nie|niemand|no|not|never|nobody|didn'?t|wasn'?t|missed"
    r"|cancel\w*|skip\w*|ausfallen|ausgefallen|fiel\w*\s+aus|abgesagt|absagen|verpasst"
    r"|vergessen|verschlafen|ausgelassen)\b"
    r"|\b(?:war|waren|was|were|nur|only|zu|too|recht|ziemlich|sehr|quite|very)\s+(?:\w+\s+)?"
    r"(?:kurz|kuerzer|short|shorter)\b"
)


def read_day_sessions(
    own_text: str,
    sessions: Sequence[DaySession],
    *,
    asked: int | None,
    names_the_day: Callable[[str], bool],
    names_another_day: Callable[[str], bool],
    mail_of_this_day_only: bool,
) -> DayReading | None:
    """What the patient's text says of each of the day's sessions, or None when it names
    none of them one by one (then the day is read as a whole, and two sessions of it go to
    staff). `asked` is the session our request in the thread asked about. A clause that
    names another day (`names_another_day`) and not this one (`names_the_day`) names none
    of its sessions; order words and "beide" are read in a mail of this day only, or in a
    clause that names this day and no other ("beide Termine am 18.05.")."""
    if len(sessions) < 2:
        return None

    elsewhere = False  # the text speaks of another day now
    last_refs: frozenset[int] | None = None  # the sessions the text spoke of last

    def named_in(clause: str) -> frozenset[int] | None:
        nonlocal elsewhere
        this, other = names_the_day(clause), names_another_day(clause)
        # after a clause of another day, the clauses that name no day are still of it
        # ("Heute hat es geklappt. Mittags auch." written days later)
        elsewhere = (elsewhere or other) and not this
        if elsewhere:
            return None
        return _named(
            clause,
            sessions,
            previous=last_refs,
            by_order=(mail_of_this_day_only or this) and not other,
            both_of_the_day=this,
        )

    held: set[int] = set()
    not_held: set[int] = set()
    named_only: set[int] = set()  # named without a word of how it went (yet)
    in_doubt: set[int] = set()  # asked about, or said short in a way no clause says
    evidence: dict[int, str] = {}
    explained: set[str] = set()
    named_by_words = False
    unassigned_yes = False
    last_said: _Said | None = None
    for sentence in sentences_of(own_text):
        flat = " ".join(fold(sentence).split())
        if "?" in flat:
            # a question of a session is no yes for it ("Zählt die MT trotzdem?"); one of
            # a later time names none ("könnte man das nächste Mal beides zusammenlegen?")
            if not speaks_of_a_later_appointment(flat):
                asked_of = [named_in(c) for c in clauses(flat)]
                in_doubt |= {i for refs in asked_of if refs for i in refs}
                named_by_words = named_by_words or any(asked_of)
            continue
        said_held: set[int] = set()
        said_not_held: set[int] = set()
        pending: set[int] = set()  # named in the sentence, not yet said how it went
        worded: set[int] = set()  # ... in words of some trouble
        sentence_said: _Said | None = None
        floating_yes = False  # a yes of the sentence that names no session (yet)
        accounted = True  # every denial or doubt of the sentence is the day's sessions'
        for clause in clauses(flat):
            refs = named_in(clause)
            other_day = elsewhere or names_another_day(clause)
            said = _said(clause)
            if said is _Said.ALSO:
                said = last_said or _Said.NOTHING
            if refs is not None:
                named_by_words = True
                if other_day and said is _Said.NOT_HELD:
                    accounted = False  # "Am 11.5. und mittags am 18.5. war ich nicht da"
                if said is _Said.NOTHING:
                    # "Termine 7:30 und 12:30 Uhr am 18.5. – beide gehabt": said later
                    # (or before: "Ja, der frühe.", "beide fanden statt, der frühe und ...")
                    pending |= refs
                    if _TROUBLE.search(clause):
                        worded |= refs
                    continue
            elif (
                named_only
                and said is _Said.HELD
                and _EVERY.search(clause)
                and not names_another_day(clause)
            ):
                # "- 18.05. zweimal: früh Gerätetraining und mittags Manuelle Therapie / - 26.05.
                # Gerätetraining / Alle Termine haben stattgefunden.": every one listed
                refs = frozenset(named_only)
            elif other_day:
                accounted = accounted and said is not _Said.NOT_HELD
                sentence_said = said if said is not _Said.NOTHING else sentence_said
                last_said, last_refs = sentence_said, None  # of that other day now
                continue
            elif said is _Said.NOTHING:
                continue
            elif pending:
                refs = frozenset(pending)  # "(... morning and ... lunchtime) took place"
            elif said_held | said_not_held:
                refs = frozenset(said_held | said_not_held)  # "..., saß noch im Meeting"
            elif said is _Said.NOT_HELD and last_said is _Said.NOT_HELD and last_refs:
                refs = last_refs  # "Den um 12:30 habe ich verpasst. Tut mir leid!"
            elif said is _Said.HELD and asked is not None and mail_of_this_day_only:
                # "Ja, und der Mittagstermin auch." (not "Ja, am 19.5. hat er stattgefunden")
                refs = frozenset({asked})
            else:
                if said is _Said.NOT_HELD:
                    accounted = False
                else:
                    floating_yes = True  # "Yes, both my sessions ...": which, said next
                sentence_said = last_said = said
                continue
            (said_held if said is _Said.HELD else said_not_held).update(refs)
            pending -= refs
            sentence_said = said
            last_said, last_refs = said, refs
        named_by_words = named_by_words or bool(pending)
        not_as_booked = _not_as_booked(flat)
        if worded & pending:
            # "den MT-Termin mittags musste ich leider sausen lassen": words of trouble that
            # are neither yes nor no, about the session, are for a person
            in_doubt |= worded & pending
            accounted = False
        elif pending and sentence_said is _Said.HELD and not said_not_held and not not_as_booked:
            # "Ja, der frühe.": named after the yes of a sentence that says nothing else
            said_held |= pending
            floating_yes = False
        elif pending:
            named_only |= pending
        if len(said_not_held) == 1 and (done_in_full(flat) or carried_on(flat)):
            # "Den Gerätetermin haben wir auf 8 Uhr geschoben, aber der lief dann komplett.",
            # "Mittags ist das Video abgestürzt, wir haben per Telefon zu Ende gemacht." (one
            # session's mishap; of two, which went on is not said)
            said_held, said_not_held = said_held | said_not_held, set()
        elif not said_not_held and said_held and not_as_booked:
            # "Die MT war aber kurz.": the sentence says more than its clauses do
            in_doubt |= said_held
            accounted = False
        held |= said_held
        not_held |= said_not_held
        for session_id in said_held:
            evidence.setdefault(session_id, sentence)
        unassigned_yes = unassigned_yes or floating_yes
        if accounted:
            explained.add(flat)
        if said_held | said_not_held | pending:
            last_refs = frozenset(said_held | said_not_held | pending)
    if not named_by_words and not (asked is not None and asked in held - not_held):
        return None  # ("Hat heute geklappt." under our request for one of them: that one)
    unclear = in_doubt | (named_only - held - not_held)
    return DayReading(
        held=frozenset(held - not_held - unclear),
        not_held=frozenset(not_held),
        unclear=frozenset(unclear - not_held),
        unassigned_yes=unassigned_yes,
        evidence={i: s for i, s in evidence.items() if i in held - not_held - unclear},
        explained=frozenset(explained),
    )


def _said(clause: str) -> _Said:
    """What a folded clause says of the sessions it names."""
    if _not_as_booked(clause):
        return _Said.NOT_HELD
    if is_confirmation_sentence(clause):
        return _Said.HELD
    words = set(re.findall(r"[a-z]+", _without_names(clause)))
    if words & _ALSO_WORDS and words <= _ALSO_WORDS | _FILLERS:
        return _Said.ALSO
    if words & (_YES_WORDS - _NOT_ALONE) and words <= _YES_WORDS | _ALSO_WORDS | _FILLERS:
        return _Said.HELD
    return _Said.NOTHING


# All is well: "keine Probleme", "no issues" deny nothing.
_NO_TROUBLE = re.compile(
    r"\b(?:kein\w*|no|ohne|without)\s+(?:\w+\s+)?(?:problem\w*|issue\w*|stoerung\w*"
    r"|schwierigkeit\w*|trouble)\b|\bnicht\s+nur\b"
    # sure of it: "da bin ich mir sicher" (blind JD jd27)
    r"|\b(?:da\s+)?(?:bin|war)\s+ich\s+mir\s+(?:ganz\s+|absolut\s+|100\s*%\s*)?sicher\b"
    r"|\bi'?m\s+(?:quite\s+|absolutely\s+)?sure\b"
)


def _not_as_booked(text: str) -> bool:
    text = _NO_TROUBLE.sub(" ", text)
    return bool(
        says_more_than_yes(text)
        or breaks_off(text)
        or any(cut_short_sentences(text))
        or _NOT_AS_BOOKED.search(text)
    )


def _without_names(clause: str) -> str:
    """The clause without the words that name a session."""
    for pattern, _, _ in _PARTS_OF_THE_DAY:
        clause = pattern.sub(" ", clause)
    for pattern in (*_TREATMENTS.values(), *_KINDS.values(), _FIRST, _LATER, _OTHER, _BOTH):
        clause = pattern.sub(" ", clause)
    clause = _HALF_PAST.sub(" ", _TWELVE_HOUR.sub(" ", clause))
    return re.sub(r"\d{1,2}[:.]\d{2}|\d{1,2}", " ", clause)


def _named(
    clause: str,
    sessions: Sequence[DaySession],
    *,
    previous: frozenset[int] | None,
    by_order: bool,
    both_of_the_day: bool,
) -> frozenset[int] | None:
    """The sessions a folded clause names, None when it names none of them. A name that
    fits no session (a time of day without one, "auf 14 Uhr verschoben") names none; one
    that fits several but not all names all it fits (for staff to sort out)."""
    everyone = frozenset(s.id for s in sessions)
    ordered = sorted(sessions, key=lambda s: s.start)
    named: set[int] = set()
    for pattern, first_hour, last_hour in _PARTS_OF_THE_DAY:
        if pattern.search(clause):
            named |= {s.id for s in sessions if first_hour <= s.start.hour < last_hour}
    for hour, minute in _clock_names(clause):
        named |= _at_clock(sessions, hour, minute)
    for kinds, attribute in ((_TREATMENTS, "treatment"), (_KINDS, "kind")):
        for value, pattern in kinds.items():
            fitting = {s.id for s in sessions if getattr(s, attribute) is value}
            if pattern.search(clause) and fitting != everyone:
                named |= fitting
    if both_of_the_day and _BOTH_ON_THE_DAY.search(clause):
        named |= everyone  # "den 11.05. sowie beide Termine am 18.05."
    if by_order:
        if _BOTH.search(clause) and len(sessions) == 2:
            named |= everyone
        if _FIRST.search(clause):
            named.add(ordered[0].id)
        if _LATER.search(clause):
            named.add(ordered[-1].id if len(sessions) == 2 else ordered[1].id)
        if _OTHER.search(clause) and previous and len(everyone - previous) == 1:
            named |= everyone - previous
    return frozenset(named) or None


def _clock_names(clause: str) -> set[tuple[int, int]]:
    times = set(clock_times(clause))
    for found in _HALF_PAST.finditer(clause):
        word = found["hour"]
        hour = int(word) if word.isdigit() else _HOUR_WORDS.index(word) + 1
        times.add(((hour - 1) % 24, 30))
    for found in _TWELVE_HOUR.finditer(clause):
        hour = int(found["hour"]) % 12 + (12 if found["half"] == "pm" else 0)
        times.add((hour, int(found["minute"] or 0)))
    return times


def _at_clock(sessions: Sequence[DaySession], hour: int, minute: int) -> set[int]:
    """The session starting at that time (or twelve hours later: "der um 2"), else the one
    session starting within half an hour of it ("der um 8" for 7:30)."""
    written = [hour * 60 + minute] + ([(hour + 12) * 60 + minute] if hour < 12 else [])
    starts = {s.id: s.start.hour * 60 + s.start.minute for s in sessions}
    exact = {i for i, start in starts.items() if start in written}
    if exact:
        return exact
    near = {
        i for i, start in starts.items() if any(abs(start - w) <= _CLOSE_ENOUGH for w in written)
    }
    return near if len(near) == 1 else set()


def describe(session: DaySession) -> str:
    """How staff are told of one session of the day: "12:30 (MT)"."""
    return f"{session.start:%H:%M} ({session.treatment})"
