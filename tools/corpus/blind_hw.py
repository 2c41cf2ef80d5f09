"""Blind set HW: patients with two or three sessions a week who confirm by the day's name.

Four patients whose appointments come more than once a week (Thomas Becker Mo/Do, Gisela
Neumann Di/Do, Renate Koch Mo/Mi, Peter Hoffmann with two sessions on one Monday and a
Tuesday after Whitsun) answer by weekday instead of date: a line per day with a tick or a
cross, "Di. ok, Do. fiel aus", "gestern" and "vorgestern" beside weekday names, "beide
Termine letzte Woche", "nur Donnerstag", answers written on the day of a session or weeks
later, under our request for one of the days or as new mails, in German, English and
learners' German. Look-alikes: a weekday still to come, a session cut short, missed, or
only asked about.

Labels are strict: `confirmed` holds only the sessions plainly held in full whose day is
clear from the mail's Date and words (the patient's own, scheduled, not yet confirmed);
missed, cancelled, cut short, future or unclear days are not confirmed and need staff.
`dates` are the days the mail says a session took place (also partly), resolved from the
weekday names against the mail's Date.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_hw")

BECKER, HOFFMANN, NEUMANN, KOCH = 2, 6, 9, 18


def becker() -> None:
    """Thomas Becker: Manuelle Therapie by phone, Monday and Thursday 17:30."""
    yes("hw01_becker_ticks_mo_do.eml", BECKER, (1010, 1011), ("2026-02-02", "2026-02-05"),
        "2026-02-06 08:12", "Bestätigung Termine diese Woche",
        "Guten Morgen,\n\nfür diese Woche:\n\nMo ✓\nDo ✓\n\nGruß\nT. Becker\n",
        client="webde")  # fmt: skip
    yes("hw02_becker_nur_donnerstag.eml", BECKER, (1011,), ("2026-02-05",),
        "2026-02-05 19:24", request_subject(1011),
        "Nur Donnerstag. Montag hat nicht geklappt, da saß ich noch im Meeting und hab den"
        " Anruf nicht mitbekommen.\n\nTB\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1011", style="iphone", staff=True,
        extra=("cancellation",), note="Monday 02.02. missed; written on the Thursday itself")  # fmt: skip
    yes("hw03_becker_freitag_dienstag_davor.eml", BECKER, (), ("2026-02-06", "2026-02-03"),
        "2026-02-09 07:41", "Termine",
        "Hallo,\n\nFreitag und Dienstag davor haben stattgefunden, Sie wollten das ja"
        " schriftlich.\n\nViele Grüße\nThomas Becker",
        staff=True, note="his sessions were Monday and Thursday: neither day has an appointment")  # fmt: skip
    no("hw04_becker_donnerstag_passt.eml", BECKER, ("other",),
       "2026-02-11 18:06", reminder_subject(1013),
       "Donnerstag passt mir, bin ab 17 Uhr zu Hause. Bitte aufs Handy anrufen, nicht"
       " Festnetz.\n\nGruß Becker",
       client="gmail", reply="rem-1013", style="gmail",
       note="Thursday 12.02. is still to come: acknowledges the reminder")  # fmt: skip
    yes("hw05_becker_gestern_und_montag.eml", BECKER, (1012, 1013), ("2026-02-12", "2026-02-09"),
        "2026-02-13 07:52", request_subject(1013),
        "Hallo zusammen,\n\ngestern hat geklappt. Der vom Montag übrigens auch, die Mail dazu"
        " hatte ich übersehen.\n\nSchönes Wochenende\nThomas Becker",
        client="gmail", reply="cr-1013", style="gmail")  # fmt: skip
    yes("hw06_becker_beide_letzte_woche.eml", BECKER, (1014, 1015), ("2026-02-16", "2026-02-19"),
        "2026-02-23 08:31", "Bestätigung",
        "beide Termine letzte Woche hatte ich\n\n--\nThomas Becker\nMobil 0171 4431977",
        client="webde")  # fmt: skip
    yes("hw07_becker_mo_ok_do_fiel_aus.eml", BECKER, (1014,), ("2026-02-16",),
        "2026-02-20 09:33", request_subject(1014),
        "Mo. ok, Do. fiel aus (Dienstreise, hatte ich vergessen abzusagen, sorry).\n"
        "Können wir den irgendwann nachholen?\n\nT. Becker",
        client="webde", reply="cr-1014", style="webde", staff=True, extra=("reschedule",),
        note="Thursday 19.02. missed; Monday 16.02. held")  # fmt: skip
    no("hw08_becker_donnerstag_15_minuten.eml", BECKER, ("other",),
       "2026-02-19 19:41", request_subject(1015),
       "Heute ging leider nur ca. 15 Minuten, dann musste ich los zur Kita, mein Sohn war"
       " krank. Die Therapeutin meinte, wir machen das nächstes Mal weiter.\n\nBecker",
       client="gmail", reply="cr-1015", style="gmail", dates=("2026-02-19",),
       note="Thursday cut short: not held in full")  # fmt: skip
    yes("hw09_becker_rosenmontag.eml", BECKER, (1014,), ("2026-02-16",),
        "2026-03-10 21:15", request_subject(1014),
        "Sorry für die späte Antwort, die Mail ist untergegangen.\n\nDer Rosenmontag-Termin hat"
        " stattgefunden, trotz Karneval :)\n\nGruß\nThomas",
        client="thunderbird", reply="cr-1014", style="thunderbird",
        note="answered three weeks later; Rosenmontag is 16.02.")  # fmt: skip
    yes("hw10_becker_english_both.eml", BECKER, (1016, 1017), ("2026-02-23", "2026-02-26"),
        "2026-03-01 11:04", "Sessions this week",
        "Hi,\n\nboth sessions this week took place, Monday and Thursday. All good.\n\nCheers,\n"
        "Tom Becker",
        client="gmail")  # fmt: skip
    yes("hw11_becker_montags_klappt_immer.eml", BECKER, (1016,), ("2026-02-23",),
        "2026-02-27 12:18", request_subject(1016),
        "montags klappt immer, der Donnerstag war diesmal nix, ich lag flach mit Grippe."
        " Nächste Woche Montag bin ich wieder fit.\n\nBeste Grüße\nTh. Becker",
        client="outlook", reply="cr-1016", style="outlook", staff=True,
        extra=("cancellation",), note="Monday 23.02. held, Thursday 26.02. missed (ill)")  # fmt: skip
    yes("hw12_becker_kreuzliste.eml", BECKER, (1016, 1018), ("2026-02-23", "2026-03-02"),
        "2026-03-03 08:44", "Bestätigung meiner Termine",
        "Guten Morgen,\n\nhier wie besprochen:\n\nletzte Woche\n  Mo  ✔\n  Do  ✘ (krank)\n\n"
        "gestern (Mo)  ✔\n\nMit freundlichen Grüßen\nThomas Becker",
        client="outlook", staff=True, extra=("cancellation",),
        note="Thursday 26.02. crossed out")  # fmt: skip
    no("hw13_becker_zaehlt_das.eml", BECKER, ("question",),
       "2026-02-27 08:09", "Frage zu gestern",
       "Hallo,\n\nkurze Frage: zählt der Do. eigentlich als Termin? Ich saß im Zug und hatte"
       " kaum Netz, die Verbindung ist bestimmt fünfmal abgebrochen und wir haben irgendwann"
       " aufgegeben. Ich will nicht, dass da was abgerechnet wird, was nicht war.\n\n"
       "Gruß Thomas Becker",
       client="webde", note="only asks whether Thursday 26.02. counts")  # fmt: skip


def neumann() -> None:
    """Gisela Neumann: Krankengymnastik by phone, Tuesday and Thursday 09:00."""
    yes("hw14_neumann_di_ok_do_fiel_aus.eml", NEUMANN, (1056,), ("2026-07-07",),
        "2026-07-10 10:17", "Termine diese Woche",
        "Sehr geehrte Damen und Herren,\n\nDi. ok, Do. fiel aus. Am Donnerstag hat niemand"
        " angerufen, ich habe bis halb zehn gewartet.\n\nMit freundlichen Grüßen\n"
        "Gisela Neumann",
        client="thunderbird", staff=True, extra=("other",),
        note="Thursday 09.07.: nobody called")  # fmt: skip
    yes("hw15_neumann_vorgestern_und_heute.eml", NEUMANN, (1058, 1059),
        ("2026-07-14", "2026-07-16"), "2026-07-16 11:12", request_subject(1059),
        "Guten Tag,\n\nvorgestern (Dienstag) und heute früh hat Frau Lange angerufen, beides"
        " war gut. Die Übungen mache ich jeden Tag.\n\nFreundliche Grüße\nG. Neumann",
        client="thunderbird", reply="cr-1059", style="thunderbird")  # fmt: skip
    yes("hw16_neumann_pflegerin.eml", NEUMANN, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-07-24 09:03", request_subject(1061),
        "Guten Tag,\n\nich bin Pflegerin von Frau Neumann. Dienstag und Donnerstag Therapie"
        " am Telefon war, Frau Neumann hat gemacht alle Übungen mit Therapeutin.\n\n"
        "Mit freundliche Grüße\nKatarzyna (für Frau Neumann)",
        reply="cr-1061", style="outlook_classic",
        note="live-in carer writes from the registered address")  # fmt: skip
    yes("hw17_neumann_nur_dienstag.eml", NEUMANN, (1060,), ("2026-07-21",),
        "2026-07-23 14:05", request_subject(1061),
        "Nur Dienstag. Heute ging es mir nicht gut und ich bin nicht ans Telefon gegangen,"
        " bitte entschuldigen Sie.\n\nGisela Neumann",
        client="thunderbird", reply="cr-1061", style="thunderbird", staff=True,
        extra=("cancellation",), note="Thursday 23.07. missed; written the same day")  # fmt: skip
    no("hw18_neumann_donnerstag_passt.eml", NEUMANN, ("other",),
       "2026-07-22 09:44", reminder_subject(1061),
       "Ja, Donnerstag passt mir. Bitte wieder auf dem Festnetz anrufen, das Handy höre ich"
       " oft nicht.\n\nG. Neumann",
       reply="rem-1061", style="thunderbird", note="Thursday 23.07. is still to come")  # fmt: skip
    yes("hw19_neumann_zwei_wochen_liste.eml", NEUMANN, (1060, 1062), ("2026-07-21", "2026-07-28"),
        "2026-07-30 16:20", "Bestätigung Krankengymnastik",
        "Sehr geehrte Damen und Herren,\n\nich soll ja die Termine bestätigen:\n\n"
        "diese Woche\nDienstag  ja\n\nletzte Woche\nDienstag  ja\nDonnerstag  nein, war beim"
        " Augenarzt\n\nMit freundlichen Grüßen\nGisela Neumann",
        staff=True, extra=("cancellation",), note="Thursday 23.07. not held")  # fmt: skip
    yes("hw20_neumann_dienstag_15_minuten.eml", NEUMANN, (1059,), ("2026-07-14", "2026-07-16"),
        "2026-07-16 15:02", request_subject(1059),
        "Guten Tag,\n\nder vom Dienstag ging nur 15 Minuten, dann war mein Telefon leer und ich"
        " habe das Ladekabel nicht gefunden. Heute (Donnerstag) war normal.\n\n"
        "Freundliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1059", style="thunderbird", staff=True,
        extra=("technical",), note="Tuesday 14.07. cut short; Thursday 16.07. held")  # fmt: skip
    yes("hw21_neumann_eine_woche_spaeter.eml", NEUMANN, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-14 18:36", request_subject(1056),
        "Entschuldigung für die späte Antwort, ich war bei meiner Tochter.\n\nDer Dienstag"
        " letzte Woche hat stattgefunden, der Donnerstag auch.\n\nG. Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird",
        note="a week later, on the next Tuesday: 'letzte Woche' is 07.07./09.07.")  # fmt: skip
    yes("hw22_neumann_gestern_letzte.eml", NEUMANN, (1062,), ("2026-07-28",),
        "2026-07-29 08:02", request_subject(1062),
        "Liebes Praxisteam,\n\ngestern am Dienstag war ja die letzte Behandlung. Alles gut"
        " gelaufen, mein Knie ist viel besser. Vielen Dank für alles!\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1062", style="thunderbird", extra=("thanks",))  # fmt: skip
    no("hw23_neumann_noch_ein_donnerstag.eml", NEUMANN, ("question",),
       "2026-07-27 17:25", "Termine",
       "Guten Tag,\n\nmorgen (Dienstag) ist ja der letzte Termin? Oder kommt noch ein"
       " Donnerstag? Auf meinem Zettel steht nichts mehr.\n\nMfG G. Neumann",
       note="asks about future sessions only")  # fmt: skip
    yes("hw24_neumann_carer_english.eml", NEUMANN, (1058,), ("2026-07-14",),
        "2026-07-17 13:30", "Mrs Neumann sessions",
        "Hello,\n\nI am the carer of Mrs Neumann. Tuesday's session was fine, she missed"
        " Thursday because she was at the hospital for a check. Can you call her next week"
        " as normal?\n\nKind regards\nMaria",
        staff=True, extra=("cancellation",),
        note="carer from the registered address; Thursday 16.07. missed")  # fmt: skip


def koch() -> None:
    """Renate Koch: Krankengymnastik by phone, Monday and Wednesday 15:00."""
    yes("hw25_koch_heute_und_montag.eml", KOCH, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-25 16:52", request_subject(1110),
        "Heute und Montag, beide Termine haben stattgefunden.\n\nMfG R. Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    yes("hw26_koch_vorgestern.eml", KOCH, (1109,), ("2026-03-23",),
        "2026-03-25 08:14", request_subject(1109),
        "Vorgestern war gut, danke! Bis heute Nachmittag\n\nRenate Koch\n\nVon meinem iPad"
        " gesendet",
        client="iphone", reply="cr-1109", style="iphone",
        note="written Wednesday morning: 'vorgestern' is Monday 23.03.; today's session is"
        " still to come")  # fmt: skip
    yes("hw27_koch_mittwoch_viertelstunde.eml", KOCH, (1111,), ("2026-03-30", "2026-04-01"),
        "2026-04-02 10:40", "Therapie diese Woche",
        "Guten Tag,\n\nMontag war normal. Mittwoch nur eine Viertelstunde, dann ist die"
        " Leitung abgebrochen und es kam kein Anruf mehr.\n\nMit freundlichem Gruß\n"
        "Renate Koch",
        client="tonline", staff=True, extra=("technical",),
        note="Wednesday 01.04. cut short")  # fmt: skip
    yes("hw28_koch_ostermontag.eml", KOCH, (1113,), ("2026-04-06", "2026-04-08"),
        "2026-04-09 11:27", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nMontag und Mittwoch diese Woche hatte ich"
        " Therapie, beide Male pünktlich angerufen worden.\n\nMit freundlichem Gruß\n"
        "Renate Koch",
        client="tonline", staff=True,
        note="Monday 06.04. (Easter Monday) has no appointment; Wednesday 08.04. does")  # fmt: skip
    yes("hw29_koch_mi_schon_bestaetigt.eml", KOCH, (1114,), ("2026-04-13", "2026-04-15"),
        "2026-04-16 09:05", "Termine Mo. und Mi.",
        "Hallo,\n\nMo. und Mi. waren beide.\n\nGruß Renate Koch",
        client="tonline", note="Wednesday 15.04. was confirmed already")  # fmt: skip
    yes("hw30_koch_montage_alle.eml", KOCH, (), (),
        "2026-04-20 19:48", "Ihre Bestätigungsmails",
        "Guten Abend,\n\nich soll ja noch die Termine bestätigen, ich bin da etwas"
        " durcheinandergekommen. Die Montage waren alle, die Mittwoche bis auf einen auch,"
        " aber ich weiß nicht mehr, welcher das war. Vielleicht können Sie das bei sich"
        " nachsehen?\n\nMit freundlichen Grüßen\nRenate Koch",
        client="outlook", staff=True, extra=("question",),
        note="which Mondays and Wednesdays is unclear")  # fmt: skip
    yes("hw31_koch_heute_niemand.eml", KOCH, (1111,), ("2026-03-30",),
        "2026-04-01 17:03", request_subject(1112),
        "Heute hat niemand angerufen. Montag war ja noch alles gut.\n\nR. Koch",
        client="tonline", reply="cr-1112", style="tonline", staff=True, extra=("other",),
        note="answers the request for Wednesday 01.04. with no; Monday 30.03. held")  # fmt: skip
    no("hw32_koch_zahnarzt.eml", KOCH, ("cancellation",),
       "2026-04-09 09:02", request_subject(1113),
       "Am Mittwoch war ich leider beim Zahnarzt und hab's ganz vergessen. Tut mir leid!\n\n"
       "Renate Koch",
       client="tonline", reply="cr-1113", style="tonline",
       note="Wednesday 08.04. missed; answered the next morning")  # fmt: skip
    no("hw33_koch_anruf_unterdrueckt.eml", KOCH, ("question",),
       "2026-03-24 10:15", "Anruf gestern",
       "Guten Tag,\n\ngestern, Montag, hatte ich um kurz nach drei einen Anruf mit"
       " unterdrückter Nummer, bin aber nicht rangegangen, weil ich dachte, das ist wieder so"
       " ein Werbeanruf. War das Ihre Therapeutin? Dann tut es mir leid.\n\n"
       "Mit freundlichen Grüßen\nRenate Koch",
       client="tonline", note="Monday 23.03. missed; asks")  # fmt: skip
    yes("hw34_koch_learner_german.eml", KOCH, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 09:12", "Therapie",
        "Guten Tag\n\nMontag, Mittwoch beide gemacht mit Therapeutin, gut. Nächste Montag ich"
        " kann nicht, muss zu Arzt.\n\nMit freundliche Grüße\nRenate Koch",
        client="tonline", staff=True, extra=("cancellation",),
        note="learner's German; wants to skip next Monday (06.04., no appointment anyway)")  # fmt: skip


def hoffmann() -> None:
    """Peter Hoffmann: video, mostly Mondays 07:30, two sessions on 18.05., Tuesday 26.05."""
    yes("hw35_hoffmann_both_today.eml", HOFFMANN, (1042, 1043), ("2026-05-18",),
        "2026-05-18 19:02", request_subject(1043, "RE"),
        "Hello,\n\nboth of today's sessions took place: the early one on the equipment and"
        " the manual therapy at lunchtime.\n\nBest regards\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook_en",
        note="two appointments that Monday, both named")  # fmt: skip
    yes("hw36_hoffmann_dienstag_statt_pfingstmontag.eml", HOFFMANN, (1044,), ("2026-05-26",),
        "2026-05-26 10:06", request_subject(1044),
        "Heute (Dienstag statt Pfingstmontag) hat geklappt, danke.\n\nP. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip
    yes("hw37_hoffmann_montag_frueh_nur.eml", HOFFMANN, (1042,), ("2026-05-18",),
        "2026-05-19 07:12", "Termine gestern",
        "Guten Morgen,\n\nMontag früh am Gerät war ok. Mittags bin ich nicht in die"
        " Videositzung reingekommen, der Code wurde nicht angenommen. Das müsste man bitte"
        " nachholen.\n\nGruß\nPeter Hoffmann",
        client="outlook", staff=True, extra=("technical",),
        note="the KGG at 07:30 held, the MT at 12:30 not")  # fmt: skip
    yes("hw38_hoffmann_gestern_und_montag_davor.eml", HOFFMANN, (1041, 1040),
        ("2026-05-11", "2026-05-04"), "2026-05-12 06:58", request_subject(1041),
        "gestern und Montag davor, beide gemacht.\nHoffmann",
        client="outlook", reply="cr-1041", style="outlook")  # fmt: skip
    no("hw39_hoffmann_next_monday.eml", HOFFMANN, ("question",),
       "2026-05-19 20:30", "Next Monday",
       "Hi,\n\nnext Monday is Whit Monday - is the session still on, or is it moved? I could"
       " do Tuesday at the same time.\n\nPeter",
       client="outlook", note="asks about a Monday still to come")  # fmt: skip
    no("hw40_hoffmann_cut_short.eml", HOFFMANN, ("technical",),
       "2026-06-01 09:34", request_subject(1045),
       "This morning's session was cut short after about 10 minutes, our internet went"
       " down in the whole street. Can we make up the rest?\n\nPeter Hoffmann",
       client="outlook", reply="cr-1045", style="outlook_en", dates=("2026-06-01",),
       note="Monday 01.06. cut short")  # fmt: skip


def main() -> None:
    load_practice()
    becker()
    neumann()
    koch()
    hoffmann()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
