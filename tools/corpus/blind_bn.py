"""Write blind set BN: a plain, representative inbox of the whole year (January to
November), 45 mails. 35 confirm at least one session: mostly short replies under our
request in many mail programs, with and without the date, some new mails, several days in
one mail (a patient who writes once a week for the whole week), a few late ones, replies to
our reminder or video-link mail that also confirm the last session, an answer typed into
the subject line, two forwarded requests, a reply to an old request that confirms the
latest session, and a few with a question or a problem beside the yes. 10 look alike and
are not: two cancellations, a reschedule, a question about a coming session, two missed
sessions, two yeses to a reminder for the next day, a "confirmation" of a cancelled day
(labelled a confirmation with nothing to record) and a video code that does not work.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_bn`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_bn")


def forwarded(file, pid, ids, dates, date, subject, body, key, style, client="plain",
              staff=False, note="") -> None:  # fmt: skip
    """A patient forwards our request back to us with their answer on top."""
    mc.human(file, sender=pid, date=date, subject=subject, body=body, client=client,
             forward=key, quote_style=style,
             label=mc.Label(("confirmation",), patient=pid, confirmed=ids, dates=dates,
                            needs_staff=staff, note=note))  # fmt: skip


def winter() -> None:
    yes("bn01_krueger_ja_stattgefunden.eml", 1, (1003,), (), "2026-01-27 13:41", re(1003),
        "Ja, hat stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day of her own")  # fmt: skip
    yes("bn03_wolff_drei_nachtraeglich.eml", 4, (1029, 1030, 1031),
        ("2026-01-23", "2026-01-30", "2026-02-06"), "2026-02-07 10:15", re(1029),
        "Guten Morgen,\n\nich komme erst jetzt dazu, Entschuldigung. Die Behandlungen am"
        " 23.01., 30.01. und gestern am 06.02. haben alle stattgefunden, jeweils Freitag"
        " 14 Uhr am Telefon.\n\nMfG\nH.-J. Wolff",
        client="tonline", reply="cr-1029", style="tonline",
        note="late, three Fridays in one reply under the oldest request")  # fmt: skip
    yes("bn04_krueger_alte_anfrage_heute.eml", 1, (1006,), ("2026-02-17",),
        "2026-02-17 11:52", re(1004),
        "Hallo, ich antworte mal hier drauf: der Termin heute, 17.02., hat stattgefunden."
        "\nLG Sabine Krüger",
        client="webde", reply="cr-1004", style="webde",
        note="reply to the old request of 03.02. that confirms only today's session")  # fmt: skip
    yes("bn06_becker_ganze_woche.eml", 2, (1012, 1013), ("2026-02-09", "2026-02-12"),
        "2026-02-13 08:03", "Termine diese Woche",
        "Hallo zusammen,\n\ndiese Woche hatte ich Montag (9.2.) und Donnerstag (12.2.)"
        " jeweils Manuelle Therapie am Telefon, beide haben stattgefunden.\n\n"
        "Schönes Wochenende\nThomas Becker",
        client="webde",
        note="new mail at the end of the week for both of the week's sessions")  # fmt: skip
    yes("bn07_wagner_video_abgebrochen.eml", 21, (1128,), (), "2026-02-09 12:20", re(1128),
        "Ja, hat stattgefunden, aber das Video ist nach ca 10 min abgebrochen und wir haben"
        " den Rest dann über Telefon gemacht. Ich hoffe das ist ok so?\n\nSophie",
        client="iphone", reply="cr-1128", style="iphone", staff=True, extra=("technical",),
        note="confirms, but the video broke off and the rest went by phone: staff looks")  # fmt: skip
    yes("bn08_aydin_lerner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:47", re(1130),
        "Hallo ich bestätige termin 19.02 telefon war gut\nMehmet Aydin",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("bn09_aydin_vier_vergessen.eml", 22, (1132, 1133, 1134, 1135),
        ("2026-03-05", "2026-03-12", "2026-03-19", "2026-03-26"), "2026-03-28 18:30",
        "Bestätigung",
        "Sehr geehrte Praxis,\nentschuldigung ich habe vergessen zu antworten. Die"
        " behandlung war am 5.3, 12.3, 19.3 und 26.3 immer Donnerstag mittag. Alle"
        " gemacht.\nMit freundliche Grüße\nMehmet Aydın",
        client="samsung",
        note="late new mail for four Thursdays in March")  # fmt: skip


def spring() -> None:
    yes("bn10_demir_heute.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:02", re(1019),
        "ja war heute, danke 😊",
        client="gmail", reply="cr-1019", style="gmail",
        note="'heute' on the day of the session")  # fmt: skip
    yes("bn11_demir_videolink_letzte_woche.eml", 3, (1024,), ("2026-04-08",),
        "2026-04-12 19:05", "Re: Ihr Videotermin am 15.04.2026",
        "Danke für den Code! Und den Termin letzten Mittwoch am 8.4. bestätige ich"
        " hiermit auch noch, der hat ganz normal stattgefunden.\n\nAylin",
        client="gmail", reply="vl-1025", style="gmail",
        note="reply to the video-link mail for 15.04. that confirms the previous session")  # fmt: skip
    no("bn12_demir_abgesagter_tag.eml", 3, ("confirmation",), "2026-04-02 09:10", re(1022),
       "Hallo, ich bestätige noch den Termin vom 1.4.\nGruß Aylin Demir",
       client="gmail", reply="cr-1022", style="gmail",
       note="'confirms' 01.04., which was cancelled; 25.03. under the quote is not confirmed")  # fmt: skip
    yes("bn14_koch_woche_unter_anfrage.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 09:25", re(1112),
        "Guten Morgen,\nich bestätige für diese Woche beide Termine, 30.3. und 1.4.\n"
        "Frohe Ostern!\nR. Koch",
        client="tonline", reply="cr-1112", style="tonline",
        note="under the request of 01.04., also confirms Monday 30.03.")  # fmt: skip
    yes("bn15_oneill_tonight.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:12",
        re(1136, "RE"),
        "Hi,\n\nconfirming that tonight's session (14 April) took place.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("bn16_schulz_bottom.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:55", re(1034),
        "Hiermit bestätige ich den Termin am 16.04.\n\nLG Marie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird", bottom=True)  # fmt: skip
    no("bn17_schulz_frage_vorbereitung.eml", 5, ("question",), "2026-04-27 20:30",
       "Re: Ihr Videotermin am 30.04.2026",
       "Hallo,\nmuss ich für Donnerstag irgendwas vorbereiten? Matte, Handtuch,"
       " Theraband? Ich habe nur einen kleinen Raum.\nViele Grüße\nMarie Schulz",
       client="thunderbird", reply="vl-1036", style="thunderbird",
       note="question about the coming session, nothing confirmed")  # fmt: skip
    yes("bn18_schulz_frage_rezept.eml", 5, (1039,), ("2026-05-28",), "2026-05-29 08:12",
        re(1039),
        "Guten Morgen,\n\ndie Behandlung am 28.5. hat stattgefunden. Das war jetzt ja die"
        " letzte vom Rezept, oder? Brauche ich ein neues Rezept vom Orthopäden, wenn ich"
        " weitermachen möchte?\n\nMarie Schulz",
        client="thunderbird", reply="cr-1039", style="thunderbird", staff=True,
        extra=("question",), note="confirms and asks about a follow-up prescription")  # fmt: skip


def may_june() -> None:
    yes("bn19_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 14:05", re(1043),
        "Guten Tag,\n\nbeide Termine heute, 18.05. (Gerät morgens und MT mittags), haben"
        " stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions the same day, both confirmed")  # fmt: skip
    forwarded("bn19b_hoffmann_weitergeleitet.eml", 6, (1040,), ("2026-05-04",),
              "2026-05-05 07:58", "WG: Bitte bestätigen Sie Ihre Behandlung vom 04.05.2026",
              "Guten Morgen,\n\nmeine Antwort von gestern ist offenbar im Entwurf hängen"
              " geblieben, deshalb hier nochmal: die Behandlung am 04.05. hat stattgefunden."
              "\n\nGruß\nPeter Hoffmann",
              "cr-1040", "forward_outlook", client="outlook",
              note="forwards our request back with his yes on top")  # fmt: skip
    yes("bn20_hoffmann_erinnerung_plus.eml", 6, (1044,), ("2026-05-26",), "2026-05-31 08:10",
        "AW: Erinnerung: Ihr Termin am 01.06.2026",
        "Morgen 7:30 passt. Dienstag letzte Woche (26.5.) hat übrigens auch stattgefunden,"
        " falls das noch fehlt.\n\nP. Hoffmann",
        client="outlook", reply="rem-1045", style="outlook",
        note="reply to the reminder for 01.06. that confirms the previous session")  # fmt: skip
    yes("bn21_berger_grossbuchstaben.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:30",
        re(1142),
        "JA DER TERMIN AM 6.5. HAT STATTGEFUNDEN\nGRUSS U. BERGER",
        client="plain", reply="cr-1142", style="outlook_classic")  # fmt: skip
    no("bn22_berger_absage.eml", 24, ("cancellation",), "2026-06-09 10:05",
       "AW: Erinnerung: Ihr Termin am 10.06.2026",
       "Guten Tag,\nich muss den Termin morgen leider absagen, ich bin seit gestern im"
       " Krankenhaus. Ich melde mich wenn ich wieder zu Hause bin.\nUrsula Berger",
       client="plain", reply="rem-1147", style="outlook_classic",
       note="cancels tomorrow's session")  # fmt: skip
    yes("bn23_popescu_lerner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:20", re(1046),
        "Hallo,\nich bestätige das die Behandlung am 02.06 war stattgefunden.\n"
        "Danke schön\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    no("bn25_popescu_ja_morgen.eml", 7, ("other",), "2026-06-29 12:15",
       "Re: Erinnerung: Ihr Termin am 30.06.2026",
       "Ja ich bin morgen da. Danke für Erinnerung.\nElena",
       client="yahoo", reply="rem-1050", style="yahoo", staff=False,
       note="a yes to the reminder for a coming session, nothing to record or do")  # fmt: skip
    yes("bn26_richter_iphone.eml", 8, (1051,), (), "2026-06-03 19:58", re(1051),
        "Ja hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    no("bn27_richter_verschieben.eml", 8, ("reschedule",), "2026-06-30 18:45",
       "Re: Erinnerung: Ihr Termin am 01.07.2026",
       "Hi, könnten wir den Termin morgen auf Donnerstag selbe Uhrzeit schieben? Bin"
       " morgen abend noch im Büro.\nDanke, Jonas\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1055", style="iphone",
       note="wants to move 01.07. to Thursday")  # fmt: skip


def summer() -> None:
    yes("bn28_neumann_woche_1.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 09:30", "Bestätigung der Behandlungen",
        "Guten Tag,\n\nin dieser Woche hatte ich am Dienstag, 7.7., und am Donnerstag,"
        " 9.7., meine Krankengymnastik am Telefon. Beides hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="plain", note="her weekly mail for the whole week")  # fmt: skip
    yes("bn30_neumann_woche_3_verpasst.eml", 9, (1060,), ("2026-07-21",), "2026-07-24 10:02",
        "Bestätigung der Behandlungen",
        "Guten Tag,\n\ndiese Woche hat nur der Termin am Dienstag, 21.7., stattgefunden. Am"
        " Donnerstag war ich beim Arzt und habe den Anruf leider verpasst, das tut mir"
        " leid.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="plain", staff=True,
        note="confirms 21.07.; Thursday 23.07. missed: staff looks")  # fmt: skip
    yes("bn32_brandt_nur_betreff.eml", 10, (1064,), ("2026-07-10",), "2026-07-10 17:35",
        "Termin 10.7. hat stattgefunden",
        "LG Lukas",
        client="thunderbird", note="the answer is in the subject line of a new mail")  # fmt: skip
    forwarded("bn33_carter_forward.eml", 11, (1071,), ("2026-08-17",), "2026-08-18 09:02",
              "Fwd: Bitte bestätigen Sie Ihre Behandlung vom 17.08.2026",
              "Hi, replying didn't seem to work from my phone so I'm forwarding this back."
              " Yes, the session on Aug 17 took place.\n\nThanks,\nEmily",
              "cr-1071", "forward_gmail", client="gmail",
              note="forwards our request back with her yes on top")  # fmt: skip
    yes("bn34_carter_yes.eml", 11, (1069,), (), "2026-08-03 14:30", re(1069, "Re"),
        "Yes, confirmed, thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    no("bn35_carter_verpasst.eml", 11, ("other", "reschedule"), "2026-08-31 15:10",
       re(1073, "Re"),
       "Hi, so sorry, I missed today's session, my train got stuck outside Hannover with no"
       " signal. Could we do a make-up session this week?\n\nEmily",
       client="gmail", reply="cr-1073", style="gmail_en",
       note="the session of 31.08. did not take place; wants a make-up session")  # fmt: skip
    yes("bn37_yildiz_zwei_spaet.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-09-10 20:48", re(1080),
        "Guten Abend,\nich habe letzte Woche vergessen. Die Behandlung am 2.9. und gestern"
        " 9.9. beide stattgefunden.\nLiebe Grüße\nFatma",
        client="webde", reply="cr-1080", style="webde",
        note="two Wednesdays, the first a week late")  # fmt: skip


def autumn() -> None:
    yes("bn38_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:55",
        re(1082),
        "Sehr geehrte Damen und Herren,\n\ndie Behandlung vom 10.09. fand statt.\n\n"
        "Mit freundlichen Grüßen\n\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\n"
        "Königsallee 12, 40212 Düsseldorf\nTel. 0211 556677-0 | Fax 0211 556677-99",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("bn39_vogel_videolink_vorige.eml", 13, (1083,), ("2026-09-17",), "2026-09-21 07:45",
        "AW: Ihr Videotermin am 24.09.2026",
        "Danke, Code ist angekommen. Die Sitzung vom 17. ist erfolgt.\n\nM. Vogel",
        client="outlook", reply="vl-1084", style="outlook_classic",
        note="reply to the video-link mail for 24.09. that confirms 17.09.")  # fmt: skip
    yes("bn41_lehmann_plus_verschieben.eml", 14, (1089,), ("2026-09-22",),
        "2026-09-22 16:02", re(1089),
        "Hallo, der Termin am 22.9. hat stattgefunden. Könnten wir nächste Woche (29.9.)"
        " auf 14 Uhr gehen? Ich habe um 13 Uhr ein Seminar.\nDanke! Anna",
        client="thunderbird", reply="cr-1089", style="thunderbird", staff=True,
        extra=("reschedule",), note="confirms 22.09. and asks to move 29.09.")  # fmt: skip
    yes("bn43_schaefer_buero.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 09:12",
        re(1099),
        "Guten Morgen,\n\nder Termin am 14.10. hat stattgefunden.\n\nMit freundlichen Grüßen"
        "\nBirgit Schäfer\nSteuerberaterin\nSchäfer Steuerberatung\nTel. 0511 334455",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second, office address")  # fmt: skip
    yes("bn44_schaefer_samsung_heute.eml", 16, (1101,), ("2026-10-28",), "2026-10-28 21:04",
        re(1101),
        "Ja war heute abend 👍 LG Birgit",
        client="samsung", reply="cr-1101", style="samsung",
        note="'heute abend' on the day of the session")  # fmt: skip
    yes("bn45_jansen_moin.eml", 17, (1104,), (), "2026-10-22 12:40", re(1104),
        "Moin, Termin war, passt.\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("bn46_jansen_im_betreff.eml", 17, (1106,), (), "2026-11-05 11:50",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 05.11.2026 - JA hat stattgefunden",
        "",
        client="gmail", reply="cr-1106", style="gmail",
        note="the yes is typed into the subject line, the body is only our quote")  # fmt: skip
    yes("bn47_zimmermann_nach_ausfall.eml", 15, (1097,), ("2026-11-02",), "2026-11-02 15:20",
        re(1097),
        "Guten Tag,\nheute am 2.11. wieder Behandlung gehabt, nach der Pause. Hat"
        " stattgefunden.\nK. Zimmermann",
        client="plain", reply="cr-1097", style="outlook_classic")  # fmt: skip
    yes("bn48_hartmann_gestern.eml", 20, (1120,), ("2026-11-03",), "2026-11-04 08:20",
        "Erste Stunde",
        "Hallo liebes Praxisteam,\n\ndie erste Stunde gestern hat super geklappt, ich"
        " bestätige hiermit den 3.11.!\n\nLG Leonie Hartmann",
        client="webde", note="new mail the day after her first session")  # fmt: skip
    no("bn49_hartmann_code.eml", 20, ("technical",), "2026-11-10 16:55",
       "AW: Ihr Videotermin am 10.11.2026",
       "Hallo, der Zugangscode geht nicht, da steht ungültig. Ich warte im Browser, was"
       " soll ich machen??\nLeonie",
       client="webde", reply="vl-1121", style="webde",
       note="cannot get into today's video session, before it starts")  # fmt: skip
    yes("bn50_nowak_english.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:15",
        re(1116, "Re"),
        "Confirmed for 6 Nov.\n\nBest,\nDavid",
        client="plain", reply="cr-1116", style="gmail_en")  # fmt: skip
    no("bn51_nowak_morgen.eml", 19, ("other",), "2026-11-12 09:30",
       "Re: Erinnerung: Ihr Termin am 13.11.2026",
       "Bestätige den Termin morgen, 13.11., 8 Uhr. Bis dann.\nDavid Nowak",
       client="plain", reply="rem-1117", style="gmail", staff=False,
       note="'confirms' tomorrow's session to the reminder: nothing took place yet")  # fmt: skip
    no("bn52_wolff_kein_anruf.eml", 4, ("other",), "2026-02-20 15:48", re(1033),
       "Sehr geehrte Damen und Herren,\n\ndie Behandlung hat heute nicht stattgefunden."
       " Ich habe ab 14 Uhr am Telefon gewartet, aber es hat niemand angerufen.\n\n"
       "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
       client="tonline", reply="cr-1033", style="tonline",
       note="the session of 20.02. did not take place: no call came")  # fmt: skip
    no("bn53_becker_absage.eml", 2, ("cancellation",), "2026-03-01 18:10",
       "AW: Erinnerung: Ihr Termin am 02.03.2026",
       "Hallo, morgen muss ich leider absagen, bin kurzfristig auf Dienstreise. Melde mich"
       " für einen neuen Termin.\nGruß T. Becker",
       client="webde", reply="rem-1018", style="webde",
       note="cancels 02.03.")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    may_june()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
