"""Write blind set BE: a plain, representative inbox of the whole year (January to
November), written quickly on phones: short, lower or mixed case, little punctuation,
abbreviations (lg, vg, thx), emoji, autocorrect slips and loose dates ("12.3", "am 14ten",
"letzten montag"). 45 mails: 35 that confirm at least one session (mostly replies under
our request, some new mails, some several days at once, a few late, two that also need
staff) and 10 look-alikes (cancellations, a reschedule, questions about a coming session
or the prescription, a missed session, a broken-off video session, a reply to a reminder).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_be`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_be")


def winter_spring() -> None:
    yes("be01_krueger_jup_27_1.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 13:10", re(1003),
        "jup hat stattgefunden am 27.1\nlg sabine", client="webde", reply="cr-1003",
        style="webde")  # fmt: skip
    yes("be02_krueger_thumbs.eml", 1, (1004,), (), "2026-02-03 12:41", re(1004, "Re"),
        "ja 👍\n\nVon meinem iPhone gesendet", client="iphone", reply="cr-1004", style="iphone",
        note="a bare yes under our request for 03.02.2026")  # fmt: skip
    yes("be03_becker_2_2.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:55", re(1010, "Re"),
        "Termin am 2.2 hat stattgefunden, vg T. Becker", client="gmail", reply="cr-1010",
        style="gmail")  # fmt: skip
    yes("be04_becker_two_days.eml", 2, (1011, 1012), ("2026-02-05", "2026-02-09"),
        "2026-02-10 08:12", "Bestätigung 5.2. + 9.2.",
        "hallo,\nbestätige die MT termine am 5.2 und 9.2, beide per telefon, hat alles geklappt"
        "\nthx\nThomas Becker", client="gmail",
        note="a new mail confirming two days")  # fmt: skip
    yes("be05_wolff_16_1.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:20", re(1028),
        "hat stattgefunden 16.1.\ngruss HJ Wolff", client="tonline", reply="cr-1028",
        style="tonline")  # fmt: skip
    yes("be06_wolff_late_two.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-04 18:03", "termine",
        "guten abend\ndie telefontermine 23.1 und 30.1 haben statt gefunden, hatte vergessen "
        "zu antworten\ngruss wolff", client="tonline",
        note="a new mail, a few days late, two days")  # fmt: skip
    yes("be07_wagner_three_late.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-03-01 21:40", "Bestätigung Januar",
        "hallo ihr lieben, sorry bin spät dran 🙈 12.1, 19.1 und 26.1 haben alle stattgefunden"
        "\nlg sophie wagner", client="samsung",
        note="weeks late, three January days in one new mail")  # fmt: skip
    yes("be08_aydin_one_not_other.eml", 22, (1130,), ("2026-02-19",), "2026-02-27 09:15",
        re(1131), "hallo\n19.2 war termin ja gemacht. 26.2 konnte nicht, war krank, "
        "telefon aus. sorry\nmehmet", client="outlook", reply="cr-1131", style="outlook",
        staff=True,
        note="confirms 19.02. under the request for 26.02., says 26.02. did not take place")  # fmt: skip
    yes("be09_demir_heute_4_3.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:12", re(1019),
        "ja war heute am 4.3 👍 lg aylin\n\n\nGesendet von meinem Samsung Galaxy Smartphone.",
        client="samsung", reply="cr-1019", style="samsung")  # fmt: skip
    yes("be10_demir_11ten.eml", 3, (1020,), ("2026-03-11",), "2026-03-12 07:30", re(1020, "Re"),
        "am 11ten hat stattgefunden danke", client="gmail", reply="cr-1020", style="gmail",
        note="'am 11ten' under the request for 11.03.2026")  # fmt: skip
    yes("be44_aydin_12_3.eml", 22, (1133,), ("2026-03-12",), "2026-03-12 16:45", re(1133),
        "hat statt gefunden am 12.3 danke\n\nOutlook für Android herunterladen",
        client="outlook", reply="cr-1133", style="outlook")  # fmt: skip
    yes("be11_koch_23_3.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 09:00", re(1109),
        "Termin am 23.3 hat stattgefunden\nGruß R Koch", client="tonline", reply="cr-1109",
        style="tonline")  # fmt: skip
    yes("be12_oneill_14_4.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 07:50",
        re(1136, "RE"), "Confirmed - MT session on 14/4 happened.\nCheers, James",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("be13_schulz_16_4.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:45", re(1034, "Re"),
        "ja, stattgefunden am 16.4. danke!\nMarie", client="thunderbird", reply="cr-1034",
        style="thunderbird")  # fmt: skip
    yes("be14_schulz_plus_move.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 18:02",
        re(1035, "Re"), "ja 23.4 hat stattgefunden\nkönnen wir den nächsten termin auf 16 uhr "
        "schieben? muss länger arbeiten\nlg marie", client="thunderbird", reply="cr-1035",
        style="thunderbird", staff=True, extra=("reschedule",),
        note="a confirmation plus a wish to move the next session")  # fmt: skip


def summer() -> None:
    yes("be15_hoffmann_4_5.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:10", re(1040),
        "Bestätige Termin 04.05. KGG per Video.\nVG P. Hoffmann\n\nVon meinem Smartphone "
        "gesendet", client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("be16_hoffmann_both_18_5.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 14:30",
        re(1043), "beide termine am 18.5 haben stattgefunden (morgens gerät + mittags MT)\nvg",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on the same day, both confirmed")  # fmt: skip
    yes("be17_berger_6_5.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:00", re(1142),
        "Ja hat stattgefunden. Am 6.5.\nGruß U. Berger", client="webde", reply="cr-1142",
        style="webde")  # fmt: skip
    yes("be18_popescu_2_6.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:00", re(1046, "Re"),
        "hallo, ja termin war am 2.6 gut stattgefunden danke schön\nelena", client="yahoo",
        reply="cr-1046", style="yahoo")  # fmt: skip
    yes("be45_popescu_stadt.eml", 7, (1047,), ("2026-06-09",), "2026-06-09 14:20",
        re(1047, "Re"), "ja hat Stadt gefunden am 9.6 danke 😊", client="yahoo",
        reply="cr-1047", style="yahoo",
        note="autocorrect 'Stadt gefunden' for stattgefunden")  # fmt: skip
    yes("be19_richter_3_6.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:15", re(1051, "Re"),
        "jo hat stattgefunden am 3.6 ✌️\n\nVon meinem iPhone gesendet", client="iphone",
        reply="cr-1051", style="iphone")  # fmt: skip
    yes("be20_neumann_two_new.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 11:00", "Termine bestätigung",
        "bestätige termine 7.7 u 9.7 telefon\ngruß gisela neumann",
        note="a new mail, two days, 'u' for und")  # fmt: skip
    yes("be21_neumann_14ten.eml", 9, (1058,), ("2026-07-14",), "2026-07-15 08:20", re(1058),
        "ja am 14ten wars\ngruß g neumann", reply="cr-1058", style="thunderbird",
        note="'am 14ten' under the request for 14.07.2026")  # fmt: skip
    yes("be22_brandt_bottom.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:20",
        re(1063, "Re"), "hat stattgefunden, 3.7.\nlg lukas", client="thunderbird",
        reply="cr-1063", style="thunderbird", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("be23_carter_aug3.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:05", re(1069, "Re"),
        "yes session on aug 3 took place, thx!\nEmily", client="gmail", reply="cr-1069",
        style="gmail_en")  # fmt: skip
    yes("be24_carter_10th.eml", 11, (1070,), ("2026-08-10",), "2026-08-11 08:00", re(1070, "Re"),
        "confirmed 👍 the 10th was fine\n\nSent from my iPhone", client="iphone",
        reply="cr-1070", style="iphone")  # fmt: skip
    yes("be25_yildiz_5_8.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:30", re(1075),
        "ja hat statgefunden 5.8 danke\nfatma", client="webde", reply="cr-1075", style="webde",
        note="typo 'statgefunden'")  # fmt: skip


def autumn() -> None:
    yes("be26_lehmann_8_9.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:00",
        re(1087, "Re"), "jaa hat stattgefunden am 8.9 ☺️ liebe grüße anna", client="iphone",
        reply="cr-1087", style="iphone")  # fmt: skip
    yes("be27_vogel_10_9.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:50", re(1082),
        "Bestätigt. 10.9. MT.\nMfG Vogel\n\nVon meinem Smartphone gesendet", client="outlook",
        reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("be28_zimmermann_letzten_mo.eml", 15, (1093,), ("2026-10-05",), "2026-10-08 17:30",
        re(1093), "hallo, termin letzten montag hat stattgefunden\ngruss zimmermann",
        client="plain", reply="cr-1093", style="thunderbird",
        note="'letzten montag' written on Thu 08.10. is 05.10., the requested day")  # fmt: skip
    yes("be29_schaefer_office.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:30", re(1098),
        "Hallo, bestätige den Termin vom 7.10.\nViele Grüße\nBirgit Schäfer",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("be30_schaefer_two.eml", 16, (1099, 1100), ("2026-10-14", "2026-10-21"),
        "2026-10-21 21:10", re(1100), "14.10 und 21.10 beide stattgefunden lg",
        client="samsung", reply="cr-1100", style="samsung",
        note="under the request for 21.10., also names 14.10.")  # fmt: skip
    yes("be31_jansen_heute.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:40",
        re(1104, "Re"), "jo war heute, 22.10. danke dir 🙏", client="gmail", reply="cr-1104",
        style="gmail")  # fmt: skip
    yes("be32_nowak_6_11.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:00", re(1116, "Re"),
        "hat stattgefunden, 6.11 👍\nDavid", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("be33_hartmann_3_11.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 19:30",
        re(1120, "Re"), "ja am 3.11 war die sitzung, lg leonie", client="iphone",
        reply="cr-1120", style="iphone")  # fmt: skip


def look_alikes() -> None:
    no("be34_krueger_krank.eml", 1, ("cancellation",), "2026-02-09 10:30", rem(1005),
       "kann morgen nicht, bin krank 🤒 sorry\nlg sabine", client="webde", reply="rem-1005",
       style="webde", note="cancels tomorrow's session (10.02.) under our reminder")  # fmt: skip
    no("be35_becker_rezept.eml", 2, ("question",), "2026-03-02 19:40", re(1018, "Re"),
       "wie viele termine hab ich noch auf dem rezept? brauch ich ein neues? thx",
       client="gmail", reply="cr-1018", style="gmail",
       note="a question under our request, no confirmation")  # fmt: skip
    no("be36_hoffmann_theraband.eml", 6, ("question",), "2026-05-29 07:15",
       "AW: Ihr Videotermin am 01.06.2026", "brauch ich für montag das theraband? vg",
       client="outlook", reply="vl-1045", style="outlook",
       note="a question about the coming session")  # fmt: skip
    no("be37_richter_verschieben.eml", 8, ("reschedule",), "2026-06-23 19:00", rem(1054, "Re"),
       "kann ich den mi auf do verschieben? gleiche uhrzeit\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1054", style="iphone")  # fmt: skip
    no("be38_brandt_verpeilt.eml", 10, ("other",), "2026-07-24 18:00", re(1066, "Re"),
       "sorry hab den termin heute verpeilt, war nicht online 🙈 hat also nicht stattgefunden",
       client="thunderbird", reply="cr-1066", style="thunderbird",
       note="a missed session: nothing to record, staff must know")  # fmt: skip
    no("be39_carter_ok_reminder.eml", 11, ("other",), "2026-08-30 12:30", rem(1073, "Re"),
       "ok 👍 see you monday", client="gmail", reply="rem-1073", style="gmail_en",
       staff=False, note="a mere acknowledgement of our reminder")  # fmt: skip
    no("be40_lehmann_abgebrochen.eml", 14, ("technical",), "2026-10-06 14:45", re(1091, "Re"),
       "video ging heute nicht richtig, ton war weg und nach 5 min haben wir abgebrochen 😕 "
       "wie machen wir das jetzt?", client="iphone", reply="cr-1091", style="iphone",
       note="the session did not (fully) take place")  # fmt: skip
    no("be41_wagner_telefon.eml", 21, ("question", "technical"), "2026-02-08 12:10",
       rem(1128), "kann ich morgen telefonisch statt video machen? handykamera ist kaputt\nlg",
       client="samsung", reply="rem-1128", style="samsung")  # fmt: skip
    no("be42_berger_absage_rest.eml", 24, ("cancellation",), "2026-06-05 08:45",
       "Absage restliche Termine",
       "Guten morgen, muss die restlichen termine absagen, hab am 15.6 op am knie. melde mich "
       "danach wieder\nGruß U Berger", client="webde")  # fmt: skip
    no("be43_nowak_rechnung.eml", 19, ("question",), "2026-11-21 09:30", re(1118, "Re"),
       "wann kommt eigentlich die rechnung? brauch die für die versicherung\nthx",
       reply="cr-1118", style="thunderbird",
       note="a question under our request for 20.11., nothing confirmed")  # fmt: skip


def main() -> None:
    load_practice()
    winter_spring()
    summer()
    autumn()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
