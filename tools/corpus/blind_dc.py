"""Write blind set DC: a plain, representative inbox of the whole year, nothing themed.

41 mails from the patients in practice.toml: 31 confirmations (mostly short replies under
our request in many mail programs, with and without the day; some new mails; several
days at once; a few late; a few with a question, a reschedule wish or a billing request
beside the yes; one naming a day that matches no appointment) and 10 look-alikes (two
cancellations, a reschedule, a question about a coming session, two missed sessions, a
video-code problem, a missed-call complaint under our request, replies to a reminder and
a video link).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dc`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_dc")


def winter() -> None:
    yes("dc01_krueger_ja_webde.eml", 1, (1003,), (), "2026-01-27 12:05", re(1003),
        "Ja, hat stattgefunden.\n\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="a yes under our request for 27.01.2026, no day named")  # fmt: skip
    yes("dc02_krueger_rezept_frage.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 13:40", re(1004),
        "Hallo,\n\nja, die Stunde am 3.2. hat stattgefunden.\n\nNoch eine Frage: meine Verordnung"
        " geht doch nur über 10 Termine(?) – muss ich mich selbst um ein neues Rezept beim"
        " Orthopäden kümmern oder machen Sie das?\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1004", style="webde", staff=True, extra=("question",),
        note="yes for 03.02 plus a question about the next prescription")  # fmt: skip
    yes("dc03_krueger_nachtrag_februar.eml", 1, (1005, 1006, 1007),
        ("2026-02-10", "2026-02-17", "2026-02-24"), "2026-03-04 19:22", "Bestätigung Februar",
        "Guten Abend,\n\nich habe gemerkt, dass ich ein paar Mails von Ihnen nicht beantwortet"
        " habe, sorry! Die Videotermine am 10.02., 17.02. und 24.02. haben alle"
        " stattgefunden.\n\nGruß\nSabine Krüger",
        client="webde", note="late new mail confirming three February days")  # fmt: skip
    yes("dc04_becker_kurz_outlook.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 21:14", re(1010),
        "Behandlung vom 02.02. bestätigt.\n\nGruß\nThomas Becker",
        client="outlook", reply="cr-1010", style="outlook")  # fmt: skip
    yes("dc05_becker_rechnungsadresse.eml", 2, (1011,), ("2026-02-05",), "2026-02-06 08:03",
        re(1011),
        "Guten Morgen,\n\nhiermit bestätige ich die Sitzung am Donnerstag (5.2.).\n\nBitte stellen"
        " Sie die Rechnungen ab jetzt auf meine neue Anschrift aus: Lindenallee 14, 10585"
        " Berlin. Danke!\n\nBeste Grüße\nThomas Becker",
        client="outlook", reply="cr-1011", style="outlook_classic", staff=True, extra=("other",),
        note="yes for 05.02 plus a new billing address for staff")  # fmt: skip
    yes("dc06_wolff_formell_tonline.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 09:30",
        re(1028),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die telefonische"
        " Krankengymnastik am Freitag, dem 16. Januar 2026, stattgefunden hat.\n\nMit"
        " freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("dc07_wolff_zwei_termine.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-02-01 10:12", "Bestätigung meiner Termine",
        "Guten Tag,\n\nich bestätige die beiden Telefontermine vom 23.01. und 30.01.2026. Beide"
        " haben stattgefunden.\n\nMfG\nH.-J. Wolff\nTel. 0331 / 48 27 19",
        client="tonline", note="new mail, two days; phone number in the signature")  # fmt: skip
    yes("dc08_wagner_spaet_zwei.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
        "2026-02-12 21:30", re(1126),
        "Hallo,\n\nsorry für die späte Antwort! Die Termine am 19.1. und 26.1. haben beide"
        " stattgefunden.\n\nLG Sophie",
        client="gmail", reply="cr-1126", style="gmail",
        note="late reply under the 26.01 request, also naming 19.01")  # fmt: skip
    yes("dc09_aydin_heute.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 15:40", re(1130),
        "Hallo\nja termin war heute 19.02 alles gut. Danke\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip


def spring() -> None:
    yes("dc10_demir_smiley.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:47", re(1019),
        "Hallo, ja die Sitzung am 4.3 hat stattgefunden 😊\nlg Aylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("dc11_demir_verschieben.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 11:20", re(1020),
        "Hi,\nja 11.03. hat stattgefunden, danke!\nKönnten wir den nächsten Termin (18.3.) auf 10"
        " Uhr schieben? Ich muss da morgens zum Arzt.\nLG Aylin Demir",
        client="gmail", reply="cr-1020", style="gmail", staff=True, extra=("reschedule",),
        note="yes for 11.03 plus a wish to move the coming 18.03")  # fmt: skip
    yes("dc12_koch_zwei_tage.eml", 18, (1109, 1110), ("2026-03-23", "2026-03-25"),
        "2026-03-26 10:05", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlungen vom 23.3. und"
        " 25.3.2026.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("dc13_oneill_english.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:20",
        re(1136, "RE"),
        "Hi there,\n\nconfirming that the session on 14 April took place.\n\nBest,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("dc14_schulz_iphone.eml", 5, (1034,), (), "2026-04-16 18:02", re(1034),
        "Ja hat stattgefunden, danke!\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1034", style="iphone")  # fmt: skip
    yes("dc15_berger_mai.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:45", re(1142),
        "Guten Tag,\n\nich bestätige die telefonische Behandlung am 6. Mai.\n\nFreundliche"
        " Grüße\nUrsula Berger",
        client="plain", reply="cr-1142", style="gmail")  # fmt: skip
    yes("dc16_hoffmann_zwei_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 20:45",
        "Termine 18.05.",
        "Hallo zusammen,\n\nkurz zur Bestätigung: heute waren beide Einheiten, morgens KG am"
        " Gerät und mittags die Manuelle Therapie. Beides am 18.5. per Video.\n\nGruß\nPeter"
        " Hoffmann",
        client="outlook", note="new mail: both sessions of 18.05 (KGG morning, MT noon)")  # fmt: skip


def summer() -> None:
    yes("dc17_popescu_yahoo.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:10", re(1046),
        "Guten Tag,\n\nich bestätige das die Behandlung am 02.06 war. Alles gut gegangen.\n\n"
        "Vielen dank\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("dc18_richter_naechster_morgen.eml", 8, (1051,), ("2026-06-03",), "2026-06-04 07:18",
        re(1051), "Moin, ja hat gestern stattgefunden (3.6.).\n\nJonas",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("dc19_richter_nachzuegler_juni.eml", 8, (1052, 1053, 1054),
        ("2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-28 22:40", "Bestätigung Juni",
        "Hallo,\n\nbin etwas hinterher mit dem Bestätigen, sorry. Die Termine am 10.6., 17.6."
        " und 24.6. haben alle stattgefunden.\n\nViele Grüße\nJonas Richter",
        client="apple", note="new mail, three days at once, a few days late")  # fmt: skip
    yes("dc20_neumann_zwei_telefon.eml", 9, (1056, 1057), ("2026-07-07", "2026-07-09"),
        "2026-07-09 17:30", "Telefontermine",
        "Liebes Praxisteam,\n\nich möchte Ihnen mitteilen, dass die Behandlungen am Dienstag,"
        " den 7.7. und am Donnerstag, den 9.7. stattgefunden haben. Die Übungen tun mir"
        " gut.\n\nHerzliche Grüße\nGisela Neumann",
        client="plain")  # fmt: skip
    yes("dc21_brandt_thunderbird.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:20",
        re(1063), "Moin,\n\nTermin am 03.07.2026 hat stattgefunden.\n\nGruß\nLukas Brandt",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("dc22_brandt_falscher_tag.eml", 10, (), ("2026-07-14",), "2026-07-14 18:00",
        "Bestätigung",
        "Hallo,\n\nhiermit bestätige ich die Behandlung vom 14.07.\n\nGruß Lukas Brandt",
        client="thunderbird", staff=True,
        note="14.07 is no appointment of his (Fridays 10.07 and 17.07): nothing to record,"
        " staff must ask")  # fmt: skip
    yes("dc23_carter_english.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:05",
        re(1069, "Re"), "Hi,\n\nyes, the session on August 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("dc24_yildiz_samsung.eml", 12, (1075,), (), "2026-08-05 13:02", re(1075),
        "ja hat stattgefunden danke\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("dc25_carter_late_two.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24"),
        "2026-09-01 09:15", "Confirmation of my sessions",
        "Hello,\n\nsorry, I just realised I never replied for two of my appointments. The video"
        " sessions on 17 August and 24 August both took place.\n\nBest wishes,\nEmily Carter",
        client="gmail", note="late new mail in English, two days")  # fmt: skip


def autumn() -> None:
    yes("dc26_vogel_signatur.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:51", re(1082),
        "Bestätige den Termin vom 10.09.\n\nDr. Michael Vogel\nRechtsanwalt\nVogel & Partner"
        " mbB\nKönigsallee 60, 40212 Düsseldorf\nTel. 0211 830 21-0 | Fax 0211 830 21-99",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("dc27_lehmann_unten.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 16:40", re(1087),
        "Hallo,\n\ndie Videobehandlung am 8.9. hat stattgefunden.\n\nViele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird", bottom=True,
        note="bottom-posted under the quote")  # fmt: skip
    yes("dc28_zimmermann_moin.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 15:33", re(1093),
        "Moin moin,\njo, hat am 5.10. geklappt. Die Übungen mach ich fleißig.\nGruß Klaus",
        client="plain", reply="cr-1093", style="outlook_classic")  # fmt: skip
    yes("dc29_schaefer_bueroadresse.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:10",
        re(1098),
        "Guten Morgen,\n\ndie Behandlung gestern Abend (07.10.) hat stattgefunden.\n\nMit"
        " freundlichen Grüßen\nBirgit Schäfer\n\nSchäfer Steuerberatung\nHauptstraße 5 ·"
        " 69117 Heidelberg\nTel. 06221 / 43 55 10",
        client="outlook", reply="cr-1098", style="outlook_classic",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address (office)")  # fmt: skip
    yes("dc30_jansen_passt.eml", 17, (1104,), (), "2026-10-22 12:15", re(1104),
        "Hey, ja hat alles geklappt, danke!\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("dc31_hartmann_klein.eml", 20, (1120,), (), "2026-11-03 19:12", re(1120),
        "hallo, ja hat stattgefunden, danke",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip


def look_alikes() -> None:
    no("dc32_krueger_erinnerung_dabei.eml", 1, ("other",), "2026-03-02 10:40",
       reminder_subject(1008), "Danke, ich bin morgen dabei!\n\nSabine",
       client="webde", reply="rem-1008", style="webde", staff=False,
       note="reply to the reminder for a coming session; nothing to do")  # fmt: skip
    no("dc33_becker_absage.eml", 2, ("cancellation",), "2026-03-01 18:05",
       reminder_subject(1018),
       "Hallo,\n\nich muss den Termin morgen leider absagen, bin kurzfristig auf"
       " Dienstreise.\n\nGruß\nThomas Becker",
       client="outlook", reply="rem-1018", style="outlook",
       note="cancels the coming 02.03 session")  # fmt: skip
    no("dc34_demir_nachmittag.eml", 3, ("reschedule",), "2026-04-16 20:10", "Termin 22.04.",
       "Hallo,\n\nkönnte ich den Termin am 22.04. auf den Nachmittag legen? Vormittags muss"
       " ich in der Woche arbeiten.\n\nLG Aylin Demir",
       client="gmail", note="wants to move a coming session")  # fmt: skip
    no("dc35_schulz_niemand_kam.eml", 5, ("technical",), "2026-05-07 17:55", re(1037),
       "Hallo,\n\nder Termin heute hat leider nicht geklappt – ich war ab halb vier im"
       " Videoraum, aber es kam niemand. Nach 15 Minuten habe ich aufgegeben.\nWie machen wir"
       " jetzt weiter?\n\nViele Grüße\nMarie Schulz\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1037", style="iphone",
       note="under our request, but the session of 07.05 did not take place")  # fmt: skip
    no("dc36_hoffmann_pfingsten.eml", 6, ("question",), "2026-05-23 09:14",
       video_link_subject(1044, "AW"),
       "Hallo,\n\nder nächste Termin ist diesmal am Dienstag, 26.5., richtig? Wegen"
       " Pfingstmontag vermutlich. Bleibt es bei 7:30?\n\nGruß\nPeter Hoffmann",
       client="outlook", reply="vl-1044", style="outlook",
       note="question about a coming session")  # fmt: skip
    no("dc37_yildiz_absage.eml", 12, ("cancellation",), "2026-08-18 12:20",
       reminder_subject(1077),
       "Hallo,\nich kann morgen leider nicht, mein Sohn ist krank. Bitte Termin absagen\nDanke"
       "\nFatma Yıldız",
       client="samsung", reply="rem-1077", style="samsung",
       note="cancels the coming 19.08 session")  # fmt: skip
    no("dc38_jansen_link_danke.eml", 17, ("other",), "2026-11-02 09:30",
       video_link_subject(1106), "Danke, Link ist angekommen 👍\nOle",
       client="gmail", reply="vl-1106", style="gmail", staff=False,
       note="thanks for the video link of a coming session; nothing to do")  # fmt: skip
    no("dc39_nowak_code_ungueltig.eml", 19, ("technical",), "2026-11-12 19:40",
       video_link_subject(1117),
       "Hallo,\n\nder Zugangscode aus Ihrer Mail wird bei mir als ungültig angezeigt (Firefox,"
       " aktuelle Version). Könnten Sie mir bitte bis morgen früh einen funktionierenden"
       " schicken?\n\nDanke\nDavid Nowak",
       client="plain", reply="vl-1117", style="thunderbird",
       note="video code problem before the 13.11 session")  # fmt: skip
    no("dc40_berger_nicht_angerufen.eml", 24, ("other",), "2026-05-27 11:30", re(1145),
       "Guten Tag,\n\nich bin heute nicht angerufen worden! Ich habe ab 9 Uhr neben dem"
       " Telefon gesessen. Das kann ja wohl nicht sein.\n\nU. Berger",
       client="plain", reply="cr-1145", style="gmail",
       note="under our request, but the call of 27.05 did not happen: complaint")  # fmt: skip
    no("dc41_oneill_missed.eml", 23, ("reschedule",), "2026-04-29 07:50", re(1138, "RE"),
       "Hi,\n\nsorry - I couldn't make last night's call, I got stuck at work and only saw the"
       " missed calls afterwards. Could we add a session at the end instead?\n\nThanks,\nJames",
       client="outlook", reply="cr-1138", style="outlook_en",
       note="under our request, but he missed the 28.04 session and wants a make-up")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
