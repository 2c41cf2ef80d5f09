"""Write blind set GF: an ordinary inbox from patients who write German as a second
language or in English, and from relatives and carers who write for a patient from the
patient's registered address. 41 mails: 31 confirmations (short replies under our request
in simple or broken German, English or a mix of both; a daughter, a son, a granddaughter,
a wife, a mother and a carer writing for the patient; dates as 4.3., 12/3, 11 März,
August 3rd, 14th April, November 13; a few several days at once, a few late, a few yes
without a day, a few with a question or a session that did not take place beside the
confirmed one) and 10 look-alikes (a cancellation, a question about a coming session, a
missed session, a call nobody answered, a cancelled day, a video that did not work, a
thank-you, a yes to a coming session).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gf`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_gf")


def second_language() -> None:
    """Patients who write German as a second language, short and plain."""
    yes("gf01_demir_ja_4_3.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:41", re(1019),
        "Ja termin hat stattgefunden am 4.3.\ndanke\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("gf02_aydin_19_2.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:12", re(1130),
        "hallo\nja ich bestätige termin 19.2 telefon war gut\nMfg Mehmet Aydın\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("gf03_popescu_2_juni.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:05", re(1046),
        "Buna ziua,\n\nja ich bestatige, die Behandlung war am 2 Juni mit Video.\n\n"
        "Multumesc / Danke\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("gf04_yildiz_5_8.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 12:48", re(1075),
        "Hallo ich bestätige 5.8 telefon termin war.\nDanke schön\nFatma",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("gf05_aydin_12_slash_3.eml", 22, (1133,), ("2026-03-12",), "2026-03-12 16:30",
        re(1133), "Ja 12/3 war termin, telefon gemacht. Danke\n\nMehmet",
        client="samsung", reply="cr-1133", style="samsung")  # fmt: skip
    yes("gf06_demir_11_18_maerz.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-20 19:22", "Bestätigung Video termine",
        "Hallo,\n\nich bestätige Video termin 11 März und 18 März, beide gemacht.\n"
        "Sorry ich habe vergessen zu schreiben.\n\nLG Aylin Demir",
        client="gmail")  # fmt: skip
    yes("gf07_jansen_22_oktober.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:10",
        re(1104, "Re"),
        "Hallo,\nik bestätige die Termin vom 22 Oktober, war gut, danke!\n\nGroeten\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("gf08_popescu_drei_spaet.eml", 7, (1047, 1048, 1049),
        ("2026-06-09", "2026-06-16", "2026-06-23"), "2026-06-25 21:40", "Termine Juni",
        "Hallo Praxis Impulse,\n\nich habe vergessen zu antworten auf ihre mails. "
        "Termine 9.6, 16.6 und 23.6 waren alle gut mit video, ich bestätige alle.\n\n"
        "Danke und schöne Abend\nElena Popescu",
        client="yahoo")  # fmt: skip
    yes("gf09_yildiz_drei_spaet.eml", 12, (1076, 1078, 1079),
        ("2026-08-12", "2026-08-26", "2026-09-02"), "2026-09-08 18:03",
        "Bestätigung telefon termine",
        "Sehr geehrte Damen und Herren,\n\nentschuldigung für späte antwort. Ich hatte "
        "Telefon Termin am 12.08, 26.08 und 02.09, alle haben stattgefunden. Ich bestätige "
        "alle drei.\n\nMit freundlichen Grüßen\nFatma Yildiz",
        client="webde")  # fmt: skip
    yes("gf10_aydin_nur_ja.eml", 22, (1131,), (), "2026-02-26 17:55", re(1131),
        "ja hat stattgefunden danke",
        client="samsung", reply="cr-1131", style="samsung",
        note="a yes under our request for 26.02.2026 without a day")  # fmt: skip
    yes("gf11_demir_ja_tesekkurler.eml", 3, (1024,), (), "2026-04-08 11:34", re(1024),
        "Ja, hat stattgefunden. Teşekkürler 🙏",
        client="iphone", reply="cr-1024", style="iphone",
        note="a yes under our request for 08.04.2026 without a day")  # fmt: skip
    yes("gf12_aydin_einer_ja_einer_nein.eml", 22, (1134,), ("2026-03-19",),
        "2026-03-27 10:15", re(1135),
        "Hallo,\n19.3 termin war gut, telefon gemacht.\nAber 26.3 niemand hat angerufen, ich "
        "habe gewartet bis 13 uhr. Bitte ruf mich an.\n\nMehmet Aydın",
        client="outlook", reply="cr-1135", style="outlook", staff=True, extra=("other",),
        note="confirms 19.03; the call on 26.03 did not take place")  # fmt: skip
    yes("gf13_demir_frage_1_4.eml", 3, (1022,), ("2026-03-25",), "2026-03-26 07:50",
        re(1022),
        "Hallo, ich bestätige termin 25.3. war gut.\nUnd nächste Woche 1.4 fällt aus oder? "
        "Ich habe keine Link bekommen.\nAylin",
        client="gmail", reply="cr-1022", style="gmail", staff=True, extra=("question",),
        note="confirms 25.03 and asks about the coming session")  # fmt: skip
    yes("gf14_popescu_bottom.eml", 7, (1050,), ("2026-06-30",), "2026-06-30 18:20",
        re(1050), "Ja ich bestatige 30.06 Termin war.\nElena",
        client="yahoo", reply="cr-1050", style="yahoo", bottom=True)  # fmt: skip


def english() -> None:
    """Patients who write in English, or in a mix of English and German."""
    yes("gf15_carter_august_3rd.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:02",
        re(1069, "Re"),
        "Yes, the session on August 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("gf16_oneill_14th.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:34",
        re(1136, "RE"),
        "Hi,\n\nConfirming my session on the 14th went ahead as planned.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("gf17_nowak_mix.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:02",
        re(1116, "Re"),
        "Hi, yes - Termin am 6.11. hat stattgefunden. Danke!\nDavid",
        client="thunderbird", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("gf18_carter_three_late.eml", 11, (1070, 1071, 1072),
        ("2026-08-10", "2026-08-17", "2026-08-24"), "2026-08-27 09:15",
        "Confirmation of my sessions in August",
        "Hello,\n\nsorry I didn't answer your emails earlier, it's been a busy few weeks. "
        "I can confirm that my video sessions on 10 August, 17 August and 24 August all "
        "took place.\n\nBest wishes,\nEmily Carter",
        client="gmail")  # fmt: skip
    yes("gf19_oneill_21_slash_4.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:47",
        re(1137, "RE"), "Yes, had my phone session on 21/4, all good.\n\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("gf20_richter_june_3rd.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:12",
        re(1051, "Re"), "yes confirmed, june 3rd session took place 👍\n\nSent from my iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("gf21_lehmann_sept_8.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:40",
        re(1087, "Re"),
        "Hi,\njust confirming that the physio video session on Sept 8 took place.\n"
        "Thanks a lot,\nAnna",
        client="gmail", reply="cr-1087", style="gmail_en")  # fmt: skip
    yes("gf22_carter_yes_it_did.eml", 11, (1073,), (), "2026-08-31 13:58", re(1073, "Re"),
        "Yes it did, thank you!\n\nSent from my iPhone",
        client="iphone", reply="cr-1073", style="iphone",
        note="a yes under our request for 31.08.2026 without a day")  # fmt: skip
    yes("gf23_nowak_november_late.eml", 19, (1117, 1118), ("2026-11-13", "2026-11-20"),
        "2026-12-09 22:05", "Confirmation November",
        "Hello,\n\nI confirm my video sessions on November 13 and November 20. Sorry for "
        "the delay, I was travelling.\n\nRegards,\nDavid Nowak",
        client="thunderbird")  # fmt: skip
    yes("gf24_carter_invoice.eml", 11, (1074,), ("2026-09-07",), "2026-09-07 14:20",
        re(1074, "Re"),
        "Hi, I confirm the session on 7 September.\nCould you also send me an invoice for "
        "my private insurance please? They need it in English if possible.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1074", style="gmail_en", staff=True, extra=("question",),
        note="confirms 07.09 and asks for an invoice")  # fmt: skip
    yes("gf25_oneill_three.eml", 23, (1138, 1139, 1140),
        ("2026-04-28", "2026-05-05", "2026-05-12"), "2026-05-13 08:30", "Sessions",
        "Hello,\n\nConfirming the following phone sessions took place: 28th April, 5th May "
        "and 12th May.\n\nKind regards,\nJames O'Neill",
        client="outlook")  # fmt: skip


def relatives() -> None:
    """A relative or carer writes from the patient's address for the patient."""
    yes("gf26_wolff_tochter.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 17:40",
        re(1028),
        "Guten Tag,\n\nich schreibe für meinen Vater, er kommt mit dem Computer nicht "
        "zurecht. Die Telefonbehandlung am 16.01. hat stattgefunden, er hat mit der "
        "Therapeutin telefoniert.\n\nViele Grüße\nClaudia Brenner (Tochter)",
        client="tonline", reply="cr-1028", style="tonline",
        note="the daughter confirms her father's session from his address")  # fmt: skip
    yes("gf27_neumann_pflegerin.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-10 08:15", "Frau Neumann Termine",
        "Hallo,\n\nhier ist Marta, ich bin die Pflegerin von Frau Neumann. Frau Neumann "
        "hatte Termin am Telefon 7.7. und 9.7., beide war gut gemacht, ich war dabei. "
        "Ich bestätige für sie.\n\nGruß\nMarta Kowalska",
        note="the carer confirms two phone sessions from the patient's address")  # fmt: skip
    yes("gf28_berger_sohn.eml", 24, (1143,), ("2026-05-13",), "2026-05-13 19:02", re(1143),
        "Hallo,\n\nhier schreibt der Sohn von Ursula Berger. Meine Mutter hatte am 13. Mai "
        "ihre Behandlung am Telefon, das hat geklappt. Sie lässt grüßen.\n\nStefan Berger",
        client="outlook", reply="cr-1143", style="outlook_classic")  # fmt: skip
    yes("gf29_koch_enkelin.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 18:30",
        re(1109),
        "Hallo, ich bin die Enkelin von Frau Koch. Oma sagt, die Behandlung am Telefon am "
        "23.3. hat stattgefunden und es geht ihr schon besser :)\n\nLG Jana",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("gf30_zimmermann_ehefrau.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 16:10",
        re(1093),
        "Guten Tag,\n\nmein Mann hatte am 5.10. die Telefonbehandlung, ich bestätige das "
        "für ihn. Er selbst macht nichts mit E-Mail.\n\nGruß\nIrene Zimmermann",
        client="thunderbird", reply="cr-1093", style="thunderbird", bottom=True)  # fmt: skip
    yes("gf31_schulz_mutter.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 19:45",
        re(1034),
        "Hallo,\nich bin die Mutter von Marie. Marie hatte am 16.4. ihre Video-Behandlung, "
        "die hat stattgefunden.\nGrüße K. Schulz",
        client="apple", reply="cr-1034", style="iphone", name="Karin Schulz")  # fmt: skip


def look_alikes() -> None:
    """Mails that look like confirmations and are not."""
    no("gf32_yildiz_abgesagt.eml", 12, ("question",), "2026-08-19 13:20", re(1077),
       "Hallo,\ndieser termin war abgesagt, ich hatte keine Behandlung am 19.8.\n"
       "Warum bekomme ich die Mail? Ist das richtig?\nFatma",
       client="webde", reply="cr-1077", style="webde",
       note="our request for a cancelled day; nothing took place")  # fmt: skip
    no("gf33_aydin_absage.eml", 22, ("cancellation",), "2026-03-25 14:02", rem(1135),
       "Hallo morgen 26.3 ich kann nicht, bin krank. Bitte absagen.\nMehmet",
       client="samsung", reply="rem-1135", style="samsung")  # fmt: skip
    no("gf34_carter_equipment.eml", 11, ("question",), "2026-08-08 11:30", vl(1070),
       "Hi, for the session on Monday 10 August - do I need any equipment, like a mat or "
       "resistance band? Thanks, Emily",
       client="gmail", reply="vl-1070", style="gmail_en")  # fmt: skip
    no("gf35_popescu_verpasst.eml", 7, ("reschedule",), "2026-06-30 15:10", re(1050),
       "Entschuldigung, ich habe Termin heute verpasst, war nicht zuhause, mein Kind war "
       "krank. Kann ich neue Termin bekommen?\nElena",
       client="yahoo", reply="cr-1050", style="yahoo",
       note="the session of 30.06 was missed")  # fmt: skip
    no("gf36_demir_danke_link.eml", 3, ("other",), "2026-04-05 08:02", vl(1024),
       "Danke für den Link 😊", client="iphone", reply="vl-1024", style="iphone",
       staff=False, note="a thank-you for the video link")  # fmt: skip
    no("gf37_demir_schwester_absage.eml", 3, ("cancellation",), "2026-04-14 10:05",
       rem(1025),
       "Hallo, ich bin die Schwester von Aylin. Sie ist krank und kann morgen nicht zum "
       "Video Termin. Bitte absagen.\nDanke\nSelin",
       client="gmail", reply="rem-1025", style="gmail")  # fmt: skip
    no("gf38_wolff_nicht_gehoert.eml", 4, ("reschedule",), "2026-02-20 16:30", re(1033),
       "Guten Tag,\n\nmein Vater hat den Anruf heute leider nicht gehört, er war noch beim "
       "Arzt. Die Behandlung hat also nicht stattgefunden. Können Sie ihn nächste Woche "
       "nochmal anrufen?\n\nViele Grüße\nClaudia Brenner",
       client="tonline", reply="cr-1033", style="tonline",
       note="the daughter says the call of 20.02 did not take place")  # fmt: skip
    no("gf39_nowak_code.eml", 19, ("technical",), "2026-11-26 19:40", vl(1119, "Re"),
       "Hi, the access code doesn't work for me, the page says invalid code. My session is "
       "tomorrow morning. What can I do?\nDavid",
       client="thunderbird", reply="vl-1119", style="thunderbird")  # fmt: skip
    no("gf40_jansen_komme.eml", 17, ("other",), "2026-10-27 09:12", vl(1105),
       "Hallo, ja ich bestätige, ich bin dabei am 29 Oktober. Groeten, Ole",
       client="gmail", reply="vl-1105", style="gmail", staff=False,
       note="says he will attend the coming session; nothing took place yet")  # fmt: skip
    no("gf41_berger_niemand_angerufen.eml", 24, ("other",), "2026-05-20 12:15", re(1144),
       "Hallo,\n\nmeine Mutter sagt, heute hat niemand angerufen. Sie hat den ganzen Vormittag "
       "gewartet. Was ist passiert?\n\nStefan Berger",
       client="outlook", reply="cr-1144", style="outlook_classic",
       note="the call of 20.05 did not take place")  # fmt: skip


def main() -> None:
    load_practice()
    second_language()
    english()
    relatives()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
