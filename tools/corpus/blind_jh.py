"""Blind set JH: two contacts on one day.

Patient mails about days with more than one contact: Peter Hoffmann's 18 May 2026, when he
had two video sessions (07:30 Gerätetraining/KGG, appointment 1042, and 12:30 Manuelle
Therapie, 1043), and one-session days of other patients on which the mail also tells of a
second event (a call from the practice, a visit to the doctor, a question in the evening).
Replies under our confirmation request, reminder or video-link mail and new mails, sent the
same day or days to weeks later; sessions named by clock time, part of day, kind, order or
not at all. German above all, some English and some learners' German.

Labelled as a careful practice employee would record them: `confirmed` holds only the
patient's own scheduled, not yet confirmed sessions that the mail plainly says were held in
full and whose day, and which of the day's sessions, its words make clear; anything
partial, cut short, missed, cancelled, future or unclear is not confirmed and needs staff.
`dates` are the days the mail says a session took place (also partly).

Written without reading rules/, the canonical table or the earlier blind sets' mails.
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

HERE = data_dir("blind_jh")

D18 = "2026-05-18"


def hoffmann_same_day() -> None:
    """Peter Hoffmann (6): 18.05. KGG 07:30 (1042) and MT 12:30 (1043), on the day."""
    no(
        "jh01_hoffmann_reminder_both.eml",
        6,
        ("other",),
        "2026-05-17 19:42",
        reminder_subject(1042),
        "Guten Abend,\n\ndanke für die Erinnerung. Ich bin morgen früh um 7:30 dabei und"
        " mittags um 12:30 dann auch wieder.\n\nGruß\nPeter Hoffmann",
        client="outlook",
        reply="rem-1042",
        style="outlook",
        staff=False,
        note="attendance announced the evening before; nothing held yet",
    )
    yes(
        "jh02_hoffmann_kgg_morning.eml",
        6,
        (1042,),
        (D18,),
        "2026-05-18 09:14",
        request_subject(1042),
        "Hallo,\n\nhiermit bestätige ich das Gerätetraining heute früh um 7:30 Uhr,"
        " 18.05.2026.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
    )
    no(
        "jh03_hoffmann_move_noon.eml",
        6,
        ("reschedule",),
        "2026-05-18 09:51",
        "Mittagstermin heute",
        "Hallo zusammen,\n\nkönnte man den Termin heute Mittag (12:30, Manuelle Therapie) auf"
        " 13:30 schieben? Ich hänge in einem Meeting fest, das länger dauert.\n\nDanke und"
        " Gruß\nP. Hoffmann",
        client="iphone",
        note="asks to move the noon session of the same day; the morning one is not mentioned",
    )
    yes(
        "jh04_hoffmann_mt_noon.eml",
        6,
        (1043,),
        (D18,),
        "2026-05-18 14:02",
        request_subject(1043),
        "Die Manuelle Therapie heute Mittag um 12:30 hat stattgefunden. Bestätigt für den"
        " 18.05.\n\nPeter Hoffmann\n\nVon meinem iPhone gesendet",
        client="iphone",
        reply="cr-1043",
        style="iphone",
    )
    yes(
        "jh05_hoffmann_both_evening.eml",
        6,
        (1042, 1043),
        (D18,),
        "2026-05-18 20:37",
        "Bestätigung 18.05.",
        "Guten Abend,\n\nich bestätige beide Behandlungen von heute, 18.05.: morgens das"
        " Gerätetraining (KGG) und mittags die Manuelle Therapie. Beide per Video und"
        " vollständig.\n\nViele Grüße\nPeter Hoffmann",
        client="outlook",
    )
    yes(
        "jh06_hoffmann_morning_cut_short.eml",
        6,
        (1043,),
        (D18,),
        "2026-05-18 13:25",
        request_subject(1042),
        "Hallo,\n\nzum Termin heute früh: das Gerätetraining mussten wir nach gut zehn"
        " Minuten abbrechen, bei mir war das WLAN weg und kam nicht wieder. Die Manuelle"
        " Therapie eben um 12:30 lief dagegen komplett durch, die kann ich bestätigen"
        " (18.05.).\n\nWie rechnen Sie den Morgen ab?\n\nGruß, Peter Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
        staff=True,
        extra=("technical", "question"),
        note="the 07:30 KGG was cut short after ten minutes: only the 12:30 MT is held in full",
    )
    yes(
        "jh07_hoffmann_missed_noon.eml",
        6,
        (1042,),
        (D18,),
        "2026-05-18 16:48",
        request_subject(1043),
        "Hallo Frau Praxisteam,\n\nheute früh um halb acht war ich beim Training, das hat"
        " stattgefunden. Den Termin mittags hab ich aber verpennt bzw. verpasst, ich war beim"
        " Hausarzt und das Wartezimmer war voll. Tut mir leid! Bitte nicht als stattgefunden"
        " eintragen.\n\nP. Hoffmann",
        client="iphone",
        reply="cr-1043",
        style="iphone",
        staff=True,
        note="reply under the noon request: the noon MT was missed, the morning KGG held",
    )
    yes(
        "jh08_hoffmann_cancel_noon_before.eml",
        6,
        (1042,),
        (D18,),
        "2026-05-18 09:05",
        request_subject(1042),
        "Guten Morgen,\n\nja, die Behandlung heute um 7:30 hat stattgefunden (18.05.).\n\n"
        "Den zweiten Termin heute um 12:30 muss ich leider absagen, mir ist beruflich etwas"
        " dazwischengekommen. Bitte um einen Ersatztermin.\n\nMfG\nPeter Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook_classic",
        staff=True,
        extra=("cancellation", "reschedule"),
        note="the noon session of the same day is cancelled before it starts",
    )
    no(
        "jh09_hoffmann_no_therapist.eml",
        6,
        ("technical",),
        "2026-05-18 08:05",
        "Videotermin 7:30 - niemand da",
        "Hallo,\n\nich sitze seit 7:25 im Videoraum, es ist aber niemand gekommen. Jetzt muss"
        " ich los. Findet der Termin um 12:30 wenigstens statt?\n\nPeter Hoffmann",
        client="iphone",
        note="the morning session did not take place; a question about the noon one",
    )
    yes(
        "jh10_hoffmann_noon_failed.eml",
        6,
        (1042,),
        (D18,),
        "2026-05-18 13:20",
        video_link_subject(1043, "AW"),
        "Hallo,\n\ndas Gerätetraining heute um 7:30 war super, danke.\n\nAber um 12:30 kam"
        " niemand in den Videoraum, ich habe bis 12:50 gewartet. Die Manuelle Therapie hat also"
        " heute nicht stattgefunden. Bitte melden Sie sich wegen eines neuen Termins.\n\n"
        "Peter Hoffmann",
        client="outlook",
        reply="vl-1043",
        style="outlook",
        staff=True,
        extra=("technical", "reschedule"),
        note="morning KGG held; noon MT did not take place",
    )
    yes(
        "jh11_hoffmann_which_one.eml",
        6,
        (),
        (D18,),
        "2026-05-18 21:10",
        "Behandlung heute",
        "Hallo,\n\nkurze Bestätigung: die Behandlung am 18.05. hat stattgefunden.\n\nVG"
        " Peter Hoffmann",
        client="outlook",
        staff=True,
        note="two sessions that day; the mail does not say which one (or both)",
    )


def hoffmann_later() -> None:
    """Peter Hoffmann (6): mails days and weeks after the 18.05."""
    yes(
        "jh12_hoffmann_monday_late.eml",
        6,
        (1042,),
        (D18,),
        "2026-05-21 22:15",
        request_subject(1042),
        "Sorry für die späte Antwort. Ja, das Gerätetraining am Montag früh (18.5.) hat"
        " stattgefunden.\n\nPeter",
        client="iphone",
        reply="cr-1042",
        style="iphone",
    )
    yes(
        "jh13_hoffmann_noon_and_11th.eml",
        6,
        (1043, 1041),
        (D18, "2026-05-11"),
        "2026-05-19 07:58",
        request_subject(1043),
        "Guten Morgen,\n\nich bestätige die Manuelle Therapie vom 18.05. um 12:30 Uhr.\n\n"
        "Für das Gerätetraining am 11.05. hatte ich noch nicht geantwortet: auch das hat"
        " stattgefunden.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook",
    )
    yes(
        "jh14_hoffmann_summary_june.eml",
        6,
        (1042, 1043, 1044),
        (D18, "2026-05-26"),
        "2026-06-09 18:30",
        "Nachtrag Bestätigungen Mai",
        "Sehr geehrte Damen und Herren,\n\nich habe gesehen, dass noch Bestätigungen"
        " fehlen. Daher nachträglich:\n\n- 18.05.2026, 7:30 Uhr, Gerätetraining (Video):"
        " stattgefunden\n- 18.05.2026, 12:30 Uhr, Manuelle Therapie (Video): stattgefunden\n"
        "- 26.05.2026, 7:30 Uhr, Gerätetraining (Video): stattgefunden\n\nMit freundlichen"
        " Grüßen\nPeter Hoffmann",
        client="outlook",
    )
    no(
        "jh15_hoffmann_orthopaedist_question.eml",
        6,
        ("question",),
        "2026-05-18 18:40",
        "Frage zum Training",
        "Hallo,\n\nich war heute Nachmittag noch beim Orthopäden. Er meint, ich soll das"
        " Gerätetraining auf zweimal pro Woche erhöhen und die Manuelle Therapie erstmal so"
        " lassen. Geht das bei Ihnen, und brauche ich dafür ein neues Rezept?\n\nGruß\n"
        "Peter Hoffmann",
        client="outlook",
        note="a question after a doctor's visit; says nothing about the sessions held",
    )
    yes(
        "jh16_hoffmann_both_short.eml",
        6,
        (1042, 1043),
        (D18,),
        "2026-05-18 22:47",
        "18.5.",
        "beide termine heute gehabt (früh + mittags), passt alles. danke!\n\nGesendet von"
        " meinem iPhone",
        client="iphone",
        name="Peter",
    )
    no(
        "jh17_hoffmann_whitmonday.eml",
        6,
        ("question",),
        "2026-05-22 11:03",
        "Termin nächste Woche",
        "Hallo,\n\nam Montag ist ja Pfingstmontag. In meinem Kalender steht der Termin jetzt"
        " am Dienstag, 26.05., um 7:30. Stimmt das so? Und ist das nur Gerätetraining oder"
        " auch wieder Manuelle Therapie wie am 18.?\n\nPeter Hoffmann",
        client="outlook",
        note="asks about a future session; the 18th is named only as a reference",
    )
    yes(
        "jh18_hoffmann_english_second.eml",
        6,
        (1043,),
        (D18,),
        "2026-05-18 15:30",
        request_subject(1043, "RE"),
        "Hi,\n\nwriting from the office in Dublin, hence English: yes, the second session"
        " today (manual therapy at 12:30, 18 May) took place. The morning one I already"
        " confirmed separately.\n\nBest,\nPeter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook_en",
    )
    yes(
        "jh19_hoffmann_morning_only_unclear_noon.eml",
        6,
        (1042,),
        (D18,),
        "2026-05-20 08:12",
        request_subject(1043),
        "Hallo,\n\nam Montag (18.05.) hatte ich morgens das Gerätetraining, das hat"
        " stattgefunden. Beim Mittagstermin bin ich mir ehrlich gesagt nicht sicher, ob das"
        " als Behandlung zählt – der Therapeut hat nach ein paar Minuten gesagt, wir machen"
        " das nächste Woche richtig. Können Sie das bitte klären?\n\nPeter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook",
        staff=True,
        extra=("question",),
        note="noon MT only a few minutes long and in doubt; morning KGG held in full",
    )


def other_days() -> None:
    """One session that day, and the mail tells of another contact or event the same day."""
    yes(
        "jh20_krueger_call_afternoon.eml",
        1,
        (1003,),
        ("2026-01-27",),
        "2026-01-27 16:22",
        request_subject(1003),
        "Liebes Praxisteam,\n\ndie Videobehandlung heute um 10 Uhr (27.01.) hat stattgefunden."
        " Und danke an Ihre Kollegin, die mich heute Nachmittag wegen des Rezepts angerufen"
        " hat – hat sich damit erledigt.\n\nHerzliche Grüße\nSabine Krüger",
        client="webde",
        reply="cr-1003",
        style="webde",
    )
    yes(
        "jh21_becker_orthopaedist_rezept.eml",
        2,
        (1012,),
        ("2026-02-09",),
        "2026-02-09 19:05",
        request_subject(1012),
        "Hallo,\n\nbestätige die telefonische MT heute um 17:30 (09.02.).\n\nHeute Vormittag"
        " war ich beim Orthopäden, er hat ein Folgerezept über 6x MT ausgestellt. Soll ich das"
        " Original per Post schicken oder reicht ein Scan?\n\nT. Becker",
        client="thunderbird",
        reply="cr-1012",
        style="thunderbird",
        bottom=True,
        staff=True,
        extra=("question",),
    )
    yes(
        "jh22_demir_evening_call.eml",
        3,
        (1021,),
        ("2026-03-18",),
        "2026-03-18 21:14",
        request_subject(1021),
        "Hi, ja die Behandlung heute morgen um 8:30 hat stattgefunden 😊 18.03.\n\nAbends hat"
        " mich nochmal jemand von Ihnen angerufen, ich konnte aber nicht rangehen. Worum ging"
        " es denn?\n\nLG Aylin",
        client="gmail",
        reply="cr-1021",
        style="gmail",
        staff=True,
        extra=("question",),
    )
    yes(
        "jh23_wolff_hausarzt_morning.eml",
        4,
        (1029,),
        ("2026-01-23",),
        "2026-01-23 17:40",
        "Behandlung heute",
        "Sehr geehrte Damen und Herren,\n\nich war heute morgen bei meinem Hausarzt Dr."
        " Brenner zur Blutabnahme. Um 14 Uhr hatte ich dann wie vereinbart die"
        " Krankengymnastik am Telefon. Diese hat stattgefunden, Datum 23.01.2026.\n\nMit"
        " freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline",
    )
    no(
        "jh24_wolff_therapist_ill.eml",
        4,
        ("cancellation",),
        "2026-02-06 15:52",
        request_subject(1031),
        "Guten Tag,\n\nSie wollen eine Bestätigung für heute, aber um 14 Uhr hat mich nur eine"
        " Dame angerufen und gesagt, dass der Therapeut krank ist und die Behandlung heute"
        " ausfällt. Es hat also keine Behandlung stattgefunden.\n\nMit freundlichen Grüßen\n"
        "H.-J. Wolff",
        client="tonline",
        reply="cr-1031",
        style="tonline",
        note="the practice called instead of treating: nothing took place",
    )
    yes(
        "jh25_schulz_call_zuzahlung.eml",
        5,
        (1036,),
        ("2026-04-30",),
        "2026-04-30 17:02",
        request_subject(1036),
        "Hallo,\n\nder Videotermin heute Nachmittag (30.04., 15:30) hat stattgefunden.\n\n"
        "Heute Vormittag hat mich jemand aus Ihrer Praxis wegen der Verordnung angerufen, ich"
        " habe aber nur die Hälfte verstanden – ging es um die Zuzahlung? Dann bitte kurz per"
        " Mail.\n\nDanke, Marie Schulz",
        client="plain",
        reply="cr-1036",
        style="gmail",
        staff=True,
        extra=("question",),
    )
    yes(
        "jh26_popescu_learner_hausarzt.eml",
        7,
        (1047,),
        ("2026-06-09",),
        "2026-06-09 15:12",
        request_subject(1047),
        "Guten Tag,\n\nich bestätige die Termin heute um 11 Uhr, 09.06. Es war gut.\nDanach"
        " ich war bei Hausarzt, er sagt ich soll weiter machen mit Übungen.\n\nVielen Dank\n"
        "Elena Popescu",
        client="yahoo",
        reply="cr-1047",
        style="yahoo",
    )
    yes(
        "jh27_richter_call_invoice.eml",
        8,
        (1052,),
        ("2026-06-10",),
        "2026-06-10 19:41",
        request_subject(1052, "Re"),
        "Fand statt, 10.06. abends um 18 Uhr. Danke auch für das Telefonat heute Mittag wegen"
        " der Rechnung, ist jetzt klar.\n\nJonas",
        client="iphone",
        reply="cr-1052",
        style="iphone",
    )
    yes(
        "jh28_neumann_weeks_later.eml",
        9,
        (1057,),
        ("2026-07-09",),
        "2026-07-30 10:25",
        "Bestätigung",
        "Liebe Praxis,\n\nentschuldigen Sie, das habe ich vergessen. Am Donnerstag, den 9."
        " Juli, war morgens um 9 die Behandlung am Telefon. Am Nachmittag war ich dann noch"
        " zur Kontrolle beim Orthopäden. Die Behandlung hat stattgefunden.\n\nIhre Gisela"
        " Neumann",
        client="plain",
    )
    no(
        "jh29_brandt_dentist.eml",
        10,
        ("cancellation",),
        "2026-07-17 17:48",
        request_subject(1065),
        "Hallo,\n\nheute um 16 Uhr konnte ich leider nicht, ich saß bis kurz vor fünf beim"
        " Zahnarzt (Notfall). Hab es nicht mehr geschafft abzusagen, sorry. Der Termin hat"
        " also nicht stattgefunden.\n\nLukas Brandt",
        client="thunderbird",
        reply="cr-1065",
        style="thunderbird",
        note="missed because of the dentist; no session that day",
    )
    yes(
        "jh30_carter_gp_morning.eml",
        11,
        (1070,),
        ("2026-08-10",),
        "2026-08-10 13:52",
        request_subject(1070, "Re"),
        "Hi,\n\nConfirming that today's video session at noon (10 Aug) took place. I also saw"
        " my GP this morning and she's happy with how the knee is coming along.\n\nThanks,\n"
        "Emily",
        client="gmail",
        reply="cr-1070",
        style="gmail_en",
    )
    yes(
        "jh31_yildiz_hospital_cancelled.eml",
        12,
        (1076,),
        ("2026-08-12",),
        "2026-08-20 09:48",
        "Termine August",
        "Hallo,\n\nam 19.08. ich war im Krankenhaus für Untersuchung, deswegen habe ich"
        " abgesagt. Aber die Termin am 12.08. mit Telefon hat stattgefunden, das will ich"
        " bestätigen.\n\nSchöne Grüße\nFatma Yıldız",
        client="webde",
        note="19.08. was cancelled (hospital); only 12.08. is a session",
    )
    yes(
        "jh32_vogel_invoice_call.eml",
        13,
        (1082,),
        ("2026-09-10",),
        "2026-09-10 20:55",
        request_subject(1082),
        "Behandlung 10.09., 7:00 Uhr, erfolgt.\n\nWie heute Abend am Telefon besprochen: Rechnung"
        " bitte künftig an die Kanzleiadresse (Vogel & Partner, Kaiserstr. 12, 60311"
        " Frankfurt).\n\nDr. M. Vogel",
        client="outlook",
        reply="cr-1082",
        style="outlook_classic",
        staff=True,
        extra=("other",),
    )
    yes(
        "jh33_lehmann_weeks_later.eml",
        14,
        (1088,),
        ("2026-09-15",),
        "2026-10-06 23:10",
        request_subject(1088),
        "Hallo,\n\nsorry, völlig untergegangen: die Behandlung am 15.09. mittags hat"
        " stattgefunden. An dem Tag hatte ich vormittags noch Prüfung, deswegen war ich etwas"
        " durch den Wind 🙈\n\nViele Grüße\nAnna",
        client="thunderbird",
        reply="cr-1088",
        style="thunderbird",
        bottom=True,
    )
    yes(
        "jh34_zimmermann_call_cancel.eml",
        15,
        (1095,),
        ("2026-10-19",),
        "2026-10-19 18:15",
        request_subject(1095),
        "Guten Abend,\n\nder Telefontermin heute um 11 Uhr am 19.10. hat stattgefunden.\n\nAm"
        " Nachmittag hat mich Ihre Praxis angerufen, dass der Termin am 26.10. ausfällt. Das"
        " ist in Ordnung für mich.\n\nGruß Klaus Zimmermann",
        client="plain",
        reply="cr-1095",
        style="webde",
        note="the 26.10. cancellation is already entered by the practice",
    )
    yes(
        "jh35_schaefer_office_address_move.eml",
        16,
        (1100,),
        ("2026-10-21",),
        "2026-10-21 20:41",
        request_subject(1100),
        "Guten Abend,\n\nheute Abend um 19 Uhr hatte ich die Video-KG, hat stattgefunden"
        " (21.10.).\n\nTagsüber hat mich Ihre Kollegin im Büro angerufen wegen einer"
        " Verschiebung nächste Woche – Donnerstag statt Mittwoch passt mir gut.\n\n"
        "Birgit Schäfer\nSchäfer Steuerberatung",
        client="outlook",
        reply="cr-1100",
        style="outlook",
        staff=True,
        extra=("reschedule",),
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
    )
    yes(
        "jh36_jansen_sportverein.eml",
        17,
        (1105,),
        ("2026-10-29",),
        "2026-10-29 15:50",
        "KGG heute",
        "Moin,\n\nGerätetraining heute 10 Uhr per Video hat stattgefunden (29.10.). Heute"
        " Nachmittag hab ich noch Physio im Sportverein – ist das ok zusätzlich oder zu"
        " viel?\n\nOle",
        client="gmail",
        staff=True,
        extra=("question",),
    )
    no(
        "jh37_koch_nobody_called.eml",
        18,
        ("other",),
        "2026-03-30 16:35",
        "Heute 15 Uhr",
        "Guten Tag,\n\nheute um 15 Uhr hat mich niemand angerufen. Ich habe bis halb vier neben"
        " dem Telefon gesessen. Vormittags war ich noch beim Augenarzt, da war ich"
        " pünktlich zurück.\n\nBitte rufen Sie mich zurück.\n\nRenate Koch",
        client="tonline",
        note="the 30.03. phone session did not take place",
    )
    yes(
        "jh38_nowak_mri_afternoon.eml",
        19,
        (1117,),
        ("2026-11-13",),
        "2026-11-13 17:45",
        request_subject(1117),
        "Hallo,\n\nich bestätige die MT per Video heute, 13.11., 8 Uhr. Am Nachmittag war ich"
        " beim Radiologen, den MRT-Befund bekomme ich nächste Woche.\n\nGrüße\nDavid Nowak",
        client="plain",
        reply="cr-1117",
        style="gmail",
    )
    yes(
        "jh39_hartmann_hausarzt.eml",
        20,
        (1122,),
        ("2026-11-17",),
        "2026-11-17 18:44",
        request_subject(1122),
        "Hallo! Video-KG heute um 17 Uhr hat geklappt 👍 (17.11.)\nVormittags war ich beim"
        " Hausarzt wegen Folgerezept, das bringe ich beim nächsten Mal mit bzw. schicke es.\n\n"
        "Leonie",
        client="samsung",
        reply="cr-1122",
        style="samsung",
    )
    yes(
        "jh40_aydin_learner_work.eml",
        22,
        (1132,),
        ("2026-03-05",),
        "2026-03-05 18:30",
        request_subject(1132),
        "Hallo\n\nHeute 5.3. um 12:30 telefon therapie war, alles gut. Danach ich bin zur"
        " Arbeit gegangen und abends Rücken wieder bisschen weh aber ok.\n\nMehmet Aydın",
        client="plain",
        reply="cr-1132",
        style="outlook",
    )
    no(
        "jh41_oneill_cut_short.eml",
        23,
        ("technical",),
        "2026-04-21 21:15",
        request_subject(1137, "RE"),
        "Hi there,\n\nTonight's 7.30pm phone session only lasted about fifteen minutes before"
        " my phone battery died - sorry about that. I'd been at the orthopaedic surgeon's"
        " earlier today and forgot to charge it. Could we make up the rest some time this"
        " week?\n\nCheers,\nJames",
        client="outlook",
        reply="cr-1137",
        style="outlook_en",
        dates=("2026-04-21",),
        note="the session of 21.04. was cut short: partly held, not to be confirmed",
    )
    yes(
        "jh42_berger_fusspflege.eml",
        24,
        (1143,),
        ("2026-05-13",),
        "2026-05-13 16:20",
        "Bestätigung der Behandlung",
        "Sehr geehrtes Praxisteam,\n\ndie Behandlung heute Vormittag, 13. Mai, am Telefon hat"
        " stattgefunden. Am Nachmittag hatte ich dann noch die Fußpflege, aber das nur nebenbei."
        "\n\nFreundliche Grüße\nUrsula Berger",
        client="plain",
    )


def main() -> None:
    load_practice()
    hoffmann_same_day()
    hoffmann_later()
    other_days()
    write_set(HERE, __file__)


if __name__ == "__main__":
    from tools.corpus import blind_jh

    blind_jh.main()
