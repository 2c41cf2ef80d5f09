"""Blind set HZ: patients treated twice a week who answer for several days at once.

Thomas Becker (phone, Monday and Thursday evenings in February), Gisela Neumann (phone,
Tuesday and Thursday mornings in July) and Renate Koch (phone, Monday and Wednesday
afternoons around Easter, Easter Monday without a session) answer our confirmation
requests, or write new mails, mixing weekday names, dates and relative words ("gestern",
"letzten Montag ja, diesen nein", "die Woche danach"), on the same day or up to three
weeks late, in German, English and a carer's learners' German. 30 mails mean to confirm,
10 only look like it (a weekday still to come, a session cut short, missed or only asked
about).

Labels are strict: `confirmed` holds only the patient's own scheduled, unconfirmed
sessions that the mail plainly says were held in full and whose day is clear from the
mail's date and words; a missed, cancelled, cut short, moved, future or unclear day is
not confirmed, and such a mail needs staff. `dates` are the days the mail says a session
took place (also partly).

Written without reading rules/, the canonical table or the earlier blind sets' mails.

    .venv/bin/python -m tools.corpus.blind_hz
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

HERE = data_dir("blind_hz")

BECKER = 2  # Mon + Thu 17:30, 1010 (02.02.) ... 1018 (02.03.)
NEUMANN = 9  # Tue + Thu 09:00, 1056 (07.07.) ... 1062 (28.07.)
KOCH = 18  # Mon + Wed 15:00, 1109 (23.03.) ... 1114 (13.04.); 1115 already confirmed


def becker() -> None:
    yes("hz01_becker_montag_und_gestern.eml", BECKER, (1010, 1011),
        ("2026-02-02", "2026-02-05"), "2026-02-06 08:12", request_subject(1011),
        "Guten Morgen,\n\n"
        "der Termin am Montag (2.2.) und der gestern Abend haben beide stattgefunden.\n\n"
        "Gruß\nThomas Becker",
        client="webde", reply="cr-1011", style="webde")  # fmt: skip
    yes("hz02_becker_last_week_and_yesterday_en.eml", BECKER, (1010, 1011, 1012),
        ("2026-02-02", "2026-02-05", "2026-02-09"), "2026-02-10 21:47",
        request_subject(1012, "Re"),
        "Hi,\n\n"
        "sorry, I'm a bit behind with my emails. Both sessions last week (Mon and Thu) took\n"
        "place, and yesterday's as well.\n\n"
        "Best,\nThomas",
        client="thunderbird", reply="cr-1012", style="thunderbird")  # fmt: skip
    yes("hz03_becker_diese_woche_beide.eml", BECKER, (1012, 1013),
        ("2026-02-09", "2026-02-12"), "2026-02-13 07:40", "Termine diese Woche",
        "Hallo,\n\n"
        "kurz zu dieser Woche: Mo 9.2. ja, Do 12.2. ja - beide Telefonate wie geplant.\n\n"
        "VG\nThomas Becker")  # fmt: skip
    yes("hz04_becker_thursday_took_place_en.eml", BECKER, (1013,), ("2026-02-12",),
        "2026-02-16 08:05", request_subject(1013, "RE"),
        "Yes, Thursday's session took place. Sorry for the delay!\n\n"
        "Thomas Becker",
        client="outlook", reply="cr-1013", style="outlook_en")  # fmt: skip
    yes("hz05_becker_letzte_woche_unklar.eml", BECKER, (), (), "2026-02-17 12:30",
        "Bestätigung",
        "Hallo,\n\nhiermit bestätige ich den Termin von letzter Woche.\n\nMfG\nBecker",
        client="webde", staff=True,
        note="last week had two sessions (9th and 12th): which one is meant is unclear")  # fmt: skip
    yes("hz06_becker_letzten_montag_ja_diesen_nein.eml", BECKER, (1012,), ("2026-02-09",),
        "2026-02-18 19:20", request_subject(1014),
        "Hallo,\n\n"
        "letzten Montag ja, diesen nein - da saß ich noch im Büro und hab den Anruf nicht\n"
        "mitbekommen. Sorry!\n\n"
        "Thomas Becker",
        client="webde", reply="cr-1014", style="webde", staff=True,
        note="'diesen' Monday is the 16th asked about (missed), 'letzten' the 9th")  # fmt: skip
    yes("hz07_becker_monday_yes_thursday_cancelled_en.eml", BECKER, (1014,),
        ("2026-02-16",), "2026-02-20 09:15", request_subject(1014, "RE"),
        "Hello,\n\n"
        "yes for Monday, Thursday I had to cancel (I rang on Thursday morning and left a\n"
        "message on your answering machine).\n\n"
        "Kind regards\nThomas Becker",
        client="outlook", reply="cr-1014", style="outlook_en", staff=True,
        extra=("cancellation",), note="Thursday 19th cancelled by phone: staff checks")  # fmt: skip
    yes("hz08_becker_haken_do_mo.eml", BECKER, (1015, 1016), ("2026-02-19", "2026-02-23"),
        "2026-02-24 07:02", request_subject(1016),
        "Do 19. \u2714\nMo 23. \u2714\n\nGruß TB",
        client="samsung", reply="cr-1016", style="samsung")  # fmt: skip
    yes("hz09_becker_mo_und_gestern.eml", BECKER, (1016, 1017),
        ("2026-02-23", "2026-02-26"), "2026-02-27 12:10", request_subject(1017),
        "Mo 23. ja und gestern auch.\nT. Becker",
        client="iphone", reply="cr-1017", style="iphone", bottom=True)  # fmt: skip
    yes("hz10_becker_donnerstag_ja_gestern_abgebrochen.eml", BECKER, (1017,),
        ("2026-02-26", "2026-03-02"), "2026-03-03 08:00", request_subject(1018),
        "Guten Morgen,\n\n"
        "der Donnerstag (26.) fand ganz normal statt. Gestern mussten wir nach der Hälfte\n"
        "abbrechen, mein Chef hat dazwischengefunkt. Den können Sie so wahrscheinlich nicht\n"
        "abrechnen, oder?\n\n"
        "Gruß Becker",
        client="webde", reply="cr-1018", style="webde", staff=True, extra=("question",),
        note="2 March cut short halfway: not confirmed")  # fmt: skip
    yes("hz11_becker_liste_februar.eml", BECKER,
        (1010, 1011, 1012, 1013, 1014, 1016, 1017, 1018),
        ("2026-02-02", "2026-02-05", "2026-02-09", "2026-02-12", "2026-02-16",
         "2026-02-23", "2026-02-26", "2026-03-02"),
        "2026-03-03 20:15", "Bestätigung meiner Termine Februar",
        "Hallo Praxis-Team,\n\n"
        "hier wie gewünscht meine Termine im Februar:\n\n"
        "02.02. ok\n05.02. ok\n09.02. ok\n12.02. ok\n16.02. ok\n"
        "19.02. nein (abgesagt)\n23.02. ok\n26.02. ok\n\n"
        "Und gestern, 02.03., auch ok.\n\n"
        "Gruß\nThomas Becker",
        client="thunderbird", staff=True, note="19.02. not held")  # fmt: skip
    yes("hz12_becker_drei_wochen_spaeter.eml", BECKER, (1012, 1013),
        ("2026-02-09", "2026-02-12"), "2026-03-04 10:30", request_subject(1013),
        "Sehr geehrte Damen und Herren,\n\n"
        "entschuldigen Sie bitte die späte Rückmeldung. Die Behandlung am Donnerstag, dem\n"
        "12. Februar hat stattgefunden, ebenso die am Montag davor.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker",
        client="webde", reply="cr-1013", style="webde")  # fmt: skip
    yes("hz13_becker_today_en.eml", BECKER, (1018,), ("2026-03-02",), "2026-03-02 19:05",
        request_subject(1018, "Re"),
        "Confirmed, today's session (Monday 2 March) took place. Thanks!\n\nThomas",
        client="thunderbird", reply="cr-1018", style="thunderbird", bottom=True)  # fmt: skip
    no("hz14_becker_heute_abend_und_donnerstag.eml", BECKER, ("other",), "2026-02-02 10:14",
       reminder_subject(1010),
       "Hallo,\n\n"
       "heute Abend um 17:30 passt, ich bin auf dem Handy erreichbar. Donnerstag ebenfalls\n"
       "wie geplant.\n\n"
       "Gruß Thomas Becker",
       client="webde", reply="rem-1010", style="webde", staff=False,
       note="both days still to come")  # fmt: skip
    no("hz15_becker_frage_zwoelfter.eml", BECKER, ("question",), "2026-02-18 08:30",
       "Frage zu Termin 12.02.",
       "Guten Tag,\n\n"
       "ich bin mir nicht mehr sicher: Hat der Termin am Donnerstag, 12.02. eigentlich\n"
       "stattgefunden? Ich meine, die Therapeutin hatte an dem Tag abgesagt, finde aber\n"
       "nichts mehr dazu. Können Sie kurz nachsehen?\n\n"
       "Danke\nThomas Becker",
       note="only asks whether the 12th took place")  # fmt: skip
    no("hz16_becker_cant_make_tonight_en.eml", BECKER, ("cancellation",), "2026-02-19 08:02",
       "Tonight's call",
       "Hi,\n\n"
       "I can't make tonight's call (Thursday), I'm on a business trip until tomorrow.\n"
       "Monday as usual.\n\n"
       "Thomas",
       client="outlook")  # fmt: skip
    no("hz17_becker_donnerstag_verschieben.eml", BECKER, ("reschedule",), "2026-02-24 13:45",
       "Termin Donnerstag",
       "Hallo, Donnerstag (26.) kann ich leider nicht, ginge stattdessen Freitag zur\n"
       "gleichen Zeit?\n\nGruß T. Becker\n\nVon meinem iPhone gesendet",
       client="iphone")  # fmt: skip


def neumann() -> None:
    yes("hz18_neumann_dienstag_und_heute.eml", NEUMANN, (1056, 1057),
        ("2026-07-07", "2026-07-09"), "2026-07-09 11:20", request_subject(1057),
        "Sehr geehrte Damen und Herren,\n\n"
        "die Behandlung am Dienstag (7.7.) und die heute (9.7.) haben stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        reply="cr-1057", style="thunderbird")  # fmt: skip
    no("hz19_neumann_niemand_angerufen.eml", NEUMANN, ("question",), "2026-07-10 09:05",
       request_subject(1057),
       "Guten Tag,\n\n"
       "Sie bitten mich, die Behandlung von gestern zu bestätigen. Es hat aber niemand\n"
       "angerufen, ich habe bis halb zehn neben dem Telefon gesessen. Ist der Termin\n"
       "ausgefallen?\n\n"
       "Mit freundlichen Grüßen\nGisela Neumann",
       reply="cr-1057", style="thunderbird", note="Thursday 9th did not take place")  # fmt: skip
    yes("hz20_neumann_dienstag_ja_donnerstag_verschwitzt.eml", NEUMANN, (1058,),
        ("2026-07-14",), "2026-07-17 10:05", request_subject(1059),
        "Dienstag (14.) ja, Donnerstag hab ich verschwitzt, tut mir leid. War beim Bäcker\n"
        "als angerufen wurde.\n\n"
        "Gisela Neumann\n\nVon meinem iPad gesendet",
        client="iphone", reply="cr-1059", style="iphone", staff=True,
        note="Thursday 16th missed")  # fmt: skip
    yes("hz21_neumann_di_do_diese_woche.eml", NEUMANN, (1058, 1059),
        ("2026-07-14", "2026-07-16"), "2026-07-16 15:00", "Bestätigung Di + Do",
        "Guten Tag,\nDi und Do diese Woche: beide ok.\nG. Neumann")  # fmt: skip
    no("hz22_neumann_verbindung_abgebrochen.eml", NEUMANN, ("technical",), "2026-07-16 12:00",
       request_subject(1059),
       "Guten Tag,\n\n"
       "heute hat die Therapeutin pünktlich angerufen, aber nach ungefähr zehn Minuten war\n"
       "die Leitung tot und sie ist nicht mehr durchgekommen. Ich habe danach noch eine\n"
       "halbe Stunde gewartet. Wie machen wir das jetzt?\n\n"
       "Mit freundlichen Grüßen\nGisela Neumann",
       reply="cr-1059", style="thunderbird", dates=("2026-07-16",),
       note="cut short after ten minutes")  # fmt: skip
    yes("hz23_neumann_beide_termine_letzte_woche.eml", NEUMANN, (1060, 1061),
        ("2026-07-21", "2026-07-23"), "2026-07-27 09:30", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\n"
        "beide Termine der letzten Woche habe ich wahrgenommen.\n\n"
        "Freundliche Grüße\nGisela Neumann",
        client="thunderbird")  # fmt: skip
    yes("hz24_neumann_vorgestern_und_heute.eml", NEUMANN, (1060, 1061),
        ("2026-07-21", "2026-07-23"), "2026-07-23 10:50", request_subject(1061),
        "vorgestern und heute, beides hat stattgefunden\n\nGruß Gisela",
        client="samsung", reply="cr-1061", style="samsung")  # fmt: skip
    yes("hz25_neumann_dienstag_und_am_23.eml", NEUMANN, (1061, 1062),
        ("2026-07-23", "2026-07-28"), "2026-07-30 09:00", request_subject(1062),
        "Guten Morgen,\n\ndie am Dienstag und am 23. waren beide.\n\nG. Neumann",
        client="iphone", reply="cr-1062", style="iphone", bottom=True,
        note="Dienstag = the 28th asked about, Thursday the 23rd")  # fmt: skip
    yes("hz26_neumann_dienstag_gepasst_donnerstag_verschoben.eml", NEUMANN, (1060,),
        ("2026-07-21",), "2026-07-24 10:00", request_subject(1060),
        "Hallo,\n\n"
        "Dienstag hat gepasst, Donnerstag wurde verschoben - die Therapeutin hat mich am\n"
        "Mittwoch angerufen, wir holen das nächste Woche nach. Wollte nur Bescheid sagen,\n"
        "falls das bei Ihnen noch nicht eingetragen ist.\n\n"
        "G. Neumann",
        reply="cr-1060", style="thunderbird", staff=True, extra=("reschedule",),
        note="Thursday 23rd moved")  # fmt: skip
    yes("hz27_neumann_heute_ja.eml", NEUMANN, (1062,), ("2026-07-28",), "2026-07-28 14:00",
        request_subject(1062),
        "Heute ja.\nGruß G. Neumann\n\nVon meinem iPad gesendet",
        client="iphone", reply="cr-1062", style="iphone", bottom=True)  # fmt: skip
    yes("hz28_neumann_liste_juli.eml", NEUMANN, (1056, 1057, 1058, 1060, 1061, 1062),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-21", "2026-07-23", "2026-07-28"),
        "2026-07-29 18:30", "Meine Termine im Juli",
        "Guten Abend,\n\n"
        "meine Tochter sagt, ich soll Ihnen die Termine einmal alle zusammen schreiben:\n\n"
        "Di 7.7.   ok\nDo 9.7.   ok\nDi 14.7.  ok\nDo 16.7.  nein, Telefon war gestört\n"
        "Di 21.7.  ok\nDo 23.7.  ok\nDi 28.7.  ok\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", staff=True, note="16.7. not held")  # fmt: skip
    no("hz29_neumann_findet_donnerstag_statt.eml", NEUMANN, ("question",), "2026-07-22 16:00",
       "Termin morgen?",
       "Guten Tag,\n\n"
       "findet der Termin morgen (Donnerstag) statt? Ich habe dieses Mal keine Erinnerung\n"
       "bekommen und möchte nicht umsonst warten.\n\n"
       "Mit freundlichen Grüßen\nGisela Neumann",
       note="asks about a day still to come")  # fmt: skip


def koch() -> None:
    yes("hz30_koch_heute_und_montag.eml", KOCH, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-25 16:40", request_subject(1110),
        "Hallo,\n\nja, heute hat stattgefunden, und am Montag auch.\n\nRenate Koch",
        client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    no("hz31_koch_gestern_nicht_zuhause.eml", KOCH, ("question",), "2026-03-31 09:00",
       request_subject(1111),
       "Guten Morgen,\n\n"
       "leider war ich gestern nicht rechtzeitig zu Hause, das Telefon hat geklingelt, als\n"
       "ich gerade zur Tür rein kam, und dann war niemand mehr dran. Muss ich den Termin\n"
       "jetzt bezahlen?\n\n"
       "Mit freundlichen Grüßen\nRenate Koch",
       client="tonline", reply="cr-1111", style="tonline", note="Monday 30th missed")  # fmt: skip
    yes("hz32_koch_mo_super_mi_akku.eml", KOCH, (1111,), ("2026-03-30", "2026-04-01"),
        "2026-04-01 19:00", request_subject(1112),
        "Mo war super, Mi nur 20 min wegen Akku, das Telefon ging einfach aus. Sorry!\n"
        "R. Koch",
        client="iphone", reply="cr-1112", style="iphone", staff=True,
        note="Wednesday 1st cut short to 20 minutes")  # fmt: skip
    yes("hz33_koch_mittwoch_und_montag_davor.eml", KOCH, (1111, 1112),
        ("2026-03-30", "2026-04-01"), "2026-04-02 09:30", request_subject(1112),
        "Guten Morgen,\n\nMittwoch (1.4.) ja. Montag davor auch.\n\n"
        "Schöne Ostern!\nRenate Koch",
        client="tonline", reply="cr-1112", style="tonline")  # fmt: skip
    no("hz34_koch_ostermontag_frage.eml", KOCH, ("question",), "2026-04-02 11:15",
       "Ostermontag",
       "Hallo,\n\n"
       "ist am Ostermontag (6.4.) Behandlung oder fällt die aus? Und der Mittwoch danach\n"
       "ist wie immer um 15 Uhr, oder?\n\n"
       "Gruß Renate Koch",
       client="tonline", note="only asks about days still to come")  # fmt: skip
    yes("hz35_koch_pflegerin_montag_ja_mittwoch_nicht.eml", KOCH, (1111,), ("2026-03-30",),
        "2026-04-03 11:00", "Termine Frau Koch",
        "Guten Tag,\n\n"
        "ich bin Marta, Pflegerin von Frau Koch. Montag 30. März Frau Koch hatte Termin\n"
        "mit Telefon, ja, war gut. Mittwoch 1. April nicht, sie war in Krankenhaus für\n"
        "Untersuchung, niemand hat Telefon genommen. Entschuldigung.\n\n"
        "Viele Grüße\nMarta Wiśniewska\n(für Frau Renate Koch)",
        staff=True, note="the carer writes from the patient's address; 1 April missed")  # fmt: skip
    yes("hz36_koch_ostermontag_frei_mittwoch_ja.eml", KOCH, (1113,), ("2026-04-08",),
        "2026-04-09 10:00", request_subject(1113),
        "Hallo,\n\n"
        "Ostermontag war ja frei, am Mittwoch (8.4.) hat die Behandlung stattgefunden.\n\n"
        "Gruß Renate Koch",
        client="tonline", reply="cr-1113", style="tonline",
        note="Easter Monday had no appointment")  # fmt: skip
    no("hz37_koch_abgebrochen_schwindel.eml", KOCH, ("other",), "2026-04-13 18:30",
       request_subject(1114),
       "Guten Abend,\n\n"
       "heute haben wir nach etwa zehn Minuten aufgehört, mir war schwindelig. Die\n"
       "Therapeutin meinte, ich soll mich erst beim Hausarzt melden. Bitte vermerken Sie\n"
       "das entsprechend.\n\n"
       "Renate Koch\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1114", style="iphone", dates=("2026-04-13",),
       note="cut short after ten minutes")  # fmt: skip
    yes("hz38_koch_spam_drei_wochen.eml", KOCH, (1109, 1110, 1111, 1112),
        ("2026-03-23", "2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-14 20:00",
        request_subject(1109),
        "Sehr geehrte Damen und Herren,\n\n"
        "Ihre Mail ist leider im Spam-Ordner gelandet, deshalb erst jetzt: Die Behandlung\n"
        "am 23.3. (Montag) und die am Mittwoch darauf haben beide stattgefunden, in der\n"
        "Woche danach ebenfalls Montag und Mittwoch.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("hz39_koch_pflegerin_gestern_und_mittwoch.eml", KOCH, (1113, 1114),
        ("2026-04-08", "2026-04-13"), "2026-04-14 17:30", request_subject(1114),
        "Guten Tag, hier schreibt Pflegerin von Frau Koch. Frau Koch hat gestern Termin\n"
        "gemacht mit Telefon, alles gut, 30 Minute. Auch Mittwoch letzte Woche war Termin,\n"
        "auch gut.\nViele Grüße Marta (für Frau Koch)",
        client="samsung", reply="cr-1114", style="samsung",
        note="the carer writes from the patient's address")  # fmt: skip
    yes("hz40_koch_montag_ja_heute_wieder.eml", KOCH, (1114,), ("2026-04-13",),
        "2026-04-15 08:00", request_subject(1114),
        "Guten Morgen,\n\n"
        "Montag ja, hat stattgefunden. Heute Nachmittag bin ich wieder pünktlich am\n"
        "Telefon.\n\n"
        "Renate Koch",
        client="tonline", reply="cr-1114", style="tonline",
        note="today's session (15th) is still to come")  # fmt: skip


def main() -> None:
    load_practice()
    becker()
    neumann()
    koch()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
