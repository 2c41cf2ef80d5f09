"""Blind set HY: one November 2026 inbox of the practice, 40 mails.

32 confirmations and 8 look-alikes from the five patients treated in November 2026
(Klaus Zimmermann by phone, Birgit Schäfer, Ole Jansen, David Nowak and Leonie Hartmann by
video): mostly short replies under our confirmation request (a yes, the date, "hat
stattgefunden", "passt", "alles gut", a thumbs-up), some new mails naming one to three
days, some answered days or weeks late (October sessions confirmed in November, a November
session confirmed in December), relatives writing from the patient's own address (a
daughter for her father, a son for his mother, a mother for her daughter), a few in English,
some learners' German, a question or a wish to move a coming session beside the yes, some
bottom-posted. Look-alikes: a cancellation for illness, a reschedule, a missed session, a
question about the prescription, replies to a reminder and to a video-link mail, and a
thank-you without a yes.

Labelled as a careful practice employee would record each mail: `confirmed` holds only the
patient's own scheduled, not yet confirmed appointments that the mail plainly confirms as
held in full; a session cut short or a day that matches no appointment is not confirmed and
needs staff. `dates` are the days the mail says a session took place.

Written without reading rules/, the canonical table or the earlier blind sets' mails.

    .venv/bin/python -m tools.corpus.blind_hy
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

HERE = data_dir("blind_hy")

ZIMMERMANN, SCHAEFER, JANSEN, NOWAK, HARTMANN = 15, 16, 17, 19, 20
SCHAEFER_OFFICE = "b.schaefer@schaefer-steuerberatung.de"


def zimmermann() -> None:
    """Klaus Zimmermann (phone, Mondays); his daughter reads his arcor mailbox."""
    yes("hy01_zimmermann_tochter_heute.eml", ZIMMERMANN, (1097,), ("2026-11-02",),
        "2026-11-02 14:20", request_subject(1097),
        "Guten Tag,\n\n"
        "mein Vater hatte heute Vormittag, am 02.11., sein Telefonat mit Ihnen. Das hat"
        " stattgefunden, er war sehr zufrieden.\n\n"
        "Viele Grüße\nSandra Lorenz (Tochter von Klaus Zimmermann)",
        client="thunderbird", reply="cr-1097", style="thunderbird")  # fmt: skip
    yes("hy02_zimmermann_oktober_nachtrag.eml", ZIMMERMANN, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-11-03 19:05",
        "Bestätigung Termine Oktober Klaus Zimmermann",
        "Sehr geehrte Damen und Herren,\n\n"
        "ich habe erst jetzt gesehen, dass im Postfach meines Vaters noch Ihre Bitten um"
        " Bestätigung lagen. Die telefonischen Behandlungen am 5., 12. und 19. Oktober haben"
        " alle stattgefunden. Der Termin am 26.10. war ja von Ihnen abgesagt worden.\n\n"
        "Entschuldigen Sie die Verspätung.\n\n"
        "Mit freundlichen Grüßen\nSandra Lorenz\nfür Klaus Zimmermann")  # fmt: skip
    yes("hy03_zimmermann_selbst_formell.eml", ZIMMERMANN, (1097,), ("2026-11-02",),
        "2026-11-02 16:48", "Behandlung",
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit teile ich Ihnen mit, dass die telefonische Behandlung am Montag, den"
        " 2. November 2026 stattgefunden hat.\n\n"
        "Mit freundlichen Grüßen\n\nKlaus Zimmermann\nLindenstraße 4")  # fmt: skip
    yes("hy04_zimmermann_kurz_spaet.eml", ZIMMERMANN, (1095,), ("2026-10-19",),
        "2026-11-16 10:12", request_subject(1095, "Re"),
        "ja war am 19.10. ok\ngruss k.z.",
        reply="cr-1095", style="thunderbird")  # fmt: skip
    yes("hy05_zimmermann_tochter_frage.eml", ZIMMERMANN, (1097,), ("2026-11-02",),
        "2026-11-20 08:31", request_subject(1097),
        "Hallo,\n\n"
        "sorry für die späte Antwort: ja, das Telefonat am 2.11. fand statt.\n\n"
        "Mein Vater fragt noch, ob er die Übungen mit dem Theraband auch im Sitzen machen"
        " darf, im Stehen wird ihm nach ein paar Minuten schwindelig. Könnte ihn jemand kurz"
        " zurückrufen?\n\n"
        "Danke und Gruß\nSandra Lorenz",
        client="thunderbird", reply="cr-1097", style="thunderbird", staff=True,
        extra=("question",),
        note="confirms 2.11.; the question about the exercises needs a call back")  # fmt: skip


def schaefer() -> None:
    """Birgit Schäfer (video, Wednesdays 19:00); private gmx address and her office's."""
    yes("hy06_schaefer_ja_datum.eml", SCHAEFER, (1102,), ("2026-11-04",),
        "2026-11-04 21:07", request_subject(1102),
        "Ja, hat am 04.11. stattgefunden.\n\nGruß B. Schäfer\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1102", style="iphone")  # fmt: skip
    yes("hy07_schaefer_daumen.eml", SCHAEFER, (1103,), (), "2026-11-11 20:41",
        request_subject(1103), "👍",
        client="samsung", reply="cr-1103", style="samsung",
        note="a thumbs-up under our request for 11.11.: a yes to that appointment")  # fmt: skip
    yes("hy08_schaefer_buero_oktober.eml", SCHAEFER, (1101,), ("2026-10-28",),
        "2026-11-05 09:14", request_subject(1101),
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich die Videobehandlung vom 28.10.2026. Bitte entschuldigen Sie"
        " die späte Rückmeldung, Ihre Mail war in meinem Büropostfach untergegangen.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Birgit Schäfer\nSteuerberaterin\n\n"
        "Schäfer Steuerberatung\nKaiserstraße 12 · 60311 Frankfurt am Main\n"
        "Tel. 069 123456-0 · Fax 069 123456-99",
        client="outlook", reply="cr-1101", style="outlook_classic",
        sender=SCHAEFER_OFFICE)  # fmt: skip
    yes("hy09_schaefer_sohn_mutter.eml", SCHAEFER, (1103,), ("2026-11-11",),
        "2026-11-12 07:52", request_subject(1103),
        "Hallo,\n\n"
        "meine Mutter hatte am Mittwoch (11.11.) ihre Videostunde, es hat alles geklappt."
        " Ich kümmere mich um ihre Mails, weil sie mit dem Handy nicht so zurechtkommt.\n\n"
        "Gruß\nTobias Schäfer",
        reply="cr-1103", style="webde")  # fmt: skip
    yes("hy10_schaefer_drei_oktobertermine.eml", SCHAEFER, (1098, 1099, 1100),
        ("2026-10-07", "2026-10-14", "2026-10-21"), "2026-11-02 18:26",
        "Bestätigung Oktober",
        "Liebes Praxisteam,\n\n"
        "ich bin mit den Bestätigungen etwas hinterher. Die Termine am 7.10., 14.10. und"
        " 21.10. haben alle stattgefunden (jeweils abends per Video).\n\n"
        "Viele Grüße\nBirgit Schäfer")  # fmt: skip
    yes("hy11_schaefer_passt.eml", SCHAEFER, (1102,), ("2026-11-04",), "2026-11-05 06:58",
        request_subject(1102),
        "Passt, 4.11. war ich dabei.\nVG BS",
        reply="cr-1102", style="webde")  # fmt: skip
    yes("hy12_schaefer_buero_adresse.eml", SCHAEFER, (1103,), ("2026-11-11",),
        "2026-11-12 12:03", request_subject(1103),
        "Guten Tag,\n\n"
        "die Videobehandlung am 11.11.2026 hat stattgefunden.\n\n"
        "Eine Bitte: schicken Sie die Mails künftig an meine private Adresse"
        " birgit.schaefer@gmx.net, das Büropostfach lese ich abends nicht.\n\n"
        "Freundliche Grüße\nBirgit Schäfer",
        client="outlook", reply="cr-1103", style="outlook", sender=SCHAEFER_OFFICE,
        staff=True, extra=("other",),
        note="confirms 11.11.; asks to change the address our mails go to")  # fmt: skip
    no("hy13_schaefer_verschieben.eml", SCHAEFER, ("reschedule",), "2026-11-06 13:40",
        "Termin 11.11. verschieben?",
        "Hallo,\n\n"
        "am Mittwoch, den 11.11., habe ich abends einen Elternabend. Könnten wir die Stunde"
        " auf Donnerstag, 12.11., gleiche Uhrzeit, legen? Sonst ginge auch Dienstag.\n\n"
        "Danke und viele Grüße\nBirgit Schäfer",
        client="iphone")  # fmt: skip
    no("hy14_schaefer_danke_abschluss.eml", SCHAEFER, ("other",), "2026-11-13 17:22",
        "Danke!",
        "Liebes Team,\n\n"
        "ich wollte mich einfach mal für die Betreuung in den letzten Wochen bedanken. Dem"
        " Rücken geht es viel besser, und die Übungen mache ich weiter jeden Morgen.\n\n"
        "Herzliche Grüße\nBirgit Schäfer",
        staff=False, note="a thank-you without a yes: nothing to record")  # fmt: skip


def jansen() -> None:
    """Ole Jansen (video KGG, Thursdays 10:00), new patient; writes German and English."""
    yes("hy15_jansen_english.eml", JANSEN, (1106,), ("2026-11-05",), "2026-11-05 12:37",
        request_subject(1106, "Re"),
        "Hi,\n\nyes, confirming that today's session (5 November) took place.\n\nThanks,\nOle",
        client="gmail", reply="cr-1106", style="gmail_en")  # fmt: skip
    yes("hy16_jansen_zwei_tage.eml", JANSEN, (1105, 1106), ("2026-10-29", "2026-11-05"),
        "2026-11-06 22:15", "Bestätigung",
        "Hallo zusammen,\n\n"
        "ich wollte noch die Termine vom 29.10. und 05.11. bestätigen, beide haben"
        " stattgefunden.\n\n"
        "Beste Grüße\nOle Jansen",
        client="gmail")  # fmt: skip
    yes("hy17_jansen_erste_stunde_spaet.eml", JANSEN, (1104,), ("2026-10-22",),
        "2026-11-02 09:03", request_subject(1104),
        "Hallo,\n\n"
        "sorry, die Mail hatte ich total übersehen – die erste Stunde am 22.10. hat"
        " natürlich stattgefunden. Danke!\n\n"
        "Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("hy18_jansen_bottom_en.eml", JANSEN, (1107,), ("2026-11-12",), "2026-11-12 14:20",
        request_subject(1107, "Re"),
        "Yes – Thursday's session (12 Nov) took place as planned.\n\nCheers,\nOle",
        client="gmail", reply="cr-1107", style="gmail_en", bottom=True)  # fmt: skip
    yes("hy19_jansen_passt_handy.eml", JANSEN, (1108,), ("2026-11-19",), "2026-11-19 11:46",
        request_subject(1108),
        "passt, 19.11. hat stattgefunden\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1108", style="iphone")  # fmt: skip
    yes("hy20_jansen_frage_rezept_en.eml", JANSEN, (1108,), ("2026-11-19",),
        "2026-11-20 18:09", request_subject(1108, "Re"),
        "Hello,\n\n"
        "the session on 19 November took place, all fine.\n\n"
        "One question: how many sessions are left on my prescription? My doctor asked"
        " whether she should write a follow-up one.\n\n"
        "Best,\nOle Jansen",
        client="gmail", reply="cr-1108", style="gmail_en", staff=True,
        extra=("question",))  # fmt: skip
    no("hy21_jansen_verpasst.eml", JANSEN, ("other", "reschedule"), "2026-11-12 12:05",
        request_subject(1107),
        "Hallo,\n\n"
        "die Behandlung heute hat leider nicht stattgefunden – ich stand im Stau und habe"
        " es nicht rechtzeitig an den Rechner geschafft. Tut mir echt leid. Kann man die"
        " Stunde irgendwie nachholen?\n\n"
        "Ole",
        client="gmail", reply="cr-1107", style="gmail",
        note="a missed session under our request: nothing held, staff must enter it")  # fmt: skip
    no("hy22_jansen_erinnerung_uhrzeit.eml", JANSEN, ("reschedule",), "2026-11-18 10:31",
        reminder_subject(1108),
        "Hi, geht es morgen ausnahmsweise auch um 11 statt um 10? Ich habe um 10 noch ein"
        " Meeting, das sich nicht verschieben lässt.\n\nOle",
        client="gmail", reply="rem-1108", style="gmail")  # fmt: skip


def nowak() -> None:
    """David Nowak (video MT, Fridays 08:00); learner's German, sometimes English."""
    yes("hy23_nowak_lerner_ja.eml", NOWAK, (1116,), ("2026-11-06",), "2026-11-06 09:54",
        request_subject(1116),
        "Hallo,\n\nich bestätige, das Termin am 6.11 hat stattgefunden.\n\n"
        "Danke schön\nDavid Nowak",
        reply="cr-1116")  # fmt: skip
    yes("hy24_nowak_verschieben.eml", NOWAK, (1117,), ("2026-11-13",), "2026-11-13 10:40",
        request_subject(1117),
        "Guten Tag,\n\n"
        "Termin von 13.11. war, alles gut. Eine Frage: nächste Freitag (20.11) ich muss"
        " früher bei Arbeit sein, ist möglich um 7 Uhr oder an Donnerstag?\n\n"
        "Mit freundlichen Grüßen\nDavid Nowak",
        reply="cr-1117", style="thunderbird", staff=True, extra=("reschedule",))  # fmt: skip
    yes("hy25_nowak_english_two.eml", NOWAK, (1116, 1117), ("2026-11-06", "2026-11-13"),
        "2026-11-14 11:20", "Confirmation of sessions",
        "Hello,\n\n"
        "I confirm that the sessions on 6th and 13th November took place. Sorry I did not"
        " answer earlier.\n\n"
        "Best regards,\nDavid Nowak")  # fmt: skip
    yes("hy26_nowak_war_gut.eml", NOWAK, (1118,), ("2026-11-20",), "2026-11-20 09:48",
        request_subject(1118),
        "Hallo, ja 20.11 war gut, danke\nDavid",
        reply="cr-1118", style="thunderbird")  # fmt: skip
    yes("hy27_nowak_wochen_spaet.eml", NOWAK, (1119,), ("2026-11-27",), "2026-12-03 21:33",
        request_subject(1119),
        "Hallo,\n\n"
        "Entschuldigung für späte Antwort, ich war auf Dienstreise. Der Termin am"
        " 27. November hat stattgefunden.\n\n"
        "Grüße\nDavid Nowak",
        reply="cr-1119", style="thunderbird")  # fmt: skip
    yes("hy28_nowak_falscher_tag.eml", NOWAK, (), ("2026-11-07",), "2026-11-07 15:12",
        request_subject(1116),
        "Hallo,\n\nTermin am 7.11. hat stattgefunden.\n\nDavid Nowak",
        reply="cr-1116", style="thunderbird", staff=True,
        note="names Saturday 7.11.; his appointment was Friday 6.11.: a day that matches"
        " no appointment, staff must ask")  # fmt: skip
    yes("hy29_nowak_bestaetigt_und_frage.eml", NOWAK, (1118,), ("2026-11-20",),
        "2026-11-21 09:15", request_subject(1118),
        "Guten Morgen,\n\n"
        "ich möchte bestätigen: Behandlung am 20.11. hat stattgefunden. Die Therapeutin hat"
        " gesagt ich soll Wärme machen, aber ich habe vergessen wie lange. 10 Minuten oder"
        " 20? Danke für Antwort.\n\n"
        "David",
        reply="cr-1118", staff=True, extra=("question",))  # fmt: skip
    no("hy30_nowak_krank.eml", NOWAK, ("cancellation",), "2026-11-26 19:48",
        "Absage Termin morgen",
        "Hallo,\n\n"
        "leider ich bin krank, habe Fieber seit gestern. Ich kann morgen 27.11 nicht zum"
        " Termin. Bitte absagen. Ich melde mich wenn ich gesund bin.\n\n"
        "David Nowak")  # fmt: skip
    no("hy31_nowak_videolink_code.eml", NOWAK, ("technical",), "2026-11-12 20:05",
        video_link_subject(1117),
        "Hallo,\n\n"
        "ich habe probiert mit den Code, aber kommt immer \"Zugangscode ungültig\". Ich"
        " benutze Firefox. Was mache ich falsch? Termin ist morgen früh.\n\n"
        "David",
        reply="vl-1117", style="thunderbird")  # fmt: skip


def hartmann() -> None:
    """Leonie Hartmann (video, Tuesdays 17:00), new patient; her mother reads her web.de."""
    yes("hy32_hartmann_mutter.eml", HARTMANN, (1120,), ("2026-11-03",), "2026-11-04 08:12",
        request_subject(1120),
        "Guten Morgen,\n\n"
        "meine Tochter Leonie hatte gestern (03.11.) ihre erste Videobehandlung bei Ihnen,"
        " die hat stattgefunden. Ich lese ihre Mails mit, sie ist erst 15.\n\n"
        "Freundliche Grüße\nKatrin Hartmann",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    yes("hy33_hartmann_bottom.eml", HARTMANN, (1121,), ("2026-11-10",), "2026-11-10 19:02",
        request_subject(1121),
        "Ja, die Behandlung am 10.11. hat stattgefunden.\n\nLG Leonie",
        client="webde", reply="cr-1121", style="webde", bottom=True)  # fmt: skip
    yes("hy34_hartmann_spaeter_uhrzeit.eml", HARTMANN, (1122,), ("2026-11-17",),
        "2026-11-17 18:51", request_subject(1122),
        "hat stattgefunden, danke!! 17.11.\n\n"
        "nächste woche hab ich bis 17:30 training, ginge 18 uhr?\n\nleonie",
        client="iphone", reply="cr-1122", style="iphone", staff=True,
        extra=("reschedule",))  # fmt: skip
    yes("hy35_hartmann_alles_gut.eml", HARTMANN, (1123,), (), "2026-11-24 18:44",
        request_subject(1123),
        "Alles gut, hat geklappt 😊 Liebe Grüße",
        client="samsung", reply="cr-1123", style="samsung")  # fmt: skip
    yes("hy36_hartmann_abgebrochen.eml", HARTMANN, (), ("2026-11-17",), "2026-11-17 20:10",
        request_subject(1122),
        "Hallo,\n\n"
        "die Behandlung am 17.11. hat stattgefunden, aber nach ungefähr 10 Minuten ist bei"
        " uns das Internet ausgefallen und wir sind nicht mehr reingekommen. Also nur zum"
        " Teil.\n\n"
        "Viele Grüße\nKatrin Hartmann (Mutter)",
        client="webde", reply="cr-1122", style="webde", staff=True, extra=("technical",),
        note="the session broke off after about 10 minutes: held only in part")  # fmt: skip
    yes("hy37_hartmann_mutter_dank.eml", HARTMANN, (1123,), ("2026-11-24",),
        "2026-11-25 09:30", request_subject(1123),
        "Vielen Dank, die Stunde am 24.11. hat stattgefunden. Leonie macht die Übungen"
        " fleißig, das Knie wird langsam besser.\n\n"
        "Viele Grüße\nKatrin Hartmann",
        client="webde", reply="cr-1123", style="webde")  # fmt: skip
    yes("hy38_hartmann_iphone_kurz.eml", HARTMANN, (1120,), ("2026-11-03",),
        "2026-11-03 18:40", request_subject(1120),
        "Ja hat stattgefunden am 3.11 :)",
        client="iphone", reply="cr-1120", style="iphone", bottom=True)  # fmt: skip
    no("hy39_hartmann_erinnerung_danke.eml", HARTMANN, ("other",), "2026-11-16 17:35",
        reminder_subject(1122),
        "Danke für die Erinnerung, ich bin morgen dabei!\n\nLeonie",
        client="webde", reply="rem-1122", style="webde", staff=False)  # fmt: skip
    no("hy40_hartmann_rezept_frage.eml", HARTMANN, ("question",), "2026-11-19 13:15",
        "Frage zur Verordnung",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Kinderärztin hat Leonie 6 Behandlungen verschrieben. Reicht das für den Rest"
        " des Jahres, oder sollen wir schon eine neue Verordnung besorgen? Und brauchen Sie"
        " das Original per Post?\n\n"
        "Mit freundlichen Grüßen\nKatrin Hartmann",
        client="webde")  # fmt: skip


def main() -> None:
    load_practice()
    zimmermann()
    schaefer()
    jansen()
    nowak()
    hartmann()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
