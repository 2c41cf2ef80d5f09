"""The one decision per incoming mail: what it means and what the practice must do.

`decide_mail` is a fixed table of stages (`STAGES`), run in the practice's order of
doubt. Each stage is a pure function of a frozen `Draft` and returns the next `Draft`
or, when nothing later can change the outcome, the final `MailDecision`. Before the
table, a quarantined mail (never parsed, no text for any stage) goes to staff untouched,
and `read_mail` gathers what the neighbouring readers find (automation, intent, the days
written) into a `Reading`, so that every stage can be tested on readings given as data.
A mail a relative or carer writes for the patient from the patient's address ("ich
schreibe für meinen Mann Klaus") is read by every stage as the patient's own words, and
the decision quotes the writer's (rules/behalf.py).

1. remote: an appointment in the practice is signed on its prescription, never
   confirmed by mail; every later stage sees only the phone and video appointments, so a
   mail about its day reads as if there were no appointment then.
2. automation: bounces, out-of-office notes, list mail and our own mail never change
   anything, so they leave before anything reads the text as a patient's words.
3. intent: what the mail is about (confirmation, cancellation, forms, ...) and which days
   it names, from the text, a dated subject or the thread it answers; before the sender
   stage because staff see these for a mail from an unknown sender too.
4. sender: only a registered address of the patient can confirm a treatment or deliver
   forms; every later stage works for that one patient.
5. household: on an address a family shares, the mail must say whose appointment it is
   about; from here on only that patient's appointments and our mails to them count.
6. reply_to: we only ever write to the stored address, so a Reply-To elsewhere stops
   the mail before anything of it is recorded.
7. caveats: damaged text and a sender name of another patient are reasons whatever the
   mail says; they come first among the reasons staff read.
8. days: a counted range ("alle vier Termine") and the named days settled against the
   patient's appointments and our thread; needs the one patient of stage 5.
9. own_treatment: confirming sentences that all speak of someone else's treatment, one
   elsewhere or an earlier mail confirm nothing, and their days are no treatment days;
   needs the settled days, and comes before a day is taken from the thread.
10. answered_day: a confirmation still without a day ("Lief super heute") under our
    reminder of that day's appointment names that day.
11. confirmations: the final days matched to begun, open appointments, then dropped on
    any doubt, denial or failed authentication; needs the final days and categories.
12. forms: attachments filed as forms; after the confirmations so that staff read the
    reasons in that order, before the reasons because a filed form is a category.
13. reasons: the intent's reasons, the appointments a cancellation holds, and the safety
    net for a confirmation nobody recognised, which fires only when no other reason did.

Whatever passes every stage becomes the decision (`close_decision`). Everything that is
not a clean confirmation or clean forms carries a plain-German reason for staff.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

from rules import dialect
from rules.acknowledgement import is_acknowledgement
from rules.addresses import is_among
from rules.authentication import untrusted_reason
from rules.automation import (
    TEXT_EVIDENCE,
    AutomationFinding,
    find_automation,
    permanent_bounce_addresses,
)
from rules.behalf import (
    Behalf,
    as_the_patients_words,
    named_by_relation,
    signature_name,
    written_for,
)
from rules.classify import (
    acknowledges_something_else,
    classify_intent,
    fold,
    is_confirmation_sentence,
    is_negated_confirmation,
    lines_above_name,
    negated_sentences,
    promises_to_confirm,
    written_sentences,
)
from rules.consistency import contradiction
from rules.corrections import take_back
from rules.date_lexicon import COUNT_WORDS, EXCEPTING, WEEKDAYS_FULL, alternation, count_of
from rules.dates import (
    SAYS_ALSO,
    day_spans,
    days_within,
    extract_dates,
    named_days,
    says_the_same_of_another_day,
    weekdays_named,
)
from rules.day_sessions import DayReading, DaySession, describe, read_day_sessions
from rules.doubt import (
    agrees_with_calendar,
    breaks_off,
    clauses,
    complains,
    cut_short_sentences,
    denying_sentences,
    done_in_full,
    doubting_sentences,
    doubts_confirmation,
    elliptic_denials,
    names_by_place,
    only_puts_off,
    refers_to_earlier_mail,
    says_more_than_yes,
    says_moved_away,
    says_the_same_of_others,
    sentences_of,
    someone_elses_or_elsewhere,
    speaks_of_a_later_appointment,
    undenied_confirmations,
    went_on_in_the_next,
    without_forgotten_paperwork,
    writer_is_someone_else,
)
from rules.excepting import excepted_numbers
from rules.forms import (
    UNCLASSIFIED,
    is_refused_type,
    is_unreadable_document,
    match_forms,
    resolve_by_required,
)
from rules.household import pick_household_member
from rules.matching import (
    ASKS_FOR_CONFIRMATION,
    CLARIFICATION,
    match_confirmations,
    may_mean_the_coming_one,
)
from rules.mentions import settle_mentions
from rules.models import (
    Appointment,
    Category,
    ConfirmationFinding,
    DateMention,
    FormFinding,
    InboundMail,
    MailContext,
    MailDecision,
    MailKind,
    OutboxRef,
    Patient,
    Quarantine,
)
from rules.moves import without_moves_within_the_day
from rules.paperwork import forms_required
from rules.parsing import describe_defects
from rules.plain_yes import Word, has_a_blocker, read_words
from rules.remainder import later_days, relative_days, unread_days, written_days
from rules.rewrite import Rewrite, restore_decision
from rules.the_rest import rest_held, rest_misfit, without_the_rest
from rules.weekday_answers import WeekdayAnswer, answer_day, leading_weekday, weekday_answers

QUARANTINE_REASONS = {
    Quarantine.TOO_LARGE: "Mail ist zu groß für die automatische Verarbeitung; bitte ansehen.",
    Quarantine.HEADER_TOO_LARGE: "Mail hat übergroße Kopfzeilen und wurde nicht gelesen; "
    "bitte vorsichtig ansehen.",
    Quarantine.TOO_DEEP: "Mail ist ungewöhnlich tief verschachtelt und wurde nicht gelesen; "
    "bitte vorsichtig ansehen.",
    Quarantine.TOO_MANY_PARTS: "Mail hat zu viele Teile und wurde nicht gelesen; bitte ansehen.",
    Quarantine.UNPARSEABLE: "Mail konnte nicht gelesen werden; bitte ansehen.",
}

INTENT_REASONS = {
    Category.CANCELLATION: "Absage eines Termins; bitte im Kalender prüfen.",
    Category.RESCHEDULE: "Bitte um Terminverschiebung.",
    Category.QUESTION: "Frage der Patientin/des Patienten; bitte beantworten.",
    Category.TECHNICAL: "Technisches Problem (z. B. Videozugang oder Zugangscode).",
}
OTHER_REASON = "Nachricht ohne erkennbare Bestätigung oder Formulare; bitte lesen."
OTHER_BESIDE_REASON = "Weiteres Anliegen (z. B. neue Anschrift oder Rechnungsadresse); bitte lesen."


@dataclass(frozen=True, slots=True, kw_only=True)
class Reading:
    """What the neighbouring readers found in a mail, before any practice rule: an
    automation finding, or else the intent and the days written in the text and subject."""

    automation: AutomationFinding | None = None
    bounced: tuple[str, ...] = ()  # permanent failures a bounce reports
    intent: frozenset[Category] = frozenset()  # as classified; empty means nothing seen
    text_days: tuple[DateMention, ...] = ()  # the days the patient's own text names
    subject_days: tuple[DateMention, ...] = ()  # those a new mail's own subject names
    answer_days: tuple[DateMention, ...] = ()  # the day of a subject like "Re: 26.3. ok"
    # the day of our request that a forward without thread headers carries in its subject
    forwarded_request_days: tuple[DateMention, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """The decision under way, handed from stage to stage (each returns a new one)."""

    mail: InboundMail
    context: MailContext  # narrowed to one patient of a shared address by `household`
    now: datetime
    reading: Reading
    categories: frozenset[Category] = frozenset()
    mentions: tuple[DateMention, ...] = ()
    # our confirmation requests in the thread, taken before `household` narrows it
    requests: tuple[OutboxRef, ...] = ()
    patient: Patient | None = None  # set by `sender`
    reasons: tuple[str, ...] = ()
    confirmations: tuple[ConfirmationFinding, ...] = ()
    forms: tuple[FormFinding, ...] = ()
    # written for this patient by a relative or carer ("für meinen Mann Klaus"): the text
    # the stages read has the patient where the writer wrote "mein Mann" (rules.behalf)
    behalf: Behalf | None = None
    # the days the patient took back in a correction ("nicht am 14., sondern am 21."):
    # never a treatment day of this mail (rules.corrections)
    taken_back: frozenset[date] = frozenset()

    @property
    def registered(self) -> Patient:
        """The patient the sender stage found: every stage after it relies on one."""
        if self.patient is None:
            raise ValueError("a stage after `sender` ran on a draft without a patient")
        return self.patient


@dataclass(frozen=True, slots=True, kw_only=True)
class Stage:
    name: str
    run: Callable[[Draft], Draft | MailDecision]


def remote_appointments(appointments: Iterable[Appointment]) -> tuple[Appointment, ...]:
    """The phone and video appointments: the only ones a patient confirms by mail."""
    return tuple(a for a in appointments if a.kind.is_remote)


def decide_mail(
    mail: InboundMail | Quarantine, context: MailContext, *, now: datetime
) -> MailDecision:
    """Decide what one incoming mail means for the practice.

    Practice rule: a service confirmation is recorded only from a registered address of
    the patient, for a named day (or as the answer to our request about one appointment)
    that matches exactly one begun, open appointment; automated mail and mail from
    unknown senders never change anything; every doubt, question, cancellation,
    reschedule request or technical problem goes to staff with a reason. We only ever
    write to the stored patient address; a Reply-To naming any other address (every
    Reply-To header is read) changes nothing and goes to staff.
    """
    if isinstance(mail, Quarantine):
        return decide_quarantine(mail)
    if not mail.own_text.strip() and (answer := _answer_after_our_subject(mail)) is not None:
        # "AW: Bitte bestätigen Sie Ihre Behandlung vom 06.02.2026 JA HAT STATTGEFUNDEN"
        # over our quoted mail: the answer typed into the subject is the patient's text
        mail = replace(mail, own_text=answer)
    # "am 14., nein, am 21.": read as the day meant, the day taken back dropped
    correction = take_back(mail.own_text)
    taken_back = frozenset(
        day
        for text, span in correction.taken_back
        for day in days_within(text, (span,), mail_date=mail.date, timezone=context.timezone)
    )
    if correction.rewrite.edits:
        mail = replace(mail, own_text=correction.rewrite.text)
    # A relative or carer writing for the patient from the patient's address: read as the
    # patient's own words, quoted back in the writer's.
    behalf = _written_for(mail, context)
    rewrite = (
        Rewrite(original=mail.own_text, text=mail.own_text)
        if behalf is None
        else as_the_patients_words(mail.own_text, behalf)
    )
    seen = replace(mail, own_text=rewrite.text)
    decision = run_stages(
        Draft(
            mail=seen,
            context=context,
            now=now,
            reading=read_mail(seen, context),
            behalf=behalf,
            taken_back=taken_back,
        )
    )
    return restore_decision(restore_decision(decision, rewrite), correction.rewrite)


def _written_for(mail: InboundMail, context: MailContext) -> Behalf | None:
    """The patient registered at the sender's address whom the text names as the one it
    is written for (rules.behalf), or None; never for an address that is no patient's."""
    patient = _registered_patient(mail, context)
    if patient is None:
        return None
    behalf = written_for(mail.own_text, (patient, *context.household), mail.cut_text)
    if behalf is None and not context.household and _signed_by_another(mail, patient):
        # "mein Sohn hat die Stunde gemacht", signed by his mother from his address
        return named_by_relation(mail.own_text, patient)
    return behalf


def run_stages(draft: Draft, stages: tuple[Stage, ...] | None = None) -> MailDecision:
    """Run the stages in order (all of `STAGES` unless given) until one decides."""
    for stage in STAGES if stages is None else stages:
        result = stage.run(draft)
        if isinstance(result, MailDecision):
            return result
        draft = result
    return close_decision(draft)


def decide_quarantine(mail: Quarantine) -> MailDecision:
    """A mail we could not or would not parse goes to staff untouched, with the reason."""
    return MailDecision(
        categories=frozenset({Category.QUARANTINE}),
        staff_reasons=(QUARANTINE_REASONS[mail],),
    )


def read_mail(mail: InboundMail, context: MailContext) -> Reading:
    """What the neighbouring readers find in the mail; automated mail is read no further."""
    automation = find_automation(mail, practice_address=context.practice_address)
    if automation is not None:
        return Reading(
            automation=automation,
            bounced=permanent_bounce_addresses(mail)
            if automation.category is Category.BOUNCE
            else (),
        )
    short_answer = _short_subject_answer(mail)
    return Reading(
        intent=classify_intent(
            subject=mail.subject, own_text=mail.own_text, has_attachments=bool(mail.attachments)
        ),
        text_days=extract_dates(mail.own_text, mail_date=mail.date, timezone=context.timezone),
        subject_days=_subject_mentions(mail, context),
        answer_days=()
        if short_answer is None
        else extract_dates(
            short_answer.group("day"), mail_date=mail.date, timezone=context.timezone
        ),
        forwarded_request_days=extract_dates(
            _REPLY_PREFIXES.sub("", mail.subject), mail_date=mail.date, timezone=context.timezone
        )
        if _forwards_our_request(mail, context)
        else (),
    )


def keep_remote(draft: Draft) -> Draft:
    """Only the phone and video appointments stay in the context: one in the practice is
    signed on its prescription and never confirmed by mail (issue 15)."""
    context = draft.context
    return replace(
        draft, context=replace(context, appointments=remote_appointments(context.appointments))
    )


def stop_automated(draft: Draft) -> Draft | MailDecision:
    """Automated mail is recorded, never answered, and changes nothing; a mail only its
    subject or wording calls automatic, or one in our format we never sent, reaches staff."""
    automated = draft.reading.automation
    if automated is None:
        return draft
    decision = _decide_automated(
        draft.mail, draft.context, automated.category, draft.reading.bounced
    )
    if automated.category is Category.OWN_MAIL and not draft.context.own_message_id:
        # Looks like ours, but no mail of ours has this Message-ID: anyone can copy
        # the format, so such a mail is never dropped unseen (RELIABILITY L11).
        return replace(
            decision,
            staff_reasons=(
                "Sieht aus wie eine Mail von praxis-worker, stammt aber nicht von uns; "
                "bitte prüfen.",
            ),
        )
    if automated.header_based:
        return decision
    # Only the subject or the wording says "automatic": never answered and nothing
    # recorded, but a person looks (it may be a patient's own words: "Vielen Dank für
    # Ihre Nachricht, ... wir melden uns" under a real confirmation).
    return replace(
        decision,
        staff_reasons=(
            *decision.staff_reasons,
            "Text klingt nach einer automatischen Antwort (Eingangsbestätigung, Ticket, "
            "Abwesenheit); nichts übernommen und nicht beantwortet, bitte kurz prüfen."
            if automated.evidence == TEXT_EVIDENCE
            else "Nur am Betreff als automatische Nachricht erkannt; bitte kurz prüfen.",
        ),
    )


def read_intent(draft: Draft) -> Draft:
    """What the mail means and which days it names: a bare yes under our request, a dated
    yes that is the whole subject, a new mail's dated subject over a dateless text, or the
    day named in answer to our clarifying question each make it a confirmation."""
    mail, context = draft.mail, draft.context
    categories = draft.reading.intent or frozenset({Category.OTHER})
    requests = tuple(r for r in context.thread if r.kind in ASKS_FOR_CONFIRMATION)
    if Category.CONFIRMATION not in categories and requests and _is_bare_yes(mail.own_text):
        # "Ja." under our confirmation request answers it: the thread names the appointment.
        categories = (categories - {Category.OTHER}) | {Category.CONFIRMATION}
    if (
        Category.CONFIRMATION not in categories
        and requests
        and draft.reading.text_days
        and _is_bare_day_list(mail.own_text)
        and {m.day for m in draft.reading.text_days} <= _days_asked(requests, context)
    ):
        # "11.3." and nothing else under our request about 11.3.: the asked day, repeated
        # as the answer. A day we did not ask about stays with staff.
        categories = (categories - {Category.OTHER}) | {Category.CONFIRMATION}
    short_answer = _short_subject_answer(mail)
    if short_answer and not mail.own_text.strip() and Category.OTHER in categories:
        # "Re: 26.3. ok" with an empty body (phone mail apps): the answer is the subject.
        # Our own subjects never look like this, so an empty reply to us stays unread.
        categories = frozenset({Category.CONFIRMATION})
        mentions = draft.reading.answer_days
    else:
        mentions = draft.reading.text_days
    if (
        not mentions
        and Category.CONFIRMATION in categories
        and categories <= {Category.CONFIRMATION, Category.FORMS}  # forms sent beside it
        and _is_subject_own_words(mail)
        and (not _NAMES_A_DAY.search(mail.own_text) or _points_to_the_subject(mail, context))
    ):
        # "Bestätigung Termin 24.07.2026" as the subject of a new mail whose text names no
        # day at all ("Hat stattgefunden.") is the patient's date.
        mentions = draft.reading.subject_days
    elif (
        not mentions
        and Category.CONFIRMATION in categories
        and categories <= {Category.CONFIRMATION, Category.FORMS}
        and not _NAMES_A_DAY.search(mail.own_text)
        and len(draft.reading.forwarded_request_days) == 1
    ):
        # "Stattgefunden." above our forwarded request "Bitte bestätigen Sie Ihre
        # Behandlung vom 16.02.2026": the answer to that request, its day in our subject.
        mentions = draft.reading.forwarded_request_days
    said_yes, unplaced = _weekday_yeses(mail, context, categories, now=draft.now)
    if said_yes:
        # "Montag ja, Donnerstag nicht - da hat mich niemand angerufen.": the Monday is
        # confirmed, the doubt reader sends the Thursday to staff
        categories = (categories - {Category.OTHER}) | {Category.CONFIRMATION}
        named = {m.day for m in mentions}
        mentions = (*mentions, *(m for m in said_yes if m.day not in named))
    reasons = draft.reasons
    if unplaced:
        # a yes by the day's name that no day could be given to must not be lost unseen
        reasons = (
            *reasons,
            f"Antwort sagt ja zu {', '.join(unplaced)}, ohne dass klar ist, welcher Termin "
            "gemeint ist; nicht übernommen, bitte prüfen.",
        )
    if (
        mentions
        and Category.CONFIRMATION not in categories
        and any(r.kind == CLARIFICATION for r in context.thread)
        and not categories & (_DOUBTS_A_DATELESS_YES | {Category.QUESTION})
        and _NO.search(mail.own_text) is None
    ):
        # An answer to our clarifying question ("Gemeint war der 13.04.") only names the
        # day; the confirmation itself was the patient's first mail.
        categories = (categories - {Category.OTHER}) | {Category.CONFIRMATION}
    return replace(
        draft, categories=categories, mentions=mentions, requests=requests, reasons=reasons
    )


def find_sender(draft: Draft) -> Draft | MailDecision:
    """Only a registered address of the patient (never the name) goes on; any other
    sender changes nothing and goes to staff."""
    patient = _registered_patient(draft.mail, draft.context)
    if patient is None:
        return MailDecision(
            categories=draft.categories,
            dates=draft.mentions,
            staff_reasons=_unknown_sender_reasons(draft.mail, draft.context),
        )
    return replace(draft, patient=patient)


def pick_household(draft: Draft) -> Draft | MailDecision:
    """A shared family address: the mail must say whose appointment it is about; from
    here on only that patient's appointments and our mails to them count."""
    context, patient = draft.context, draft.registered
    if not context.household:
        return draft
    pick = pick_household_member(
        members=(patient, *context.household),
        text=draft.mail.own_text,
        mentions=draft.mentions,
        appointments=context.appointments,
        thread=context.thread,
        timezone=context.timezone,
    )
    if pick.patient is None:
        return MailDecision(
            categories=draft.categories,
            dates=draft.mentions,
            staff_reasons=(
                *(() if pick.reason is None else (pick.reason,)),
                *_intent_reasons(draft.categories),
            ),
            could_be_about=tuple(p.id for p in (patient, *context.household)),
        )
    patient = pick.patient
    return replace(
        draft,
        patient=patient,
        context=replace(
            context,
            patient=patient,
            appointments=tuple(a for a in context.appointments if a.patient_id == patient.id),
            thread=tuple(r for r in context.thread if r.patient_id in (None, patient.id)),
        ),
    )


def check_reply_to(draft: Draft) -> Draft | MailDecision:
    """We only ever write to the stored address; a mail asking for answers elsewhere
    changes nothing until a person has looked (RELIABILITY P20)."""
    patient = draft.registered
    foreign_reply_to = _foreign_reply_to(draft.mail, patient)
    if not foreign_reply_to:
        return draft
    return MailDecision(
        categories=draft.categories,
        patient_id=patient.id,
        dates=draft.mentions,
        staff_reasons=(
            f"Antwortadresse (Reply-To: {', '.join(foreign_reply_to)}) ist nicht die "
            "hinterlegte Adresse; nichts übernommen, bitte prüfen.",
        ),
    )


def note_caveats(draft: Draft) -> Draft:
    """Reasons that stand whatever the mail says: damaged or doubtful text, and a sender
    name that is another patient's."""
    mail, patient = draft.mail, draft.registered
    reasons = list(draft.reasons)
    if mail.defects:
        # Damaged or doubtful text (invalid base64/QP, unknown charset, hidden HTML text,
        # look-alike letters, plain and HTML part disagree): what we read may not be what
        # the patient wrote or sees, so nothing of it is recorded (issue 12, points 4, 5).
        reasons.append(
            f"Mail ist beschädigt oder nicht sicher lesbar ({describe_defects(mail.defects)}); "
            "nichts übernommen, bitte im Original prüfen."
        )
    other_patients = [p.id for p in draft.context.name_matches if p.id != patient.id]
    if other_patients:
        reasons.append(
            "Der Absendername passt zu einer anderen Patientin/einem anderen Patienten "
            f"(ID {', '.join(map(str, other_patients))}); bitte prüfen, für wen die Mail ist."
        )
    return replace(draft, reasons=tuple(reasons))


def settle_days(draft: Draft) -> Draft:
    """The named days as the patient meant them: a counted range spelled out, each day
    settled against the patient's appointments and our thread."""
    mail, context, patient = draft.mail, draft.context, draft.registered
    mail_day = min(mail.date, draft.now).astimezone(ZoneInfo(context.timezone)).date()
    # A day to come, named outside any sentence that confirms ("Donnerstag (26.) geht
    # auch klar"), is a booking spoken of, never a treatment day: nothing to settle.
    # In a confirming sentence it stays, as a doubt ("Termin am 8.4. bestätigt").
    mentions = tuple(
        m
        for m in draft.mentions
        if (m.day <= mail_day or is_confirmation_sentence(fold(m.sentence)))
        and m.day not in draft.taken_back
    )
    reasons = draft.reasons
    # A day taken back stays open (our follow-up asks for it again), unless it was
    # confirmed already: then the patient may be taking back an earlier confirmation.
    held_days, open_days = _held_days(patient, context)
    if confirmed := sorted(draft.taken_back & (held_days - open_days)):
        days = ", ".join(f"{day:%d.%m.%Y}" for day in confirmed)
        reasons = (
            *reasons,
            f"Die Mail nimmt den {days} zurück (korrigiert auf einen anderen Tag), für den "
            "schon eine Bestätigung vorliegt: bitte prüfen, ob er stattfand.",
        )
    mentions = _expand_counted_range(mail.own_text, mentions, patient.id, context, mail.date)
    mentions = settle_mentions(
        mentions,
        appointments=tuple(a for a in context.appointments if a.patient_id == patient.id),
        thread=tuple(r for r in context.thread if r.patient_id in (None, patient.id)),
        mail_date=min(mail.date, draft.now),
        timezone=context.timezone,
    )
    mentions = _with_the_one_before(mentions, mail, context, patient)
    return replace(draft, mentions=mentions, reasons=reasons)


# "Donnerstag und den davor", "gestern und den davor", "the 5th and the one before";
# "Die beiden davor auch.", "The one before as well." (a sentence of its own, adding)
_THE_ONES_BEFORE = re.compile(
    r"(?:(?P<joined>\bund|\band|\bsowie|,)\s+|^\W*(?:und\s+|and\s+)?)"
    r"(?:(?P<one>den|der|die|dem|the\s+one)|(?:die|the)\s+(?P<count>beiden|zwei|drei|vier|two|three"
    r"|four))\s+(?:davor|zuvor|vorher|before)\b"
    r"|(?:(?P<joined2>\bund|\band|,)\s+|^\W*)(?P<previous>(?:den|der|die|dem)\s+(?:vorige[nr]?"
    r"|vorherige[nr]?)|the\s+previous(?:\s+one)?)\b(?!\s+(?:woche|monat|week|month))"
    r"(?!\s+(?:yesterday|that))"
)
_ALL_OF_THEM = re.compile(r"\b(?:alle|allesamt|saemtliche|all|every)\b")
_ONES_BEFORE_COUNTS = {
    "beiden": 2,
    "zwei": 2,
    "two": 2,
    "drei": 3,
    "three": 3,
    "vier": 4,
    "four": 4,
}


def _the_one_asked(mail: InboundMail, context: MailContext, patient: Patient) -> date | None:
    """The day of the one open, held session of the patient that our confirmation requests
    in the thread ask about and that began before the mail, if exactly one."""
    zone = ZoneInfo(context.timezone)
    asked_ids = _asked_by_request(context)
    asked = [
        a
        for a in context.appointments
        if a.id in asked_ids
        and a.patient_id == patient.id
        and a.is_held
        and a.confirmed_at is None
        and a.start <= mail.date
    ]
    return asked[0].start.astimezone(zone).date() if len(asked_ids) == 1 == len(asked) else None


def _with_the_one_before(
    mentions: tuple[DateMention, ...], mail: InboundMail, context: MailContext, patient: Patient
) -> tuple[DateMention, ...]:
    """ "Donnerstag und den davor kann ich bestätigen", "24.7. hat stattgefunden. Die drei
    davor auch.": the patient's appointments right before the one day named (in the
    sentence, or in the sentence before one that only adds "auch"), when each lies a week
    before the next, on the same weekday (the appointments before and the weekdays before
    are then the same days; else which ones are meant, a person asks: rules/remainder.py
    sends it to staff)."""
    zone = ZoneInfo(context.timezone)
    days = sorted(
        {
            a.start.astimezone(zone).date()
            for a in context.appointments
            if a.patient_id == patient.id
        }
    )
    added: list[DateMention] = []
    previous: set[date] = set()
    asked = _the_one_asked(mail, context, patient)
    said_yes: DateMention | None = None
    for sentence in written_sentences(mail.own_text):
        sentence = " ".join(sentence.split())
        folded = fold(sentence)
        anchors = {m.day for m in mentions if " ".join(fold(m.sentence).split()) in folded}
        found = _THE_ONES_BEFORE.search(folded)
        if found is not None and not (found["joined"] or found["joined2"]):
            # a sentence of its own counts from the day before it, and only adds
            anchors = previous if not anchors and SAYS_ALSO.search(folded) else set()
            if not anchors and not previous and said_yes is not None and SAYS_ALSO.search(folded):
                # "ja. den vorigen auch" under our request for one session: the yes is its day
                anchors = {said_yes.day}
                added.append(said_yes)
        if asked is not None and said_yes is None and _is_bare_yes(sentence):
            said_yes = DateMention(day=asked, sentence=sentence)
        previous = anchors or previous
        if found is None or len(anchors) != 1 or _ALL_OF_THEM.search(folded, found.end()):
            # "die davor auch alle": how many, a person counts (rules/remainder.py)
            continue
        count = 1 if found["one"] or found["previous"] else _ONES_BEFORE_COUNTS[found["count"]]
        chain = [next(iter(anchors))]
        for day in reversed([day for day in days if day < chain[0]]):
            if len(chain) > count or (chain[-1] - day).days != 7:
                break
            chain.append(day)
        if len(chain) == count + 1:
            added.extend(DateMention(day=day, sentence=sentence) for day in chain[1:])
    known = {m.day for m in mentions}
    new = [m for m in added if m.day not in known]
    return tuple(sorted((*mentions, *new), key=lambda m: m.day)) if new else mentions


def drop_others_treatments(draft: Draft) -> Draft:
    """Every confirming sentence speaks of someone else's treatment, one elsewhere or a
    confirmation given in an earlier mail: no confirmation of this patient's session, and
    the days it names are not the patient's treatment days."""
    categories = draft.categories
    if Category.CONFIRMATION not in categories:
        return draft
    not_own = _not_own_confirmations(draft.mail, draft.registered, draft.behalf)
    if not not_own:
        return draft
    why, sentences = not_own
    return replace(
        draft,
        categories=categories - {Category.CONFIRMATION} | {Category.OTHER},
        mentions=tuple(
            m for m in draft.mentions if not any(_overlaps(_flat(m.sentence), s) for s in sentences)
        ),
        reasons=(
            *draft.reasons,
            f"Keine Bestätigung der eigenen Behandlung: es geht um {why}; bitte lesen.",
        ),
    )


def date_by_answered_mail(draft: Draft) -> Draft:
    """A confirmation without a day takes the day of the appointment whose mail it answers
    ("Lief super heute" under that day's reminder), when the day word agrees."""
    if Category.CONFIRMATION not in draft.categories:
        return draft
    if not draft.mentions:
        return replace(
            draft,
            mentions=_day_of_the_mail_answered(draft.mail, draft.context, draft.registered)
            or _day_of_a_late_answer(draft.mail, draft.context, draft.registered)
            or _latest_weekdays(draft.mail, draft.context, draft.registered),
        )
    asked = _asked_day_said_today(draft.mail, draft.context, draft.registered)
    asked = asked or _asked_day_by_a_yes_and_also(draft.mail, draft.context, draft.registered)
    if asked is None or asked.day in {m.day for m in draft.mentions}:
        return draft
    return replace(draft, mentions=tuple(sorted((*draft.mentions, asked), key=lambda m: m.day)))


def match_confirmed(draft: Draft) -> Draft:
    """The confirmations the mail may record, with every reason staff must look; a damaged
    mail records none."""
    if draft.mail.defects:
        return draft
    if Category.CONFIRMATION not in draft.categories:
        if not _says_a_session_of_two_was_held(draft):
            return draft
        # "Morgens ja. Die MT mittags habe ich leider verpasst.": the denial is of the day's
        # other session, not of the yes (rules/day_sessions.py)
        draft = replace(
            draft, categories=draft.categories - {Category.OTHER} | {Category.CONFIRMATION}
        )
    confirmations, reasons = _confirmations(
        draft.mail,
        draft.context,
        draft.registered,
        draft.categories,
        draft.mentions,
        draft.requests,
        now=draft.now,
        behalf=draft.behalf,
        corrected=bool(draft.taken_back),
    )
    return replace(draft, confirmations=confirmations, reasons=(*draft.reasons, *reasons))


def file_forms(draft: Draft) -> Draft:
    """The attachments as forms the patient owes (or unclassified, for a person to file),
    and the reasons staff must look at them."""
    mail, context = draft.mail, draft.context
    forms = resolve_by_required(
        match_forms(mail, context.forms),
        mail,
        _forms_needed(draft.registered, context),
        context.forms,
    )
    if mail.defects:
        # A damaged mail (e.g. invalid base64) may carry damaged files: nothing counts as a
        # received form until a person has looked (RELIABILITY P9).
        forms = tuple(replace(f, form_key=UNCLASSIFIED) for f in forms)
    categories = draft.categories
    if any(f.form_key != UNCLASSIFIED for f in forms):
        categories = categories | {Category.FORMS}
    return replace(
        draft,
        categories=categories,
        forms=forms,
        reasons=(*draft.reasons, *_forms_reasons(mail, forms, categories)),
    )


def give_reasons(draft: Draft) -> Draft:
    """The intent's reasons, the appointments a cancellation or reschedule holds, and the
    safety net: a mail that answers our request or names an open appointment's day, but
    was not read as a confirmation, goes to staff when nothing else sends it there."""
    mail, context, patient, now = draft.mail, draft.context, draft.registered, draft.now
    categories, mentions = draft.categories, draft.mentions
    reasons = [*draft.reasons, *_intent_reasons(categories)]
    read = draft.reading.intent or frozenset()
    if Category.OTHER in read and read - {Category.OTHER}:
        # the reader found other business beside the rest: a changed address, where our
        # invoices should go
        reasons.append(OTHER_BESIDE_REASON)
    if OTHER_REASON in reasons and _acknowledges_a_coming_session(draft):
        reasons.remove(OTHER_REASON)  # "Danke, bis morgen!" under our reminder: read, done
    if complains(mail.own_text):
        reasons.append("Beschwerde oder Unzufriedenheit; bitte lesen und beantworten.")
    if categories & {Category.CANCELLATION, Category.RESCHEDULE}:
        confirmed_here = {c.appointment_id for c in draft.confirmations}
        reasons.extend(_hold_note(patient, context, min(mail.date, now), confirmed_here))
    if (
        not reasons
        and Category.CONFIRMATION not in categories
        and (
            draft.requests
            or _names_open_appointment(mentions, patient.id, context, mail.date, now)
            or _names_open_appointment(
                draft.reading.subject_days, patient.id, context, mail.date, now
            )
            or _only_the_subject_names_a_day(mail)
        )
    ):
        # Safety net for a confirmation nobody recognised: the mail answers our request,
        # or names the day of an appointment that still waits for its confirmation.
        reasons.append(
            "Nennt ein Behandlungsdatum oder antwortet auf unsere Bestätigungsanfrage, "
            "ist aber nicht als Bestätigung erkannt; bitte prüfen."
        )
    return replace(draft, reasons=tuple(reasons))


def close_decision(draft: Draft) -> MailDecision:
    """The decision of a mail that passed every stage."""
    return MailDecision(
        categories=draft.categories,
        patient_id=draft.registered.id,
        confirmations=draft.confirmations,
        forms=draft.forms,
        dates=_reported_days(draft),
        staff_reasons=tuple(dict.fromkeys(draft.reasons)),
    )


def _reported_days(draft: Draft) -> tuple[DateMention, ...]:
    """The days the patient's words name as treatment days. A mail that confirms nothing
    reports only the days it plainly names as held: a day asked about, to come or to move
    is no treatment day (staff read the mail). A forwarded request's day is our own word."""
    if draft.mentions and draft.mentions == draft.reading.forwarded_request_days:
        return ()
    # (a month of sessions named as a whole names no day)
    mentions = tuple(m for m in draft.mentions if not m.whole_months)
    if Category.CONFIRMATION in draft.categories:
        return mentions
    return tuple(m for m in mentions if not m.ambiguous)


# The practice's order of doubt; the module docstring says why each stage stands where
# it does.
STAGES: tuple[Stage, ...] = (
    Stage(name="remote", run=keep_remote),
    Stage(name="automation", run=stop_automated),
    Stage(name="intent", run=read_intent),
    Stage(name="sender", run=find_sender),
    Stage(name="household", run=pick_household),
    Stage(name="reply_to", run=check_reply_to),
    Stage(name="caveats", run=note_caveats),
    Stage(name="days", run=settle_days),
    Stage(name="own_treatment", run=drop_others_treatments),
    Stage(name="answered_day", run=date_by_answered_mail),
    Stage(name="confirmations", run=match_confirmed),
    Stage(name="forms", run=file_forms),
    Stage(name="reasons", run=give_reasons),
)


def _confirmations(
    mail: InboundMail,
    context: MailContext,
    patient: Patient,
    categories: frozenset[Category],
    mentions: tuple[DateMention, ...],
    requests: tuple[OutboxRef, ...],
    *,
    now: datetime,
    behalf: Behalf | None = None,
    corrected: bool = False,
) -> tuple[tuple[ConfirmationFinding, ...], list[str]]:
    """The confirmations a confirming mail may record, and every reason staff must look:
    the named days matched to the patient's appointments (or the thread for a plain yes),
    then dropped again on any doubt, denial or failed authentication."""
    earlier = _confirmed_earlier(mentions, mail, context)
    named = mentions  # every day the mail names, the earlier ones too
    mail_day = mail.date.astimezone(ZoneInfo(context.timezone)).date()
    appointment_days = _appointment_days(patient, context)
    held_days, open_days = _held_days(patient, context)

    def agrees(sentence: str) -> bool:
        """What the sentence says beside a yes is what the calendar holds already."""
        return agrees_with_calendar(
            sentence,
            appointment_days,
            lambda text: _days_named(text, mentions, mail_day) | _read_days(text, mail, context),
            confirmed_days=held_days - open_days,
            cancelled_days=appointment_days - held_days,
        )

    # a written date contradicts the thread unless its sentence only says what the calendar
    # holds ("Ja. Den Termin am 1.4. hatten Sie ja abgesagt.")
    dated = any(
        # (a later day by its month's name too: "Confirmed for 7 September, see you then!"
        # under our request for last Monday's session, blind GU gu37)
        (_WRITTEN_DATE.search(sentence) or later_days(sentence, mail_day=mail_day))
        and not agrees(sentence)
        # "Können wir ab dem 1.6. auf 8:00 gehen?": other business about a later day
        and not _only_of_a_later_day(sentence, mail_day)
        for sentence in sentences_of(mail.own_text)
    )
    mentions = _with_the_count_after(
        tuple(m for m in mentions if m.day not in earlier), mail.own_text
    )
    # "12.3., 19.3., 26.3. – der 19. war nicht, die anderen zwei waren gut": the rest of a
    # list (rules/the_rest.py), checked against what the doubt reader leaves of it below
    rest = rest_held(fold(mail.own_text))
    # "Mittags ja, morgens auch.", "um 7:30 ja, den um 12:30 habe ich verpasst": a day with
    # two sessions read session by session (rules/day_sessions.py)
    sessions_read = _read_the_days_sessions(
        mail, context, patient, mentions, requests, min(mail.date, now)
    )
    two_day = sessions_read[0] if sessions_read is not None else None
    if sessions_read is not None:
        # ("Der zweite ja, der erste auch": no 2nd or 1st of the month)
        mentions = tuple(
            m
            for m in mentions
            if m.day in appointment_days or written_days(m.sentence, mail_day=mail_day)
        )
    # "Montag ja." under our request for Thursday's session: a yes for another day
    yes_weekdays = () if mentions else _weekdays_of_yeses(mail, context)
    other_weekdays = _other_weekdays(yes_weekdays, context, patient)
    # "Dienstag passt mir" written on Monday: tomorrow's session, or the one we asked about?
    coming_weekdays = _coming_weekdays(yes_weekdays, mail, context, patient, now=now)
    confirmations, match_reasons = match_confirmations(
        mentions=tuple(m for m in mentions if m.day != two_day),
        appointments=tuple(a for a in context.appointments if a.patient_id == patient.id),
        thread=tuple(r for r in context.thread if r.patient_id in (None, patient.id)),
        # A Date header from a wrong clock must not make a future appointment look past.
        mail_date=min(mail.date, now),
        timezone=context.timezone,
        # Without a date only the thread names the appointment; a mail that also
        # cancels or reports a problem may be saying it did NOT take place.
        # A written date that yielded no day (the future, a typo) contradicts the thread.
        # ("die anderen waren alle" under our request: others than which? never a plain yes;
        # "Ja, die anderen auch" is the yes, and the others go to staff)
        dateless_confirmation=not mentions
        and sessions_read is None
        and (rest is None or rest.elliptic)
        and not _doubts_a_dateless_yes(
            categories, mail.own_text, mail_day, _days_asked(requests, context)
        )
        and not dated
        and not other_weekdays
        and not coming_weekdays,
    )
    reasons = list(match_reasons)
    # (a text rewritten around a correction, "den 9. Juni, das war falsch: ... der 10.
    # Juni", keeps its words of the session elsewhere)
    if not corrected and (
        other_business := _days_of_other_business(
            confirmations, mentions, mail, context, lists_a_rest=rest is not None
        )
    ):
        # "Die Behandlung am 6.4. hat stattgefunden. Am 8.4. bin ich umgezogen.": the mail
        # confirms, but not that day; a person reads what the patient said of it
        confirmations = tuple(c for c in confirmations if c.day not in other_business)
        days = ", ".join(f"{day:%d.%m.}" for day in sorted(other_business))
        reasons.append(
            f"Mail nennt {days} nur in einem Satz, der von keiner Behandlung spricht; nicht "
            "übernommen, bitte prüfen."
        )
    if sessions_read is not None:
        # (after the check of days named only in other business: "Sie hatten nach dem 18.5.
        # gefragt. Ja, an dem Tag fanden beide Termine statt")
        sessions_findings, sessions_reasons = _the_days_sessions(*sessions_read)
        confirmations = (*confirmations, *sessions_findings)
        reasons.extend(sessions_reasons)
    if coming_weekdays:
        days = ", ".join(f"{day:%d.%m.%Y}" for day in coming_weekdays)
        reasons.append(
            f"Antwort nennt nur einen Wochentag; am {days} steht an diesem Wochentag noch ein "
            "Termin an, gemeint kann auch dieser sein. Nichts übernommen, bitte prüfen."
        )
    if other_weekdays:
        reasons.append(
            f"Bestätigung nennt {', '.join(other_weekdays)}, der angefragte Termin liegt an "
            "einem anderen Wochentag; nichts übernommen, bitte prüfen."
        )
    held = {a.id for a in context.appointments if a.on_hold}
    if on_hold := [c for c in confirmations if c.appointment_id in held]:
        # The patient asked to cancel or move it and staff have not decided yet: a "Ja"
        # now may answer our request for a session that never took place.
        confirmations = tuple(c for c in confirmations if c.appointment_id not in held)
        days = ", ".join(f"{c.day:%d.%m.%Y}" for c in on_hold)
        reasons.append(
            f"Bestätigung für {days} nicht übernommen: zu diesem Termin liegt eine Absage "
            "oder Verschiebungsbitte der Patientin/des Patienten vor, die noch nicht "
            "erledigt ist; bitte prüfen."
        )
    zone = ZoneInfo(context.timezone)
    still_open = {
        a.start.astimezone(zone).date()
        for a in context.appointments
        if a.patient_id == patient.id and a.is_held and a.confirmed_at is None
    }
    if earlier & still_open:
        # Its evidence is that earlier mail: a person finds it, this one bills nothing.
        days = ", ".join(f"{day:%d.%m.}" for day in sorted(earlier & still_open))
        reasons.append(
            f"Mail verweist für {days} auf eine frühere Mail (schon bestätigt?); "
            "nicht übernommen, bitte die frühere Mail prüfen."
        )
    if elsewhere := _not_the_patients(confirmations, mail, patient, behalf):
        confirmations = ()
        reasons.append(elsewhere)
    contradicted, of_their_own = _contradictions(
        confirmations,
        mentions,
        mail,
        context,
        # ("Den um 13 Uhr hab ich verpasst" names the day's other session by its time)
        spoken_of=[s.id for s in sessions_read[2]] if sessions_read is not None else [],
    )
    if contradicted:
        # The sentence speaks of another session (a child's call, another time): whose
        # treatment it was is for a person to decide, and nothing of this mail is billed;
        # a day held in another kind, told in a sentence of its own, only that day.
        everything = len(contradicted) > len(of_their_own)  # (one reason per appointment)
        confirmations = tuple(
            c for c in confirmations if not everything and c.appointment_id not in of_their_own
        )
        reasons.extend(contradicted)
    if not mentions and dated and not confirmations:
        reasons.append(
            "Bestätigung nennt ein Datum, das keinem vergangenen Tag zugeordnet werden "
            "konnte (Zukunft oder Tippfehler?); nichts übernommen, bitte prüfen."
        )
    missed_days = frozenset(_open_begun_days(patient, context, mail.date)) - {
        c.day for c in confirmations
    }
    doubtful = [
        sentence
        for sentence in (
            _doubtful_sentences(
                mail,
                confirmations,
                (held_days, open_days),
                # a session broken off on a day named "gestern" ("Gestern war auch, aber ich
                # musste nach der Hälfte aufhören"): its relative day too
                lambda text: (
                    _days_named(text, mentions, mail_day)
                    | (_read_days(text, mail, context) if breaks_off(text) else frozenset())
                    # "Gestern bin ich nicht ans Telefon gegangen, ich war beim Arzt": a
                    # session gone by that this mail does not confirm, in its own words
                    | (
                        _read_days(text, mail, context) & missed_days
                        if not _OF_OUR_MAIL.search(fold(text))
                        else frozenset()
                    )
                    # "Mittwoch ja. Montag war ausgefallen.": whichever Monday was meant
                    | _days_of_other_weekdays(text, mail, context, appointment_days, confirmations)
                ),
            )
            if confirmations
            else []
        )
        # "Den Termin am 13.04. kann ich nicht wahrnehmen" speaks of a later day only: a
        # cancellation (staff see it as one), no doubt about the treatment confirmed
        if _days_named(sentence, mentions, mail_day) or not later_days(sentence, mail_day=mail_day)
        # "am 14.5. war ja kein Termin" of a day without appointment: the calendar agrees
        if not agrees(sentence)
        # "Den um 12:30 habe ich verpasst": one of a day's two sessions, read above
        and (sessions_read is None or _flat(sentence) not in sessions_read[1].explained)
    ]
    went_on = _went_on_after_a_failure(mail.own_text) if doubtful else frozenset()
    doubtful = _with_continuations(
        [s for s in doubtful if " ".join(fold(s).split()) not in went_on and not done_in_full(s)],
        mail.own_text,
        lambda text: _days_named(text, mentions, mail_day),
    )
    before_the_doubts = {c.day for c in confirmations}
    if doubtful:
        # Billing needs a plain yes: "falls ... stattgefunden hat", "meine Tochter meint",
        # "17.2. ja, 10.2. nicht" - a person reads it. Only a day denied in a sentence of
        # its own leaves the other days' clean confirmations standing.
        # sentences of nothing but answers by name ("Mo. ok, Do. fiel aus (Dienstreise)")
        # are read here, answer by answer: the clause reader below would cut "Mo." from
        # its "ok"
        by_name = _answered_whole_by_name(doubtful, mail, mail_day, appointment_days)
        kept = (
            undenied_confirmations(
                confirmations,
                [s for s in doubtful if _flat(s) not in by_name.sentences],
                appointment_days,
                lambda text: (
                    _days_named(text, mentions, mail_day)
                    | _read_days(text, mail, context)
                    | (_said_yes_by_name(text, mail_day) & {m.day for m in mentions})
                    # "Mo ✓ / Do ✗": the Thursdays
                    | _days_said_no_by_name(text, mail_day, appointment_days)
                ),
                lambda text: (
                    bool(later_days(text, mail_day=mail_day)) or speaks_of_a_later_appointment(text)
                ),
                lambda text: _days_of_weekdays(text, mail, context, appointment_days),
                own_text=mail.own_text,
            )
            if len(by_name.sentences) < len(doubtful)
            else confirmations
        )
        kept = tuple(
            c
            for c in kept
            if c.day not in by_name.denied
            and (_flat(c.evidence) not in by_name.sentences or c.day in by_name.held)
        )
        quoted = "“, „".join(sentence[:160] for sentence in doubtful)
        if not kept:
            reasons.append(
                f"Bestätigung mit Verneinung, Bedingung oder Zweifel („{quoted}“); "
                "nichts übernommen, bitte prüfen."
            )
        elif not all(only_puts_off(sentence) for sentence in doubtful):
            # (a day whose confirmation is only put off, "Den 23.2. bestätige ich
            # separat", waits for its own mail while the reminders go on: nothing to do)
            days = ", ".join(f"{c.day:%d.%m.}" for c in kept)
            reasons.append(
                f"Teilweise bestätigt: {days} übernommen; der Rest verneint („{quoted}“), "
                "bitte prüfen."
            )
        confirmations = kept
    if rest is not None:
        # the rest the doubt reader left of the days written must be the rest the patient
        # speaks of: one left out at least for "die anderen", as many as she counts, the
        # days at the places she names; else none of the list is taken
        listed = {m.day for m in mentions if m.day <= mail_day}
        kept_days = {c.day for c in confirmations}
        on_their_own = _confirmed_on_their_own(
            mail.own_text,
            listed,
            lambda text: (
                _days_named(text, mentions, mail_day)
                | _read_days(text, mail, context)
                | relative_days(text, mail_day=mail_day)
            ),
        )
        # left out: a day of the list the mail denies, one the calendar has cancelled (not
        # one confirmed before, nor a day without an appointment), or an appointment's day
        # its exception names ("vom 10.7. bis 7.8. jeden Freitag – bis auf den 31.7. waren
        # alle": the range's days read leave it out already)
        excepted = {
            (day, month)
            for sentence in sentences_of(mail.own_text)
            for day, month in excepted_numbers(sentence)
        }
        left_out = (
            (before_the_doubts - kept_days) & listed
            | (listed & (appointment_days - held_days))
            # ("Die ersten beiden hatte ich ja schon bestätigt, die übrigen fanden auch statt")
            | (
                listed & (held_days - open_days)
                if any(refers_to_earlier_mail(s) for s in sentences_of(mail.own_text))
                else set()
            )
            | {
                d
                for d in appointment_days
                if (d.day, d.month) in excepted or (d.day, None) in excepted
            }
        )
        if (
            misfit := rest_misfit(
                rest, listed, kept_days, fold(mail.own_text), on_their_own, left_out=left_out
            )
        ) is not None:
            # (days confirmed in words of their own stand beside "die anderen auch" or
            # others the mail does not write: "30.3. und 8.4. waren gut, die anderen auch")
            confirmations = tuple(
                c
                for c in confirmations
                if c.day not in listed
                or misfit.keep == "all"
                or (
                    misfit.keep == "own words"
                    and is_confirmation_sentence(without_the_rest(fold(c.evidence)))
                )
            )
            dropped = sorted(kept_days & listed - {c.day for c in confirmations})
            reasons.append(
                f"Mail bestätigt „die anderen“ oder den Rest von Terminen, aber {misfit.reason}; "
                + (
                    f"{', '.join(f'{day:%d.%m.}' for day in dropped)} nicht übernommen"
                    if dropped
                    else "übernommen ist nur, was sie ausdrücklich bestätigt"
                    if confirmations
                    else "dafür nichts übernommen"
                )
                + ", bitte prüfen."
            )
    if confirmations and (more := _counted_more_than_named(confirmations, mentions)):
        # "26.8., 2.9. und heute 9.9. – alle vier Termine haben stattgefunden": the days
        # written stand; the one not written is for a person
        reasons.append(
            f"Mail zählt {more[0]} Termine als stattgefunden, nennt aber nur {more[1]}; die "
            "genannten sind übernommen, bitte den fehlenden prüfen."
        )
    if (
        confirmations
        and sessions_read is None
        and (
            other := _another_session_of_the_day(
                mail.own_text, confirmations, context, patient, min(mail.date, now)
            )
        )
    ):
        # "Mittags ja, morgens auch." under our request for the morning session: the day's
        # other session is named by its time only (blind JB jb12 jb20 lost it silently)
        reasons.append(
            f"Mail spricht auch von einer weiteren Behandlung am {other:%d.%m.} (nach Uhrzeit, "
            "Art oder Tageszeit); sie ist nicht übernommen, bitte prüfen."
        )
    if confirmations and mentions and _SAYS_YES.search(mail.own_text):
        reasons.extend(_requested_but_not_named(requests, confirmations, context, patient.id))
    if confirmations and (
        unread := unread_days(
            mail.own_text,
            named,
            mail_day=mail.date.astimezone(ZoneInfo(context.timezone)).date(),
            confirmed=_confirmed_days(confirmations, context),
        )
    ):
        # The days that were read are recorded; the ones we could not read must not be
        # lost silently with a mail filed as done.
        reasons.append(
            f"Mail nennt auch {', '.join(unread)}, konnte aber keinem Termin zugeordnet "
            "werden; bitte prüfen."
        )
    if confirmations and (
        in_subject := sorted(
            {m.day for m in _subject_mentions(mail, context)}
            & open_days - {m.day for m in named} - {c.day for c in confirmations}
        )
    ):
        # "Bestätigung Behandlung 17.09.2026" over "ich bestätige die heutige Behandlung
        # (24.09.)": a reused subject, or a second day? A person asks.
        days = ", ".join(f"{day:%d.%m.}" for day in in_subject)
        reasons.append(f"Betreff nennt auch {days}, der Text nicht; bitte prüfen.")
    if (untrusted := untrusted_reason(mail, context)) is not None:
        # Billing rests on the From address: only a sender our mail server vouches for
        # (or a practice that chose to accept unauthenticated mail) records anything.
        if confirmations:
            reasons.append(untrusted)
        confirmations = ()
    return confirmations, reasons


def _days_of_other_business(
    confirmations: tuple[ConfirmationFinding, ...],
    mentions: tuple[DateMention, ...],
    mail: InboundMail,
    context: MailContext,
    *,
    lists_a_rest: bool = False,
) -> frozenset[date]:
    """The days confirmed whose every sentence in the patient's text speaks of something
    but no session ("Am 8.4. hatte ich Geburtstag.", "Am 8.4. war ich in Berlin.") beside
    another that confirms: the mail is a confirmation, that day's sentence is not. Days
    alone ("- Mo 16.02."), "auch", a correction ("10.06. meine ich") or a late answer's
    excuse are the confirmation's; so is a list of days whose rest the mail says was held
    (`lists_a_rest`: "zur Abrechnung: 03.09., 10.09., 17.09. – Alle erfolgt bis auf ...")."""
    own = " ".join(fold(mail.own_text).split())
    per_sentence = Counter(m.sentence for m in mentions)
    days = set()
    for confirmation in confirmations:
        if lists_a_rest and any(
            per_sentence[m.sentence] > 1 for m in mentions if m.day == confirmation.day
        ):
            continue
        carrying = [
            " ".join(fold(sentence).split())
            for m in mentions
            if m.day == confirmation.day
            for sentence in (m.sentence, *m.other_sentences)
        ]
        if carrying and all(
            sentence in own and _of_other_business(sentence) for sentence in carrying
        ):
            days.add(confirmation.day)
    return frozenset(days)


def _of_other_business(folded: str) -> bool:
    """A folded sentence says something, and nothing of a session: no word of the
    treatment, its taking place (not "ich war" somewhere), a yes, a confirmation, the
    therapist or the calls, no "auch", no correction or excuse of a late answer."""
    folded = _NOTE_IN_PARENTHESES.sub(" ", folded)
    if (
        is_confirmation_sentence(folded)
        or says_the_same_of_another_day(folded)
        or SAYS_ALSO.search(folded)
        or _SESSION_BESIDE.search(folded)
        # "Montag ja, aber Mittwoch war ich verhindert": a weekday said yes to
        or any(answer.held for answer in weekday_answers(folded))
    ):
        return False
    weak = _NOT_OF_A_SESSION | (_WAS if _I_WAS.search(folded) else frozenset())
    words = read_words(folded)
    if not any(w.word in (Word.UNKNOWN, Word.BLOCKER, Word.NEGATION) for w in words):
        return False
    # "klappt", "stattgefunden" count; a yes, "war", "alle" when no word the lexicon does
    # not know follows them: "Ja 19. war.", "29.10, 5.11 und 12.11 waren alle", not "Der
    # 8.4. war verregnet"; "hatte" never ("Am 8.4. hatte ich Geburtstag")
    return not any(
        w.word in _SESSION_WORDS
        or (w.word is Word.TOOK_PLACE and w.text not in weak and w.text not in _WAS)
        or (
            w.word in _SESSION_IF_NOTHING_ELSE
            and w.text not in weak
            and (following is None or following.word is not Word.UNKNOWN)
        )
        for w, following in zip(words, (*words[1:], None), strict=True)
    )


_SESSION_IF_NOTHING_ELSE = frozenset({Word.TOOK_PLACE, Word.YES, Word.QUANTIFIER})
# Words that name the session itself; "war", "ok" or "beide" beside a word the lexicon does
# not know say nothing of one ("Der 8.4. war verregnet").
_SESSION_WORDS = frozenset({Word.TREATMENT, Word.CONFIRMED, Word.CALLED, Word.THERAPIST})
# a note in parentheses beside a day of a list: "- Di, 26.05. (wegen Pfingsten)"
_NOTE_IN_PARENTHESES = re.compile(r"\([^()\d]*\)")
_NOT_OF_A_SESSION = frozenset({"gemacht"})  # "am 8.4. Sport gemacht"
# "Am 8.4. war ich in Berlin": the writer was somewhere, no session was
_WAS = frozenset({"war", "waren", "was", "were"})
_I_WAS = re.compile(
    r"\b(?:war|waren|was|were)\s+(?:ich|wir|i|we)\b|\b(?:ich|wir|i|we)\s+(?:war|waren|was|were)\b"
)
# Words that go with the session confirmed: "Außerdem noch den 23.2.", "dann wieder ganz
# normal", "10.06. meine ich", "Same for the 14th", "da hatte ich noch nicht geantwortet".
_SESSION_BESIDE = re.compile(
    r"\b(?:ausserdem|zudem|ebenso|normal|same|bestae?tigung\w*|bestae?tigt|geantwortet"
    r"|gemeldet|meine\s+ich|meinte\s+ich|i\s+mean|natuerlich|dabei|komplett|vollstae?ndig"
    r"|dasselbe|das\s+gleiche|gilt)\b"
)


# "heute", "heut", "gestern", "today", "yesterday" in a short answer to our reminder or link
_TODAY_OR_YESTERDAY = re.compile(
    rf"\b(?P<today>heute?|today|tonight|{'|'.join(dialect.TODAY)})\b"
    r"|\b(?P<yesterday>gestern|yesterday)\b",
    re.IGNORECASE,
)
# Our mails about one appointment whose answer, written after it, speaks of that session.
_ABOUT_ONE_APPOINTMENT = frozenset({"reminder", "video_link", "appointment_info"})


def _day_of_the_mail_answered(
    mail: InboundMail, context: MailContext, patient: Patient
) -> tuple[DateMention, ...]:
    """ "Lief super heute, danke!" in answer to the reminder or video-link mail of an
    appointment that began earlier that day (or "gestern" for yesterday's) names that
    appointment's day: the day word and the thread agree, nothing is guessed. A new mail
    whose confirming sentence says "heute" names the patient's one session of that day.
    With no day word, a confirming answer to that mail written on the session's day after
    it began ("Hat stattgefunden, danke" under the reminder, at noon) means that session."""
    words = list(_TODAY_OR_YESTERDAY.finditer(mail.own_text))
    if len(words) > 1:
        return ()
    zone = ZoneInfo(context.timezone)
    today = mail.date.astimezone(zone).date()
    meant = today if not words or words[0]["today"] else date.fromordinal(today.toordinal() - 1)
    sentence = next(
        (
            s
            for s in _SENTENCES.split(mail.own_text)
            if (_TODAY_OR_YESTERDAY.search(s) if words else is_confirmation_sentence(fold(s)))
        ),
        "",
    )
    sentence = " ".join(sentence.split())
    if not words and not sentence:
        return ()
    begun = [
        a
        for a in context.appointments
        if a.patient_id == patient.id and a.is_held and a.start <= mail.date
    ]
    answered = {r.appointment_id for r in context.thread if r.kind in _ABOUT_ONE_APPOINTMENT}
    if answered - {None}:
        days = {a.start.astimezone(zone).date() for a in begun if a.id in answered}
    elif not words:
        days = set()  # a new mail without a day word: staff assign it
    elif not context.thread and is_confirmation_sentence(fold(sentence)):
        # A new mail whose confirming sentence says "heute": the one session of that day.
        on_the_day = [a for a in begun if a.start.astimezone(zone).date() == meant]
        days = {meant} if len(on_the_day) == 1 else set()
    else:
        days = set()
    if days != {meant}:
        return ()
    return (DateMention(day=meant, sentence=sentence),)


def _confirmed_on_their_own(
    own_text: str, listed: set[date], days_of: Callable[[str], frozenset[date]]
) -> frozenset[date]:
    """The days of a list that a clause of their own confirms beside the words about its
    rest ("The first two happened, on the 31st I had to leave halfway, and yesterday's was
    fine."): a clause naming one of them that says it was held."""
    found: set[date] = set()
    for sentence in sentences_of(own_text):
        for clause in clauses(fold(sentence)):
            plain = without_the_rest(clause)
            days = days_of(plain) & listed
            if len(days) == 1 and is_confirmation_sentence(plain):
                found |= days
    return frozenset(found)


# A sentence that goes on about the sessions just counted: "Beide haben stattgefunden."
_GOES_ON_ABOUT_THEM = re.compile(r"^\s*(?:beide|alle|both|all)\b", re.IGNORECASE)


def _with_the_count_after(
    mentions: tuple[DateMention, ...], own_text: str
) -> tuple[DateMention, ...]:
    """ "Ich hatte am 18.5. zwei Termine, morgens das Gerätetraining und mittags die
    Manuelle Therapie. Beide haben stattgefunden.": the sentence after a day's, when it
    opens with "beide"/"alle" and names no day of its own, belongs to it (the matcher
    counts the sessions there)."""
    sentences = [" ".join(s.split()) for s in written_sentences(own_text)]
    following = {
        before: after
        for before, after in pairwise(sentences)
        if _GOES_ON_ABOUT_THEM.match(after) and not day_spans(fold(after))
    }
    return tuple(
        replace(m, sentence=f"{m.sentence} {following[key]}")
        if (key := " ".join(m.sentence.split())) in following
        else m
        for m in mentions
    )


# A request the patient did not answer: "ich habe vergessen, für 26.08 zu bestätigen",
# "auf Ihre Anfrage zum 10. Februar nie geantwortet", "den Termin vom 26.05. noch nicht
# bestätigt".
_UNANSWERED = re.compile(
    r"\b(?:nicht|nie|never|not)\s+(?:\w+\s+){0,2}(?:bestae?tigt|beantwortet|geantwortet"
    r"|zurue?ckgemeldet|gemeldet|confirmed|replied|answered)\b"
    # up to the verb, across a date's dots: "vergessen, für 26.08 zu bestätigen"
    r"|\b(?:vergessen|versae?umt|verschwitzt|forgot)\b(?:[^.!?]|(?<=\d)\.){0,60}"
    r"\b(?:zu\s+|to\s+)?(?:bestae?tigen|antworten|beantworten|melden|confirm|reply|answer)\b"
)
# Other sessions than the one named before: "Die anderen haben stattgefunden." (not "alles
# gut")
# Sessions other than those named: "Die anderen haben stattgefunden."
_THE_REST = re.compile(r"\b(?:andere\w*|uebrige\w*|restliche\w*|others?|rest)\b")
# ... or all of them: "Die anderen / beide / alle haben stattgefunden."
_OTHER_SESSIONS = re.compile(rf"{_THE_REST.pattern}|\b(?:alle[nm]?|beide\w*|all|both)\b")


def _day_of_a_late_answer(
    mail: InboundMail, context: MailContext, patient: Patient
) -> tuple[DateMention, ...]:
    """ "Ich habe vergessen, für 26.08 zu bestätigen. Termin war da, alles gut.", "... dass
    ich auf Ihre Anfrage zum 10. Februar nie geantwortet habe. Die Behandlung an dem Tag hat
    ganz normal stattgefunden.": a sentence that says a request went unanswered names one
    day, the next one confirms without a day of its own - that day. Only when the first says
    nothing else of its day (no denial, doubt or condition beside the unanswered request),
    the second speaks of no other sessions, and the day is one of the patient's open
    appointments begun before the mail. Several days, when the second counts them ("...
    die Termine vom 21. und 23. Juli noch nicht bestätigt habe. Beide Anrufe haben
    stattgefunden.")."""
    zone = ZoneInfo(context.timezone)
    open_days = {
        a.start.astimezone(zone).date()
        for a in context.appointments
        if a.patient_id == patient.id
        and a.is_held
        and a.confirmed_at is None
        and a.start <= mail.date
    }
    sentences = [" ".join(s.split()) for s in written_sentences(mail.own_text)]
    for before, after in pairwise(sentences):
        if (
            _UNANSWERED.search(fold(before)) is None
            or says_more_than_yes(_UNANSWERED.sub(" ", fold(before)))
            or not is_confirmation_sentence(fold(after))
            or _read_days(after, mail, context)
        ):
            continue
        days = _read_days(before, mail, context)
        if not days or not days <= open_days:
            continue
        if len(days) == 1 and not _OTHER_SESSIONS.search(fold(after)):
            return (DateMention(day=next(iter(days)), sentence=after),)
        if len(days) > 1 and _counts(after) in (len(days), 0) and not _THE_REST.search(fold(after)):
            # "... die Termine vom 21. und 23. Juli noch nicht bestätigt habe. Beide Anrufe
            # haben stattgefunden.": as many as it counts, or "alle"
            return tuple(DateMention(day=day, sentence=after) for day in sorted(days))
    return ()


# "beide", "alle drei", "both", "all": how many sessions a sentence speaks of (0: all of
# them), or None when it counts none.
_COUNTED = re.compile(
    rf"\b(?:(?P<two>beide[ns]?|both)|alle\s+(?P<n>{'|'.join(COUNT_WORDS)}|\d)|(?P<all>alle|all))\b"
)


def _says_a_session_of_two_was_held(draft: Draft) -> bool:
    """The patient's mail says one of a day's sessions was held, naming it ("um 7:30 ja"),
    beside words that deny the other one (which the intent reader took for a denial of the
    yes)."""
    if draft.registered is None:
        return False
    read = _read_the_days_sessions(
        draft.mail,
        draft.context,
        draft.registered,
        draft.mentions,
        draft.requests,
        min(draft.mail.date, draft.now),
    )
    return read is not None and bool(read[1].held)


def _read_the_days_sessions(
    mail: InboundMail,
    context: MailContext,
    patient: Patient,
    mentions: tuple[DateMention, ...],
    requests: tuple[OutboxRef, ...],
    until: datetime,
) -> tuple[date, DayReading, tuple[DaySession, ...]] | None:
    """The one day the mail names or our request asked about on which the patient has more
    than one open session begun before `until`, with what the mail says of each of them;
    None when there is no such day, more than one, or the mail names none of its sessions
    one by one."""
    zone = ZoneInfo(context.timezone)
    mail_day = mail.date.astimezone(zone).date()
    asked = {r.appointment_id for r in requests if r.appointment_id is not None}
    open_begun = [
        a
        for a in context.appointments
        if a.patient_id == patient.id and a.is_held and a.confirmed_at is None and a.start < until
    ]
    by_day: dict[date, list[Appointment]] = {}
    for appointment in open_begun:
        by_day.setdefault(appointment.start.astimezone(zone).date(), []).append(appointment)
    candidates = {m.day for m in mentions} | {
        a.start.astimezone(zone).date() for a in open_begun if a.id in asked
    }
    # "um 7:30 ja. Den um 12:30 habe ich verpasst" in a new mail that day: today's sessions
    candidates = candidates or {mail_day}
    days = [day for day in sorted(candidates) if len(by_day.get(day, ())) > 1]
    if len(days) != 1:
        return None
    (day,) = days
    sessions = tuple(
        DaySession(
            id=a.id, start=a.start.astimezone(zone).time(), treatment=a.treatment, kind=a.kind
        )
        for a in sorted(by_day[day], key=lambda a: a.start)
    )
    appointment_days = _appointment_days(patient, context)

    def other_days(text: str) -> frozenset[date]:
        """The days a piece of text names beside this one: a day of an appointment, or one
        written in digits ("der erste" is no 1st of the month here)."""
        return (
            (_read_days(text, mail, context) & appointment_days)
            | written_days(text, mail_day=mail_day)
            | later_days(text, mail_day=mail_day)
            | relative_days(text, mail_day=mail_day)
        ) - {day}

    asked_here = [s.id for s in sessions if s.id in asked]
    reading = read_day_sessions(
        mail.own_text,
        sessions,
        asked=asked_here[0] if len(asked_here) == 1 else None,
        names_the_day=lambda text: (
            day in (_read_days(text, mail, context) | written_days(text, mail_day=mail_day))
        ),
        names_another_day=lambda text: bool(other_days(text)),
        mail_of_this_day_only=not other_days(mail.own_text)
        and all(m.day == day for m in mentions if m.day in appointment_days),
    )
    return None if reading is None else (day, reading, sessions)


def _the_days_sessions(
    day: date, reading: DayReading, sessions: tuple[DaySession, ...]
) -> tuple[tuple[ConfirmationFinding, ...], list[str]]:
    """The day's sessions said held, and a reason for each one said otherwise or unclear
    (and for a yes that names none of them while one of them is not said held)."""
    findings = tuple(
        ConfirmationFinding(appointment_id=s.id, day=day, evidence=reading.evidence[s.id])
        for s in sessions
        if s.id in reading.held
    )
    reasons = []
    if not_held := [describe(s) for s in sessions if s.id in reading.not_held]:
        reasons.append(
            f"Am {day:%d.%m.} (zwei Termine) sagt die Mail von {', '.join(not_held)}, dass "
            "er nicht wie geplant stattgefunden hat (ausgefallen, gekürzt, verschoben oder "
            "unsicher); nicht übernommen, bitte prüfen."
        )
    if unclear := [describe(s) for s in sessions if s.id in reading.unclear]:
        reasons.append(
            f"Am {day:%d.%m.} (zwei Termine) nennt die Mail {', '.join(unclear)}, sagt aber "
            "nicht eindeutig, ob er stattgefunden hat; nicht übernommen, bitte prüfen."
        )
    unsaid = [s for s in sessions if s.id not in reading.held | reading.not_held | reading.unclear]
    if reading.unassigned_yes and unsaid:
        reasons.append(
            f"Mail bestätigt den {day:%d.%m.}, an dem zwei Termine waren, ohne zu sagen "
            f"welchen ({', '.join(describe(s) for s in unsaid)} offen); bitte zuordnen."
        )
    return findings, reasons


def _open_begun_days(patient: Patient, context: MailContext, until: datetime) -> list[date]:
    """The days of the patient's held, unconfirmed appointments begun before `until`, one
    per appointment (two sessions of a day are that day twice)."""
    zone = ZoneInfo(context.timezone)
    return [
        a.start.astimezone(zone).date()
        for a in context.appointments
        if a.patient_id == patient.id and a.is_held and a.confirmed_at is None and a.start < until
    ]


# A session named by its time of day or as one of two ("der Mittagstermin", "morgens",
# "beide Termine heute", "der zweite", "the afternoon one").
_SESSION_OF_THE_DAY = re.compile(
    r"\b(?:morgens|vormittags|mittags|nachmittags|abends|frue?h(?:termin|morgens)?"
    r"|\w*(?:morgen|mittag|abend)s?termin\w*|beide\s+(?:termine|behandlungen|sitzungen)"
    r"|der\s+(?:zweite|erste|andere)\s+(?:termin|heute)|morning|afternoon|evening|midday"
    r"|lunchtime|both\s+(?:sessions|appointments)"
    # by its hour or kind: "die MT um halb eins", "das Gerätetraining" (blind FW fw13)
    r"|um\s+(?:\d{1,2}(?:[:.]\d{2})?|halb|viertel)|mt|kgg|manuelle\s+therapie|geraete\w*)\b"
)


# ... and says something of another one: "auch", "und", "beide", or that one was missed
_ANOTHER_TOO = re.compile(
    r"\b(?:auch|ebenfalls|beide\w*|both|too|also|as\s+well|und|and|verpasst|ausgefallen"
    r"|abgesagt|nicht|missed|cancelled)\b"
)


def _another_session_of_the_day(
    own_text: str,
    confirmations: tuple[ConfirmationFinding, ...],
    context: MailContext,
    patient: Patient,
    mail_date: datetime,
) -> date | None:
    """A day confirmed on which the patient has more begun sessions than were confirmed,
    when the mail names a session by its time of day or as one of two and adds one ("auch",
    "und", "beide")."""
    folded = fold(own_text)
    # ("Gerätetraining heute früh bestätigt." names the one session it confirms)
    if not _SESSION_OF_THE_DAY.search(folded) or not _ANOTHER_TOO.search(folded):
        return None
    confirmed = Counter(c.day for c in confirmations)
    booked = Counter(_open_begun_days(patient, context, mail_date))
    return next((day for day in sorted(confirmed) if booked[day] > confirmed[day]), None)


def _counted_more_than_named(
    confirmations: tuple[ConfirmationFinding, ...], mentions: tuple[DateMention, ...]
) -> tuple[int, int] | None:
    """How many sessions a sentence counts as held ("alle vier Termine") and how many the
    mail names, when it counts more than that."""
    # (a day confirmed before is named all the same; two sessions of a day are two; "Alle
    # drei Male ..." after three sentences of a day each counts them all)
    named = max(len(confirmations), len({m.day for m in mentions}))
    for sentence in dict.fromkeys(m.sentence for m in mentions if not m.ambiguous):
        found = _COUNTED.search(fold(sentence))
        if found is not None and found["n"] and count_of(found["n"]) > named:
            return count_of(found["n"]), named
    return None


def _counts(sentence: str) -> int | None:
    found = _COUNTED.search(fold(sentence))
    if found is None:
        return None
    if found["two"]:
        return 2
    return count_of(found["n"]) if found["n"] else 0


# "an den letzten drei Freitagen", "die letzten beiden Dienstage", "the last two Mondays":
# so many of that weekday, counted back from the mail. ("die letzten beiden Termine" names
# no day: which sessions those are, staff look up - blind A ba49, D d05, d56.)
_COUNT_WORD = rf"(?:{'|'.join(COUNT_WORDS)}|[2-9])"
_LATEST_WEEKDAYS = re.compile(
    rf"\b(?:die|den|the|my|our)\s+(?:(?P<n1>{_COUNT_WORD})\s+)?(?:letzten|last)\s+"
    rf"(?:(?P<n2>{_COUNT_WORD})\s+)?(?P<weekday>{alternation(WEEKDAYS_FULL)})(?:e|en|s)\b"
)


def _latest_weekdays(
    mail: InboundMail, context: MailContext, patient: Patient
) -> tuple[DateMention, ...]:
    """ "Ich bestätige die Telefonbehandlungen an den letzten drei Freitagen": the days of
    the patient's latest appointments on that weekday begun before the mail, as many as the
    confirming sentence counts, one a week back from the mail; a week without one among
    them leaves the counting to a person."""
    zone = ZoneInfo(context.timezone)
    mail_day = mail.date.astimezone(zone).date()
    for sentence in written_sentences(mail.own_text):
        flat = " ".join(fold(sentence).split())
        found = _LATEST_WEEKDAYS.search(flat)
        if found is None or not (count := found["n1"] or found["n2"]):
            continue
        if not is_confirmation_sentence(flat):
            continue
        wanted = count_of(count)
        weekday = WEEKDAYS_FULL[found["weekday"]]
        days = sorted(
            {
                start.date()
                for a in context.appointments
                if a.patient_id == patient.id
                and a.start <= mail.date
                and (start := a.start.astimezone(zone)).weekday() == weekday
            },
            reverse=True,
        )[:wanted]
        if len(days) < wanted or (mail_day - days[-1]).days > 7 * wanted:
            return ()  # fewer sessions than counted, or a week without one: a person counts
        return tuple(DateMention(day=day, sentence=sentence) for day in sorted(days))
    return ()


_SENTENCES = re.compile(r"(?<=[.!?])\s+|\n")
# "Und letzte Woche (19.2.) auch", "die bestätige ich gleich mit": days added to another yes.
_ALSO = re.compile(
    r"\b(?:auch|ebenfalls|ebenso|genauso|gleich\s+mit|zusae?tzlich|also|too|as\s+well)\b"
)


def _only_of_a_later_day(sentence: str, mail_day: date) -> bool:
    """A sentence that says no yes and writes down later days only ("Können wir ab dem 1.6.
    auf 8:00 statt 7:30 gehen?"): no day of the treatment the yes beside it answers for. A
    later day in a confirming sentence stays a doubt ("Ja, am 27.5." a typo?)."""
    return (
        bool(later_days(sentence, mail_day=mail_day))
        and not written_days(sentence, mail_day=mail_day)
        and not is_confirmation_sentence(fold(sentence))
        and _YES.search(sentence) is None
    )


# "Die Donnerstage bestätige ich separat", "the other Thursdays" (blind D d12): every day
# of that weekday. (Not "dienstags um 9", a wish for later, nor "auf Montage", at work.)
_WEEKDAYS_IN_PLURAL = re.compile(
    r"\b(?:die|den|alle|beide|beiden|anderen|letzten|uebrigen|restlichen|the|all|both|other"
    rf"|remaining)\s+(?:\w+\s+)?(?P<weekday>{alternation(WEEKDAYS_FULL)})(?:e|en|s)\b"
)


def _days_of_weekdays(
    text: str, mail: InboundMail, context: MailContext, appointment_days: frozenset[date]
) -> frozenset[date]:
    """Every appointment day of the last five weeks up to the mail that a weekday named by
    itself may be ("Mittwoch war ich krank": whichever Wednesday the patient meant), or
    that a weekday in the plural names ("die Donnerstage")."""
    mail_day = mail.date.astimezone(ZoneInfo(context.timezone)).date()
    weekdays = {
        day.weekday()
        for day in weekdays_named(text, mail_date=mail.date, timezone=context.timezone)
    } | {WEEKDAYS_FULL[found["weekday"]] for found in _WEEKDAYS_IN_PLURAL.finditer(fold(text))}
    if (alone := leading_weekday(text)) is not None:
        weekdays.add(alone)  # "Mi ✗ (war krank)", "Mi nur 20 min wegen Akku"
    return _recent_days_on(weekdays, mail_day, appointment_days)


def _recent_days_on(
    weekdays: Collection[int | None], mail_day: date, appointment_days: frozenset[date]
) -> frozenset[date]:
    """The appointment days of the last five weeks up to the mail on those weekdays:
    whichever of them a weekday named by itself may be."""
    return frozenset(
        day
        for day in appointment_days
        if day.weekday() in weekdays and 0 <= (mail_day - day).days <= 35
    )


def _days_of_other_weekdays(
    text: str,
    mail: InboundMail,
    context: MailContext,
    appointment_days: frozenset[date],
    confirmations: tuple[ConfirmationFinding, ...],
) -> frozenset[date]:
    """The appointment days a text may mean by the weekdays it names by themselves, other
    than those of the days confirmed ("Mittwoch ja. Montag war ausgefallen.", "Montag ja,
    aber Mittwoch war ich verhindert" -> the recent Wednesdays); none when it corrects the
    day confirmed ("Also Dienstag, nicht Mittwoch", "Ach nein, Dienstag.")."""
    confirmed = {c.day.weekday() for c in confirmations}
    named = {
        day.weekday()
        for day in weekdays_named(text, mail_date=mail.date, timezone=context.timezone)
    }
    if named & confirmed and _CORRECTS_THE_DAY.search(fold(text)):
        return frozenset()
    return frozenset(
        day
        for day in _days_of_weekdays(text, mail, context, appointment_days)
        if day.weekday() not in confirmed
    )


# A weekday corrected: "Also Dienstag, nicht Mittwoch", "Quatsch, Dienstag", "Ach nein".
_CORRECTS_THE_DAY = re.compile(
    rf"\bnicht\s+(?:am\s+)?(?:{alternation(WEEKDAYS_FULL)})\b|\bsondern\b|\bquatsch\b"
    r"|\bach\s+nein\b|\bnein\s*,|\bsorry\b|\bi\s+mean\b|\bmeine\s+ich\b|^\W*also\b"
)


_WEEKDAY_NAMES = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


def _weekdays_of_yeses(mail: InboundMail, context: MailContext) -> tuple[tuple[str, date], ...]:
    """Each weekday a confirming sentence or a yes names by itself ("Montag ja."), as the
    sentence and the last such day up to the mail."""
    return tuple(
        (sentence, day)
        for sentence in sentences_of(mail.own_text)
        if is_confirmation_sentence(fold(sentence)) or _YES.search(sentence)
        for day in weekdays_named(sentence, mail_date=mail.date, timezone=context.timezone)
    )


def _other_weekdays(
    yes_weekdays: tuple[tuple[str, date], ...], context: MailContext, patient: Patient
) -> tuple[str, ...]:
    """The weekdays of the yeses (_weekdays_of_yeses) that are no weekday of an appointment
    the thread is about: the yes is for another day."""
    zone = ZoneInfo(context.timezone)
    about = {i for r in context.thread if r.patient_id in (None, patient.id) for i in r.covered}
    asked = {
        a.start.astimezone(zone).weekday()
        for a in context.appointments
        if a.id in about and a.patient_id == patient.id
    }
    named = {day.weekday() for _, day in yes_weekdays}
    return tuple(_WEEKDAY_NAMES[w] for w in sorted(named - asked)) if asked else ()


def _coming_weekdays(
    yes_weekdays: tuple[tuple[str, date], ...],
    mail: InboundMail,
    context: MailContext,
    patient: Patient,
    *,
    now: datetime,
) -> tuple[date, ...]:
    """The coming sessions that a weekday of the yeses (_weekdays_of_yeses) may mean
    (matching's may_mean_the_coming_one), in date order."""
    appointments = tuple(a for a in context.appointments if a.patient_id == patient.id)
    return tuple(
        sorted(
            {
                coming
                for sentence, day in yes_weekdays
                if (
                    coming := may_mean_the_coming_one(
                        day, sentence, appointments, min(mail.date, now), context.timezone
                    )
                )
            }
        )
    )


def _asked_by_request(context: MailContext) -> set[int]:
    """The appointments our confirmation requests in the thread asked about."""
    return {i for r in context.thread if r.kind == MailKind.CONFIRMATION_REQUEST for i in r.covered}


def _asked_day_by_a_yes_and_also(
    mail: InboundMail, context: MailContext, patient: Patient
) -> DateMention | None:
    """ "Hallo, ja. Und letzte Woche (19.2.) auch, hatte ich vergessen." under our request
    for one session: the yes that names no day answers the request, the other sentence
    adds its days ("auch"). Only with a request for exactly one open session begun before
    the mail, a yes sentence that writes no day, and every dated sentence adding ("auch",
    "ebenfalls", "gleich mit")."""
    zone = ZoneInfo(context.timezone)
    asked_day = _the_one_asked(mail, context, patient)
    if asked_day is None:
        return None
    sentences = [
        part
        for s in written_sentences(mail.own_text)
        for part in _yes_then_also(" ".join(s.split()))
    ]
    # "Montag ja. Mittwoch auch.": a yes naming the asked session's weekday, within the
    # week before the mail, is that yes
    weekday_yeses = [
        s
        for s in sentences
        if len(answers := weekday_answers(s)) == 1
        and (answer := answers[0]).whole
        and answer.held
        and answer.weekday_alone
        and answer.weekday == asked_day.weekday()
        and 0 <= (mail.date.astimezone(zone).date() - asked_day).days < 7
    ]
    dated = [s for s in sentences if day_spans(fold(s)) and s not in weekday_yeses]
    yeses = [
        s
        for s in sentences
        if s in weekday_yeses
        or (s not in dated and (_is_bare_yes(s) or is_confirmation_sentence(fold(s))))
    ]
    if not yeses or not dated or not all(_ALSO.search(fold(s)) for s in dated):
        return None
    return DateMention(day=asked_day, sentence=yeses[0])


def _yes_then_also(sentence: str) -> list[str]:
    """ "hat stattgefunden, die beiden davor (3. und 10.7.) auch" as its two clauses: a
    yes that writes no day, then days added "auch" (blind FY fy22 had lost the asked
    session silently); any other sentence whole."""
    head, comma, rest = sentence.partition(",")
    if (
        comma
        and not day_spans(fold(head))
        and (_is_bare_yes(head) or is_confirmation_sentence(fold(head)))
        and day_spans(fold(rest))
        and _ALSO.search(fold(rest))
    ):
        return [head.strip(), rest.strip()]
    return [sentence]


def _weekday_yeses(
    mail: InboundMail,
    context: MailContext,
    categories: frozenset[Category],
    *,
    now: datetime,
) -> tuple[tuple[DateMention, ...], tuple[str, ...]]:
    """ "Montag ja, Donnerstag nicht", "Mo ✓ / Do ✗", "Mittwoch war vollständig", "Letzten
    Dienstag war gut", "gestern ✓ / mittwoch davor ✓": the days said yes to by their
    names (rules/weekday_answers.py), in a mail about our sessions (our request in the
    thread, or a word of them in the subject or text). A verdict in the past ("war",
    "hat stattgefunden") or a day in the past ("gestern", "letzte Woche") speaks of a
    session gone by. A bare yes beside a weekday or "heute" may accept a coming session
    ("Montag ja" to a reminder or a question which days suit), so only when nothing points
    ahead: the thread holds none of our mails but confirmation requests, the mail names no
    day to come, no later appointment, no rescheduling and no present or future verb of
    coming or being able, and it speaks in the past or answers our request about a session
    on that weekday. A weekday by itself is the one our request asks about when no session
    on that weekday came after it; else the last such day before the mail's day; written
    on its own day it is left to staff (today, or a week ago?). Also the weekdays said yes
    to that could not be placed, or whose bare yes the thread of our requests leaves
    unexplained: staff hear of them."""
    answers = weekday_answers(mail.own_text)
    if not any(answer.held for answer in answers):
        return (), ()
    folded = fold(mail.own_text)
    asked = _asked_by_request(context)
    if not asked and not _ABOUT_SESSIONS.search(f"{fold(mail.subject)} {folded}"):
        return (), ()
    zone = ZoneInfo(context.timezone)
    moment = min(mail.date, now)
    mail_day = moment.astimezone(zone).date()
    # (the sender is not known yet: the patients our thread wrote to)
    patients = {r.patient_id for r in context.thread if r.patient_id is not None}
    begun = sorted(
        a.start.astimezone(zone).date()
        for a in context.appointments
        if a.patient_id in patients and a.start <= moment
    )
    asked_days = [
        a.start.astimezone(zone).date()
        for a in context.appointments
        if a.id in asked and a.start <= moment
    ]
    looks_ahead = bool(
        Category.RESCHEDULE in categories
        or any(r.kind not in ASKS_FOR_CONFIRMATION for r in context.thread)
        or later_days(mail.own_text, mail_day=mail_day)
        or speaks_of_a_later_appointment(mail.own_text)
        or _AHEAD.search(folded)
    )
    spoken_of_as_past = _SPOKEN_OF_AS_PAST.search(folded) is not None
    # answering our request about a session by its name: the other days named with it
    # are gone by too ("Montag ✓ Mittwoch ✓")
    answered_asked = any(
        answer.held and _day_of_answer(answer, mail_day, None, asked_days, begun) in asked_days
        for answer in answers
        if not answer.after_previous
    )
    days: dict[date, str] = {}
    by_weekday = False
    previous: date | None = None
    only_requests = all(r.kind in ASKS_FOR_CONFIRMATION for r in context.thread)
    unplaced: dict[str, None] = {}
    for answer in answers:
        day = previous = _day_of_answer(answer, mail_day, previous, asked_days, begun)
        if not answer.held:
            continue
        name = _WEEKDAY_NAMES[answer.weekday] if answer.weekday is not None else ""
        if day is None:
            if name and (answer.in_past or answer.weeks_back == 0):
                unplaced[name] = None  # "Mittwoch war gut" on a Wednesday, "letzten Do"
            continue
        # (a weekday placed in this week before today is gone by: "für diese Woche: Mo ✓")
        past = answer.in_past or (answer.weeks_back == 0 and day < mail_day)
        if not past and (
            (looks_ahead and day not in asked_days)
            or not (spoken_of_as_past or day in asked_days or answered_asked)
        ):
            if name and only_requests:
                unplaced[name] = None  # "Di und Do diese Woche: beide ok" on the Thursday
            continue
        days.setdefault(day, answer.sentence)
        by_weekday |= answer.weekday is not None or answer.said_weekday is not None
    # "heute"/"gestern" said yes to are read elsewhere; here only beside a weekday, whose
    # "davor" they anchor ("gestern ✓ / mittwoch davor ✓")
    mentions = tuple(DateMention(day=d, sentence=sentence) for d, sentence in sorted(days.items()))
    return (mentions if by_weekday else ()), tuple(unplaced)


def _day_of_answer(
    answer: WeekdayAnswer,
    mail_day: date,
    previous: date | None,
    asked_days: list[date],
    begun: list[date],
) -> date | None:
    """The day an answer by name means (rules/weekday_answers.answer_day), a weekday by
    itself the day our request asks about when no session on that weekday began after
    it ("Der Dienstag hat stattgefunden" two weeks late, "Mittwoch war" written on the
    Wednesday of the session asked about); `begun`: the days of the sessions begun."""
    day = answer_day(answer, mail_day, previous)
    if not answer.weekday_alone:
        return day
    same = [d for d in asked_days if d.weekday() == answer.weekday]
    if len(same) != 1:
        return day
    later = [d for d in begun if d.weekday() == answer.weekday and same[0] < d <= mail_day]
    if not later:
        return same[0]
    return None if day != same[0] else day


def _said_yes_by_name(text: str, mail_day: date) -> frozenset[date]:
    """The days a text says yes to by their names (rules/weekday_answers.py), each counted
    from the mail's day alone."""
    days = set()
    previous = None
    for answer in weekday_answers(text):
        day = previous = answer_day(answer, mail_day, previous)
        if day is not None and answer.held:
            days.add(day)
    return frozenset(days)


@dataclass(frozen=True)
class _ByName:
    """What the sentences of nothing but answers by name say: those sentences (flat), the
    days said yes to and the days said no to (a weekday by itself: every recent day of
    it)."""

    sentences: frozenset[str]
    held: frozenset[date]
    denied: frozenset[date]


def _answered_whole_by_name(
    sentences: list[str], mail: InboundMail, mail_day: date, appointment_days: frozenset[date]
) -> _ByName:
    """The doubtful `sentences` that are answers by name and nothing else, read with the
    answers before them in the mail ("gestern ✓ / mittwoch davor ✗")."""
    wanted = {_flat(sentence) for sentence in sentences}
    found: set[str] = set()
    unplaced: set[str] = set()  # a day not placed: the sentence is the clause reader's
    held: set[date] = set()
    denied: set[date] = set()
    previous = None
    for answer in weekday_answers(mail.own_text):
        day = previous = answer_day(answer, mail_day, previous)
        if not answer.whole or (flat := _flat(answer.sentence)) not in wanted:
            continue
        found.add(flat)
        if not answer.held and answer.weekday_alone:
            denied |= _recent_days_on({answer.weekday}, mail_day, appointment_days)
        elif day is None:
            unplaced.add(flat)
        else:
            (held if answer.held else denied).add(day)
    return _ByName(frozenset(found - unplaced), frozenset(held), frozenset(denied))


def _days_said_no_by_name(
    text: str, mail_day: date, appointment_days: frozenset[date]
) -> frozenset[date]:
    """The days a text says a plain no to by their names ("Do ✗", "Thursday's no",
    "gestern nicht"): a weekday by itself may be any recent appointment day on it."""
    days: set[date] = set()
    previous = None
    for answer in weekday_answers(text):
        day = previous = answer_day(answer, mail_day, previous)
        if answer.held or not answer.plain:
            continue  # (a no told in more words is the other doubt readers')
        if answer.weekday_alone:
            days |= _recent_days_on({answer.weekday}, mail_day, appointment_days)
        elif day is not None:
            days.add(day)
    return frozenset(days)


# A mail about our sessions: a word of them in its subject or text (a new mail "Mo ✓ Do
# ✗" under "Termine KW 9").
_ABOUT_SESSIONS = re.compile(
    r"\b(?:termin\w*|behandlung\w*|sitzung\w*|therapie\w*|einheit\w*|bestae?tig\w*|kg|mt"
    r"|krankengymnastik|physio\w*|stattgefunden|geklappt|session\w*|appointment\w*"
    r"|treatment\w*|confirm\w*|telefonat\w*|video\w*|anruf\w*)"
)


# Words of coming or of being able: "Montag ja, Donnerstag kann ich nicht" offers days.
_AHEAD = re.compile(
    r"\b(?:kann|kannst|koennen|koennte|koennten|komme|kommen|passt|passen|geht|gehen|schaffe"
    r"|schaffen|werde|werden|wird|will|moechte|can|could|would|suits?|works)\b|\bbin\s+dabei\b"
    r"|\?"
)
# A mail that speaks of what happened: "da hat mich niemand angerufen", "hab ich verpennt".
_SPOKEN_OF_AS_PAST = re.compile(
    r"\b(?:war|waren|hatte|hatten|gewesen|stattgefunden|angerufen|gewartet|gemacht|gehabt"
    r"|geklappt|verpennt|vergessen|verpasst|verschlafen|versaeumt|ausgefallen|abgesagt|lief"
    r"|klappte|ging|gestern|vorgestern|letzte[nrs]?|vorige[nrs]?|vergangene[nrs]?|was|were"
    r"|had|did|went|happened|called|yesterday|last)\b"
)


def _asked_day_said_today(
    mail: InboundMail, context: MailContext, patient: Patient
) -> DateMention | None:
    """ "ja heute war alles gut! Den Termin letzte Woche (3.11.) bestätige ich auch." under
    our confirmation request for today's session: the confirming sentence's "heute" (or
    "gestern") is the asked session's day, beside the days the mail writes down. Only when
    the day word is the mail's one, its sentence confirms and writes no date, and exactly
    one asked, held session began on that day before the mail."""
    words = list(_TODAY_OR_YESTERDAY.finditer(mail.own_text))
    if len(words) != 1:
        return None
    zone = ZoneInfo(context.timezone)
    today = mail.date.astimezone(zone).date()
    meant = today if words[0]["today"] else date.fromordinal(today.toordinal() - 1)
    sentence = next(s for s in _SENTENCES.split(mail.own_text) if _TODAY_OR_YESTERDAY.search(s))
    sentence = " ".join(sentence.split())
    if not is_confirmation_sentence(fold(sentence)) or written_days(sentence, mail_day=today):
        return None
    asked = _asked_by_request(context)
    on_the_day = [
        a
        for a in context.appointments
        if a.id in asked
        and a.patient_id == patient.id
        and a.is_held
        and a.start <= mail.date
        and a.start.astimezone(zone).date() == meant
    ]
    return DateMention(day=meant, sentence=sentence) if len(on_the_day) == 1 else None


def _doubtful_sentences(
    mail: InboundMail,
    confirmations: tuple[ConfirmationFinding, ...],
    calendar: tuple[frozenset[date], frozenset[date]],
    days_named: Callable[[str], frozenset[date]],
) -> list[str]:
    """Every sentence that doubts, conditions or denies a treatment, and every sentence
    that says more than a plain yes of a day the patient has a held appointment on ("Am 9.3.
    war ich im Urlaub", "Hat der Termin am 10.3. überhaupt gezählt?", "Gestern war auch,
    aber ich musste nach der Hälfte aufhören"). `calendar`: the days of held appointments,
    and of those not yet confirmed; `days_named(text)`: the days a text names, relative
    ones too."""
    held_days, open_days = calendar
    found = [
        *doubting_sentences(mail.own_text, (c.evidence for c in confirmations)),
        *denying_sentences(mail.own_text),
        *negated_sentences(mail.own_text),
        *cut_short_sentences(mail.own_text),
        *elliptic_denials(mail.own_text),
        # "Do ✗", "Thursday's no", "letzten Freitag nicht"
        *(
            sentence
            for sentence in sentences_of(mail.own_text)
            if any(answer.plain and not answer.held for answer in weekday_answers(sentence))
        ),
        *(
            sentence
            for sentence in sentences_of(mail.own_text)
            if any(
                says_more_than_yes(clause)
                # (a call missed and made again, the session held, is told over clauses)
                for clause in clauses(
                    without_moves_within_the_day(without_forgotten_paperwork(sentence))
                )
            )
            # a day confirmed before may be named as such ("Die vom 20. hatte ich Ihnen
            # schon bestätigt"); any other word on it but a yes goes to a person; so do
            # sessions named by their place ("The first two I replied to already")
            and (
                bool(
                    days_named(sentence)
                    & (open_days if refers_to_earlier_mail(sentence) else held_days)
                )
                # (among several days confirmed; not "War das jetzt die letzte?")
                or (
                    names_by_place(sentence)
                    and "?" not in sentence
                    and len({c.day for c in confirmations}) > 1
                )
                # the weekday of a day confirmed, said moved to another day: "ich bestätige
                # Dienstag und Donnerstag letzte Woche. Den Donnerstag hatten wir ja auf
                # Freitag verschoben" (blind JG jg17 billed the Thursday)
                or (
                    bool(_weekdays_named(sentence) & {c.day.weekday() for c in confirmations})
                    and says_moved_away(sentence)
                    and not speaks_of_a_later_appointment(sentence)
                )
            )
        ),
    ]
    return list(dict.fromkeys(found))


def _weekdays_named(sentence: str) -> frozenset[int]:
    """The weekdays a sentence names by their full names ("Donnerstag", "Thursday")."""
    return frozenset(
        WEEKDAYS_FULL[word]
        for word in re.findall(r"[a-z]+", fold(sentence))
        if word in WEEKDAYS_FULL
    )


def _went_on_after_a_failure(own_text: str) -> frozenset[str]:
    """The sentences (folded) whose next sentence says the session carried on after the
    device failure they tell of (doubt.went_on_in_the_next), read once per mail."""
    flat = [" ".join(fold(s).split()) for s in sentences_of(own_text)]
    return frozenset(
        text for text, following in pairwise(flat) if went_on_in_the_next(text, following)
    )


# One session pointed back to: "diesen Termin", "diese Behandlung" (not "die Behandlung",
# which may be any, nor "diese Termine").
_THAT_SESSION = re.compile(
    r"\b(?:diese[nrms]?|this|that)\s+(?:termin|behandlung|sitzung|anruf|stunde|videotermin"
    r"|telefontermin|session|appointment|call)\b"
)


def _with_continuations(
    doubtful: list[str], own_text: str, days_named: Callable[[str], frozenset[date]]
) -> list[str]:
    """The doubtful sentences in text order, each that names no day joined to the doubtful
    sentence right before it that does: "am 4.5. war niemand im Videoraum. Ich habe 20
    Minuten gewartet und dann aufgegeben." speaks of the 4.5. twice, not of every day."""
    # folded: the readers hand back some sentences folded ("diese behandlung hat also
    # nicht stattgefunden.")
    sentences = sentences_of(own_text)
    flat = [" ".join(fold(s).split()) for s in sentences]
    position = {text: index for index, text in reversed(list(enumerate(flat)))}
    # "Am 8.4. musste ich nach zehn Minuten auflegen. Bei den anderen Terminen war es
    # genauso.": the sentence right after a doubt that says the same of other sessions
    doubtful = doubtful + [
        sentences[index + 1]
        for index in sorted({position.get(" ".join(fold(s).split()), -2) for s in doubtful})
        if 0 <= index < len(flat) - 1
        and says_the_same_of_others(flat[index + 1])
        and not days_named(flat[index + 1])
    ]
    if len(doubtful) < 2:
        return doubtful
    ordered = sorted(doubtful, key=lambda s: position.get(" ".join(fold(s).split()), len(flat)))
    joined: list[str] = []
    last_index = -2
    seen: set[str] = set()
    for sentence in ordered:
        key = " ".join(fold(sentence).split())
        if key in seen:
            continue  # the same sentence from another reader
        seen.add(key)
        index = position.get(key, -10)
        if (
            joined
            and not days_named(sentence)
            and days_named(joined[-1])
            and (
                index == last_index + 1
                # "Am 19.02. hat mich niemand angerufen. Ich habe bis 18 Uhr gewartet. Bitte
                # diesen Termin nicht abrechnen.": that one session, over sentences naming
                # no day between
                or (
                    0 <= last_index < index
                    and _THAT_SESSION.search(key) is not None
                    and not any(days_named(between) for between in flat[last_index + 1 : index])
                )
            )
        ):
            joined[-1] = f"{joined[-1]} {sentence}"
        else:
            joined.append(sentence)
        last_index = index
    return joined


def _days_named(
    sentence: str, mentions: tuple[DateMention, ...], mail_day: date
) -> frozenset[date]:
    """The days a sentence names: its mentions, and the days it writes down that the date
    reader leaves out on purpose (a denied day is no treatment day)."""
    flat = " ".join(fold(sentence).split())
    carried = {
        m.day for m in mentions if (text := " ".join(fold(m.sentence).split())) and text in flat
    }
    return frozenset(carried) | written_days(sentence, mail_day=mail_day)


def _appointment_days(patient: Patient, context: MailContext) -> frozenset[date]:
    """Every day the patient had an appointment, cancelled ones too: a denial may name
    the one that was called off ("29.9. nein, hatte abgesagt")."""
    zone = ZoneInfo(context.timezone)
    return frozenset(
        a.start.astimezone(zone).date() for a in context.appointments if a.patient_id == patient.id
    )


def _held_days(patient: Patient, context: MailContext) -> tuple[frozenset[date], frozenset[date]]:
    """Every day the patient has a held (not cancelled) appointment, and those of them not
    yet confirmed: what a mail says of a cancelled one agrees with the calendar ("Die Sache
    vom 19.08. ist ja abgesagt gewesen"), as "schon bestätigt" of a confirmed one does."""
    zone = ZoneInfo(context.timezone)
    held = [a for a in context.appointments if a.patient_id == patient.id and a.is_held]
    return (
        frozenset(a.start.astimezone(zone).date() for a in held),
        frozenset(a.start.astimezone(zone).date() for a in held if a.confirmed_at is None),
    )


def _writer_is_patient(mail: InboundMail, patient: Patient) -> bool:
    """The sender's name is the patient's (or missing): "meine Mutter" is then someone
    else, while a daughter writing from her mother's address means the patient."""
    writer = {w.casefold() for w in re.findall(r"\w+", mail.sender_name or "")}
    return not writer or writer == {w.casefold() for w in re.findall(r"\w+", patient.name)}


def _names_of(patient: Patient) -> frozenset[str]:
    return frozenset(word.casefold() for word in re.findall(r"\w+", patient.name))


def _writer(mail: InboundMail, patient: Patient, behalf: Behalf | None) -> tuple[bool, bool]:
    """Whether a relative the text names is someone else than the patient, and whether the
    writer's own "meine Stunde" is someone else's. In a mail written for the patient the
    patient's relation has become the patient's name: any relative still named is someone
    else, and a writer who named a relation ("für meinen Mann") is not the patient."""
    for_them = behalf is not None and behalf.patient.id == patient.id
    signed_by_another = _signed_by_another(mail, patient)
    return (
        (_writer_is_patient(mail, patient) and not signed_by_another) or for_them,
        writer_is_someone_else(mail.sender_name or "", patient.name)
        or signed_by_another
        or (for_them and behalf is not None and behalf.writer_is_other),
    )


def _signed_by_another(mail: InboundMail, patient: Patient) -> bool:
    """The mail from the patient's address is signed by someone else ("Viele Grüße\nJulia
    Brandt" for Lukas Brandt): "mein Sohn" is then the patient, "meine Stunde" the
    writer's. A first name that begins like the patient's ("Hansi" for Hans-Jürgen) may be
    the patient's own."""
    signer = signature_name(mail.cut_text) or signature_name(mail.own_text)
    if not signer or not writer_is_someone_else(signer, patient.name):
        return False
    first_names = [w.casefold() for w in re.findall(r"[^\W\d_]+", patient.name)][:-1]
    signed = [w.casefold() for w in re.findall(r"[^\W\d_]+", signer)]
    return not any(f.startswith(w[:3]) for w in signed for f in first_names if len(w) > 2)


def _not_own_confirmations(
    mail: InboundMail, patient: Patient, behalf: Behalf | None = None
) -> tuple[str, tuple[str, ...]] | None:
    """Why no confirming sentence of the mail is the patient's own confirmation of a
    treatment with us, given by this mail (a relative's treatment, one elsewhere, one
    confirmed in an earlier mail), and those sentences (flat, folded); None when at least
    one sentence is, or none confirms."""
    writer_is_patient, someone_else = _writer(mail, patient, behalf)
    # as written: "in der Praxis Müller" is another practice by its capital letters
    confirming = [
        s
        for s in written_sentences(mail.own_text)
        if is_confirmation_sentence(fold(s)) and not is_negated_confirmation(fold(s))
    ]
    whys = [
        someone_elses_or_elsewhere(
            _without_the_exception(s),
            writer_is_patient=writer_is_patient,
            writer_is_someone_else=someone_else,
            patient_names=_names_of(patient),
        )
        or ("eine Bestätigung aus einer früheren Mail" if _confirmed_before(fold(s)) else None)
        for s in confirming
    ]
    if not confirming or not all(whys):
        return None
    return str(whys[0]), tuple(_flat(s) for s in confirming)


# An exception after a dash or semicolon: "... und 19.2. - außer am Montag den 16.02., da
# war ich beim Orthopäden"
_EXCEPTION = re.compile(rf"(?:\s[–—-]\s*|;\s*)(?={EXCEPTING}\b)", re.IGNORECASE)


def _without_the_exception(sentence: str) -> str:
    """The sentence up to an exception it makes after a dash: where the patient was
    instead on the day excepted ("da war ich beim Orthopäden") says nothing of the days
    confirmed (the doubt reader reads the exception, and touches its day)."""
    return _EXCEPTION.split(sentence, maxsplit=1)[0]


def _confirmed_before(sentence: str) -> bool:
    """Every confirming clause of the sentence speaks of a confirmation given in an earlier
    mail ("den 2.4. hatte ich schon bestätigt, heute bestätige ich den 6.4." does not)."""
    confirming = [c for c in clauses(sentence) if is_confirmation_sentence(c)] or [sentence]
    return all(refers_to_earlier_mail(c) for c in confirming)


def _flat(text: str) -> str:
    return " ".join(fold(text).split())


def _overlaps(one: str, other: str) -> bool:
    return bool(one) and bool(other) and (one in other or other in one)


def _not_the_patients(
    confirmations: tuple[ConfirmationFinding, ...],
    mail: InboundMail,
    patient: Patient,
    behalf: Behalf | None = None,
) -> str | None:
    """A reason when a confirming sentence speaks of a relative's treatment (written by
    the patient herself) or of a treatment elsewhere."""
    writer_is_patient, someone_else = _writer(mail, patient, behalf)
    # the confirming sentences too: a plain yes under our request has no dated evidence
    # ("Meine Frau hatte am 3ten ihre Behandlung, die hat stattgefunden.")
    confirming = [s for s in written_sentences(mail.own_text) if is_confirmation_sentence(fold(s))]
    if not confirmations:
        return None
    for text in (*(finding.evidence for finding in confirmations), *confirming):
        why = someone_elses_or_elsewhere(
            _without_the_exception(text),
            writer_is_patient=writer_is_patient,
            writer_is_someone_else=someone_else,
            patient_names=_names_of(patient),
        )
        if why is not None:
            return f"Bestätigung spricht von {why}; nichts übernommen, bitte prüfen."
    return None


def _confirmed_earlier(
    mentions: tuple[DateMention, ...], mail: InboundMail, context: MailContext
) -> set[date]:
    """The days the mail says were confirmed in an earlier mail. Read clause by clause
    where the clauses write their days ("den 3.2. hatte ich schon bestätigt, heute
    bestätige ich die Behandlung am 10.2." - only the 3.2.), else by sentence."""
    earlier: set[date] = set()
    fresh: set[date] = set()
    for mention in mentions:
        if not refers_to_earlier_mail(mention.sentence):
            fresh.add(mention.day)
            continue
        owner = [
            c for c in clauses(mention.sentence) if mention.day in _read_days(c, mail, context)
        ]
        if owner and not any(refers_to_earlier_mail(c) for c in owner):
            fresh.add(mention.day)
        else:
            earlier.add(mention.day)
    return earlier - fresh


def _contradictions(
    confirmations: tuple[ConfirmationFinding, ...],
    mentions: tuple[DateMention, ...],
    mail: InboundMail,
    context: MailContext,
    *,
    spoken_of: Collection[int] = (),
) -> tuple[list[str], frozenset[int]]:
    """Each matched appointment whose kind or time the confirming words contradict (a
    plain yes is read against the whole text): the reasons, and the appointments
    contradicted only by a sentence of their own about the day's kind, which leave the
    other days standing (the confirming words contradicted leave none: whose treatment it
    was is for a person). A time or kind of another session the mail confirms, or of one of
    the day's sessions it speaks of one by one (`spoken_of`), is that session's."""
    by_id = {a.id: a for a in context.appointments}
    mail_day = mail.date.astimezone(ZoneInfo(context.timezone)).date()
    reasons: list[str] = []
    of_their_own: set[int] = set()
    for finding in confirmations:
        appointment = by_id.get(finding.appointment_id)
        if appointment is None:
            continue
        confirming = [
            _statement_naming(m.sentence, finding.day, mail, context)
            for m in mentions
            if m.day == finding.day
        ] or [
            # a plain yes: the whole text, but a wish for the next time ("Können wir nächstes
            # Mal lieber telefonieren?") says nothing of the session that was
            " ".join(
                s
                for s in sentences_of(mail.own_text)
                if not (speaks_of_a_later_appointment(s) and not _SAID_OF_THE_PAST.search(s))
            )
        ]
        # a sentence of its own about the day's kind: "except that yesterday's was done over
        # the phone", "Der 24.09. allerdings nur telefonisch", "Am 18. war es aber nur am
        # Telefon" (blind JE je27, JG jg26 jg06 billed the day)
        own = [
            _statement_naming(sentence, finding.day, mail, context, going_on=True)
            for sentence in sentences_of(mail.own_text)
            if finding.day
            in _read_days(sentence, mail, context) | relative_days(sentence, mail_day=mail_day)
        ]
        others = [
            by_id[i]
            for i in {c.appointment_id for c in confirmations} | set(spoken_of)
            if i != appointment.id and i in by_id
        ]
        checks = [(sentence, False) for sentence in confirming] + [(s, True) for s in own]
        for sentence, kind_only in checks:
            why = contradiction(
                sentence,
                appointment,
                timezone=context.timezone,
                also_confirmed=others,
                kind_only=kind_only,
            )
            if why is None:
                continue
            if kind_only:
                of_their_own.add(appointment.id)
                reasons.append(
                    f"{why} (Termin {finding.day:%d.%m.%Y}); dieser Tag nicht übernommen, "
                    "bitte prüfen."
                )
            else:
                reasons.append(
                    f"{why} (Termin {finding.day:%d.%m.%Y}); nichts übernommen, bitte prüfen, "
                    "wessen Behandlung gemeint ist."
                )
            break
    return reasons, frozenset(of_their_own)


# A sentence that tells of something that was ("wir haben telefoniert statt Video").
_SAID_OF_THE_PAST = re.compile(
    r"\b(?:war|waren|hatte|hatten|haben|hat|habe|hab|was|were|had|did)\b", re.IGNORECASE
)
# Words that say what became of a session ("war", "hat stattgefunden", "ist ausgefallen"),
# not the present "ich habe Arzttermin".
_HELD_OR_NOT = re.compile(
    r"\b(?:war|waren|hatte|hatten|stattgefunden|geklappt|ausgefallen|verpasst|was|were|had"
    r"|did)\b",
    re.IGNORECASE,
)
# (and an exception: "..., bis auf den 3., da hab ich den Anruf nicht mitbekommen")
_STATEMENT_BREAK = re.compile(
    rf"\s[–—-]\s|;|\b(?:aber|jedoch|sondern|but|however|{EXCEPTING})\b",
    re.I,
)


def _read_days(text: str, mail: InboundMail, context: MailContext) -> frozenset[date]:
    """The days a sentence or a clause of it writes down, read on its own: the written ones
    the date reader leaves out on purpose (a denied day) and the plain days it reads ("am
    3., 5. und 10. März", "gestern")."""
    mail_day = mail.date.astimezone(ZoneInfo(context.timezone)).date()
    return (
        written_days(text, mail_day=mail_day)
        | named_days(text, mail_date=mail.date, timezone=context.timezone)
        | {
            m.day
            for m in extract_dates(text, mail_date=mail.date, timezone=context.timezone)
            if not m.ambiguous
        }
    )


def _statement_naming(
    sentence: str, day: date, mail: InboundMail, context: MailContext, *, going_on: bool = False
) -> str:
    """The statement of a sentence (between dashes, semicolons and "aber") that writes the
    day down, or the whole sentence: "3.3. war gut – am 9.3. hat niemand angerufen" says
    nothing of a telephone on the 3.3. `going_on`: with the statements after it that name
    no day ("Am 18. war es | aber nur am Telefon")."""
    kept, keeping = [], False
    for part in _STATEMENT_BREAK.split(sentence):
        days = _read_days(part, mail, context)
        keeping = day in days or (
            going_on and keeping and not days and not _OTHER_BUSINESS.search(fold(part))
        )
        if keeping:
            kept.append(part)
    return " ".join(kept) if kept else sentence


# Business beside the session: "aber ich möchte mich über die Wartezeit am Telefon
# beschweren" says nothing of the kind the session was held in.
_OTHER_BUSINESS = re.compile(
    r"\b(?:warte\w*|beschwer\w*|rechnung\w*|rezept\w*|erreich\w*|nummer\w*|invoice\w*"
    r"|prescription\w*|complain\w*|waiting)\b"
)


# A sentence about our mail and the answer to it ("Zu dem von gestern antworte ich direkt
# auf Ihre Mail"): the day it names is no session told of.
_OF_OUR_MAIL = re.compile(
    r"\b(?:antwort\w*|e-?mail\w*|mails?|bestae?tig\w*|meld\w*|confirm\w*|repl\w*)\b"
)


# A "ja" that answers our question on its own, beside named days ("Ja. Und den 19.2. auch").
_SAYS_YES = re.compile(
    r"(?:^|[.!\n,:]\s*)(?:ja|jawohl|jep|jo|yes|yep|korrekt|stimmt|genau)\b(?!\s+(?:am|vom|den)\b)",
    re.IGNORECASE,
)


# "vom 9.2. bis 19.2. (haben) alle vier Termine ...": a range with the number it holds.
_COUNTED_RANGE = re.compile(
    r"\b(?:vom|von)\s+\d{1,2}\.(?:\s?\d{1,2}\.)?\s*(?:bis(?:\s+zum)?|-|–)\s*\d{1,2}\.\s?\d{1,2}\."
    r"[^.!?\n]{0,40}?\balle\s+(?P<count>\d{1,2}|" + "|".join(COUNT_WORDS) + r")\b",
    re.IGNORECASE,
)


def _expand_counted_range(
    own_text: str,
    mentions: tuple[DateMention, ...],
    patient_id: int,
    context: MailContext,
    mail_date: datetime,
) -> tuple[DateMention, ...]:
    """A range the patient counts ("vom 9.2. bis 19.2. alle vier Termine") names every
    open appointment in it - but only when exactly that many are there; otherwise the two
    ends stay unclear and a person looks."""
    match = _COUNTED_RANGE.search(own_text)
    ends = [m for m in mentions if m.ambiguous]
    if match is None or len(ends) != 2:
        return mentions
    word = match.group("count").lower()
    count = count_of(word)
    first, last = sorted(m.day for m in ends)
    zone = ZoneInfo(context.timezone)
    inside = sorted(
        a.start.astimezone(zone).date()
        for a in context.appointments
        if a.patient_id == patient_id
        and a.is_held
        and a.start <= mail_date
        and first <= a.start.astimezone(zone).date() <= last
    )
    if len(inside) != count or len(set(inside)) != count:
        return mentions
    sentence = match.group(0)
    named = tuple(DateMention(day=day, sentence=sentence) for day in inside)
    return tuple(m for m in mentions if not m.ambiguous) + named


def _forms_needed(patient: Patient, context: MailContext) -> tuple[str, ...]:
    """Every form the patient's held appointments call for (received or not)."""
    needed: dict[str, None] = {}
    for appointment in context.appointments:
        if appointment.patient_id == patient.id and appointment.is_held:
            for key in forms_required(
                patient=patient, appointment=appointment, policy=context.forms
            ):
                needed[key] = None
    return tuple(needed)


def _confirmed_days(
    confirmations: tuple[ConfirmationFinding, ...], context: MailContext
) -> tuple[date, ...]:
    """The day (in the practice's zone) of each appointment confirmed."""
    zone = ZoneInfo(context.timezone)
    ids = {c.appointment_id for c in confirmations}
    return tuple(a.start.astimezone(zone).date() for a in context.appointments if a.id in ids)


def _requested_but_not_named(
    requests: tuple[OutboxRef, ...],
    confirmations: tuple[ConfirmationFinding, ...],
    context: MailContext,
    patient_id: int,
) -> list[str]:
    """A dated answer to our request that leaves an asked-for appointment out: the "ja"
    may have meant it too ("Ja. Die Behandlung am 19.2. hat stattgefunden.") - a person
    decides (with "auch" the yes is read as the asked day's: _asked_day_by_a_yes_and_also)."""
    confirmed = {c.appointment_id for c in confirmations}
    asked = {i for ref in requests for i in ref.covered}
    left_out = [
        a
        for a in context.appointments
        if a.id in asked
        and a.id not in confirmed
        and a.patient_id == patient_id
        and a.is_held
        and a.confirmed_at is None
    ]
    if not left_out:
        return []
    zone = ZoneInfo(context.timezone)
    days = ", ".join(f"{a.start.astimezone(zone):%d.%m.%Y}" for a in left_out)
    return [
        f"Antwort auf unsere Bestätigungsanfrage nennt andere Tage; der angefragte Termin "
        f"({days}) ist nicht bestätigt - bitte prüfen."
    ]


def _names_open_appointment(
    mentions: tuple[DateMention, ...],
    patient_id: int,
    context: MailContext,
    mail_date: datetime,
    now: datetime,
) -> bool:
    """Whether a named day is that of a begun, held, unconfirmed appointment (billable)."""
    until = min(mail_date, now)
    zone = ZoneInfo(context.timezone)
    open_days = {
        a.start.astimezone(zone).date()
        for a in context.appointments
        if a.patient_id == patient_id and a.is_held and a.confirmed_at is None and a.start <= until
    }
    return any(m.day in open_days for m in mentions)


def _decide_automated(
    mail: InboundMail, context: MailContext, category: Category, bounced: tuple[str, ...]
) -> MailDecision:
    """Automated mail is recorded, never answered, and changes no appointment."""
    patient_ids = {r.patient_id for r in context.thread if r.patient_id is not None}
    if context.patient is not None:
        patient_ids.add(context.patient.id)
    patient_id = patient_ids.pop() if len(patient_ids) == 1 else None
    if category is not Category.BOUNCE:
        # Out-of-office notes, list mail and our own mail coming back need nobody.
        return MailDecision(categories=frozenset({category}), patient_id=patient_id)
    if bounced and not context.thread:
        # Only a report about a mail we sent (our Message-ID in the returned headers) may
        # stop mail to an address; anyone can write a fake report.
        return MailDecision(
            categories=frozenset({Category.BOUNCE}),
            patient_id=patient_id,
            staff_reasons=(
                f"Unzustellbarkeitsmeldung für {', '.join(bounced)}, die sich auf keine "
                "unserer Mails bezieht; die Adresse bleibt aktiv, bitte prüfen.",
            ),
        )
    reasons = [
        f"Mail an {address} ist dauerhaft unzustellbar; bitte die Adresse prüfen."
        for address in bounced
    ]
    if not bounced and not mail.delivery_status:
        reasons.append(
            "Unzustellbarkeitsmeldung ohne auswertbare Angaben; bitte prüfen, welche Mail "
            "nicht ankam."
        )
    elif not bounced and _has_failed_recipient(mail):
        # Not a dead address (e.g. a full mailbox), but this mail never arrived.
        reasons.append(
            "Eine Mail wurde nicht zugestellt (z. B. Postfach voll); die Adresse bleibt "
            "gültig, bitte die Patientin/den Patienten anders erreichen."
        )
    return MailDecision(
        categories=frozenset({Category.BOUNCE}),
        patient_id=patient_id,
        bounced_addresses=bounced,
        staff_reasons=tuple(reasons),
    )


# also without the final dot ("17.6 nicht"): a dateless yes may not guess past it
_WRITTEN_DATE = re.compile(r"\b\d{1,2}\.\s?\d{1,2}\b|\b\d{1,2}/\d{1,2}\b")
_DOUBTS_A_DATELESS_YES = frozenset({Category.CANCELLATION, Category.RESCHEDULE, Category.TECHNICAL})
# Any hint of a day in the text: then the subject is not used for the date (not a greeting
# or a wish: "Guten Morgen", "schönes Wochenende", "have a nice weekend").
_DAY_WORDS = (
    r"heute|gestern|vorgestern|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
    r"|today|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_NAMES_A_DAY = re.compile(
    rf"\d{{1,2}}\s?[./]\s?\d{{1,2}}|\d{{1,2}}\.\s?[a-zäö]{{3}}|{_DAY_WORDS}"
    r"|(?<!guten\s)\bmorgen\b|\bwoche\b|\bweek\b",
    re.IGNORECASE,
)
_YES = re.compile(
    r"\b(ja|jawohl|jawoll|jep|jo|yes|yep|yup|ok|okay|passt|bestätigt|bestaetigt|bestatigt|bestätige"
    r"|confirmed?|geklappt|stattgefunden|statt gefunden|war dabei|took place"
    r"|happened|alles gut|funktioniert|erledigt|war da|war ich da|nachgeholt)\b",
    re.IGNORECASE,
)
# A lone thumbs up (any skin tone), OK hand or check mark under our request.
_YES_SIGN = re.compile(
    r"\s*[\U0001F44D\U0001F44C\u2705\u2714\u2611][\U0001F3FB-\U0001F3FF\uFE0F]?\W*"
)


def _doubts_a_dateless_yes(
    categories: frozenset[Category], own_text: str, mail_day: date, asked: frozenset[date]
) -> bool:
    """Whether a cancellation, reschedule or technical trouble in the mail may say the
    session our request asked about (on the `asked` days) did not take place: not a
    cancellation or reschedule of a later session only ("Ja hat stattgefunden. Könnten wir
    nächsten Mittwoch um 9 machen?", "Können wir ab dem 1.6. auf 8:00 gehen?"), told in a
    sentence of its own that speaks of nothing that was, nor one of another day the
    sentence names ("Am 19. war ja ausgefallen, bekomme ich dafür einen Ersatztermin?")."""
    doubting = categories & _DOUBTS_A_DATELESS_YES
    if not doubting or Category.TECHNICAL in doubting:
        return bool(doubting)
    return any(
        classify_intent(subject="", own_text=sentence, has_attachments=False) & doubting
        and not (
            asked and (named := written_days(sentence, mail_day=mail_day)) and not named & asked
        )
        and not (
            speaks_of_a_later_appointment(sentence)
            and not _SAID_OF_THE_PAST.search(sentence)
            and not _TODAY_OR_YESTERDAY.search(sentence)
        )
        # "nächste mal 2.9. geht nicht ich habe arzt termin": only a later day, nothing that was
        and not (
            _only_of_a_later_day(sentence, mail_day)
            and not _HELD_OR_NOT.search(sentence)
            and not _TODAY_OR_YESTERDAY.search(sentence)
        )
        for sentence in sentences_of(own_text)
    )


def _is_lone_sign(text: str) -> bool:
    """A yes sign without a blocker of the plain-yes lexicon beside it ("👍🏽 danke";
    not "Ergotherapie: ✅ 3.2." or "Falls ✅ ...")."""
    return _YES_SIGN.search(text) is not None and not has_a_blocker(fold(text))


_NO = re.compile(
    rf"\b({'|'.join(dialect.NEGATIONS)}|"
    r"nein|nicht|nich|kein|keine|keinen|leider|no|not|didn'?t|wasn'?t|abgesagt|absagen"
    r"|ausgefallen|verschieben|verschoben|krank|niemand|nobody|problem|fehler"
    # a yes with a "but", or a yes to something else (the invoice, the link, a relative)
    r"|aber|allerdings|jedoch|but|however|only|rechnung\w*|unterlagen|formular\w*|\w*link\w*"
    r"|\w*code|absage\w*|storn\w*"
    r"|rezept|verordnung|invoice|(?:mei|mein|meine|meinem|meines|meiner|unser\w*)\s+(?:mann|frau"
    r"|sohn|tochter|kind)|my\s+(?:husband|wife|son|daughter))\b|\?",
    re.IGNORECASE,
)
_RECEIVED = re.compile(
    r"\b(erhalten|bekommen|gekriegt|angekommen|received|got\s+it|got\s+(?:the|your)\s+"
    r"(?:mail|e-?mail|message))\b",
    re.IGNORECASE,
)
_TREATMENT_STEM = re.compile(
    r"\b(behand|therap|termin|sitzung|telefonat|anruf|video|leistung|kg\b|treatment|session)",
    re.IGNORECASE,
)
BARE_YES_MAX_CHARS = 160


def _is_bare_day_list(own_text: str) -> bool:
    """The whole text is one or more written days ("11.3.", "Mo 9.2. und Do 12.2."), a
    greeting or name line aside: no word, no question, no sign."""
    lines = lines_above_name(own_text)
    rest = _WRITTEN_DAY_ITEM.sub(" ", " ".join(lines))
    return bool(lines) and not rest.strip(" ,;/&+-–")


# A written day with its weekday and joining words: "Mo 9.2.", "am 11.03.2026", "und"
_WRITTEN_DAY_ITEM = re.compile(
    r"\b(?:am|den|und|sowie|(?:mo|di|mi|do|fr|sa|so)\.?|(?:montag|dienstag|mittwoch"
    r"|donnerstag|freitag|samstag|sonntag),?)(?=\s|$)|(?<![\d.])\d{1,2}\.\s?\d{1,2}\.?"
    r"(?:\d{2}(?:\d{2})?)?(?![\d.])",
    re.IGNORECASE,
)


def _days_asked(requests: tuple[OutboxRef, ...], context: MailContext) -> frozenset[date]:
    """The days of the appointments our confirmation requests in the thread asked about."""
    zone = ZoneInfo(context.timezone)
    asked = {i for r in requests for i in r.covered}
    return frozenset(a.start.astimezone(zone).date() for a in context.appointments if a.id in asked)


def _is_bare_yes(own_text: str) -> bool:
    """A short, plain yes ("Ja.", "Passt, hat geklappt") with no doubt or question in it."""
    text = own_text.strip()
    said_yes = (
        _YES.search(text) is not None
        or _is_lone_sign(text)
        or (
            # "erhalten" alone is how mail programs and people acknowledge our MAIL ("Danke,
            # erhalten"); it confirms only together with the treatment ("Behandlung erhalten").
            _RECEIVED.search(text) is not None and _TREATMENT_STEM.search(text) is not None
        )
    )
    return (
        0 < len(text) <= BARE_YES_MAX_CHARS
        and said_yes
        and _NO.search(text) is None
        # every sentence of a bare yes must be plain: "Ja, aber nur 5 Minuten"
        and doubts_confirmation(text, (text,)) is None
        # and about the treatment: "Ich bestätige den Erhalt des Videolinks", "die Absage",
        # "hatte ich Ihnen bereits in meiner letzten Mail bestätigt"
        and not acknowledges_something_else(text)
        and not refers_to_earlier_mail(text)
        # "ja hab ich bekommen danke" acknowledges our mail, not the session (blind EE ee44)
        and not (_RECEIVED.search(text) and not _TREATMENT_STEM.search(text))
        # "Ich bestätige den Termin nächste Woche Mittwoch" acknowledges the next booking
        and not speaks_of_a_later_appointment(text)
        # "... eine Aufstellung aller Termine. Dann bestätige ich gesammelt." is no yes yet
        and not promises_to_confirm(text)
    )


_REPLY_OR_FORWARD = re.compile(r"^\s*(re|aw|antw|wg|fw|fwd|wtr)\s*:", re.IGNORECASE)
_REPLY_PREFIXES = re.compile(r"^(?:\s*(?:re|aw|antw|wg|fw|fwd|wtr)\s*:)+", re.IGNORECASE)
# A whole subject that is a dated yes: "26.3. ok", "16.2. ja", "12.1.26 bestätigt".
_SHORT_SUBJECT_ANSWER = re.compile(
    r"^(?P<day>\d{1,2}\.\s?\d{1,2}\.?(?:\d{2,4})?)\s*[-:,]?\s*"
    r"(?:ok|okay|ja|passt|bestae?tigt|bestätigt|stattgefunden|hat\s+stattgefunden)\W*$",
    re.IGNORECASE,
)


def _short_subject_answer(mail: InboundMail) -> re.Match[str] | None:
    """The subject, without reply prefixes, when it is a whole dated yes ("Re: 26.3. ok")."""
    return _SHORT_SUBJECT_ANSWER.match(_REPLY_PREFIXES.sub("", mail.subject).strip())


def _subject_mentions(mail: InboundMail, context: MailContext) -> tuple[DateMention, ...]:
    """The days a new mail's own subject names ("Behandlung am 12.3. hat stattgefunden"
    over an empty text and a form): never recorded from here, but never ignored."""
    if not _is_subject_own_words(mail):
        return ()
    return tuple(
        m  # ("Sessions in August": a month named as a whole names no day)
        for m in extract_dates(mail.subject, mail_date=mail.date, timezone=context.timezone)
        if not m.whole_months
    )


# The text points to the days of the subject: "die vier Termine im Betreff".
_POINTS_TO_THE_SUBJECT = re.compile(
    r"\b(?:im|in\s+dem|aus\s+dem|laut)\s+betreff\b|\b(?:in|from)\s+the\s+subject\b"
)
# A day named by a word for it, which the text would then mean rather than the subject's.
_RELATIVE_DAY = re.compile(rf"\b(?:{_DAY_WORDS})\b")


def _points_to_the_subject(mail: InboundMail, context: MailContext) -> bool:
    """The text confirms the days "im Betreff" and writes down no day gone by of its own
    (only a later one: "die vier Termine im Betreff haben alle stattgefunden. Ab dem 12.10.
    bin ich zwei Wochen in Urlaub", blind GP gp14)."""
    folded = fold(mail.own_text)
    mail_day = mail.date.astimezone(ZoneInfo(context.timezone)).date()
    return (
        _POINTS_TO_THE_SUBJECT.search(folded) is not None
        and not written_days(mail.own_text, mail_day=mail_day)
        and _RELATIVE_DAY.search(folded) is None
    )


def _only_the_subject_names_a_day(mail: InboundMail) -> bool:
    """A new mail whose text names no day under a subject that says something of one,
    e.g. "Behandlung am 12.3. hat nicht stattgefunden" over "anbei" and a form: what it
    says of the day is for a person when it did not confirm (the date reader skips
    denied days)."""
    return (
        _is_subject_own_words(mail)
        and not _NAMES_A_DAY.search(mail.own_text)
        and _NAMES_A_DAY.search(mail.subject) is not None
        and _SPEAKS_OF_A_SESSION.search(mail.subject) is not None
    )


# What a subject says of a day that may be a (denied, doubted) confirmation; "Unterlagen
# für morgen" over a form says nothing of a session.
_SPEAKS_OF_A_SESSION = re.compile(
    r"stattgefunden|statt\b|bestätig|bestaetig|teilgenommen|wahrgenommen|erfolgt|durchgeführt"
    r"|ausgefallen|abgesagt|verpasst|\bwar\b|\bwaren\b|\bnicht\b|\bkein|behandlung|sitzung"
    r"|took place|attended|confirm|missed|session|treatment",
    re.IGNORECASE,
)


def _answer_after_our_subject(mail: InboundMail) -> str | None:
    """A bare yes the patient typed after the subject of our request in a reply ("AW:
    Bitte bestätigen Sie ... vom 06.02.2026 JA HAT STATTGEFUNDEN"), or None."""
    prefixes = _REPLY_PREFIXES.match(mail.subject)
    if prefixes is None or _ASKS_TO_CONFIRM.search(mail.subject) is None:
        return None
    subject = mail.subject[prefixes.end() :]
    days = day_spans(subject)
    if not days:
        return None
    answer = subject[days[-1][1] :].strip(" \t-–—:;,")
    return answer if answer and _is_bare_yes(answer) else None


def _forwards_our_request(mail: InboundMail, context: MailContext) -> bool:
    """A forward ("WG:", "Fwd:") without thread headers of a mail of ours that asks for a
    confirmation: elderly patients forward our request instead of answering it. Its
    subject is our own, and names the appointment's day."""
    return (
        not context.thread
        and mail.in_reply_to is None
        and not mail.references
        and _FORWARD.match(mail.subject) is not None
        and _ASKS_TO_CONFIRM.search(mail.subject) is not None
    )


_FORWARD = re.compile(r"^\s*(?:wg|fw|fwd|wtr)\s*:", re.IGNORECASE)
_ASKS_TO_CONFIRM = re.compile(r"bestätigen sie|bestaetigen sie|please confirm", re.IGNORECASE)


def _is_subject_own_words(mail: InboundMail) -> bool:
    """A new mail's subject is the sender's; a reply's or forward's subject is ours."""
    return (
        mail.in_reply_to is None
        and not mail.references
        and not _REPLY_OR_FORWARD.match(mail.subject)
    )


def _has_failed_recipient(mail: InboundMail) -> bool:
    """A delivery report in which some recipient failed for good (not merely delayed)."""
    return any(
        (name == "action" and value.strip().lower() == "failed")
        or (name == "status" and value.strip().startswith("5"))
        for name, value in mail.delivery_status
    )


def _registered_patient(mail: InboundMail, context: MailContext) -> Patient | None:
    """The patient, only if the sender's address is one of theirs (never the name)."""
    patient = context.patient
    if patient is None or mail.sender is None:
        return None
    return patient if is_among(mail.sender, patient.emails) else None


def _foreign_reply_to(mail: InboundMail, patient: Patient) -> tuple[str, ...]:
    return tuple(a for a in mail.reply_to if not is_among(a, patient.emails))


def _unknown_sender_reasons(mail: InboundMail, context: MailContext) -> tuple[str, ...]:
    if mail.sender is None:
        return ("Absenderadresse fehlt oder ist nicht lesbar; nichts übernommen.",)
    reasons = ["Absender ist keiner Patientin/keinem Patienten zugeordnet; nichts übernommen."]
    if context.name_matches:
        ids = ", ".join(str(p.id) for p in context.name_matches)
        reasons.append(
            f"Der Absendername passt zu Patientin/Patient ID {ids}, die Adresse aber nicht: "
            "neue Adresse oder Fälschung? Bitte prüfen, bevor etwas übernommen wird."
        )
    return tuple(reasons)


def _forms_reasons(
    mail: InboundMail, forms: tuple[FormFinding, ...], categories: frozenset[Category]
) -> list[str]:
    reasons: list[str] = []
    by_index = {a.index: a for a in mail.attachments}
    unclassified = [f for f in forms if f.form_key == UNCLASSIFIED]
    refused = [f for f in unclassified if is_refused_type(by_index[f.attachment_index])]
    pages = [f for f in unclassified if is_unreadable_document(by_index[f.attachment_index])]
    if pages:
        reasons.append(
            f"{len(pages)} Pages-Datei(en) (Apple), hier nicht lesbar; nicht als Formular "
            "abgelegt. Pages-Datei, bitte als PDF anfordern."
        )
    if refused:
        reasons.append(
            f"{len(refused)} Anhang/Anhänge eines unerwarteten Dateityps (z. B. Programm, "
            "Archiv, Webseite); bitte nicht öffnen, sondern prüfen."
        )
    if unknown := len(unclassified) - len(refused) - len(pages):
        reasons.append(
            f"{unknown} Anhang/Anhänge ohne erkennbares Formular; bitte ansehen und zuordnen."
        )
    if not forms and categories - {Category.OTHER} == {Category.FORMS}:
        reasons.append("Formulare erwähnt, aber kein passender Anhang gefunden; bitte prüfen.")
    per_file = Counter(f.attachment_index for f in forms if f.form_key != UNCLASSIFIED)
    if any(count > 1 for count in per_file.values()):
        # "Einwilligung_Videobehandlung.pdf" names two forms: one scan of both, or one form
        # whose name shares a word with another - a person sees which.
        reasons.append(
            "Eine Datei passt zu mehreren Formularen; bitte prüfen, ob wirklich alle "
            "enthalten sind."
        )
    return reasons


# The same window state/appointments.py holds appointments for while such a mail is open.
HOLD_BEFORE = timedelta(days=3)
HOLD_AFTER = timedelta(days=31)


def _hold_note(
    patient: Patient, context: MailContext, now: datetime, confirmed_here: set[int]
) -> list[str]:
    """Which appointments the cancellation or reschedule request holds, so staff see
    what waits for them (and what to release with `appointments release`); not the ones
    this very mail confirms."""
    zone = ZoneInfo(context.timezone)
    held = sorted(
        a.start.astimezone(zone)
        for a in context.appointments
        if a.patient_id == patient.id
        and a.is_held
        and a.id not in confirmed_here
        and now - HOLD_BEFORE <= a.start <= now + HOLD_AFTER
    )
    if not held:
        return []
    days = ", ".join(f"{start:%d.%m. %H:%M}" for start in held)
    return [f"Bis zur Erledigung angehalten (keine automatische Mail, keine Bestätigung): {days}."]


def _acknowledges_a_coming_session(draft: Draft) -> bool:
    """A thank-you and nothing else, without attachments, in answer to our reminder or
    video-link mail of sessions that are all still to come when it was written."""
    mail, context = draft.mail, draft.context
    answered = [r for r in context.thread if r.kind in _ABOUT_ONE_APPOINTMENT]
    if not answered or mail.attachments:
        return False
    starts = {a.id: a.start for a in context.appointments if a.patient_id == draft.registered.id}
    ids = [i for r in answered for i in r.covered]
    local = [starts[i].astimezone(ZoneInfo(context.timezone)) for i in ids if i in starts]
    if not is_acknowledgement(
        mail.own_text,
        weekdays=frozenset(start.weekday() for start in local),
        times=frozenset((start.hour, start.minute) for start in local),
    ):
        return False
    written = min(mail.date, draft.now)
    return bool(ids) and all(i in starts and starts[i] > written for i in ids)


def _intent_reasons(categories: frozenset[Category]) -> list[str]:
    reasons = [reason for category, reason in INTENT_REASONS.items() if category in categories]
    if Category.OTHER in categories and not categories - {Category.OTHER}:
        reasons.append(OTHER_REASON)
    return reasons
