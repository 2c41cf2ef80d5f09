"""Write blind set EF: everyday mails that give the day of a session only in words.

Patients name their sessions as they do in real mail: a weekday alone ('Montag ja,
Donnerstag nicht'), 'letzte Woche Mittwoch', 'vorgestern', 'den davor', 'die beiden
letzten', 'gestern und heute', 'the Monday one', a day corrected in the next sentence, a
weekday and a date that do not agree; and some that name every day plainly. 43 mails:
32 that confirm at least one session (some with a second day that did not take place or
cannot be placed) and 11 look-alikes (a day with two sessions said in the singular, a
weekday the patient has no session on, a cancelled day, a holiday, 'last Tuesday' written
on the Wednesday, a weekday that contradicts its date, a repeat of a confirmation, a future
day, sessions that did not take place).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_ef`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, video_link_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_ef")


def relative_days() -> None:
    """gestern, vorgestern, heute, den davor, die beiden letzten."""
    yes("ef01_krueger_gestern.eml", 1, (1004,), ("2026-02-03",), "2026-02-04 08:15", re(1004),
        "Guten Morgen,\n\nja, gestern hat alles geklappt, Bild und Ton waren gut.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("ef03_wolff_vorgestern.eml", 4, (1031,), ("2026-02-06",), "2026-02-08 11:20", re(1031),
        "Guten Tag,\n\nvorgestern war die Behandlung am Telefon, hat stattgefunden.\n\n"
        "MfG\nH.-J. Wolff",
        client="tonline", reply="cr-1031", style="tonline",
        note="vorgestern from Sunday 08.02. is Friday 06.02.")  # fmt: skip
    yes("ef05_schulz_die_beiden_letzten.eml", 5, (1036, 1037), ("2026-04-30", "2026-05-07"),
        "2026-05-08 10:02", re(1037),
        "Hallo,\n\nich bestätige die beiden letzten Termine, also gestern und den letzte "
        "Woche. Beide per Video, war alles in Ordnung.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird",
        note="gestern = 07.05., letzte Woche = 30.04.")  # fmt: skip
    yes("ef06_hoffmann_gestern_beide.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-19 08:04",
        re(1043),
        "Gestern beide Termine wahrgenommen, morgens Gerät und mittags MT. Bestätige hiermit "
        "beides.\n\nP. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on 18.05., both named")  # fmt: skip
    yes("ef10_neumann_gestern_und_heute.eml", 9, (1057,), ("2026-07-08", "2026-07-09"),
        "2026-07-09 17:40", re(1057),
        "Guten Tag,\n\nich bin gestern und heute telefonisch behandelt worden und bestätige "
        "beides.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1057", style="thunderbird", staff=True,
        note="heute = Thu 09.07. recorded; gestern (Wed 08.07.) has no session (Tuesday?)")  # fmt: skip
    yes("ef12_brandt_den_davor.eml", 10, (1064, 1065), ("2026-07-10", "2026-07-17"),
        "2026-07-18 10:31", re(1065),
        "Hallo,\n\nja, gestern hat stattgefunden. Den davor hatte ich glaub ich noch nicht "
        "bestätigt, der war aber auch.\n\nGrüße\nLukas",
        client="plain", reply="cr-1065", style="gmail",
        note="gestern = 17.07., den davor = 10.07.")  # fmt: skip
    yes("ef21_schaefer_gestern_abend.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:32",
        re(1099),
        "Guten Morgen,\n\ngestern Abend hat stattgefunden.\n\nBeste Grüße\nBirgit Schäfer\n\n"
        "Schäfer Steuerberatung\nTel. 030 8812 4450",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("ef25_hartmann_gestern_klein.eml", 20, (1123,), ("2026-11-24",), "2026-11-25 22:47",
        re(1123), "hallo ja gestern war die stunde\nlg leonie",
        client="webde", reply="cr-1123", style="webde")  # fmt: skip
    yes("ef26_wagner_gestern_davor_abgesagt.eml", 21, (1128,), ("2026-02-09",),
        "2026-02-10 07:55", re(1128),
        "Hallo,\n\ngestern ja. Die Woche davor fiel ja aus, die hab ich natürlich nicht.\n\n"
        "LG Sophie",
        client="iphone", reply="cr-1128", style="iphone",
        note="02.02. is cancelled in our records too; nothing to do")  # fmt: skip


def weekdays() -> None:
    """A weekday alone, a weekday in last / this week, several weekdays."""
    yes("ef02_becker_montag_ja_donnerstag_nicht.eml", 2, (1012,), ("2026-02-09",),
        "2026-02-13 09:10", "Termine diese Woche",
        "Hallo,\n\nMontag ja, Donnerstag nicht - da musste ich kurzfristig weg, hab es "
        "telefonisch gesagt.\n\nGruß\nT. Becker",
        client="plain", staff=True,
        note="Monday 09.02. confirmed; Thursday 12.02. did not take place, still scheduled")  # fmt: skip
    yes("ef04_demir_letzte_woche_mittwoch.eml", 3, (1020,), ("2026-03-11",), "2026-03-16 20:14",
        "Bestätigung",
        "Hi,\n\nich bestätige die Behandlung letzte Woche Mittwoch.\n\nLG Aylin",
        client="gmail", note="written Monday 16.03.: last week's Wednesday is 11.03.")  # fmt: skip
    yes("ef09_richter_mittwoch.eml", 8, (1053,), ("2026-06-17",), "2026-06-19 07:40", re(1053),
        "Moin, Mittwoch hat stattgefunden 👍\n\nJonas\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    yes("ef11_neumann_dienstag_donnerstag.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 10:00", "Bestätigung der Behandlungen",
        "Guten Tag,\n\ndie Behandlungen am Dienstag und am Donnerstag diese Woche haben "
        "stattgefunden.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird")  # fmt: skip
    yes("ef13_carter_the_monday_one.eml", 11, (1070,), ("2026-08-10",), "2026-08-12 21:06",
        re(1070, "Re"),
        "Hi,\n\nyes the Monday one happened, all good.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("ef23_jansen_letzte_woche_und_gestern.eml", 17, (1107, 1108),
        ("2026-11-12", "2026-11-19"), "2026-11-20 18:30", "Bestätigung",
        "Hi,\n\nbestätige den Termin letzte Woche Donnerstag, hatte eure Mail übersehn. "
        "Gestern war auch, das bestätige ich gleich mit.\n\nGruß Ole",
        client="gmail",
        note="written Friday 20.11.: last week's Thursday 12.11., gestern 19.11.")  # fmt: skip
    yes("ef24_nowak_freitag_dialekt.eml", 19, (1118,), ("2026-11-20",), "2026-11-22 19:48",
        re(1118),
        "Servus,\n\nFreitag hat stattgfundn, passt alles.\n\nGrüß\nDavid",
        client="plain", reply="cr-1118", style="gmail")  # fmt: skip
    yes("ef27_wagner_letzte_beiden_montage.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
        "2026-01-28 19:02", "Video-KG",
        "Hallo,\n\ndie letzten beiden Montage hatte ich Video-KG bei Ihnen, hiermit "
        "bestätigt.\n\nLG\nSophie Wagner",
        client="webde", note="written Wednesday 28.01.: Mondays 19.01. and 26.01.")  # fmt: skip
    yes("ef28_aydin_donerstag.eml", 22, (1130,), ("2026-02-19",), "2026-02-21 11:15", re(1130),
        "Hallo\nDonerstag telefon therapie war gemacht. danke\nMehmet Aydin",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("ef30_oneill_tuesdays_session.eml", 23, (1136,), ("2026-04-14",), "2026-04-16 08:50",
        re(1136, "RE"),
        "Hello,\n\nconfirming Tuesday's session took place.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("ef40_lehmann_dienstag_knapp.eml", 14, (1090,), ("2026-09-29",), "2026-09-30 09:12",
        "Termin Dienstag", "Hallo, ich bestätige Dienstag.\nAnna",
        client="thunderbird", note="written Wednesday 30.09.: yesterday 29.09.")  # fmt: skip
    yes("ef41_koch_letzte_woche_mo_mi.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-31 10:20", "Krankengymnastik",
        "Sehr geehrte Damen und Herren,\n\nletzte Woche Montag und Mittwoch hatte ich meine "
        "Krankengymnastik am Telefon. Das möchte ich hiermit bestätigen.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("ef42_popescu_dienstag_und_vorher.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-25 13:30", re(1049),
        "Hallo,\n\nja am Dienstag war Therapie. Auch den Dienstag vorher, ich habe nicht "
        "geantwortet, Entschuldigung.\n\nElena",
        client="yahoo", reply="cr-1049", style="yahoo")  # fmt: skip
    yes("ef43_hartmann_letzten_dienstag_spaet.eml", 20, (1120,), ("2026-11-03",),
        "2026-11-09 20:05", re(1120),
        "Sorry, total vergessen!! Letzten Dienstag war ich dabei. Morgen bin ich auch wieder "
        "da.\n\nLeonie",
        client="webde", reply="cr-1120", style="webde",
        note="written Monday 09.11.: last Tuesday 03.11.; tomorrow is a future session")  # fmt: skip


def days_with_a_catch() -> None:
    """A day corrected, a weekday against a date, a confirmation beside a day that was not."""
    yes("ef18_lehmann_also_dienstag.eml", 14, (1088,), ("2026-09-15",), "2026-09-17 11:02",
        re(1088),
        "Hallo,\n\ndie Behandlung am Mittwoch hat stattgefunden. Also Dienstag, nicht Mittwoch, "
        "sorry - bin diese Woche total durcheinander mit den Tagen.\n\nViele Grüße\n"
        "Anna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird",
        note="corrected at once to Tuesday 15.09.")  # fmt: skip
    yes("ef20_zimmermann_heute_dienstag_19.eml", 15, (1095,), ("2026-10-19",),
        "2026-10-19 13:10", re(1095),
        "ja heute Dienstag den 19.10 war Behandlung am Telefon\nK. Zimmermann",
        client="plain", reply="cr-1095", style="gmail",
        note="'Dienstag' a slip: heute, 19.10. and our request all are Monday 19.10.")  # fmt: skip
    yes("ef35_krueger_dienstag_davor_unsicher.eml", 1, (1004,), ("2026-02-03",),
        "2026-02-05 18:22", re(1004),
        "Hallo,\n\nDienstag ja. Beim Dienstag davor weiß ich nicht mehr genau ob das "
        "richtig geklappt hat, da war das Internet ganz schlecht und es ist dauernd "
        "abgebrochen.\n\nGruß Sabine Krüger",
        client="webde", reply="cr-1004", style="webde", staff=True,
        note="03.02. confirmed; 27.01. in doubt")  # fmt: skip
    yes("ef38_demir_mittwoch_ja_naechsten_nicht.eml", 3, (1021,), ("2026-03-18",),
        "2026-03-19 07:45", re(1021),
        "Hallo,\n\nMittwoch ja. Nächsten Mittwoch kann ich leider nicht, bitte absagen.\n\n"
        "LG Aylin",
        client="gmail", reply="cr-1021", style="gmail", staff=True, extra=("cancellation",),
        note="18.03. confirmed; 25.03. to cancel")  # fmt: skip
    yes("ef39_neumann_donnerstag_niemand.eml", 9, (1060,), ("2026-07-21",), "2026-07-24 10:30",
        "Behandlung diese Woche",
        "Guten Tag,\n\nam Dienstag hat die Behandlung stattgefunden. Am Donnerstag hat "
        "niemand angerufen, ich habe bis halb zehn gewartet.\n\n"
        "Mit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", staff=True,
        note="21.07. confirmed; 23.07. did not take place")  # fmt: skip
    yes("ef44_yildiz_mittwoch_abgesagt.eml", 12, (1076,), ("2026-08-12", "2026-08-19"),
        "2026-08-21 16:10", "telefon termine",
        "Hallo\n\nletzte Woche Mittwoch und diese Woche Mittwoch telefon gemacht, bestätige "
        "beide.\n\nFatma Yildiz",
        client="webde", staff=True,
        note="12.08. recorded; 19.08. is cancelled in our records")  # fmt: skip


def plainly_named() -> None:
    """Every session named with its date."""
    yes("ef16_vogel_bestaetigt.eml", 13, (1082,), ("2026-09-10",), "2026-09-11 07:15",
        re(1082), "Bestätigt. Gestern 7 Uhr, Video.\n\nDr. M. Vogel",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("ef33_berger_liste_und_vorgestern.eml", 24, (1144, 1145, 1146, 1147),
        ("2026-05-20", "2026-05-27", "2026-06-03", "2026-06-10"), "2026-06-12 11:00",
        "Meine Termine",
        "Guten Tag,\n\nich habe vergessen, die Termine zu bestätigen. Die Krankengymnastik "
        "hat am 20.5., 27.5., 3.6. und vorgestern stattgefunden.\n\n"
        "Freundliche Grüße\nU. Berger",
        client="plain", note="late; vorgestern from Friday 12.06. is 10.06.")  # fmt: skip
    yes("ef34_krueger_drei_dienstage.eml", 1, (1007, 1008, 1009),
        ("2026-02-24", "2026-03-03", "2026-03-10"), "2026-03-11 19:30", "Bestätigung",
        "Hallo,\n\nich bestätige die letzten drei Dienstage (24.2., 3.3. und gestern).\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde")  # fmt: skip


def look_alikes() -> None:
    """Mails that look like confirmations and give nothing to record."""
    yes("ef07_hoffmann_der_termin_gestern.eml", 6, (), ("2026-05-18",), "2026-05-19 07:58",
        "Termin gestern",
        "Guten Morgen,\n\nder Termin gestern hat stattgefunden.\n\nP. Hoffmann",
        client="outlook", staff=True,
        note="two sessions on 18.05. (KGG 07:30, MT 12:30); 'der Termin' names one of them")  # fmt: skip
    yes("ef14_carter_the_tuesday_one.eml", 11, (), ("2026-08-18",), "2026-08-20 09:15",
        "Session this week",
        "Hi,\n\nconfirming the Tuesday one this week.\n\nEmily",
        client="gmail", staff=True,
        note="her sessions are on Mondays (17.08.); Tuesday 18.08. has none")  # fmt: skip
    yes("ef15_koch_montag_25_03.eml", 18, (), ("2026-03-25",), "2026-03-26 10:00",
        "Behandlung",
        "Guten Tag,\n\ndie Behandlung am Montag, 25.03. hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nRenate Koch",
        client="tonline", staff=True,
        note="25.03. is a Wednesday; she had sessions on Monday 23.03. and Wednesday 25.03.")  # fmt: skip
    yes("ef17_oneill_last_tuesday.eml", 23, (), (), "2026-04-29 09:05", "Last Tuesday",
        "Hi,\n\njust to confirm last Tuesday's call happened.\n\nCheers,\nJames",
        client="outlook", staff=True,
        note="written Wednesday 29.04.: yesterday 28.04. or 21.04., both open")  # fmt: skip
    yes("ef19_demir_abgesagter_mittwoch.eml", 3, (), ("2026-04-01",), "2026-04-03 16:40",
        "Mittwoch",
        "Hallo, Mittwoch hat stattgefunden\nLG Aylin",
        client="gmail", staff=True, note="Wednesday 01.04. is cancelled")  # fmt: skip
    no("ef31_becker_montag_nix.eml", 2, ("reschedule",), "2026-02-17 09:30", re(1014),
       "Montag war nix, es hat keiner angerufen. Können wir das nachholen?\n\nT. Becker",
       client="plain", reply="cr-1014", style="gmail",
       note="16.02. did not take place; he asks to make it up")  # fmt: skip
    no("ef45_richter_mittwoch_bin_dabei.eml", 8, ("other",), "2026-06-22 08:10",
       video_link_subject(1054),
       "Danke, Mittwoch bin ich dabei.\n\nJonas",
       client="iphone", reply="vl-1054", style="iphone", staff=False,
       note="Wednesday 24.06. is still to come; a plain acknowledgement")  # fmt: skip
    no("ef46_brandt_gestern_ausgefallen.eml", 10, ("cancellation",), "2026-07-25 11:00",
       re(1066),
       "Hi,\n\ngestern leider nicht, ich lag flach. Sorry, hätte absagen sollen.\n\nLukas",
       client="plain", reply="cr-1066", style="gmail",
       note="24.07. did not take place")  # fmt: skip
    yes("ef47_vogel_schon_bestaetigt.eml", 13, (), ("2026-09-03",), "2026-09-04 06:50",
        re(1081),
        "Hatte ich gestern schon bestätigt, aber sicherheitshalber nochmal: der Termin "
        "gestern früh fand statt.\n\nDr. M. Vogel",
        client="outlook", reply="cr-1081", style="outlook_classic",
        note="03.09. was already confirmed; a repeat, nothing to do")  # fmt: skip
    yes("ef48_zimmermann_vorgestern_abgesagt.eml", 15, (), ("2026-10-26",), "2026-10-28 10:15",
        "Telefontermin",
        "Hallo,\nvorgestern hatten wir wie immer telefoniert, bestätige das hiermit.\n"
        "Klaus Zimmermann",
        client="plain", staff=True, note="vorgestern = Monday 26.10., which is cancelled")  # fmt: skip
    yes("ef49_schulz_himmelfahrt.eml", 5, (), ("2026-05-14",), "2026-05-15 09:30",
        "Termin gestern",
        "Hallo,\n\ngestern war wie immer Donnerstag Video, alles gut.\n\nMarie Schulz",
        client="thunderbird", staff=True,
        note="Thursday 14.05. (Ascension Day) has no session")  # fmt: skip


def main() -> None:
    load_practice()
    relative_days()
    weekdays()
    days_with_a_catch()
    plainly_named()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
