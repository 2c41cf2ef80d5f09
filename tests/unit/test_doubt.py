"""rules/doubt.py: a confirmation that also denies, conditions or doubts is for a person."""

from __future__ import annotations

import pytest

from rules.doubt import (
    clauses,
    doubts_confirmation,
    refers_to_earlier_mail,
    says_more_than_yes,
    someone_elses_or_elsewhere,
    without_forgotten_paperwork,
    writer_is_someone_else,
)


@pytest.mark.parametrize(
    ("text", "doubted"),
    [
        pytest.param("Die Behandlung am 6.4. hat stattgefunden.", False, id="clean"),
        # blind Z n08: asking us for a certificate is no confirmation of the writer's
        pytest.param(
            "Herr H. bittet um eine schriftliche Bestätigung, dass die Behandlung am 11.05."
            " stattgefunden hat.",
            True,
            id="asks-us-for-a-certificate",
        ),
        pytest.param(
            "Hiermit komme ich Ihrer Bitte um Bestätigung nach: die Behandlung am 11.05. hat"
            " stattgefunden.",
            False,
            id="answers-our-request-for-confirmation",
        ),
        # blind X x03, x29, Z z08: a concession and late answers are no doubt
        pytest.param(
            "Mittwoch 14.10. hat stattgefunden, auch wenn das Bild zwischendurch kurz hängen"
            " geblieben ist.",
            False,
            id="auch-wenn-is-a-concession",
        ),
        pytest.param(
            "Der Termin am 14.10. hat stattgefunden, auch wenn ich nicht sicher bin, ob er zählt.",
            True,
            id="auch-wenn-beside-a-doubt",
        ),
        pytest.param(
            "I realised I never replied about my last two sessions. Both took place.",
            False,
            id="never-replied-about",
        ),
        pytest.param(
            "Die letzte Behandlung am 02.11. hat stattgefunden; die Bestätigung hatte ich"
            " bisher versäumt.",
            False,
            id="confirmation-was-forgotten",
        ),
        # blind Y y41: a gap in what is confirmed
        pytest.param(
            "All the Monday sessions since August happened except one that I skipped - I"
            " don't remember which.",
            True,
            id="all-but-one-unknown",
        ),
        pytest.param(
            "Alle Termine im März haben stattgefunden, bis auf einen.",
            True,
            id="bis-auf-einen",
        ),
        pytest.param(
            "Die Behandlung am 6.4. hat stattgefunden.\n\nIch konnte leider nicht früher schreiben.",
            False,
            id="negation-in-an-unrelated-sentence",
        ),
        pytest.param(
            "Ja, hat stattgefunden. Den Termin am 1.4. hatten Sie ja abgesagt.",
            False,
            id="another-day-cancelled-by-us",
        ),
        pytest.param(
            "Ja, hat stattgefunden – der Therapeut kam später, war aber kein Problem.",
            False,
            id="kein-problem-is-all-well",
        ),
        pytest.param(
            "Außerdem noch den 23.2., da hatte ich noch nicht geantwortet.",
            False,
            id="own-late-answer",
        ),
        pytest.param(
            "Falls der Termin am 27.1. stattgefunden hat, dann ohne mich.", True, id="conditional"
        ),
        pytest.param(
            "Meine Tochter meint, der Termin am 16.4. hätte stattgefunden.", True, id="reported"
        ),
        pytest.param(
            "Die Behandlung am 17.2. hat stattgefunden, die am 10.2. aber nicht.",
            True,
            id="half-denied",
        ),
        pytest.param("Stattgefunden hat heute nichts.", True, id="nichts"),
        pytest.param(
            "Toll, der Termin hat ja super stattgefunden – ohne Therapeut.", True, id="sarcasm"
        ),
        pytest.param(
            "Bitte bestätigen Sie mir, dass die Behandlung am 23.2. stattgefunden hat.",
            True,
            id="asks-us-for-a-certificate",
        ),
        pytest.param(
            "I'd happily confirm the 17th if it had actually happened.", True, id="english-if"
        ),
        pytest.param(
            "Die Behandlung am 6.4. lief gut, aber die Verbindung brach nach 10 Minuten ab.",
            True,
            id="cut-short",
        ),
        # the writer's devices are no doubt about the treatment (blind L c18)
        pytest.param(
            "Sie ist gerade ohne Laptop unterwegs: ihre Termine am 14. und 21. Oktober haben"
            " stattgefunden.",
            False,
            id="ohne-laptop",
        ),
        pytest.param(
            "Die Behandlung am 6.4. fand ohne Therapeut statt.", True, id="ohne-therapeut"
        ),
        pytest.param("Die Behandlung hat stattgefunden, aber ohne mich.", True, id="ohne-mich"),
        # blind Q q03: a late answer's apology is no doubt about the days
        pytest.param(
            "Ich sehe, dass ich Ihnen seit Wochen nichts bestätigt habe, tut mir leid! Also: am"
            " 10. und 17.2. hatte ich meine Krankengymnastik, beide haben stattgefunden.",
            False,
            id="late-apology-nichts-bestaetigt",
        ),
        pytest.param(
            "Ich habe nichts bestätigt, die Behandlung am 6.4. hat nicht stattgefunden.",
            True,
            id="nichts-bestaetigt-beside-a-denial",
        ),
        # blind S s29: "statt" (instead) in a request is no "fand statt"
        pytest.param(
            "Die Behandlung vom 6.4. hat stattgefunden. Könnten Sie die Rechnungen künftig "
            "an die Kanzlei schicken statt an meine Privatadresse?",
            False,
            id="statt-is-instead",
        ),
        pytest.param("Die Sitzung fand nicht statt.", True, id="fand-nicht-statt"),
        # blind R: a day the writer will answer about elsewhere is not confirmed here
        pytest.param(
            "Der 6.4. hat stattgefunden, zum 8.4. schreibe ich Ihnen noch separat.",
            True,
            id="answered-elsewhere",
        ),
        pytest.param(
            "The session on the 6th took place, I will write about the 8th separately.",
            True,
            id="answered-elsewhere-english",
        ),
        # blind AF/AG (session 7): idioms of all-is-well and of our paperwork, no doubt
        pytest.param(
            "Die Stunde am 6.4. hat stattgefunden, diesmal sogar ohne Ton-Probleme.",
            False,
            id="without-problems",
        ),
        pytest.param(
            "Heute am 6. April - kein Aprilscherz - hat die Behandlung stattgefunden.",
            False,
            id="no-joke",
        ),
        pytest.param(
            "Den 6.4. hab ich glaub ich noch gar nicht bestätigt: der hat auch stattgefunden.",
            False,
            id="not-yet-confirmed-i-think",
        ),
        pytest.param(
            "Der 6.4. hat auch stattgefunden, falls ich den noch nicht bestätigt hatte.",
            False,
            id="in-case-not-yet-confirmed",
        ),
        pytest.param(
            "Ich antworte auf die falsche Mail glaube ich: der 6.4. hat stattgefunden.",
            False,
            id="the-wrong-mail",
        ),
        # a remark about a coming weekday is no doubt of the day confirmed (blind AF af17)
        pytest.param(
            "Der 6.4. hat stattgefunden. Nächsten Mittwoch hab ich Geburtstag, der Termin "
            "bleibt aber, ich komm nicht vorher.",
            False,
            id="next-wednesday-remark",
        ),
        # blind AH ah26: praise in the words of surprise
        pytest.param(
            "Die Stunde am 6.4. hat super geklappt, hätte nicht gedacht, dass das per Video "
            "so gut geht.",
            False,
            id="would-not-have-thought",
        ),
        # blind AM am21: a late answer, no doubt
        pytest.param(
            "Ich hab die letzten Mails nicht beantwortet, sorry. 6.4. und 8.4. haben "
            "stattgefunden.",
            False,
            id="mails-not-answered",
        ),
        # ... but a doubt about the session stays one
        pytest.param(
            "Der 6.4. hat stattgefunden, glaube ich.", True, id="believed-session-still-doubt"
        ),
        pytest.param(
            "Der 6.4. hat stattgefunden, falls Sie angerufen haben.",
            True,
            id="condition-on-the-call-still-doubt",
        ),
        pytest.param(
            "Bitte meine Bestätigung vom 6.4. ignorieren.", True, id="confirmation-taken-back"
        ),
    ],
)
def test_doubts_confirmation(text: str, doubted: bool) -> None:
    assert (doubts_confirmation(text) is not None) is doubted


def test_a_sentence_that_carried_a_confirmed_day_counts_even_without_a_verb() -> None:
    text = "Laut meinem Sohn am 25.3. angerufen. Ich selbst war im Krankenhaus."
    assert doubts_confirmation(text, ["Laut meinem Sohn am 25.3. angerufen."]) is not None


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        pytest.param(
            "Marie war heute dran. Ihr Videotermin ist leider ausgefallen.", True, id="ausgefallen"
        ),
        pytest.param(
            "Ihren Anruf um 14 Uhr konnte ich deshalb nicht annehmen.", True, id="call-not-taken"
        ),
        pytest.param("Die Behandlung am 6.4. hat stattgefunden. Danke!", False, id="clean"),
        pytest.param(
            "Meine Mutter nutzt selbst kein E-Mail. Der Termin hat stattgefunden.",
            False,
            id="no-email",
        ),
        pytest.param("Nächste Woche ist kein Termin, richtig?", False, id="later"),
        # blind AH ah16: "am frühen Morgen" is the morning, not tomorrow; KGG as training
        pytest.param(
            "Das Gerätetraining am frühen Morgen habe ich nicht gemacht.", True, id="morning"
        ),
        pytest.param("Morgen habe ich keinen Termin, oder?", False, id="tomorrow"),
    ],
)
def test_denies_a_treatment(text: str, denied: bool) -> None:
    from rules.doubt import denies_a_treatment

    assert (denies_a_treatment(text) is not None) is denied


@pytest.mark.parametrize(
    ("sentence", "earlier"),
    [
        ("Den 6.4. hatte ich Ihnen schon bestätigt.", True),
        ("Die Behandlung am 6.4. hatte ich bereits in meiner letzten Mail bestätigt.", True),
        ("Wie in meiner letzten Mail geschrieben, fand die Behandlung am 6.4. statt.", True),
        ("As I wrote in my last email, the session on 6 April took place.", True),
        ("I already confirmed the session on 6 April.", True),
        ("Den 6.4. hatte ich Ihnen schon in meiner Mail vom 7.4. bestätigt.", True),
        ("Die Behandlung am 6.4. hat stattgefunden.", False),
        ("Das hatte ich noch nicht bestätigt: die Behandlung am 6.4. fand statt.", False),
        ("Ich bestätige den Erhalt der Leistung am 6.4.", False),
        ("Bitte meine Bestätigung vom 6.4. ignorieren.", True),
        ("Please disregard my confirmation of the 6th.", True),
        # a Nachtrag adds a day of its own (blind AE ae19)
        ("Nachtrag zu meiner Mail von letzter Woche: auch der 6.4. hat stattgefunden.", False),
    ],
)
def test_refers_to_earlier_mail(sentence: str, earlier: bool) -> None:
    assert refers_to_earlier_mail(sentence) is earlier


@pytest.mark.parametrize(
    ("sentence", "writer_is_patient", "someone_else"),
    [
        ("Mein Sohn hatte am 3.3. eine Behandlung, die hat stattgefunden.", True, True),
        (
            "Mein Sohn hilft mir beim Schreiben, aber am 10.3. hatte ich meine Behandlung.",
            True,
            False,
        ),
        ("Ich war am 6.4. beim Orthopäden in Behandlung.", True, True),
        (
            "Am 6.4. hatte ich einen Termin bei einer anderen Praxis, der hat stattgefunden.",
            True,
            True,
        ),
        ("I had a session with my osteopath on 6 April.", True, True),
        ("Ich war am 6.4. in ärztlicher Behandlung.", True, True),
        ("Die Ergotherapie am 6.4. hat stattgefunden.", True, True),
        ("Die Massage am 6.4. war toll.", True, True),
        ("Die Manuelle Therapie am 6.4. hat stattgefunden.", True, False),
        ("Die Physiotherapie am 6.4. hat stattgefunden.", True, False),
        ("Die Behandlung meiner Mutter am 6.4. hat stattgefunden.", True, True),
        ("Meine Tochter hatte am 6.4. ihre Stunde, die hat stattgefunden.", True, True),
        ("My son's session on 6 April took place.", True, True),
        ("My wife had her session on April 6, it took place.", True, True),
        ("Mein Sohn hatte gestern bei Ihnen eine Behandlung, die hat stattgefunden.", True, True),
        ("My husband had a session on April 6.", True, True),
        # a neighbour's, and a relative who took part (not the patient)
        ("Meine Nachbarin hatte am 25.3. bei Ihnen einen Telefontermin.", True, True),
        ("Mein Sohn hat am 6.4. teilgenommen.", True, True),
        ("Am 6.4. hat meine Tochter teilgenommen.", True, True),
        ("Ich habe am 6.4. teilgenommen.", True, False),
        # a relative writing for the patient (another name than the patient's) is fine
        ("Die Behandlung meiner Mutter am 6.4. hat stattgefunden.", False, False),
        # the reason a session did not take place (blind IR ir01, IP ip10)
        (
            "Der 10.2. ist ausgefallen, da hatte ich den Termin beim Orthopäden, die anderen "
            "haben alle stattgefunden.",
            True,
            False,
        ),
        ("Die Behandlung am Donnerstag ist ausgefallen weil ich beim Arzt war.", True, False),
        ("Am 6.4. hatte ich Behandlung beim Orthopäden, weil ich Rücken hatte.", True, True),
        # ours
        ("Die Behandlung bei Ihnen am 6.4. hat stattgefunden.", True, False),
        ("Die Behandlung bei Ihrer Therapeutin am 6.4. hat stattgefunden.", True, False),
        ("Die Behandlung am 6.4. hat stattgefunden.", True, False),
    ],
)
def test_someone_elses_or_elsewhere(
    sentence: str, writer_is_patient: bool, someone_else: bool
) -> None:
    found = someone_elses_or_elsewhere(sentence, writer_is_patient=writer_is_patient)
    assert (found is not None) is someone_else


@pytest.mark.parametrize(
    ("sentence", "own_session"),
    [
        # a writer who is plainly not the patient, of her own session: not the patient's
        ("Hatte heute meine Stunde bei euch, lief gut.", True),
        ("Ich hatte gestern die Behandlung, alles gut.", True),
        ("My session today went well.", True),
        # of the patient's session, or just confirming: the patient's
        ("Die Stunde meiner Tochter heute hat stattgefunden.", False),
        ("Ich bestätige die Behandlung vom 6.4.", False),
        ("Ja, hat stattgefunden.", False),
    ],
)
def test_a_writer_who_is_not_the_patient_speaking_of_her_own_session(
    sentence: str, own_session: bool
) -> None:
    found = someone_elses_or_elsewhere(
        sentence, writer_is_patient=False, writer_is_someone_else=True
    )
    assert (found is not None) is own_session


@pytest.mark.parametrize(
    ("sender_name", "someone_else"),
    [
        ("Katrin Schulz", True),
        ("K. Schulz", True),
        ("Schulz, Katrin", True),
        ("Marie Schulz", False),
        ("Schulz, Marie", False),
        ("M. Schulz", False),
        ("Marie", False),
        ("Schulz", False),
        ("", False),
        ("marie.schulz@web.de", False),
    ],
)
def test_writer_is_someone_else(sender_name: str, someone_else: bool) -> None:
    assert writer_is_someone_else(sender_name, "Marie Schulz") is someone_else


@pytest.mark.parametrize(
    "text",
    [
        "Die Behandlung am 6.4. hat stattgefunden, aber nur 10 Minuten.",
        "Die Behandlung am 6.4. hat zwar stattgefunden, sie wurde aber nach 5 Minuten beendet.",
        "Die Behandlung am 6.4. hat stattgefunden, ich möchte mich aber beschweren.",
        "The session on 6 April took place, but only 5 minutes.",
    ],
)
def test_a_session_cut_short_or_complained_about_is_doubted(text: str) -> None:
    assert doubts_confirmation(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Sie schreiben, die Behandlung am 3.3. habe stattgefunden – das ist falsch.",
        "Ich bestätige, dass ich gestern krank war.",
    ],
)
def test_a_disputed_claim_or_an_illness_doubts_the_confirmation(text: str) -> None:
    assert doubts_confirmation(text) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Zahnarzttermin am 3.3. hat stattgefunden.",
        "Die Behandlung in der Praxis Müller am 3.3. hat stattgefunden.",
        "My physio appointment elsewhere on 3 March went ahead.",
    ],
)
def test_another_practice_is_elsewhere(sentence: str) -> None:
    assert someone_elses_or_elsewhere(sentence, writer_is_patient=True) is not None


def test_our_practice_named_by_pronoun_is_ours() -> None:
    assert (
        someone_elses_or_elsewhere(
            "Die Behandlung in Ihrer Praxis am 3.3. hat stattgefunden.", writer_is_patient=True
        )
        is None
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "12 August ist gewesen, alles gut. 19 August ich war krank",
            ["12 August ist gewesen", " alles gut.", "19 August ich war krank"],
            id="full-stop-before-a-day",
        ),
        pytest.param(
            "am 13. Nov. 2026 hat es stattgefunden",
            ["am 13. Nov. 2026 hat es stattgefunden"],
            id="month-abbreviation-before-the-year",
        ),
        pytest.param("am 6. 4. und 8.4. ja", ["am 6. 4. und 8.4. ja"], id="day-and-month"),
        # a weekday and its date are one clause; a weekday and another answer are two
        # (blind HZ hz07)
        pytest.param(
            "am Freitag, 27. März ja", ["am Freitag, 27. März ja"], id="weekday-and-its-date"
        ),
        pytest.param(
            "yes for Monday, Thursday I had to cancel",
            ["yes for Monday", " Thursday I had to cancel"],
            id="weekday-then-another-answer",
        ),
    ],
)
def test_clauses(sentence: str, expected: list[str]) -> None:
    assert clauses(sentence) == expected


# blind U u01, u11, u26: an apology for answering late says nothing of the days
@pytest.mark.parametrize(
    ("sentence", "more"),
    [
        ("und die vom 27.1. auch – da hatte ich Ihre Mail irgendwie übersehen, sorry!", False),
        (
            "Nachträglich auch der 23. und 26. Februar, da bin ich nicht zum Antworten gekommen.",
            False,
        ),
        ("and the one on the 10th too, sorry I never replied to that one.", False),
        ("Und damit es nicht vergessen wird: am 6.4. war die Behandlung.", False),  # u09
        # blind EY ey06, EX ex30: the hedge after a late answer, our records lacking a day
        ("Dienstag und Donnerstag auch, da hab ich noch nicht geantwortet glaube ich.", False),
        ("Der vom 10.07. fehlt bei Ihnen glaube ich auch noch, der war auch.", False),
        ("Am 6.4. bin ich nicht zur Behandlung gekommen.", True),
        ("Am 6.4. war ich glaube ich nicht da.", True),
        # blind FC fc03, fc21, FB fb21: another therapist of the practice, "the same"
        ("Diesmal hat mich ein Herr Brückner angerufen und nicht Frau Lange, war gut.", False),
        ("Am 13. hat mich eine andere Dame angerufen, ich glaube Frau Sommer.", False),
        ("Für den 17.09. gilt dasselbe.", False),
        ("Am 13. hat mich niemand angerufen, auch nicht Frau Sommer.", True),
        # blind FE fe05 recorded the short one: "waren es eher 15 min, ich musste zum Zug"
        ("nur am 26. waren es eher 15 min, ich musste zum Zug.", True),
        ("Die Behandlung am 26. dauerte nur 10 Minuten.", True),
        ("Die Behandlung am 26. war 30 Minuten, wie immer.", False),
        # blind FB fb28 recorded both days: still at the office, at work, on a business trip
        ("donnerstags nur der 5., am 19. und 26. war ich noch im Büro.", True),
        ("Am 6.4. war ich auf der Arbeit und bin nicht rangegangen.", True),
        ("Am 6.4. war ich auf Dienstreise und habe mich aus dem Hotel eingewählt.", False),
        ("On the 6th I was at work.", True),
        # blind EW ew02: no computer at hand, hence the late answer
        (
            "Ich bin nicht an den Computer gekommen, daher beantworte ich"
            " beide Anfragen: die Behandlungen am 6.4. und 13.4. haben stattgefunden.",
            False,
        ),
        ("Am 6.4. bin ich nicht an den Computer gekommen, die Behandlung fiel aus.", True),
        ("I never attended the session on the 10th.", True),
        ("Die Behandlung am 6.4. habe ich übersehen.", True),
    ],
)
def test_a_late_answers_apology_is_no_doubt(sentence: str, more: bool) -> None:
    assert says_more_than_yes(sentence) is more


def test_a_session_overslept_in_a_clause_of_its_own_stays_a_denial() -> None:
    """Blind FI fi16: "Die Woche davor war auch, bloß die erste am 5. hab ich verpennt"
    recorded the 5th: the "auch" of one clause had made the whole sentence's "verpennt" a
    forgotten answer. A sentence about our paperwork loses it; "auch" only in its clause."""
    assert "verpennt" in without_forgotten_paperwork(
        "Die Woche davor war auch, bloß die erste am 5. hab ich verpennt."
    )
    assert "verpennt" not in without_forgotten_paperwork(
        "Den 27. hab ich auch verpennt zu bestätigen."
    )
    # our paperwork anywhere in the sentence (blind CL cl18, AZ az33)
    assert "verpennt" not in without_forgotten_paperwork(
        "sorry, ich hab total verpennt, meine Termine zu bestätigen!"
    )
