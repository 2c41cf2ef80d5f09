"""Blind set IY: patients who write German as a second language, and mixed languages.

Replies under our confirmation request and new mails from patients whose first language is
Turkish, Polish, Romanian, Arabic, Russian, Ukrainian, English or Italian, some written by a
daughter, son or wife: short broken German, words of their own language or English, dates
like "11 mart", "12/03", "2 iunie", "28/4", "13 maggio", some sent weeks or months late.
Beside the confirmations come look-alikes: a cancellation in broken German, "Termin war
nicht, ich war krank", questions about the next appointment and the prescription, a
thank-you for the video link, a missed call.

Labelled strictly, as a careful practice employee would record them: an appointment is
confirmed only when the patient plainly says it took place in full and its day is clear
from the mail's words and date (or from our request the mail plainly answers); a partial,
doubtful or cancelled session is not confirmed and goes to staff.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_iy")


def turkish() -> None:
    yes("iy01_demir_heute_gut.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 12:10",
        request_subject(1019),
        "Termin heute war gut gemacht, danke\n\nAylin\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1019", style="iphone")  # fmt: skip
    yes("iy02_demir_11_mart.eml", 3, (1020,), ("2026-03-11",), "2026-03-12 07:48",
        "Bestätigung",
        "Guten Morgen,\n\nich bestätige die Behandlung von 11 mart (Mittwoch).\n"
        "Kolay gelsin, schöne Tag\n\nAylin Demir",
        client="gmail")  # fmt: skip
    no("iy03_demir_war_krank.eml", 3, ("cancellation",), "2026-03-18 11:02",
       request_subject(1021),
       "Hallo,\nTermin war nicht, ich war krank. Ateş hatte ich, 39 grad. Tut mir leid das ich"
       " nicht abgesagt habe.\nAylin",
       client="iphone", reply="cr-1021", style="iphone",
       note="the session of 18.3 did not take place: nothing to confirm, staff enters the no-show")  # fmt: skip
    yes("iy04_demir_8_nisan.eml", 3, (1024,), ("2026-04-08",), "2026-04-09 20:31",
        "Therapie 8.4",
        "Merhaba,\nTherapie vom 8 Nisan (8.4.) war ok, ich bestätige.\nÜbungen mache ich jeden"
        " Tag zuhause.\n\nGrüße\nAylin",
        client="gmail")  # fmt: skip

    yes("iy05_yildiz_tochter.eml", 12, (1075,), ("2026-08-05",), "2026-08-06 19:20",
        request_subject(1075, "Aw"),
        "Guten Abend,\n\nich schreibe für meine Mutter Fatma Yıldız, sie kann nicht so gut"
        " Deutsch schreiben. Sie hatte am 5.8. die Krankengymnastik am Telefon, die hat"
        " stattgefunden und war gut.\n\nViele Grüße\nElif Yıldız (Tochter)",
        client="webde", reply="cr-1075", style="webde", name="Fatma Yildiz")  # fmt: skip
    yes("iy06_yildiz_12_8.eml", 12, (1076,), ("2026-08-12",), "2026-08-13 09:05",
        "terapi",
        "hallo\ntherapi am mittwoch 12.8 war gut. teşekkür ederim\nfatma",
        client="samsung")  # fmt: skip
    no("iy07_yildiz_morgen_nicht.eml", 12, ("cancellation",), "2026-08-25 17:40",
       "morgen",
       "Hallo Praxis\nich kann nicht kommen morgen, mein sohn ist krank ich muss zum"
       " Kinderarzt. Bitte neue termin.\nFatma Yildiz",
       client="samsung", note="cancels 26.8 and asks for a new appointment")  # fmt: skip
    yes("iy08_yildiz_vergessen.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-10-02 14:14", "Termine September",
        "Guten Tag,\n\nich habe vergessen zu schreiben. Therapie 2.9 und 9.9 war, beide gut"
        " gemacht am Telefon.\n\nFatma Yıldız",
        client="webde")  # fmt: skip

    yes("iy09_aydin_gestern.eml", 22, (1130,), ("2026-02-19",), "2026-02-20 08:15",
        request_subject(1130),
        "Hallo, gestern Termin war gut. Danke\nMehmet Aydin",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("iy10_aydin_sohn.eml", 22, (1131,), ("2026-02-26",), "2026-02-27 21:03",
        "Bestätigung Termin meines Vaters",
        "Sehr geehrte Damen und Herren,\n\nich schreibe für meinen Vater Mehmet Aydın. Er hatte"
        " am 26.02. die Krankengymnastik am Telefon, das hat stattgefunden. Er sagt vielen"
        " Dank an die Therapeutin.\n\nMit freundlichen Grüßen\nBurak Aydın",
        client="gmail", name="Mehmet Aydın")  # fmt: skip
    no("iy11_aydin_naechster.eml", 22, ("question",), "2026-03-07 10:22",
       "nächste termin?",
       "Guten Tag,\nwann ist nächste Termin? Ich habe Zettel verloren. Immer Donnerstag"
       " oder?\nMehmet Aydin",
       client="outlook")  # fmt: skip
    yes("iy12_aydin_12_03.eml", 22, (1133,), ("2026-03-12",), "2026-03-13 11:37",
        "Therapie",
        "Hallo,\nhabe ich Therapie gehabt am Donnerstag 12/03, alles ok.\nMehmet",
        client="outlook")  # fmt: skip
    yes("iy13_aydin_akku_leer.eml", 22, (), ("2026-03-19",), "2026-03-19 16:45",
        request_subject(1134),
        "Hallo,\nheute Therapie nur 10 minuten, dann Handy Akku leer, kaputt. Wir haben nicht"
        " weiter gemacht. Wie machen wir jetzt?\nMehmet",
        client="outlook", reply="cr-1134", style="outlook", staff=True, extra=("technical",),
        note="the session of 19.3 was cut short after ten minutes: staff decides")  # fmt: skip


def eastern_europe() -> None:
    yes("iy14_popescu_2_iunie.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:00",
        request_subject(1046),
        "Bună ziua,\n\nich bestätige Termin 2 iunie (Juni), war sehr gut. Mulțumesc!\n\nElena",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    no("iy15_popescu_link_danke.eml", 7, ("other",), "2026-06-06 10:12",
       video_link_subject(1047),
       "Danke für Link, habe ich bekommen. Ich bin da am Dienstag.\nElena Popescu",
       client="yahoo", reply="vl-1047", style="yahoo", staff=False,
       note="a thank-you for the video link; Tuesday is still to come")  # fmt: skip
    yes("iy16_popescu_zwei.eml", 7, (1048, 1049), ("2026-06-16", "2026-06-23"),
        "2026-06-24 08:30", "Therapie",
        "Hallo,\nTherapie am 16.6 und 23.6 hat stattgefunden, alles ok.\nEntschuldigung fur"
        " spat schreiben.\n\nElena Popescu",
        client="yahoo")  # fmt: skip
    no("iy17_popescu_rezept.eml", 7, ("question",), "2026-06-26 12:50",
       "Rezept",
       "Guten Tag,\nmein Rezept ist bald fertig, war 6 mal. Brauche ich neues Rezept vom"
       " Hausarzt? Wer schickt das, ich oder Arzt?\nMulțumesc\nElena",
       client="yahoo")  # fmt: skip
    yes("iy18_popescu_spaet_30_juni.eml", 7, (1050,), ("2026-06-30",), "2026-09-15 19:02",
        request_subject(1050),
        "Buna seara,\nich habe Ihre Mail erst jetzt gefunden, war in Spam. Therapie 30 Juni war,"
        " ja. Scuze für spät.\nElena",
        client="yahoo", reply="cr-1050", style="yahoo")  # fmt: skip

    yes("iy19_nowak_potwierdzam.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 10:05",
        request_subject(1116),
        "Potwierdzam / ich bestätige: Termin 6.11 war.\n\nPozdrawiam\nD. Nowak",
        client="thunderbird", reply="cr-1116", style="thunderbird")  # fmt: skip
    yes("iy20_nowak_ok.eml", 19, (1117,), (), "2026-11-13 11:40",
        request_subject(1117, "Re"),
        "ok, hat stattgefunden, danke\nDN",
        client="thunderbird", reply="cr-1117", style="thunderbird", bottom=True)  # fmt: skip
    yes("iy21_nowak_dezember.eml", 19, (1118,), ("2026-11-20",), "2026-11-20 12:18",
        request_subject(1118, "Re"),
        "Dzień dobry,\n\nTermin 20.11 war gut, danke.\nEine Frage: im Dezember kann ich nur"
        " nachmittags, nicht 8 Uhr. Geht das?\n\nDawid Nowak",
        client="thunderbird", reply="cr-1118", style="thunderbird", staff=True,
        extra=("reschedule",))  # fmt: skip
    yes("iy22_nowak_dzis.eml", 19, (1119,), ("2026-11-27",), "2026-11-27 10:30",
        request_subject(1119),
        "Dziś terapia odbyła się – heute 27.11 Termin gemacht, alles gut.\nD.N.",
        client="gmail", reply="cr-1119", style="gmail")  # fmt: skip

    yes("iy23_lehmann_ukr.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:30",
        request_subject(1087),
        "Добрий день!\nTermin am 8. September hat stattgefunden, ich bestätige.\nДякую,\nAnna",
        client="iphone", reply="cr-1087", style="iphone")  # fmt: skip
    yes("iy24_lehmann_dienstag.eml", 14, (1089,), ("2026-09-22",), "2026-09-24 18:05",
        "Therapie Dienstag",
        "Hallo,\ndie Therapie am Dienstag (22.09.) war, ich habe vergessen zu antworten.\n"
        "Viele Grüße, Anna Lehmann",
        client="apple")  # fmt: skip
    yes("iy25_lehmann_6_10.eml", 14, (1091,), ("2026-10-06",), "2026-10-07 07:55",
        request_subject(1091),
        "Bestätige 6.10. Дякую!\nA.",
        client="iphone", reply="cr-1091", style="iphone")  # fmt: skip

    yes("iy26_wagner_spasibo.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 13:00",
        request_subject(1124),
        "Здравствуйте,\nTermin heute war, spasibo!\nS. Wagner",
        client="webde", reply="cr-1124", style="webde")  # fmt: skip
    no("iy27_wagner_kind_krank.eml", 21, ("cancellation",), "2026-01-31 09:14",
       "Montag",
       "Guten Tag,\nich kann nicht am Montag 2.2, Kind ist krank, Fieber. Ich sage ab.\n"
       "Sophie Wagner",
       client="webde")  # fmt: skip
    yes("iy28_wagner_januar.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
        "2026-02-04 22:41", "Termine Januar",
        "Hallo,\nTermine am 19 Januar und 26 Januar waren beide, ich bestätige.\n"
        "Извините за задержку, viel Arbeit.\nSophie Wagner",
        client="webde")  # fmt: skip
    yes("iy29_wagner_2_2.eml", 21, (), ("2026-02-02",), "2026-02-10 08:02",
        "Termin",
        "Guten Morgen,\nTermin 2.2 war gut, bitte bestätigen.\nSophie",
        client="webde", staff=True,
        note="2.2 was cancelled: perhaps she means 9.2; staff must ask")  # fmt: skip


def english_italian_arabic() -> None:
    yes("iy30_carter_today.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:20",
        request_subject(1069, "Re"),
        "Hi,\n\nyes, the session today took place. Thank you!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("iy31_carter_mixed.eml", 11, (1070,), ("2026-08-10",), "2026-08-14 17:02",
        "Bestätigung / confirmation",
        "Hallo,\n\nI confirm the Termin from last Monday, 10th August. Danke schön!\n\n"
        "Best,\nEmily Carter",
        client="gmail")  # fmt: skip
    yes("iy32_carter_spam.eml", 11, (1071, 1072), ("2026-08-17", "2026-08-24", "2026-08-31"),
        "2026-11-02 20:10", "Sessions in August",
        "Hello,\n\nsorry for the very late reply – I just found your e-mails in my spam folder."
        " The sessions on 17 Aug and 24 Aug both happened. On 31 Aug I'm not so sure, I think"
        " we had to stop early because my internet kept dropping.\n\nKind regards,\nEmily",
        client="gmail", staff=True,
        note="31.8 perhaps cut short: not confirmed, staff checks")  # fmt: skip
    no("iy33_carter_sick.eml", 11, ("cancellation",), "2026-09-06 18:33",
       "Monday",
       "Hi,\nI can't make it on Monday (7 Sept), I've got a bad flu. Sorry! Can we do next"
       " week instead?\nEmily",
       client="iphone")  # fmt: skip

    yes("iy34_oneill_14_4.eml", 23, (1136,), ("2026-04-14",), "2026-04-15 08:47",
        "Termin",
        "Hallo,\n\nthe phone session on Tuesday 14.4 happened, alles gut.\n\nCheers,\nJames",
        client="outlook")  # fmt: skip
    no("iy35_oneill_missed.eml", 23, ("reschedule",), "2026-04-22 07:30",
       request_subject(1137, "RE"),
       "Hi,\n\nsorry, I missed your call yesterday – I was stuck at work and my phone was on"
       " silent. So no session. Could we do another time this week?\n\nJames O'Neill",
       client="outlook", reply="cr-1137", style="outlook_en",
       note="the session of 21.4 did not take place")  # fmt: skip
    yes("iy36_oneill_28_4_5_5.eml", 23, (1138, 1139), ("2026-04-28", "2026-05-05"),
        "2026-05-06 12:05", "confirming sessions",
        "Hello,\n\nconfirming my sessions on 28/4 and 5/5, both took place as planned.\n\n"
        "Thanks,\nJames",
        client="outlook")  # fmt: skip

    yes("iy37_berger_ieri.eml", 24, (1142,), ("2026-05-06",), "2026-05-07 09:00",
        request_subject(1142),
        "Buongiorno,\nbestätige Termin gestern, grazie mille.\nUrsula Berger",
        client="tonline", reply="cr-1142", style="tonline")  # fmt: skip
    yes("iy38_berger_maggio.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-21 10:40", "Termine",
        "Salve,\nTermin 13 maggio ok. 20 maggio anche ok, beide gemacht am Telefon.\n"
        "Saluti\nUrsula Berger",
        client="tonline")  # fmt: skip
    no("iy39_berger_nicht_angerufen.eml", 24, ("other",), "2026-05-27 11:15",
       request_subject(1145),
       "Guten Tag,\nTermin heute hat nicht stattgefunden, la terapista non ha chiamato. Ich"
       " habe gewartet bis 9.30. Was ist passiert?\nUrsula Berger",
       client="tonline", reply="cr-1145", style="tonline",
       note="nobody called on 27.5: nothing to confirm")  # fmt: skip
    no("iy40_berger_prossimo.eml", 24, ("question",), "2026-06-04 16:20",
       "prossimo appuntamento",
       "Hallo,\nquando è il prossimo? Nächste Termin wann, ist 10 Juni letzte Termin oder gibt"
       " es mehr?\nGrazie\nU. Berger",
       client="tonline")  # fmt: skip

    yes("iy41_hoffmann_ehefrau.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 10:00",
        request_subject(1040),
        "مرحبا\nHallo, ich bin Frau von Peter Hoffmann. Mein Mann hatte Therapie heute früh"
        " am 4.5, alles gut gemacht. Shukran\nRania Hoffmann",
        client="samsung", reply="cr-1040", style="samsung")  # fmt: skip
    yes("iy42_hoffmann_zwei_am_18.eml", 6, (1042,), ("2026-05-18",), "2026-05-18 19:45",
        "Termine 18.5",
        "Guten Abend,\nam 18.5 waren zwei Termine. Der am Morgen (Gerät) war gut, hat"
        " stattgefunden. Der am Mittag mein Mann hat nicht geschafft, er war bei Arzt, tut mir"
        " leid.\nRania Hoffmann (Frau von Peter)",
        client="samsung", staff=True,
        note="only the morning session of 18.5 took place; the midday one was missed")  # fmt: skip


def main() -> None:
    load_practice()
    turkish()
    eastern_europe()
    english_italian_arabic()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
