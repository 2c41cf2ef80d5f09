"""Write blind set DV: hard look-alikes, written as real patients write them. 44 mails: 10
plain confirmations, 4 that confirm one session and say another did not take place (or is
still to come), and 30 that a hasty reader could take for a confirmation but a careful
employee would not record: a session still to come 'bestätigt', a thank-you for a cancelled
session, a confirmation for a family member or partner who is also a patient, a visit to the
doctor or another practice, a quoted or forwarded old confirmation, 'hat leider nicht
stattgefunden' in its many forms, a session broken off, a yes that answers something else,
a day without an appointment or a cancelled day.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dv`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_dv")


def plain() -> None:
    """Ten ordinary confirmations between the look-alikes."""
    yes("dv01_krueger_ja.eml", 1, (1003,), (), "2026-01-27 12:05", re(1003),
        "Ja, hat stattgefunden.\nDanke und liebe Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026")  # fmt: skip
    yes("dv02_becker_montag.eml", 2, (1012,), ("2026-02-09",), "2026-02-10 08:15", re(1012),
        "Moin,\nTermin am Mo 9.2. hat stattgefunden.\nGruß T. Becker",
        client="webde", reply="cr-1012", style="webde")  # fmt: skip
    yes("dv03_wolff_neue_mail.eml", 4, (1030,), ("2026-01-30",), "2026-01-30 17:40",
        "Behandlung 30.01.2026",
        "Sehr geehrte Damen und Herren,\n\nhiermit teile ich Ihnen mit, dass die telefonische"
        " Behandlung am Freitag, den 30.01.2026 stattgefunden hat.\n\nMit freundlichem Gruß\n"
        "Hans-Jürgen Wolff", client="tonline")  # fmt: skip
    yes("dv04_carter_english.eml", 11, (1071,), ("2026-08-17",), "2026-08-17 15:20",
        re(1071, "Re"),
        "Hi,\n\nyes - confirming that my session on 17 August took place. Thanks a lot!\n\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    yes("dv05_neumann_drei_tage.eml", 9, (1056, 1057, 1058),
        ("2026-07-07", "2026-07-09", "2026-07-14"), "2026-07-15 10:00", "Bestätigung",
        "Hallo liebes Praxisteam,\n\nhiermit bestätige ich meine Behandlungen am 7.7., 9.7."
        " und 14.7.2026, alle drei haben stattgefunden.\n\nViele Grüße\nGisela Neumann",
        note="three days at once in a new mail")  # fmt: skip
    yes("dv06_aydin_kurz.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 14:30", re(1131),
        "ja termin 26.02 war, alles gut danke\n\nGesendet von meinem Samsung Galaxy Smartphone.",
        client="samsung", reply="cr-1131", style="samsung")  # fmt: skip
    yes("dv07_lehmann_unten.eml", 14, (1088,), ("2026-09-15",), "2026-09-16 09:00", re(1088),
        "Hiermit bestätige ich den Termin vom 15.09.2026.\n\nBeste Grüße,\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird", bottom=True)  # fmt: skip
    yes("dv08_berger_spaet.eml", 24, (1143,), ("2026-05-13",), "2026-06-05 11:00", re(1143),
        "Guten Tag,\n\nentschuldigen Sie bitte die späte Antwort, die Mail war im Spam gelandet."
        " Die Behandlung am 13. Mai hat stattgefunden.\n\nFreundliche Grüße\nUrsula Berger",
        client="outlook", reply="cr-1143", style="outlook",
        note="three weeks late, still a plain confirmation")  # fmt: skip
    yes("dv09_nowak_knapp.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:30", re(1117),
        "Bestätigt: 13.11. hat stattgefunden.\n\nDavid\n\nVon meinem iPhone gesendet",
        client="apple", reply="cr-1117", style="iphone")  # fmt: skip
    yes("dv10_schaefer_buero.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 08:05", re(1100),
        "Sehr geehrte Damen und Herren,\n\ndie Videobehandlung am 21.10. fand statt.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 030 8877 1200",
        client="outlook", reply="cr-1100", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip


def partly() -> None:
    """One session confirmed, another not taken place or still to come."""
    yes("dv11_krueger_abgebrochen.eml", 1, (1004,), ("2026-02-03",), "2026-02-11 09:00",
        re(1005),
        "Hallo,\n\nzu den letzten beiden Terminen: der 3.2. hat ganz normal stattgefunden. Am 10.2."
        " ist nach ein paar Minuten das Bild eingefroren und wir haben dann abgebrochen, den kann"
        " ich so nicht bestätigen. Sollen wir den nachholen?\n\nLG Sabine Krüger",
        client="webde", reply="cr-1005", style="webde", staff=True, extra=("question",),
        note="03.02 confirmed; 10.02 broken off after minutes, not confirmed")  # fmt: skip
    yes("dv12_hoffmann_zwei_am_tag.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 16:00",
        re(1042),
        "Hallo,\n\ndas Gerätetraining heute früh hat stattgefunden. Die Manuelle Therapie um"
        " 12:30 musste ich leider sausen lassen, ich saß noch beim Arzt im Wartezimmer und hab"
        " es nicht mehr geschafft abzusagen. Sorry!\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1042", style="outlook", staff=True,
        note="KGG of 18.05 took place, MT the same day did not")  # fmt: skip
    yes("dv13_wagner_vorab.eml", 21, (1128,), (), "2026-02-09 11:20", re(1128),
        "Ja, bestätige!\nDen 16. können Sie gleich mit eintragen, da bin ich auf jeden Fall"
        " dabei 😊\n\nLG Sophie",
        client="webde", reply="cr-1128", style="webde", staff=True,
        note="yes under the request for 09.02; 16.02 is still to come and cannot be confirmed")  # fmt: skip
    yes("dv14_becker_sammel.eml", 2, (1014, 1015), ("2026-02-16", "2026-02-19"),
        "2026-02-24 08:00", "Termine letzte Woche",
        "Hallo,\n\nSammelbestätigung von mir: 16.02. und 19.02. haben stattgefunden.\nAm 23.02."
        " war ich nicht erreichbar (Handy lag im Auto), sorry - bitte kurz Bescheid geben, ob"
        " das berechnet wird.\n\nGruß\nThomas Becker",
        client="webde", staff=True, extra=("question",),
        note="16.02 and 19.02 confirmed; 23.02 missed, with a question")  # fmt: skip


def still_to_come() -> None:
    """A session not yet held, 'bestätigt' in advance."""
    no("dv15_demir_morgen.eml", 3, ("other",), "2026-04-07 09:30", reminder_subject(1024),
       "Ja ich bestätige den Termin morgen um 8:30, bin dabei 👍",
       client="gmail", reply="rem-1024", style="gmail", staff=False,
       note="answers the reminder for 08.04, a session still to come; nothing to do")  # fmt: skip
    no("dv16_brandt_urlaub.eml", 10, ("confirmation",), "2026-07-09 21:00",
       video_link_subject(1064),
       "Hallo,\n\ndanke für den Link. Da ich ab Samstag zwei Wochen beim Segeln ohne Internet"
       " bin, bestätige ich Ihnen schon heute die Behandlung am Freitag, 10.07., damit Sie"
       " nicht auf mich warten müssen.\n\nViele Grüße\nLukas Brandt",
       client="thunderbird", reply="vl-1064", style="thunderbird",
       note="confirms in advance a session of the next day; cannot be recorded")  # fmt: skip
    no("dv17_yildiz_morgen.eml", 12, ("other",), "2026-08-25 11:00", reminder_subject(1078),
       "Ja ich bestätige, morgen 10:30 bin ich da. Danke",
       client="webde", reply="rem-1078", style="webde", staff=False,
       note="acknowledges the reminder for 26.08; nothing to do")  # fmt: skip
    no("dv18_oneill_tomorrow.eml", 23, ("other",), "2026-05-04 20:10",
       reminder_subject(1139, "RE"),
       "Confirmed, I'll be available at 19:30 tomorrow.\n\nJames",
       client="outlook", reply="rem-1139", style="outlook_en", staff=False,
       note="acknowledges the reminder for 05.05; nothing to do")  # fmt: skip


def cancelled() -> None:
    """Thanks and 'confirmations' for sessions that were cancelled."""
    no("dv19_wagner_danke_absage.eml", 21, ("other",), "2026-02-03 18:30", "Danke!",
       "Hallo zusammen,\n\ndanke nochmal fürs kurzfristige Absagen am Montag (2.2.), die"
       " Erkältung ist fast weg. Nächsten Montag bin ich wieder dabei!\n\nLG Sophie Wagner",
       client="webde", staff=False,
       note="a thank-you for the cancellation of 02.02; nothing to do")  # fmt: skip
    no("dv20_yildiz_danke_heute.eml", 12, ("other",), "2026-08-19 12:00",
       reminder_subject(1077),
       "Vielen dank für heute, ich mache die übungen weiter. Bis nächste woche\nFatma",
       client="webde", reply="rem-1077", style="webde",
       note="thanks for 'today' 19.08, but that session is cancelled: staff checks")  # fmt: skip
    no("dv21_zimmermann_abgesagt.eml", 15, ("confirmation",), "2026-10-27 10:00",
       "Bestätigung Termin 26.10.2026",
       "Hallo,\n\nhiermit bestätige ich die telefonische Behandlung vom 26.10.2026.\n\nMfG\n"
       "Klaus Zimmermann",
       note="26.10 is cancelled: not recorded, staff checks")  # fmt: skip
    no("dv22_demir_erster_april.eml", 3, ("confirmation",), "2026-04-02 09:00", re(1022),
       "Ja hat stattgefunden am 1.4. 🙂",
       client="gmail", reply="cr-1022", style="gmail",
       note="under the request for 25.03 she names 01.04, which is cancelled")  # fmt: skip
    no("dv23_neumann_falscher_tag.eml", 9, ("confirmation",), "2026-07-10 09:00",
       "Behandlung", "Guten Tag,\n\nich bestätige hiermit meine Behandlung am 8.7.\n\n"
       "Mit freundlichen Grüßen\nGisela Neumann",
       dates=("2026-07-08",),
       note="no appointment on 08.07 (7.7. and 9.7. are hers): staff asks")  # fmt: skip


def someone_else() -> None:
    """A family member or partner who is also a patient, the doctor, another practice."""
    no("dv24_koch_tochter.eml", 18, ("confirmation",), "2026-11-10 19:00",
       "Behandlung meiner Tochter",
       "Guten Abend,\n\nich möchte bestätigen, dass meine Tochter Leonie Hartmann heute, am"
       " 10.11., ihre Videobehandlung hatte. Sie kommt mit ihren Mails gerade nicht klar, deshalb"
       " schreibe ich.\n\nMit freundlichen Grüßen\nRenate Koch",
       client="tonline", dates=("2026-11-10",),
       note="the daughter's session (patient 20), confirmed by her mother: not recorded")  # fmt: skip
    no("dv25_wolff_ehefrau.eml", 4, ("confirmation",), "2026-05-21 10:00",
       "Behandlung Ursula Berger 20.05.",
       "Sehr geehrte Damen und Herren,\n\nmeine Frau, Frau Ursula Berger, hatte gestern,"
       " Mittwoch den 20.05., ihre Behandlung am Telefon. Sie kommt mit dem Computer nicht"
       " zurecht, deshalb schreibe ich Ihnen.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff",
       client="tonline", dates=("2026-05-20",),
       note="the wife's session (patient 24), from the husband's address: not recorded")  # fmt: skip
    no("dv26_becker_freundin.eml", 2, ("confirmation",), "2026-02-16 11:00", "Sophie Wagner",
       "Hallo,\n\nmeine Freundin Sophie Wagner hatte heute früh ihre Videobehandlung, hat alles"
       " gut geklappt. Ihr Mailprogramm spinnt gerade, sie bat mich, das kurz zu bestätigen.\n\n"
       "Gruß\nThomas Becker",
       client="webde", dates=("2026-02-16",),
       note="the partner's session (patient 21); his own 16.02 is in the evening, still to come")  # fmt: skip
    no("dv27_schulz_reha.eml", 5, ("cancellation",), "2026-04-22 17:00",
       reminder_subject(1035),
       "Hallo,\n\nich hatte heute schon Physio in der Reha-Klinik, die Behandlung dort hat"
       " stattgefunden und für diese Woche reicht es meinem Knie. Den Termin morgen bei Ihnen"
       " bitte absagen.\n\nViele Grüße\nMarie Schulz",
       client="thunderbird", reply="rem-1035", style="thunderbird",
       note="a session at another practice; cancels ours of 23.04")  # fmt: skip
    no("dv28_oneill_doctor.eml", 23, ("other",), "2026-04-28 14:00", "Appointment today",
       "Hi,\n\njust to confirm, I had my appointment with Dr Brenner (orthopaedics) this"
       " morning. He's happy with the progress and wants me to continue with the manual"
       " therapy, new prescription to follow.\n\nSpeak tonight,\nJames",
       client="outlook",
       note="a doctor's visit; his own session of 28.04 is at 19:30, after this mail")  # fmt: skip
    no("dv29_aydin_hausarzt.eml", 22, ("other",), "2026-03-20 09:15", "Termin",
       "Hallo, Termin bei Dr. Yilmaz war gestern, hat neue Verordnung geschrieben 6x KG. Ich"
       " schicke foto.\nMfg Mehmet Aydin",
       client="samsung",
       note="'Termin war gestern' is the GP; new prescription announced")  # fmt: skip


def quoted_old() -> None:
    """An old confirmation quoted or forwarded, or sent again."""
    no("dv30_krueger_weitergeleitet.eml", 1, ("question",), "2026-01-28 08:40", re(1003),
       "Hallo, ich hab doch schon bestätigt?? Siehe unten. Warum kommt dann nochmal so eine"
       " Mail?\nGruß S. Krüger\n\n"
       "-------- Weitergeleitete Nachricht --------\n"
       "Gesendet: Dienstag, 20. Januar 2026 um 12:01 Uhr\n"
       'Von: "Sabine Krüger" <sabine.krueger@web.de>\n'
       "An: termine@praxis-impulse.de\n"
       "Betreff: AW: Bitte bestätigen Sie Ihre Behandlung vom 20.01.2026\n\n"
       "Ja, die Behandlung am 20.01. hat stattgefunden. Viele Grüße Sabine Krüger",
       client="webde", reply="cr-1003", style="webde",
       note="forwards her confirmation of 20.01 (recorded) as answer to the request for 27.01")  # fmt: skip
    no("dv31_wolff_verschieben.eml", 4, ("reschedule",), "2026-01-14 10:20", re(1027),
       "Sehr geehrte Damen und Herren,\n\nam Freitag, 16.01., kann ich leider nicht, da ich"
       " zum Zahnarzt muss. Ich bitte um einen neuen Termin.\n\nMit freundlichem Gruß\n"
       "Hans-Jürgen Wolff\n\n\n"
       "-----Original-Nachricht-----\n"
       "Betreff: AW: Bitte bestätigen Sie Ihre Behandlung vom 09.01.2026\n"
       "Datum: 2026-01-09T18:14:02+01:00\n"
       'Von: "Hans-Jürgen Wolff" <hj.wolff@t-online.de>\n'
       'An: "termine@praxis-impulse.de" <termine@praxis-impulse.de>\n\n\n'
       "Die Behandlung am 09.01.2026 hat stattgefunden.\nMit freundlichem Gruß\n"
       "Hans-Jürgen Wolff",
       client="tonline", reply="cr-1027", style="tonline",
       note="reschedule wish; his old confirmation of 09.01 (recorded) is quoted below")  # fmt: skip
    no("dv32_vogel_nochmal.eml", 13, ("confirmation",), "2026-09-04 08:00",
       "Bestätigung 03.09.",
       "Guten Morgen,\n\nfalls meine gestrige Mail nicht angekommen ist, hier noch einmal: die"
       " Behandlung gestern, 03.09., hat stattgefunden.\n\nMit freundlichen Grüßen\n"
       "Dr. Michael Vogel",
       client="outlook", dates=("2026-09-03",), staff=False,
       note="03.09 was recorded already; sent again, nothing to record or do")  # fmt: skip


def did_not_happen() -> None:
    """'Hat leider nicht stattgefunden' in its many forms, and sessions broken off."""
    no("dv33_popescu_gewartet.eml", 7, ("other",), "2026-06-09 13:10", re(1047),
       "Hallo,\ndie Behandlung am 09.06 war leider nicht, die Therapeutin ist nicht gekommen in"
       " Video. Ich habe 20 Minuten gewartet.\nViele Grüße\nElena Popescu",
       client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    no("dv34_richter_link.eml", 8, ("technical", "reschedule"), "2026-06-10 19:45", re(1052),
       "Leider nein – bin heute nicht reingekommen, der Code ging nicht. Können wir das"
       " nachholen?\n\nJonas\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    no("dv35_brandt_ausgefallen.eml", 10, ("other",), "2026-07-17 18:20", re(1065),
       "Hallo,\n\nkann ich so nicht bestätigen, die Stunde heute ist ausgefallen - niemand im"
       " Raum. Ist der Therapeut krank? Bitte prüfen.\n\nGruß\nLukas",
       client="thunderbird", reply="cr-1065", style="thunderbird")  # fmt: skip
    no("dv36_jansen_verpennt.eml", 17, ("question",), "2026-10-29 12:00", re(1105),
       "moin, hat heut nicht geklappt, stand im stau und habs verpennt. sorry!! kostet das jetzt"
       " was?\nOle",
       client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    no("dv37_hartmann_keiner_kam.eml", 20, ("other",), "2026-11-17 18:50", re(1122),
       "hallo, ich kann das nicht bestätigen weil es nicht stattgefunden hat. ich war drin aber"
       " keiner kam\nleonie",
       client="webde", reply="cr-1122", style="webde")  # fmt: skip
    no("dv38_carter_didnt_happen.eml", 11, ("other",), "2026-08-24 14:05", re(1072, "Re"),
       "Hi,\n\nI'm afraid this one didn't happen - the video never started and nobody joined."
       " Happy to confirm once we've actually done it.\n\nBest,\nEmily",
       client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip
    no("dv39_demir_kind_krank.eml", 3, ("other",), "2026-03-18 10:20", re(1021),
       "nee leider nicht, mein kleiner war krank 😕 hab vergessen abzusagen, sorry",
       client="gmail", reply="cr-1021", style="gmail",
       note="18.03 missed")  # fmt: skip
    no("dv40_wolff_niemand_angerufen.eml", 4, ("other",), "2026-01-23 16:10", re(1029),
       "Sehr geehrte Damen und Herren,\n\nbei mir hat heute niemand angerufen. Ich habe ab 13.30"
       " Uhr neben dem Telefon gesessen.\n\nMit freundlichem Gruß\nH.-J. Wolff",
       client="tonline", reply="cr-1029", style="tonline")  # fmt: skip
    no("dv41_nowak_abgebrochen.eml", 19, ("technical",), "2026-11-20 09:50", re(1118),
       "Moin,\n\nwir mussten nach ca. 10 Minuten abbrechen, die Verbindung war ständig weg. Ob"
       " das als Behandlung zählt, müssen Sie entscheiden.\n\nDavid Nowak",
       client="thunderbird", reply="cr-1118", style="thunderbird",
       note="broken off after ten minutes")  # fmt: skip
    no("dv42_schaefer_schwindelig.eml", 16, ("other",), "2026-10-28 20:45", re(1101),
       "Guten Abend,\n\ndie Behandlung hat zwar angefangen, aber nach einer Viertelstunde wurde"
       " mir schwindelig und wir haben aufgehört. Die Therapeutin meinte, ich soll mich bei"
       " Ihnen melden.\n\nViele Grüße\nBirgit Schäfer",
       client="webde", reply="cr-1101", style="webde",
       note="broken off after a quarter of an hour")  # fmt: skip


def other_yes() -> None:
    """A yes that answers something else than our request."""
    no("dv43_hartmann_unterlagen.eml", 20, ("forms",), "2026-11-04 07:30",
       "AW: Ihre Unterlagen für die Behandlung",
       "Ja mach ich, sorry hab ich total verpeilt. Schick die Sachen am Wochenende\nLeonie",
       client="webde", reply="fr-20", style="webde", staff=False,
       note="a yes to our forms request, the day after her first session")  # fmt: skip
    no("dv44_becker_eingang.eml", 2, ("other",), "2026-02-12 19:20", re(1013),
       "Hiermit bestätige ich den Eingang Ihrer Mail. Ich schaue heute Abend in meinen Kalender"
       " und melde mich dann.\n\nGruß T. Becker",
       client="webde", reply="cr-1013", style="webde", staff=False,
       note="confirms receipt of our mail, not the session; he will answer later")  # fmt: skip


def main() -> None:
    load_practice()
    plain()
    partly()
    still_to_come()
    cancelled()
    someone_else()
    quoted_old()
    did_not_happen()
    other_yes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
