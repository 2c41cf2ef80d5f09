"""Write blind set AA: an ordinary summer inbox, June to September 2026 (51 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_aa`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
The mails a practice gets over the summer weeks: mostly plain confirmations from the
patients treated then (a student, an elderly lady on the phone, a young man on his iPhone,
a lawyer with a disclaimer, an English expat, learners of German from Romania and Turkey),
very short to chatty; a few catching up on two or three sessions (late May answered in
June), a few written by a relative from the patient's address (mother, husband, daughters),
some with a small second matter (a prescription, an invoice, exercises as a PDF). 36 mails
confirm at least one day, 15 look like confirmations and are not (a call nobody made, a
video that froze, a forgotten session, a call cut off after ten minutes, a cancellation,
two reschedules, questions about invoices, prescriptions and October, a holiday
auto-reply, "morgen passt").
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from typing import Any

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_aa")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file: str, pid: int, ids: tuple[int, ...], dates: tuple[str, ...], date: str,
        subject: str, body: str, *, staff: bool = False, extra: tuple[str, ...] = (),
        note: str = "", **kw: Any) -> None:  # fmt: skip
    human(file, sender=kw.pop("sender", pid), date=date, subject=subject, body=body,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      needs_staff=staff, note=note), **kw)  # fmt: skip


def no(file: str, pid: int, cats: tuple[str, ...], date: str, subject: str, body: str, *,
       staff: bool = True, note: str = "", **kw: Any) -> None:  # fmt: skip
    human(file, sender=kw.pop("sender", pid), date=date, subject=subject, body=body,
          label=Label(cats, patient=pid, needs_staff=staff, note=note), **kw)  # fmt: skip


def re(aid: int) -> str:
    return f"AW: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def re_en(aid: int) -> str:
    return f"RE: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
HOFFMANN = """
Peter Hoffmann
Leiter Einkauf
Hoffmann & Söhne Metallbau GmbH
Gewerbestraße 12 · 59174 Kamen
Tel. +49 2307 55 66-0 · www.hoffmann-metallbau.de"""
VOGEL = """
Dr. Michael Vogel
Rechtsanwalt | Partner
Vogel & Partner Rechtsanwälte mbB
Kurfürstendamm 88 · 10709 Berlin
T +49 30 2345 6789-0 · m.vogel@vogel-partner.de

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail ist nicht gestattet."""
LEHMANN = """
--
Anna Lehmann, M.A.
Wissenschaftliche Mitarbeiterin
Institut für Sportwissenschaft · Universität Beispielstadt
Raum 2.14 · Tel. 0521 106-4471"""


def june() -> None:
    yes("aa01_schulz_mutter_mai.eml", 5, (1037, 1038, 1039),
        ("2026-05-07", "2026-05-21", "2026-05-28"), "2026-06-01 20:15", re(1039),
        "Guten Abend,\n\nentschuldigen Sie bitte, dass ich mich erst jetzt melde - im Mai ist"
        " bei uns einiges liegen geblieben. Marie hatte alle drei Videotermine im Mai, am 7.,"
        " am 21. und am 28. Mai, und alle drei haben stattgefunden. Sie war jedes Mal"
        " dabei.\n\nViele Grüße\nKatrin Schulz (Mutter von Marie)",
        name="Katrin Schulz", client="thunderbird", reply_to="cr-1039",
        quote_style="thunderbird",
        note="the mother writes from the family address; all three May sessions named")  # fmt: skip
    yes("aa02_hoffmann_zwei.eml", 6, (1044, 1045), ("2026-05-26", "2026-06-01"),
        "2026-06-02 06:52", re(1045),
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlungen (KG am Gerät) vom 26.05.2026"
        " und vom 01.06.2026. Die Anfrage zum 26. Mai war mir durchgerutscht, sorry.\n\n"
        "Mit freundlichen Grüßen\n" + HOFFMANN,
        client="outlook", reply_to="cr-1045", quote_style="outlook_classic")  # fmt: skip
    yes("aa03_berger_caps.eml", 24, (1144, 1145), ("2026-05-20", "2026-05-27"),
        "2026-06-02 10:05", "BESTÄTIGUNG",
        "SEHR GEEHRTE DAMEN UND HERREN\n\nICH BESTÄTIGE DIE BEHANDLUNGEN AM TELEFON VOM 20.5."
        " UND 27.5.\nIHRE BRIEFE HABE ICH ERST JETZT GESEHEN MEIN ENKEL HAT ES MIR GEZEIGT\n\n"
        "MIT FREUNDLICHEN GRÜSSEN\nURSULA BERGER")  # fmt: skip
    yes("aa04_popescu_erster.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:10", re(1046),
        "Guten Tag,\n\nja, die Behandlung war heute 2 Juni um 11 Uhr mit Video. Alles hat gut"
        " funktioniert, danke für die Geduld mit meine Deutsch.\n\nViele Grüße\nElena Popescu",
        client="yahoo", reply_to="cr-1046", quote_style="yahoo")  # fmt: skip
    no("aa05_berger_kein_anruf.eml", 24, ("other",), "2026-06-03 10:30",
       "AW: Erinnerung: Ihr Termin am 03.06.2026",
       "Guten Tag,\n\nheute um 9 Uhr sollte mich die Therapeutin anrufen. Ich habe bis halb"
       " zehn neben dem Telefon gesessen, aber es hat niemand angerufen. Bitte rufen Sie mich"
       " zurück unter 02351 / 44 87 12.\n\nMit freundlichen Grüßen\nUrsula Berger",
       reply_to="rem-1146",
       note="nobody called on 3 June: the session did not take place; staff call back")  # fmt: skip
    yes("aa06_richter_jo.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:41", re(1051),
        "Jo, hat stattgefunden am 3.6. 👍" + IPHONE,
        client="iphone", reply_to="cr-1051", quote_style="iphone")  # fmt: skip
    yes("aa07_oneill_late.eml", 23, (1140, 1141), ("2026-05-12", "2026-05-19"),
        "2026-06-04 22:30", re_en(1141),
        "Hi there,\n\nApologies for the slow reply - I've been travelling. Both of my phone"
        " sessions in May took place as planned: Tuesday 12 May and Tuesday 19 May, each at"
        " 7.30pm.\n\nBest regards,\nJames O'Neill",
        client="outlook", reply_to="cr-1141", quote_style="outlook_en",
        note="5 May is not mentioned and stays open")  # fmt: skip
    yes("aa08_koch_april.eml", 18, (1114,), ("2026-04-13",), "2026-06-08 16:20", re(1114),
        "Hallo,\n\nbeim Aufräumen meines Postfachs habe ich Ihre Mail gefunden, Entschuldigung!"
        " Ja, die Behandlung am Montag, 13. April hat stattgefunden.\n\nSchöne Grüße\n"
        "Renate Koch",
        client="tonline", reply_to="cr-1114", quote_style="tonline")  # fmt: skip
    yes("aa09_berger_ehemann.eml", 24, (1147,), ("2026-06-10",), "2026-06-11 09:20", re(1147),
        "Guten Tag,\n\nich schreibe für meine Frau. Sie hatte gestern, Mittwoch den 10. Juni,"
        " ihre Behandlung am Telefon, um 9 Uhr wie vereinbart. Das hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nWerner Berger",
        reply_to="cr-1147", note="the husband writes from his wife's address")  # fmt: skip
    yes("aa10_popescu_zwei.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"),
        "2026-06-17 19:00", "Bestätigung Termine",
        "Hallo,\n\nich habe vergessen letzte Woche zu antworten. Die Termine am 9.6 und 16.6"
        " (Dienstag) sind beide gewesen, per Video mit Frau Therapeutin. Bitte"
        " entschuldigen.\n\nElena", client="yahoo")  # fmt: skip
    yes("aa11_richter_unten.eml", 8, (1053,), ("2026-06-17",), "2026-06-17 19:52", re(1053),
        "Ja, heute 17/06 war die Sitzung. Passt alles" + IPHONE,
        client="iphone", reply_to="cr-1053", quote_style="iphone", bottom_post=True)  # fmt: skip
    yes("aa12_popescu_rezept.eml", 7, (1049,), ("2026-06-23",), "2026-06-23 13:15", re(1049),
        "Guten Tag,\n\nja heute 23.06. Termin hat stattgefunden.\nEine Frage noch: nächste"
        " Woche ist letzte Termin, aber Schulter ist noch nicht gut. Muss ich neue Rezept holen"
        " von Arzt oder machen Sie das?\n\nDanke und Gruß\nElena Popescu",
        client="yahoo", reply_to="cr-1049", quote_style="yahoo", staff=True,
        extra=("question",), note="confirms 23 June and asks about a new prescription")  # fmt: skip
    no("aa13_richter_eingefroren.eml", 8, ("technical",), "2026-06-24 19:45", re(1054),
       "Heute hat leider nicht wirklich stattgefunden - das Video ist dauernd eingefroren,"
       " nach ca 5 min haben wir abgebrochen. Ihre Kollegin wollte sich wegen Ersatztermin"
       " melden." + IPHONE,
       client="iphone", reply_to="cr-1054", quote_style="iphone",
       note="broken off after five minutes: 24 June is not confirmed")  # fmt: skip


def july() -> None:
    yes("aa14_popescu_letzte.eml", 7, (1050,), ("2026-06-30",), "2026-07-01 08:30", re(1050),
        "Guten Morgen,\n\nTermin am 30.06.2026 hat stattgefunden. Das war letzte Mal, vielen"
        " Dank für alles! Meine Schulter ist viel besser.\n\nElena Popescu",
        client="yahoo", reply_to="cr-1050", quote_style="yahoo", bottom_post=True)  # fmt: skip
    yes("aa15_richter_rechnung.eml", 8, (1055,), ("2026-07-01",), "2026-07-02 07:45", re(1055),
        "Hallo,\n\ndie Sitzung am Mittwoch (1.7.) hat stattgefunden, danke.\n\nKönnten Sie mir"
        " noch eine Rechnung für Juni schicken? Meine Versicherung will die Einzeltermine mit"
        " Datum sehen.\n\nViele Grüße\nJonas Richter",
        client="apple", reply_to="cr-1055", quote_style="iphone", staff=True,
        extra=("question",), note="confirms 1 July and asks for an invoice")  # fmt: skip
    yes("aa16_brandt_iso.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:35", re(1063),
        "2026-07-03: Termin hat stattgefunden.\n\n-- \nLukas Brandt\nhttps://lukasbrandt.dev",
        client="thunderbird", reply_to="cr-1063", quote_style="thunderbird",
        bottom_post=True)  # fmt: skip
    no("aa17_hoffmann_rechnung.eml", 6, ("question",), "2026-07-06 08:10",
       "Rechnung vom 30.06.2026",
       "Guten Tag,\n\nzu Ihrer Rechnung vom 30.06.2026: Könnten Sie diese bitte noch einmal"
       " auf meine Privatadresse (Am Lindenhof 4, 59174 Kamen) ausstellen? Meine Versicherung"
       " nimmt keine Rechnungen mit der Firmenanschrift an.\n\nVielen Dank und freundliche"
       " Grüße\n" + HOFFMANN,
       client="outlook", note="30 June is the invoice date, not a treatment")  # fmt: skip
    yes("aa18_neumann_woche.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 10:40", re(1057),
        "Sehr geehrte Damen und Herren,\n\nich möchte Ihnen bestätigen, dass die Behandlungen"
        " am Telefon in dieser Woche am Dienstag und heute stattgefunden haben. Die Dame war"
        " sehr nett und hat mir die Übungen gut erklärt.\n\nMit freundlichen Grüßen\n"
        "Gisela Neumann",
        client="outlook", reply_to="cr-1057", quote_style="outlook",
        note="'Dienstag' is 7 July, 'heute' 9 July")  # fmt: skip
    no("aa19_brandt_verschwitzt.eml", 10, ("other",), "2026-07-10 19:10", re(1064),
       "Nein, hat nicht stattgefunden - ich hab den Termin heute komplett verschwitzt, sorry!"
       "\nMuss ich den jetzt bezahlen?\n\nGruß\nLukas",
       client="thunderbird", reply_to="cr-1064", quote_style="thunderbird", bottom_post=True,
       note="a no under our request: 10 July did not take place")  # fmt: skip
    no("aa20_neumann_augenarzt.eml", 9, ("reschedule",), "2026-07-13 16:00",
       "Termin Donnerstag",
       "Sehr geehrte Damen und Herren,\n\nam Donnerstag, den 16. Juli, habe ich um 9 Uhr einen"
       " Termin beim Augenarzt. Könnte mich die Therapeutin an diesem Tag vielleicht erst um"
       " 11 Uhr anrufen? Es tut mir leid für die Umstände.\n\nMit freundlichen Grüßen\n"
       "Gisela Neumann", client="outlook")  # fmt: skip
    yes("aa21_neumann_tochter.eml", 9, (1058,), ("2026-07-14",), "2026-07-14 19:30",
        "Behandlung meiner Mutter Gisela Neumann",
        "Hallo liebes Praxisteam,\n\nich bin die Tochter von Frau Neumann und schaue zur Zeit"
        " ihre Mails durch, weil sie mit dem Tablet nicht so gut zurechtkommt. Mama hatte heute,"
        " am 14.07., um 9 Uhr ihre Telefonbehandlung. Sie sagt, es hat alles gut geklappt und"
        " ihr gut getan.\n\nLiebe Grüße\nSandra Neumann-Pohl",
        name="Gisela Neumann", note="the daughter writes from her mother's address")  # fmt: skip
    yes("aa22_neumann_kurz.eml", 9, (1059,), ("2026-07-16",), "2026-07-16 11:05", re(1059),
        "Ja, am 16. Juli war die Behandlung.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="outlook", reply_to="cr-1059", quote_style="outlook")  # fmt: skip
    no("aa23_popescu_bescheinigung.eml", 7, ("question",), "2026-07-20 18:25",
       "Bescheinigung für Arbeitgeber",
       "Hallo,\n\nmein Arbeitgeber braucht eine Bescheinigung über meine Termine bei Ihnen im"
       " Juni, für die Stunden wo ich nicht gearbeitet habe. Können Sie das schicken per"
       " Mail?\n\nDanke\nElena Popescu", client="yahoo",
       note="asks for a certificate; names no day")  # fmt: skip
    yes("aa24_neumann_donnerstag.eml", 9, (1061,), ("2026-07-23",), "2026-07-23 10:50",
        re(1061),
        "Sehr geehrte Damen und Herren,\n\nauch heute, Donnerstag den 23. Juli, hat die"
        " Behandlung stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="outlook", reply_to="cr-1061", quote_style="outlook",
        note="'auch heute' - the Tuesday before (21 July) is not named and stays open")  # fmt: skip
    yes("aa25_brandt_zwei.eml", 10, (1065, 1066), ("2026-07-17", "2026-07-24"),
        "2026-07-25 11:10", "Termine 17.+24.7.",
        "Hi,\n\nkurz zusammengefasst, weil ich noch zwei Anfragen offen hab: die Termine am Fr"
        " 17.07. und Fr 24.07. haben beide stattgefunden.\n\nGruß\nLukas",
        client="thunderbird")  # fmt: skip
    yes("aa26_neumann_gestern.eml", 9, (1062,), ("2026-07-28",), "2026-07-29 09:15", re(1062),
        "Guten Morgen,\n\ndie Behandlung gestern hat stattgefunden. Es war die letzte, und ich"
        " bedanke mich herzlich bei Ihnen allen.\n\nIhre Gisela Neumann",
        client="outlook", reply_to="cr-1062", quote_style="outlook")  # fmt: skip
    no("aa27_neumann_kur.eml", 9, ("question",), "2026-07-30 21:05",
       "Frage zur weiteren Behandlung",
       "Hallo,\n\nhier noch einmal Sandra Neumann-Pohl, die Tochter. Mama fährt vom 10. bis"
       " 31. August zur Kur nach Bad Salzuflen. Der Hausarzt meint, danach soll die"
       " Krankengymnastik weitergehen. Können wir für September schon neue Termine ausmachen,"
       " am liebsten wieder dienstags und donnerstags vormittags? Ein neues Rezept bringt sie"
       " aus der Kur mit.\n\nLiebe Grüße\nSandra Neumann-Pohl",
       name="Gisela Neumann", note="the daughter asks for September appointments")  # fmt: skip


def august() -> None:
    yes("aa28_brandt_monatsende.eml", 10, (1067,), ("2026-07-31",), "2026-08-01 10:20",
        re(1067), "31.7. hat stattgefunden, danke.",
        client="thunderbird", reply_to="cr-1067", quote_style="thunderbird",
        bottom_post=True)  # fmt: skip
    yes("aa29_carter_monday.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Hi, yes, today's session (Monday 3 August) took place. Thanks!\n\nEmily",
        client="gmail", reply_to="cr-1069", quote_style="gmail_en")  # fmt: skip
    yes("aa30_yildiz_handy.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:15", re(1075),
        "Hallo\nja termin heute 05.08 telefon war gut hat stattgefunden\ndanke schön\nFatma"
        + SAMSUNG,
        client="samsung", reply_to="cr-1075", quote_style="samsung")  # fmt: skip
    yes("aa31_brandt_folgerezept.eml", 10, (1068,), ("2026-08-07",), "2026-08-07 17:45",
        re(1068),
        "Moin,\n\nheute (07.08.) hat stattgefunden, war die letzte aus der Serie. Der Rücken ist"
        " deutlich besser, aber beim Laufen zieht es noch. Kann ich eine Folgeverordnung"
        " bekommen bzw. soll ich dafür zum Orthopäden? Würde gern noch 4-6 Termine machen, gern"
        " wieder freitags.\n\nGruß\nLukas",
        client="thunderbird", reply_to="cr-1068", quote_style="thunderbird", staff=True,
        extra=("question",), note="confirms 7 August and asks about more sessions")  # fmt: skip
    yes("aa32_carter_weitergeleitet.eml", 11, (1070,), ("2026-08-10",), "2026-08-11 08:10",
        "Fwd: Bitte bestätigen Sie Ihre Behandlung vom 10.08.2026",
        "Sorry for the late reply! Confirming my session on Aug 10th went ahead as planned.\n\n"
        "Best,\nEmily Carter",
        client="gmail", forward="cr-1070", quote_style="forward_gmail",
        note="forwarded our request back instead of replying")  # fmt: skip
    yes("aa33_yildiz_mittwoch.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 13:30",
        re(1076), "Hallo, Termin am Mittwoch 12.8. stattgefunden. Danke." + SAMSUNG,
        client="samsung", reply_to="cr-1076", quote_style="samsung")  # fmt: skip
    no("aa34_carter_verschieben.eml", 11, ("reschedule",), "2026-08-13 18:00",
       "Monday 17th - could we move it?",
       "Hi,\n\nWould it be possible to move next Monday's session (17 August) to the late"
       " afternoon, say 4 or 5pm? I have a dentist appointment at lunchtime. If not, no"
       " worries, I'll try to move the dentist instead.\n\nThanks,\nEmily", client="gmail")  # fmt: skip
    no("aa35_yildiz_absage.eml", 12, ("cancellation",), "2026-08-18 07:40",
       "Termin morgen absagen",
       "Guten morgen, morgen termin 19.08 kann ich nicht, mein sohn ist krank und ich muss zum"
       " Kinderarzt. Bitte absagen. Nächste woche wieder normal. Danke\nFatma Yıldız"
       + SAMSUNG, client="samsung")  # fmt: skip
    no("aa36_aydin_rezept.eml", 22, ("question",), "2026-08-21 11:30", "Neue Rezept",
       "Sehr geehrte Damen und Herren\n\nich war im Frühjahr bei Ihnen Krankengymnastik am"
       " Telefon. Jetzt Rücken wieder schlecht, Doktor hat neue Rezept gegeben am 20.08. für 6"
       " mal. Kann ich wieder Termine machen? Am besten mittags, ich arbeite Schicht.\n\n"
       "Mit freundliche Grüße\nMehmet Aydın",
       note="20 August is the prescription date, not a treatment")  # fmt: skip
    yes("aa37_carter_zwei.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-08-25 19:40", "Sessions on the 17th and 24th",
        "Hello,\n\nI just realised I hadn't answered your emails about the last two weeks -"
        " sorry! Both sessions happened: Monday the 17th and Monday the 24th of August.\n\n"
        "My knee is feeling much better.\n\nCheers,\nEmily", client="gmail")  # fmt: skip
    no("aa38_yildiz_akku.eml", 12, ("technical",), "2026-08-26 12:40", re(1078),
       "Hallo, heute termin nur kurz, nach 10 minuten mein handy akku war leer und dann nicht"
       " mehr angerufen. Ist das trotzdem termin oder neu machen?\nFatma",
       client="webde", reply_to="cr-1078", quote_style="webde",
       note="the call was cut off after ten minutes: not a session she confirms; staff decide")  # fmt: skip


def september() -> None:
    yes("aa39_carter_31st.eml", 11, (1073,), ("2026-08-31",), "2026-09-01 09:00",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 31.08.2026",
        "Yes - Monday 31st August took place, thank you.\nEmily",
        client="gmail", reply_to="cr-1073", quote_style="gmail_en", bottom_post=True)  # fmt: skip
    yes("aa40_yildiz_gestern.eml", 12, (1079,), ("2026-09-02",), "2026-09-03 11:00", re(1079),
        "Guten Tag,\n\ngestern (2.9.) war Termin, alles ok.\n\nFatma Yildiz",
        client="webde", reply_to="cr-1079", quote_style="webde")  # fmt: skip
    no("aa41_lehmann_urlaub.eml", 14, ("auto_reply",), "2026-09-05 11:01",
       "Abwesenheitsnotiz: Ihr Videotermin am 08.09.2026",
       "Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 7. September im Urlaub und"
       " habe nur eingeschränkt Zugriff auf meine E-Mails. In dringenden Fällen wenden Sie sich"
       " bitte an das Sekretariat des Instituts (sport-sekretariat@uni-beispiel.de).\n\n"
       "Anna Lehmann",
       client="outlook", reply_to="vl-1087", staff=False,
       extra_headers=(("Auto-Submitted", "auto-replied"),
                      ("X-Auto-Response-Suppress", "All")))  # fmt: skip
    yes("aa42_carter_deutsch.eml", 11, (1074,), ("2026-09-07",), "2026-09-07 13:45",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 07.09.2026",
        "Hallo,\n\nja, die Sitzung heute (7. September) hat stattgefunden. Vielen Dank!\n\n"
        "Ich habe eine Frage: ich fliege am 20. September zurück nach England für zwei Monate."
        " Kann ich die Übungen irgendwo als PDF bekommen?\n\nLiebe Grüße\nEmily",
        client="gmail", reply_to="cr-1074", quote_style="gmail", staff=True,
        extra=("question",), note="confirms 7 September; 20 September is a flight")  # fmt: skip
    yes("aa43_lehmann_laptop.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 14:40", re(1087),
        "Liebes Praxisteam,\n\nder Termin heute (08.09.) hat stattgefunden - hat mit dem Laptop"
        " gut geklappt.\n\nBeste Grüße\nAnna Lehmann\n" + LEHMANN,
        client="outlook", reply_to="cr-1087", quote_style="outlook")  # fmt: skip
    yes("aa44_yildiz_tochter.eml", 12, (1080,), ("2026-09-09",), "2026-09-09 17:00", re(1080),
        "Hallo, hier schreibt die Tochter von Fatma Yıldız. Meine Mutter hatte heute, Mittwoch"
        " 09.09.2026, ihre Behandlung am Telefon. Sie bestätigt, dass es stattgefunden hat.\n\n"
        "Viele Grüße\nElif Yıldız" + SAMSUNG,
        client="samsung", reply_to="cr-1080", quote_style="samsung",
        note="the daughter writes from her mother's address")  # fmt: skip
    yes("aa45_vogel_bestaetigt.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:12",
        re(1082), "Bestätigt: MT am 10.09.2026, 07:00 Uhr.\n\n" + VOGEL,
        client="outlook", reply_to="cr-1082", quote_style="outlook")  # fmt: skip
    yes("aa46_vogel_iphone.eml", 13, (1083,), ("2026-09-17",), "2026-09-17 08:47", re(1083),
        "Hat stattgefunden, 17.9.\n\nMV" + IPHONE,
        client="iphone", reply_to="cr-1083", quote_style="iphone")  # fmt: skip
    no("aa47_vogel_morgen.eml", 13, ("other",), "2026-09-23 07:30",
       "AW: Erinnerung: Ihr Termin am 24.09.2026",
       "Danke, morgen 7 Uhr passt.\n\nBeste Grüße\nM. Vogel\n" + VOGEL,
       client="outlook", reply_to="rem-1084", quote_style="outlook", staff=False,
       note="acknowledges tomorrow's session; nothing to record")  # fmt: skip
    yes("aa48_lehmann_zwei.eml", 14, (1088, 1089), ("2026-09-15", "2026-09-22"),
        "2026-09-23 12:00", re(1089),
        "Hallo,\n\nich bestätige die Termine vom 15. und 22. September, beide haben"
        " stattgefunden. Die Anfrage von letzter Woche hatte ich übersehen.\n\nViele Grüße\n"
        "Anna Lehmann\n" + LEHMANN,
        client="outlook", reply_to="cr-1089", quote_style="outlook")  # fmt: skip
    no("aa49_zimmermann_oktober.eml", 15, ("question",), "2026-09-25 10:15",
       "Termine im Oktober",
       "Guten Tag,\n\nich habe ab dem 5. Oktober vier Telefontermine bei Ihnen. Wir sind aber"
       " bis zum 4.10. in Dänemark und kommen erst am Abend zurück. Der erste Termin am Montag"
       " um 11 Uhr müsste klappen, ich wollte nur fragen, ob Sie mich auf dem Handy anrufen"
       " können (0171 5550 1234), falls das Festnetz noch nicht umgestellt ist.\n\n"
       "Gruß Klaus Zimmermann",
       note="future October sessions; asks which number to call")  # fmt: skip
    no("aa50_schaefer_buero.eml", 16, ("question",), "2026-09-28 12:35",
       "Videotermine ab 7.10.",
       "Guten Tag,\n\nmeine Videotermine ab dem 7. Oktober sind ja immer abends um 19 Uhr."
       " Kann ich die auch vom Büro aus machen, oder blockiert unser Firmennetz so etwas"
       " erfahrungsgemäß? Dann würde ich lieber zu Hause bleiben.\n\n"
       "Mit freundlichen Grüßen\nBirgit Schäfer\n\nSchäfer Steuerberatung\nMarktplatz 3 · 33602"
       " Bielefeld\nTel. 0521 9876 540",
       sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
       client="outlook", note="from her second registered address, about future sessions")  # fmt: skip
    yes("aa51_lehmann_wg.eml", 14, (1090,), ("2026-09-29",), "2026-09-30 08:05",
        "WG: Bitte bestätigen Sie Ihre Behandlung vom 29.09.2026",
        "Der Termin am 29.9. hat stattgefunden.\n\nAnna Lehmann\n" + LEHMANN,
        client="outlook", forward="cr-1090", quote_style="forward_outlook",
        note="forwarded our request back instead of replying")  # fmt: skip


def write_labels() -> None:
    lines = ["# Expected decision per mail; format in tests/data/corpus/README.md.",
             "# Generated by tools/corpus/blind_aa.py.", ""]  # fmt: skip
    for mail in mc.MAILS:
        lab = mail.label
        lines += [
            "[[mail]]",
            f"file = {mc._toml_str(mail.file)}",
            f"categories = {mc._toml_list(lab.categories)}",
            f"confirmation = {'true' if 'confirmation' in lab.categories else 'false'}",
            f"patient = {lab.patient}",
            f"confirmed = {mc._toml_list(lab.confirmed)}",
            f"dates = {mc._toml_list(lab.dates)}",
            f"forms = {mc._toml_list(lab.forms)}",
            f"needs_staff = {'true' if lab.needs_staff else 'false'}",
        ]
        if lab.note:
            lines.append(f"note = {mc._toml_str(lab.note)}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    load_practice()
    june()
    july()
    august()
    september()
    mc.check_labels()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    write_labels()
    confirming = sum("confirmation" in m.label.categories for m in mc.MAILS)
    print(f"{len(mc.MAILS)} mails, {confirming} confirm, {len(mc.MAILS) - confirming} do not")


if __name__ == "__main__":
    main()
