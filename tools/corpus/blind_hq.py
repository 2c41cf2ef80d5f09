"""Blind set HQ: partial confirmations told by weekday and position, not by date.

Patients with two sessions a week (Becker Mon/Thu, Neumann Tue/Thu, Koch Mon/Wed,
Hoffmann twice on one Monday) and weekly patients write which of their recent sessions
took place as "Dienstag ja, Donnerstag nicht", "der erste diese Woche war, der zweite kommt
erst", "Mo ✓ Do ✗", "von den letzten vier Terminen nur der vom Donnerstag nicht", the same
day or up to two weeks late, under our request for one of the days or as new mails. The
look-alikes answer our request for a weekday that was missed, cut short or is still to come.

Labels: `confirmed` holds only the sessions plainly held in full whose day is clear from
the mail's Date and words (the patient's own, scheduled, not yet confirmed); anything
missed, cut short, cancelled, future or of unclear day is not confirmed and needs staff.
`dates` are the days the mail says a session took place (cut-short days included).

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import load_practice, no, request_subject, write_set, yes

HERE = data_dir("blind_hq")


def becker() -> None:
    # Thomas Becker (2): Mon/Thu 17:30 by phone.
    yes("hq01_becker_montag_und_heute.eml", 2, [1010, 1011], ["2026-02-02", "2026-02-05"],
        "2026-02-05 19:40", request_subject(1011), """\
Guten Abend,

Montag und heute, beides hat stattgefunden. Danke!

Gruß
T. Becker
""", client="webde", reply="cr-1011", style="webde")  # fmt: skip
    yes("hq02_becker_montag_ja_donnerstag_nicht.eml", 2, [1012], ["2026-02-09"],
        "2026-02-13 08:05", "Termine diese Woche", """\
Hallo zusammen,

kurz zu dieser Woche: Montag ja, Donnerstag nicht – da war ich noch im Büro und hab den
Anruf nicht mitbekommen. Tut mir leid, kommt nicht wieder vor.

Thomas Becker
""", client="webde", staff=True, note="Thursday 12.02. missed: not confirmed, staff")  # fmt: skip
    no("hq03_becker_donnerstag_abgebrochen.eml", 2, ("technical",), "2026-02-20 08:30",
       request_subject(1015), """\
Moin,

gestern ist das Gespräch nach ca. 10 Minuten abgebrochen, das Netz im Zug war weg. Als
vollständige Behandlung würde ich das nicht zählen.

Becker
""", client="webde", reply="cr-1015", style="webde", dates=("2026-02-19",),
       note="Thursday cut short; nothing held in full")  # fmt: skip
    yes("hq04_becker_mo_haken_do_kreuz.eml", 2, [1016], ["2026-02-23"],
        "2026-02-27 12:10", request_subject(1016), """\
Mo ✓
Do ✗ (krank, hatte Donnerstag früh angerufen)

TB
""", client="webde", reply="cr-1016", style="webde", bottom=True, staff=True,
        extra=("cancellation",), note="Thursday 26.02. cancelled by phone: staff enters it")  # fmt: skip


def neumann() -> None:
    # Gisela Neumann (9): Tue/Thu 09:00 by phone.
    yes("hq05_neumann_dienstag_ja.eml", 9, [1056], ["2026-07-07"], "2026-07-07 14:20",
        request_subject(1056), """\
Sehr geehrte Damen und Herren,

ja, die Behandlung heute hat stattgefunden. Am Donnerstag bin ich dann auch wieder am
Telefon.

Mit freundlichen Grüßen
Gisela Neumann
""", reply="cr-1056", style="thunderbird", client="thunderbird")  # fmt: skip
    no("hq06_neumann_donnerstag_verpasst.eml", 9, ("reschedule",), "2026-07-09 13:05",
       request_subject(1057), """\
Guten Tag,

heute hat es leider nicht geklappt, ich habe das Telefon nicht gehört, es lag in der
Küche. Das tut mir sehr leid. Kann man den Termin nachholen?

Freundliche Grüße
G. Neumann
""", reply="cr-1057", style="thunderbird", client="thunderbird",
       note="Thursday missed, asks to make up")  # fmt: skip
    yes("hq07_neumann_letzte_vier_bis_auf_donnerstag.eml", 9, [1058, 1060],
        ["2026-07-14", "2026-07-21"], "2026-07-24 10:15", "Bestätigung Termine", """\
Guten Morgen,

ich komme mit den Bestätigungen nicht hinterher, daher auf diesem Weg: von den letzten
vier Terminen hat nur der vom Donnerstag nicht stattgefunden, da war ich beim Augenarzt.

Mit freundlichen Grüßen
Gisela Neumann
""", client="thunderbird", staff=True,
        note="last four = 14./16./21./23.07.; both Tuesdays held, which Thursday was missed "
             "is unclear, so neither Thursday is confirmed")  # fmt: skip
    yes("hq08_neumann_zwei_wochen_spaet.eml", 9, [1062], ["2026-07-28"], "2026-08-11 16:40",
        request_subject(1062), """\
Entschuldigen Sie bitte die späte Antwort, ich war bei meiner Tochter.
Der Dienstag hat stattgefunden, es war der letzte Termin vor dem Urlaub.

Gisela Neumann
""", reply="cr-1062", style="thunderbird", client="thunderbird")  # fmt: skip


def koch() -> None:
    # Renate Koch (18): Mon/Wed 15:00 by phone.
    yes("hq09_koch_beide_bis_auf_zweiten.eml", 18, [1109], ["2026-03-23"], "2026-03-30 08:20",
        "Termine", """\
Hallo,

beide Termine letzte Woche bis auf den zweiten. Am Mittwoch war der Hausarzt zum
Hausbesuch da, da konnte ich nicht ans Telefon.

Grüße
Renate Koch
""", client="tonline", staff=True, note="Wednesday 25.03. missed")  # fmt: skip
    yes("hq10_koch_erster_war_zweiter_kommt.eml", 18, [1111], ["2026-03-30"], "2026-03-31 09:10",
        request_subject(1111), """\
Der erste diese Woche war, der zweite kommt ja erst.

R. Koch
""", client="tonline", reply="cr-1111", style="webde",
        note="Wednesday 01.04. is still to come")  # fmt: skip
    yes("hq11_koch_feiertag_gestern.eml", 18, [1113], ["2026-04-08"], "2026-04-09 10:45",
        request_subject(1113), """\
Hallo,

Montag war ja Feiertag, gestern hat geklappt.

Frohe Ostertage noch
Renate Koch
""", client="tonline", reply="cr-1113", style="webde")  # fmt: skip
    no("hq12_koch_montag_abgebrochen.eml", 18, ("other", "question"), "2026-04-13 17:30",
       request_subject(1114), """\
Hallo,

heute mussten wir nach einer Viertelstunde aufhören, mir wurde schwindelig. Machen wir
am Mittwoch einfach weiter oder soll ich vorher beim Arzt vorbei?

Renate Koch
""", client="tonline", reply="cr-1114", style="webde", dates=("2026-04-13",),
       note="Monday cut short")  # fmt: skip


def hoffmann() -> None:
    # Peter Hoffmann (6): Mondays 07:30, on 18.05. also 12:30, once a Tuesday.
    yes("hq13_hoffmann_letzte_beiden_montage.eml", 6, [1040, 1041], ["2026-05-04", "2026-05-11"],
        "2026-05-15 21:05", request_subject(1041), """\
Hallo,

die letzten beiden Montage haben stattgefunden.

Viele Grüße
Peter Hoffmann
""", client="outlook", reply="cr-1041", style="outlook")  # fmt: skip
    yes("hq14_hoffmann_frueh_ja_mittags_nicht.eml", 6, [1042], ["2026-05-18"], "2026-05-18 18:20",
        request_subject(1043), """\
Hallo,

der erste heute ja, der zweite nicht – ich saß mittags im Meeting fest und hab es nicht
rechtzeitig rausgeschafft. Sorry dafür.

Peter Hoffmann
Senior Consultant
""", client="outlook", reply="cr-1043", style="outlook", staff=True,
        note="two sessions on 18.05.; the 12:30 one missed")  # fmt: skip
    yes("hq15_hoffmann_heute_kurz_dienstag_gut.eml", 6, [1044], ["2026-05-26", "2026-06-01"],
        "2026-06-01 09:15", request_subject(1045), """\
Heute leider nur 10 Minuten, dann musste ich los (Notfall im Büro). Letzten Dienstag
war gut.

PH

Von meinem iPhone gesendet
""", client="iphone", reply="cr-1045", style="iphone", staff=True,
        note="Tuesday 26.05. held; today cut short")  # fmt: skip


def kruger() -> None:
    # Sabine Krüger (1): Tuesdays 10:00 by video.
    yes("hq16_krueger_gestern_und_zwei_davor.eml", 1, [1003, 1004, 1005],
        ["2026-01-27", "2026-02-03", "2026-02-10"], "2026-02-11 10:00", request_subject(1004), """\
Hallo liebes Praxisteam,

ich hab die Mails ein bisschen liegen lassen: gestern und die beiden Dienstage davor
haben alle stattgefunden.

Liebe Grüße
Sabine
""", client="webde", reply="cr-1004", style="webde")  # fmt: skip
    no("hq17_krueger_video_abgebrochen.eml", 1, ("technical",), "2026-02-17 12:30",
       request_subject(1006), """\
Hallo,

heute ging es leider nur halb, das Bild ist immer wieder eingefroren und nach der Hälfte
haben wir abgebrochen. Bitte nicht als ganze Stunde abrechnen.

Sabine Krüger
""", client="webde", reply="cr-1006", style="webde", dates=("2026-02-17",),
       note="cut short")  # fmt: skip
    yes("hq18_krueger_gestern_ja_letzte_woche_krank.eml", 1, [1008], ["2026-03-03"],
        "2026-03-04 08:50", request_subject(1008), """\
Gestern ja. Letzte Woche Dienstag war ich krank, das hatte ich nicht abgesagt, sorry!

Sabine Krüger
""", client="webde", reply="cr-1008", style="webde", staff=True,
        note="24.02. missed and not cancelled")  # fmt: skip


def demir() -> None:
    # Aylin Demir (3): Wednesdays 08:30 by video; 01.04. cancelled.
    yes("hq19_demir_zwei_haken.eml", 3, [1019, 1020], ["2026-03-04", "2026-03-11"],
        "2026-03-12 19:30", "Bestätigung", """\
hi,

gestern ✓
mittwoch davor ✓

lg aylin
""", client="gmail")  # fmt: skip
    yes("hq20_demir_heute_ostern_ausgefallen.eml", 3, [1024], ["2026-04-08"], "2026-04-08 12:05",
        request_subject(1024), """\
Hallo, ja heute hat stattgefunden. Letzten Mittwoch war ja wegen Ostern ausgefallen, das
wussten Sie ja.

Aylin
""", client="gmail", reply="cr-1024", style="gmail")  # fmt: skip


def schulz() -> None:
    # Marie Schulz (5): Thursdays 15:30 by video.
    no("hq21_schulz_nur_die_haelfte.eml", 5, ("question",), "2026-04-23 18:00",
       request_subject(1035), """\
Hallo,

heute ging nur die Hälfte, mein Sohn kam krank aus der Kita und ich musste los. Kann ich
den Rest irgendwie nachholen?

Viele Grüße
Marie Schulz
""", client="thunderbird", reply="cr-1035", style="thunderbird", dates=("2026-04-23",),
       note="cut short")  # fmt: skip
    yes("hq22_schulz_gestern_feiertag.eml", 5, [1038], ["2026-05-21"], "2026-05-22 07:45",
        request_subject(1038), """\
Guten Morgen,

gestern ja. Letzte Woche war Feiertag, da hatten wir ja keinen Termin.

Marie Schulz
""", client="thunderbird", reply="cr-1038", style="thunderbird", bottom=True)  # fmt: skip


def brandt() -> None:
    # Lukas Brandt (10): Fridays 16:00 by video.
    yes("hq23_brandt_gestern_und_letzte_woche.eml", 10, [1063, 1064], ["2026-07-03", "2026-07-10"],
        "2026-07-11 11:20", "Re: Termine Juli", """\
Hallo,

gestern und letzte Woche Freitag, beide gut gelaufen. Die Übungen mache ich weiter.

Lukas
""", client="thunderbird")  # fmt: skip
    yes("hq24_brandt_vorletzter_ja_letzter_abgesagt.eml", 10, [1065], ["2026-07-17"],
        "2026-07-27 09:30", request_subject(1065), """\
Moin,

Freitag vorletzte Woche ja, letzten Freitag nicht – den hatte ich telefonisch abgesagt,
falls das noch nicht eingetragen ist.

Gruß Lukas Brandt
""", client="thunderbird", reply="cr-1065", style="thunderbird", staff=True,
        extra=("cancellation",), note="24.07. cancelled by phone")  # fmt: skip


def carter() -> None:
    # Emily Carter (11): Mondays 12:00 by video, writes English.
    yes("hq25_carter_today_and_last_monday.eml", 11, [1069, 1070], ["2026-08-03", "2026-08-10"],
        "2026-08-10 16:10", request_subject(1070, "Re"), """\
Yes, today's session took place, thanks! Last Monday's too, I forgot to reply to that one.

Emily
""", client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    no("hq26_carter_dropped_out.eml", 11, ("technical", "question"), "2026-08-24 15:00",
       request_subject(1072, "Re"), """\
Hi,

we had to stop about 20 minutes in today – my internet dropped and I couldn't get back
into the call. Could we add the missing time next Monday?

Best,
Emily Carter
""", client="gmail", reply="cr-1072", style="gmail_en", dates=("2026-08-24",),
       note="cut short")  # fmt: skip
    yes("hq27_carter_monday_tick.eml", 11, [1074], ["2026-09-07"], "2026-09-08 08:30",
        "sessions", """\
Monday ✓ (yesterday). The one before didn't happen – I was travelling and forgot to
cancel, sorry!!

Emily
Sent from my phone
""", client="gmail", staff=True, note="31.08. missed")  # fmt: skip


def oneill() -> None:
    # James O'Neill (23): Tuesdays 19:30 by phone, English.
    yes("hq28_oneill_both_tuesdays.eml", 23, [1137, 1138], ["2026-04-21", "2026-04-28"],
        "2026-04-29 07:55", request_subject(1138, "RE"), """\
Both Tuesdays done – last night and the week before. Cheers, James
""", client="outlook", reply="cr-1138", style="outlook_en")  # fmt: skip
    no("hq29_oneill_phone_died.eml", 23, ("question",), "2026-05-12 22:10",
       request_subject(1140, "RE"), """\
Hi there,

only about half of tonight's call happened, my phone died and I didn't have a charger at
hand. Not sure that counts as a full session?

Regards,
James O'Neill
""", client="outlook", reply="cr-1140", style="outlook_en", dates=("2026-05-12",),
       note="cut short")  # fmt: skip


def learners() -> None:
    # Fatma Yıldız (12): Wednesdays 10:30 by phone; 19.08. cancelled.
    yes("hq30_yildiz_heute_telefon.eml", 12, [1075], ["2026-08-05"], "2026-08-05 13:15",
        request_subject(1075), """\
ja heute telefon termin war. danke schön
""", client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("hq31_yildiz_mittwoch_vorher.eml", 12, [1076], ["2026-08-12"], "2026-08-20 17:40",
        "Termin", """\
Hallo,

gestern war abgesagt, das weiß ich. Mittwoch vorher war gut, Behandlung war gemacht.

Fatma Yildiz
""", client="webde")  # fmt: skip
    # Mehmet Aydın (22): Thursdays 12:30 by phone.
    yes("hq32_aydin_gestern_und_letzte_woche.eml", 22, [1131, 1132], ["2026-02-26", "2026-03-05"],
        "2026-03-06 07:20", request_subject(1131), """\
Hallo, gestern termin ja gemacht, letzte woche donnerstag auch ja. Danke
Mehmet
""", client="outlook", reply="cr-1131", style="outlook")  # fmt: skip
    no("hq33_aydin_heute_nicht_da.eml", 22, ("other",), "2026-03-19 18:45",
       request_subject(1134), """\
heute ich war nicht da, arbeit. entschuldigung. nächste donnerstag ich bin da
Mehmet Aydin
""", client="outlook", reply="cr-1134", style="outlook",
       note="Thursday missed; next one still to come")  # fmt: skip
    # Elena Popescu (7): Tuesdays 11:00 by video.
    yes("hq34_popescu_zwei_dienstage.eml", 7, [1047, 1048], ["2026-06-09", "2026-06-16"],
        "2026-06-23 08:40", request_subject(1047), """\
Guten Tag,
Entschuldigung für späte Antwort. Die letzte zwei Dienstage waren gut, beide gemacht.
Heute ist noch nicht, kommt um 11 Uhr.
Elena Popescu
""", client="yahoo", reply="cr-1047", style="gmail")  # fmt: skip


def weekly() -> None:
    # Dr. Michael Vogel (13): Thursdays 07:00 by video.
    yes("hq35_vogel_diese_und_vergangene_woche.eml", 13, [1083, 1084],
        ["2026-09-17", "2026-09-24"], "2026-09-25 06:30", "Bestätigung Behandlungstermine", """\
Sehr geehrte Damen und Herren,

hiermit bestätige ich, dass die Termine am Donnerstag dieser und der vergangenen Woche
stattgefunden haben.

Mit freundlichen Grüßen

Dr. Michael Vogel
Vogel & Partner Steuerberatung
""", client="outlook")  # fmt: skip
    # Anna Lehmann (14): Tuesdays 13:00 by video.
    yes("hq36_lehmann_drei_dienstage_ausser_gestern.eml", 14, [1089, 1090],
        ["2026-09-22", "2026-09-29"], "2026-10-07 22:50", request_subject(1089), """\
Hallo,

sorry fürs späte Antworten! Die letzten drei Dienstage haben alle stattgefunden, außer
gestern, da hatte ich eine Klausur und habs komplett verpeilt abzusagen.

Anna
""", client="thunderbird", reply="cr-1089", style="thunderbird", staff=True,
        note="06.10. missed")  # fmt: skip
    # Klaus Zimmermann (15): Mondays 11:00 by phone; 26.10. cancelled.
    yes("hq37_zimmermann_gestern_davor_ausgefallen.eml", 15, [1097], ["2026-11-02"],
        "2026-11-03 10:05", "Behandlung", """\
Guten Tag,
Gestern hat stattgefunden. Der Montag davor fiel ja aus.
Klaus Zimmermann
""", client="plain")  # fmt: skip
    # Birgit Schäfer (16): Wednesdays 19:00 by video.
    no("hq38_schaefer_nach_zwanzig_minuten.eml", 16, ("other",), "2026-10-21 21:15",
       request_subject(1100), """\
Hallo,

heute mussten wir leider nach 20 Minuten abbrechen, bei uns hat's an der Tür geklingelt
und dann war die Nachbarin mit einem Notfall da. Sorry!

Birgit
""", client="webde", reply="cr-1100", style="webde", dates=("2026-10-21",),
       note="cut short")  # fmt: skip
    yes("hq39_schaefer_gestern_und_davor.eml", 16, [1102, 1103], ["2026-11-04", "2026-11-11"],
        "2026-11-12 20:00", request_subject(1102), """\
Gestern ja, und der Mittwoch davor auch. Hatte vergessen zu antworten.

LG Birgit Schäfer
""", client="webde", reply="cr-1102", style="webde")  # fmt: skip
    # Ole Jansen (17): Thursdays 10:00 by video.
    yes("hq40_jansen_letzte_woche_ja_gestern_nicht.eml", 17, [1105], ["2026-10-29"],
        "2026-11-06 09:00", "Termine", """\
Hey,

Donnerstag letzte Woche ja, gestern nicht (war krank, hab am Morgen telefonisch
abgesagt).

Ole
""", client="gmail", staff=True, extra=("cancellation",),
        note="05.11. cancelled by phone")  # fmt: skip
    # David Nowak (19): Fridays 08:00 by video.
    yes("hq41_nowak_heute_und_letzter_freitag.eml", 19, [1116, 1117], ["2026-11-06", "2026-11-13"],
        "2026-11-13 10:30", request_subject(1117), """\
hat stattgefunden. der letzte freitag übrigens auch.
""", client="plain", reply="cr-1117", style="gmail")  # fmt: skip
    # Leonie Hartmann (20): Tuesdays 17:00 by video.
    no("hq42_hartmann_dienstag_passt.eml", 20, ("other",), "2026-11-09 18:30",
       request_subject(1120), """\
Hallo, Dienstag passt mir, ich bin um 17 Uhr online.

Leonie
""", client="iphone", reply="cr-1120", style="iphone",
       note="answers our request for 03.11. about tomorrow's session; 03.11. not confirmed")  # fmt: skip
    # Sophie Wagner (21): Mondays 09:30 by video; 02.02. cancelled.
    yes("hq43_wagner_letzten_montag_und_heute.eml", 21, [1128, 1129],
        ["2026-02-09", "2026-02-16"], "2026-02-16 12:15", request_subject(1128), """\
Letzten Montag und heute – beides hat stattgefunden 🙂

Sophie
""", client="gmail", reply="cr-1128", style="gmail")  # fmt: skip
    # Ursula Berger (24): Wednesdays 09:00 by phone.
    yes("hq44_berger_drei_termine_nur_gestern_nicht.eml", 24, [1142, 1143],
        ["2026-05-06", "2026-05-13"], "2026-05-21 11:00", "Meine Termine", """\
Sehr geehrtes Praxisteam,

von den letzten drei Terminen hat nur der gestrige nicht stattgefunden, ich musste
zum Arzt. Die beiden davor waren in Ordnung.

Mit freundlichen Grüßen
Ursula Berger
""", client="plain", staff=True, note="20.05. missed")  # fmt: skip
    # Hans-Jürgen Wolff (4): Fridays 14:00 by phone.
    yes("hq45_wolff_letzte_beiden_freitage.eml", 4, [1029, 1030], ["2026-01-23", "2026-01-30"],
        "2026-02-02 09:40", request_subject(1029), """\
Guten Morgen,

die letzten beiden Freitage haben stattgefunden, beide Male am Telefon wie besprochen.

Mit freundlichem Gruß
Hans-Jürgen Wolff
""", client="tonline", reply="cr-1029", style="webde")  # fmt: skip
    no("hq46_wolff_nur_kurz.eml", 4, ("other",), "2026-02-20 16:30", request_subject(1033), """\
Heute war nur kurz, nach 10 Minuten haben wir aufgehört wegen der Schmerzen im Rücken.

H.-J. Wolff
""", client="tonline", reply="cr-1033", style="webde", dates=("2026-02-20",),
       note="cut short")  # fmt: skip


def main() -> None:
    load_practice()
    becker()
    neumann()
    koch()
    hoffmann()
    kruger()
    demir()
    schulz()
    brandt()
    carter()
    oneill()
    learners()
    weekly()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
