"""Blind set HU: an ordinary practice inbox of late winter 2026 (the February and March
appointments of Krüger, Becker, Demir, Wolff, Koch, Wagner and Aydın).

40 mails as patients really write them: 32 confirmations, most of them short replies under
our confirmation request (a yes, the date, "hat stattgefunden", "passt", a thumbs-up), some
new mails naming one to three days, some answered days or weeks late, some typed on a phone,
three in English, a few in learners' German, some with a question or a wish to move a coming
session beside the yes; and 8 look-alikes (a cancellation for flu, a reschedule, a missed
call, a session that did not take place, a question about the prescription, a reply to a
reminder, a reply to a video-link mail, a thank-you without a yes).

Labels say what a careful practice employee would record: `confirmed` only the patient's own
scheduled, not yet confirmed appointments plainly confirmed as held in full (nothing doubtful,
partial, someone else's or on a day without an appointment); `dates` the days the mail names
as days a session of the patient took place; `needs_staff` whenever someone has to look or
act. Every mail is an independent scenario against the same practice snapshot.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_hu")


def early_february() -> None:
    yes(
        "hu01_becker_ja_datum.eml", 2, [1010], ["2026-02-02"], "2026-02-02 19:24",
        request_subject(1010),
        "Ja, hat stattgefunden – 02.02.2026.\n\nGruß\nThomas Becker\n",
        client="gmail", reply="cr-1010", style="gmail",
    )  # fmt: skip
    yes(
        "hu02_krueger_iphone_ja.eml", 1, [1004], ["2026-02-03"], "2026-02-03 12:10",
        request_subject(1004),
        "Ja, der Termin am 3.2. hat stattgefunden 👍\n\nVon meinem iPhone gesendet\n",
        client="iphone", reply="cr-1004", style="iphone",
    )  # fmt: skip
    yes(
        "hu03_becker_outlook_hiermit.eml", 2, [1011], ["2026-02-05"], "2026-02-06 07:45",
        request_subject(1011),
        "Guten Morgen,\n\nhiermit bestätige ich die Behandlung vom 05.02.2026.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker\n",
        client="outlook", reply="cr-1011", style="outlook",
    )  # fmt: skip
    yes(
        "hu04_wolff_tonline_formell.eml", 4, [1031], ["2026-02-06"], "2026-02-06 16:02",
        request_subject(1031),
        "Sehr geehrte Damen und Herren,\n\n"
        "die telefonische Behandlung am Freitag, den 6. Februar hat wie vereinbart "
        "stattgefunden.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff\n",
        client="tonline", reply="cr-1031", style="tonline",
    )  # fmt: skip
    yes(
        "hu05_wagner_gmx_war_super.eml", 21, [1128], ["2026-02-09"], "2026-02-09 11:40",
        request_subject(1128),
        "Hallo,\n\nja hat stattgefunden (9.2.), war super! Der Nacken ist schon viel "
        "lockerer.\n\nLG Sophie\n",
        reply="cr-1128", style="webde",
    )  # fmt: skip
    yes(
        "hu06_becker_samsung_klein.eml", 2, [1012], ["2026-02-09"], "2026-02-09 19:52",
        request_subject(1012),
        "ja hat stattgefunden heute 9.2\ngruss thomas\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.\n",
        client="samsung", reply="cr-1012", style="samsung",
    )  # fmt: skip
    yes(
        "hu07_krueger_ja_und_verschieben.eml", 1, [1005], ["2026-02-10"], "2026-02-10 13:05",
        request_subject(1005),
        "Hallo liebes Praxisteam,\n\n"
        "ja, die Behandlung am 10.02. hat stattgefunden, vielen Dank.\n\n"
        "Eine Bitte hätte ich noch: Am 24.2. habe ich um 10 Uhr einen Termin beim "
        "Hausarzt. Könnten wir die Behandlung an dem Tag auf 11:30 oder auf den "
        "Nachmittag legen?\n\nViele Grüße\nSabine Krüger\n",
        client="webde", reply="cr-1005", style="webde", staff=True, extra=("reschedule",),
        note="confirms 10.02. and asks to move the coming session of 24.02.",
    )  # fmt: skip


def mid_february() -> None:
    yes(
        "hu08_wolff_samstag_falscher_tag.eml", 4, [], ["2026-02-14"], "2026-02-16 09:14",
        "Bestätigung Behandlung",
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich Ihnen die telefonische Behandlung vom Samstag, "
        "14.02.2026.\n\nMit freundlichem Gruß\nH.-J. Wolff\n",
        client="tonline", staff=True,
        note="names Saturday 14.02., a day without an appointment (his was Friday 13.02.): "
        "doubtful, nothing recorded",
    )  # fmt: skip
    yes(
        "hu09_krueger_daumen.eml", 1, [1006], [], "2026-02-17 11:48",
        request_subject(1006),
        "👍\n\nVon meinem iPhone gesendet\n",
        client="iphone", reply="cr-1006", style="iphone",
        note="a thumbs-up under our request for 17.02.",
    )  # fmt: skip
    yes(
        "hu10_becker_zwei_tage_neu.eml", 2, [1013, 1014], ["2026-02-12", "2026-02-16"],
        "2026-02-18 21:30",
        "Bestätigung Termine",
        "Hallo zusammen,\n\n"
        "ich bin mit dem Antworten etwas hinterher, daher gesammelt: die Telefontermine am "
        "Donnerstag (12.02.) und am Montag (16.02.) haben beide stattgefunden.\n\n"
        "Viele Grüße\nThomas Becker\n",
        client="gmail",
    )  # fmt: skip
    no(
        "hu11_wolff_grippe_absage.eml", 4, ("cancellation",), "2026-02-19 08:30",
        "Absage Termin morgen 20.02.",
        "Sehr geehrte Damen und Herren,\n\n"
        "leider muss ich den Termin morgen, Freitag 20.02. um 14 Uhr absagen. Mich hat die "
        "Grippe erwischt, ich liege mit Fieber im Bett und kann kaum sprechen.\n\n"
        "Ich melde mich, wenn es mir besser geht.\n\n"
        "Mit freundlichem Gruß\nHans-Jürgen Wolff\n",
        client="tonline",
    )  # fmt: skip
    yes(
        "hu12_aydin_lerner_bestaetigen.eml", 22, [1130], ["2026-02-19"], "2026-02-19 15:10",
        request_subject(1130),
        "Hallo,\n\nich bestätigen das Termin heute 19.02 ist gemacht. Danke schön.\n\n"
        "Mehmet Aydin\n",
        client="outlook", reply="cr-1130", style="outlook",
    )  # fmt: skip
    yes(
        "hu13_becker_spaet_unten.eml", 2, [1015], ["2026-02-19"], "2026-02-22 10:05",
        request_subject(1015, "Re"),
        "Ja, am 19.02. hat stattgefunden. Sorry für die späte Antwort.\n\nT. Becker\n",
        client="thunderbird", reply="cr-1015", style="thunderbird", bottom=True,
    )  # fmt: skip
    no(
        "hu14_becker_anruf_verpasst.eml", 2, ("other", "reschedule"), "2026-02-23 20:05",
        request_subject(1016),
        "Hallo,\n\nsorry, den Anruf heute habe ich verpasst, ich saß noch in einem Meeting "
        "und hatte das Handy lautlos. Die Behandlung hat also nicht stattgefunden.\n\n"
        "Können wir das irgendwie nachholen, gern auch am Samstag?\n\n"
        "Gruß\nThomas Becker\n",
        client="gmail", reply="cr-1016", style="gmail",
        note="the session of 23.02. did not take place: nothing to confirm",
    )  # fmt: skip
    no(
        "hu15_wagner_danke.eml", 21, ("thanks",), "2026-02-25 17:45",
        "Danke!",
        "Liebes Team der Praxis Impulse,\n\n"
        "ich wollte mich einfach mal bedanken. Ich war anfangs skeptisch, ob "
        "Krankengymnastik per Video überhaupt funktioniert, aber meinem Nacken geht es "
        "deutlich besser und die Übungen mache ich jetzt jeden Morgen.\n\n"
        "Ganz liebe Grüße\nSophie Wagner\n",
        staff=False,
        note="a thank-you without naming or confirming a session",
    )  # fmt: skip


def end_of_february() -> None:
    yes(
        "hu16_aydin_english.eml", 22, [1131], ["2026-02-26"], "2026-02-26 21:15",
        request_subject(1131, "RE"),
        "Hello,\n\nyes, the session on 26 Feb took place. Sorry, my German is not so good "
        "for writing.\n\nThanks,\nMehmet\n",
        client="outlook", reply="cr-1131", style="outlook_en",
    )  # fmt: skip
    yes(
        "hu17_becker_outlook_classic_kurz.eml", 2, [1017], ["2026-02-26"], "2026-02-27 08:15",
        request_subject(1017),
        "Bestätigt: 26.02.2026, Telefon, MT.\n\nT. Becker\n",
        client="outlook", reply="cr-1017", style="outlook_classic",
    )  # fmt: skip
    no(
        "hu18_demir_videolink_app.eml", 3, ("technical", "question"), "2026-03-01 10:12",
        video_link_subject(1019),
        "Hi,\n\nmuss ich dafür eine App runterladen oder geht das einfach so im Browser? "
        "Ich hab nur mein Handy und ein altes iPad, auf dem läuft kein Chrome.\n\n"
        "LG Aylin\n",
        client="gmail", reply="vl-1019", style="gmail",
    )  # fmt: skip
    yes(
        "hu19_wolff_sammel_februar.eml", 4, [1031, 1032], ["2026-02-06", "2026-02-13"],
        "2026-03-02 10:30",
        "Behandlungen Februar",
        "Sehr geehrte Damen und Herren,\n\n"
        "für Ihre Unterlagen: Die Behandlungen am 6.2. und 13.2. fanden statt. Der Termin "
        "am 20.2. ist ausgefallen, den hatte ich wegen Grippe abgesagt.\n\n"
        "Wie geht es jetzt weiter? Ich habe noch Termine auf dem Rezept übrig, glaube ich.\n\n"
        "Mit freundlichem Gruß\nHans-Jürgen Wolff\n",
        client="tonline", staff=True, extra=("question",),
        note="20.02. is still scheduled in the snapshot: the cancellation must be entered",
    )  # fmt: skip
    yes(
        "hu20_becker_passt_heute.eml", 2, [1018], ["2026-03-02"], "2026-03-02 19:40",
        request_subject(1018),
        "Passt, heute 2.3. hat stattgefunden.\n\nThomas\n",
        client="gmail", reply="cr-1018", style="gmail",
    )  # fmt: skip


def early_march() -> None:
    yes(
        "hu21_krueger_ohne_zitat.eml", 1, [1008], ["2026-03-03"], "2026-03-03 18:30",
        request_subject(1008),
        "Hallo,\n\nalles gut, hat heute stattgefunden.\n\nLG Sabine Krüger\n",
        client="webde", reply="cr-1008",
    )  # fmt: skip
    yes(
        "hu22_demir_hat_geklappt.eml", 3, [1019], ["2026-03-04"], "2026-03-04 10:20",
        request_subject(1019),
        "Hallo,\n\nhat alles geklappt (ging dann doch im Browser 🙂), der Termin am 04.03. "
        "hat stattgefunden.\n\nDanke!\nAylin\n",
        client="gmail", reply="cr-1019", style="gmail",
    )  # fmt: skip
    no(
        "hu23_krueger_frage_verordnung.eml", 1, ("question",), "2026-03-04 14:00",
        "Frage zur Verordnung",
        "Guten Tag,\n\n"
        "meine Verordnung lautet auf 6x Krankengymnastik, wenn ich richtig gezählt habe, ist "
        "der Termin nächste Woche der letzte. Muss ich mir beim Orthopäden ein neues Rezept "
        "holen, damit es nahtlos weitergeht? Und reicht es, wenn ich es Ihnen abfotografiert "
        "schicke, oder brauchen Sie das Original per Post?\n\n"
        "Viele Grüße\nSabine Krüger\n",
        client="webde",
    )  # fmt: skip
    yes(
        "hu24_aydin_outlook_android.eml", 22, [1132], ["2026-03-05"], "2026-03-05 14:20",
        request_subject(1132),
        "Ja stattgefunden 05.03 👍\n\nOutlook für Android herunterladen "
        "<https://aka.ms/AAb9ysg>\n",
        reply="cr-1132", style="outlook",
    )  # fmt: skip
    yes(
        "hu25_wagner_nachtrag_falscher_tag.eml", 21, [1129], ["2026-02-02", "2026-02-16"],
        "2026-03-06 20:40",
        "Bestätigung meiner Termine",
        "Hallo,\n\n"
        "mir ist gerade aufgefallen, dass ich ein paar Ihrer Mails gar nicht beantwortet "
        "habe, sorry! Also: die Termine am 2.2. und am 16.2. haben stattgefunden.\n\n"
        "Liebe Grüße\nSophie Wagner\n",
        staff=True,
        note="16.02. is hers and held; 02.02. was cancelled, so that day matches no held "
        "session and staff must look",
    )  # fmt: skip
    yes(
        "hu26_becker_pkv_rechnung.eml", 2, [1017, 1018], ["2026-02-26", "2026-03-02"],
        "2026-03-08 11:00",
        "Rechnung für PKV",
        "Guten Tag,\n\n"
        "für die Erstattung durch meine private Krankenversicherung bräuchte ich eine "
        "Rechnung über die Manuelle Therapie. Der Vollständigkeit halber: die Termine am "
        "26.02. und am 02.03. haben stattgefunden, die anderen hatte ich ja schon "
        "bestätigt.\n\nSchicken Sie die Rechnung bitte als PDF an diese Adresse.\n\n"
        "Mit freundlichen Grüßen\nThomas Becker\n",
        client="outlook", staff=True, extra=("question",),
    )  # fmt: skip
    yes(
        "hu27_krueger_spaet_entschuldigung.eml", 1, [1007], ["2026-02-24"], "2026-03-09 09:20",
        request_subject(1007),
        "Guten Morgen,\n\n"
        "entschuldigen Sie bitte, Ihre Mail ist bei mir untergegangen. Ja, die Behandlung "
        "am 24.02. hat stattgefunden.\n\nViele Grüße\nSabine Krüger\n",
        client="webde", reply="cr-1007", style="webde",
    )  # fmt: skip
    no(
        "hu28_krueger_nicht_stattgefunden.eml", 1, ("other", "technical"), "2026-03-10 12:15",
        request_subject(1009),
        "Hallo,\n\n"
        "da muss ein Fehler vorliegen: die Behandlung heute hat NICHT stattgefunden. Ich "
        "war ab 9:55 Uhr im Videoraum und habe über 20 Minuten gewartet, es ist niemand "
        "gekommen.\n\n"
        "Bitte geben Sie mir Bescheid, wann wir das nachholen.\n\nSabine Krüger\n",
        client="webde", reply="cr-1009", style="webde",
        note="the session of 10.03. did not take place",
    )  # fmt: skip


def mid_march() -> None:
    yes(
        "hu29_demir_handy_klein.eml", 3, [1020], ["2026-03-11"], "2026-03-11 09:47",
        request_subject(1020),
        "ja hat stattgefunden heute morgen, 11.3. lg\n\nVon meinem iPhone gesendet\n",
        client="iphone", reply="cr-1020", style="iphone",
    )  # fmt: skip
    yes(
        "hu30_aydin_lerner_rezept.eml", 22, [1133], ["2026-03-12"], "2026-03-12 14:25",
        request_subject(1133),
        "Guten Tag,\n\n"
        "Behandlung war heute 12.03, alles gut, mein Schulter ist besser. Ich habe Frage: "
        "nach 6 Termine ist Rezept fertig oder? Muss ich neu Rezept bei Doktor holen?\n\n"
        "Vielen Dank\nMehmet Aydın\n",
        client="outlook", reply="cr-1133", style="outlook", staff=True, extra=("question",),
    )  # fmt: skip
    no(
        "hu31_demir_verschieben.eml", 3, ("reschedule",), "2026-03-13 16:30",
        "Termin 18.3. verschieben?",
        "Hallo,\n\n"
        "ich habe am Mittwoch, 18.3. vormittags eine Klausur und schaffe den Termin um 8:30 "
        "leider nicht. Ginge stattdessen Donnerstag oder Freitag, am liebsten nachmittags?\n\n"
        "Danke und LG\nAylin Demir\n",
        client="gmail",
    )  # fmt: skip
    yes(
        "hu32_aydin_gestern.eml", 22, [1134], ["2026-03-19"], "2026-03-20 08:05",
        request_subject(1134),
        "Sehr geehrte Damen und Herren,\n\ngestern 19.03. Behandlung hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nMehmet Aydın\n",
        client="outlook", reply="cr-1134", style="outlook",
    )  # fmt: skip
    no(
        "hu33_koch_erinnerung_morgen.eml", 18, ("other",), "2026-03-22 18:20",
        reminder_subject(1109),
        "Vielen Dank für die Erinnerung. Ja, ich bestätige den Termin morgen um 15 Uhr, ich "
        "bin zu Hause.\n\nMit freundlichen Grüßen\nRenate Koch\n",
        client="tonline", reply="rem-1109", style="tonline", staff=False,
        note="acknowledges the coming session of 23.03.; nothing has taken place yet",
    )  # fmt: skip


def end_of_march() -> None:
    yes(
        "hu34_koch_formell.eml", 18, [1109], ["2026-03-23"], "2026-03-23 17:10",
        request_subject(1109),
        "Sehr geehrte Damen und Herren,\n\n"
        "ich bestätige, dass die telefonische Behandlung am 23. März 2026 stattgefunden "
        "hat.\n\nMit freundlichen Grüßen\nRenate Koch\n",
        client="tonline", reply="cr-1109", style="tonline",
    )  # fmt: skip
    yes(
        "hu35_demir_english_last_one.eml", 3, [1022], ["2026-03-25"], "2026-03-25 09:40",
        request_subject(1022, "Re"),
        "Hey,\n\nyes, the session on March 25th took place, thanks! Quick question: was "
        "that the last one on my prescription or do I have some left?\n\nBest,\nAylin\n",
        client="gmail", reply="cr-1022", style="gmail_en", staff=True, extra=("question",),
    )  # fmt: skip
    yes(
        "hu36_koch_abgebrochen.eml", 18, [], ["2026-03-25"], "2026-03-25 16:55",
        request_subject(1110),
        "Sehr geehrte Damen und Herren,\n\n"
        "die Behandlung am 25.3. hat zwar angefangen, aber nach ungefähr 10 Minuten war die "
        "Leitung plötzlich tot und es kam kein Rückruf mehr. Ich habe dann noch eine halbe "
        "Stunde am Telefon gewartet.\n\nMit freundlichen Grüßen\nRenate Koch\n",
        client="tonline", reply="cr-1110", style="tonline", staff=True, extra=("technical",),
        note="the session was cut short after ten minutes: not held in full, nothing "
        "recorded",
    )  # fmt: skip
    yes(
        "hu37_aydin_samsung_kurz.eml", 22, [1135], ["2026-03-26"], "2026-03-26 14:40",
        request_subject(1135, "Aw"),
        "Hallo heute 26.3 termin gemacht alles gut\nMehmet\n\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.\n",
        client="samsung", reply="cr-1135", style="samsung",
    )  # fmt: skip
    yes(
        "hu38_aydin_english_nochmal.eml", 22, [1134, 1135], ["2026-03-19", "2026-03-26"],
        "2026-03-29 19:00",
        "Sessions 19 and 26 March",
        "Hello,\n\nmy Outlook showed an error when sending the last emails, so I write "
        "again to be sure: the sessions on 19 March and 26 March both took place.\n\n"
        "Regards,\nMehmet Aydin\n",
        client="outlook",
    )  # fmt: skip
    yes(
        "hu39_wagner_fuer_oma.eml", 21, [], [], "2026-03-30 19:30",
        "Termin meiner Oma Renate Koch",
        "Hallo,\n\n"
        "ich schreibe für meine Oma, Renate Koch, die kommt mit ihrem E-Mail-Programm "
        "gerade nicht zurecht. Ihre Behandlung heute am Telefon hat stattgefunden, sie "
        "lässt herzlich grüßen.\n\nLG Sophie Wagner\n",
        staff=True,
        note="a relative confirms another patient's session: not the sender's own, "
        "nothing recorded",
    )  # fmt: skip
    yes(
        "hu40_koch_gestern.eml", 18, [1111], ["2026-03-30"], "2026-03-31 09:05",
        request_subject(1111),
        "Guten Morgen,\n\n"
        "der Anruf gestern hat gut geklappt, diesmal ohne Unterbrechung. Alles in Ordnung.\n\n"
        "Freundliche Grüße\nR. Koch\n",
        client="tonline", reply="cr-1111", style="tonline",
    )  # fmt: skip


def main() -> None:
    load_practice()
    early_february()
    mid_february()
    end_of_february()
    early_march()
    mid_march()
    end_of_march()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
