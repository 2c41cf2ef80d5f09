"""Write the canonical phrasing tables confirm.tsv and near_miss.tsv (issue 17).

Run from the repository root: `.venv/bin/python -m tools.corpus.canonical` (writes tests/data/canonical).
Written without reading rules/. Every row is one sentence a patient writes as a new mail
(no thread), the mail's date (practice time) and the days it names:

- confirm.tsv: the practice's own wording ("Ich bestätige den Erhalt der Leistung am ...")
  and its variants in word order, tense, person, formality, dialect and English, each with
  several forms of the day, around a month end, the year end and both DST switches. Each
  must confirm exactly the stated day (`expected`).
- near_miss.tsv: the same words negated, asked, made conditional, about someone else or
  another provider, about an invoice or a link, about a cancellation, or about a future day.
  None may ever confirm anything, although the patient has an open appointment on every
  day the sentence names (`days`).

`known_failure` says why a row fails today (a strict xfail in tests/corpus/test_canonical.py);
near-miss rows about a past day also run as a reply to our confirmation request for that
day, and `known_failure_reply` says why such a reply fails; every confirm row and every
past near-miss row also runs written below our quoted request (bottom-posting in the
web.de, Outlook and Yahoo layouts), and `known_failure_bottom` says why that fails;
regenerating keeps it for rows that still exist. A near-miss row that confirms is a
BILLING BUG and says so. `--matrix` runs every frame with every form (about 9,000 rows; near-misses also as replies)
through the rules and prints what fails, to find rows worth adding to FOUND_*.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from datetime import date
from typing import Any

from tools.corpus import data_dir

HERE = data_dir("canonical")


@dataclass(frozen=True)
class Form:
    am: str  # "am 3.3.", "gestern": fits "Die Behandlung {am} hat stattgefunden."
    vom: str | None  # "vom 3.3.": fits "Bestätigung der Behandlung {vom}"; None: no such form


@dataclass(frozen=True)
class Case:
    mail: str  # "2026-03-04 18:00", practice time
    day: str  # ISO day named
    german: tuple[Form, ...]
    english: tuple[Form, ...]


def f(am: str, vom: str | None = "") -> Form:
    """A form; vom defaults to 'am' replaced by 'vom'."""
    if vom == "":
        vom = "vom" + am[2:] if am.startswith("am ") else None
    return Form(am, vom)


def e(on: str) -> Form:
    return Form(on, on if on.startswith("on ") else None)


PAST = (
    Case(
        "2026-03-04 18:00",
        "2026-03-03",
        (
            f("am 3.3."),
            f("am 03.03.2026"),
            f("am 3. März"),
            f("am Dienstag, 3. März"),
            f("gestern", None),
            f("am Dienstag"),
            f("am dritten März"),
            f("am 3.3.26"),
            f("am 3 3"),
            f("am 3.III."),
            f("am 3ten"),
            f("in KW 10", None),
            f("in der 10. Kalenderwoche", None),
        ),
        (
            e("on 3 March"),
            e("on March 3rd"),
            e("yesterday"),
            e("on Tuesday"),
            e("on the 3rd"),
            e("on Tue 3 Mar"),
        ),
    ),
    Case(
        "2026-01-02 18:00",
        "2025-12-30",
        (
            f("am 30.12."),
            f("am 30.12.2025"),
            f("am 30. Dezember"),
            f("am Dienstag, 30. Dezember"),
            f("am Dienstag"),
            f("am dreißigsten Dezember"),
            f("am 30.12.25"),
            f("in KW 1", None),
            f("zwischen den Jahren", None),
        ),
        (e("on 30 December"), e("on December 30th"), e("on Tuesday")),
    ),
    Case(
        "2026-11-03 18:00",
        "2026-10-29",
        (
            f("am 29.10."),
            f("am 29.10.2026"),
            f("am 29. Oktober"),
            f("am Donnerstag, 29. Oktober"),
            f("letzten Donnerstag", None),
            f("am Donnerstag"),
        ),
        (e("on 29 October"), e("on October 29th"), e("last Thursday")),
    ),
    Case(
        "2026-03-30 18:00",
        "2026-03-27",
        (
            f("am 27.3."),
            f("am Freitag, 27. März"),
            f("am Freitag"),
            f("letzten Freitag", None),
            f("am siebenundzwanzigsten März"),
            f("am 27.03."),
        ),
        (e("on 27 March"), e("on Friday, March 27")),
    ),
    Case(
        "2026-06-01 18:00",
        "2026-05-29",
        (
            f("am 29.5."),
            f("am 29. Mai"),
            f("am Freitag"),
            f("am Freitag, den 29.05.", "vom Freitag, dem 29.05."),
        ),
        (e("on 29 May"), e("on May 29th"), e("on Friday")),
    ),
    Case(
        "2026-02-12 19:00",
        "2026-02-12",
        (f("heute", None), f("heute früh", None), f("am 12.2."), f("heute, am 12.2.", None)),
        (e("today"), e("this morning")),
    ),
    Case(
        "2026-01-07 18:00",
        "2026-01-05",
        (
            f("am 5.1.2025"),
            f("am 05.01.25"),
            f("am 5.1."),
            f("am Montag"),
            f("am fünften Januar"),
            f("am 5. Jänner"),
        ),
        (e("on 5 Jan"), e("on January 5th")),
    ),
    Case(
        "2026-04-07 18:00",
        "2026-04-06",
        (f("am Ostermontag"), f("am 6.4."), f("am Montag"), f("am 6.IV.")),
        (e("on Easter Monday"), e("on 6 April")),
    ),
    Case(
        "2026-12-25 10:00",
        "2026-12-24",
        (f("an Heiligabend", None), f("am Heiligabend"), f("am 24.12."), f("am Donnerstag")),
        (e("on Christmas Eve"),),
    ),
    Case(
        "2026-03-10 18:00",
        "2026-03-03",
        (
            f("Dienstag vor einer Woche", None),
            f("heute vor einer Woche", None),
            f("letzte Woche Dienstag", None),
            f("am Dienstag letzter Woche"),
        ),
        (e("a week ago today"), e("last Tuesday")),
    ),
)

FUTURE = (
    Case(
        "2026-03-02 18:00",
        "2026-03-03",
        (f("am 3.3."), f("morgen", None), f("am Dienstag"), f("am 3. März")),
        (e("on 3 March"), e("tomorrow")),
    ),
    Case(
        "2026-12-28 18:00",
        "2027-01-05",
        (f("am 5.1."), f("am 5. Januar"), f("am Dienstag, 5.1.2027")),
        (e("on 5 January"),),
    ),
)

# {am} / {vom} / {on}: the slot for a day; a frame starting with the slot is capitalised.
CONFIRM_DE = (
    "Ich bestätige den Erhalt der Leistung {am}.",
    "Hiermit bestätige ich den Erhalt der Leistung {am}.",
    "Hiermit bestätige ich den Erhalt der Behandlung {vom}.",
    "Den Erhalt der Leistung {am} bestätige ich hiermit.",
    "Ich bestätige hiermit den Erhalt der Leistung {am}.",
    "Erhalt der Leistung {am} bestätigt.",
    "Die Leistung {am} habe ich erhalten.",
    "Ich habe die Leistung {am} erhalten.",
    "Wir bestätigen den Erhalt der Leistung {am}.",
    "Ich bestätige, die Leistung {am} erhalten zu haben.",
    "Hiermit wird der Erhalt der Leistung {am} bestätigt.",
    "Die Behandlung {am} hat stattgefunden.",
    "{am} hat die Behandlung stattgefunden.",
    "Ich bestätige, dass die Behandlung {am} stattgefunden hat.",
    "Hiermit bestätige ich die Behandlung {vom}.",
    "Die Videobehandlung {am} hat wie geplant stattgefunden.",
    "Das Telefonat {am} hat stattgefunden.",
    "Der Termin {am} hat stattgefunden.",
    "Die Therapie {am} fand statt.",
    "Die Behandlung {am} ist erfolgt.",
    "Die Behandlung {am} wurde durchgeführt.",
    "Ich bestätige die Durchführung der Behandlung {am}.",
    "Die Stunde {am} hat gut geklappt.",
    "Ich hatte {am} meine Behandlung, die hat stattgefunden.",
    "Die Behandlung {am} hat stattgefunden, vielen Dank!",
    "Kurze Bestätigung: Behandlung {am} hat stattgefunden.",
    "Bestätigung: Behandlung {am} erfolgt.",
    "Behandlung {am} – hat stattgefunden.",
    "Hiermit bestätige ich Ihnen, dass die Behandlung {am} ordnungsgemäß stattgefunden hat.",
    "Ich möchte bestätigen, dass die Behandlung {am} stattgefunden hat.",
    "Gerne bestätige ich die Behandlung {vom}.",
    "Die Behandlung {am} hat stattgefunden und war sehr hilfreich.",
    "Die Behandlung {am} hot stattgfundn.",
    "Die Behandlung {am} het stattgfunde.",
    "Hi, die Behandlung {am} hat stattgefunden, danke dir!",
    "Die Behandlung {am} ist durchgeführt worden.",
    "DIE BEHANDLUNG {am} HAT STATTGEFUNDEN.",
    "Ich war {am} bei der Videobehandlung, sie hat stattgefunden.",
)
CONFIRM_EN = (
    "I confirm receipt of the service {on}.",
    "I confirm that the session {on} took place.",
    "The treatment {on} took place.",
    "My session {on} went ahead as planned.",
    "Just confirming the appointment {on} happened.",
    "I can confirm the session {on} took place.",
    "The phone session {on} took place, thanks.",
    "Confirming receipt of the treatment {on}.",
)
NEAR_DE = (
    "Die Behandlung {am} hat nicht stattgefunden.",
    "Die Behandlung {am} hat leider nicht stattgefunden.",
    "Ich kann den Erhalt der Leistung {am} nicht bestätigen.",
    "Ich bestätige den Erhalt der Leistung {am} nicht.",
    "Den Erhalt der Leistung {am} kann ich nicht bestätigen, es hat niemand angerufen.",
    "Hat die Behandlung {am} stattgefunden?",
    "Hat die Behandlung {am} eigentlich stattgefunden? Ich bin mir nicht sicher.",
    "Muss ich die Behandlung {vom} noch bestätigen?",
    "Falls die Behandlung {am} stattgefunden hat, bestätige ich das gerne.",
    "Wenn die Behandlung {am} stattgefunden hat, bestätige ich sie.",
    "Ich würde die Behandlung {vom} bestätigen, aber der Link ging nicht.",
    "Die Behandlung {am} ist leider ausgefallen.",
    "Ich habe die Behandlung {am} verpasst.",
    "Ich bestätige, dass ich den Termin {am} verpasst habe.",
    "Hiermit bestätige ich die Absage des Termins {am}.",
    "Ich habe den Termin {am} abgesagt.",
    "Die Behandlung {am} wurde von Ihnen abgesagt.",
    "Die Behandlung {am} hat nur fünf Minuten gedauert, dann brach die Verbindung ab.",
    "Meine Frau hatte {am} ihre Behandlung, die hat stattgefunden.",
    "Mein Mann hatte {am} seine Behandlung bei Ihnen, sie hat stattgefunden.",
    "Die Ergotherapie {am} hat stattgefunden.",
    "Die Behandlung beim Orthopäden {am} hat stattgefunden.",
    "Ich bestätige den Erhalt der Rechnung {vom}.",
    "Ich bestätige den Erhalt des Videolinks {am}.",
    "Den Termin {am} hatte ich Ihnen bereits in meiner letzten Mail bestätigt.",
    "Können Sie mir bestätigen, dass die Behandlung {am} stattgefunden hat?",
    "Bitte bestätigen Sie mir die Behandlung {vom} für meine Versicherung.",
    "Ich weiß nicht, ob die Behandlung {am} stattgefunden hat.",
    "Ich glaube nicht, dass die Behandlung {am} stattgefunden hat.",
    "DIE BEHANDLUNG {am} HAT NICHT STATTGEFUNDEN.",
    "Die Behandlung {am} hat nicht wie geplant stattgefunden, niemand hat angerufen.",
    "Niemand hat mich {am} angerufen.",
    "Ich war {am} krank und konnte nicht teilnehmen.",
    "Leider konnte ich {am} nicht teilnehmen.",
    "Die Behandlung {am} sollte stattfinden, aber die Therapeutin hat sich nicht gemeldet.",
    "Meine Tochter hatte {am} bei Ihnen ihre Stunde, die hat stattgefunden.",
)
NEAR_EN = (
    "The session {on} did not take place.",
    "I can't confirm the session {on}.",
    "Did the session {on} take place?",
    "I missed the session {on}, sorry.",
    "My wife's session {on} took place.",
    "If the session {on} took place, I'm happy to confirm it.",
)
# Any confirmation of a day still to come is a near-miss.
FUTURE_DE = (
    "Ich bestätige den Termin {am}.",
    "Ich bestätige die Behandlung {am}.",
    "Die Behandlung {am} findet wie geplant statt.",
    "Ich bestätige den Erhalt der Leistung {am}.",
    "Hiermit bestätige ich die Behandlung {vom}.",
)
FUTURE_EN = ("I confirm the appointment {on}.", "I confirm the session {on}.")


# Rows the full matrix (every frame with every form: `python -m tools.corpus.canonical --matrix`) found
# failing on 2026-12-05, beyond the round-robin sample below: kept as regression rows.
FOUND_NEAR = (
    # blind set J's two first-run billing bugs, as patterns: a yes about the next booking,
    # a weekday with a day of the coming month
    ("2026-03-04 18:00", "Ich bestätige den Termin nächste Woche Mittwoch, 18 Uhr passt."),
    ("2026-03-04 18:00", "I confirm my appointment on Monday the 9th."),
    ("2026-03-04 18:00", "Ich bestätige den Termin am Montag, den 9."),
    ("2026-03-04 18:00", "Ja, passt. Kommenden Montag bin ich wieder dabei."),
    ("2026-03-04 18:00", "Ich bestätige, dass ich gestern krank war."),
    ("2026-03-04 18:00", "Der Zahnarzttermin am 3.3. hat stattgefunden."),
    ("2026-03-04 18:00", "Die Behandlung in der Praxis Müller am 3.3. hat stattgefunden."),
    (
        "2026-03-04 18:00",
        "Sie schreiben, die Behandlung am 3.3. habe stattgefunden – das ist falsch.",
    ),
    ("2026-03-04 18:00", "My physio appointment elsewhere on 3 March went ahead."),
    ("2026-03-04 18:00", "Ich bestätige, dass ich den Termin gestern verpasst habe."),
    ("2026-03-04 18:00", "Ich bestätige, dass ich den Termin am 3.III. verpasst habe."),
    ("2026-02-12 19:00", "Ich bestätige, dass ich den Termin heute verpasst habe."),
    ("2026-02-12 19:00", "Ich bestätige, dass ich den Termin heute früh verpasst habe."),
    ("2026-02-12 19:00", "Ich bestätige, dass ich den Termin heute, am 12.2. verpasst habe."),
    ("2026-04-07 18:00", "Ich bestätige, dass ich den Termin am 6.IV. verpasst habe."),
    ("2026-04-07 18:00", "Meine Frau hatte am 6.IV. ihre Behandlung, die hat stattgefunden."),
    (
        "2026-01-02 18:00",
        "Meine Tochter hatte am Dienstag, 30. Dezember bei Ihnen ihre Stunde, die hat stattgefunden.",
    ),
    (
        "2026-01-02 18:00",
        "Meine Tochter hatte am dreißigsten Dezember bei Ihnen ihre Stunde, die hat stattgefunden.",
    ),
    (
        "2026-11-03 18:00",
        "Meine Tochter hatte am Donnerstag, 29. Oktober bei Ihnen ihre Stunde, die hat stattgefunden.",
    ),
    (
        "2026-03-30 18:00",
        "Meine Tochter hatte am siebenundzwanzigsten März bei Ihnen ihre Stunde, die hat stattgefunden.",
    ),
    (
        "2026-04-07 18:00",
        "Meine Tochter hatte am 6.IV. bei Ihnen ihre Stunde, die hat stattgefunden.",
    ),
    (
        "2026-03-10 18:00",
        "Meine Tochter hatte Dienstag vor einer Woche bei Ihnen ihre Stunde, die hat stattgefunden.",
    ),
    (
        "2026-03-10 18:00",
        "Meine Tochter hatte am Dienstag letzter Woche bei Ihnen ihre Stunde, die hat stattgefunden.",
    ),
    ("2026-03-04 18:00", "Die Ergotherapie am 3.3. hat stattgefunden."),
    ("2026-03-04 18:00", "Die Ergotherapie am 3.3.26 hat stattgefunden."),
    ("2026-01-02 18:00", "Die Ergotherapie am Dienstag, 30. Dezember hat stattgefunden."),
    ("2026-11-03 18:00", "Die Ergotherapie am Donnerstag, 29. Oktober hat stattgefunden."),
    ("2026-03-30 18:00", "Die Ergotherapie am siebenundzwanzigsten März hat stattgefunden."),
    ("2026-02-12 19:00", "Die Ergotherapie heute früh hat stattgefunden."),
    ("2026-04-07 18:00", "Die Ergotherapie am Ostermontag hat stattgefunden."),
    ("2026-12-25 10:00", "Die Ergotherapie am Donnerstag hat stattgefunden."),
    # found at ed2ec89 (a billing bug as a reply: the day is not read, and the thread's
    # appointment was booked although "in der Praxis Müller" names another practice)
    ("2026-01-05 18:00", "Die Behandlung in der Praxis Müller am Silvestertag hat stattgefunden."),
    # blind sets K and L, first-run billing bugs as patterns (2026-12-05): a day the
    # patient was ill or at a doctor's, a weekday-led day of a session still to come
    ("2026-03-04 18:00", "Am Dienstag 3.3. lag ich mit Grippe flach, hatte vergessen abzusagen."),
    ("2026-03-04 18:00", "Am 3.3. war ich bei der Hausärztin, die Blutwerte sind in Ordnung."),
    ("2026-03-04 18:00", "Gestern hatte ich Fieber, deshalb ging es nicht."),
    ("2026-03-04 18:00", "I confirm my appointment on Friday 6th at 8am. See you then."),
    ("2026-03-04 18:00", "Ich bestätige den Termin am Freitag 6. um 8 Uhr, bis dann."),
)

FOUND_CONFIRM = (
    ("2026-03-10 18:00", "I confirm receipt of the service a week ago today."),
    ("2026-03-10 18:00", "I confirm that the session a week ago today took place."),
    ("2026-03-10 18:00", "The treatment a week ago today took place."),
    ("2026-03-10 18:00", "Just confirming the appointment a week ago today happened."),
    ("2026-03-10 18:00", "I can confirm the session a week ago today took place."),
    ("2026-03-10 18:00", "The phone session a week ago today took place, thanks."),
    ("2026-03-10 18:00", "Die Leistung wurde heute vor einer Woche erbracht."),
    # blind sets K and L (2026-12-05): a lower-case writer, a weekday inside a day list
    ("2026-03-04 18:00", "hallo gestern termin war alles gut. am 2.3 ich war bei arzt"),
    ("2026-03-04 18:00", "The session on Tuesday the 3rd happened, thanks."),
)


# Second round (2026-12-05, after the first fixes): more relative days and more near-misses.
# Kept apart so the round-robin rows above stay the same rows.
PAST_2 = (
    Case(
        "2026-03-05 18:00",
        "2026-03-03",
        (
            f("vorgestern", None),
            f("am vergangenen Dienstag"),
            f("diese Woche Dienstag", None),
            f("am Dienstag dieser Woche"),
            f("Anfang der Woche", None),
        ),
        (e("the day before yesterday"), e("on Tuesday this week"), e("earlier this week")),
    ),
    Case(
        "2026-03-16 18:00",
        "2026-03-10",
        (
            f("vorige Woche Dienstag", None),
            f("am Dienstag der Vorwoche"),
            f("letzte Woche", None),
            f("am Dienstag vor einer Woche"),
        ),
        (e("last week"), e("on Tuesday last week")),
    ),
)
# Third round (2026-12-05, 14:00): date forms the brief names that the first two rounds
# lacked: Reformationstag, Karfreitag, Silvester of last year, four digits without dots
# ("0304", "3110"), "03 04". Kept apart so the earlier rows stay the same rows.
PAST_3 = (
    Case(
        "2026-11-02 18:00",
        "2026-10-31",
        (
            f("am Reformationstag"),
            f("am 3110"),
            f("am Samstag, 31.10."),
            f("am einunddreißigsten Oktober"),
        ),
        (e("on Saturday, 31 October"), e("on Oct 31st")),
    ),
    Case(
        "2026-04-08 18:00",
        "2026-04-03",
        (
            f("am Karfreitag"),
            f("am 0304"),
            f("am 03 04"),
            f("am 3.IV."),
        ),
        (e("on Good Friday"), e("on April 3rd")),
    ),
    Case(
        "2026-01-05 18:00",
        "2025-12-31",
        (
            f("an Silvester", None),
            f("am Silvestertag"),
            f("am 31.12.2025"),
            f("am 3112"),
        ),
        (e("on New Year's Eve"), e("on 31 December")),
    ),
)
CONFIRM_DE_2 = (
    "Anbei meine Bestätigung: Die Leistung {am} habe ich erhalten.",
    "Bestätige die Behandlung {vom}.",
    "Ich bestätige die erhaltene Leistung {vom}.",
    "Die Behandlung hat {am} stattgefunden.",
    "Die Leistung wurde {am} erbracht.",
    "Ich hab {am} die Behandlung gehabt, hat alles gepasst.",
)
NEAR_DE_2 = (
    "Die Behandlung {am} habe ich leider vergessen.",
    "Ich hatte {am} keine Zeit für die Behandlung.",
    "Ihre Therapeutin hat {am} nicht angerufen.",
    "Ich bestätige hiermit, dass die Behandlung {am} NICHT stattgefunden hat.",
    "Ich bestätige, dass die Behandlung {am} ausgefallen ist.",
    "Ich bestätige, dass ich {am} krank war.",
    "Hiermit bestätige ich, dass ich den Termin {am} abgesagt habe.",
    "Hiermit bestätige ich den Erhalt Ihrer Mail {vom}.",
    "Ich bestätige den Erhalt der Verordnung {vom}.",
    "Meine Mutter hatte {am} ihre Behandlung, sie hat stattgefunden.",
    "Mein Sohn hatte {am} seine Stunde, die hat stattgefunden.",
    "Die Behandlung meines Mannes {am} hat stattgefunden.",
    "Die Behandlung in der Praxis Müller {am} hat stattgefunden.",
    "Der Zahnarzttermin {am} hat stattgefunden.",
    "Die Massage {am} hat stattgefunden.",
    "Die Behandlung {am} hätte stattfinden sollen.",
    "Laut Ihrer Rechnung hat die Behandlung {am} stattgefunden, das stimmt aber nicht.",
    "Sie schreiben, die Behandlung {am} habe stattgefunden – das ist falsch.",
    "Wurde die Behandlung {am} schon abgerechnet?",
    "Ist die Behandlung {am} schon bestätigt?",
    "Die Behandlung {am} kann ich erst bestätigen, wenn ich meinen Kalender geprüft habe.",
    "Ich bin nicht sicher, ob ich die Behandlung {am} bestätigen kann.",
    "Bitte die Behandlung {am} nicht abrechnen.",
    "Die Behandlung {am} hat zwar stattgefunden, aber nur zehn Minuten.",
    "Die Behandlung {am} wurde nach fünf Minuten abgebrochen.",
)
NEAR_EN_2 = (
    "The session {on} was cancelled.",
    "Nobody called me {on}.",
    "I was sick {on} and couldn't attend.",
    "Please don't bill the session {on}.",
    "My daughter's session {on} took place.",
    "My physio appointment elsewhere {on} went ahead.",
    "I'm not sure whether the session {on} took place.",
    "I confirm that I missed the session {on}.",
    "Was the session {on} already billed?",
    "The session {on} only lasted five minutes.",
)


# Fourth round (2026-12-05, issue 17 blind I): someone else's treatment or one elsewhere
# named with "hat stattgefunden", a confirmation said to be given in an earlier mail, and
# bottom-posting (every row also runs below our quoted request: test_canonical.py); with
# their mirrors that confirm. Kept apart so the earlier rows stay the same rows.
CONFIRM_DE_4 = (
    "Ich hatte {am} Behandlung, hat stattgefunden.",
    "Ich hatte {am} meinen Termin, hat stattgefunden.",
    "Der Termin {am} hat stattgefunden, das hatte ich noch nicht bestätigt.",
)
# "today" in dialect, written the evening of the session
PAST_4 = (
    Case(
        "2026-07-09 18:00",
        "2026-07-09",
        (f("heid", None), f("hiat", None), f("hüüt", None), f("hüt", None)),
        (),
    ),
)
CONFIRM_DIALECT_4 = (
    "Des Telefonat {am} hod stattgfundn.",
    "Dat hett klappt {am}, allens goot.",
    "Hat jeklappt {am}, die Behandlung.",
    "Die Behandlung hat {am} stattgefunden.",
)
NEAR_DIALECT_4 = (
    "Des Telefonat {am} hod ned stattgfundn.",
    "De Behandlung {am} is nich wesen.",
    "Mei Frau hod {am} ihr Behandlung ghabt, hod stattgfundn.",
    "Die Behandlung {am} hat net stattgefunden.",
)
NEAR_DE_4 = (
    "Meine Frau hatte {am} Behandlung, hat stattgefunden.",
    "Mein Mann Jörg hatte {am} seinen Termin, hat stattgefunden.",
    "Ich war {am} beim Orthopäden, der Termin hat stattgefunden.",
    "Den Termin {am} hatte ich ja schon bestätigt.",
)


# Fifth round (2026-12-05, issue 17 blind X and Z): a relative or a carer writing for the
# patient (Eva Muster in tests/corpus/test_canonical.py) from her address, naming her beside
# the relation; and the near-misses beside it: another relative, another name, the
# writer's own session, a question, a cancellation, hearsay, a treatment elsewhere. Kept
# apart so the earlier rows stay the same rows.
CONFIRM_DE_5 = (
    "Ich schreibe für meine Mutter Eva, sie hatte {am} ihre Behandlung, die hat stattgefunden.",
    "Meine Frau Eva hatte {am} ihre Behandlung, die hat stattgefunden.",
    "Hier schreibt die Tochter von Frau Muster. Meine Mutter hatte {am} ihre Behandlung, sie"
    " hat stattgefunden.",
    "Die Behandlung meiner Mutter, Frau Eva Muster, {am} hat stattgefunden.",
    "Wir betreuen für Frau Muster den E-Mail-Verkehr. Laut Dokumentation unserer Pflegekräfte"
    " hat die Behandlung {am} stattgefunden.",
    "Ich schreibe für meine Oma Eva Muster. Die Behandlung {am} hat stattgefunden, sie sagt es"
    " hilft ihr sehr.",
)
NEAR_DE_5 = (
    "Ich schreibe für meine Mutter Eva. Mein Sohn hatte {am} seine Behandlung, die hat"
    " stattgefunden.",
    "Meine Frau Anna hatte {am} ihre Behandlung, die hat stattgefunden.",
    "Ich schreibe für meine Mutter Eva: hat die Behandlung {am} stattgefunden?",
    "Meine Mutter Eva hatte {am} ihre Behandlung beim Orthopäden, die hat stattgefunden.",
    "Ich schreibe für meine Mutter Eva. Ich hatte {am} meine Behandlung, die hat stattgefunden.",
    "Ich schreibe für meine Mutter Eva: ihre Behandlung {am} ist leider ausgefallen.",
    "Ich schreibe für meine Mutter Eva. Sie meint, die Behandlung {am} hätte stattgefunden.",
    "Ich schreibe für meine Mutter Eva. Die Therapeutin sagt, die Behandlung {am} habe"
    " stattgefunden.",
)


# Sixth round (2026-12-06, issue 17 blind AM to AS): thanks for the session on its day, an
# introduction before a colon, our question answered after one, a concession, a late
# answer; and beside them thanks for our confirmation, a call about something else after a
# colon, a day called off and "nicht abrechnen", a hedged answer. Kept apart so the earlier
# rows stay the same rows.
CONFIRM_DE_6 = (
    "Ich wollte mich bedanken für das Gespräch {am}.",
    "Herzlichen Dank für die Therapie {am}, die Übungen helfen.",
    "Vielen Dank für die tolle Behandlung {am}!",
    "Der Reihe nach, ich habe es im Kalender angestrichen: {am} Behandlung gehabt.",
    "Sie wollten wissen, ob die Behandlung {am} stattgefunden hat: ja.",
    "Trotz Erkältung hat die Behandlung {am} stattgefunden.",
    "Bestätigung für die Krankengymnastik {am} per Telefon.",
    "Ich habe nicht alle Termine bestätigt. Die Behandlung {am} hat stattgefunden.",
)
NEAR_DE_6 = (
    "Danke für die Bestätigung der Behandlung {am}.",
    "Ihre Kollegin hat {am} angerufen: sie wollte einen neuen Termin ausmachen.",
    "Die Therapeutin hat {am} angerufen: es ging um die Rechnung.",
    "Den Termin {am} musste ich wegen Erkältung absagen. Den bitte nicht abrechnen.",
    "Ob die Behandlung {am} stattgefunden hat: ja, glaube ich.",
    "Danke für die Stunde {am}, die leider nicht stattfinden konnte.",
    "Danke für die Erinnerung an den Termin {am}.",
)

# Seventh round (session 9, from BI-BO and the hard sets): late answers, the writer's own
# mail, our paperwork, "jo", "klappte", an offer; and what must never confirm: a session cut
# short or moved away, the day excepted, the day the patient is unsure of beside the others.
CONFIRM_DE_7 = (
    "Ich habe leider versäumt, die letzten Termine zu bestätigen. Die Behandlung {am} fand statt.",
    "Die Behandlung {am} haben Sie noch nicht von mir, die war auch.",
    "Ich schreibe von meiner Büroadresse, da ich privat gerade nicht reinkomme: Die Behandlung"
    " {am} hat stattgefunden.",
    "Ich hatte {am} Behandlung, weiß aber nicht ob das so reicht.",
    "Jo, die Behandlung {am} hat geklappt.",
    "Die Behandlung {am} klappte gut.",
    "Die Behandlung {am} hat stattgefunden, falls das noch fehlt.",
)
NEAR_DE_7 = (
    "Die Behandlung {am} musste ich nach ca. 10 Minuten abbrechen.",
    "Die Behandlung {am} hat Ihre Kollegin auf morgen verschoben.",
    "Außer {am} haben alle Behandlungen stattgefunden.",
    "Die Behandlung {am} weiß ich nicht mehr, die anderen haben stattgefunden.",
    "Bei der Behandlung {am} bin ich mir nicht sicher, die anderen haben stattgefunden.",
)

# Eighth round (session 10, from CE-CH): the exercises done together are the session; and
# what must never confirm: the therapist calling to call it off, exercises that did not
# come about.
CONFIRM_DE_8 = (
    "Die Therapeutin hat {am} per Video mit mir die Übungen gemacht.",
    "{am} haben wir die Übungen zusammen gemacht.",
)
NEAR_DE_8 = (
    "Die Therapeutin hat mich {am} angerufen und den Termin abgesagt.",
    "Die Übungen wollten wir {am} zusammen machen, aber es hat nicht geklappt.",
    "Die Übungen haben wir {am} nicht gemacht, die Verbindung kam nicht zustande.",
)

# Ninth round (session 12, from EQ-EV): billing permitted in the patient's words; and what
# must never confirm: billing refused or asked about, the ones before denied.
CONFIRM_DE_9 = (
    "Die Behandlung {am} können Sie abrechnen.",
    "Der Termin {am} war normal, den können Sie abrechnen.",
    "Die Behandlung {am} kann abgerechnet werden.",
)
NEAR_DE_9 = (
    "Die Behandlung {am} können Sie nicht abrechnen.",
    "Können Sie die Behandlung {am} schon abrechnen?",
    "Die Behandlung {am} darf nicht abgerechnet werden, ich war nicht da.",
)

# Tenth round (session 13, from FL-FS): an answer given now after asking someone or late on
# the day of writing, a session moved by some hours on its own day; and what must never
# confirm: the answer promised for later, the moved session that did not come about.
CONFIRM_DE_10 = (
    "Ich bestätige nach Rücksprache mit meinem Mann die Behandlung {am}.",
    "Ich kann leider erst heute bestätigen: die Behandlung {am} hat stattgefunden.",
    "Der Termin {am} wurde von 10 auf 16 Uhr verlegt, hat dann auch so stattgefunden.",
)
NEAR_DE_10 = (
    "Die Behandlung {am} kann ich erst nächste Woche bestätigen, meine Frau hat den Kalender.",
    "Die Behandlung {am} bestätige ich Ihnen nach dem Urlaub.",
    "Den Termin {am} kann ich erst bestätigen, wenn ich zu Hause bin.",
    "Der Termin {am} wurde auf 18 Uhr verschoben, dann hat aber niemand angerufen.",
)


def case_day(mail: str) -> str:
    """The day each past or future case names, by its (unique) mail date."""
    return next(c.day for c in PAST + PAST_2 + PAST_3 + PAST_4 + FUTURE if c.mail == mail)


def fill(frame: str, form: Form) -> str | None:
    if "{vom}" in frame:
        if form.vom is None:
            return None
        text = frame.replace("{vom}", form.vom)
    else:
        text = frame.replace("{am}", form.am).replace("{on}", form.am)
    if frame.isupper() or frame.startswith("DIE "):
        text = text.upper()
    text = text.replace("..", ".").replace(".?", "?").replace(".,", ",")
    return text[0].upper() + text[1:]


def rows(frames: tuple[str, ...], cases: tuple[Case, ...], english: bool,
         per_frame: int) -> list[tuple[str, str, str, str, str]]:  # fmt: skip
    """Each frame with `per_frame` forms, taken round robin over all cases' forms."""
    pool = [(c, form) for c in cases for form in (c.english if english else c.german)]
    out: list[tuple[str, str, str, str, str]] = []
    start = 0
    for frame in frames:
        taken = 0
        i = start
        while taken < per_frame and i < start + len(pool):
            case, form = pool[i % len(pool)]
            text = fill(frame, form)
            i += 1
            if text is None:
                continue
            out.append((case.mail, text, case.day, frame, form.am))
            taken += 1
        start += 7  # a different slice of forms for the next frame
    return out


def write(name: str, header: str, table: list[tuple[str, str, str, str, str]]) -> None:
    """Write one table, keeping the known_failure columns of rows that still exist."""
    path = HERE / name
    failures = [
        "known_failure",
        *(["known_failure_reply"] if name == "near_miss.tsv" else []),
        "known_failure_bottom",
    ]
    old: dict[tuple[str, str], list[str]] = {}
    if path.exists():
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                old[(row["mail_date"], row["sentence"])] = [row.get(k) or "" for k in failures]
    seen: set[tuple[str, str]] = set()
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(["mail_date", "sentence", header, *failures])
        for mail, sentence, day, _frame, _form in table:
            if (mail, sentence) in seen:
                continue
            seen.add((mail, sentence))
            known = old.get((mail, sentence), [""] * len(failures))
            out.writerow([mail, sentence, day, *known])
    print(f"{name}: {len(seen)} rows")


def tables() -> dict[str, list[tuple[str, str, str, str, str]]]:
    """Rows with their frame and form of day (the last two, not written)."""
    return {
        "confirm.tsv": rows(CONFIRM_DE, PAST, False, 6)
        + rows(CONFIRM_EN, PAST, True, 6)
        + [(mail, text, case_day(mail), "", "") for mail, text in FOUND_CONFIRM]
        + rows(CONFIRM_DE, PAST_2, False, 1)
        + rows(CONFIRM_EN, PAST_2, True, 1)
        + rows(CONFIRM_DE_2, PAST + PAST_2, False, 4)
        + rows(CONFIRM_DE + CONFIRM_DE_2, PAST_3, False, 2)
        + rows(CONFIRM_EN, PAST_3, True, 2)
        + rows(CONFIRM_DE_4, PAST + PAST_2 + PAST_3, False, 4)
        + rows(CONFIRM_DIALECT_4, PAST_4, False, 4)
        + rows(CONFIRM_DIALECT_4, PAST, False, 2)
        + rows(CONFIRM_DE_5, PAST + PAST_2 + PAST_3, False, 3)
        + rows(CONFIRM_DE_6, PAST + PAST_2 + PAST_3, False, 4)
        + rows(CONFIRM_DE_7, PAST + PAST_2 + PAST_3, False, 4)
        + rows(CONFIRM_DE_8, PAST + PAST_2 + PAST_3, False, 4)
        + rows(CONFIRM_DE_9, PAST + PAST_2 + PAST_3, False, 4)
        + rows(CONFIRM_DE_10, PAST + PAST_2 + PAST_3, False, 4),
        "near_miss.tsv": rows(NEAR_DE, PAST, False, 5)
        + rows(NEAR_EN, PAST, True, 4)
        + rows(FUTURE_DE, FUTURE, False, 4)
        + rows(FUTURE_EN, FUTURE, True, 2)
        + [(mail, text, case_day(mail), "", "") for mail, text in FOUND_NEAR]
        + rows(NEAR_DE_2, PAST + PAST_2, False, 4)
        + rows(NEAR_EN_2, PAST + PAST_2, True, 3)
        + rows(NEAR_DE + NEAR_DE_2, PAST_3, False, 1)
        + rows(NEAR_EN + NEAR_EN_2, PAST_3, True, 1)
        + rows(NEAR_DE_4, PAST + PAST_2 + PAST_3, False, 4)
        + rows(NEAR_DIALECT_4, PAST_4, False, 4)
        + rows(NEAR_DIALECT_4, PAST, False, 2)
        + rows(NEAR_DE_5, PAST + PAST_2 + PAST_3, False, 3)
        + rows(NEAR_DE_6, PAST + PAST_2 + PAST_3, False, 4)
        + rows(NEAR_DE_7, PAST + PAST_2 + PAST_3, False, 4)
        + rows(NEAR_DE_8, PAST + PAST_2 + PAST_3, False, 4)
        + rows(NEAR_DE_9, PAST + PAST_2 + PAST_3, False, 4)
        + rows(NEAR_DE_10, PAST + PAST_2 + PAST_3, False, 4),
    }


def full_matrix() -> dict[str, list[tuple[str, str, str, str, str]]]:
    """Every frame with every form of every case: about 9,000 rows, for exploring."""

    def every(frames: tuple[str, ...], cases: tuple[Case, ...], english: bool) -> list[Any]:
        return [
            (c.mail, text, c.day, frame, form.am)
            for frame in frames
            for c in cases
            for form in (c.english if english else c.german)
            if (text := fill(frame, form)) is not None
        ]

    return {
        "confirm.tsv": every(
            CONFIRM_DE
            + CONFIRM_DE_2
            + CONFIRM_DE_4
            + CONFIRM_DE_5
            + CONFIRM_DE_6
            + CONFIRM_DE_7
            + CONFIRM_DE_8
            + CONFIRM_DE_9
            + CONFIRM_DE_10,
            PAST + PAST_2 + PAST_3,
            False,
        )
        + every(CONFIRM_EN, PAST + PAST_2 + PAST_3, True)
        + every(CONFIRM_DIALECT_4, PAST + PAST_2 + PAST_3 + PAST_4, False),
        "near_miss.tsv": every(
            NEAR_DE
            + NEAR_DE_2
            + NEAR_DE_4
            + NEAR_DE_5
            + NEAR_DE_6
            + NEAR_DE_7
            + NEAR_DE_8
            + NEAR_DE_9
            + NEAR_DE_10,
            PAST + PAST_2 + PAST_3,
            False,
        )
        + every(NEAR_EN + NEAR_EN_2, PAST + PAST_2 + PAST_3, True)
        + every(FUTURE_DE, FUTURE, False)
        + every(FUTURE_EN, FUTURE, True)
        + every(NEAR_DIALECT_4, PAST + PAST_2 + PAST_3 + PAST_4, False),
    }


def explore() -> None:
    """Run the full matrix through the rules (tests/corpus/test_canonical.py's mail and
    practice) and print every row that fails: billing bugs first. Takes about 15 s."""
    from tests.corpus import test_canonical as run

    matrix = full_matrix()
    for mail, text, day, _frame, _form in matrix["near_miss.tsv"]:
        row = {"mail_date": mail, "sentence": text, "days": day}
        decision, _ = run.decide(row, [date.fromisoformat(day)])
        if decision.confirmations:
            print(f"BILLING BUG near-miss confirms\t{mail}\t{text}")
        if run.is_past(row):
            reply, _ = run.decide(row, [date.fromisoformat(day)], reply_to=date.fromisoformat(day))
            if reply.confirmations:
                print(f"BILLING BUG near-miss confirms as a reply\t{mail}\t{text}")
    for mail, text, day, _frame, _form in matrix["confirm.tsv"]:
        row = {"mail_date": mail, "sentence": text, "expected": day}
        expected, decoys = run.confirm_days(row)
        decision, ids = run.decide(row, expected + decoys)
        got = {f.appointment_id for f in decision.confirmations}
        wanted = {ids[d] for d in expected}
        if not got <= wanted:
            print(f"BILLING BUG wrong day\t{mail}\t{text}")
        elif got != wanted or decision.needs_staff:
            print(f"staff\t{mail}\t{text}")


def main() -> None:
    if "--matrix" in sys.argv:
        explore()
        return
    for name, table in tables().items():
        write(name, "expected" if name == "confirm.tsv" else "days", table)


if __name__ == "__main__":
    main()
