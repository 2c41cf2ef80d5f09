"""Answers given by the day's name: "Mo ✓", "Dienstag ja", "Mittwoch war vollständig",
"The Monday one yes", "Letzten Dienstag war gut", "Freitag vorletzte Woche ja", "Mo. und
Mi. waren beide", "gestern ✓ / mittwoch davor ✓", "Thursday's no", and lists under a week
("letzte Woche / Mo ✔ / Do ✘ (krank)").

Patients with two sessions a week answer our request by weekday rather than by date. Each
clause of a sentence is read as a day phrase and a verdict and nothing else, from the
lexicon below: a clause with any other word ("Montag war ich krank", "Montag passt mir",
"Mo war die Verbindung schlecht") is no answer of this kind and is left to the mail's
other readers. Days listed before one verdict share it ("Montag, Mittwoch beide
gemacht"). Only the denials are read more loosely (the day phrase, then any word of a
no): they only ever keep a day from being recorded.

Which day an answer means is `answer_day`'s business: a bare weekday is the last such day
before the mail's day; the caller decides what a weekday written on its own day means and
which verdicts need more context (a bare "Montag ja" may accept a coming session).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from rules.classify import fold, written_sentences
from rules.date_lexicon import WEEK_OF_A_DAY, WEEKDAYS_ANY, alternation

__all__ = ["WeekdayAnswer", "answer_day", "leading_weekday", "weekday_answers"]


@dataclass(frozen=True)
class WeekdayAnswer:
    """One clause that says of one day, by its name, that the session was held or not.

    `weekday`: 0 (Monday) to 6, or None for a relative day word ("gestern": `offset` -1).
    `weeks_back`: the week the phrase (or a line above the list) names: 0 this week, 1
    last week, 2 the week before, negative for weeks to come; None when none. `last`:
    "letzten Montag" (before the mail's day), `before_last`: "vorletzten Montag".
    `after_previous`: "Mittwoch davor", counted back from the day of the answer before it.
    `day_number`: "Do 19. ✔", the day of the month. `held`: a yes (else a no). `in_past`:
    the verdict or the day phrase speaks of the past by itself ("war", "hat
    stattgefunden", "gestern", "letzte Woche"). `said_offset`, `said_weekday`,
    `said_date`: a day word, weekday or day (and month) written beside it in parentheses
    ("Monday ✓ (yesterday)", "gestern (Mo) ✔", "Mittwoch (1.4.) ja"), which must agree.
    `plain`: the verdict is a yes or a no and nothing more ("Do ✗", "Donnerstag nicht";
    not "Donnerstag war ich krank"). `whole`: every clause of its sentence is such an
    answer ("Mo. ok, Do. fiel aus (Dienstreise)"). `after_a_dated_week`: a week named by a
    day comes before it ("in der Woche ab dem 16. Februar ... Montag und Donnerstag"), so
    a weekday by itself may be that week's and is not placed."""

    sentence: str
    weekday: int | None
    offset: int | None = None
    weeks_back: int | None = None
    last: bool = False
    before_last: bool = False
    after_previous: bool = False
    held: bool = True
    in_past: bool = False
    said_offset: int | None = None
    said_weekday: int | None = None
    said_date: tuple[int, int | None] | None = None
    day_number: int | None = None
    after_a_dated_week: bool = False
    plain: bool = True
    whole: bool = False

    @property
    def weekday_alone(self) -> bool:
        """A weekday named by itself: "Montag ja", "Der Dienstag hat stattgefunden"."""
        return (
            self.weekday is not None
            and self.weeks_back is None
            and not (self.last or self.before_last or self.after_previous)
            and self.said_offset is None
            and self.said_date is None
            and self.day_number is None
        )


# --- lexicon ---------------------------------------------------------------------------

# Weekday abbreviations ("mo", "do", "thu"), not "so", "sa", "sun", "sat" ("So ja, passt."
# is no Sunday), and not after "letzten" or a week ("letzte Woche Do" is left alone).
_SHORT = {name for name in WEEKDAYS_ANY if len(name) <= 5 and not name.endswith("day")}
_FULL = {name: day for name, day in WEEKDAYS_ANY.items() if name not in _SHORT}
_ABBREVIATIONS = {name for name in _SHORT if WEEKDAYS_ANY[name] < 5}
_RELATIVE = {"heute": 0, "today": 0, "gestern": -1, "yesterday": -1, "vorgestern": -2}
_ARTICLES = {"am", "an", "on", "the", "der", "den", "dem", "vom"}
_LAST = {"letzten", "letzter", "vergangenen", "vorigen", "last", "past"}
_BEFORE_LAST = {"vorletzten", "vorletzter"}
# "letzte Woche", "in der vergangenen Woche", "this week", "the week before last"
_WEEKS = {
    ("diese", "woche"): 0,
    ("dieser", "woche"): 0,
    ("this", "week"): 0,
    ("letzte", "woche"): 1,
    ("letzter", "woche"): 1,
    ("der", "letzten", "woche"): 1,
    ("in", "der", "letzten", "woche"): 1,
    ("vergangene", "woche"): 1,
    ("der", "vergangenen", "woche"): 1,
    ("vorige", "woche"): 1,
    ("last", "week"): 1,
    ("vorletzte", "woche"): 2,
    ("der", "vorletzten", "woche"): 2,
    ("the", "week", "before", "last"): 2,
    # weeks to come: their weekdays are no day of an answer
    ("naechste", "woche"): -1,
    ("kommende", "woche"): -1,
    ("next", "week"): -1,
    ("uebernaechste", "woche"): -2,
}
# A line that is nothing but a week heads the list below it: "letzte Woche:", "für diese
# Woche:"
_WEEK_HEAD = {"fuer", "for", "in", "termine", "sessions"}
_AFTER_PREVIOUS = {"davor", "vorher", "zuvor", "before"}
# after the weekday: "the Monday one", "Monday session" ("Montagstermin" is one word)
_ONE = {"one", "session", "call", "termin", "einheit", "behandlung", "appointment"}
_SIGNS_YES = {"✓", "✔", "☑", "✅", "👍"}
_SIGNS_NO = {"✗", "✘", "❌", "👎"}
_BARE_YES = {("ja",), ("jo",), ("jep",), ("jawohl",), ("yes",), ("yep",), ("yup",), ("ok",),
             ("okay",), ("in", "ordnung")}  # fmt: skip
_ONLY = {"nur", "only", "just"}  # "Nur Donnerstag." (the other day denied beside it)
_GOOD = {"gut", "super", "prima", "toll", "ok", "okay", "klasse", "perfekt", "schoen",
         "komplett", "vollstaendig", "voll", "da", "gemacht", "erledigt", "normal", "fine",
         "good", "great", "done", "well", "normally"}  # fmt: skip
# Words that may stand among a verdict's words: "war ja noch alles gut", "war wie immer",
# "Montag, Mittwoch beide gemacht"
_PARTICLES = {"ja", "noch", "alles", "sehr", "echt", "wirklich", "wieder", "wie", "immer",
              "ganz", "beide", "beides", "both", "all", "auch", "also", "too"}  # fmt: skip
# Verdicts that speak of the past by themselves (a word of _GOOD or _PARTICLES may follow
# or stand between: "war gut", "hat gut geklappt", "lief super")
_PAST_VERDICTS = (
    ("war",),
    ("waren",),
    ("war", "in", "ordnung"),
    ("hat", "stattgefunden"),
    ("haben", "stattgefunden"),
    ("hat", "geklappt"),
    ("haben", "geklappt"),
    ("hat's", "geklappt"),
    ("hats", "geklappt"),
    ("fand", "statt"),
    ("fanden", "statt"),
    ("stattgefunden",),
    ("geklappt",),
    ("lief",),
    ("liefen",),
    ("gelaufen",),
    ("ist", "gelaufen"),
    ("gemacht",),
    ("erledigt",),
    ("happened",),
    ("took", "place"),
    ("was",),
    ("were",),
    ("went",),
    ("done",),
    ("worked",),
    ("yes", "done"),
)
_PAST_WORDS = {word for verdict in _PAST_VERDICTS for word in verdict} | {"in", "ordnung"}
_ALSO = {"auch", "ebenfalls", "ebenso", "too", "also", "ooch", "aach"}
_NO = {"nicht", "nein", "no", "not", "nope", "didn't", "nee", "ned", "net", "nit", "nix",
       "nichts", "ausgefallen", "fiel", "abgesagt", "cancelled", "canceled", "verpasst",
       "verpennt", "verschlafen", "krank", "missed", "niemand", "nobody", "kein", "keine",
       "keinen", "cancel"}  # fmt: skip
# A no that says nothing but that the session was not held: "Do ✗", "Do. fiel aus"
_PLAIN_NO = {"nicht", "nein", "no", "nope", "not", "nee", "ned", "net", "nit", "nix", "leider",
             "fiel", "aus", "ausgefallen", "abgesagt", "cancelled", "canceled", "missed",
             "verpasst"}  # fmt: skip
# A no of something else than the session: a coming one ("Donnerstag kann ich nicht"),
# our paperwork ("den vom Montag hatte ich noch nicht bestätigt")
_NOT_OF_THE_SESSION = {"kann", "kannst", "koennen", "koennte", "werde", "wird", "will",
                       "moechte", "muss", "passt", "geht", "schaffe", "komme", "can", "could",
                       "cannot", "can't", "won't", "bestaetigt", "geantwortet", "gemeldet",
                       "confirmed", "replied"}  # fmt: skip
_FILLERS = {"danke", "thanks"} | _ALSO
# Clauses that say nothing beside the answers: "Mo ✓, Do ✗, danke", "sorry"
_COURTESY = {"danke", "vielen", "dank", "thanks", "thank", "you", "sorry", "lg", "vg", "gruss",
             "gruesse", "cheers", "hallo", "hi", "moin"}  # fmt: skip
# A clause after a yes that qualifies it: "Montag war gut, bis die Verbindung abbrach",
# "Montag ja, nur 20 Minuten", "Monday yes, until the line dropped"
_QUALIFIERS = {"bis", "als", "nur", "allerdings", "jedoch", "ausser", "bloss", "leider",
               "until", "only", "except", "though", "however"}  # fmt: skip

# --- grammar -----------------------------------------------------------------------------

_PARENTHESES = re.compile(r"\(([^()]*)\)")
_ANSWER_AHEAD = r"(?!\s*(?:(?:ja|jo|yes|yep|ok|okay|nein|no)\b|[✓✔☑✅✗✘❌👍👎]))"
# "und"/"aber" only before another day: not "Montag war aber nicht", "war doch abgesagt"
_NEXT_DAY = (
    r"(?=\s+(?:(?:am|an|on|the|der|den|dem|die|letzte\w*|vergangene\w*|vorige\w*|vorletzte\w*"
    r"|last|diese\w*|this)\s+)*"
    rf"(?:{alternation(WEEKDAYS_ANY)}|heute|gestern|vorgestern|today|yesterday)\b)"
)
# Clause ends: "Montag ja, Donnerstag nicht", "Mo ✓ / Do ✗", "Mo ✓ Mi ✓", "Di + Do",
# "Montag ja und Mittwoch auch" (not "Montag, ja": one answer)
_CLAUSE_BREAK = re.compile(
    rf"[;!?/+&]|(?<=[✓✔☑✅✗✘❌👍👎])(?=\s*[a-z])|[,:]{_ANSWER_AHEAD}|\s[–—-]\s{_ANSWER_AHEAD}"
    rf"|\b(?:aber|und|but|and|sowie){_NEXT_DAY}"
)
# words, signs, numbers ("23." after its weekday is the day's number; any other number
# makes the clause no answer by name: "Montag 23.2. ja") and the remarks set aside ("§0")
_TOKEN = re.compile(r"§\d+|[a-z]+(?:'[a-z]+)?|\d+\.?|[✓✔☑✅✗✘❌👍👎]")
_SKIN_TONES = re.compile("[\U0001f3fb-\U0001f3ff\ufe0f]")

_DayPhrase = tuple[int | None, int | None, int | None, bool, bool, bool, int | None]
_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])\.")


def weekday_answers(text: str) -> list[WeekdayAnswer]:
    """The answers by day name in a patient's text, sentence by sentence and clause by
    clause, in order ("Gestern ja. Der Mittwoch davor auch.": the second inherits the
    first's yes; "letzte Woche" on a line of its own places the weekdays below it)."""
    answers: list[WeekdayAnswer] = []
    head_week: int | None = None
    dated_week = False
    for sentence in written_sentences(text):
        written = " ".join(sentence.split())
        folded = _SKIN_TONES.sub("", fold(written).replace("\u2019", "'").replace("`", "'"))
        # a week named by a day in this sentence or one before ("in der Woche ab dem 16.")
        dated_week = dated_week or WEEK_OF_A_DAY.search(folded) is not None
        folded, remarks = _set_aside_remarks(folded)
        if (week := _week_heading(_TOKEN.findall(folded))) is not None:
            head_week = week
            continue
        for answer in _sentence_answers(folded, remarks, written, answers[-1] if answers else None):
            if head_week is not None and answer.weekday_alone:
                answer = replace(
                    answer, weeks_back=head_week, in_past=answer.in_past or head_week > 0
                )
            if answer.weekday_alone and dated_week:
                answer = replace(answer, after_a_dated_week=True)
            answers.append(answer)
    return answers


def _sentence_answers(
    folded: str, remarks: list[str], written: str, previous: WeekdayAnswer | None
) -> list[WeekdayAnswer]:
    """The answers of one sentence, clause by clause. Days named without a verdict wait
    for the next verdict ("Mo. und Mi. waren beide"); a yes followed by a clause that
    qualifies it ("Montag war gut, bis die Verbindung abbrach") is no plain yes, while a
    no may be followed by its reason."""
    found: list[WeekdayAnswer] = []
    waiting: list[_DayPhrase] = []  # days listed, their verdict still to come
    yes_before = False  # "Ja, Montag.": a bare yes, then the day in a clause of its own
    whole = True  # every clause an answer (or a word of thanks)
    for clause in _CLAUSE_BREAK.split(folded):
        tokens = _TOKEN.findall(clause)
        if not tokens or set(tokens) <= _COURTESY:
            continue
        if tokens[0] in _QUALIFIERS and found and found[-1].held and len(tokens) > 1:
            found.pop()  # "..., nur 20 Minuten"
            waiting = []
            whole = False
            continue
        if yes_before:
            tokens = ["ja", *tokens]
        yes_before = tuple(tokens) in _BARE_YES
        day, rest = _day_phrase(tokens)
        if day is not None and not rest and not any(t.startswith("§") for t in tokens):
            waiting.append(day)
            continue
        answer = _answer(tokens, remarks, written, found[-1] if found else previous)
        if answer is None and waiting and (verdict := _verdict_alone(tokens)) is not None:
            # "Di und Do diese Woche: beide ok."
            held, in_past, plain = verdict
            found.extend(
                _placed_alike(
                    [_with(d, written, held=held, in_past=in_past, plain=plain) for d in waiting]
                )
            )
            waiting = []
            continue
        if answer is None:
            waiting = []
            whole = False
            continue
        listed = [
            _with(day, written, held=answer.held, in_past=answer.in_past, plain=answer.plain)
            for day in waiting
        ]
        found.extend(_placed_alike([*listed, answer]))
        waiting = []
    whole = whole and not waiting
    return [replace(answer, whole=whole) for answer in found]


def _placed_alike(answers: list[WeekdayAnswer]) -> list[WeekdayAnswer]:
    """Days listed before one verdict share the one week any of them names: "Montag und
    Donnerstag letzte Woche haben beide stattgefunden" is last week's Monday too."""
    weeks = {a.weeks_back for a in answers if a.weeks_back is not None}
    if len(weeks) != 1:
        return answers
    week = weeks.pop()
    return [
        replace(a, weeks_back=week, in_past=a.in_past or week > 0) if a.weekday_alone else a
        for a in answers
    ]


def _week_heading(tokens: list[str]) -> int | None:
    """The week a line that names nothing else heads: "letzte Woche:", "für diese Woche"."""
    start = 0
    while start < len(tokens) and tokens[start] in _WEEK_HEAD:
        start += 1
    week, end = _week(tokens, start)
    return week if week is not None and end == len(tokens) else None


def leading_weekday(text: str) -> int | None:
    """The weekday a text begins with by itself ("Mi", "am Donnerstag", "Mi nur 20 min
    wegen Akku"), abbreviated too: what is left of "Mi ✗ (war krank)" once the sign and
    the remark are cut off, or the day a clause of a session cut short is about. None for
    a weekday placed by a week, "davor" or a date."""
    day, _ = _day_phrase(_TOKEN.findall(fold(text)))
    if day is None:
        return None
    weekday, _, week, last, before_last, after_previous, number = day
    placed = week is not None or last or before_last or after_previous or number is not None
    return None if placed else weekday  # ("Den Freitag davor ...": one day, not every one)


def answer_day(answer: WeekdayAnswer, mail_day: date, previous: date | None = None) -> date | None:
    """The day an answer names, written on `mail_day`: a relative word counts from it, a
    week named places the weekday in it, "letzten"/"vorletzten" count back from the day
    before it, "davor" from `previous` (the day of the answer before); a bare weekday is
    the last such day before the mail's day (None on its own weekday: today, or a week
    ago?). None for a day after the mail's, or when a day word beside it disagrees."""
    if answer.after_a_dated_week:
        return None  # that week's, or the last? a person reads it
    if answer.offset is not None:
        day = mail_day + timedelta(days=answer.offset)
    elif answer.weekday is None:
        return None
    elif answer.day_number is not None:
        found = _day_of_number(answer.day_number, answer.weekday, mail_day)
        if found is None:
            return None
        day = found
    elif answer.after_previous:
        if previous is None:
            return None
        day = previous - timedelta(days=(previous.weekday() - answer.weekday) % 7 or 7)
    elif answer.weeks_back is not None:
        monday = mail_day - timedelta(days=mail_day.weekday())
        day = monday + timedelta(days=answer.weekday - 7 * answer.weeks_back)
    else:
        back = (mail_day.weekday() - answer.weekday) % 7
        if back == 0 and not (answer.last or answer.before_last):
            # "Donnerstag (heute) hat stattgefunden"; else today, or a week ago?
            return mail_day if answer.said_offset == 0 else None
        if back == 1 and answer.last:
            return None  # "letzten Donnerstag" on the Friday: yesterday or the week before?
        back = (back or 7) + (7 if answer.before_last else 0)
        day = mail_day - timedelta(days=back)
    if day > mail_day:
        return None
    if answer.said_offset is not None and day != mail_day + timedelta(days=answer.said_offset):
        return None
    if answer.said_weekday is not None and day.weekday() != answer.said_weekday:
        return None
    if answer.said_date is not None and (
        day.day != answer.said_date[0] or answer.said_date[1] not in (None, day.month)
    ):
        return None
    return day


def _day_of_number(number: int, weekday: int, mail_day: date) -> date | None:
    """The latest day up to `mail_day` with that number in this month or the two before,
    if it falls on the weekday ("Do 19." written on 24 February: 19 February)."""
    year, month = mail_day.year, mail_day.month
    for _ in range(3):
        try:
            day = date(year, month, number)
        except ValueError:
            day = None
        if day is not None and day <= mail_day:
            return day if day.weekday() == weekday else None
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _answer(
    tokens: list[str], remarks: list[str], sentence: str, previous: WeekdayAnswer | None
) -> WeekdayAnswer | None:
    """The answer one clause gives, if it is a day phrase and a verdict and nothing else
    (a bare yes may come first: "Ja, Montag"); a no more loosely."""
    said = [token for token in tokens if token.startswith("§")]
    words = [token for token in tokens if not token.startswith("§")]
    day, rest = _day_phrase(words)
    if any(word[0].isdigit() for word in rest):
        return None  # "Mo 9.2. nein": a date, the date reader's
    if day is None:
        # "Ja, Montag.", "yes for Monday", "Nur Donnerstag.": a bare yes, then the day
        for yes in (*_BARE_YES, *((word,) for word in _ONLY)):
            if tuple(words[: len(yes)]) == yes:
                after = words[len(yes) :]
                day, rest = _day_phrase(after[1:] if after[:1] in (["for"], ["fuer"]) else after)
                if day is not None and not rest and not said:
                    return _with(day, sentence, held=True, in_past=False)
        return None
    beside = _said_beside(said, remarks)
    if rest and (rest[0] in _SIGNS_NO or rest[0] in _NO):
        plain = all(word in _SIGNS_NO or word in _PLAIN_NO for word in rest)
        return _with(day, sentence, held=False, in_past=True, said=beside, plain=plain)
    also = any(word in _ALSO for word in rest)
    rest = [word for word in rest if word not in _FILLERS]
    if not rest:
        # "und Mittwoch auch": what the answer before said, if it said yes
        if also and not said and previous is not None and previous.held:
            return _with(day, sentence, held=True, in_past=previous.in_past)
        return None
    if beside is None:
        return None  # "Mo ✓ (nur 20 min)": a remark a person reads
    if tuple(rest) in _BARE_YES or all(w in _SIGNS_YES or (w,) in _BARE_YES for w in rest):
        return _with(day, sentence, held=True, in_past=False, said=beside)
    if _agrees(rest):
        return _with(day, sentence, held=True, in_past=True, said=beside)
    if _agrees([word for word in rest if word not in _PARTICLES]):
        # "Montag, Mittwoch beide gemacht", "Montag war ja noch alles gut"
        return _with(day, sentence, held=True, in_past=True, said=beside)
    if any(word in _NO or word in _SIGNS_NO for word in rest) and not any(
        word in _NOT_OF_THE_SESSION for word in rest
    ):
        # "Donnerstag war ich krank", "am Donnerstag hat niemand angerufen": a no, not plain
        return _with(day, sentence, held=False, in_past=True, said=beside, plain=False)
    return None


def _verdict_alone(tokens: list[str]) -> tuple[bool, bool, bool] | None:
    """(held, in the past, plain) of a clause that is a verdict and nothing else, for the
    days listed before it: "beide ok", "waren beide", "✓", "beide nicht"."""
    words = [t for t in tokens if t not in {"beide", "beides", "both", "alle", "all"}]
    if not words:
        return None
    if tuple(words) in _BARE_YES or all(w in _SIGNS_YES or (w,) in _BARE_YES for w in words):
        return True, False, True
    if _agrees(words):
        return True, True, True
    if all(w in _SIGNS_NO or w in _PLAIN_NO for w in words):
        return False, True, True
    return None


def _agrees(tokens: list[str]) -> bool:
    """Words that only say the session went well: "war gut", "hat geklappt"."""
    return any(tuple(tokens[: len(verdict)]) == verdict for verdict in _PAST_VERDICTS) and all(
        word in _GOOD or word in _PAST_WORDS or word in _PARTICLES for word in tokens
    )


def _with(
    day: _DayPhrase,
    sentence: str,
    *,
    held: bool,
    in_past: bool,
    said: _Said | None = None,
    plain: bool = True,
) -> WeekdayAnswer:
    said = said or (None, None, None)
    weekday, offset, weeks_back, last, before_last, after_previous, number = day
    return WeekdayAnswer(
        sentence=sentence,
        weekday=weekday,
        offset=offset,
        weeks_back=weeks_back,
        last=last,
        before_last=before_last,
        after_previous=after_previous,
        held=held,
        in_past=in_past
        or (offset is not None and offset < 0)
        or (weeks_back or 0) > 0
        or last
        or before_last
        or after_previous,
        said_offset=said[0],
        said_weekday=said[1],
        said_date=said[2],
        day_number=number,
        plain=plain,
    )


_Said = tuple[int | None, int | None, tuple[int, int | None] | None]
_REMARK_DATE = re.compile(r"\s*(\d{1,2})\.(?:\s*(\d{1,2})\.?)?\s*")


def _said_beside(said: list[str], remarks: list[str]) -> _Said | None:
    """(day offset, weekday, (day, month)) of a remark in parentheses beside the answer
    ("(yesterday)", "(Mo)", "(1.4.)", "(26.)"); all None without one; None for any other
    remark or more than one."""
    if not said:
        return None, None, None
    if len(said) > 1:
        return None
    remark = remarks[int(said[0][1:])]
    if written := _REMARK_DATE.fullmatch(remark):
        month = int(written[2]) if written[2] else None
        return None, None, (int(written[1]), month)
    words = _TOKEN.findall(remark)
    if len(words) != 1:
        return None
    if words[0] in _RELATIVE:
        return _RELATIVE[words[0]], None, None
    weekday = WEEKDAYS_ANY.get(words[0].removesuffix("."))
    return (None, weekday, None) if weekday is not None else None


def _set_aside_remarks(folded: str) -> tuple[str, list[str]]:
    """The text with each remark in parentheses replaced by "§0", "§1", ..., and the
    remarks: "Monday ✓ (yesterday)" is "monday ✓ §0" and ["yesterday"]."""
    parts = _PARENTHESES.split(folded)  # text, remark, text, remark, ..., text
    remarks = parts[1::2]
    marks = [f" §{number} " for number in range(len(remarks))]
    text = "".join(part for pair in zip(parts[::2], [*marks, ""], strict=True) for part in pair)
    return text, remarks


def _day_phrase(words: list[str]) -> tuple[_DayPhrase | None, list[str]]:
    """(weekday, offset, weeks back, last, before last, after previous, day number) of the
    day phrase the words begin with, and the words after it."""
    at = 0
    while at < len(words) and words[at] in _ARTICLES:
        at += 1
    week, at = _week(words, at)
    last = before_last = False
    if at < len(words) and words[at] in _LAST:
        last, at = True, at + 1
    elif at < len(words) and words[at] in _BEFORE_LAST:
        before_last, at = True, at + 1
    if at >= len(words):
        return None, words
    word = words[at].removesuffix("'s")
    weekday = offset = None
    placed = last or before_last or week is not None
    if word in _FULL:
        weekday = _FULL[word]
    elif word in _ABBREVIATIONS and not placed:
        weekday = WEEKDAYS_ANY[word]
    elif word in _RELATIVE and not placed:
        offset = _RELATIVE[word]
    else:
        return None, words
    at += 1
    number = None
    if weekday is not None and at < len(words) and _DAY_NUMBER.fullmatch(words[at]):
        number, at = int(words[at][:-1]), at + 1  # "Do 19. ✔"
    if at < len(words) and words[at] in _ONE and weekday is not None:
        at += 1
    after_previous = False
    if weekday is not None and not placed:
        week, at = _week(words, at)
        if week is None and at < len(words) and words[at] in _AFTER_PREVIOUS:
            after_previous, at = True, at + 1
    day = (weekday, offset, week, last, before_last, after_previous, number)
    return day, words[at:]


def _week(words: list[str], at: int) -> tuple[int | None, int]:
    for phrase, back in _WEEKS.items():
        if tuple(words[at : at + len(phrase)]) == phrase:
            return back, at + len(phrase)
    return None, at
