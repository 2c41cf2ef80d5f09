"""Write blind set AX: a plain, representative summer inbox (June to August 2026).

40 mails from the patients treated in those months: 29 that confirm at least one session
(mostly short replies under our request from phones and webmail, a few new mails with the
day in the subject or text, late and multi-day answers after a trip, a few with a question
or a reschedule wish beside the yes) and 11 look-alikes: a holiday cancellation, a
reschedule, questions, two missed or broken sessions, a patient's own away notice, a yes
to a reminder for a session still to come, a thank-you and a promise to confirm later.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ax`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ax")

URSULA, PETER, MARIE, ELENA, JONAS, GISELA, LUKAS, EMILY, FATMA = 24, 6, 5, 7, 8, 9, 10, 11, 12


def re_en(aid: int) -> str:
    return f"Re: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def june() -> None:
    yes("ax01_hoffmann_bestaetigt.eml", PETER, (1045,), ("2026-06-01",), "2026-06-01 09:47",
        re(1045), "Bestätigt – Termin am 01.06. hat stattgefunden.\n\nViele Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1045", style="outlook")  # fmt: skip
    yes("ax02_hoffmann_nachtrag_mai.eml", PETER, (1044,), ("2026-05-26",), "2026-06-02 08:15",
        "Nachtrag Bestätigung 26.05.",
        "Guten Morgen,\n\nich habe gesehen, dass ich den Termin vom Dienstag, 26.05. noch nicht"
        " bestätigt hatte (war wegen Pfingsten verschoben). Der hat stattgefunden, KG am Gerät"
        " per Video wie immer.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", note="a new mail, late; the day is in subject and text")  # fmt: skip
    yes("ax03_hoffmann_18mai_beide.eml", PETER, (1042, 1043), ("2026-05-18",),
        "2026-06-15 07:55", re(1043),
        "Sorry, ist bei mir untergegangen. Beide Termine am 18.05. (früh Gerät, mittags MT)"
        " fanden statt.\n\nGruß\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="one day, two sessions, both confirmed four weeks late")  # fmt: skip
    yes("ax04_schulz_pfingstferien.eml", MARIE, (1038, 1039), ("2026-05-21", "2026-05-28"),
        "2026-06-05 22:10", re(1039),
        "Hallo, sorry für die späte Antwort, wir waren in den Pfingstferien weg. Die Termine am"
        " 21. und 28. Mai haben beide stattgefunden.\nLG Marie Schulz\n\nVon meinem Samsung"
        " Galaxy Smartphone gesendet",
        client="samsung", reply="cr-1039", style="samsung")  # fmt: skip
    yes("ax05_popescu_2juni.eml", ELENA, (1046,), ("2026-06-02",), "2026-06-02 18:20",
        re(1046),
        "Hallo,\nja ich bestätige die Behandlung am 2 Juni hat stattgefunden. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("ax06_popescu_heute.eml", ELENA, (1047,), ("2026-06-09",), "2026-06-09 12:51",
        re(1047), "Ja war Behandlung heute 09.06.2026\nVielen Dank\nElena Popescu",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    no("ax07_popescu_niemand_kam.eml", ELENA, ("technical",), "2026-06-16 13:05", re(1048),
       "Hallo,\ndie Behandlung heute hat nicht stattgefunden. Ich war im Video um 11 Uhr aber"
       " niemand ist gekommen, ich habe 20 Minuten gewartet. Was soll ich machen?\nElena"
       " Popescu",
       client="yahoo", reply="cr-1048", style="yahoo",
       note="the session did not take place; nothing to confirm")  # fmt: skip
    yes("ax08_popescu_bottom.eml", ELENA, (1049,), ("2026-06-23",), "2026-06-24 08:05",
        re(1049),
        "Guten Tag,\nich bestätige Termin 23.06.2026 hat stattgefunden.\nMit freundlichen Grüßen"
        "\nElena Popescu",
        client="yahoo", reply="cr-1049", style="yahoo", bottom=True)  # fmt: skip
    yes("ax09_popescu_rezept.eml", ELENA, (1050,), ("2026-06-30",), "2026-06-30 14:40",
        re(1050),
        "Hallo,\nja 30.06 hat stattgefunden. Frage: bekomme ich neues Rezept? Meine Schulter ist"
        " noch nicht gut und heute war letzte Termin oder?\nDanke\nElena",
        client="yahoo", reply="cr-1050", style="yahoo", staff=True, extra=("question",),
        note="yes plus a question about a new prescription")  # fmt: skip
    yes("ax10_richter_daumen.eml", JONAS, (1051,), ("2026-06-03",), "2026-06-03 21:02",
        re(1051), "Jo passt, war heute (3.6.) 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("ax11_richter_zwei_nachtraeglich.eml", JONAS, (1052, 1053),
        ("2026-06-10", "2026-06-17"), "2026-06-22 19:45", re(1053),
        "Hi, sorry hab eure Mails übersehen. 10.6. und 17.6. haben beide stattgefunden.\n\nGruß"
        " Jonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    yes("ax12_richter_ja.eml", JONAS, (1054,), (), "2026-06-24 20:15", re(1054),
        "Ja\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1054", style="iphone",
        note="a bare yes under our request for 24.06.2026")  # fmt: skip
    no("ax13_berger_niemand_angerufen.eml", URSULA, ("other",), "2026-06-03 10:58", re(1146),
       "Guten Tag,\n\nheute hat mich niemand angerufen. Ich habe bis halb zehn neben dem Telefon"
       " gesessen. Bitte rufen Sie mich an wegen einem neuen Termin.\n\nMit freundlichen"
       " Grüßen\nUrsula Berger",
       client="thunderbird", reply="cr-1146", style="thunderbird",
       note="missed session: nobody called; not a confirmation")  # fmt: skip
    no("ax14_berger_handynummer.eml", URSULA, ("question",), "2026-06-09 11:20", rem(1147),
       "Guten Tag,\n\nkann die Therapeutin mich morgen bitte auf dem Handy anrufen statt auf dem"
       " Festnetz? Bei der Hitze bin ich morgens im Garten. Die Nummer ist 0171 4839207.\n\n"
       "Mit freundlichen Grüßen\nU. Berger",
       client="thunderbird", reply="rem-1147", style="thunderbird",
       note="a question before the session; the number is no date")  # fmt: skip
    no("ax15_berger_kur.eml", URSULA, ("other",), "2026-06-10 10:35", re(1147),
       "Ich bin ab dem 11. Juni für drei Wochen zur Kur in Bad Kissingen und lese in der Zeit"
       " keine E-Mails. Ab dem 2. Juli bin ich wieder zu Hause.\n\nMit freundlichen Grüßen\n"
       "Ursula Berger",
       client="thunderbird", reply="cr-1147", style="thunderbird", staff=False,
       note="the patient's own away notice under our request; says nothing of the session")  # fmt: skip


def july() -> None:
    yes("ax16_richter_letzte_stunde.eml", JONAS, (1055,), ("2026-07-01",), "2026-07-02 07:30",
        re(1055),
        "Bestätigt, 01.07. hat stattgefunden. War das jetzt die letzte Sitzung? Brauch ich eine"
        " neue Verordnung, wenn ich weitermachen will?\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1055", style="iphone", staff=True, extra=("question",),
        note="yes plus a question about going on")  # fmt: skip
    yes("ax17_neumann_formell.eml", GISELA, (1056,), ("2026-07-07",), "2026-07-07 11:30",
        re(1056),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Krankengymnastik am"
        " Dienstag, den 7. Juli 2026 telefonisch stattgefunden hat.\n\nMit freundlichen Grüßen"
        "\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("ax18_neumann_kurz.eml", GISELA, (1057,), ("2026-07-09",), "2026-07-09 10:52",
        re(1057), "Ja, hat stattgefunden. 9.7.26\nG. Neumann",
        client="thunderbird", reply="cr-1057", style="thunderbird")  # fmt: skip
    no("ax19_neumann_morgen_erreichbar.eml", GISELA, ("other",), "2026-07-13 10:00", rem(1058),
       "Ja, ich bin morgen um 9 Uhr zu Hause und erreichbar.\n\nGruß G. Neumann",
       client="thunderbird", reply="rem-1058", style="thunderbird", staff=False,
       note="a yes to the reminder for a session still to come; nothing took place yet")  # fmt: skip
    yes("ax20_neumann_tippfehler.eml", GISELA, (1058,), ("2026-07-14",), "2026-07-14 16:00",
        re(1058), "Die Behandlumg am 14.7. hat stadtgefunden.\nMfG Gisela Neumann",
        client="thunderbird", reply="cr-1058", style="thunderbird")  # fmt: skip
    yes("ax21_neumann_klein.eml", GISELA, (1059,), ("2026-07-16",), "2026-07-16 19:20",
        re(1059), "ja hat stattgefunden am 16.7 gruß gisela neumann",
        client="thunderbird", reply="cr-1059", style="thunderbird")  # fmt: skip
    yes("ax22_neumann_ostsee.eml", GISELA, (1060, 1061, 1062),
        ("2026-07-21", "2026-07-23", "2026-07-28"), "2026-08-03 10:15",
        "Bestätigung meiner Termine im Juli",
        "Sehr geehrte Damen und Herren,\n\nich war bei meiner Tochter an der Ostsee und habe"
        " die Enkel gehütet, die haben ja Ferien. Deshalb erst jetzt: die Telefontermine am"
        " 21.7., 23.7. und 28.7. haben alle stattgefunden, ich hatte das Telefon dabei.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="samsung", note="a new mail after a trip, three days at once")  # fmt: skip
    no("ax23_neumann_danke.eml", GISELA, ("other",), "2026-07-29 17:40", "Dankeschön",
       "Liebes Team,\n\nvielen Dank für die gute Betreuung, meinem Rücken geht es viel besser."
       " Ich wünsche Ihnen allen einen schönen Sommer und nicht zu viel Hitze!\n\nHerzliche"
       " Grüße\nGisela Neumann",
       client="thunderbird", staff=False,
       note="a thank-you that names no session; nothing to record")  # fmt: skip
    yes("ax24_brandt_vg.eml", LUKAS, (1063,), ("2026-07-03",), "2026-07-03 18:05", re(1063),
        "Hi,\nbestätige den Termin vom 03.07., hat stattgefunden.\nVG Lukas",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("ax25_brandt_unten.eml", LUKAS, (1064,), ("2026-07-10",), "2026-07-11 09:40",
        re(1064), "Ja, fand statt (10.7.).\n\nLukas Brandt",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    yes("ax26_brandt_urlaub_frage.eml", LUKAS, (1065,), ("2026-07-17",), "2026-07-17 18:30",
        re(1065),
        "Hallo,\n\nder Termin am 17.07. hat stattgefunden.\n\nKurze Frage: nächste Woche bin ich"
        " im Urlaub in Südtirol. Kann ich den Termin am 24.7. trotzdem per Video vom Hotel aus"
        " machen oder geht das aus dem Ausland nicht?\n\nVG\nLukas Brandt",
        client="thunderbird", reply="cr-1065", style="thunderbird", staff=True,
        extra=("question",), note="yes plus a question about the next session")  # fmt: skip
    yes("ax27_brandt_servus.eml", LUKAS, (1066,), ("2026-07-24",), "2026-07-24 19:10",
        re(1066),
        "Servus, de Stund am 24. hod stattgfundn, passt scho. Griaß aus Südtirol!\n\nLukas\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1066", style="iphone",
        sender="lukas.brandt@mailbox.org", name="Lukas Brandt",
        note="dialect; 'am 24.' under our request for 24.07.2026")  # fmt: skip
    no("ax28_brandt_frueher.eml", LUKAS, ("reschedule",), "2026-07-30 17:10", rem(1067),
       "Hallo,\n\nkönnen wir den Termin morgen auf 14 Uhr vorziehen? Wir fahren Freitag"
       " nachmittag in den Urlaub und wollen vor dem Stau los.\n\nDanke und VG\nLukas",
       client="thunderbird", reply="rem-1067", style="thunderbird")  # fmt: skip
    yes("ax29_brandt_betreff.eml", LUKAS, (1067,), ("2026-07-31",), "2026-07-31 16:45",
        "Termin 31.7.", "hat stattgefunden, danke! schönes Wochenende\nLukas",
        client="thunderbird", note="a new mail; the day is only in the subject")  # fmt: skip


def august() -> None:
    no("ax30_carter_ipad.eml", EMILY, ("technical", "question"), "2026-07-31 21:30",
       "Re: Ihr Videotermin am 03.08.2026",
       "Hi,\n\nquick question before Monday: will the video link work on an iPad with Safari?"
       " I'll be at my parents' place and my laptop stays at home.\n\nThanks,\nEmily",
       client="gmail", reply="vl-1069", style="gmail_en")  # fmt: skip
    yes("ax31_carter_first.eml", EMILY, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        re_en(1069), "Hi, yes the session on August 3rd took place. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ax32_carter_confirmed.eml", EMILY, (1070,), ("2026-08-10",), "2026-08-10 20:30",
        re_en(1070), "Confirmed - my session on 10 August took place.\n\nBest,\nEmily Carter",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    no("ax33_carter_later.eml", EMILY, ("other",), "2026-08-18 08:00", re_en(1071),
       "Hi, I'm in Cornwall with the kids until next Tuesday and only have my phone. I'll"
       " confirm everything properly once I'm back.\nEmily",
       client="gmail", reply="cr-1071", style="gmail_en", staff=False,
       note="a promise to confirm later, nothing confirmed yet")  # fmt: skip
    yes("ax34_carter_after_trip.eml", EMILY, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-28 09:10", re_en(1072),
        "Sorry for the late reply, I was travelling. Both sessions (17th and 24th August)"
        " happened, the one on the 17th from my parents' place.\n\nEmily",
        client="gmail", reply="cr-1072", style="gmail_en")  # fmt: skip
    yes("ax35_carter_move_next.eml", EMILY, (1073,), ("2026-08-31",), "2026-08-31 15:00",
        re_en(1073),
        "Yes, today's session (31 Aug) took place. Could we move next week's appointment to the"
        " afternoon? I'm back at work after the summer holidays.\n\nThanks, Emily",
        client="gmail", reply="cr-1073", style="gmail_en", staff=True, extra=("reschedule",),
        note="yes plus a wish to move the next session")  # fmt: skip
    yes("ax36_yildiz_kurz.eml", FATMA, (1075,), ("2026-08-05",), "2026-08-05 12:30",
        re(1075), "Hallo ja Termin am 05.08 hat stattgefunden Danke\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("ax37_yildiz_merhaba.eml", FATMA, (1076,), ("2026-08-12",), "2026-08-13 19:45",
        re(1076), "Merhaba, ja 12.08. war Behandlung, alles gut.\nLG Fatma Yıldız",
        client="webde", reply="cr-1076", style="webde")  # fmt: skip
    yes("ax38_yildiz_ferien.eml", FATMA, (1078,), ("2026-08-26",), "2026-08-26 12:40",
        re(1078),
        "Hallo, der Termin vom 26.8. fand statt. Mein Sohn hat noch Ferien deshalb war es etwas"
        " laut im Hintergrund, sorry :)\nFatma",
        client="webde", reply="cr-1078", style="webde")  # fmt: skip
    no("ax39_yildiz_absage.eml", FATMA, ("cancellation",), "2026-08-28 21:15",
       "Termin 2.9. absagen",
       "Hallo,\nden Termin am 02.09. muss ich leider absagen, wir sind noch bei Familie in der"
       " Türkei. Am 9.9. bin ich wieder da.\nLG Fatma Yıldız",
       client="webde", note="holiday cancellation of a future session")  # fmt: skip
    no("ax40_brandt_abgebrochen.eml", LUKAS, ("technical",), "2026-08-07 17:50", re(1068),
       "Hallo,\n\ndie Verbindung ist heute nach ca. 5 Minuten abgebrochen, wir sind im"
       " Ferienhaus und das WLAN ist miserabel. Wir haben dann nicht mehr weitergemacht. Wie"
       " machen wir das jetzt?\n\nVG Lukas",
       client="thunderbird", reply="cr-1068", style="thunderbird",
       note="the session broke off after five minutes; not confirmed")  # fmt: skip


def main() -> None:
    load_practice()
    june()
    july()
    august()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
