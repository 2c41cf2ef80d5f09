"""The rest of a list of sessions: "12.3., 19.3., 26.3. – der 19. war nicht, ich hatte
Arbeit. Die anderen zwei waren gut."

A patient who lists her last sessions often says which were held by leaving some out: "die
anderen (zwei) waren", "der Rest hat geklappt", "the other two were fine", "zweimal hat es
geklappt", "der erste und der letzte ja". The days are written, so a careful employee can
read them off the list: she takes the days the mail writes, takes away those it says were
not held, and records what is left only when it is what the patient says is left:

- "the others" are others than something: at least one day of the list was left out;
- a count ("die anderen zwei", "zweimal") is the number of days left over;
- places ("der erste und der letzte") are the days at those places of the list, written
  in the order of the calendar.

Anything else ("die anderen" with no day left out, a count that does not fit) goes to a
person whole. Here the words are read (for folded text); which day was left out is the
doubt reader's (rules/doubt.py), and decide brings the two together.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from rules.date_lexicon import (
    COUNT_WORDS,
    EXCEPTING,
    MONTHS,
    POSITION_RUN,
    POSITIONS,
    alternation,
    places_of_a_run,
)

# How the rest of a list is said to have been held. The predicate is a plain yes only: "die
# anderen waren genauso" (like the day denied) or "die anderen sage ich ab" are not.
_COUNT = r"(?P<count>[2-9]|" + "|".join(w for w in COUNT_WORDS if w.isascii()) + r")"
_NOUN = (
    r"(?:\w*termine|\w*telefonate|\w*behandlungen|sitzungen|\w*stunden|einheiten|male|mal"
    r"|anrufe|calls|sessions|appointments|treatments|ones)"
)
_HELD = (
    r"(?:(?:waren|war)(?:\s+(?:auch|aber|alle|beide|jeweils|dann))*"
    r"(?:\s+(?:gut|ok|okay|in\s+ordnung|ganz|normal|problemlos|da|wie\s+geplant|vollstaendig))?"
    r"(?=\s*(?:[,.;:!)]|\s[-–—]|$|\s+(?:und|and)\b))"
    r"|(?:haben|hatten|hat|sind)(?:\s+(?:auch|aber|alle|beide|jeweils|dann|ganz\s+normal))*"
    r"\s+(?:stattgefunden|geklappt|funktioniert|gepasst)"
    r"|(?:fanden|fand)(?:\s+(?:auch|aber|alle|beide|jeweils))*\s+statt"
    r"|(?:liefen|lief|klappten|klappte)\b(?!\s+(?:nicht|leider|auch\s+nicht))"
    r"|(?:hatte|hatten|hab|habe|haben)\s+(?:ich|wir)(?:\s+(?:auch|aber|alle|beide|ja))*"
    r"(?:\s+(?:gemacht|gehabt|wahrgenommen))?(?=\s*(?:[,.;:!)]|\s[-–—]|$))"
    r"|(?:ja|ok|okay|bestaetigt|bestaetige\s+ich)\b"
    # "Die letzten beiden auf jeden Fall." (blind IU iu07)
    r"|(?:auf\s+jeden\s+fall|definitiv|ganz\s+sicher)(?=\s*(?:[,.;:!)]|\s[-–—]|$))"
    r"|(?:were|was|went)(?:\s+(?:all|both|also))*\s+(?:fine|ok|okay|good|well|normal|as\s+planned"
    r"|held|through)\b"
    r"|(?:took|have\s+taken|all\s+took)\s+place|(?:happened|did\s+happen|went\s+ahead)"
    r")"
)
_OTHERS = r"(?:anderen?|uebrigen?|restlichen?|verbleibenden?|others?|remaining)"
_REST_HELD = re.compile(
    # "die anderen (zwei) (Termine) waren", "die zwei anderen", "die beiden übrigen",
    # "alle anderen", "the other two", "the rest", "der Rest hat geklappt"
    rf"\b(?:(?:die|the|alle|all|meine|my)\s+)?(?:{_COUNT}\s+)?{_OTHERS}\b"
    rf"(?:\s+{_COUNT.replace('count', 'count2')}\b)?(?:\s+{_NOUN}\b)?\s+(?:davon\s+)?{_HELD}"
    rf"|\b(?:de[rn]|the)\s+rest\b(?:\s+(?:der|of\s+the(?:m)?)\s+\w+)?\s+{_HELD}"
    # "die anderen (zwei) auch": held too, or not held too? (what the clause before says)
    rf"|\b(?P<elliptic>(?:die|the|alle|all)\s+(?:[2-9]\s+|\w+\s+)?(?:{_OTHERS}|rest)\b"
    rf"(?:\s+\w+){{0,2}}?\s+(?:auch|ebenfalls|ebenso|too|as\s+well|also)(?:\s+(?:alle|beide|all|both))?)"
    r"(?=\s*(?:[,.;:!)]|$))"
    # "bis auf den zweiten waren alle", "Alle erfolgt bis auf 17.09.": the others of a list
    # but one excepted
    rf"|\b{EXCEPTING}\s+(?:[^,.;:!?]|(?<=\d)\.){{1,40}}?\s+(?:waren|sind|haben|hatten|fanden)"
    r"\s+(?:sie\s+)?alle(?:\s+(?:stattgefunden|geklappt|statt))?(?=\s*(?:[,.;:!)]|\s[-–—]|$))"
    rf"|\balle\s+(?:{_NOUN}\s+)?(?:waren|fanden\s+statt|(?:haben|hatten)\s+(?:stattgefunden"
    rf"|geklappt)|(?:sind\s+)?(?:erfolgt|gemacht|gelaufen)),?\s+(?={EXCEPTING}\b)"
    # "16.01. 23.01. 30.01.\nalle ausser dem 30.01., da war ich beim Hausarzt" (blind IU
    # iu09): all but those it names, said without a verb after a list
    rf"|(?:^|(?<=[.:;!\n]))\s*alle\s+(?={EXCEPTING}\s+(?:de[nm]\s+|the\s+)?\d)"
    # "zweimal hat es geklappt", "2x hat es stattgefunden": how many of the list were held
    rf"|\b(?P<times>[2-9]|{'|'.join(w for w in COUNT_WORDS if w.isascii() and w != 'beide')})"
    r"\s*(?:mal|x)\s+(?:hat\s+es|hats|ist\s+es|war\s+es|hat\s+das|ging\s+es)\s+"
    r"(?:geklappt|funktioniert|stattgefunden|gut\s+gegangen)\b"
)
_NEGATED_AFTER = re.compile(r"\s*(?:nicht|nich|kein\w*|not|never|nie)\b")

# The places of a list said to be held: "der erste und der letzte ja", "die ersten zwei
# haben stattgefunden", "the first and the third were fine".
# (date_lexicon's places, which the doubt reader reads denied)
_PLACE = rf"(?:{'|'.join(POSITIONS)})[nrms]?"
_PLACES_HELD = re.compile(
    rf"\b(?:der|den|die|the)\s+(?P<places>{_PLACE}(?:\s*(?:,|und|and|&|\+)\s*"
    rf"(?:(?:der|den|die|the)\s+)?{_PLACE})+)\s+(?:(?:beiden|both|termine|sessions)\s+)?{_HELD}"
    rf"|{POSITION_RUN}(?:\s+{_NOUN})?(?:\s+(?:both|beide|alle|all))?\s+{_HELD}"
)


# A place said held too after places held: "Die ersten vier haben stattgefunden, der letzte
# auch." (blind IU iu18)
_PLACE_TOO = re.compile(
    rf"\b(?:der|den|die|the)\s+(?P<places>{_PLACE}(?:\s*(?:,|und|and|&|\+)\s*"
    rf"(?:(?:der|den|die|the)\s+)?{_PLACE})*)\s+(?:auch|ebenfalls|too|as\s+well)"
    r"(?=\s*(?:[,.;:!)]|$))"
)


@dataclass(frozen=True)
class RestHeld:
    """What a mail says of the rest of its list: how many were held (None: not said),
    whether they are "the others" (then at least one day was left out), and the places
    held (1 = the first, -1 = the last, 0 = the middle one; empty: not said)."""

    count: int | None = None
    others: bool = False
    places: tuple[int, ...] = ()
    # "die anderen auch": held too, or not held too, as the clause before? Never a yes.
    elliptic: bool = False


def rest_held(folded: str) -> RestHeld | None:
    """What the folded text says of the rest of a list of days, or None when it says
    nothing of one ("die anderen zwei waren gut", "zweimal hat es geklappt", "der erste
    und der letzte ja"). Not when the words are denied after them ("die anderen waren
    nicht"), nor a question."""
    found = [
        match
        for pattern in (_REST_HELD, _PLACES_HELD)
        for match in pattern.finditer(folded)
        if not _NEGATED_AFTER.match(folded, match.end()) and "?" not in _clause_of(folded, match)
    ]
    if not found:
        return None
    counts: set[int] = set()
    places: list[int] = []
    others = elliptic = False
    for match in found:
        groups = match.groupdict()
        if groups.get("elliptic"):
            others = elliptic = True
        elif groups.get("places"):
            places.extend(POSITIONS[_stem(p)] for p in re.findall(_PLACE, groups["places"]))
        elif groups.get("run"):
            places.extend(places_of_a_run(groups["run"], _number(groups["run_count"])))
        else:
            others |= groups.get("times") is None
            if word := groups.get("count") or groups.get("count2") or groups.get("times"):
                counts.add(_number(word))
    if places:
        places.extend(
            POSITIONS[_stem(p)]
            for too in _PLACE_TOO.finditer(folded)
            if too.start() > found[0].start()
            for p in re.findall(_PLACE, too["places"])
        )
    if len(counts) > 1:
        # two counts: which one? (never fits)
        return RestHeld(count=-1, others=others, elliptic=elliptic)
    count = next(iter(counts), None)
    if places and count is None:
        count = len(set(places))
    return RestHeld(
        count=count, others=others, places=tuple(dict.fromkeys(places)), elliptic=elliptic
    )


def says_rest_held(folded: str) -> bool:
    """Whether the folded sentence says the rest of a list was held (not "die anderen
    auch", which says whatever the words before it say)."""
    rest = rest_held(folded)
    return rest is not None and not rest.elliptic


def without_the_rest(folded: str) -> str:
    """The folded text without the words about the rest of its list ("30.3. und 8.4.
    waren gut, die anderen auch" -> "30.3. und 8.4. waren gut, "): what it confirms by
    itself."""
    for pattern in (_REST_HELD, _PLACES_HELD):
        folded = pattern.sub(" ", folded)
    return folded


@dataclass(frozen=True)
class Misfit:
    """Why the days left of a list are not the rest the mail speaks of (German, for
    staff), and which of the list's days may stand all the same: "none", those confirmed
    in words of their own ("own words": the others are sessions the mail does not write,
    or "die anderen auch" says nothing sure), or "all" kept (more were counted than are
    left: every reading has these held)."""

    reason: str
    keep: str = "none"


def rest_misfit(
    rest: RestHeld,
    listed: Iterable[date],
    kept: Iterable[date],
    text: str,
    on_their_own: Iterable[date] = (),
    *,
    left_out: Iterable[date],
) -> Misfit | None:
    """Why the days kept of those `listed` are not the rest the mail speaks of, or None
    when they are: one day `left_out` at least for "the others" (denied by the mail or
    cancelled in the calendar; not merely absent, as a day confirmed before), as many as
    counted, the days at the places named (the list written in the order of the calendar
    in the folded `text`). Days a clause of their own confirms (`on_their_own`: "and
    yesterday's was fine") are not counted among the rest."""
    listed_days = frozenset(listed)
    kept_days = frozenset(kept) & listed_days
    counted = kept_days - frozenset(on_their_own)
    if rest.elliptic:
        return Misfit(
            "„die anderen … auch“ nennt keine Tage und sagt nicht sicher, was mit ihnen war",
            "own words",
        )
    if len(listed_days) < 2:
        return Misfit("sie nennt die Tage dazu nicht", "own words")
    if rest.others and not frozenset(left_out):
        return Misfit(
            "keiner der genannten Tage ist ausgenommen („die anderen“ welche?)", "own words"
        )
    if rest.count is not None and len(counted) != rest.count:
        if rest.count < 0:
            return Misfit("sie nennt zwei verschiedene Zahlen")
        said = f"sie nennt {rest.count} als stattgefunden, übrig bleiben {len(counted)}"
        # "die übrigen fünf" with four left: each of the four is held whichever is wrong
        return Misfit(said, "all" if rest.count > len(counted) else "none")
    if rest.places and len(rest.places) < len(listed_days):
        # ("both of the last two happened - this Monday and the Monday before": all)
        at_places = [day_at_place(listed_days, place, text) for place in rest.places]
        if any(len(days) != 1 for days in at_places) or frozenset().union(*at_places) != counted:
            return Misfit("die genannten Stellen der Liste passen nicht eindeutig zu den Tagen")
    return None


_MONTH_NAMES = alternation(MONTHS)


def day_at_place(days: frozenset[date], position: int, text: str) -> frozenset[date]:
    """The day at a place (1 = the first, -1 = the last, 0 = the middle one of an odd
    number) among `days`, when `text` writes them in the order of the calendar; else all
    of them (which one, a person reads)."""
    ordered = sorted(days)
    if position > len(ordered) or -position > len(ordered):
        return days
    if position == 0:
        if len(ordered) % 2 == 0:
            return days
        position = len(ordered) // 2 + 1
    written = [
        re.search(
            rf"(?<![\d.])0?{day.day}(?:\.|st\b|nd\b|rd\b|th\b|\s+(?:{_MONTH_NAMES})\b"
            r"|\s*(?:,|&|\+|\)|\s(?:und|and)\s))",
            text,
        )
        for day in ordered
    ]
    starts = [found.start() for found in written if found is not None]
    if len(starts) != len(ordered) or starts != sorted(set(starts)):
        return days
    return frozenset({ordered[position - 1 if position > 0 else position]})


def _clause_of(folded: str, match: re.Match[str]) -> str:
    """The words from the match to the end of its clause."""
    end = re.compile(r"[.;!\n]|$").search(folded, match.end())
    return folded[match.start() : end.start() if end else len(folded)]


def _stem(place: str) -> str:
    """The place word without its ending: "ersten" -> "erste"."""
    return next(p for p in sorted(POSITIONS, key=len, reverse=True) if place.startswith(p))


def _number(word: str) -> int:
    return int(word) if word.isdigit() else COUNT_WORDS[word]
