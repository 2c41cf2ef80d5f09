"""Properties of extract_dates that hold for any text and any aware mail date."""

from __future__ import annotations

import textwrap
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

from hypothesis import example, given, settings
from hypothesis import strategies as st

from rules.dates import extract_dates
from rules.models import InboundMail
from rules.parsing import parse_mail
from rules.quoting import split_own_words

BERLIN = ZoneInfo("Europe/Berlin")

# Text built from the pieces the grammar reacts to, so that the search reaches its branches.
PIECES = st.sampled_from(
    [
        "6.4.",
        "06.04.2026",
        "29.2.",
        "31.12.",
        "1.1.",
        "2./9.4.",
        "6.-8.4.",
        "6.4",
        "10.30 Uhr",
        "um 10.30",
        "4/6",
        "13/1/99",
        "2026-04-06",
        "April 6th",
        "6. März",
        "Maerz",
        "am",
        "und",
        "oder",
        "bis",
        "vom",
        "den",
        "Montag",
        "Di",
        "letzten",
        "diese Woche",
        "letzte Woche",
        "heute",
        "gestern",
        "vorgestern",
        "yesterday",
        "Termin",
        "Behandlung",
        "nicht",
        "?",
        ".",
        ",",
        "\n",
        "\n\n",
        "> ",
        "geb.",
        "*",
        "Am 6.4. schrieb X <a@b.de>:",
        "-- ",
        "99.99.",
        "0.0.",
        "31.2.",
        " ",
        # the forms of issue 17
        "KW 14",
        "KW1",
        "in der 52. Kalenderwoche",
        "calendar week 53",
        "Ostermontag",
        "Heiligabend",
        "2. Weihnachtstag",
        "Boxing Day",
        "Rosenmontag",
        "dritten",
        "einundzwanzigsten",
        "twenty-first",
        "3ter",
        "21st",
        "3 4",
        "0304",
        "3/4",
        "4/7",
        "3.IV.",
        "3. XII. 2025",
        "vor zwei Wochen",
        "letzte Woche",
        "Anfang der Woche",
        "earlier this week",
        "in der Vorwoche",
        "zwischen den Jahren",
        "a week ago today",
        "vor einer Woche",
        "Montag bis Mittwoch",
        "Dienstag",
        "5.1.2025",
        "29.12.2026",
        "THE SESSION ON",
        "took place",
        "hat stattgefunden",
    ]
)
TEXTS = st.one_of(st.text(max_size=200), st.lists(PIECES, max_size=30).map(" ".join))
ZONES = st.sampled_from(
    [ZoneInfo("UTC"), BERLIN, ZoneInfo("Pacific/Kiritimati"), ZoneInfo("Pacific/Pago_Pago")]
)
MAIL_DATES = st.one_of(
    st.datetimes(timezones=ZONES),
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 12, 31), timezones=ZONES),
)


AHEAD = timedelta(days=62)  # the next month's day a weekday-led day may be


def _window(mail_date: datetime) -> tuple[date, date]:
    try:
        local = mail_date.astimezone(BERLIN).date()
    except OverflowError:
        local = mail_date.date()
    try:
        earliest = local.replace(year=local.year - 1)
    except ValueError:  # 29 February, or year 1
        earliest = date.min if local.year == 1 else local.replace(year=local.year - 1, day=28)
    try:
        latest = local + timedelta(days=1)
    except OverflowError:
        latest = date.max
    return earliest, latest


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, mail_date=MAIL_DATES)
def test_never_raises_and_stays_in_window(text: str, mail_date: datetime) -> None:
    mentions = extract_dates(text, mail_date=mail_date)
    earliest, latest = _window(mail_date)
    days = [m.day for m in mentions]
    # a weekday-led day ("Friday 27th") may be next month's, and then only ambiguous
    beyond = latest + AHEAD if latest <= date.max - AHEAD else date.max
    assert all(earliest <= m.day <= latest or (m.ambiguous and m.day <= beyond)
               for m in mentions)  # fmt: skip
    assert days == sorted(set(days))  # sorted, one mention per day
    assert all(m.sentence for m in mentions)


@settings(max_examples=300, deadline=None)
@given(text=TEXTS, mail_date=MAIL_DATES)
# found by hypothesis: a weekday with a day of the month in the first month of year 1
@example(text="MONTAG DRITTE", mail_date=datetime(1, 1, 1, tzinfo=ZoneInfo("UTC")))
@example(text="am 28. und 3.", mail_date=datetime(1, 1, 2, tzinfo=ZoneInfo("UTC")))
def test_no_certain_day_after_the_mail(text: str, mail_date: datetime) -> None:
    """The contract for past-tense confirmations: a day after the mail's (local) day is
    never certain, and nothing later than the next day (clock slips) comes back, but for
    a weekday-led day of the next month (ambiguous: a coming session named)."""
    try:
        today = mail_date.astimezone(BERLIN).date()
        latest = today + timedelta(days=1) + AHEAD
    except OverflowError:
        return  # at the ends of datetime's range the window test above speaks
    for mention in extract_dates(text, mail_date=mail_date):
        assert mention.day <= latest
        assert mention.ambiguous or mention.day <= today
        assert mention.span is None or mention.ambiguous
        assert not mention.year_guess or mention.ambiguous


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, mail_date=MAIL_DATES)
def test_quoted_lines_never_add_days(text: str, mail_date: datetime) -> None:
    quoted = "\n".join("> " + line for line in text.splitlines())
    assert extract_dates("Danke.\n" + quoted, mail_date=mail_date) == ()


# --- a date in quoted text never counts: parse + split + extract, as decide_mail reads -----

OWN_WORDS = st.sampled_from(
    [
        "Danke, hat stattgefunden.",
        "Ja, alles gut gelaufen.",
        "Yes, thank you, it took place.",
        "HAT GEKLAPPT",
        "Passt so.",
        "👍🏼",
    ]
)
QUOTED = st.lists(PIECES, min_size=1, max_size=25).map(" ".join)
ATTRIBUTIONS = st.sampled_from(
    [
        "Am 06.04.2026 um 10:15 schrieb Praxis Impulse <termine@praxis-impulse.de>:",
        "On Mon, Apr 6, 2026 at 10:15 AM Praxis Impulse <termine@praxis-impulse.de> wrote:",
        "-----Ursprüngliche Nachricht-----\nVon: Praxis Impulse <termine@praxis-impulse.de>\n"
        "Gesendet: Montag, 6. April 2026 10:15\nAn: patient@example.de\nBetreff: Ihr Termin",
        "-----Original Message-----\nFrom: Praxis Impulse <termine@praxis-impulse.de>\n"
        "Sent: Monday, April 6, 2026 10:15 AM\nTo: patient@example.com\nSubject: Session",
    ]
)


def _mail(body: str, sent: datetime) -> bytes:
    message = EmailMessage()
    message["From"] = "Patient <patient@example.de>"
    message["To"] = "termine@praxis-impulse.de"
    message["Subject"] = "Re: Ihr Termin"
    message["Date"] = format_datetime(sent)
    message["Message-ID"] = "<prop@example.de>"
    message.set_content(body)
    return message.as_bytes()


@settings(max_examples=200, deadline=None)
@given(
    own=OWN_WORDS,
    quoted=QUOTED,
    attribution=ATTRIBUTIONS,
    with_marks=st.booleans(),
    mail_date=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(BERLIN)
    ),
)
def test_a_date_in_quoted_text_never_counts(
    own: str, quoted: str, attribution: str, with_marks: bool, mail_date: datetime
) -> None:
    lines = textwrap.wrap(quoted, 60) or [quoted]
    # an unmarked quote whose first line starts with ">" is an interleaved answer, not this
    quote = "\n".join(("> " + line) if with_marks else line.lstrip("> ") for line in lines)
    body = f"{own}\n\n{attribution}\n{quote}\n"
    mail = parse_mail(_mail(body, mail_date), received_at=mail_date + timedelta(minutes=5))
    assert isinstance(mail, InboundMail)
    own_words, _ = split_own_words(body)
    for text in (mail.own_text, own_words):
        assert extract_dates(text, mail_date=mail.date) == (), text


@settings(max_examples=150, deadline=None)
@given(own=OWN_WORDS, quoted=QUOTED, mail_date=MAIL_DATES)
def test_marked_quote_lines_anywhere_never_count(
    own: str, quoted: str, mail_date: datetime
) -> None:
    """'>' lines between own lines (interleaved answers) add no day either."""
    marked = "\n".join("> " + line for line in quoted.splitlines() or [quoted])
    body = f"{own}\n{marked}\n{own}\n{marked}"
    own_words, _ = split_own_words(body)
    assert extract_dates(own_words, mail_date=mail_date) == ()
    assert extract_dates(body, mail_date=mail_date) == ()


# --- bottom-posting below a quoted mail of ours: the reply counts, the quote never ---------

HEADERS = st.sampled_from(
    [
        *ATTRIBUTIONS.elements,  # type: ignore[attr-defined]
        "Gesendet: Donnerstag, 12. Februar 2026 um 19:00 Uhr\n"
        'Von: "Praxis Impulse" <termine@praxis-impulse.de>\nAn: patient@web.de\n'
        "Betreff: Bitte bestätigen Sie Ihre Behandlung vom 12.02.2026",
        "Von: Praxis Impulse <termine@praxis-impulse.de>\nGesendet: Montag, 6. April 2026 10:15"
        "\nAn: patient@example.de\nBetreff: Ihr Termin",
        "Am Dienstag, 9. Juni 2026, 12:30:00 MESZ hat Praxis Impulse "
        "<termine@praxis-impulse.de> Folgendes geschrieben:",
    ]
)
# our real footer (mail_templates/*/_footer.txt, before and since it names phone and
# address) and the imitation in the blind sets
FOOTERS = st.sampled_from(
    [
        "Mit freundlichen Grüßen\nIhr Praxisteam\n\n-- \nPraxis Impulse\n"
        "Musterstraße 1, 10115 Berlin\nTelefon: 030 2345 6780\n"
        "E-Mail: termine@praxis-impulse.de\n\n"
        "Diese E-Mail wurde automatisch versandt. Sie können einfach darauf antworten;\n"
        "Ihre Antwort erreicht unser Praxisteam.",
        "Mit freundlichen Grüßen\nPraxis Impulse\n\n--\n"
        "Diese E-Mail wurde automatisch versandt. Sie können einfach auf sie antworten:\n"
        "Ihre Antwort erreicht das Praxisteam (termine@praxis-impulse.de).",
        "Kind regards,\nPraxis Impulse\n\n--\n"
        "This e-mail was sent automatically. You can simply reply to it:\n"
        "your answer reaches the practice team (termine@praxis-impulse.de).",
        "Mit freundlichen Grüßen\nIhr Team der Praxis Impulse\n\n"
        "Praxis Impulse · Physiotherapie per Telefon und Video\n"
        "Tel. 030 2345 6780 · termine@praxis-impulse.de\nDiese Nachricht wurde automatisch erstellt.",
    ]
)
# what a patient's earlier mail inside the quote starts with: a thread, not one mail of ours
THREAD = st.sampled_from(
    [
        "",
        "Von: Patient <patient@example.de>\nGesendet: Montag, 6. April 2026 12:00\n"
        "An: termine@praxis-impulse.de\nBetreff: AW: Ihr Termin",
        "Am 06.04.2026 um 12:00 schrieb Patient <patient@example.de>:",
        "-----Ursprüngliche Nachricht-----",
    ]
)


@settings(max_examples=200, deadline=None)
@given(
    own=OWN_WORDS,
    quoted=QUOTED,
    header=HEADERS,
    footer=FOOTERS,
    thread=THREAD,
    marks=st.sampled_from(["", "> ", "   "]),
    mail_date=st.datetimes(
        min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31), timezones=st.just(BERLIN)
    ),
)
def test_reply_below_our_quoted_mail_counts_and_the_quote_never(
    own: str, quoted: str, header: str, footer: str, thread: str, marks: str, mail_date: datetime
) -> None:
    """Bottom-posting under an Outlook/web.de header block or a Yahoo attribution: the
    reply below our quoted mail is read (unless the quote is a thread of several mails:
    then it is cut like the rest), and no day of the quote ever counts."""
    lines = [line.lstrip("> ") for line in textwrap.wrap(quoted, 60)] or [quoted]
    quote_lines = [*thread.split("\n"), "", *lines] if thread else lines
    quote = "\n".join(marks + line if line else line for line in quote_lines)
    quoted_footer = "\n".join(marks + line if line else line for line in footer.split("\n"))
    body = f"{header}\n\n{quote}\n\n{quoted_footer}\n\n{own}\n"
    mail = parse_mail(_mail(body, mail_date), received_at=mail_date + timedelta(minutes=5))
    assert isinstance(mail, InboundMail)
    own_words, _ = split_own_words(body)
    for text in (mail.own_text, own_words):
        assert extract_dates(text, mail_date=mail.date) == (), text
    if not thread and "schrieb" not in quoted:  # a piece "Am 6.4. schrieb X:" is a thread
        assert own_words == own
