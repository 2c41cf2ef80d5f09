"""Blind set IB: patients treated twice a week who confirm and deny sessions by the day's name.

Thomas Becker (Mon/Thu, phone, February), Gisela Neumann (Tue/Thu, phone, July; her carer
writes for her in learners' German) and Renate Koch (Mon/Wed, phone, March/April) answer our
requests or write new mails naming their sessions as weekdays, "gestern", "vorgestern",
"letzte Woche", "die Woche davor", check marks and crosses, in German and English, on the
day or up to three weeks late. Look-alikes: a day still to come, cut short, missed, or only
asked about.

Labels: `confirmed` holds only the patient's own scheduled, unconfirmed sessions plainly held
in full whose day is clear from the mail's date and words; `dates` the days the mail says a
session took place (also partly); anything doubtful, partial, missed, moved or to come needs
staff. Every mail is an independent scenario against the same practice snapshot.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_ib")

BECKER, NEUMANN, KOCH = 2, 9, 18


def becker() -> None:
    yes("ib01_becker_donnerstag.eml", BECKER, (1011,), ("2026-02-05",), "2026-02-05 19:10",
        request_subject(1011), "Ja, Donnerstag hat stattgefunden. Danke!\n\nT. Becker",
        client="thunderbird", reply="cr-1011", style="thunderbird")  # fmt: skip
    yes("ib02_becker_do_und_gestern.eml", BECKER, (1011, 1012), ("2026-02-05", "2026-02-09"),
        "2026-02-10 08:15", "Termine",
        "Guten Morgen,\n\nfür Ihre Unterlagen: der Termin am Donnerstag und der gestern (Montag)"
        " haben beide stattgefunden, jeweils komplett.\n\nBeste Grüße\nThomas Becker")  # fmt: skip
    yes("ib03_becker_both_this_week.eml", BECKER, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 07:40", "Sessions this week",
        "Hi,\n\nboth calls this week took place - Monday and yesterday evening.\n\n"
        "Cheers,\nThomas\n\nSent from my phone", client="gmail")  # fmt: skip
    no("ib04_becker_heute_abend.eml", BECKER, ("question",), "2026-02-16 12:05",
       "Termin heute / Donnerstag",
       "Hallo,\nheute abend bin ich wie gewohnt um halb sechs erreichbar. Ob es am Donnerstag"
       " klappt weiß ich noch nicht, ich bin evtl. auf Dienstreise. Kann ich Ihnen bis Mittwoch"
       " Bescheid geben?\n\nGruß Becker", note="both days still to come")  # fmt: skip
    yes("ib05_becker_mo_haken.eml", BECKER, (1014,), ("2026-02-16",), "2026-02-17 21:05",
        request_subject(1014), "Mo ✓\n\nVon meinem Samsung Galaxy Smartphone gesendet",
        client="samsung", reply="cr-1014", style="samsung")  # fmt: skip
    yes("ib06_becker_do_abgebrochen.eml", BECKER, (1014,), ("2026-02-16", "2026-02-19"),
        "2026-02-20 09:30", "Rückmeldung",
        "Hallo zusammen,\n\ngestern (Do) mussten wir nach ca. 10 Minuten abbrechen, die Leitung"
        " war auf einmal tot und ich kam nicht mehr durch. Montag lief ganz normal.\n\n"
        "VG T. Becker", staff=True, extra=("technical",),
        note="Monday held; Thursday cut short after ten minutes")  # fmt: skip
    yes("ib07_becker_mo_ja_do_nein.eml", BECKER, (1016,), ("2026-02-23",), "2026-02-27 10:00",
        "Diese Woche",
        "Kurz zur Woche:\nMo ✔\nDo ✘ (war krank, hatte morgens angerufen)\n\nBecker",
        staff=True, extra=("cancellation",), note="Thursday 26 Feb did not take place")  # fmt: skip
    yes("ib08_becker_yesterday_and_thursday.eml", BECKER, (1017, 1018),
        ("2026-02-26", "2026-03-02"), "2026-03-03 18:20", request_subject(1018, "RE"),
        "Yes, yesterday's call happened. The Thursday before as well - I never got round to"
        " confirming that one, sorry.\n\nRegards\nThomas Becker", client="outlook",
        reply="cr-1018", style="outlook_en")  # fmt: skip
    yes("ib09_becker_woche_16_feb_nachtrag.eml", BECKER, (1014, 1015),
        ("2026-02-16", "2026-02-19"), "2026-03-09 19:45", "Nachtrag Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nmir ist aufgefallen, dass ich die beiden Termine in"
        " der Woche ab dem 16. Februar nie bestätigt habe. Montag und Donnerstag haben beide"
        " stattgefunden.\n\nMit freundlichen Grüßen\nThomas Becker")  # fmt: skip
    no("ib10_becker_findet_heute_statt.eml", BECKER, ("question",), "2026-02-12 14:00",
       "Heute 17:30?",
       "Hallo, findet heute um 17:30 wie geplant statt? Ich hab die Erinnerung nicht bekommen."
       "\nThomas Becker", client="webde", note="asks about the same day's session, still to come")  # fmt: skip
    yes("ib11_becker_vorgestern.eml", BECKER, (1012,), ("2026-02-09",), "2026-02-11 20:02",
        request_subject(1012),
        "hallo, die behandlung von vorgestern hat stattgefunden\ngruß thomas",
        client="gmail", reply="cr-1012", style="gmail", bottom=True)  # fmt: skip
    no("ib12_becker_nur_halb.eml", BECKER, ("other",), "2026-02-06 08:30",
       "Termin gestern",
       "Guten Morgen,\n\nder Termin gestern ging nur eine Viertelstunde, Ihre Kollegin musste"
       " leider früher los. Bitte nicht als volle Behandlung abrechnen, ich zahle ja privat."
       "\n\nThomas Becker", dates=("2026-02-05",), note="Thursday cut short")  # fmt: skip
    yes("ib13_becker_letzte_woche.eml", BECKER, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-18 07:55", "Bestätigung letzte Woche",
        "Moin,\ndie Termine letzte Woche (Mo + Do) waren beide ok.\nGruß Becker")  # fmt: skip
    yes("ib14_becker_woche_davor_unsicher.eml", BECKER, (1014, 1015),
        ("2026-02-16", "2026-02-19"), "2026-02-25 12:40", "Termine",
        "Hallo,\n\nletzte Woche: Montag ja, Donnerstag ja.\nDie Woche davor weiß ich ehrlich"
        " gesagt nicht mehr, ob der Donnerstag war oder ob wir den verschoben hatten - können"
        " Sie das bei sich nachschauen?\n\nDanke, Thomas Becker", staff=True,
        extra=("question",), note="12 Feb doubtful, not confirmed")  # fmt: skip
    yes("ib15_becker_monday_fine_tonight.eml", BECKER, (1014,), ("2026-02-16",),
        "2026-02-19 13:00", "tonight",
        "Hello,\nwill tonight's call go ahead as planned? I may be ten minutes late. Monday's"
        " went fine btw, forgot to say.\nThomas", client="gmail", staff=True,
        extra=("question",), note="Monday confirmed; today's session still to come")  # fmt: skip


def neumann() -> None:
    yes("ib16_neumann_heute.eml", NEUMANN, (1056,), ("2026-07-07",), "2026-07-07 11:20",
        request_subject(1056),
        "Ja hat heute geklappt.\n\nMit freundlichen Grüßen\nGisela Neumann",
        reply="cr-1056", style="thunderbird")  # fmt: skip
    yes("ib17_neumann_do_und_di.eml", NEUMANN, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 09:12", request_subject(1057),
        "Guten Tag,\n\nder Donnerstag war, danke. Dienstag übrigens auch, falls das bei Ihnen"
        " noch fehlt.\n\nGisela Neumann", reply="cr-1057", style="gmail", bottom=True)  # fmt: skip
    yes("ib18_neumann_pflegerin_gestern.eml", NEUMANN, (1058,), ("2026-07-14",),
        "2026-07-15 10:05", "Frau Neumann Behandlung",
        "Hallo,\nich bin Pflegerin von Frau Neumann. Gestern Dienstag Behandlung war gemacht,"
        " ganze Zeit. Frau Neumann sagt danke schön.\nGrüße Jolanta")  # fmt: skip
    no("ib19_neumann_pflegerin_krankenhaus.eml", NEUMANN, ("cancellation",), "2026-07-16 07:48",
       "Heute Termin",
       "Guten Morgen,\nheute Donnerstag Frau Neumann kann nicht telefonieren, sie ist in"
       " Krankenhaus seit gestern abend. Bitte Termin absagen. Ich sage Bescheid wann sie"
       " wieder zuhause.\nJolanta (Pflege)", note="today's session cancelled")  # fmt: skip
    yes("ib20_neumann_haken.eml", NEUMANN, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 08:30", "Bestätigung",
        "Di ✓\nDo ✓\n\nG. Neumann")  # fmt: skip
    no("ib21_neumann_beim_arzt.eml", NEUMANN, ("question",), "2026-07-22 16:40",
       "Dienstag",
       "Sehr geehrte Damen und Herren,\n\ngestern hat die Therapeutin angerufen aber ich war"
       " noch beim Arzt, wir haben nur ganz kurz gesprochen und dann aufgelegt. Ist das"
       " schlimm? Am Donnerstag bin ich auf jeden Fall zuhause.\n\nGisela Neumann",
       note="Tuesday 21 Jul missed")  # fmt: skip
    yes("ib22_neumann_do_ja_di_nein.eml", NEUMANN, (1061,), ("2026-07-23",), "2026-07-24 10:15",
        request_subject(1061),
        "Donnerstag ja.\nDienstag leider nicht, da war ich beim Arzt.\n\nG. Neumann",
        reply="cr-1061", style="gmail", bottom=True, staff=True,
        note="Tuesday 21 Jul missed")  # fmt: skip
    yes("ib23_neumann_nachtrag_august.eml", NEUMANN, (1061, 1062), ("2026-07-23", "2026-07-28"),
        "2026-08-13 15:30", "Nachtrag",
        "Liebe Praxis,\n\nbeim Aufräumen habe ich gesehen, dass ich Ihnen noch gar nicht"
        " geantwortet habe. Die letzten Termine, am Dienstag den 28. Juli und am Donnerstag"
        " davor, haben beide stattgefunden. Danach war ja Schluss.\n\nAlles Gute und"
        " herzliche Grüße\nGisela Neumann")  # fmt: skip
    yes("ib24_neumann_heute_gut_donnerstag_zahnarzt.eml", NEUMANN, (1058,), ("2026-07-14",),
        "2026-07-14 10:30", "Donnerstag",
        "Guten Tag,\nheute war gut, danke. Am Donnerstag habe ich aber um 9 Zahnarzt, können wir"
        " auf 11 Uhr gehen?\nGisela Neumann", staff=True, extra=("reschedule",))  # fmt: skip
    no("ib25_neumann_schwindelig.eml", NEUMANN, ("other",), "2026-07-09 09:50",
       "heute", "Heute ging es nur 10 Minuten, dann war mir schwindelig und wir haben aufgehört."
       "\nNeumann", dates=("2026-07-09",), note="cut short")  # fmt: skip
    yes("ib26_neumann_vorgestern.eml", NEUMANN, (1062,), ("2026-07-28",), "2026-07-30 11:00",
        "Behandlung",
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung von vorgestern hat vollständig"
        " stattgefunden. Vielen Dank für alles!\n\nGisela Neumann")  # fmt: skip
    yes("ib27_neumann_letzte_woche_und_heute.eml", NEUMANN, (1059, 1060),
        ("2026-07-16", "2026-07-21"), "2026-07-21 18:10", request_subject(1059),
        "Ja, Donnerstag letzte Woche fand statt. Heute auch.\nGruß G. Neumann",
        reply="cr-1059", style="thunderbird")  # fmt: skip
    no("ib28_neumann_morgen.eml", NEUMANN, ("question",), "2026-07-20 17:00",
       "Termine diese Woche",
       "Hallo, morgen Dienstag ist doch Termin oder? Und Donnerstag auch wieder um 9?\n"
       "Gisela Neumann", note="both days still to come")  # fmt: skip
    yes("ib29_neumann_pflegerin_beide.eml", NEUMANN, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-07-24 09:40", "Frau Neumann",
        "Guten Tag,\ngestern Donnerstag alles gut gemacht mit Frau Neumann, Dienstag auch."
        " Beide Termine ganz.\nViele Grüße\nJolanta, Pflegerin")  # fmt: skip


def koch() -> None:
    yes("ib30_koch_heute.eml", KOCH, (1109,), ("2026-03-23",), "2026-03-23 17:00",
        request_subject(1109), "Ja, heute war die Behandlung.\n\nGruß R. Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("ib31_koch_montag_gestern.eml", KOCH, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 09:20", "Behandlungen",
        "Guten Tag,\n\nMontag und gestern (Mittwoch) fanden statt.\n\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("ib32_koch_mo_mi_ja.eml", KOCH, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 08:45", request_subject(1112), "Mo ja, Mi ja.\nKoch",
        client="tonline", reply="cr-1112", style="tonline")  # fmt: skip
    no("ib33_koch_ostermontag.eml", KOCH, ("question",), "2026-04-06 10:10",
       "Ostermontag",
       "Hallo,\nheute ist ja Feiertag, ruft trotzdem jemand an? Ich weiß nicht mehr ob wir"
       " heute einen Termin haben oder erst Mittwoch.\nRenate Koch", client="tonline",
       note="asks; no session on Easter Monday")  # fmt: skip
    yes("ib34_koch_mittwoch_feiertag.eml", KOCH, (1113,), ("2026-04-08",), "2026-04-09 11:30",
        "Bestätigung",
        "Gestern Mittwoch war Behandlung, ja. Montag war ja Feiertag.\nGrüße Renate Koch",
        client="tonline")  # fmt: skip
    yes("ib35_koch_gestern.eml", KOCH, (1114,), ("2026-04-13",), "2026-04-14 08:05",
        request_subject(1114), "Gestern hat stattgefunden. Mittwoch bin ich wieder da.\nR.K.",
        client="tonline", reply="cr-1114", style="tonline")  # fmt: skip
    no("ib36_koch_erst_16_uhr.eml", KOCH, ("reschedule",), "2026-04-01 11:00",
       "Heute",
       "Guten Morgen,\nheute Mittwoch kann ich erst um 16 Uhr, geht das auch? Sonst bitte"
       " verschieben.\nRenate Koch", client="tonline", note="today's session to be moved")  # fmt: skip
    yes("ib37_koch_nachtrag_maerz.eml", KOCH, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-04-13 20:00", "Nachtrag",
        "Sehr geehrte Praxis,\n\nich glaube, ich habe die ersten beiden Termine (Montag, den 23."
        " und Mittwoch, den 25. März) nie bestätigt. Die haben beide stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch", client="tonline")  # fmt: skip
    no("ib38_koch_niemand_angerufen.eml", KOCH, ("other",), "2026-03-30 16:10",
       "Heute kein Anruf",
       "Heute hat niemand angerufen. Ich habe bis nach halb vier gewartet. Was ist los?\n"
       "R. Koch", client="tonline", note="Monday 30 Mar missed")  # fmt: skip
    yes("ib39_koch_kreuz_haken.eml", KOCH, (1112,), ("2026-04-01",), "2026-04-02 18:30",
        "Woche",
        "Mo ✗ (niemand hat angerufen)\nMi ✓\n\nRenate Koch", client="tonline", staff=True,
        note="Monday 30 Mar missed")  # fmt: skip
    yes("ib40_koch_mittwoch_abgebrochen.eml", KOCH, (1109,), ("2026-03-23", "2026-03-25"),
        "2026-03-27 10:40", "Telefon",
        "Hallo,\n\nam Mittwoch wurde das Gespräch nach einer Viertelstunde abgebrochen, weil"
        " das Telefon gerauscht hat und dann ganz weg war. Der Montag war normal.\n\n"
        "Renate Koch", client="tonline", staff=True, extra=("technical",),
        note="Wednesday 25 Mar cut short")  # fmt: skip


def main() -> None:
    load_practice()
    becker()
    neumann()
    koch()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
