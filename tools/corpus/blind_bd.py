"""Write blind set BD: a plain inbox of the whole year written by people who write at length.

Forty mails: thirty that confirm at least one session (polite, complete sentences with
greetings, sign-offs, small talk about the weather or the exercises, and the date written
in full somewhere; four patients who write tersely instead; a few with a question beside
the yes, one that confirms one day and reports the next as missed) and ten look-alikes
(cancellations, a reschedule, questions about a coming session, a missed session, a
technical problem, replies to reminders).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bd`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bd")


def re_rem(aid: int) -> str:
    return f"AW: Erinnerung: Ihr Termin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def winter_and_spring() -> None:
    yes("bd01_krueger_snow.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 16:40", re(1003),
        "Liebes Team der Praxis Impulse,\n\n"
        "vielen Dank für Ihre Nachricht. Gerne bestätige ich Ihnen, dass meine Behandlung am "
        "Dienstag, den 27. Januar 2026, per Video stattgefunden hat. Bei dem vielen Schnee "
        "draußen war ich wirklich froh, dass ich nicht aus dem Haus musste.\n\n"
        "Die Übungen für den Nacken mache ich jeden Morgen, und ich merke schon, dass es "
        "etwas besser wird.\n\n"
        "Herzliche Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("bd02_becker_monday.eml", 2, (1010,), ("2026-02-02",), "2026-02-03 08:12", re(1010),
        "Guten Morgen,\n\n"
        "hiermit bestätige ich Ihnen gern, dass die Manuelle Therapie am Montag, dem "
        "2. Februar 2026, telefonisch stattgefunden hat. Das Gespräch mit Ihrer Kollegin war "
        "sehr hilfreich, und die Anleitung zur Selbstmobilisation der Schulter konnte ich gut "
        "nachvollziehen.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker",
        client="outlook", reply="cr-1010", style="outlook")  # fmt: skip
    yes("bd03_becker_two_days.eml", 2, (1011, 1012), ("2026-02-05", "2026-02-09"),
        "2026-02-10 19:25", "Bestätigung meiner Termine vom 5. und 9. Februar",
        "Sehr geehrte Damen und Herren,\n\n"
        "leider bin ich letzte Woche nicht dazu gekommen, Ihre Mails zu beantworten, daher "
        "fasse ich es hier zusammen: Die telefonischen Behandlungen am Donnerstag, den "
        "5. Februar 2026, und am Montag, den 9. Februar 2026, haben beide wie vereinbart "
        "stattgefunden.\n\n"
        "Bei dem Glatteis draußen bin ich ohnehin froh um jede Behandlung, für die ich nicht "
        "vor die Tür muss.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker\n\n--\nThomas Becker\nTel. 0171 4455667",
        client="outlook")  # fmt: skip
    yes("bd04_wolff_friday.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 10:03", re(1028),
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bestätige hiermit, daß die Krankengymnastik am Freitag, den 16. Januar 2026, "
        "wie geplant am Telefon stattgefunden hat. Die Übungen für den Rücken mache ich "
        "brav jeden Tag, auch wenn meine Frau meint, ich sollte lieber Schnee schippen.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("bd05_wolff_two_fridays.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 11:47", "Behandlungen im Januar",
        "Sehr geehrte Damen und Herren,\n\n"
        "ich möchte Ihnen noch nachträglich die beiden letzten Behandlungen bestätigen: am "
        "Freitag, den 23. Januar 2026, und am Freitag, den 30. Januar 2026, hat Ihre "
        "Therapeutin mich jeweils pünktlich um 14 Uhr angerufen, und wir haben die volle "
        "Zeit geübt.\n\n"
        "Ich wünsche Ihnen einen schönen Sonntag.\n\n"
        "Mit freundlichen Grüßen\nH.-J. Wolff",
        client="tonline")  # fmt: skip
    yes("bd06_wagner_first_video.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 13:20",
        re(1124),
        "Hallo liebes Praxisteam,\n\n"
        "ja, die Videobehandlung heute, am 12. Januar 2026, hat gut geklappt! Ich war am "
        "Anfang etwas nervös wegen der Technik, aber es lief alles reibungslos. Die "
        "Übungen für das Knie versuche ich jetzt zweimal am Tag.\n\n"
        "Liebe Grüße und bis nächste Woche\nSophie Wagner\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1124", style="iphone")  # fmt: skip
    yes("bd07_aydin_phone.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 18:55", re(1130),
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bestätige, das die Behandlung am Donnerstag 19. Februar 2026 am Telefon "
        "stattgefunden hat. Es war gut, die Therapeutin hat alles gut erklärt. Danke.\n\n"
        "Mit freundliche Grüßen\nMehmet Aydın",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("bd08_demir_march.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 12:30", re(1019),
        "Hallo zusammen,\n\n"
        "vielen Dank für die Erinnerung! Ich kann bestätigen, dass meine Behandlung am "
        "Mittwoch, 4. März 2026 stattgefunden hat. So früh am Morgen war ich zwar noch "
        "etwas verschlafen, aber die Übungen haben richtig gut getan. Endlich wird es auch "
        "draußen etwas heller.\n\n"
        "Viele Grüße\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("bd09_koch_one_of_two.eml", 18, (1110,), ("2026-03-25",), "2026-03-31 09:15",
        "Meine Termine im März",
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich Ihnen, dass die telefonische Krankengymnastik am Mittwoch, "
        "den 25. März 2026, stattgefunden hat.\n\n"
        "Den Termin gestern, am Montag, den 30. März, hatte ich mir ebenfalls freigehalten, "
        "aber es hat leider niemand angerufen. Ich habe bis halb vier neben dem Telefon "
        "gewartet. Könnten Sie bitte nachsehen, was da passiert ist?\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline", staff=True, extra=("question",),
        note="confirms 25.03.; the session of 30.03. did not take place: only the first")  # fmt: skip
    yes("bd10_demir_after_easter.eml", 3, (1024,), ("2026-04-08",), "2026-04-20 21:10",
        re(1024),
        "Hallo,\n\n"
        "entschuldigen Sie bitte die späte Antwort, über Ostern war ich bei meiner Familie "
        "und habe kaum in meine Mails geschaut. Die Behandlung am Mittwoch, den "
        "8. April 2026, hat natürlich stattgefunden.\n\n"
        "Liebe Grüße\nAylin Demir\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1024", style="iphone", note="a late yes, twelve days on")  # fmt: skip
    yes("bd11_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 07:48",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 14.04.2026",
        "Dear Praxis Impulse team,\n\n"
        "I'm happy to confirm that my manual therapy session by phone on Tuesday, "
        "14 April 2026, took place as planned. The therapist was very patient with my German, "
        "and the stretches for my lower back are already helping.\n\n"
        "Kind regards,\nJames O'Neill",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("bd12_schulz_terse.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 19:02", re(1035),
        "Bestätigt, 23.04.2026.\nM. Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird", bottom=True)  # fmt: skip


def summer() -> None:
    yes("bd13_hoffmann_machine.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:41", re(1040),
        "Guten Morgen,\n\n"
        "die Behandlung (KG am Gerät per Video) am Montag, dem 4. Mai 2026, hat "
        "stattgefunden. Vielen Dank für die gute Anleitung, um halb acht bin ich sonst noch "
        "nicht so beweglich.\n\n"
        "Mit besten Grüßen\nPeter Hoffmann\n\nPeter Hoffmann\nHoffmann Immobilien GmbH",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("bd14_hoffmann_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:15",
        "Bestätigung 18.05.2026",
        "Sehr geehrtes Praxisteam,\n\n"
        "am Montag, den 18. Mai 2026, hatte ich gleich zwei Termine bei Ihnen: morgens die "
        "Krankengymnastik am Gerät und mittags die Manuelle Therapie. Beide haben per Video "
        "stattgefunden, das bestätige ich Ihnen hiermit gerne.\n\n"
        "Bei dem schönen Wetter habe ich die Übungen heute Abend sogar auf dem Balkon "
        "wiederholt.\n\n"
        "Mit besten Grüßen\nPeter Hoffmann",
        client="outlook", note="two sessions on the same day, both confirmed")  # fmt: skip
    yes("bd15_berger_garden.eml", 24, (1142,), ("2026-05-06",), "2026-05-07 10:30", re(1142),
        "Liebe Damen und Herren,\n\n"
        "ich möchte Ihnen bestätigen, dass die Behandlung am Mittwoch, dem 6. Mai 2026, "
        "telefonisch stattgefunden hat. Es war das erste Mal, dass ich Gymnastik am Telefon "
        "gemacht habe, und ich war erstaunt, wie gut das geht.\n\n"
        "Heute ist so schönes Wetter, dass ich gleich in den Garten gehe. Die Übungen für "
        "die Hüfte mache ich dann abends.\n\n"
        "Herzliche Grüße\nIhre Ursula Berger",
        client="apple", reply="cr-1142", style="iphone")  # fmt: skip
    yes("bd16_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:20", re(1046),
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bestätige das die Therapie am Dienstag 2. Juni 2026 war stattgefunden per "
        "Video. Es war sehr gut, ich habe viele Übungen gelernt. Entschuldigung für mein "
        "Deutsch, ich lerne noch.\n\n"
        "Vielen Dank und schöne Grüße\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("bd17_neumann_bottom.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 17:05", re(1056),
        "Sehr geehrte Damen und Herren,\n\n"
        "ja, die Krankengymnastik am Dienstag, den 7. Juli 2026 hat stattgefunden. Ihre "
        "Therapeutin war sehr freundlich und hat mir die Übungen zweimal erklärt, damit ich "
        "sie mir merken kann. Bei dieser Hitze ist es mir ganz recht, dass ich zu Hause "
        "bleiben kann.\n\n"
        "Freundliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird", bottom=True)  # fmt: skip
    yes("bd18_neumann_two.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"),
        "2026-07-15 10:40", "Bestätigung meiner Behandlungen",
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich Ihnen die telefonischen Behandlungen am Donnerstag, dem "
        "9. Juli 2026, und am Dienstag, dem 14. Juli 2026. Beide Male hat alles gut "
        "geklappt.\n\n"
        "Meine Tochter hat mir gezeigt, wie man Ihre Mails beantwortet, aber so ist es für "
        "mich einfacher.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird")  # fmt: skip
    yes("bd19_brandt_terse.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:20", re(1063),
        "hat stattgefunden am 03.07.2026.\n\nLB",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("bd20_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Hi there,\n\n"
        "Thanks for the message. Yes, I can confirm that my video session on Monday, "
        "August 3rd, 2026 went ahead as planned. The heat in the flat was a bit much, but "
        "the exercises were great and I already feel my shoulder moving more freely.\n\n"
        "Best wishes,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("bd21_carter_question.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 16:45",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
        "Hello,\n\n"
        "Confirming that today's session, Monday 10 August 2026, took place. Thank you!\n\n"
        "One question: I'll be staying with friends in Hamburg next week. Is it alright if I "
        "join the video call on the 17th from there, or do I need to tell you the address "
        "for insurance reasons?\n\n"
        "Cheers,\nEmily Carter",
        client="gmail", reply="cr-1070", style="gmail_en", staff=True, extra=("question",),
        note="yes for 10.08. plus a question about the coming session")  # fmt: skip
    yes("bd22_yildiz_webde.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 14:10", re(1075),
        "Guten Tag,\n\n"
        "ich bestätige das die Behandlung am Mittwoch den 5. August 2026 per Telefon "
        "stattgefunden hat. Die Übungen sind gut aber bei die Hitze ist es schwer. Ich "
        "mache weiter.\n\n"
        "Viele Grüße\nFatma Yıldız",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("bd23_yildiz_late.eml", 12, (1078,), ("2026-08-26",), "2026-08-31 20:30", re(1078),
        "Guten Abend,\n\n"
        "entschuldigung das ich so spät schreibe, meine Kinder hatten die letzte Woche noch "
        "Ferien. Die Behandlung am 26. August 2026 hat stattgefunden.\n\n"
        "Viele Grüße\nFatma Yıldız",
        client="samsung", reply="cr-1078", style="samsung")  # fmt: skip


def autumn() -> None:
    yes("bd24_vogel_terse.eml", 13, (1082,), (), "2026-09-10 09:03", re(1082),
        "Bestätigt.\nMV\n\nGesendet von Outlook für iOS",
        client="outlook", reply="cr-1082", style="outlook",
        note="a yes under our request that names no day")  # fmt: skip
    yes("bd25_lehmann_semester.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 19:40",
        re(1087),
        "Hallo liebes Team,\n\n"
        "ich kann Ihnen bestätigen, dass die erste Videobehandlung am Dienstag, den "
        "8. September 2026, stattgefunden hat. Ich hatte sie zwischen zwei Seminaren in der "
        "Bibliothek in einem Gruppenraum, das hat gut funktioniert.\n\n"
        "Die Übungen für den Nacken (zu viel Sitzen am Schreibtisch...) baue ich jetzt in "
        "meine Lernpausen ein.\n\n"
        "Viele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("bd26_lehmann_two_late.eml", 14, (1088, 1089), ("2026-09-15", "2026-09-22"),
        "2026-10-05 22:15", "Nachträgliche Bestätigung 15. und 22. September",
        "Hallo,\n\n"
        "mir ist gerade aufgefallen, dass ich zwei Ihrer Mails nicht beantwortet habe, das "
        "tut mir leid. Die Behandlungen am Dienstag, dem 15. September 2026, und am "
        "Dienstag, dem 22. September 2026, haben beide stattgefunden.\n\n"
        "Schönen Abend noch und viele Grüße\nAnna Lehmann",
        client="thunderbird", note="two sessions confirmed weeks later")  # fmt: skip
    yes("bd27_zimmermann_samsung.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:25",
        re(1093),
        "Guten Tag,\n\n"
        "die telefonische Behandlung am Montag, den 5. Oktober 2026, hat stattgefunden. "
        "Draußen regnet es seit Tagen, da passt es gut, dass ich die Übungen im Wohnzimmer "
        "machen kann.\n\n"
        "Mit freundlichem Gruß\nKlaus Zimmermann",
        client="samsung", reply="cr-1093", style="samsung")  # fmt: skip
    yes("bd28_schaefer_office.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:50",
        re(1098),
        "Guten Morgen,\n\n"
        "ich schreibe Ihnen von meiner Büroadresse, weil ich die Mail hier zuerst gesehen "
        "habe: Die Videobehandlung am Mittwoch, den 7. Oktober 2026, hat stattgefunden. "
        "Der späte Termin um 19 Uhr passt mir übrigens hervorragend.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 030 9876 5432",
        client="outlook", reply="cr-1098", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("bd29_jansen_forms_question.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:05",
        re(1104),
        "Hallo Praxis Impulse,\n\n"
        "die erste Behandlung am Donnerstag, den 22. Oktober 2026, hat stattgefunden, "
        "vielen Dank dafür. Ich habe allerdings noch nicht alle Unterlagen zurückgeschickt, "
        "der Anamnesebogen liegt noch ausgedruckt auf meinem Schreibtisch. Reicht es, wenn "
        "ich ihn bis zum nächsten Termin schicke?\n\n"
        "Viele Grüße\nOle Jansen",
        client="gmail", reply="cr-1104", style="gmail", staff=True, extra=("question",),
        note="yes plus a question about the forms")  # fmt: skip
    yes("bd30_nowak_terse.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 11:00",
        "Termin 06.11.2026",
        "Termin vom 06.11.2026 hat stattgefunden.\nGruß D. Nowak",
        client="plain", note="a terse new mail")  # fmt: skip


def look_alikes() -> None:
    no("bd31_demir_cancel.eml", 3, ("cancellation",), "2026-04-14 12:10", re_rem(1025),
       "Hallo,\n\n"
       "vielen Dank für die Erinnerung. Leider muss ich den Termin morgen, am Mittwoch, den "
       "15. April, absagen, ich habe kurzfristig eine Prüfung bekommen. Es tut mir leid, "
       "dass es so spät ist.\n\n"
       "Viele Grüße\nAylin Demir",
       client="gmail", reply="rem-1025", style="gmail",
       note="cancels tomorrow's session")  # fmt: skip
    no("bd32_schulz_reschedule.eml", 5, ("reschedule",), "2026-05-15 09:20",
       "Termin am 21. Mai verschieben",
       "Liebes Praxisteam,\n\n"
       "am Donnerstag, den 21. Mai 2026, bin ich leider beruflich unterwegs. Wäre es "
       "möglich, den Termin auf den Freitag danach oder in die Woche darauf zu "
       "verschieben? Nachmittags kann ich fast immer.\n\n"
       "Vielen Dank und schöne Grüße\nMarie Schulz",
       client="thunderbird")  # fmt: skip
    no("bd33_hoffmann_question.eml", 6, ("question",), "2026-05-29 17:30",
       "AW: Ihr Videotermin am 01.06.2026",
       "Guten Tag,\n\n"
       "vielen Dank für die Zugangsdaten. Für den Termin am Montag, den 1. Juni, hätte "
       "ich eine Frage: Soll ich das Theraband bereitlegen, oder brauchen wir diesmal "
       "etwas anderes? Ich bin an dem Tag in unserem Ferienhaus und möchte nichts "
       "vergessen.\n\n"
       "Mit besten Grüßen\nPeter Hoffmann",
       client="outlook", reply="vl-1045", style="outlook",
       note="a question about the coming session")  # fmt: skip
    no("bd34_popescu_code.eml", 7, ("technical",), "2026-05-31 18:40",
       "AW: Ihr Videotermin am 02.06.2026",
       "Guten Abend,\n\n"
       "ich habe probiert den Code auf meinem Tablet, aber die Seite sagt immer "
       "\u201eungültig\u201c. Was kann ich machen? Der Termin ist am Dienstag und ich möchte "
       "nicht zu spät sein.\n\n"
       "Danke und Grüße\nElena Popescu",
       client="yahoo", reply="vl-1046", style="yahoo")  # fmt: skip
    no("bd35_brandt_no_connection.eml", 10, ("technical", "reschedule"), "2026-07-10 18:05", re(1064),
       "Hallo,\n\n"
       "die Behandlung am Freitag, den 10. Juli 2026, hat leider nicht stattgefunden. Ich "
       "war ab kurz vor vier im Videoraum, aber es ist niemand gekommen, nach zwanzig "
       "Minuten habe ich aufgegeben. Bitte rufen Sie mich an, damit wir einen Ersatztermin "
       "finden.\n\n"
       "Gruß\nLukas Brandt",
       client="thunderbird", reply="cr-1064", style="thunderbird",
       note="under our request, but the session did not take place")  # fmt: skip
    no("bd36_zimmermann_reminder.eml", 15, ("other",), "2026-10-11 12:00", re_rem(1094),
       "Guten Tag,\n\n"
       "vielen Dank für die Erinnerung. Ich bin morgen um 11 Uhr zu Hause und warte auf "
       "Ihren Anruf.\n\n"
       "Mit freundlichem Gruß\nKlaus Zimmermann",
       client="samsung", reply="rem-1094", style="samsung", staff=False,
       note="an acknowledgement of a reminder; nothing to do")  # fmt: skip
    no("bd37_vogel_reschedule.eml", 13, ("reschedule",), "2026-10-02 07:45",
       "Termin 8.10.",
       "Guten Morgen,\n\n"
       "den Termin am Donnerstag, 8. Oktober, muss ich leider verschieben, ich bin auf "
       "einem Kongress. Gerne in der Woche darauf zur gewohnten Zeit.\n\n"
       "Beste Grüße\nM. Vogel",
       client="outlook")  # fmt: skip
    no("bd38_hartmann_sick.eml", 20, ("other",), "2026-11-11 09:30", re(1121),
       "Liebes Praxisteam,\n\n"
       "ich muss Ihnen leider mitteilen, dass die Behandlung am Dienstag, dem "
       "10. November 2026, nicht stattgefunden hat. Ich lag mit Fieber im Bett und habe "
       "vergessen, rechtzeitig abzusagen. Das tut mir sehr leid! Nächste Woche bin ich "
       "hoffentlich wieder fit.\n\n"
       "Herzliche Grüße\nLeonie Hartmann",
       client="webde", reply="cr-1121", style="webde",
       note="a missed session reported under our request")  # fmt: skip
    no("bd39_berger_hospital.eml", 24, ("cancellation",), "2026-05-26 10:10", re_rem(1145),
       "Liebe Damen und Herren,\n\n"
       "leider muss ich Ihnen mitteilen, dass ich morgen, am Mittwoch, dem 27. Mai, nicht zur "
       "Behandlung kann, und auch die Termine im Juni kann ich nicht wahrnehmen. Ich komme "
       "morgen früh für eine Operation ins Krankenhaus. Ich melde mich, wenn ich wieder zu "
       "Hause bin.\n\n"
       "Herzliche Grüße\nIhre Ursula Berger",
       client="apple", reply="rem-1145", style="iphone",
       note="cancels the remaining sessions")  # fmt: skip
    no("bd40_krueger_reminder.eml", 1, ("other",), "2026-03-09 11:15", re_rem(1009),
       "Liebes Team,\n\n"
       "danke für die Erinnerung, ich habe den Termin morgen früh fest eingeplant. Bis "
       "dann!\n\n"
       "Herzliche Grüße\nSabine Krüger",
       client="webde", reply="rem-1009", style="webde", staff=False,
       note="an acknowledgement of a reminder; nothing to do")  # fmt: skip


def main() -> None:
    load_practice()
    winter_and_spring()
    summer()
    autumn()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
