"""Write blind set DT: a plain, representative inbox of the whole year, 42 mails.

32 mails confirm at least one session: mostly short replies under our request (web.de,
iPhone, Gmail, Outlook, Thunderbird, T-Online, Samsung, Yahoo, Apple Mail), with and
without the date, some new mails with one or several days, a few weeks late, a few with a
question, a reschedule wish or a video problem beside the yes. 10 look-alikes: replies to
a reminder (thanks, see you), cancellations, a reschedule, questions about a coming
session, and sessions that did not take place.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dt`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vls

HERE = data_dir("blind_dt")


def winter() -> None:
    # Krüger (1), Becker (2), Wolff (4), Wagner (21), Aydın (22)
    yes("dt01_krueger_ja_webde.eml", 1, (1003,), (), "2026-01-27 12:40", re(1003),
        "Hallo,\n\nja, hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("dt02_krueger_datum_iphone.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 18:05",
        re(1005),
        "Termin am 10.2. hat stattgefunden, danke!\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1005", style="iphone")  # fmt: skip
    yes("dt03_krueger_zwei_tage.eml", 1, (1006, 1007), ("2026-02-17", "2026-02-24"),
        "2026-02-24 13:00", re(1007),
        "Hallo zusammen,\n\nder 24.02. hat stattgefunden, und der 17.02. übrigens auch - da"
        " hatte ich vergessen zu antworten, sorry.\n\nViele Grüße\nS. Krüger",
        client="webde", reply="cr-1007", style="webde",
        note="answers today's request and catches up the week before")  # fmt: skip
    no("dt04_krueger_erinnerung_danke.eml", 1, ("other",), "2026-03-02 11:05", rem(1008),
       "Danke für die Erinnerung, ich bin morgen dabei.\n\nLG Sabine",
       client="webde", reply="rem-1008", style="webde", staff=False,
       note="reply to the reminder before the session: nothing to confirm, nothing to do")  # fmt: skip
    yes("dt05_becker_drei_termine.eml", 2, (1010, 1011, 1012),
        ("2026-02-02", "2026-02-05", "2026-02-09"), "2026-02-10 08:15",
        "Bestätigung Behandlungen",
        "Guten Morgen,\n\nhiermit bestätige ich die Telefontermine (MT) vom 02.02., 05.02. und"
        " 09.02.\n\nMfG\nThomas Becker",
        client="webde", note="new mail, three days at once")  # fmt: skip
    no("dt06_becker_absage.eml", 2, ("cancellation",), "2026-02-25 18:02", rem(1017),
       "Hallo,\n\nden Termin morgen muss ich leider absagen, ich bin kurzfristig auf"
       " Dienstreise in Hamburg. Ich melde mich wegen eines Ersatztermins.\n\nGruß\nT. Becker",
       client="webde", reply="rem-1017", style="webde")  # fmt: skip
    yes("dt07_wolff_foermlich_tonline.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 10:03",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich Ihnen, dass die"
        " telefonische Behandlung am 16.01.2026 stattgefunden hat.\n\nMit freundlichen"
        " Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("dt08_wolff_ja_rezeptfrage.eml", 4, (1030,), (), "2026-01-30 17:45", re(1030),
        "Ja, war.\nWie viele Termine habe ich eigentlich noch auf meinem Rezept? Der Arzt"
        " fragt nach.\n\nH.-J. Wolff",
        client="tonline", reply="cr-1030", style="tonline", staff=True, extra=("question",),
        note="a yes with a question about the prescription")  # fmt: skip
    yes("dt09_wolff_spaet.eml", 4, (1031,), ("2026-02-06",), "2026-03-15 11:20", re(1031),
        "Guten Tag,\n\nentschuldigen Sie bitte die späte Antwort, ich war einige Wochen bei"
        " meiner Tochter in Freiburg. Ja, die Behandlung am 6.2. hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1031", style="tonline",
        note="five weeks late, under the request")  # fmt: skip
    yes("dt10_wagner_samsung.eml", 21, (1125,), (), "2026-01-19 11:20", re(1125),
        "Ja hat stattgefunden\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1125", style="samsung")  # fmt: skip
    yes("dt11_aydin_mehrere.eml", 22, (1132, 1133), ("2026-03-05", "2026-03-12"),
        "2026-03-13 08:30", "Termin",
        "Hallo\nich bestätigen termin 5.3 und 12.3 alles gut gemacht mit telefon.\n"
        "Danke\nMehmet Aydin",
        client="outlook", note="learner's German, new mail, two days")  # fmt: skip


def spring() -> None:
    # Demir (3), Koch (18), O'Neill (23), Schulz (5), Hoffmann (6), Berger (24)
    yes("dt12_demir_kleinschrift.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:22",
        re(1019),
        "ja hat statt gefunden am 4.3 👍",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    no("dt13_demir_niemand_da.eml", 3, ("other", "question"), "2026-03-11 10:31", re(1020),
       "Hallo,\n\nder Termin heute hat leider nicht stattgefunden. Ich war ab 8:25 im"
       " Warteraum, aber es ist niemand gekommen. Was machen wir jetzt?\n\nLG Aylin Demir",
       client="gmail", reply="cr-1020", style="gmail",
       note="under our request, but the session did not take place")  # fmt: skip
    yes("dt14_demir_nachtrag_maerz.eml", 3, (1021, 1022), ("2026-03-18", "2026-03-25"),
        "2026-05-05 09:12", "Bestätigung März",
        "Hallo,\n\nsorry, ich hab total vergessen zu antworten. Die Termine am 18.3. und"
        " 25.3. haben beide stattgefunden.\n\nLG Aylin",
        client="gmail", note="new mail, six weeks late, two days")  # fmt: skip
    yes("dt15_koch_nachtrag.eml", 18, (1110, 1111, 1112),
        ("2026-03-25", "2026-03-30", "2026-04-01"), "2026-04-20 10:15",
        "Bestätigung Termine",
        "Sehr geehrte Damen und Herren,\n\nich bestätige hiermit die telefonischen"
        " Behandlungen vom 25.3., 30.3. und 1.4.2026.\n\nFreundliche Grüße\nRenate Koch",
        client="tonline", note="new mail, three days, weeks later")  # fmt: skip
    yes("dt16_aydin_kurz.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:10", re(1130),
        "Hallo,\nTermin 19.02 ist gemacht. Danke\nMehmet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("dt17_oneill_invoice.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:40", re(1137),
        "Hi,\n\nyes, the call on 21 April happened. Quick question: could you send me an"
        " invoice for my private insurer after the last session, or do I get one per"
        " session?\n\nCheers,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en", staff=True,
        extra=("question",), note="English yes with a billing question")  # fmt: skip
    yes("dt18_schulz_bottom.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:30", re(1034),
        "Hallo,\n\nja, die Behandlung am 16.04. hat stattgefunden.\n\nViele Grüße\nMarie"
        " Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True)  # fmt: skip
    no("dt19_schulz_verschieben.eml", 5, ("reschedule",), "2026-05-20 16:10", rem(1038),
       "Hallo,\n\nkönnten wir den Termin morgen auf Freitag verschieben, gleiche Uhrzeit?"
       " Morgen hab ich leider einen Arzttermin.\n\nDanke und viele Grüße\nMarie Schulz",
       client="thunderbird", reply="rem-1038", style="thunderbird")  # fmt: skip
    yes("dt20_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 19:02",
        re(1043),
        "Guten Abend,\n\nbestätige beide Einheiten vom 18.05. - morgens KG am Gerät und"
        " mittags die manuelle Therapie.\n\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions the same day, both named")  # fmt: skip
    yes("dt21_berger_ipad.eml", 24, (1142,), (), "2026-05-06 11:15", re(1142),
        "Guten Tag,\n\ndie Behandlung hat stattgefunden.\n\nMit freundlichen Grüßen\nU."
        " Berger\n\nVon meinem iPad gesendet",
        client="apple", reply="cr-1142", style="iphone")  # fmt: skip


def summer() -> None:
    # Popescu (7), Richter (8), Neumann (9), Brandt (10), Carter (11), Yıldız (12)
    yes("dt22_popescu_yahoo.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:20",
        "Bestätigung",
        "Hallo,\n\nich bestätige die Behandlung am 2 Juni. Es war sehr gut, danke schön.\n\n"
        "Elena Popescu",
        client="yahoo", note="learner's German, new mail")  # fmt: skip
    no("dt23_popescu_app_frage.eml", 7, ("question",), "2026-06-06 14:00", vls(1047),
       "Hallo,\n\nich habe den Code bekommen. Muss ich eine App runterladen oder geht es mit"
       " Handy im Browser? Ich habe kein Computer.\n\nDanke\nElena",
       client="yahoo", reply="vl-1047", style="yahoo",
       note="question about the coming video session")  # fmt: skip
    yes("dt24_richter_jo.eml", 8, (1051,), (), "2026-06-03 20:11", re(1051),
        "Jo, hat geklappt 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("dt25_richter_drei.eml", 8, (1052, 1053, 1054),
        ("2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-26 07:45",
        "Termine Juni",
        "Moin,\n\nbestätige hiermit die Sitzungen am 10.6., 17.6. und 24.6. - alle"
        " stattgefunden.\n\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", note="new mail, three days")  # fmt: skip
    yes("dt26_neumann_ausfuehrlich.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 15:48",
        re(1056),
        "Liebes Praxisteam,\n\nja, die Behandlung am Dienstag, den 7. Juli hat"
        " stattgefunden. Die Übungen für den Rücken tun mir gut, ich mache sie jeden"
        " Morgen.\n\nHerzliche Grüße\nGisela Neumann",
        client="thunderbird", reply="cr-1056", style="thunderbird")  # fmt: skip
    no("dt27_neumann_kein_anruf.eml", 9, ("other",), "2026-07-14 11:02", re(1058),
       "Guten Tag,\n\nheute hat mich niemand angerufen. Ich habe bis zehn Uhr neben dem"
       " Telefon gesessen. Bitte rufen Sie mich zurück.\n\nGisela Neumann",
       client="thunderbird", reply="cr-1058", style="thunderbird",
       note="phone session did not take place")  # fmt: skip
    yes("dt28_neumann_ja_spaeter.eml", 9, (1059,), (), "2026-07-16 11:05", re(1059),
        "Ja, hat stattgefunden.\n\nKönnte ich den Termin am 21.07. eine Stunde später"
        " haben? Da habe ich vormittags Fußpflege.\n\nGruß G. Neumann",
        client="thunderbird", reply="cr-1059", style="thunderbird", staff=True,
        extra=("reschedule",), note="a yes plus a reschedule wish for a coming day")  # fmt: skip
    yes("dt29_brandt_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:20", re(1063),
        "Hallo,\n\nbestätige die Sitzung vom 03.07.2026.\n\nBeste Grüße\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("dt30_brandt_spaet_drei.eml", 10, (1065, 1066, 1067),
        ("2026-07-17", "2026-07-24", "2026-07-31"), "2026-08-20 22:10",
        "Nachtrag Bestätigungen Juli",
        "Hallo,\n\nsorry für die Verspätung, war im Urlaub. Die Termine am 17.07., 24.07. und"
        " 31.07. haben alle stattgefunden.\n\nBeste Grüße\nLukas Brandt",
        client="thunderbird", note="new mail, weeks late, three days")  # fmt: skip
    yes("dt31_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        re(1069, "Re"),
        "Yes, the session on Aug 3 took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    no("dt32_carter_reminder.eml", 11, ("other",), "2026-08-30 13:00", rem(1073, "Re"),
       "Thanks for the reminder - see you tomorrow!\n\nEmily",
       client="gmail", reply="rem-1073", style="gmail_en", staff=False,
       note="reply to a reminder before the session")  # fmt: skip
    yes("dt33_yildiz_abgesagt_nebenbei.eml", 12, (1078, 1079), ("2026-08-26", "2026-09-02"),
        "2026-09-03 09:00", "Bestätigung",
        "Hallo ich bestätige die Behandlung am 26.08 und 02.09. Der 19.08 war ja abgesagt.\n"
        "Gruß Fatma Yildiz",
        client="webde", note="two days; the cancelled 19.08 is named as cancelled, not"
        " confirmed")  # fmt: skip


def autumn() -> None:
    # Vogel (13), Lehmann (14), Zimmermann (15), Schäfer (16), Jansen (17), Nowak (19),
    # Hartmann (20)
    yes("dt34_vogel_signatur.eml", 13, (1082,), (), "2026-09-10 08:47", re(1082),
        "Bestätigt.\n\n--\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte mbB\n"
        "Königsallee 14, 40212 Düsseldorf\nTel. 0211 5566 120",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("dt35_lehmann_ruckelig.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:10",
        re(1087),
        "Hallo,\n\nja, die Videobehandlung am 08.09. hat stattgefunden. Das Bild war"
        " allerdings ziemlich ruckelig und der Ton kam verzögert - liegt das an meinem"
        " Uni-WLAN oder bei Ihnen?\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird", staff=True,
        extra=("technical",), note="a yes with a question about the video quality")  # fmt: skip
    yes("dt36_zimmermann_jawoll.eml", 15, (1093,), (), "2026-10-05 16:30", re(1093),
        "jawoll, hat stattgefunden\nK. Zimmermann",
        reply="cr-1093", style="thunderbird")  # fmt: skip
    no("dt37_zimmermann_krankenhaus.eml", 15, ("cancellation",), "2026-11-01 11:30",
       rem(1097),
       "Guten Tag,\nich muss den Termin morgen leider absagen, ich liege im Krankenhaus"
       " (Knie). Melde mich wenn ich wieder raus bin.\nK. Zimmermann",
       reply="rem-1097", style="thunderbird")  # fmt: skip
    yes("dt38_schaefer_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:05",
        re(1099),
        "Guten Morgen,\n\nhiermit bestätige ich den Termin vom 14.10.2026.\n\nFreundliche"
        " Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 040 889 21 30",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address (office)")  # fmt: skip
    yes("dt39_jansen_jap.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:52", re(1104),
        "jap, 22.10. war. bis nächste woche",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    no("dt40_jansen_link_frage.eml", 17, ("question",), "2026-11-08 20:14",
       "Termin Donnerstag",
       "Hey,\n\nfindet der Termin am 12.11. wie geplant statt? Hab noch keinen Link"
       " bekommen.\n\nOle",
       client="gmail", note="question about a coming session")  # fmt: skip
    yes("dt41_nowak_ohne_zitat.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 09:41",
        re(1116),
        "Bestätigt: 06.11.2026, MT per Video.\n\nD. Nowak",
        reply="cr-1116", note="reply without a quote")  # fmt: skip
    no("dt42_hartmann_verpasst.eml", 20, ("other", "question"), "2026-11-10 19:30", re(1121),
       "Hallo,\n\nich war heute leider nicht dabei, meine Kleine war krank und ich hab total"
       " vergessen abzusagen. Sorry!! Muss ich das jetzt bezahlen?\n\nLG Leonie Hartmann",
       client="webde", reply="cr-1121", style="webde",
       note="missed session under our request, with a question")  # fmt: skip
    yes("dt43_hartmann_smiley.eml", 20, (1120,), (), "2026-11-03 18:55", re(1120),
        "Hallo! Ja, hat alles gut geklappt 😊\n\nLG Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
