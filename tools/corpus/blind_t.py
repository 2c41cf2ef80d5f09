"""Write blind set T: an ordinary inbox, second practice week (40 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_t`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
The mix a practice really gets: 28 mails confirm at least one day, most of them plain and
ordinary (a dateless "Hat stattgefunden." under our request, a line from the phone, a
polite paragraph with the practice's own verb, several weeks at once, a year-end catch-up),
and 12 are the rest of a normal week: forms (named PDFs, camera photos), a question about
the prescription, a cancellation, reschedules, technical trouble (nobody joined, a call
broken off), a no under our request, a question about a cancelled day, an invoice date that
is also a treatment day, and a "see you tomorrow" under our reminder.
German first, some English, a Turkish-German and a Romanian-German learner, an elderly
writer without punctuation, a mother writing for her daughter, a patient from her second
(office) address; every mail program and most quote styles make_corpus knows, top- and
bottom-posted.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from textwrap import dedent

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_t")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def text(body: str, foot: str = "") -> str:
    """A mail body written as an indented triple-quoted string, then a mobile footer."""
    return dedent(body).strip("\n") + foot


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), note="", sender=None, name=None, foot=""):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=text(body, foot),
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), note="", staff=True, sender=None, name=None, files=(),
       forms=(), foot=""):  # fmt: skip
    human(file, sender=sender or pid, name=name, date=date, subject=subject, body=text(body, foot),
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


def re(aid: int) -> str:
    return f"AW: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
PROTON = "\n\nSent with Proton Mail secure email."
FREENET = "\n\n--\nfreenet Mail: Jetzt kostenlos registrieren unter www.freenet.de"


def confirmations() -> None:
    yes("t01_wagner_jahr_vertippt.eml", 21, (1124,), ("2026-01-12",), "2026-01-13 07:52",
        re(1124), """
        Guten Morgen,

        ja der Termin am 12.01.25 hat stattgefunden.

        Viele Grüße
        Sophie Wagner
        """, client="webde", reply="cr-1124", style="webde",
        note="'12.01.25': last year's number out of habit in January; the reply to our request"
        " for 12.01.2026 and day/month identify the appointment")  # fmt: skip
    yes("t02_wagner_zwei_januar.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
        "2026-01-27 19:41", "Bestätigung Termine Januar", """
        Hallo liebes Praxisteam,

        hiermit bestätige ich Ihnen die beiden Videotermine am 19. und 26. Januar, beide
        haben wie geplant stattgefunden. Die Übungen für den Nacken mache ich fleißig weiter!

        Schönen Abend noch
        Sophie Wagner
        """, client="apple")  # fmt: skip
    yes("t03_wolff_foermlich.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:34",
        re(1028), """
        Sehr geehrte Damen und Herren,

        hiermit bestätige ich, dass die telefonische Krankengymnastik am Freitag, den
        16.01.2026 stattgefunden hat.

        Mit freundlichem Gruß

        Hans-Jürgen Wolff
        Am Lindenhang 14
        14469 Potsdam
        Tel. 0331 / 27 01 54 4
        """, client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("t04_krueger_monatswechsel.eml", 1, (1007, 1008), ("2026-02-24", "2026-03-03"),
        "2026-03-03 20:15", re(1008), """
        Hallo,

        bestätige gerne die Termine vom 24.2. und heute (3.3.). Den vom Februar hatte ich
        glaube ich vergessen, sorry!

        Liebe Grüße
        Sabine Krüger
        """, client="webde", reply="cr-1008", style="webde")  # fmt: skip
    yes("t05_becker_knapp.eml", 2, (1010,), (), "2026-02-02 19:24", re(1010), """
        Hat stattgefunden.

        Beste Grüße
        Thomas Becker

        Becker Wohnbau GmbH
        Geschäftsführer
        Mobil +49 171 5523 081
        Handelsregister: AG Charlottenburg HRB 187 344 B
        """, client="outlook", reply="cr-1010", style="outlook",
        note="dateless yes under our request for one appointment")  # fmt: skip
    yes("t06_becker_wochentage.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 07:48", "Termine diese Woche", """
        Moin,

        Mo 9.2. und Do 12.2. beide gehabt, passt alles.

        TB
        """, foot=IPHONE, client="iphone")  # fmt: skip
    yes("t07_demir_smiley.eml", 3, (1019,), (), "2026-03-04 10:07", re(1019), """
        Ja hat stattgefunden, danke! 🙂
        Aylin
        """, client="gmail", reply="cr-1019", style="gmail",
        note="dateless yes under our request for one appointment")  # fmt: skip
    yes("t08_demir_nachtraeglich.eml", 3, (1020, 1021, 1022),
        ("2026-03-11", "2026-03-18", "2026-03-25"), "2026-03-26 21:33", "Bestätigung", """
        Hallo zusammen,

        sorry dass ich mich erst jetzt melde, war viel los bei der Arbeit. Die Termine am
        11., 18. und 25.03. haben alle stattgefunden.

        LG Aylin Demir
        """, client="gmail")  # fmt: skip
    yes("t09_aydin_heute.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:12", re(1130), """
        Hallo

        ich bestätige das termin heute 19.02 war gemacht per telefon.

        Danke schön
        Mehmet Aydın
        """, foot=SAMSUNG, client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("t10_koch_ohne_punkt.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-03-31 11:20", re(1111), """
        hallo praxis impulse
        die termine montag 23 märz mittwoch 25 märz und montag 30 märz waren alle in ordnung
        die dame am telefon war sehr nett und geduldig mit mir
        gruß renate koch
        """, client="tonline", reply="cr-1111", style="tonline")  # fmt: skip
    yes("t11_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:12", re(1034), """
        Hallo,

        Marie war heute um halb vier dran, hat alles gut geklappt. Sie hat sogar Spaß an den
        Übungen :-)

        Viele Grüße
        Katrin Schulz (Mama von Marie)
        """, client="thunderbird", reply="cr-1034", style="thunderbird", name="Katrin Schulz",
        note="the mother writes from the registered family address about her daughter's"
        " (the patient's) session")  # fmt: skip
    yes("t12_hoffmann_zwei_heute.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:03",
        re(1043), """
        Guten Abend,

        heute beide Termine wahrgenommen, morgens das Gerätetraining und mittags die MT.
        Bitte beide verbuchen.

        Gruß
        P. Hoffmann
        """, client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on 18 May, the mail names both")  # fmt: skip
    yes("t13_hoffmann_pfingsten.eml", 6, (1044,), ("2026-05-26",), "2026-05-27 07:12",
        re(1044), """
        Guten Morgen,

        der Termin am Dienstag nach Pfingsten hat stattgefunden (wegen des Feiertags ja
        einen Tag später als sonst).

        Gruß
        Peter Hoffmann
        """, client="outlook", reply="cr-1044", style="outlook",
        note="'Dienstag nach Pfingsten' is 26 May 2026 (Whit Monday 25 May)")  # fmt: skip
    yes("t14_oneill_three.eml", 23, (1137, 1138, 1139), ("2026-04-21", "2026-04-28", "2026-05-05"),
        "2026-05-06 08:31", "RE: Bitte bestätigen Sie Ihre Behandlung vom 05.05.2026", """
        Hello,

        Just confirming my last three phone sessions: April 21st, April 28th and May 5th.
        All three took place as scheduled.

        Best,
        James O'Neill
        """, client="outlook", reply="cr-1139", style="outlook_en")  # fmt: skip
    yes("t15_berger_gestern_unten.eml", 24, (1142,), ("2026-05-06",), "2026-05-07 10:02",
        re(1142), """
        Sehr geehrtes Praxisteam,

        ja, ich wurde gestern pünktlich angerufen und wir haben die Übungen für das Knie
        zusammen gemacht. Das bestätige ich Ihnen gern. Ich hoffe, ich antworte hier richtig,
        meine Enkelin hat mir das E-Mail-Programm eingerichtet.

        Herzliche Grüße
        Ursula Berger
        """, reply="cr-1142", style="thunderbird", bottom=True)  # fmt: skip
    yes("t16_berger_mittwochs.eml", 24, (1143, 1144, 1145, 1146),
        ("2026-05-13", "2026-05-20", "2026-05-27", "2026-06-03"), "2026-06-04 09:45",
        "Telefontermine", """
        Guten Tag,

        die Mittwochstermine vom 13. Mai bis zum 3. Juni haben alle stattgefunden, das waren
        vier Stück. Nächste Woche bin ich auch wieder da.

        Mit freundlichen Grüßen
        Ursula Berger
        """, note="a range of Wednesdays, counted by the writer: the four appointments inside")  # fmt: skip
    yes("t17_popescu_juni.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"), "2026-06-10 12:04",
        re(1047), """
        Hallo,

        ich möchte bestätigen, dass ich Behandlung am 2. und 9. Juni hatte. Es war sehr gut
        für meine Rücken.

        Vielen Dank und schöne Grüße
        Elena Popescu
        """, client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("t18_richter_daumen.eml", 8, (1051,), (), "2026-06-03 19:40", re(1051), """
        Jo, hat stattgefunden 👍🏼
        """, foot=IPHONE, client="iphone", reply="cr-1051", style="iphone",
        note="dateless yes under our request for one appointment")  # fmt: skip
    yes("t19_neumann_vier_und_frage.eml", 9, (1056, 1057, 1058, 1059),
        ("2026-07-07", "2026-07-09", "2026-07-14", "2026-07-16"), "2026-07-17 09:31",
        "Krankengymnastik Juli", """
        Liebe Praxis Impulse,

        hiermit bestätige ich die Krankengymnastik am Telefon am 07.07., 09.07., 14.07. und
        16.07.2026.

        Reicht meine Verordnung eigentlich noch für die Termine nächste Woche? Ich meine,
        es waren nur sechs Behandlungen verschrieben.

        Freundliche Grüße
        Gisela Neumann
        """, foot=FREENET, staff=True, extra=("question",),
        note="four days confirmed; the question about the prescription needs staff")  # fmt: skip
    yes("t20_brandt_unten_zwei.eml", 10, (1063, 1064), ("2026-07-03", "2026-07-10"),
        "2026-07-10 18:02", re(1064), """
        Bestätige den 10.07.2026. Den vom 3.7. hatte ich noch nicht bestätigt, der war
        natürlich auch.

        Gruß Lukas
        """, client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    yes("t21_carter_today.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:06",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026", """
        Hi!

        Confirming that today's session (Aug 3) took place. Thanks so much, my shoulder
        already feels better.

        Emily
        """, client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("t22_yildiz_zwei_wochen.eml", 12, (1075, 1076), ("2026-08-05", "2026-08-12"),
        "2026-08-12 12:15", re(1076), """
        Merhaba,

        ja heute Termin hat stattgefunden. Letzte Woche auch (5.8.), hab vergessen zu
        schreiben.

        Danke
        Fatma
        """, client="webde", reply="cr-1076", style="webde")  # fmt: skip
    yes("t23_lehmann_september.eml", 14, (1087, 1088, 1089, 1090),
        ("2026-09-08", "2026-09-15", "2026-09-22", "2026-09-29"), "2026-09-30 08:17",
        "Termine September", """
        Hallo,

        im September hatte ich alle vier Termine (8., 15., 22. und 29.), die kann ich Ihnen
        hiermit bestätigen.

        Beste Grüße
        Anna Lehmann

        --
        Anna Lehmann, M.Sc.
        Wissenschaftliche Mitarbeiterin
        Institut für Angewandte Informatik, Raum 3.14
        Tel. +49 30 838 75 512
        """, client="thunderbird")  # fmt: skip
    yes("t24_zimmermann_zweistellig.eml", 15, (1093, 1094), ("2026-10-05", "2026-10-12"),
        "2026-10-13 09:02", "Bestätigung Anwendungen", """
        Guten Tag,

        ich bestätige die Anwendungen vom 05.10.26 und 12.10.26.
        Am 19.10. bin ich wie besprochen wieder um 11 Uhr erreichbar.

        MfG
        Klaus Zimmermann
        """)  # fmt: skip
    yes("t25_schaefer_buero.eml", 16, (1098, 1099), ("2026-10-07", "2026-10-14"),
        "2026-10-15 08:52", re(1099), """
        Guten Morgen,

        die Termine am 07.10. und 14.10. haben beide stattgefunden. Ich schreibe vom Büro
        aus, die private Adresse ist aber weiterhin richtig.

        Viele Grüße
        Birgit Schäfer

        Schäfer Steuerberatung
        Birgit Schäfer, Steuerberaterin
        Kaiserstraße 22 · 60311 Frankfurt am Main
        Tel. 069 / 21 99 87 0 · Fax 069 / 21 99 87 29

        Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten.
        Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender
        und vernichten Sie diese E-Mail.
        """, client="outlook", reply="cr-1099", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from the patient's second registered address")  # fmt: skip
    yes("t26_jansen_letzte_woche.eml", 17, (1104, 1105), ("2026-10-22", "2026-10-29"),
        "2026-10-29 12:01", re(1105), """
        Moin!

        Heute und letzte Woche Donnerstag hat beides geklappt.

        Ole
        """, client="gmail", reply="cr-1105", style="gmail",
        note="'letzte Woche Donnerstag' written on Thursday 29 October: 22 October")  # fmt: skip
    yes("t27_nowak_jahresende.eml", 19, (1116, 1117, 1118, 1119),
        ("2026-11-06", "2026-11-13", "2026-11-20", "2026-11-27"), "2026-12-30 10:14",
        "Bestätigung November", """
        Hallo Praxis Impulse,

        kurz vor Jahresende noch meine Bestätigung für November, ich habe es die ganze Zeit
        vor mir hergeschoben: 6.11., 13.11., 20.11. und 27.11. - alle vier Termine haben
        stattgefunden. Danke für die gute Betreuung, der Rücken ist deutlich besser als im
        Herbst.

        Einen guten Rutsch!
        David Nowak
        """, foot=PROTON)  # fmt: skip
    yes("t28_hartmann_zwei.eml", 20, (1120, 1121), ("2026-11-03", "2026-11-10"),
        "2026-11-10 19:03", re(1121), """
        Hey,

        ja heute war alles gut! Den Termin letzte Woche (3.11.) bestätige ich hiermit auch.

        LG Leonie
        """, client="webde", reply="cr-1121", style="webde")  # fmt: skip


def others() -> None:
    no("t29_hartmann_unterlagen.eml", 20, ("forms",), "2026-10-31 15:40",
       "AW: Ihre Unterlagen für die Behandlung", """
       Hallo,

       anbei die drei Unterlagen ausgefüllt und unterschrieben.

       Viele Grüße
       Leonie Hartmann
       """, client="webde", reply="fr-20", style="webde", staff=False,
       files=(mc.pdf("Anamnesebogen_Hartmann.pdf", 2),
              mc.pdf("Datenschutzerklaerung_unterschrieben.pdf"),
              mc.pdf("Einwilligung Telebehandlung.pdf")),
       forms=("anamnese", "datenschutz", "einwilligung_tele"))  # fmt: skip
    no("t30_jansen_fotos.eml", 17, ("forms",), "2026-10-19 20:51",
       "Re: Ihre Unterlagen für die Behandlung", """
       Moin,

       anbei die ausgefüllten Bögen als Foto, hoffe man kann alles lesen. Scanner hab ich
       leider keinen.

       Ole
       """, client="gmail", reply="fr-17", style="gmail",
       files=(mc.jpeg("IMG_20261019_204512.jpg"), mc.jpeg("IMG_20261019_204530.jpg", 52_000)),
       forms=("unclassified", "unclassified"),
       note="camera photos, the body does not say which form is which: staff files them")  # fmt: skip
    no("t31_zimmermann_verordnung.eml", 15, ("question",), "2026-10-20 17:25",
       "Frage zur Verordnung", """
       Guten Tag,

       wie viele Behandlungen sind auf meiner Verordnung noch offen? Mein Hausarzt fragt,
       ob er eine neue ausstellen soll.

       MfG
       Klaus Zimmermann
       """)  # fmt: skip
    no("t32_lehmann_klausur.eml", 14, ("cancellation",), "2026-10-09 13:10",
       "Absage Dienstag 13.10.", """
       Liebes Praxisteam,

       leider muss ich den Termin am Dienstag, 13.10., absagen - ich schreibe an dem Tag
       eine Klausur, die kurzfristig verlegt wurde. Den Termin danach nehme ich gern wahr.

       Beste Grüße
       Anna Lehmann
       """, client="thunderbird")  # fmt: skip
    no("t33_vogel_verlegen.eml", 13, ("reschedule",), "2026-09-21 06:48",
       "AW: Ihr Videotermin am 24.09.2026", """
       Bitte den Termin am Donnerstag auf Freitag, 25.09., gleiche Uhrzeit, verlegen. Danke.

       Dr. M. Vogel

       Vogel & Partner Rechtsanwälte mbB
       Dr. Michael Vogel, Fachanwalt für Arbeitsrecht
       Sitz: München, AG München PR 1472

       Diese Nachricht ist vertraulich. Sollten Sie nicht der beabsichtigte Empfänger sein,
       ist jede Nutzung unzulässig.
       """, client="outlook", reply="vl-1084", style="outlook")  # fmt: skip
    no("t34_popescu_niemand.eml", 7, ("technical",), "2026-06-16 11:24",
       "AW: Ihr Videotermin am 16.06.2026", """
       Guten Tag,

       ich bin in Video seit 11 Uhr aber niemand kommt. Ist Termin heute? Ich warte noch.

       Elena Popescu
       """, client="yahoo", reply="vl-1048", style="yahoo",
       note="the session has not taken place (yet): nothing to confirm")  # fmt: skip
    no("t35_richter_abgesagt.eml", 8, ("cancellation",), "2026-06-24 20:10", re(1054), """
        Hi, der Termin am 24.6. hat nicht stattgefunden - ich hatte am Montag telefonisch
        abgesagt. Bitte nicht abrechnen.

        Jonas
        """, foot=IPHONE, client="iphone", reply="cr-1054", style="iphone",
       note="answers our request with no: the session was cancelled by phone")  # fmt: skip
    no("t36_carter_invoice.eml", 11, ("question",), "2026-09-04 16:30", "Invoice", """
       Hi,

       I received your invoice dated 31 August - my insurer needs the sessions listed
       one by one with the treatment codes. Could you send me an itemised version?

       Thanks,
       Emily Carter
       """, client="gmail",
       note="31 August is an invoice date (and a treatment day), not a confirmation")  # fmt: skip
    no("t37_zimmermann_bis_morgen.eml", 15, ("other",), "2026-11-01 11:42",
       "AW: Erinnerung: Ihr Termin am 02.11.2026", """
       Danke für die Erinnerung, bin morgen um 11 dabei.

       Klaus Zimmermann
       """, reply="rem-1097", style="thunderbird", staff=False,
       note="acknowledges tomorrow's appointment under our reminder: nothing to do")  # fmt: skip
    no("t38_yildiz_abgesagt.eml", 12, ("question",), "2026-08-19 11:20",
       "Termin heute", """
       Hallo,

       heute 19.08 kein Anruf gekommen, ich habe gewartet. War der Termin abgesagt? Keiner
       hat mir gesagt.

       Fatma Yıldız
       """, client="webde",
       note="the 19 August appointment was cancelled by the practice; no session took place")  # fmt: skip
    no("t39_schaefer_abbruch.eml", 16, ("technical", "question"), "2026-10-21 21:05",
       re(1100), """
       Hallo,

       bestätigen kann ich den Termin heute so leider nicht: nach ca. 10 Minuten ist die
       Verbindung abgebrochen und kam nicht wieder, wir haben es dann gelassen. Wie wird das
       jetzt abgerechnet?

       Viele Grüße
       Birgit Schäfer
       """, client="webde", reply="cr-1100", style="webde",
       note="a session broken off after ten minutes: not confirmed, staff decides")  # fmt: skip
    no("t40_krueger_spaeter.eml", 1, ("reschedule",), "2026-03-09 12:05",
       "AW: Erinnerung: Ihr Termin am 10.03.2026", """
       Hallo,

       könnten wir den Termin morgen eine Stunde später machen, also 11 Uhr? Wenn das nicht
       geht, bin ich um 10 da.

       LG Sabine Krüger
       """, client="webde", reply="rem-1009", style="webde")  # fmt: skip


def main() -> None:
    load_practice()
    mc.HERE = HERE
    HERE.mkdir(parents=True, exist_ok=True)
    confirmations()
    others()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.write_labels()
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"blind_t: {len(mc.MAILS)} mails, {confirming} confirm")


if __name__ == "__main__":
    main()
