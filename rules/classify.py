"""What a human mail is about: confirmation, forms, question, cancellation, reschedule,
technical problem, or other.

Rules read the sender's own words (quotes and signatures already cut) plus the subject of
a mail that starts a conversation; the subject of a reply ("Re:", "AW:") echoes our own
words and is ignored. Matching runs on a folded form of the text: lower case, umlauts
written ae/oe/ue, ß as ss, letters repeated three times or more once; the patterns accept
a missing umlaut ("ae?"), so "Bestätigung", "Bestaetigung" and "Bestatigung" read alike.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from rules import dialect
from rules.date_lexicon import MONTHS, alternation
from rules.dates import THERAPIST_STANDING_IN, day_spans
from rules.models import Category
from rules.moves import without_moves_within_the_day
from rules.openers import (
    BACK_TO_THE_DAYS,
    DAY_CLAUSE,
    EMOJI,
    SENTENCE_OPENERS,
    WRAPPED_LINE,
    goes_on,
)
from rules.plain_yes import has_a_blocker, is_plain_yes
from rules.the_rest import says_rest_held

__all__ = [
    "acknowledges_something_else",
    "classify_intent",
    "fold",
    "folded_sentences",
    "is_confirmation_sentence",
    "is_negated_confirmation",
    "lines_above_name",
    "negated_sentences",
    "written_sentences",
]


def classify_intent(*, subject: str, own_text: str, has_attachments: bool) -> frozenset[Category]:
    """The human categories of a mail; several may apply, OTHER only when none does.

    - CONFIRMATION: the sender states that a treatment took place or was received
      ("hat stattgefunden", "Behandlung erhalten", "ich bestätige die Leistung vom 6.4.",
      "I confirm I received the treatment"), or the whole text is a bare yes ("Ja",
      "Korrekt", "Bestätigt") — which the caller may accept only as an answer to our
      confirmation request. Not when negated in the same clause ("hat nicht
      stattgefunden", "keine Behandlung erhalten"; for "ich bestätige" anywhere in the
      sentence; and no sentence of the mail may deny a treatment), not in a question,
      and "bestätige den Termin" not when the sentence is about the future ("nächste
      Woche", "morgen", "ich komme") — that acknowledges a booking.
    - FORMS: attachments with words such as "anbei", "im Anhang", "Unterlagen",
      "Formular", "-bogen", "ausgefüllt", "Datenschutz", "Scan", "PDF", or with almost no
      words; without attachments only "anbei"/"im Anhang"-like words together with a form
      noun (the patient forgot the attachment). Talking about forms ("kann ich die
      Formulare per Post schicken?") is not FORMS.
    - QUESTION: a "?" or question phrasing ("können Sie", "ich hätte eine Frage",
      "wann ist", "wie lange") in a sentence that is not itself a reschedule,
      cancellation or technical request.
    - CANCELLATION: "absagen", "stornieren", "kann/konnte nicht kommen/teilnehmen",
      "muss den Termin ausfallen lassen", being ill ("krank", "Fieber").
    - RESCHEDULE: "verschieben", "verlegen", "anderen/neuen Termin", "umbuchen".
    - TECHNICAL: access code, link, camera, microphone, sound, connection or browser
      trouble ("Zugangscode funktioniert nicht", "kein Ton", "komme nicht rein").
    """
    # Closing formulas ("Sollten Sie Fragen haben, ...") and the patient's own late answer
    # ("das hatte ich noch nicht bestätigt") say nothing about the treatment.
    written = list(_sentences(own_text))
    if subject and not _REPLY_PREFIX.match(subject):
        written.append(fold(_strip_reply_prefixes(subject)))
    sentences = [_FORMULAS.sub(" ", sentence) for sentence in written]
    folded = " \n".join(sentences)

    categories: set[Category] = set()
    # A sentence that confirms and does not also deny is a confirmation, even beside one
    # that says another day did NOT take place ("Am 6.4. ja. Am 8.4. hat niemand
    # angerufen."): decide keeps only days that no doubtful sentence touches, and staff
    # see the mail. A bare yes beside a denial is no yes.
    denied = any(is_negated_confirmation(sentence) for sentence in sentences)
    if (
        any(
            # the reader reads the sentence whole: a cut formula leaves its day without a verb
            # (or without the formula: "Ich hatte am Dienstag, 3. März Behandlung, weiß aber
            # nicht, ob das so reicht")
            (
                is_plain_yes(whole)
                or (sentence != fold(whole) and is_plain_yes(sentence))
                or _is_confirmation_sentence(sentence, plain=False)
            )
            and not is_negated_confirmation(sentence)
            for whole, sentence in zip(written, sentences, strict=True)
        )
        or any(
            # a plain yes as a statement of its own beside other business ("3.3. und 5.3. waren
            # gut – am 9.3. hat niemand angerufen"): decide reads the rest, day by day
            is_plain_yes(part) and not is_negated_confirmation(fold(part))
            for whole in written
            for part in _statements(whole)
        )
        or (not denied and (_is_bare_yes(own_text) or _bare_yes_beside_questions(own_text)))
        or any(
            # "hiermit bestätige ich ... bis auf den 30.01., da war ich beim Augenarzt. Also
            # 16.01., 23.01. und gestern.": the days confirmed, restated after the exception
            _restates_days(whole) and any(SPEAKS_OF_CONFIRMING.search(s) for s in sentences[:i])
            for i, whole in enumerate(written)
        )
    ):
        categories.add(Category.CONFIRMATION)
    if has_attachments and (
        _FORMS_SENT.search(folded)
        or _FORM_NOUN.search(folded)
        or _FORMS_WITH_ATTACHMENT.search(folded)
        or _word_count(folded) < 3
    ):
        categories.add(Category.FORMS)
    elif _FORMS_SENT.search(folded) and _FORM_NOUN.search(folded):
        # "anbei die Formulare" without an attachment: forgotten, staff should know
        categories.add(Category.FORMS)
    # a question that is itself the request to move, cancel or fix something is that
    # request ("Können wir den Termin verschieben?"), not a further question
    if any(
        _is_question(sentence)
        and not _RESCHEDULE.search(sentence)
        and not _CANCELLATION.search(sentence)
        and not _TECHNICAL.search(_NOT_TECHNICAL.sub(" ", sentence))
        for sentence in sentences
    ):
        categories.add(Category.QUESTION)
    if _CANCELLATION.search(folded):
        categories.add(Category.CANCELLATION)
    if _RESCHEDULE.search(without_moves_within_the_day(folded)):
        categories.add(Category.RESCHEDULE)
    if _TECHNICAL.search(_NOT_TECHNICAL.sub(" ", folded)):
        categories.add(Category.TECHNICAL)
    if _CHANGED_DETAILS.search(folded):
        # "Bitte die Rechnungen künftig an die Kanzleiadresse schicken": business for staff
        # beside whatever else the mail says
        categories.add(Category.OTHER)
    return frozenset(categories or {Category.OTHER})


# --- text folding --------------------------------------------------------------------------

_FOLDS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "’": "'", "`": "'"})
_REPEATS = re.compile(r"(\w)\1{2,}")
_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)


# "jaa", "joo": a yes drawn out (three letters or more fold to one anyway).
_LONG_YES = re.compile(r"\bj([ao])\1\b")


def fold(text: str) -> str:
    """Lower case, umlauts as ae/oe/ue, ß as ss, URLs removed, no letter repeated 3+ times,
    "jaa" as "ja"."""
    text = _URL.sub(" ", text.lower().translate(_FOLDS))
    return _LONG_YES.sub(r"j\1", _REPEATS.sub(r"\1", text))


def folded_sentences(text: str) -> Iterator[str]:
    """The folded sentences of a text, split as classify_intent splits them."""
    return _sentences(text)


def written_sentences(text: str) -> Iterator[str]:
    """The sentences of a text as written (not folded), split as classify_intent splits
    them: at line breaks, after ! and ?, and at a full stop followed by a capital letter
    after a word ("am 6.4. hat", "am 13. Nov. erhalten" stay whole); in a line written
    all in lower case, at a full stop after a word that is no abbreviation. A line the
    mail program wrapped (long, without a sentence end) goes on in the next."""
    for line in _unwrapped(text.splitlines()):
        split = _LOWER_CASE_SENTENCE_END if writes_in_lower_case(line) else _SENTENCE_END
        for sentence in split.split(line):
            if sentence.strip():
                yield sentence.strip()


_OPENER_CAPITALISED = "|".join(
    sorted((w[:1].upper() + w[1:] for w in SENTENCE_OPENERS if w.isalpha()), key=len, reverse=True)
)
# A full stop after a word of four letters or more, before a number: "Ich habe nicht alle
# Termine bestätigt. 5.8 und 12.8 alles gemacht" (not "Nr. 5", "Tel. 0171", "Sept. 2026").
_WORD_STOP_BEFORE_A_DAY = (
    r"(?<=[^\W\d_]{4}\.)"
    + "".join(
        rf"(?<!\b{word}\.)(?<!\b{word.capitalize()}\.)"
        for word in ("sept", "inkl", "exkl", "bzgl", "zzgl", "evtl", "ziff")
    )
    + r"[ \t]+(?=\d)"
)
# A full stop after a word, before a capital letter: a sentence ends ("am 6.4. hat" and
# "am 13. Nov. erhalten" stay whole); after a date only before a word that opens sentences
# ("on Aug 17. I'm travelling", "am 6.4. Am 8.4. ..."); a pictograph before a capital.
_BACK_TO_THE_DAYS_CAPITALISED = "|".join(sorted(w.capitalize() for w in BACK_TO_THE_DAYS))
FULL_STOP = (
    r"(?<=[^\W\d_]{2}\.)\s+(?=[A-ZÄÖÜ])|(?<=[)\"“”»\s]\.)\s+(?=[A-ZÄÖÜ])"
    r"|(?<=[^\W\d_]{3}\.)(?=[A-ZÄÖÜ][a-zäöüß])"  # no space: "hat statt gefunden.Am Freitag"
    rf"|(?<=[0-9]\.)[ \t]+(?=(?:{_OPENER_CAPITALISED})(?![^\W\d_]))"
    rf"|(?<=[0-9]\.)[ \t]+(?={DAY_CLAUSE})"  # "vom 05.03. Montag hab ich verpennt"
    # after a year ("vom 1. Oktober 2026. Ihre Bitten ..."), not before words that go on
    # about its days ("29.09. und 06.10.2026. Beide haben stattgefunden.")
    rf"|(?<=[0-9]{{4}}\.)\s+(?=[A-ZÄÖÜ])(?!(?:{_BACK_TO_THE_DAYS_CAPITALISED})\b)"
    rf"|(?<=\S{EMOJI})\s+(?=[A-ZÄÖÜ])|(?<=\S\s{EMOJI})\s+(?=[A-ZÄÖÜ])"  # not "✅ Di 3.2."
    rf"|{_WORD_STOP_BEFORE_A_DAY}"
)
# In text written all in lower case: a full stop after a word that is no abbreviation.
LOWER_CASE_FULL_STOP = (
    r"(?<=[^\W\d_]{2}\.)(?<!\bbzw\.)(?<!\bggf\.)(?<!\bevtl\.)(?<!\busw\.)(?<!\binkl\.)"
    r"(?<!\bca\.)(?<!\bnr\.)(?<!\btel\.)(?<!\bstr\.)(?<!\bjan\.)(?<!\bfeb\.)(?<!\bmrz\.)"
    r"(?<!\bapr\.)(?<!\bjun\.)(?<!\bjul\.)(?<!\baug\.)(?<!\bsep\.)(?<!\bsept\.)(?<!\bokt\.)"
    r"(?<!\bnov\.)(?<!\bdez\.)\s+(?=[a-zäöü])"
    r"|(?<=\)\.)\s+(?=[a-zäöü])"  # "der davor auch (26.2). nur am 19.2 ..."
    # a pictograph after a word ("super 👍 danke"), not a tick beside a day in a list
    # ("- 04.03. ✔ hat stattgefunden": one sentence)
    rf"|(?<=[^\W\d_]{EMOJI})[ \t]+(?=[^\W\d_])|(?<=[^\W\d_][ \t]{EMOJI})[ \t]+(?=[^\W\d_])"
    rf"|(?<=\S{EMOJI})\s+(?=[A-ZÄÖÜ])|(?<=\S\s{EMOJI})\s+(?=[A-ZÄÖÜ])"  # "6.4. 🙂 Am 8.4."
    rf"|{_WORD_STOP_BEFORE_A_DAY}"
)
_SENTENCE_END = re.compile(rf"(?<=[!?])\s+|{FULL_STOP}")
# a capital after a sentence end, not the closing greeting ("... machen? LG Leonie")
_CAPITAL_AFTER_STOP = re.compile(
    r"[.!?]\s+(?!(?:LG|VG|MfG|Lg|Vg|Gruß|Gruss|Grüße|Gruesse|Liebe Grüße|Viele Grüße)\b)[A-ZÄÖÜ]"
)
_FIRST_LETTER = re.compile(r"[^\W\d_]")


def writes_in_lower_case(text: str) -> bool:
    """Whether the writer starts sentences in lower case: the text begins with a small
    letter (after a greeting: "Hallo, ja gestern termin war. der davor auch.") and no
    sentence in it begins with a capital."""
    first = _FIRST_LETTER.search(_OPENING_GREETING.sub("", text, count=1))
    return first is not None and first.group().islower() and not _CAPITAL_AFTER_STOP.search(text)


_OPENING_GREETING = re.compile(
    r"^\W*(?:hallo|hi|hey|moin|servus|guten\s+(?:tag|morgen|abend))\b[ \t]*[,!]?", re.IGNORECASE
)


_LOWER_CASE_SENTENCE_END = re.compile(rf"(?<=[!?])\s+|{LOWER_CASE_FULL_STOP}")


def _sentences(text: str) -> Iterator[str]:
    """The folded written_sentences."""
    return (fold(sentence) for sentence in written_sentences(text))


# A long line ending in a date's full stop whose next line goes on in lower case is wrapped:
# "Die Termine am 10.2. und am 17.2.\nhat sie gemacht." (blind IO io30)
_ENDS_IN_A_DATE = re.compile(r"(?<![\d.])\d{1,2}\.(?:\s?\d{1,2}\.(?:\d{2}|\d{4})?)?$")
# ... or its month: "am Montag 12. und am Montag 19.\nOktober hat er beide gehabt" (io09)
_A_MONTH_FIRST = re.compile(rf"(?:{alternation(MONTHS)})\b", re.IGNORECASE)


def _unwrapped(lines: list[str]) -> Iterator[str]:
    pending = ""
    for index, line in enumerate(lines):
        pending = f"{pending} {line.strip()}" if pending else line.strip()
        following = line.rstrip()
        after = lines[index + 1].lstrip() if index + 1 < len(lines) else ""
        # a short line ending in a comma is a greeting ("Hallo,"), not a wrapped sentence
        if (
            (len(following) >= WRAPPED_LINE and not following.endswith((".", "!", "?", ":", ";")))
            or goes_on(following)
            or (
                len(following) >= WRAPPED_LINE
                and _ENDS_IN_A_DATE.search(following)
                and (after[:1].islower() or _A_MONTH_FIRST.match(after))
            )
        ):
            continue
        yield pending
        pending = ""
    if pending:
        yield pending


_REPLY_PREFIX = re.compile(r"^\s*(?:re|aw|wg|fwd?|wtr|antw|sv|tr)\s*(?:\[\d+\])?\s*:", re.I)


def _strip_reply_prefixes(subject: str) -> str:
    while match := _REPLY_PREFIX.match(subject):
        subject = subject[match.end() :]
    return subject


def _word_count(text: str) -> int:
    return len(re.findall(r"[a-z]{2,}", text))


# --- confirmation --------------------------------------------------------------------------

_TREATMENT = (
    r"(?:behandlung|therapie|termin|sitzung|leistung|stunde|einheit|anwendung|telefonat|anruf"
    r"|video\w*|krankengymnastik|kg|physio\w*|manuelle therapie|mt|kgg|telemedizin\w*"
    r"|teletherapie|online-?\w*|session|treatment|appointment|therapy)\w*"
)
# A treatment a patient "has": the session, not the booking ("einen Termin gehabt" may be one).
_HELD_SESSION = (
    r"(?:(?:tele|video|telefon|physio)?(?:behandlung|therapie)(?:en|n)?|(?:video|telefon)?sitzung(?:en)?"
    r"|(?:video|physio|therapie|behandlungs)?stunde(?:n)?|telefonat(?:e)?|krankengymnastik|kg"
    r"|(?:video|telefon)?termine?)"
)
# "am 7.5. hat Marie teilgenommen", "ich habe an der Behandlung teilgenommen"; not "an
# einem Kurs teilgenommen": a part taken in anything but a treatment is something else.
_TOOK_PART = (
    rf"\b(?:habe|hab|hat|haben|hatte|hatten)\b(?:(?!\ban\b)[^!?,;]){{0,40}}\bteilgenommen\b"
    rf"|\ban\s+(?:der|dem|den|meiner|meinem|ihrer|ihrem|unserer|unserem|seiner|seinem)\s+"
    rf"(?:\w+\s+)?{_TREATMENT}\b[^!?,;]{{0,30}}\bteilgenommen\b"
)
# strong statements that something took place: never read as future
_TOOK_PLACE = re.compile(
    rf"""
    sta(?:t+|dt)\s?[gj]?['’]?e?fun\w*      # stattgefunden (+ typos, "stattgfundn", "stadtgefunden")
  | \bfand(?:en)?\b[^!?]{{0,60}}\bstat+\b                         # fand ... statt
  | \b{_TREATMENT}\b(?:[^!?.]|\.(?!\s+\d)){{0,60}}\b(?:erhalten|bekommen|wahrgenommen|erbracht
        |absolviert|durchgefue?hrt|in\s+anspruch\s+genommen|gemacht|erfolgt)\b
                                # within the sentence: "... alles gut. 8 April nicht gemacht"
  | \b(?:erhalten|bekommen|wahrgenommen)\b[^!?]{{0,10}}\b(?:habe|haben|hab)\b[^!?]{{0,40}}
        \b{_TREATMENT}\b
  | \b{_TREATMENT}\b[^!?]{{0,60}}\b(?:war|waren|lief|liefen|verlief|verliefen)\b[^!?]{{0,30}}
        \b(?:erfolgreich|gut|super|toll|prima|hilfreich|angenehm|klasse|okay|ok|wunderbar|schoe?n
        |in\s+ordnung)\b                          # "die Telefonate ... waren in Ordnung"
  | \b(?:hatte|hatten)\b(?:[^!?,;]|(?<=\d\.),){{0,40}}\b(?:meine|ihre|seine|unsere)[nm]?\s+
        (?:\w+\s+)?{_HELD_SESSION}\b\s*(?:(?:bei\s+(?:ihnen|euch)|per\s+(?:video|telefon)
        |am\s+telefon|heute|gestern)\s*)*(?:[.!,;]|$|\s+und\b)
                                  # "Marie hatte heute ihre Stunde.", not "... vergessen"
  | \b{_TREATMENT}\b[^!?]{{0,80}}\b(?:hat|haben|habe|hab)\s+(?:er|sie|ich|wir)\s+
        (?:(?:beide|alle|auch|jeweils)\s+)?gehabt\b  # "Seine Behandlungen ... hat er beide gehabt"
  | {_TOOK_PART}
  | \b(?:therapeut\w*|physiotherapeut\w*|behandler\w*|krankengymnast\w*)\b[^!?,;]{{0,40}}
        \b(?:hat|haben)\b[^!?,;]{{0,30}}\bangerufen\s*(?:[.!]|$)  # "Therapeut hat mich angerufen."
  | \b(?:wir|mit\s+mir)\b[^!?]{{0,40}}\bue?bungen\b[^!?]{{0,30}}\b(?:gemacht|durchgefue?hrt
        |durchgegangen)\b   # "wir haben die Übungen zusammen gemacht", "mit mir die Übungen"
  | \bue?bungen\s+(?:haben|hatten)\s+wir\b[^!?]{{0,40}}\b(?:gemacht|durchgefue?hrt
        |durchgegangen)\b                     # "die Übungen haben wir am 3.3. gemacht"
  | \b(?:wurde|wurden|bin|worden)\b[^!?]{{0,40}}\bbehandelt\b
  | \bbehandelt\s+(?:worden|wurde)\b
  | \bhaben\b[^!?]{{0,40}}\btelefoniert\b
  | \b{_TREATMENT}\b[^!?]{{0,40}}\b(?:hat|haben)\b[^!?]{{0,20}}\b(?:geklappt|funktioniert)\b
                      # "der erste und der zweite Termin (22. und 29.10.) haben geklappt"
  | \bwar\b[^!?]{{0,30}}\bin\s+(?:der\s+)?(?:\(?(?:video|telefon|tele)-?\)?\s*)?behandlung\b
                                          # "in (Video-)Behandlung", not "in ärztlicher ..."
  | \b(?:hat|hatte|hot|hett|haet)\s+(?:alles\s+|allet\s+)?(?:sehr\s+|wunderbar\s+|super\s+|gut\s+
        |prima\s+)?(?:(?:ge|g'|g|je)?klappt|funktioniert)\b  # "hot g'klappt", "allet jeklappt"
  | \b(?:hat|hatte)\s+(?:heute|gestern|vorgestern)\s+(?:\w+\s+){{0,3}}(?:geklappt|funktioniert)\b
                                                            # "hat heute prima geklappt"
  | \bwar\s+(?:sehr\s+|richtig\s+|echt\s+)?(?:gut|super|prima|toll|klasse|spitze|hilfreich
        |angenehm)\s+(?:heute?|gestern|vorgestern)\b             # "War gut gestern"
  | \b(?:hat|hats|des\s+hat|das\s+hat)\s+(?:\w+\s+){{0,3}}(?:gepasst|gklappt)\b  # colloquial
  | \blief\s+(?:\w+\s+){{0,2}}(?:super|gut|prima|toll|klasse|bestens|wunderbar|reibungslos)\b
  | \b(?:worked|went)\s+(?:perfectly|well|fine|great|smoothly)\b[^!?]{{0,20}}\b(?:today
        |yesterday)\b | \b{_TREATMENT}\b[^!?]{{0,30}}\b(?:done|completed|finished)\b
  | \b(?:hat|haben)\s+(?:mir\s+)?(?:sehr\s+|richtig\s+|echt\s+)?gut\s+getan\b
  | \b(?:war|waren)\s+(?:beide\s+|alle\s+)?dabei\b
  | \b(?:war|waren)\s+(?:beide|alle|alle\s+beide)\s+da\b          # "die Anrufe waren beide da"
  | \b(?:war|waren)\s+(?:ich\s+|wir\s+)?da\s*(?:[.!,]|$|\s+(?:am|vom)\s+\d)  # "war da am 6.4."
  | \btook\s+place\b | \bdid\s+(?:indeed\s+|actually\s+)?take\s+place\b | \bhappened\b
  | \bdid\s+(?:indeed\s+|actually\s+|all\s+)?happen\b         # "Both of those sessions did happen"
  | \b(?:war|waren)\s+(?:die|der|das|meine|unsere)\s+(?:\w+\s+)?{_TREATMENT}\s*
        (?:(?:auf\s+jeden\s+fall|definitiv|beide|alle|wie\s+(?:vereinbart|geplant|immer
        |gewohnt))\s*)?(?:[.!]|$)      # "Am 8. und 15.9. waren die Behandlungen auf jeden Fall."
  | \bwent\s+ahead\b
  | \b(?:received|had|attended|got|completed)\b[^!?]{{0,30}}\b{_TREATMENT}\b
  | \b{_TREATMENT}\b[^!?]{{0,40}}\b(?:went|was)\b[^!?]{{0,20}}\b(?:well|good|great|fine
        |successful)\b
    """,
    re.VERBOSE,
)
# Thanks for the session, its day right after ("Ich wollte mich bedanken für das Gespräch
# am Montag, dem 23. März", "Vielen Dank für die tolle Behandlung gestern", "thanks for the
# session on Tuesday"); not for the appointment (a booking), our mail or a confirmation.
_THANKS_FOR_A_SESSION = re.compile(
    r"\b(?:(?:be)?dank\w*\s+(?:mich\s+|uns\s+)?(?:\w+\s+){0,2}?fue?r\s+(?:die|das|den)"
    r"|thank(?:s|\s+you)\s+(?:\w+\s+){0,2}?for\s+(?:the|our|my))\s+(?:\w+\s+)?"
    r"(?:(?:video|telefon)?(?:behandlung|sitzung)|therapie|telefonat|gespraech|stunde|einheit"
    r"|behandlungsstunde|therapiestunde|session|treatment|call|therapy)\b"
)
# What may stand between the session and its day: "am", "vom", "on" (not a comma: "Danke
# für die Stunde, am 23.3. bin ich weg" names the day of the next clause).
_BEFORE_ITS_DAY = re.compile(r"\s*(?:(?:am|vom|an|on)\s+)?")


def _thanks_for_a_session(sentence: str) -> re.Match[str] | None:
    """ "Danke für die Behandlung am 23.3.": the thanks, when a day follows the session."""
    for match in _THANKS_FOR_A_SESSION.finditer(sentence):
        gap = _BEFORE_ITS_DAY.match(sentence, match.end())
        at = gap.end() if gap else match.end()
        if any(start <= at < end for start, end in day_spans(sentence)):
            return match
    return None


_DASH = re.compile(r"\s[–—-]\s|;|\b(?:aber|jedoch|sondern|but|however)\b")


# ", bei 12.3 ..." after days of its own: the next clause speaks of another day
_ANOTHER_DAYS_CLAUSE = re.compile(
    r",\s*(?=(?:(?:bei|beim|am|an|den|dem|der|die|vom|zum|on|the)\s+){0,2}\d{1,2}\s*[./]\s*\d)"
)


def _dash_part(sentence: str, offset: int) -> str:
    """The part of the sentence around offset between dashes, semicolons and "aber": a
    statement of its own ("ich bestätige den 5.3., aber nächsten Dienstag kann ich nicht");
    a clause opening with another day after days of its own is one too ("ich bestätige die
    Termine vom 19.2 und 5.3, bei 12.3 weiß ich nicht mehr": rules/doubt.py reads it)."""
    start = 0
    cuts = sorted(
        [
            *((cut.start(), cut.end()) for cut in _DASH.finditer(sentence)),
            *(
                (cut.start(), cut.end())
                for cut in _ANOTHER_DAYS_CLAUSE.finditer(sentence)
                if re.search(r"\d", sentence[: cut.start()])
            ),
        ]
    )
    for cut_start, cut_end in cuts:
        if cut_start >= offset:
            return sentence[start:cut_start]
        start = max(start, cut_end)
    return sentence[start:]


# Where a statement ends and a question of its own begins ("..., aber brauche ich ...?").
_QUESTION_BREAK = re.compile(
    r"\s[–—-]\s|;|\b(?:aber|jedoch|but)\s+(?=(?:k(?:ö|oe?)nn(?:en|ten?)|kann|brauche|mu(?:ss|ß)|darf|soll"
    r"|wann|wie|was|wo|warum|wer|welche\w*|ist|sind|gibt|hat|haben|habe|bekomme|could|can|do|is"
    r"|when|how|what)\b)"
)


_RESTATING = re.compile(r"^\W*(?:also|sprich|d\.\s?h\.|das\s+hei(?:ss|ß)t|somit|i\.\s?e\.)\W*")
_LIST_WORDS = frozenset(
    {"und", "sowie", "den", "dem", "am", "vom", "der", "die", "and", "the", "on"}
)
# A sentence about confirming at all, even one that is no plain yes: "den 12. und 19.10.
# hatte ich noch nicht bestätigt, die waren auch" (folded).
SPEAKS_OF_CONFIRMING = re.compile(r"bestae?tig|stattgefunden|stattfand|confirm|took\s+place")


def _restates_days(sentence: str) -> bool:
    """ "Also 16.01., 23.01., 06.02. und gestern den 20.02.": "also" and nothing but days."""
    lead = _RESTATING.match(sentence.lower())
    if lead is None:
        return False
    rest = sentence[lead.end() :]
    spans = day_spans(rest)
    if not spans:
        return False
    for start, end in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    return all(word in _LIST_WORDS for word in re.findall(r"[^\W\d_]+", rest.lower()))


def _statements(sentence: str) -> list[str]:
    """The statements of a sentence joined by dashes, semicolons or "aber" (none if one),
    and what follows an introduction and a colon (see _after_introduction)."""
    parts = [p.strip(" ,") for p in _DASH.split(sentence) if p.strip(" ,")]
    told = _after_introduction(sentence)
    return [*(parts if len(parts) > 1 else ()), *((told,) if told else ())]


# An introduction before the first colon: "Also, der Reihe nach, ich habe es mir im Kalender
# angestrichen: Mittwoch, 25. März, hat die Therapeutin angerufen."
_INTRODUCTION = re.compile(r"^(?P<intro>[^:\d]{3,120}):\s+(?=[^\W\d_])")


def _after_introduction(sentence: str) -> str:
    """The rest of a sentence after an introduction that names no day and holds no
    blocker (negation, doubt, someone else ...): read whole, so that what follows the
    statement still counts ("... hat am 6.4. angerufen: sie wollte einen neuen Termin")."""
    match = _INTRODUCTION.match(sentence)
    if match is None or has_a_blocker(match["intro"]) or day_spans(match["intro"]):
        return ""
    return sentence[match.end() :]


# A part in question word order: "hat die Behandlung am 6.4. stattgefunden, ..."
_ASKED = re.compile(
    r"\s*(?:hat|haben|hatte|hatten|war|waren|ist|sind|fand|fanden|wurde|wurden|kann|koennen"
    r"|muss|soll|sollte|did|was|were|has|have|is|are)\b"
)
# A bare "war" is a yes only in a main clause: not "ob die Behandlung am 6.4. war".
_WAR = re.compile(r"\bwar(?:en)?\b")
_SUBORDINATOR = re.compile(r"\b(?:ob|als|wann|falls|wenn|sofern|dass|whether|if|when)\b")
# "ich bestätige ...", "hiermit bestätige ich", "Bestätige den Termin vom Montag"
_CONFIRM_VERB = re.compile(
    r"""
    \b(?:ich|wir|hiermit|hiemit|hierdurch|hier\s*mit)\b(?:(?!\baber\b)[^!?;–—]){0,40}
        \bbe?st(?:ae?|e)tt?ig(?:e|en|t)\b
  | \bbe?st(?:ae?|e)tt?igung\s+(?:der|des|fue?r|ue?ber|meiner|unserer)\b[^!?]{0,30}
        \b(?:(?:video|telefon|tele)?(?:behandlung|termin|sitzung)|leistung|teilnahme|therapie
        |krankengymnastik|physiotherapie|kg|manuelle\s+therapie|telefonat|stunde)
  | \b(?:behandlung|leistung|teilnahme|sitzung|therapie)\w*\b[^!?]{0,40}\bbe?st(?:ae?|e)tt?igt
        \s*(?:[.!]|$)                            # "Teilnahme an der Behandlung vom 6.4. bestätigt."
  | \bbe?st(?:ae?|e)tt?igung\s+(?:(?:tele|video|telefon)?behandlung|leistung|sitzung|therapie)
        \w*\b                                   # a subject: "Bestätigung Behandlung 6.4."
  | \bbe?st(?:ae?|e)tt?ige?\s+(?:ich|wir|hiermit|hier\s*mit)\b  # "bestätige ich hiermit"
  | \b(?:mein\s+(?:mann|vater|papa|opa|sohn)|meine\s+(?:frau|mutter|mama|oma|tochter)|mama|papa
        |oma|opa)\b[^!?;–—.]{0,40}\bbe?st(?:ae?|e)tt?igt\s+(?:ihnen\s+)?(?:hiermit\s+)?
        (?:die|den|das|seine|ihre)\b   # "mein Mann H. Wolff bestätigt Ihnen die Behandlung"
  | \b(?:hiermit|hier\s*mit)\s+(?:die\s+|meine\s+)?be?st(?:ae?|e)tt?igung\b
  | \bbe?st(?:ae?|e)tt?igung\s+(?:fue?r|vom|zum)\s+(?:den\s+)?\d{1,2}\.
                                        # "hiermit Bestätigung für 25.3., 30.3. und 1.4."
  | \b(?:i|we)\s+(?:hereby\s+|can\s+)?confirm\b | \bconfirming\b | \bto\s+confirm\b
  | \b(?:hiermit|hier\s*mit|bestae?tigung)\b[^!?]{0,30}\b(?:nachgeholt|nachgereicht)\b
                                                  # "hiermit nachgeholt: 6.4." (a late yes)
  | \b(?:koe?nnen|due?rfen)\s+sie\s+(?:(?:\w+\.?|\(\d{1,2}\.\))\s+){0,4}abrechnen\b
  | \b(?:kann|koe?nnen|darf|due?rfen)\s+(?:(?:\w+\.?)\s+){0,4}abgerechnet\s+werden\b
                                    # "die können Sie abrechnen": billing is what we ask for
    """,
    re.VERBOSE,
)
_NEGATION = re.compile(
    rf"""\b(?:{"|".join(dialect.NEGATIONS)})\b
      | \b(?:nicht|nich|nichts|kein|keine|keinen|keiner|nie|niemals|niemand|weder|never|not|no\s+one
        |nobody|didn'?t|wasn'?t|hasn'?t|haven'?t|hadn'?t|won'?t)\b
      | ausgefallen | abgesagt | \bvergeblich | umsonst\s+gewartet | nicht\s+erschienen
      | \bverpasst | \bversae?umt | \bverschlafen | \bmissed\b""",
    re.VERBOSE,
)
_FUTURE = re.compile(
    r"""\b(?:nae?chste[nrms]?|kommende[nrms]?|morgen|ue?bermorgen|werde|werden|wird|komme|kommen
        |freue|freuen|bis\s+dann|bis\s+bald|demnae?chst|zukue?nftig|spae?ter|next|tomorrow|will
        |upcoming|looking\s+forward|see\s+you|bin\s+dabei|dabei\s+sein|dabei\s+bin|dabei\s+sind
        |be\s+there|shall)\b
      | \b(?:i|we|you|she|he)'ll\b | \b(?:i\s+am|i'm|we\s+are|we're)\s+going\s+to\b""",
    re.VERBOSE,
)
# A confirmation promised for later, whatever day it is about: "bestätige ich Ihnen morgen
# vom Büro aus", "den Termin von gestern werde ich später bestätigen", "I'll confirm it
# tomorrow".
_PROMISE_TO_CONFIRM = re.compile(
    r"\bbestae?tige\w*\s+(?:ich\s+)?(?:(?:ihnen|euch|dir|das|es|den|die|termin\w*|dann|gerne?)\s+)*"
    r"(?:erst\s+)?(?:morgen|ue?bermorgen|spae?ter|nachher|demnae?chst|heute\s+abend|am\s+wochenende"
    r"|nae?chste\s+woche|nach\s+(?:de[mr]|meine[mr])\s+(?:urlaub|reise|rue?ckkehr|kur|reha"
    r"|wochenende|feiertage\w*|krankenhaus\w*|schicht|arbeit))\b"
    # the day named before the verb: "kann ich erst nächste Woche bestätigen", "erst am
    # Montag bestätigen" (not the late answer "erst jetzt/heute", given now)
    r"|\berst\s+(?!(?:jetzt|nun|heute)\b(?!\s+(?:abend|nachmittag|mittag)))(?:\w+\s+){0,4}?"
    r"bestae?tigen\b"
    r"|\bbestae?tigen\s+(?:kann|koennte|werde|will|muss|darf)\s+ich\s+(?:\w+\s+){0,2}?"
    r"(?:erst|spae?ter|morgen|nae?chste)\b(?!\s+(?:jetzt|nun|heute)\b(?!\s+abend))"
    r"|\b(?:werde|werden|will)\s+(?:\w+\s+){0,5}bestae?tigen\b"
    # not the polite past: "Ich wollte noch bestätigen, dass Frau Berg ... angerufen hat"
    r"|\bwollte\s+(?:\w+\s+){0,5}bestae?tigen\b(?!\s*,?\s*(?:dass|das)\b)"
    r"|\b(?:i'?ll|i\s+will|i\s+shall|i'?m\s+going\s+to)\s+(?:\w+\s+){0,2}confirm\b"
    # after what is asked first: "schicken Sie mir zunächst eine Aufstellung ... Dann
    # bestätige ich gesammelt." (not "Dann bestätige ich hiermit den 6.4.")
    r"|\b(?:dann|danach|anschliessend)\s+bestae?tige\s+ich\b(?![^.!?]{0,40}(?:hiermit|hierdurch|\d|:))"
)
_PAST = re.compile(
    # "vom 6.4.", "vom Montag"; not a place ("bestätige ich morgen vom Büro aus")
    r"\bvom(?!\s+(?:buero|handy|telefon|computer|rechner|laptop|pc|arbeitsplatz|home\s?office"
    r"|smartphone|tablet|urlaub|hotel|zug|flughafen)\b)"
    r"|\b(?:gestern|vorgestern|letzte[nrms]?|war|waren|hatte|hatten|erhalten|bekommen"
    r"|stattgefunden|heute\s+morgen|last|yesterday|received|had)\b"
)
# What a patient receives when a treatment took place: "ich bestätige den Erhalt der
# Leistung am 6.4." is the practice's own wording (patient information), while "Erhalt
# des Links / der Terminbestätigung" acknowledges our mail. Whole words only, so that
# "Leistungsübersicht" or "Videoeinladung" stay something else.
_RECEIVED_SERVICE = (
    r"(?:(?:tele|video|telefon|physio)?(?:behandlung|therapie)(?:en|n)?|leistung(?:en)?"
    r"|heilmittel(?:leistung(?:en)?)?|sitzung(?:en)?|krankengymnastik|(?:behandlungs|therapie)"
    r"(?:stunde|einheit)(?:n|en)?)\b"  # not "Termin": "Erhalt des Termins" may be the booking
)
_RECEIPT_OF_SOMETHING_ELSE = re.compile(
    r"\b(?:erhalt|eingang|empfang)\s+(?:de[rs]|ihre[rs]?|meine[rs]?|von)\b"
    rf"(?!\s+(?:(?:heutigen|gestrigen|letzten|telemedizinischen|physiotherapeutischen"
    rf"|vereinbarten)\s+)?{_RECEIVED_SERVICE})"
    # confirming a change, a document or our mail is not confirming a treatment
    r"|\b(?:termin)?(?:verschiebung|verlegung|umbuchung|aenderung|absage|stornierung)\b"
    # thanks for our confirmation: "Danke für die Bestätigung der Behandlung am 23.3."
    r"|\bdank\w*\s+(?:\w+\s+){0,2}?fue?r\s+(?:die|ihre|eure|deine)\s+(?:\w+\s+)?be?stae?tigung\b"
    r"|\b(?:datenschutz\w*|einwilligung\w*|unterlagen|formular\w*|rechnung\w*|link\w*"
    r"|zugangs\w*|code|e?-?mail\w*|nachricht\w*|einladung\w*)\b"
)
_RECEIVED = re.compile(r"\b(?:erhalten|bekommen|received|got)\b")
# A document about the treatment: what was received is the paper, not the treatment.
_DOCUMENT_FOR_TREATMENT = re.compile(
    rf"""\b(?:rechnung|unterlagen|einladung|link|zugangs\w*|code|e?-?mail|nachricht|formular
        |rezept|verordnung|brief|schreiben|bescheinigung|quittung|bestae?tigung|erinnerung
        |infos?|informationen|termin(?:bestae?tigung|erinnerung|einladung)|invoice|invitation
        |reminder|letter|receipt|bill)\w*\s+(?:ue?ber|fue?r|zur?|zum|von|vom|of|for|about)\s+
        (?:die|den|der|das|ihre?|meine?|the|my)?\s*{_TREATMENT}""",
    re.VERBOSE,
)
_CONDITIONAL = re.compile(
    r"\b(?:bevor|ehe|sobald|wenn|falls|ob|soll|sollte|muss|before|once|if|whether|should)\b"
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[–—-]\s|\b(?:aber|jedoch|sondern|but|however)\b")
_YES_WORDS = frozenset(
    {
        "ja",
        "jawohl",
        "jep",
        "jo",
        "yes",
        "yep",
        "korrekt",
        "richtig",
        "stimmt",
        "genau",
        "bestaetigt",
        "bestatigt",
        "confirmed",
        "correct",
    }
)
_YES_FILLERS = frozenset(
    {
        "das",
        "ist",
        "alles",
        "klar",
        "gerne",
        "gern",
        "danke",
        "vielen",
        "dank",
        "schoen",
        "schon",
        "thanks",
        "thank",
        "you",
        "hallo",
        "hi",
        "sehr",
        "so",
        "auch",
        "natuerlich",
    }
)
_NAME_LINE = re.compile(r"^[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2}$")


def is_confirmation_sentence(sentence: str) -> bool:
    """One folded sentence states that a treatment took place (see classify_intent). A
    question is no statement; a statement joined to a question of its own by a dash, a
    semicolon or "aber" ("Die Behandlung am 10.3. hat stattgefunden, aber brauche ich ein
    neues Rezept?") still is, when the question is more than a tag ("..., oder?")."""
    return _is_confirmation_sentence(sentence, plain=True)


def _is_confirmation_sentence(sentence: str, *, plain: bool) -> bool:
    """The patterns, after the lexicon and clause reader (rules/plain_yes.py) if `plain`."""
    if "?" in sentence:
        parts = [p for p in _QUESTION_BREAK.split(sentence) if p.strip()]
        return (
            len(parts) > 1
            and any(
                "?" not in part
                and not _ASKED.match(part)
                and _is_confirmation_sentence(part.strip(" ,"), plain=plain)
                for part in parts
            )
            and all(len(re.findall(r"\w+", p)) >= 3 for p in parts if "?" in p)
        )
    if plain and (
        is_plain_yes(sentence)
        # a plain yes as a statement of its own beside other business ("3.3. und 5.3.
        # waren gut – am 9.3. hat niemand angerufen"): rules/doubt.py reads the rest
        or any(is_plain_yes(part) for part in _statements(sentence))
    ):
        return True
    if says_rest_held(sentence):
        return True  # "die anderen zwei waren gut" after a list (rules/the_rest.py)
    # Whole-sentence searches are made once per sentence and clause searches look up
    # positions found once (_marks): searching again per match made a long sentence of
    # repeated phrases quadratic (issue 12: 100 KB took 19 s).
    for match in _TOOK_PLACE.finditer(sentence):
        if _RECEIVED.search(match.group()) and _has(_DOCUMENT_FOR_TREATMENT, sentence):
            continue  # "die Rechnung für die Behandlung am 6.4. habe ich erhalten"
        if _WAR.search(match.group()) and _SUBORDINATOR.search(
            sentence, max(_clause_start(sentence, match.start()), match.start() - 80), match.end()
        ):
            continue  # "ob die Behandlung am 6.4. war", "Als der Termin war, ..."
        if not _is_negated(sentence, match.start(), match.end()):
            return True
    thanks = _thanks_for_a_session(sentence)
    if thanks is not None and not _is_negated(sentence, thanks.start(), thanks.end()):
        return True
    for match in _CONFIRM_VERB.finditer(sentence):
        part = _dash_part(sentence, match.start())
        if _NEGATION.search(part):
            # "ich bestätige, dass ... nicht stattgefunden hat"; not a part of its own
            # after a dash: "ich bestätige den 25.3. – am 1.4. war ja abgesagt"
            continue
        # "bestätige den Termin nächste Woche / am Montag, ich komme" acknowledges a booking;
        # a past marker in the clause ("Termin vom 6.4.") outweighs a future word elsewhere
        if _has(_RECEIPT_OF_SOMETHING_ELSE, part):
            continue  # "ich bestätige den Erhalt des Links" acknowledges our mail
        if _PROMISE_TO_CONFIRM.search(part):
            continue  # "den von gestern bestätige ich Ihnen morgen": not yet a yes
        start = _clause_start(sentence, match.start())
        if _marks(sentence).conditional.within(start, match.end()):
            continue  # "bevor ich bestätige, ..." / "wenn ich bestätigen soll" is not yet a yes
        if _marks(sentence).past.within(start, _clause_end(sentence, match.end())) or not (
            # (the passive's "werden" is no future: "kann abgerechnet werden")
            _has(_FUTURE, part) and _FUTURE.search(part.replace(match.group(), " "))
        ):
            return True
    return False


def promises_to_confirm(text: str) -> bool:
    """Whether the text promises a confirmation still to come ("Dann bestätige ich
    gesammelt.", "bestätige ich Ihnen morgen") rather than giving one."""
    return _PROMISE_TO_CONFIRM.search(fold(text)) is not None


def acknowledges_something_else(text: str) -> bool:
    """Whether a confirming word in the text is about our mail, a link, a document or a
    change ("ich bestätige den Erhalt des Videolinks", "bestätige die Absage") rather
    than the treatment."""
    return any(
        _CONFIRM_VERB.search(sentence) and _RECEIPT_OF_SOMETHING_ELSE.search(sentence)
        for sentence in _sentences(text)
    )


def negated_sentences(own_text: str) -> list[str]:
    """The folded sentences of a text that say a treatment did NOT take place, read as
    classify_intent reads them (closing formulas and late answers aside)."""
    return [
        sentence
        for sentence in (_FORMULAS.sub(" ", s) for s in _sentences(own_text))
        if is_negated_confirmation(sentence)
    ]


def is_negated_confirmation(sentence: str) -> bool:
    """A folded sentence that would confirm a treatment but says it did NOT take place."""
    return any(
        _is_negated(sentence, match.start(), match.end())
        for pattern in (_TOOK_PLACE, _CONFIRM_VERB)
        for match in pattern.finditer(sentence)
    )


@dataclass(frozen=True, slots=True)
class _Spans:
    """Where one pattern matches in a sentence (non-overlapping, in order)."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, pattern: re.Pattern[str], sentence: str) -> _Spans:
        spans = [(m.start(), m.end()) for m in pattern.finditer(sentence)]
        return cls(tuple(s for s, _ in spans), tuple(e for _, e in spans))

    def within(self, start: int, end: int) -> bool:
        """A match that lies inside sentence[start:end]."""
        index = bisect_left(self.starts, start)
        return index < len(self.starts) and self.ends[index] <= end


@dataclass(frozen=True, slots=True)
class _Marks:
    breaks: _Spans
    negation: _Spans
    conditional: _Spans
    past: _Spans


@lru_cache(maxsize=64)
def _marks(sentence: str) -> _Marks:
    """Clause breaks, negations, conditionals and past markers of a sentence, found once."""
    return _Marks(
        breaks=_Spans.of(_CLAUSE_BREAK, sentence),
        negation=_Spans.of(_NEGATION, sentence),
        conditional=_Spans.of(_CONDITIONAL, sentence),
        past=_Spans.of(_PAST, sentence),
    )


@lru_cache(maxsize=256)
def _has(pattern: re.Pattern[str], sentence: str) -> bool:
    return pattern.search(sentence) is not None


def _clause_start(sentence: str, position: int) -> int:
    """Where the clause holding `position` starts: after the last break ending before it."""
    ends = _marks(sentence).breaks.ends
    index = bisect_right(ends, position)
    return ends[index - 1] if index else 0


def _clause_end(sentence: str, position: int) -> int:
    """Where the clause holding `position` ends: at the next break starting from it."""
    starts = _marks(sentence).breaks.starts
    index = bisect_left(starts, position)
    return starts[index] if index < len(starts) else len(sentence)


def _is_negated(sentence: str, start: int, end: int) -> bool:
    """A negation inside the match or earlier in the same clause."""
    return _marks(sentence).negation.within(_clause_start(sentence, start), end)


def lines_above_name(own_text: str) -> list[str]:
    """The text's non-empty lines, stripped, a closing name line below them aside
    ("Ja.\n\nSabine" -> ["Ja."])."""
    lines = [line.strip() for line in own_text.splitlines() if line.strip()]
    if len(lines) > 1 and _NAME_LINE.match(lines[-1]):
        lines.pop()
    return lines


def _is_bare_yes(own_text: str) -> bool:
    """The whole text is a yes ("Ja.", "Ja, bestätigt.", "Korrekt, danke!"), a closing
    name line below it aside."""
    words = re.findall(r"[a-z]+", fold(" ".join(lines_above_name(own_text))))
    return (
        bool(words)
        and len(words) <= 8
        and any(word in _YES_WORDS for word in words)
        and all(word in _YES_WORDS or word in _YES_FILLERS for word in words)
    )


def _bare_yes_beside_questions(own_text: str) -> bool:
    """ "Ja. Das war jetzt der letzte auf dem Rezept oder? Muss ich ein neues besorgen?": a
    bare yes, then only questions that name no day and deny nothing (the caller takes the
    yes only as an answer to our request; the questions go to staff)."""
    sentences = list(written_sentences("\n".join(lines_above_name(own_text))))
    if len(sentences) < 2 or not _is_bare_yes(sentences[0]):
        return False
    return all(
        "?" in sentence
        and not _NEGATION.search(folded := fold(sentence))
        and not _ANOTHER_DAY_ASKED.search(folded)
        and not day_spans(folded)
        for sentence in sentences[1:]
    )


# "Oder war das am Montag?": the yes may be about another day.
_ANOTHER_DAY_ASKED = re.compile(r"\b(?:oder|or)\s+(?:war|was|ist|is|hat|had)\b")


# --- the other categories ------------------------------------------------------------------

_FORMS_SENT = re.compile(
    r"""\banbei\b | \bim\s+anhang\b | \bangehae?ngt | \bbeigefue?gt | \bausgefue?llt
      | \bunterschrieben | \battached\b | \battachment | \bsigned\b | \bhier\s+(?:sind|ist)""",
    re.VERBOSE,
)
_FORM_NOUN = re.compile(
    r"""\bunterlagen\b | formular | (?<!ellen)bogen\b | \bforms?\b | \bdokumente?\b
      | datenschutz | einwilligung | anamnese""",
    re.VERBOSE,
)
_FORMS_WITH_ATTACHMENT = re.compile(
    r"""datenschutz | einwilligung | anamnese | \bscan | \bfoto | \bbild | \bpdf\b | \bdatei
      | \bkopie | \bhier\s+(?:ist|sind|die|das|der|mein) | \bhere\s+(?:is|are)\b""",
    re.VERBOSE,
)
_QUESTION_WORDS = re.compile(
    r"""^\s*(?:koe?nnen|koe?nnten|kann|darf|due?rfte|wue?rden|wue?rde|wae?re)
          \s+(?:sie|ihr|man|ich|wir|es)\b
      | \bich\s+hae?tte\s+(?:da\s+)?(?:eine|noch\s+eine|mal\s+eine)?\s*frage
      | \b(?:rue?ck)?frage\b | \bfragen\b | \bquestion\b | \bwissen\s+sie\b
      | \bwei(?:ss|ß)\s+(?:(?:aber|leider|halt|nur|eben|jetzt)\s+)?nicht,?\s+ob\b
      | \bnot\s+sure\s+(?:if|whether)\b
      | \bbitte\s+(?!(?:so|entsprechend|auch\s+so)\s+(?:eintragen|notieren|vermerken)\b)
          (?:\w+\s+){0,2}(?:senden|schicken|ae?ndern|korrigieren|notieren|beachten
          |zusenden|umstellen|eintragen)\b   # not "Bitte so eintragen." under the days
      | \b(?:senden|schicken|ae?ndern|korrigieren|notieren)\s+sie\s+(?:mir\s+)?bitte\b
                                          # "Bitte senden Sie die Rechnungen künftig an ..."
                                          # "Ich weiß nicht, ob das so in Ordnung ist."
      | \bbitte\s+um\s+(?:rue?ckruf|info|auskunft|antwort|nachricht|mitteilung)
      | ^\s*(?:wann|wo|warum|wieso|weshalb|welche[rsnm]?|wer)\b
      | ^\s*wie\s+(?:lange|viel|oft|spae?t|frue?h|genau|kann|koe?nnen|funktioniert|geht|ist|sind
          |soll|mache|komme|lautet|war|lae?uft)\b
      | ^\s*was\s+(?:muss|soll|kostet|ist|sind|brauche|mache|passiert)\b
      | \b(?:could|can|would)\s+you\b | ^\s*(?:when|how|what|where|why|which|is|are)\b
      | ^\s*(?:do|does)\s+(?:you|i|we|they|he|she|it|my|the|this|that)\b  # not "Do ✓"
      | (?<!dann\s)(?<!also\s)(?<!sonst\s)(?<!ich\s)\b(?:muss|muessen|soll|sollen)\s+(?:ich|wir)\s+
          (?:\w+\s+){0,3}?(?:bezahlen|zahlen)\b    # ... ausgefallen muss ich dafuer etwas bezahlen
    """,
    re.VERBOSE,
)
_CANCELLATION = re.compile(
    r"""absag\w* | \bsage\w*\b[^!?]{0,40}\bab\b | storn\w*
      | \b(?:kann|koe?nnte|koe?nnen|koe?nnten|konnte|konnten)\b[^!?]{0,40}\bnicht\b
          [^!?]{0,20}\b(?:kommen|teilnehmen|wahrnehmen|dabei\s+sein|da\s+sein|erscheinen)\b
      | \bausfallen\s+lassen | \bfae?llt\b[^!?]{0,30}\baus\b | \bcancel\w*
      | \b(?:(?:ich|wir)\s+(?:kann|koennen)|(?:kann|koennen)\s+(?:ich|wir))\s+(?:am|an|heute
          |morgen|ue?bermorgen|nae?chste\w*|diese\w*|\d)\b[^!?]{0,40}\bnicht\s*(?:[,;!]|\.(?![0-9])|$)
                                          # "ich kann am Freitag, den 13.2. nicht, ..."
      | \b(?:muss|mu(?:ss|ß)te|wird)\b[^!?]{0,30}\bausfallen\b
      | \bcan'?t\s+(?:make\s+it|attend|come) | \bunable\s+to\s+attend
      | \bkrank\b | \berkrankt | krankgeschrieben | \bfieber\b | \bgrippe\b | \berkae?ltet
      | \bcorona\b | positiv\s+getestet | \bsick\b | \bill\b
      | \bbitte\b[^!?.]{0,40}\bkeine\s+termine\b          # an absence to come
      | \b(?:bin|sind)\s+(?:ich|wir)\b[^!?.]{0,30}\b(?:verreist|im\s+urlaub|nicht\s+da)\b
      | \btermin\w*\b[^!?]{0,80}\b(?:zu\s+)?(?:streichen|gestrichen|austragen|ausgetragen)\b
                                          # "Die Termine am 23.01., ... bitte ich zu streichen"
      | \b(?:fahre|gehe|komme|bin)\b[^!?.]{0,40}\b(?:zur|in\s+die|in\s+der|auf)\s+(?:reha|kur)\b""",
    re.VERBOSE,
)
_RESCHEDULE = re.compile(
    r"""verschieb\w* | verschob\w* | \bumleg\w* | umbuch\w*
      | \bverleg(?!t\b)\w*            # "verlegt" alone may be a phone mislaid:
      | \b(?:termin\w*|behandlung\w*|sitzung\w*|stunde)\b[^!?]{0,40}\bverlegt\b
      | \bverlegt\b\s+(?:auf|nach)\b | \b(?:auf|nach)\b[^!?.]{0,30}\bverlegt\b
      | \b(?:anderen|neuen|spae?teren|frue?heren|alternativ\w*|ersatz)\s*-?termin
      | ersatztermin | \btermin\w*\s+(?:tauschen|ae?ndern|verlegen)
      | reschedul\w* | postpone | \b(?:another|other|different)\s+(?:time|date|day|slot|appointment)
      | \bmove\b | \bchange\b[^!?]{0,40}\b(?:session|appointment|time)
      | \bgeht\s+(?:es|das)\s+auch\s+(?:am|um)\b | \bauch\s+um\s+\d
      | \btermin\w*\b[^!?]{0,60}\b(?:spae?ter|frue?her)\s+(?:zu\s+)?
          (?:machen|legen|beginnen|anfangen)
      | \bstatt\s+(?:um|am|an|\d|(?:mon|diens|donners|frei|sams|sonn)tags?|mittwochs?)\b
      | \bausweichen\b | \bvorziehen\b | \bnach\s+hinten\b | \binstead\b
      | \btermin\w*\b[^!?]{0,50}\b(?:auf|um|nach)\b[^!?]{0,30}
          \b(?:schieben|schiebe|legen|setzen)\b
      | \b(?:kann|koennte|koennen|koennten|darf)\s+(?:ich|wir)\s+(?:auch\s+|etwas\s+|bitte\s+)?
          (?:spae?ter|frue?her)\s*(?:[.!?,]|$|kommen|anfangen|beginnen)   # "kann ich später?"
      | \bgeht\s+(?:es\s+|das\s+)?auch\s+(?:um\s+)?\d{1,2}(?:[:.]\d{2})?\b
      | (?:\d{1,2}\.(?:\d{1,2}\.?)?|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag))
          \s+(?:geht|passt|klappt)\s+(?:bei\s+mir\s+|mir\s+)?(?:leider\s+|aber\s+)?
          (?:nicht|gar\s+nicht)\b                # "nächste mal 2.9. geht nicht"
      | \bandere[nr]?\s+(?:tag|termin|zeit|uhrzeit)\b    # "bitte andere tag geben"
      | \b\d{1,2}(?:[:.]\d{2})?\s*uhr\s+(?:geht|ginge|wae?re\s+gut)\s*(?:[.!]|$|auch|bei\s+mir)
                                          # another time offered: "Geht auch 8:30?", "12 Uhr geht"
                                          # den Termin am 30.4. auf 16:30 Uhr schieben
    """,
    re.VERBOSE,
)
_TECHNICAL = re.compile(
    r"""zugangs-?code\b[^!?]{0,40}\b(?:nicht|falsch|ungue?ltig|fehlt|abgelaufen)
      | \bkein\w*\s+(?:link|zugangs-?code|code|einladung|zugangsdaten)\b
      | \b(?:kam|kommt|erschien|erscheint)\s+(?:aber\s+)?(?:niemand|keiner)\b
      | \bcode\b[^!?]{0,30}\b(?:funktioniert|geht|klappt|falsch|ungue?ltig)
      | \blink\b[^!?]{0,30}\b(?:funktioniert|geht|klappt|oe?ffnet|lae?d)\w*\s+(?:nicht|leider)
      | \b(?:funktioniert|geht|klappt|lauft)\s+(?:leider\s+)?(?:nicht|gar\s+nicht|nie)\b
      | \bkamera | \bwebcam | \bmikro(?:fon|phon)? | \bmicrophone | \bcamera
      | \bkein(?:en)?\s+(?:ton|bild|sound|video|zugang|empfang)\b | \bton\b[^!?]{0,20}\bnicht
      | \bbild\b[^!?]{0,20}\b(?:schwarz|nicht|eingefroren)
      | \bkomme?\b[^!?]{0,30}\bnicht\s+(?:rein|hinein|in\s+die)
      | \bnicht\s+(?:einwae?hlen|verbinden|anmelden|einloggen)
      | \bverbindung\w*\b[^!?]{0,30}\b(?:abgebrochen|bricht|getrennt|schlecht|instabil
          |unterbrochen|nicht|problem|abbrach|abriss|unterbrach|wegbrach)\w*
      | \bkeine\s+verbindung | verbindungsproblem
      | \bbrowser | \bchrome\b | \bfirefox\b | \bsafari\b | fehlermeldung | \berror\b
      | \bfr(?:ee|o)z\w* | \b(?:call|connection|video|line)\b[^!?]{0,30}\b(?:dropped|cut\s+off|lost)
      | \bbild\b[^!?]{0,30}\bweg\b | \bton\b[^!?]{0,30}\bweg\b
      | \b(?:video|bild|ton|leitung|kamera)\w*\b[^!?]{0,30}\b(?:abgebrochen|unterbrochen
          |eingefroren|gestockt|geruckelt|gehangen|abbrach|abriss|unterbrach|wegbrach
          |einfror|ausfiel)\b
      | \b(?:ton|bild|verbindung|leitung|empfang)\b\s+(?:war|ist)\s+(?:sehr\s+|total\s+)?schlecht
      | technisch\w* | \bredmedical | \bhoe?re\s+(?:sie\s+)?nicht | \bsehe\s+(?:sie\s+)?nicht
      | \bcan'?t\s+(?:hear|see|connect|log\s*in|join) | \bno\s+(?:sound|audio|video)\b
      | \b(?:doesn'?t|does\s+not|isn'?t)\s+work""",
    re.VERBOSE,
)
# "setzen Sie sich mit mir in Verbindung" is a request to call, not a connection problem
_NOT_TECHNICAL = re.compile(
    r"\bin\s+verbindung\s+(?:setzen|treten|bleiben)"
    # a day or time that does not suit: "2.9. geht nicht", "Donnerstag geht leider nicht"
    r"|(?:\d{1,2}\.(?:\d{1,2}\.?)?|\d{1,2}(?::\d\d)?\s*uhr|\b(?:montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|termin|uhrzeit|zeit|tag|datum))\s+(?:geht|passt|klappt)\s+"
    r"(?:bei\s+mir\s+|mir\s+)?(?:leider\s+|aber\s+)?(?:nicht|gar\s+nicht)\b"
)


# A confirmation not given before, not a doubt of the session: "Den 26.01. hatte ich
# anscheinend auch nicht bestätigt", "die hatte ich, glaube ich, auch nicht bestätigt",
# "diesen hier hatte ich auch noch übersehen" (blind IG ig08 ig18 ig27).
NOT_CONFIRMED_BEFORE = (
    r"\b(?:hatte|habe|hab)\s+ich\b[^.!?;:]{0,40}?\bnicht\s+(?:bestae?tigt|beantwortet"
    r"|geantwortet|zurue?ckgemeldet)\b(?:,?\s+(?:glaub(?:e)?\s+ich|wohl)\b)?"
    # "dass ich Ihnen für zwei Termine noch keine Bestätigung geschickt habe" (blind IN in04)
    r"|\bnoch\s+keine\s+(?:bestae?tigung|rue?ckmeldung|antwort)(?:en)?\s+(?:[\w.]+\s+){0,3}?"
    r"(?:geschickt|gesendet|geschrieben|gegeben)\b"
    # (our mail overlooked, not "den Termin am 30.3. hatte ich übersehen")
    r"|\bdiese[nrs]?\s+(?:hier|mail|e-?mail|nachricht|anfrage)\s+(?:hatte|habe|hab)\s+ich\b"
    r"[^.!?;:]{0,20}?\buebersehen\b"
)
# "ich habe nicht alle Termine bestätigt", "noch nicht alles bestätigt": a late answer,
# which ones follows.
NOT_ALL_ANSWERED = (
    r"\bnicht\s+(?:alles|alle\s+(?:\w+\s+)?(?:termine|mails|e-?mails|anfragen|nachrichten"
    r"|bestae?tigungen))\s+(?:\w+\s+)?(?:bestae?tigt|beantwortet)\b"
    # "dass ich noch keinen einzigen Termin bestätigt habe" (blind IR ir09), "nicht auf
    # alle geantwortet"
    r"|\bnoch\s+(?:keinen|keine)\s+(?:einzigen?\s+)?(?:\w*termin\w*|behandlung\w*|mail\w*"
    r"|anfrage\w*)\s+(?:\w+\s+)?(?:bestae?tigt|beantwortet)\b"
    r"|\bnicht\s+auf\s+alle\s+(?:\w+\s+)?(?:geantwortet|reagiert)\b"
    # "dass ich die Bestätigung für meinen letzten Termin nie geschickt habe" (blind IW
    # iw07), "um eine Bestätigung gebeten und keine Antwort bekommen" (iw19)
    r"|\bbestae?tigung(?:en)?\b[^.!?;:]{0,50}?\b(?:nie|noch\s+nicht|gar\s+nicht)\s+(?:\w+\s+)?"
    r"(?:geschickt|gesendet|abgeschickt|geschrieben|gegeben)\b"
    r"|\bkeine\s+antwort\s+(?:\w+\s+){0,2}?(?:bekommen|erhalten)\b"
    # "ich habe ein paar Bestätigungen verpasst" (blind IS is27): our mails, no session
    r"|\b(?:bestae?tigung|rue?ckmeldung|anfrage|antwort|e-?mail|mail)(?:en|s)?\s+(?:\w+\s+){0,2}?"
    r"(?:verpasst|vergessen|versae?umt|uebersehen|verschlafen|verpeilt|verschwitzt)\b"
)
# Unsure of our paperwork, not of the session: "weiß aber nicht, ob das so reicht", "ob
# ich die Termine noch extra bestätigen muss".
ABOUT_OUR_PAPERWORK = (
    r"(?:\b(?:weiss\s+)?(?:\w+\s+){0,2}nicht,?\s+)?\bob\s+(?:das|dies|es|die\s+(?:e-?mail|mail|nachricht))"
    r"\s+(?:so\s+)?(?:reicht|genue?gt|ausreicht|passt)\b"
    r"(?:,?\s+wenn\s+ich\s+(?:das|es)\s+so\s+schreibe\b)?"
    # "ich bin nicht sicher, ob meine Antwort von gestern angekommen ist" (blind IN in08)
    r"|(?:\b(?:ich\s+)?(?:bin|war)\s+(?:mir\s+)?(?:\w+\s+)?nicht\s+(?:ganz\s+)?sicher,?\s+)?"
    r"\bob\s+(?:meine|die|unsere|das)\s+(?:(?:antwort|mail|e-?mail|nachricht|bestae?tigung"
    r"|rue?ckmeldung|absage)\b)?"
    r"(?:\s+[\w.]+){0,5}?\s+(?:angekommen|durchgegangen|rausgegangen|eingegangen)\b"
    r"(?:\s+(?:ist|sind|war))?"
    # "für Juli sind glaube ich auch noch Bestätigungen offen:" (blind IW iw30)
    r"|\bbestae?tigung(?:en)?\s+(?:\w+\s+){0,2}?offen\b"
    # our request told back: "Sie bitten um Bestätigung der Behandlung vom 1. April."
    # (blind IT it28)
    r"|\bsie\s+(?:bitten|baten|fragen|fragten|wollten|moechten)\s+(?:mich\s+|uns\s+)?(?:um|nach)\s+"
    r"(?:eine\s+|die\s+)?bestae?tigung\b"
    # "kleiner Nachtrag, falls noch offen:" (blind IN in38)
    r"|\b(?:falls|wenn|sofern|if)\s+(?:das\s+|der\s+|die\s+|es\s+|it\s+|that\s+)?"
    r"(?:noch\s+|still\s+)?"
    r"(?:offen|fehlt|fehlen|open|missing|needed)(?:\s+(?:ist|sind|war|is))?\b(?=\s*[:,.!-])"
    r"|\bob\s+ich\s+(?:\w+\s+){0,4}?(?:noch\s+)?(?:extra\s+|separat\s+|gesondert\s+|nochmal\s+)?"
    r"(?:bestae?tigen|antworten)\s+(?:muss|soll|sollte|muesste)\b"
    # "ob ich auf Ihre Mail antworten oder eine neue schreiben soll"
    r"|(?:\b(?:weiss\s+)?(?:\w+\s+){0,2}nicht(?:\s+genau|\s+so\s+recht|\s+sicher)?,?\s+)?"
    r"\bob\s+ich\s+(?:\w+\s+){0,4}?(?:bestae?tigen|antworten|schreiben)\s+oder\s+"
    r"(?:\w+\s+){0,4}?(?:bestae?tigen|antworten|schreiben)\s+(?:muss|soll|sollte|muesste)\b"
)
# The patient's own late answer: "die Mail von letzter Woche hatte ich übersehen", "ich bin
# mit dem Antworten nicht hinterhergekommen".
LATE_ANSWER = (
    # (one or several: "da hatte ich eure Mails übersehen", blind GL gl38)
    r"\b(?:ihre|eure|deine|die|ihr)\s+(?:beiden\s+|letzten\s+|zwei\s+|drei\s+)?"
    r"(?:e-?mails?|mails?|nachrichten|nachricht|anfragen?)\s+"
    r"(?:[\w.]+\s+){0,5}?"
    r"(?:uebersehen|vergessen|verpasst|nicht\s+gesehen)\b"
    r"|\bmit\s+(?:dem\s+|den\s+)?(?:antworten|bestae?tigen|schreiben|mails|e-?mails)\s+"
    r"(?:\w+\s+)?(?:nicht\s+)?(?:hinterher\w*|nachgekommen)\b"
    # "sorry, I just realised I never replied for two of my appointments"
    r"|\b(?:never|didn'?t|did\s+not|forgot\s+to)\s+(?:\w+\s+)?(?:replied|reply|answered|answer"
    r"|got\s+back)\b"
    # "Hab ich ganz vergessen: 29.10, 5.11 und 12.11 waren alle."
    r"|\b(?:hab|habe|hatte)\s+ich\s+(?:ganz\s+|total\s+|voll\s+|glatt\s+)?vergessen\s*:"
    # "ich habe vergessen schreiben", "hatte vergessen zu antworten" (blind GT gt17)
    r"|\b(?:ich\s+)?(?:hab|habe|hatte)\s+(?:ich\s+)?(?:es\s+|das\s+)?(?:ganz\s+|total\s+)?vergessen,?"
    r"\s+(?:zu\s+)?(?:schreiben|bestae?tigen|antworten|melden)\b"
    # "die Stunde vor Weihnachten hatte ich nie bestätigt" (blind GV gv29), "haben auch alle
    # stattgefunden, hab nur nie geantwortet" (blind IK ik12)
    r"|\b(?:hatte|habe|hab)\s+(?:ich\s+)?(?:\w+\s+)?(?:noch\s+)?(?:nie|niemals)\s+(?:bestae?tigt"
    r"|beantwortet|geantwortet|gemeldet)\b"
    # a relative reminding the patient to confirm: "Meine Tochter sagt, ich soll noch die
    # Termine vom Juli bestätigen, die hätte ich vergessen." (blind GV gv24)
    r"|\b(?:sagt|meint|hat\s+gesagt|hat\s+gemeint),?\s+ich\s+(?:soll|sollte|muss|muesse)\s+"
    r"(?:[\w.]+\s+){0,6}?(?:bestae?tigen|melden)\b(?:,?\s+(?:die|das|den)\s+(?:haette|hatte|habe)"
    r"\s+ich\s+vergessen)?"
    # "I don't think I ever replied about the one on the 10th" (blind GT gt20)
    r"|\bdon'?t\s+think\s+i\s+(?:ever\s+)?(?:replied|answered|confirmed|got\s+back)\b"
    # "da ich nicht dazu gekommen bin, auf Ihre einzelnen Mails zu antworten"
    r"|\bnicht\s+dazu\s+gekommen\b(?:[^.!?]|(?<=\d)\.){0,60}?\bzu\s+(?:antworten|bestae?tigen"
    r"|schreiben|melden|reagieren)\b"
)
# Why a relative writes, no denial: "Opa hat mich gebeten zu antworten, weil er mit E-Mails
# nicht so klarkommt", "meine Frau kommt mit dem Computer nicht zurecht" (blind IM).
_DEVICES = (
    r"(?:computer|rechner|e-?mails?|mails|technik|internet|handy|smartphone|pc|laptop|tablet"
    r"|ipad|e-?mail-?programm)"
)
NOT_AT_HOME_WITH_EMAIL = (
    rf"\bmit\s+(?:dem\s+|der\s+|den\s+)?(?:ganzen\s+)?{_DEVICES}\s+(?:\w+\s+){{0,2}}?"
    r"(?:nicht|schlecht|kaum)\s+(?:so\s+)?(?:gut\s+|richtig\s+)?(?:klar|zurecht|aus)\w*"
    r"|\b(?:nicht|schlecht|kaum)\s+(?:so\s+)?(?:gut\s+|richtig\s+)?(?:klar|zurecht)\w*\s+"
    rf"(?:\w+\s+)?mit\s+(?:dem\s+|der\s+|den\s+)?{_DEVICES}\b"
    # "mein Mann, der mit E-Mails nichts am Hut hat" (blind IV iv35)
    rf"|\bmit\s+(?:dem\s+|der\s+|den\s+)?{_DEVICES}\s+(?:\w+\s+)?nichts\s+am\s+hut\b"
)
# Something new to the writer, no denial: "Never had private physio before."
NEW_TO_THE_WRITER = r"\bnever\s+(?:had|done|tried|used|been)\b[^.!?]{0,40}\bbefore\b"
_FORMULAS = re.compile(
    r"\b(?:sollten|falls|wenn)\s+sie\s+(?:noch\s+)?(?:weitere\s+)?(?:fragen|rue?ckfragen)"
    r"\s+haben\b[^!?.]*|\bbei\s+(?:weiteren\s+)?(?:fragen|rue?ckfragen)\b[^!?.]*"
    r"|\b(?:hatte|habe|hab)\s+ich\s+(?:bisher\s+|leider\s+|glaub(?:e)?\s+ich\s+|wohl\s+)?"
    r"noch\s+(?:gar\s+)?nicht\s+(?:bestae?tigt|geantwortet|gemeldet|zurue?ckgemeldet)\b"
    r"|\b(?:falls|wenn|sofern|if)\s+ich\s+(?:\w+\s+){0,3}(?:noch\s+)?(?:nicht|never|not)\s+"
    r"(?:schon\s+)?(?:bestae?tigt|geantwortet|confirmed|replied)\b"
    r"|\bnoch\s+nicht\s+(?:bestae?tigt|beantwortet|geantwortet|gemeldet)\s+(?:habe|hatte|hab)\b"
    r"|\b(?:nichts|nie|nicht)\s+(?:mehr\s+)?(?:bestae?tigt|geantwortet|zurue?ckgemeldet)\s+"
    r"(?:habe|hatte|hab|haben|hatten)\b"
    rf"|{NOT_ALL_ANSWERED}|{ABOUT_OUR_PAPERWORK}|{NEW_TO_THE_WRITER}|{LATE_ANSWER}"
    rf"|{THERAPIST_STANDING_IN}|{NOT_CONFIRMED_BEFORE}|{NOT_AT_HOME_WITH_EMAIL}"
)


# The patient's details changed, or a wish where our paperwork should go: a person updates
# the record ("meine neue Adresse", "Rechnungen bitte an die Kanzlei schicken").
_CHANGED_DETAILS = re.compile(
    r"\b(?:neue[nrs]?|geae?nderte[nrs]?)\s+(?:\w+\s+)?(?:adresse|anschrift|rechnungsadresse"
    r"|rechnungsanschrift|kanzleiadresse|telefonnummer|handynummer|mobilnummer|nummer|e-?mail-?adresse"
    r"|mailadresse|bankverbindung|iban|krankenkasse|versicherung|nachname)\b"
    r"|\b(?:rechnung\w*|post|unterlagen|briefe?)\b[^.!?]{0,60}\b(?:kue?nftig|ab\s+sofort|bitte)\b"
    r"[^.!?]{0,60}\b(?:an|zu)\b[^.!?]{0,60}\b(?:schicken|senden|adressieren)\b"
    r"|\b(?:adresse|anschrift|telefonnummer|nummer|nachname)\b[^.!?]{0,30}\bhat\s+sich\s+"
    r"(?:\w+\s+)?geae?ndert\b"
    r"|\b(?:my\s+)?new\s+(?:address|phone\s+number|mobile(?:\s+number)?|number|e-?mail"
    r"(?:\s+address)?|insurance)\b"
    r"|\b(?:send|address)\s+(?:the\s+|my\s+|all\s+)?(?:invoices?|bills?|letters?)\s+to\b"
    # "Bitte schreiben Sie mir künftig nur noch an die Kanzleiadresse" (blind HL hl18), "Die
    # Rechnung für September bitte an die Kanzleiadresse, nicht privat" (hl11)
    r"|\b(?:schreiben|mailen|senden|schicken)\s+sie\s+(?:mir\s+|uns\s+)?(?:bitte\s+)?"
    r"(?:kue?nftig|ab\s+sofort|in\s+zukunft|ab\s+jetzt)\b[^.!?]{0,60}\ban\b"
    r"|\b(?:rechnung\w*|post|unterlagen|briefe?)\b[^.!?]{0,60}\bbitte\s+(?:nur\s+noch\s+)?an\s+"
    r"(?:die|meine|unsere|folgende)\b"
    # a prescription run out: "das Rezept ist abgelaufen, ... bekomme ein neues" (hl13; a
    # new one merely on its way needs no one: blind GP gp01, N c22)
    r"|\b(?:rezept|verordnung)\w*\b[^.!?]{0,40}\b(?:abgelaufen|laeuft\s+(?:\w+\s+)?ab|aufgebraucht"
    r"|ausgelaufen)\b"
    r"|\bprescription\b[^.!?]{0,30}\b(?:expired|runs?\s+out|ran\s+out)\b"
)


def _is_question(sentence: str) -> bool:
    return (
        sentence.rstrip().endswith("?") or "?" in sentence or bool(_QUESTION_WORDS.search(sentence))
    )
