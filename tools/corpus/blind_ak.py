"""Write blind set AK: an ordinary year of phone patients' replies (45 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ak`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
The inbox of a practice whose phone patients are middle-aged and working: they answer our
confirmation requests and reminders quickly between other things (one line, a date, a
thanks, a question about the next session or the prescription tacked on), some write on
Sunday evening for the whole week, and the new patients send their forms and confirm their
first session in the same mail. 31 mails confirm at least one day, 14 look like it and do
not (replies to reminders, a missed call, a no, a reschedule, a sick child, a different
phone number, an unknown work address, a first session acknowledged before it happened).
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_ak")


def _after(reply: str | None, date: str) -> None:
    if reply is not None:
        assert mc.OUTBOX[reply].sent_at < mc.local(date), f"{reply} answered before it was sent"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None, files=(),
        forms=(), forward=None):  # fmt: skip
    _after(reply or forward, date)
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          forward=forward,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      forms=forms, needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None, files=(),
       forms=()):  # fmt: skip
    _after(reply, date)
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


FORMS_RE = "AW: Ihre Unterlagen für die Behandlung"
IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
WEBDE_APP = "\n\nGesendet mit der WEB.DE Mail App"
OUTLOOK_APP = "\n\nOutlook für Android herunterladen<https://aka.ms/AAb9ysg>"
FREENET = "\n\n--\nGesendet mit freenetMail - Kostenlose E-Mail-Adresse"
ZIMMERMANN_SIG = """
--
Klaus Zimmermann
Teamleitung Disposition
Spedition Nordlicht GmbH & Co. KG
Hafenstraße 118 · 28217 Bremen
Tel. +49 421 5567 2210 · Mobil +49 171 220 4519

Geschäftsführer: Jörg Lüders · Amtsgericht Bremen HRA 26614
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige
Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."""
BERGER_SIG = """
Mit freundlichen Grüßen
Ursula Berger

Tel. privat 0351 882 17 04"""


def becker() -> None:
    yes("ak01_becker_heute_frage.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 20:41",
        re(1010),
        "Hallo, ja hat heute stattgefunden (2.2.), danke! Donnerstag dann wieder um 17:30"
        " oder hatten wir 18 Uhr gesagt?\n\nThomas" + GMX_APP,
        reply="cr-1010", style="gmail", staff=True, extra=("question",),
        note="a question about the time of the next session: staff answers")  # fmt: skip
    yes("ak02_becker_sonntag_kw7.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-15 21:10", "Bestätigung KW 7",
        "Guten Abend,\n\nfür KW 7: Montag und Donnerstag beide Termine am Telefon gehabt,"
        " also 9.2. und 12.2. Beides hat stattgefunden.\n\nSchönen Sonntag noch\nThomas Becker"
        + IPHONE, client="iphone")  # fmt: skip
    yes("ak03_becker_schon_bestaetigt.eml", 2, (1017,), ("2026-02-26",), "2026-02-27 07:12",
        re(1017),
        "26.02. ✔️ hat stattgefunden.\nDie Woche davor (19. und 23.) hatte ich doch schon"
        " bestätigt, oder kam das nicht an?\n\nGruß T. Becker" + IPHONE,
        client="iphone", reply="cr-1017", style="iphone", staff=True, extra=("question",),
        note="19 and 23 Feb are named as confirmed in an earlier mail, which the practice"
        " does not have: only the 26th is confirmed by this one, staff checks the others")  # fmt: skip
    yes("ak04_becker_weiterleitung_rezept.eml", 2, (1018,), ("2026-03-02",), "2026-03-02 19:55",
        "WG: Bitte bestätigen Sie Ihre Behandlung vom 02.03.2026",
        "Hallo zusammen,\n\nleite ich vom Handy weiter, hat heute, 02.03.2026, stattgefunden."
        "\nDas war jetzt die letzte der Serie, richtig? Brauche ich für weitere MT ein neues"
        " Rezept oder klären Sie das mit Dr. Albers?\n\nGrüße\nThomas Becker" + OUTLOOK_APP,
        client="outlook", forward="cr-1018", style="forward_outlook", staff=True,
        extra=("question",), note="forwarded, not answered: the body names the day")  # fmt: skip
    no("ak05_becker_morgen_passt.eml", 2, ("other",), "2026-02-04 22:10", rem(1011),
       "Morgen 17:30 passt, bin erreichbar.\n\nT.B." + GMX_APP,
       reply="rem-1011", style="gmail", staff=False,
       note="answers the reminder for tomorrow: nothing took place yet, nothing to do")  # fmt: skip


def wolff() -> None:
    yes("ak06_wolff_jahr_vertippt.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 10:05",
        re(1028),
        "Guten Morgen,\n\ndie Behandlung gestern am 16.01.25 hat wie vereinbart stattgefunden."
        "\n\nMfG\nH.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline",
        note="'16.01.25' is last year's number out of habit in January; the reply to our"
        " request for 16 Jan 2026 and 'gestern' identify the appointment")  # fmt: skip
    yes("ak07_wolff_sonntag_roemisch.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 18:30", "Behandlungen Januar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Krankengymnastik per"
        " Telefon am 23.I. und 30.I.2026. Beide Termine haben stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff", client="tonline")  # fmt: skip
    yes("ak08_wolff_freitag13.eml", 4, (1032,), ("2026-02-13",), "2026-02-13 16:02", re(1032),
        "Freitag der 13. und trotzdem alles gut gelaufen :-) Termin heute bestätigt.\n\nWolff",
        client="tonline", reply="cr-1032", style="outlook_classic")  # fmt: skip
    yes("ak09_wolff_letzte_frage.eml", 4, (1033,), ("2026-02-20",), "2026-02-21 09:15",
        re(1033),
        "Hallo,\n\nich bestätige die Behandlung vom 20. Februar.\n\nWar das jetzt die letzte?"
        " Der Rücken ist besser, aber beim Heben im Lager merke ich es noch. Lohnt sich ein"
        " neues Rezept?\n\nH.-J. Wolff",
        client="tonline", reply="cr-1033", style="outlook_classic", staff=True,
        extra=("question",))  # fmt: skip
    no("ak10_wolff_niemand_angerufen.eml", 4, ("question",), "2026-02-06 15:45", re(1031),
       "Sie wollen eine Bestätigung, aber heute hat mich niemand angerufen! Ich saß ab 13:50"
       " im Auto auf dem Parkplatz und hab gewartet bis halb drei.\nWas war los?\n\nWolff",
       client="tonline", reply="cr-1031", style="tonline",
       note="the call of 6 Feb did not happen: a complaint under our request")  # fmt: skip


def neumann() -> None:
    yes("ak11_neumann_kurz.eml", 9, (1058,), ("2026-07-14",), "2026-07-14 11:02", re(1058),
        "ja, 14.7. war.\nG. Neumann" + FREENET,
        reply="cr-1058", style="webde")  # fmt: skip
    yes("ak12_neumann_sonntag_woche.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-12 20:05", "Telefontermine diese Woche",
        "Guten Abend,\n\nkurz für diese Woche: Dienstag und Donnerstag hatten wir jeweils um"
        " 9 Uhr den Telefontermin, hat beide Male geklappt. Die Übungen mache ich abends nach"
        " der Arbeit.\n\nViele Grüße\nGisela Neumann" + FREENET)  # fmt: skip
    yes("ak13_neumann_nachtrag.eml", 9, (1060, 1061), ("2026-07-21", "2026-07-23"),
        "2026-07-24 07:30", re(1061),
        "Guten Morgen, den 23. bestätige ich hiermit, und den 21. gleich mit, den hatte ich"
        " vergessen zu beantworten. Beide stattgefunden.\nGruß Gisela Neumann",
        client="gmail", reply="cr-1061", style="gmail")  # fmt: skip
    yes("ak14_neumann_folgerezept.eml", 9, (1062,), ("2026-07-28",), "2026-07-28 18:20",
        re(1062),
        "Hallo Praxis Impulse,\n\nheute, 28.07., letzte Stunde gehabt, hat stattgefunden."
        "\nMeine Hausärztin hat ein Folgerezept ausgestellt, soll ich Ihnen das per Post"
        " schicken oder reicht ein Foto?\n\nGisela Neumann" + FREENET,
        reply="cr-1062", style="thunderbird", bottom=True, staff=True,
        extra=("question",))  # fmt: skip
    no("ak15_neumann_verschieben.eml", 9, ("reschedule",), "2026-07-15 17:00", rem(1059),
       "Hallo, morgen (16.7.) muss ich leider verschieben, kurzfristig Dienstreise nach"
       " Hannover. Ginge Freitag früh oder nächste Woche Mittwoch?\nDanke, G. Neumann"
       + FREENET, reply="rem-1059", style="webde")  # fmt: skip
    no("ak16_neumann_termin_morgen_ok.eml", 9, ("other",), "2026-07-20 19:00", rem(1060),
       "Ja ich bestätige den Termin morgen um 9.\nGruß G.N.",
       reply="rem-1060", style="thunderbird", staff=False,
       note="acknowledges tomorrow's appointment; no treatment has taken place")  # fmt: skip


def yildiz() -> None:
    yes("ak17_yildiz_heute.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:10", re(1075),
        "Hallo ja Termin heute war gut gemacht danke schön 5.8.\nFatma" + SAMSUNG,
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("ak18_yildiz_zwei_abgesagt.eml", 12, (1076, 1078), ("2026-08-12", "2026-08-26"),
        "2026-08-27 19:44", "Termine August",
        "Guten Abend,\nich habe Telefon Therapie gehabt am 12.08 und am 26.08. Der 19.08 war"
        " abgesagt von Ihnen. Danke schön\nFatma Yıldız" + WEBDE_APP,
        client="webde", note="19 Aug was cancelled by the practice, as in the snapshot")  # fmt: skip
    yes("ak19_yildiz_letzte_oder.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-09-09 20:15", re(1080),
        "hallo, 2.9 und heute 9.9 gemacht. war letzte termin oder? schmerzen noch bisschen"
        " bei arbeit wenn ich lange stehe\nfatma" + SAMSUNG,
        client="samsung", reply="cr-1080", style="samsung", staff=True,
        extra=("question",))  # fmt: skip
    no("ak20_yildiz_kind_krank.eml", 12, ("cancellation", "reschedule"), "2026-08-11 18:00",
       rem(1076),
       "Hallo morgen ich kann nicht, mein Sohn ist krank Fieber. Bitte neue Termin geben."
       "\nEntschuldigung\nFatma Yıldız" + WEBDE_APP,
       client="webde", reply="rem-1076", style="webde")  # fmt: skip


def zimmermann() -> None:
    yes("ak21_zimmermann_sonntag_frage.eml", 15, (1094, 1095), ("2026-10-12", "2026-10-19"),
        "2026-10-25 21:30", "Bestätigung Telefontermine",
        "Hallo Praxis-Team,\n\nkurz für die letzten zwei Wochen: am 12. und 19. Oktober haben"
        " wir telefoniert, beides bestätigt. Morgen (26.) fällt ja aus wie besprochen. Bleibt"
        " es dann beim 2.11. um 11?\n" + ZIMMERMANN_SIG,
        client="outlook", staff=True, extra=("question",))  # fmt: skip
    yes("ak22_zimmermann_caps.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 13:00", re(1097),
        "HALLO, HEUTE 02.11. TERMIN GEHABT. DANKE. GRUSS ZIMMERMANN" + OUTLOOK_APP,
        client="outlook", reply="cr-1097", style="outlook_classic")  # fmt: skip
    yes("ak23_zimmermann_fuenfter.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 12:41",
        re(1093),
        "Guten Tag,\n\nder Termin heute (Mo., 5.10.) hat stattgefunden, danke.\n"
        + ZIMMERMANN_SIG, client="outlook", reply="cr-1093", style="outlook")  # fmt: skip
    no("ak24_zimmermann_verpasst.eml", 15, ("reschedule",), "2026-10-19 12:50", re(1095),
       "Sorry, heute hat es nicht geklappt, ich saß in einer Besprechung und habe den Anruf"
       " verpasst. Können wir das diese Woche nachholen?\n" + ZIMMERMANN_SIG,
       client="outlook", reply="cr-1095", style="outlook",
       note="a missed call under our request: nothing took place")  # fmt: skip


def koch() -> None:
    yes("ak25_koch_heute.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 16:55", re(1109),
        "Ja, hat heute (23.3.) stattgefunden.\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("ak26_koch_monatswechsel_ostern.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-01 16:40", re(1112),
        "Hallo,\ndie Behandlungen vom 30.03. und heute 01.04. haben stattgefunden.\n"
        "Frohe Ostern schon mal, ich bin bis Dienstag bei meiner Schwester.\nR. Koch",
        client="tonline", reply="cr-1112", style="tonline",
        note="Easter is named as a coming holiday, not as a treatment day")  # fmt: skip
    no("ak27_koch_nein.eml", 18, ("other",), "2026-03-26 09:00", re(1110),
       "Nein, gestern hat nichts stattgefunden. Ihre Kollegin hatte mich mittags angerufen,"
       " die Therapeutin sei krank. Soll ich das trotzdem bestätigen?\nRenate Koch",
       client="tonline", reply="cr-1110", style="outlook_classic",
       note="says no to our request for 25 Mar")  # fmt: skip
    no("ak28_koch_bescheinigung.eml", 18, ("question",), "2026-04-16 08:30",
       "Bescheinigung für Arbeitgeber",
       "Guten Morgen,\n\nmein Arbeitgeber möchte eine Bescheinigung über die Termine, weil"
       " ich dafür früher gegangen bin. Könnten Sie mir eine über alle Behandlungen seit"
       " Ende März ausstellen?\n\nDanke und viele Grüße\nRenate Koch",
       client="tonline", note="a request for a certificate, not a confirmation")  # fmt: skip


def aydin() -> None:
    yes("ak29_aydin_mittagspause.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:25",
        re(1130), "Hallo, heute Termin gemacht 19.02 danke\nMehmet" + OUTLOOK_APP,
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("ak30_aydin_sonntag_zwei.eml", 22, (1131, 1132), ("2026-02-26", "2026-03-05"),
        "2026-03-08 19:02", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Termine 26.2. und 5.3., beide"
        " per Telefon stattgefunden.\n\nMit freundlichen Grüßen\nMehmet Aydın",
        client="outlook")  # fmt: skip
    yes("ak31_aydin_gestern_naechste.eml", 22, (1134,), ("2026-03-19",), "2026-03-20 12:45",
        re(1134),
        "Ja gestern war Termin, hat geklappt in der Mittagspause. Nächste Woche Donnerstag"
        " wieder 12:30? Sonst bitte 13 Uhr wenn geht\nDanke Mehmet" + OUTLOOK_APP,
        client="outlook", reply="cr-1134", style="outlook", bottom=True, staff=True,
        extra=("question",))  # fmt: skip
    no("ak32_aydin_andere_nummer.eml", 22, ("other",), "2026-03-11 21:00", rem(1133),
       "Morgen 12:30 ok. Bitte auf Handy anrufen nicht Festnetz, bin in Mittagspause auf"
       " Baustelle: 0176 4432 1987\nMehmet" + OUTLOOK_APP,
       client="outlook", reply="rem-1133", style="outlook",
       note="a new number for tomorrow's call: staff must pass it on")  # fmt: skip


def oneill() -> None:
    yes("ak33_oneill_tonight.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:40",
        "RE: Bitte bestätigen Sie Ihre Behandlung vom 14.04.2026",
        "Hi,\n\nconfirming tonight's session (14 April) took place. Thanks!\n\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("ak34_oneill_sunday_catchup.eml", 23, (1137, 1138), ("2026-04-21", "2026-04-28"),
        "2026-05-03 20:30", "Sessions April",
        "Hello,\n\nfor your records: the sessions on April 21st and April 28th both went"
        " ahead as planned. Sorry for the late reply, mad week at work.\n\nBest,\n"
        "James O'Neill", client="outlook")  # fmt: skip
    yes("ak35_oneill_us_date_prescription.eml", 23, (1140,), ("2026-05-12",),
        "2026-05-13 07:50", "RE: Bitte bestätigen Sie Ihre Behandlung vom 12.05.2026",
        "Yes - 5/12 happened, thanks. Will the prescription still cover the session on the"
        " 19th?\n\nSent from Outlook for iOS",
        client="outlook", reply="cr-1140", style="outlook_en", staff=True,
        extra=("question",),
        note="US month/day from an English writer; only 12 May fits")  # fmt: skip
    no("ak36_oneill_prescription.eml", 23, ("question",), "2026-04-27 21:15",
       rem(1138, "RE"),
       "Tomorrow works. FYI my prescription runs out after the 19 May session - do I need"
       " to get a new one from Dr. Hahn before then?\n\nJames",
       client="outlook", reply="rem-1138", style="outlook_en")  # fmt: skip
    no("ak37_oneill_no_call.eml", 23, ("question",), "2026-05-19 22:00",
       "RE: Bitte bestätigen Sie Ihre Behandlung vom 19.05.2026",
       "Hi, no session tonight I'm afraid - I waited by the phone from 7:25 till 8 and"
       " nobody called. Did I get the time wrong?\n\nJames",
       client="outlook", reply="cr-1141", style="outlook_en",
       note="no call on 19 May: nothing to confirm")  # fmt: skip


def berger() -> None:
    yes("ak38_berger_mittwoch.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:20",
        re(1142),
        "Guten Tag,\n\nder Termin am Mittwoch, den 6. Mai hat stattgefunden.\n" + BERGER_SIG,
        reply="cr-1142", style="thunderbird", client="thunderbird")  # fmt: skip
    yes("ak39_berger_dienstreise.eml", 24, (1144, 1145), ("2026-05-20", "2026-05-27"),
        "2026-05-31 19:40", "Termine Mai",
        "Hallo,\n\nich war die Woche unterwegs auf Dienstreise und komme erst jetzt dazu:"
        " 20.05. und 27.05. fanden beide statt (den 27. hab ich aus dem Hotel telefoniert)."
        "\nNächsten Mittwoch 3.6. bin ich wieder normal zu Hause erreichbar.\n" + BERGER_SIG,
        client="thunderbird",
        note="3 Jun is announced as the next session, not confirmed")  # fmt: skip
    yes("ak40_berger_abschluss.eml", 24, (1146, 1147), ("2026-06-03", "2026-06-10"),
        "2026-06-10 12:05", re(1147),
        "Termin heute 10.6. und letzte Woche 3.6. bestätigt.\nVielen Dank für alles, das"
        " Knie macht wieder mit!\n" + BERGER_SIG,
        client="thunderbird", reply="cr-1147", style="thunderbird", bottom=True)  # fmt: skip
    no("ak41_berger_absage.eml", 24, ("cancellation",), "2026-05-12 13:30", rem(1143),
       "Hallo, morgen 13.5. passt leider nicht, bin den ganzen Vormittag beim Kunden."
       " Bitte absagen.\nDanke\nU. Berger",
       client="thunderbird", reply="rem-1143", style="thunderbird")  # fmt: skip
    no("ak42_berger_dienstadresse.eml", 0, ("confirmation",), "2026-05-21 08:05",
       "Termin 20.5.",
       "Guten Morgen,\n\nder Telefontermin gestern (20.5.) hat stattgefunden. Schreibe"
       " ausnahmsweise vom Büro aus.\n\nBerger\nSachbearbeitung Forderungsmanagement\n"
       "Stadtwerke Elbtal GmbH",
       client="outlook", sender="u.berger@stadtwerke-elbtal.de", name="Berger, Ursula",
       dates=("2026-05-20",),
       note="an address not registered for any patient: nothing may be recorded, staff"
       " checks it is Ursula Berger (24)")  # fmt: skip


def new_patients() -> None:
    yes("ak43_popescu_formulare_erste.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:20",
        FORMS_RE,
        "Guten Tag,\n\nanbei die Formulare: Anamnesebogen, Datenschutzerklärung und"
        " Einwilligung. Entschuldigung dass so spät, ich hatte viel Arbeit in die Schicht."
        "\nDie erste Stunde heute 2.6. hat gut geklappt, vielen Dank.\n\nElena Popescu",
        client="yahoo", reply="fr-7", style="yahoo", extra=("forms",),
        files=[mc.pdf("Anamnesebogen_Popescu.pdf", 2), mc.pdf("Datenschutzerklaerung.pdf"),
               mc.pdf("Einwilligung_Telebehandlung.pdf")],
        forms=("anamnese", "datenschutz", "einwilligung_tele"))  # fmt: skip
    yes("ak44_richter_unterlagen_iso.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 19:45",
        FORMS_RE,
        "Hallo,\n\nhier die drei Unterlagen, unterschrieben und eingescannt. Und die erste"
        " Sitzung heute (2026-06-03) hat stattgefunden, hat super funktioniert.\n\nJonas"
        + IPHONE,
        client="iphone", reply="fr-8", style="iphone", extra=("forms",),
        files=[mc.pdf("Anamnese_Richter.pdf"), mc.pdf("Datenschutzerklaerung_Richter.pdf"),
               mc.pdf("Einwilligung_Telemedizin_Richter.pdf")],
        forms=("anamnese", "datenschutz", "einwilligung_tele"))  # fmt: skip
    no("ak45_hartmann_formulare_vorher.eml", 20, ("forms",), "2026-10-30 20:10", FORMS_RE,
       "Hallo liebes Praxis-Team,\n\nanbei meine Formulare. Den ersten Termin am Dienstag,"
       " 3.11. um 17 Uhr bestätige ich hiermit, ich bin pünktlich nach der Arbeit online."
       "\n\nLiebe Grüße\nLeonie Hartmann" + WEBDE_APP,
       client="webde", reply="fr-20", style="webde", staff=False,
       files=[mc.pdf("Patientenbogen_Hartmann.pdf"), mc.pdf("DSGVO_Hartmann.pdf"),
              mc.pdf("Einwilligung_Hartmann.pdf")],
       forms=("anamnese", "datenschutz", "einwilligung_tele"),
       note="the first session is still to come: 'bestätige' acknowledges the booking")  # fmt: skip


def main() -> None:
    load_practice()
    mc.HERE = HERE
    becker()
    wolff()
    neumann()
    yildiz()
    zimmermann()
    koch()
    aydin()
    oneill()
    berger()
    new_patients()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
