"""rules/plain_yes.py: the lexicon and clause reader for plain yeses (issue 17)."""

from __future__ import annotations

import pytest

from rules.classify import fold
from rules.dates import day_spans
from rules.plain_yes import BLOCKERS, Word, clauses, is_plain_yes, read_clause


def yes(case_id: str, text: str) -> object:
    return pytest.param(text, True, id=case_id)


def no(case_id: str, text: str) -> object:
    return pytest.param(text, False, id=case_id)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forms blind mail brought, one regex alternative each before the reader
        yes("treatment-was", "die Behandlung am 6.2. war."),
        yes("calls-in-order", "die zwei telefonate am 13.5 und 20.5 waren in ordnung"),
        yes("days-month-names-was", "Termin 2 September und 9 September war"),
        yes("had-treatment-by-phone", "ich habe am 19.02 Behandlung gehabt mit Telefon."),
        yes("check-mark", "10.11 ✅"),
        yes("check-mark-leading", "✅ Di 3.2."),
        yes("both-ok", "Beide OK"),
        # a farewell and a name on the same line (blind AL al26, AG ag46)
        yes("farewell-and-name", "hi 10.11 war lg leonie"),
        # blind EY ey21: "wars" (war es) and "jap"
        yes("jap-wars", "Jap, gestern Abend wars."),
        yes("greeting-farewell-name", "hallo die anrufe am 5 10 waren gut gruss klaus zimmermann"),
        no("farewell-keeps-the-denial", "10.11 war nicht lg leonie"),
        no("wars-not", "gestern wars nicht"),
        yes("kind-by-name", "bestätigt: Manuelle Therapie am 02.02. per Telefon."),
        yes("late-forgot-to-write", "den 28.7. hatte ich auch, hab das vergessen zu schreiben"),
        no("forgot-the-session", "den 28.7. hatte ich vergessen"),
        no("farewell-then-more-words", "10.11 war lg und morgen wieder"),
        yes("days-were-all", "10.6., 17.6. und 24.6. waren alle"),
        yes("confirmed-colon-list", "Bestätigt: 24.09. / 01.10."),
        yes("days-were-thanks", "30.3., 1.4. und 8.4. waren, danke"),
        yes("short-years-confirmed", "12.1.26 und 19.1.26 bestätigt"),
        yes("all-had-after-dash", "29.09., 06.10. und 13.10. – alle gehabt"),
        yes("confirm-weekday-dates", "bestätige Mo 26.1., Mo 9.2. und gestern"),
        yes("yes-it-did", "Yes, it did."),
        yes("days-all-in-order", "Am 21. und 23. war alles in Ordnung."),
        yes("i-had-phone-treatment", "ich hatte Telefon Behandlung gestern"),
        yes("month-at-end", "Die Termine am 3., 10. und 17.2. haben stattgefunden."),
        # blind AF af27: the usual time beside the day
        yes("as-usual-at-a-time", "am 8.4. war die Behandlung wie immer um 15 Uhr."),
        yes("at-half-past", "Die Behandlung am 8.4. gegen halb neun hat stattgefunden."),
        no("as-usual-but-not", "Am 8.4. war die Behandlung wie immer nicht."),
        # blind AH ah29: KGG told as "Gerätetraining", "lief" as the predicate
        yes("device-training-went", "Gerätetraining am 05.11.26 lief, danke."),
        no("device-training-did-not-go", "Gerätetraining am 05.11.26 lief nicht."),
        no("as-usual-asked", "War die Behandlung am 8.4. wie immer um 15 Uhr?"),
        yes("passive-of-the-present", "Hiermit wird der Erhalt der Leistung am 3. März bestätigt."),
        yes("passive-weekday", "Hiermit wird der Erhalt der Leistung am Dienstag bestätigt."),
        yes("greeting-before", "Sehr geehrte Damen und Herren, die Behandlung am 6.2. war."),
        yes("heading-before-colon", "kurz zu den letzten Stunden: 29.09. und 06.10. – alle gehabt"),
        yes("a-day-denied-beside", "22.9. ja, 29.9. nein"),
        yes("a-day-called-off-beside", "12.08 und 26.08 Termin war, 19.08 war abgesagt."),
        yes("practice-wording-short", "Bestätige Erhalt der Leistungen vom 6.4. und 13.4."),
        yes("bare-confirmation", "Bestätige."),
        # fresh blind sets W, X, Y (session 6)
        yes("colleague-called", "auch heute am 3. Juni hat Ihre Kollegin pünktlich angerufen"),
        yes("formal-you-called-me", "Sie haben mich am 6.4. angerufen."),
        yes("therapist-practised-with-me", "Ihre Kollegin hat am 6.4. mit mir geübt."),
        yes("quite-normally-done", "also 5.11. ganz normal gemacht."),
        yes("days-we-had", "09.02. und 12.02. hatten wir."),
        yes("kind-of-treatment-prefixed", "bestätige die MT-Termine 03./10./17./24.09."),
        no("kind-of-treatment-cancelled", "die MT-Termine 03./10.09. wurden abgesagt"),
        yes("first-hour-was-top", "Die erste Stunde gestern am Donnerstag 22.10 war top, danke!"),
        yes(
            "device-sessions-done", "22.10., 29.10. und 5.11. - alle drei Gerätetermine gemacht 👍"
        ),
        # blockers
        no(
            "confirming-a-missed-session",
            "ich bestätige, dass ich den Termin am 26.1. verpasst habe",
        ),
        no("negated", "Die Behandlung am 6.2. war nicht."),
        no("hedge", "Die Behandlung am 6.2. war, glaube ich."),
        no("question", "10.11 ✅?"),
        no("future-weekday", "Ich bestätige den Termin nächste Woche Mittwoch."),
        no("future-acknowledged", "ich bestätige den Termin am 22.09., ich bin dabei."),
        no("condition", "Falls die Behandlung am 6.2. war, bitte abrechnen."),
        no("cancelled", "Termin 4.5. war ja abgesagt."),
        no("daughter", "Meine Tochter hatte am 3.3. Behandlung."),
        no("other-provider", "Die Ergotherapie am 3.3. war."),
        no("invoice", "Rechnung 3.3. ok"),
        no("earlier-mail", "Die Behandlung am 3.3. war, hatte ich schon bestätigt."),
        # weak words that say nothing of a session that took place
        no("booking-had", "Ich hatte am 6.4. einen Termin gehabt."),
        no("booking-noun-had", "Ich hatte am 6.4. Termin"),
        no("booking-ok", "Termin ok"),
        no("present-yes-weekday", "Termin Freitag ok"),
        no("confirm-weekday-may-be-coming", "Bestätige den Termin am Montag."),
        no("receipt-of-the-booking", "Ich bestätige den Erhalt des Termins am 14.4."),
        no("month-alone-is-no-day", "Im März war die Behandlung."),
        no("so-is-no-sunday", "Das war so."),
        no("unknown-subject", "Am 7.5. hat Marie teilgenommen."),  # left to the patterns
        # the therapist called, but not for a session
        no("called-to-cancel", "Der Therapeut hat am 6.4. angerufen, um abzusagen."),
        no(
            "called-about-something-else",
            "Ihre Kollegin hat am 6.4. angerufen, um einen neuen Termin auszumachen.",
        ),
        no("called-and-cancelled", "Ihre Kollegin hat am 6.4. angerufen und abgesagt."),
        no("did-not-call", "Sie haben mich am 6.4. nicht angerufen."),
        no("called-but-away", "Ihre Kollegin hat am 6.4. angerufen, ich war aber nicht da."),
        no("a-relative-called", "Meine Tochter hat am 6.4. angerufen."),
        no("called-no-day", "Ihre Kollegin hat angerufen."),
        no("first-hour-not-top", "Die erste Stunde am 6.4. war nicht top."),
        no("top-alone", "top"),
        no("had-a-booking", "Am 9.2. hatte ich Termin."),
        no("had-a-weekday", "Am Montag hatten wir."),
        no("had-off", "9.2. hatte ich frei."),
    ],
)
def test_is_plain_yes(text: str, expected: bool) -> None:
    assert is_plain_yes(fold(text)) is expected


def test_words_are_read_by_class() -> None:
    words = {
        t.text: t.word
        for t in read_clause(fold("Die Telefonate am 13.5 und 20.5 waren alle")).tokens
    }
    assert words == {
        "die": Word.FILLER,
        "telefonate": Word.TREATMENT,
        "am": Word.FILLER,
        "13.5 und 20.5": Word.DAY,
        "waren": Word.TOOK_PLACE,
        "alle": Word.QUANTIFIER,
    }


def test_a_weekday_alone_is_marked() -> None:
    (day,) = [t for t in read_clause("termin freitag ok").tokens if t.word is Word.DAY]
    assert day.weekday_only
    (day,) = [t for t in read_clause("termin vom freitag ok").tokens if t.word is Word.DAY]
    assert not day.weekday_only


def test_a_list_of_days_cut_at_commas_stays_one_clause() -> None:
    readings = clauses(fold("Hallo, 10.6., 17.6. und 24.6. waren alle, danke"))
    assert [[t.word for t in r.tokens] for r in readings] == [
        [Word.FILLER, Word.DAY, Word.TOOK_PLACE, Word.QUANTIFIER, Word.FILLER]
    ]


def test_every_blocker_kind_blocks() -> None:
    for kind, words in BLOCKERS.items():
        for word in sorted(words)[:5]:
            assert not is_plain_yes(f"die behandlung am 6.2. war {word}"), (kind, word)


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("die behandlung am 6.2. war.", ["6.2."]),
        ("bestaetige mo 26.1., mo 9.2. und gestern", ["mo 26.1., mo 9.2.", "gestern"]),
        ("in kw 10 war die behandlung", ["kw 10"]),
        ("am dritten maerz", ["dritten maerz"]),
        ("im maerz war", []),
        ("das war so", []),
    ],
)
def test_day_spans(text: str, spans: list[str]) -> None:
    assert [text[a:b] for a, b in day_spans(text)] == spans


# blind R r11, blind Q q27: the session told as what was done in it
@pytest.mark.parametrize(
    "sentence",
    [
        "Dienstag 7.7. telefoniert, gut",
        "am 5.10. habe ich mit Ihrem Therapeuten telefoniert und die Übungen gemacht",
    ],
)
def test_the_session_told_as_what_was_done(sentence: str) -> None:
    assert is_plain_yes(fold(sentence))
