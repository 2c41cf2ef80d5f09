"""Write blind set CA: a plain, representative inbox of the whole year, 42 mails. Thirty-two
confirm at least one session: mostly short replies under our request from phones and
webmail (with and without the date), some new mails naming the days, several days at
once, a few late ones, a few with a question or a problem beside the yes; the mail programs
lean untidy (a thread quoted two levels deep, company signatures with disclaimers, a
forwarded request, an HTML-only webmail reply, an answer typed into our quoted text, a
bottom-post). Ten look alike and are not: a cancellation, a reschedule, questions about a
coming session and an invoice, a missed and a cancelled session answered under our
request, a session broken off, a video-code problem, a thank-you for a reminder.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ca`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ca")


def _gt(text: str, depth: int = 1) -> str:
    mark = ">" * depth
    return "\n".join(f"{mark} {line}" if line else mark for line in text.splitlines())


def typed_into_quote(key: str, after: str, answer: str) -> str:
    """Thunderbird-style quote of our mail `key` with `answer` typed below the line holding
    `after`, the rest of our mail quoted on below it."""
    ref = mc.OUTBOX[key]
    s = ref.sent_at
    out = [f"Am {s:%d.%m.%y} um {s:%H:%M} schrieb Praxis Impulse:"]
    for line in ref.text.splitlines():
        out.append(f"> {line}" if line else ">")
        if after in line:
            out += ["", answer, ""]
    return "\n".join(out)


def proton_quote(key: str) -> str:
    ref = mc.OUTBOX[key]
    s = ref.sent_at
    day = s.day
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return (
        "------- Original Message -------\n"
        f"On {s:%A}, {s:%B} {day}{suffix}, {s.year} at {s:%H:%M}, Praxis Impulse"
        " <termine@praxis-impulse.de> wrote:\n\n" + _gt(ref.text)
    )


def short_replies() -> None:
    yes("ca01_krueger_ja_webde.eml", 1, (1003,), (), "2026-01-27 13:12", re(1003),
        "Ja, hat stattgefunden.\nDanke und liebe Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01., no day named")  # fmt: skip
    yes("ca02_becker_iphone.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:41", re(1010),
        "Bestätige 2.2., Gruß T. Becker\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1010", style="iphone")  # fmt: skip
    yes("ca03_demir_lowercase.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:26",
        re(1019, "Re"), "ja hat stattgefunden am 4.3 danke",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("ca04_wolff_formal.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:03", re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische"
        " Behandlung am 16.01.2026 stattgefunden hat.\n\nMit freundlichem Gruß\n"
        "Hans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("ca05_schulz_thunderbird_sig.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:50",
        re(1034, "Re"),
        "Hallo,\n\nja, die Behandlung am 16.04. hat stattgefunden.\n\nViele Grüße\nMarie Schulz"
        "\n\n-- \nMarie Schulz\nposteo – E-Mail ohne Werbung\nTel. 0176 4433 2190",
        client="thunderbird", reply="cr-1034", style="thunderbird",
        note="phone number in the signature is no day")  # fmt: skip
    yes("ca06_popescu_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:37", re(1046),
        "Hallo,\nich bestätige das Termin 2.6 , es war gut. Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("ca07_richter_thumb.eml", 8, (1051,), (), "2026-06-03 20:02", re(1051),
        "Ja 👍\n\nGesendet von iPhone",
        client="iphone", reply="cr-1051", style="iphone",
        note="a thumbs-up yes under our request for 03.06.")  # fmt: skip
    yes("ca08_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:22",
        re(1069, "Re"),
        "Hi,\n\nyes, the session on Monday Aug 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ca09_yildiz_samsung.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:15",
        re(1075), "Ja termin am 5.8 war, danke\n\nFatma\n\n\n\nVon meinem Samsung Galaxy"
        " Smartphone gesendet.",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("ca10_zimmermann_caps.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 15:48", re(1093),
        "JA TERMIN AM 5.10. WAR.\nGRUSS K. ZIMMERMANN",
        client="outlook", reply="cr-1093", style="outlook_classic")  # fmt: skip
    yes("ca11_jansen_moin.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 13:05",
        re(1104, "Re"), "Moin, jo war alles gut am 22.10., danke euch!\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("ca12_hartmann_smiley.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:31", re(1120),
        "Hallo! Ja der termin am 3.11 hat stattgefunden :)\nLG Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("ca13_becker_bottom_gmx.eml", 2, (1011,), ("2026-02-05",), "2026-02-06 07:58",
        re(1011), "Ja, 5.2. fand statt.\nTB",
        client="webde", reply="cr-1011", style="webde", bottom=True,
        note="bottom-posted under the quoted request")  # fmt: skip
    yes("ca14_koch_short_tonline.eml", 18, (1114,), ("2026-04-13",), "2026-04-13 18:20",
        re(1114), "Guten Abend, Behandlung am 13.4. ist erfolgt. Gruß R. Koch",
        client="tonline", reply="cr-1114", style="tonline")  # fmt: skip


def signatures_and_untidy() -> None:
    yes("ca15_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 16:40", "AW: Bitte bestätigen Sie Ihre Behandlung vom 18.05.2026",
        "Hallo Praxisteam,\n\nbeide Termine am 18.05. (morgens Gerät, mittags MT) haben"
        " stattgefunden.\n\nBeste Grüße\nPeter Hoffmann\n\n"
        "Peter Hoffmann | Senior Consultant\nHoffmann IT-Beratung GmbH\n"
        "Mobil +49 171 2233445\nSitz der Gesellschaft: Köln, Amtsgericht Köln HRB 12345\n"
        "Geschäftsführer: Peter Hoffmann\n\nDiese E-Mail enthält vertrauliche Informationen."
        " Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den"
        " Absender und vernichten Sie diese Mail.",
        client="outlook", reply="cr-1043", style="outlook",
        note="both sessions of 18.05. (KGG 07:30, MT 12:30) confirmed in one line")  # fmt: skip
    yes("ca16_vogel_disclaimer.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:14", re(1082),
        "Bestätigt: MT am 10.09.2026.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\n"
        "VOGEL & PARTNER Rechtsanwälte mbB\nKönigsallee 14, 40212 Düsseldorf\n"
        "Tel. +49 211 556677-0 | Fax -99\nPartnerschaftsregister AG Essen PR 2201\n\n"
        "Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten"
        " Adressaten bestimmt. Sollten Sie nicht der vorgesehene Adressat sein, ist jede"
        " Form der Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe"
        " unzulässig.",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    mc.human(
        "ca17_lehmann_html_only.eml", sender=14, date="2026-09-08 15:02",
        subject=re(1087, "Re"), body="", client="plain", reply_to="cr-1087",
        html_only=True,
        html=(
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">"
            "</head><body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>"
            "<p>Hallo,</p><p>hiermit bestätige ich die Behandlung vom 08.09.2026.</p>"
            "<p>Viele Grüße,<br>Anna Lehmann</p>"
            "<div id=\"signature\">--<br>Anna Lehmann<br>Institut für Soziologie<br>"
            "Raum 3.114</div><p><br></p>"
            "<p>Am 08.09.2026 14:30, schrieb Praxis Impulse:</p>"
            "<blockquote type=\"cite\" style=\"padding: 0 0.4em; border-left: #1010ff 2px"
            " solid; margin: 0\"><!-- html ignored --><!-- head ignored --><!-- meta ignored -->"
            "<div class=\"pre\" style=\"margin: 0; padding: 0; font-family: monospace\">"
            + mc.OUTBOX["cr-1087"].text.replace("\n", "<br>")
            + "</div></blockquote></body></html>"
        ),
        label=mc.Label(("confirmation",), patient=14, confirmed=(1087,), dates=("2026-09-08",),
                       note="HTML-only reply from the university webmail (Roundcube)"),
    )  # fmt: skip
    yes("ca18_schaefer_work_address.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:46",
        "AW: Bitte bestätigen Sie Ihre Behandlung vom 07.10.2026",
        "Hallo zusammen,\n\ndie Videobehandlung am 7.10. hat stattgefunden.\n\n"
        "Danke und Gruß\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nBirgit Schäfer, Steuerberaterin\nLindenstraße 8, 30159"
        " Hannover\nTel. 0511 908070\n\nBitte beachten Sie: Unser Büro ist vom 24.12. bis"
        " 02.01. geschlossen.\n\nDiese Nachricht kann vertrauliche oder rechtlich geschützte"
        " Informationen enthalten.",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered (office) address; office closing days in the"
             " signature are no treatment days")  # fmt: skip
    yes("ca19_brandt_typed_into_quote.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 19:25",
        re(1063, "Re"),
        typed_into_quote("cr-1063", "geplant.", "Ja, hat stattgefunden am 03.07.")
        + "\n\n-- \nLukas Brandt",
        client="thunderbird", reply="cr-1063",
        note="answer typed into our quoted request, right under its first line")  # fmt: skip
    mc.human(
        "ca20_aydin_forward.eml", sender=22, date="2026-02-19 18:02",
        subject="WG: Bitte bestätigen Sie Ihre Behandlung vom 19.02.2026",
        body="Hallo,\nhiermit bestätige ich termin 19.02.2026.\nMfg Mehmet Aydın\n\n"
             "Gesendet von Outlook für Android",
        client="outlook", forward="cr-1130", quote_style="forward_outlook",
        label=mc.Label(("confirmation",), patient=22, confirmed=(1130,), dates=("2026-02-19",),
                       note="our request forwarded back to us with the yes above it"),
    )  # fmt: skip
    yes("ca21_nowak_proton.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 12:44",
        re(1116, "Re"),
        "Confirmed – the session on Fri 6 Nov happened.\n\nBest,\nDavid\n\n"
        "Sent with Proton Mail secure email.\n\n" + proton_quote("cr-1116"),
        reply="cr-1116")  # fmt: skip
    berger_quote = (
        "Am Mittwoch, 6. Mai 2026, 11:02:13 MESZ hat Ursula Berger <u.berger@kabelmail.de>"
        " Folgendes geschrieben:\n\n"
        "   Guten Tag,\n   ja die Behandlung am 6.5. hat stattgefunden.\n   MfG U. Berger\n\n"
        "   Am Mittwoch, 6. Mai 2026, 10:30:00 MESZ hat Praxis Impulse"
        " <termine@praxis-impulse.de> Folgendes geschrieben:\n\n"
        + "\n".join(
            f"      {line}" if line else "" for line in mc.OUTBOX["cr-1142"].text.splitlines()
        )
    )
    yes("ca22_berger_deep_thread.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 11:20",
        "Re: AW: Bitte bestätigen Sie Ihre Behandlung vom 06.05.2026",
        "Guten Tag,\nam Mittwoch 13.5. war auch wieder Telefontermin, alles gut.\n"
        "MfG U. Berger\n\n" + berger_quote,
        client="yahoo", reply="cr-1142",
        note="answer in last week's thread: the new day is 13.05.; her own earlier yes for"
             " 06.05. is only quoted")  # fmt: skip
    yes("ca23_oneill_outlook_en.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:05",
        re(1136, "RE"),
        "Hello,\n\nI can confirm that the manual therapy session on 14 April took place.\n\n"
        "Kind regards,\nJames O'Neill\n\nJames O'Neill | Head of Partnerships\n"
        "This email and any attachments are confidential and intended solely for the"
        " addressee. If you have received it in error, please notify the sender and delete it.",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip


def several_and_late() -> None:
    yes("ca24_wolff_three_days.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-07 10:12", "Bestätigung Termine",
        "Guten Tag,\n\nich bestätige die Behandlungen am Telefon vom 23.01., 30.01. und"
        " 06.02.2026.\nIch bitte um Entschuldigung für die Verspätung, ich komme mit dem"
        " Computer nicht so gut zurecht.\n\nMit freundlichem Gruß\nH.-J. Wolff",
        client="tonline", note="a new mail naming three days")  # fmt: skip
    yes("ca25_neumann_two_days.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 08:05", "Termine",
        "Hallo liebes Praxisteam,\n\nam Dienstag 7.7. und Donnerstag 9.7. hat die"
        " Krankengymnastik telefonisch stattgefunden.\n\nLiebe Grüße\nGisela Neumann",
        note="a new mail, two days")  # fmt: skip
    yes("ca26_koch_late_three.eml", 18, (1109, 1110, 1111),
        ("2026-03-23", "2026-03-25", "2026-03-30"), "2026-04-20 16:33", "Bestätigung",
        "Sehr geehrtes Team,\n\nentschuldigen Sie bitte, ich bin erst jetzt dazu gekommen."
        " Die Telefontermine am 23.3., 25.3. und 30.3. haben alle stattgefunden.\n\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline", note="late: three March days confirmed in April")  # fmt: skip
    yes("ca27_krueger_two_in_reply.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-10 12:48", re(1005),
        "Hallo,\nden Termin am 3.2. hatte ich noch gar nicht bestätigt, sorry – der hat"
        " genauso stattgefunden wie heute der am 10.2.\nAlso beide ok.\nLG Sabine Krüger",
        client="webde", reply="cr-1005", style="webde",
        note="under the request for 10.02. she adds the unconfirmed 03.02.")  # fmt: skip
    yes("ca28_vogel_two_new.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-24 20:10", "Bestätigung MT 17.09. und 24.09.",
        "Sehr geehrte Damen und Herren,\n\nich bestätige die Manuelle Therapie am 17.09. und"
        " am 24.09.2026.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\n\nVon meinem iPad"
        " gesendet",
        client="apple", note="date in the subject and the text")  # fmt: skip
    yes("ca29_carter_late_two.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"),
        "2026-08-20 21:47", re(1070, "Re"),
        "Sorry for the late reply! Both sessions, on 10 and 17 August, took place.\n\n"
        "Cheers,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ca30_richter_under_reminder.eml", 8, (1052,), ("2026-06-10",), "2026-06-16 19:04",
        "Re: Erinnerung: Ihr Termin am 17.06.2026",
        "Danke für die Erinnerung, passt.\nÜbrigens: die Sitzung letzte Woche am 10.06. hat"
        " stattgefunden, falls das bei Ihnen noch fehlt.\n\nJonas",
        client="iphone", reply="rem-1053", style="iphone",
        note="a yes for 10.06. in a reply to the reminder for 17.06.")  # fmt: skip


def yes_with_something() -> None:
    yes("ca31_wagner_yes_and_question.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 11:40",
        re(1124),
        "Hallo,\nja, der Termin am 12.01. hat stattgefunden.\nKurze Frage noch: brauche ich"
        " nach den sechs Terminen ein neues Rezept von meiner Hausärztin, oder macht"
        " die Praxis das?\nViele Grüße\nSophie Wagner",
        client="webde", reply="cr-1124", style="webde", staff=True, extra=("question",),
        note="a yes and a question about the next prescription")  # fmt: skip
    yes("ca32_demir_yes_video_broke.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:55",
        re(1020, "Re"),
        "Hallo, der Termin am 11.3. hat stattgefunden, aber das Video ist zweimal"
        " abgebrochen und wir haben dann übers Handy weitergemacht. Kann man da was"
        " machen? Mein Laptop ist eigentlich neu\nAylin",
        client="gmail", reply="cr-1020", style="gmail", staff=True, extra=("technical",),
        note="the session took place; a video problem to look at")  # fmt: skip


def look_alikes() -> None:
    no("ca33_hartmann_cancel.eml", 20, ("cancellation",), "2026-11-09 18:12",
       "AW: Erinnerung: Ihr Termin am 10.11.2026",
       "Hallo,\nich muss den Termin morgen leider absagen, ich liege mit Fieber im Bett.\n"
       "Sorry für die kurzfristige Absage!\nLeonie Hartmann",
       client="webde", reply="rem-1121", style="webde",
       note="cancels the coming session of 10.11.")  # fmt: skip
    no("ca34_nowak_move.eml", 19, ("reschedule",), "2026-11-17 09:10",
       "Re: Ihr Videotermin am 20.11.2026",
       "Hi,\n\ncould we move Friday's session (20.11.) to the afternoon? I have a client"
       " meeting at 8. Anything after 14:00 works.\n\nThanks,\nDavid\n\n"
       + proton_quote("vl-1118"),
       reply="vl-1118", note="reschedule wish for a coming session")  # fmt: skip
    no("ca35_jansen_prepare.eml", 17, ("question",), "2026-11-03 20:15",
       "Re: Ihr Videotermin am 05.11.2026",
       "Moin,\nmuss ich für KG am Gerät am Donnerstag was vorbereiten? Theraband hab ich, aber"
       " keine Hanteln.\nGruß Ole",
       client="gmail", reply="vl-1106", style="gmail",
       note="a question about the coming session")  # fmt: skip
    no("ca36_yildiz_nobody_called.eml", 12, ("other",), "2026-08-12 12:30", re(1076),
       "Hallo, am 12.08. hat mich keiner angerufen. Ich habe um halb elf gewartet, aber"
       " das Telefon hat nicht geklingelt. Was ist passiert?\nFatma Yildiz",
       client="samsung", reply="cr-1076", style="samsung",
       note="the session did not take place: nothing to confirm")  # fmt: skip
    no("ca37_schulz_reminder_thanks.eml", 5, ("other",), "2026-04-22 16:20",
       "Re: Erinnerung: Ihr Termin am 23.04.2026",
       "Danke, bin dabei!\nMarie",
       client="thunderbird", reply="rem-1035", style="thunderbird", staff=False,
       note="a thank-you to the reminder for a coming session; nobody needs to act")  # fmt: skip
    no("ca38_lehmann_code.eml", 14, ("technical",), "2026-09-21 20:05",
       "Re: Ihr Videotermin am 22.09.2026",
       "Hallo,\nder Zugangscode aus der Mail geht bei mir nicht, es kommt immer \"Code"
       " ungültig\". Ich hab Chrome und Firefox probiert. Der Termin ist ja morgen um 13 Uhr."
       "\nViele Grüße, Anna Lehmann",
       reply="vl-1089", style="thunderbird", note="video code problem before the session")  # fmt: skip
    no("ca39_aydin_missed.eml", 22, ("reschedule",), "2026-02-26 15:10", re(1131),
       "Hallo,\nder Termin am 26.02. hat leider nicht stattgefunden, ich war auf der Arbeit"
       " und hab den Anruf verpasst. Kann ich einen neuen Termin bekommen?\nMfg Mehmet Aydın",
       client="outlook", reply="cr-1131", style="outlook",
       note="answer under our request: the session was missed, he wants a new one")  # fmt: skip
    no("ca40_wolff_had_cancelled.eml", 4, ("cancellation",), "2026-02-13 16:40", re(1032),
       "Sehr geehrte Damen und Herren,\n\nden Termin am 13.02.2026 hatte ich am Mittwoch"
       " telefonisch bei Ihrer Kollegin abgesagt. Es hat keine Behandlung stattgefunden.\n\n"
       "Mit freundlichem Gruß\nHans-Jürgen Wolff",
       client="tonline", reply="cr-1032", style="tonline",
       note="he had cancelled by phone; our records still show the session")  # fmt: skip
    no("ca41_becker_broken_off.eml", 2, ("question",), "2026-03-02 19:20", re(1018),
       "Hallo, ich war heute leider nur ca. 10 Minuten dabei, dann musste ich abbrechen"
       " (Notfall im Büro). Wie wird das abgerechnet? Das sollte man ja nicht als volle"
       " Sitzung zahlen.\nGruß Thomas Becker\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1018", style="iphone",
       note="session broken off after ten minutes: not confirmed, a question")  # fmt: skip
    no("ca42_brandt_invoice.eml", 10, ("question",), "2026-08-01 11:05",
       "Rechnung Juli",
       "Hallo,\n\nkönnten Sie mir die Rechnung für die Termine im Juli schicken? Meine private"
       " Krankenversicherung braucht sie bis Ende August.\n\nDanke\nLukas Brandt",
       client="thunderbird", note="a question about the invoice, no confirmation")  # fmt: skip


def main() -> None:
    load_practice()
    short_replies()
    signatures_and_untidy()
    several_and_late()
    yes_with_something()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
