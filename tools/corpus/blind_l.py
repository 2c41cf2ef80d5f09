"""Write blind set L: the hard writers (47 confirmations, 25 look-alikes).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_l`.
Written without reading rules/, the canonical table or the earlier blind sets' mails. The
emphasis: elderly patients (dictated text without punctuation, everything on one line, ALL
CAPS, "Sehr geehrte Damen und Herren" letters with full postal signatures), relatives
writing for a patient from the patient's registered (family) address, clearly naming her
or leaving it unclear whose treatment it was, learners of German (Turkish, Romanian),
English-speaking expats with US and UK date habits, forwarded mails ("WG:", "Fwd:") whose
forward text confirms, long hand-quoted threads with the new text at the bottom,
voice-dictation ("am dritten elften", "komma", "punkt"), a lone emoji or one word under our
request, confirmations that ask a question in the same breath, holiday names (Faschings-
dienstag, Ostern, Pfingsten, Himmelfahrt), a year typo in January and a December session of
the year before (no appointment in the snapshot) confirmed in early January.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human, pdf

HERE = data_dir("blind_l")


def load_practice() -> None:
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def yes(file, pid, ids, dates, date, subject, body, client="plain", reply=None, style=None,
        bottom=False, staff=False, extra=(), forms=(), files=(), note="", name=None,
        fwd=None):  # fmt: skip
    human(file, sender=pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          forward=fwd,
          label=Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                      forms=forms, needs_staff=staff, note=note))  # fmt: skip


def no(file, pid, cats, date, subject, body, client="plain", reply=None, style=None,
       bottom=False, dates=(), forms=(), files=(), note="", staff=True, name=None,
       fwd=None):  # fmt: skip
    human(file, sender=pid, name=name, date=date, subject=subject, body=body,
          client=client, reply_to=reply, quote_style=style, bottom_post=bottom, files=files,
          forward=fwd,
          label=Label(cats, patient=pid, dates=dates, forms=forms, needs_staff=staff,
                      note=note))  # fmt: skip


RE = "Re: Bitte bestätigen Sie Ihre Behandlung vom "
AW = "AW: Bitte bestätigen Sie Ihre Behandlung vom "


def elderly() -> None:
    yes("c01_gisela_caps_one_line.eml", 9, (1056,), ("2026-07-07",), "2026-07-08 10:05",
        RE + "07.07.2026",
        "SEHR GEEHRTE DAMEN UND HERREN ICH BESTAETIGE DAS DIE BEHANDLUNG AM 7 JULI"
        " STATTGEFUNDEN HAT DIE JUNGE DAME AM TELEFON WAR SEHR NETT UND GEDULDIG MIT MIR"
        " MIT FREUNDLICHEN GRUESSEN GISELA NEUMANN",
        client="webde", reply="cr-1056", style="webde")  # fmt: skip
    yes("c02_gisela_daughter_writes.eml", 9, (1058, 1059), ("2026-07-14", "2026-07-16"),
        "2026-07-17 19:20", RE + "16.07.2026",
        """Hallo liebes Praxisteam,

hier schreibt Petra Lindner, die Tochter von Frau Neumann. Meine Mutter kommt mit dem
Computer nicht so gut zurecht, deshalb antworte ich für sie von ihrer Adresse.

Ihre Telefonbehandlung am Dienstag, 14.07., hat stattgefunden, und die am Donnerstag
(16.7.) auch. Ich war beide Male dabei.

Viele Grüße
Petra Lindner (für Gisela Neumann)
""", client="webde", reply="cr-1059", style="webde",
        note="the daughter writes from the patient's own registered address, names her"
        " mother as the patient and was present: a careful employee records both")  # fmt: skip
    yes("c03_gisela_dictated_komma_punkt.eml", 9, (1060,), ("2026-07-21",),
        "2026-07-22 08:47", RE + "21.07.2026",
        "hallo praxis impulse komma ich bestätige die behandlung vom einundzwanzigsten"
        " siebten punkt die übungen mache ich jeden tag punkt mit freundlichen grüßen gisela"
        " neumann\n\nDiktiert mit Siri – bitte entschuldigen Sie Fehler",
        client="iphone", reply="cr-1060", style="iphone",
        note="voice dictation: 'einundzwanzigsten siebten' is 21.7.; 'komma'/'punkt' are"
        " spoken punctuation")  # fmt: skip
    yes("c04_wolff_formal_letter.eml", 4, (1028,), ("2026-01-16",), "2026-01-17 11:30",
        RE + "16.01.2026",
        """Sehr geehrte Damen und Herren,

hiermit bestätige ich Ihnen, dass die telefonische Krankengymnastik am Freitag, dem
16. Januar 2026, ordnungsgemäß stattgefunden hat.

Für Rückfragen stehe ich Ihnen gerne zur Verfügung.

Mit freundlichen Grüßen

Hans-Jürgen Wolff
Lindenstraße 12
14467 Potsdam
Tel. 0331 / 29 44 17
geb. 03.05.1941
""", client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("c05_wolff_all_caps.eml", 4, (1029, 1030), ("2026-01-23", "2026-01-30"),
        "2026-01-31 09:02", RE + "30.01.2026",
        "BEHANDLUNG VOM 23.1. UND VOM 30.1. HAT BEIDE MALE STATTGEFUNDEN.\n\nMFG\nH.-J. WOLFF",
        client="tonline", reply="cr-1030", style="tonline")  # fmt: skip
    yes("c06_wolff_wg_forward.eml", 4, (1031,), ("2026-02-06",), "2026-02-07 10:00",
        "WG: Bitte bestätigen Sie Ihre Behandlung vom 06.02.2026",
        """Sehr geehrte Damen und Herren,

die Behandlung am 6.2. war. Ich weiß nicht, wie man auf die Mail antwortet, deshalb leite
ich sie Ihnen weiter.

Hochachtungsvoll
Wolff
""", client="outlook", fwd="cr-1031", style="forward_outlook",
        note="forwarded our request (no In-Reply-To); the confirmation is in the forward text")  # fmt: skip
    yes("c07_renate_one_line_montag.eml", 18, (1109,), ("2026-03-23",), "2026-03-24 16:12",
        RE + "23.03.2026",
        "hallo die behandlung montag war gut ich habe die übungen auch gemacht der rücken ist"
        " schon besser gruss renate koch",
        client="tonline", reply="cr-1109", style="tonline",
        note="'montag' written on Tuesday 24.3. is 23.3.")  # fmt: skip
    yes("c08_renate_mittwoch_vor_ostern.eml", 18, (1111, 1112), ("2026-03-30", "2026-04-01"),
        "2026-04-02 10:40", RE + "01.04.2026",
        """Sehr geehrte Damen und Herren,

die beiden Telefontermine am Montag, den 30. März und am Mittwoch vor Ostern haben
stattgefunden.

Ich wünsche Ihnen frohe Ostertage.

Mit freundlichen Grüßen
Renate Koch
""", client="tonline", reply="cr-1112", style="tonline",
        note="'Mittwoch vor Ostern' 2026 is 1 April (Easter Sunday is 5 April)")  # fmt: skip
    yes("c09_renate_nach_ostern_question.eml", 18, (1113,), ("2026-04-08",),
        "2026-04-09 09:15", RE + "08.04.2026",
        """Sehr geehrte Damen und Herren,

ich bestätige, dass die Behandlung am Mittwoch nach Ostern stattgefunden hat.

Nun habe ich noch eine Frage: muss ich für die nächsten Termine wieder zum Hausarzt und
ein neues Rezept holen, oder reicht das alte noch?

Mit freundlichen Grüßen
Renate Koch
""", client="tonline", reply="cr-1113", style="tonline", extra=("question",), staff=True,
        note="confirms 8.4. (Wednesday after Easter) and asks about the prescription: staff")  # fmt: skip
    yes("c10_klaus_dictated_zweiten_elften.eml", 15, (1097,), ("2026-11-02",),
        "2026-11-03 10:22", RE + "02.11.2026",
        "Guten Tag ich bestätige dass die behandlung am zweiten elften stattgefunden hat"
        " vielen dank und bis bald Klaus Zimmermann\n\n-- \nGesendet mit der Sprachfunktion"
        " meines Telefons",
        client="samsung", reply="cr-1097", style="samsung",
        note="voice dictation 'am zweiten elften' = 2.11.")  # fmt: skip
    yes("c11_klaus_caps_letter.eml", 15, (1093, 1094), ("2026-10-05", "2026-10-12"),
        "2026-10-13 14:05", RE + "12.10.2026",
        """SEHR GEEHRTE DAMEN UND HERREN,

DIE ANRUFE VON IHRER THERAPEUTIN AM 5.10. UND AM 12.10. HABEN STATTGEFUNDEN.
ICH BIN SEHR ZUFRIEDEN.

MIT FREUNDLICHEN GRÜSSEN
KLAUS ZIMMERMANN
TEL 030 8812 4490
""", client="webde", reply="cr-1094", style="webde")  # fmt: skip
    yes("c12_ursula_no_month_dots.eml", 24, (1143, 1144), ("2026-05-13", "2026-05-20"),
        "2026-05-21 08:10", RE + "20.05.2026",
        "die zwei telefonate am 13.5 und 20.5 waren in ordnung ich bin zufrieden mit der"
        " behandlung ursula berger",
        client="plain", reply="cr-1144", style="thunderbird")  # fmt: skip
    yes("c13_ursula_long_thread_bottom.eml", 24, (1145,), ("2026-05-27",), "2026-05-28 09:30",
        "Re: Re: Bitte bestätigen Sie Ihre Behandlung vom 27.05.2026",
        """Am 27.05.26 um 10:30 schrieb Praxis Impulse:
> Guten Tag Frau/Herr Berger,
>
> Ihre Behandlung (Krankengymnastik per Telefon) war für Mittwoch, 27.05.2026 um 09:00 Uhr
> geplant.
> Bitte bestätigen Sie uns mit einer kurzen Antwort auf diese Mail, dass die Behandlung
> stattgefunden hat, und nennen Sie dabei das Datum.
>
>> Am 20.05.26 um 11:02 schrieb Ursula Berger:
>> die zwei telefonate am 13.5 und 20.5 waren in ordnung
>>
>>> Am 13.05.26 um 10:30 schrieb Praxis Impulse:
>>> Bitte bestätigen Sie uns mit einer kurzen Antwort auf diese Mail, dass die
>>> Behandlung vom 13.05.2026 stattgefunden hat.
>>>
>>>> Am 06.05.26 um 18:40 schrieb Ursula Berger:
>>>> Sehr geehrte Damen und Herren, der Anruf am 6. Mai hat geklappt.
>
> Mit freundlichen Grüßen
> Ihr Team der Praxis Impulse

Ja der Termin am 27. war auch. Mit freundlichen Grüßen Ursula Berger
""", client="thunderbird", reply="cr-1145",
        note="hand-quoted long thread, the new text at the very bottom; 'am 27.' without"
        " month is this month; quoted 6.5., 13.5., 20.5. do not count")  # fmt: skip
    yes("c14_hj_wolff_elderly_sister.eml", 4, (1033,), ("2026-02-20",), "2026-02-21 15:00",
        AW + "20.02.2026",
        """Guten Tag,

ich bin die Schwester von Herrn Wolff und helfe ihm mit dem Computer. Mein Bruder
Hans-Jürgen Wolff lässt ausrichten: die Behandlung am Freitag, 20. Februar hat
stattgefunden, die Therapeutin hat pünktlich angerufen.

Freundliche Grüße
Ingrid Wolff-Pahl, i.A. von Hans-Jürgen Wolff
""", client="outlook", reply="cr-1033", style="outlook_classic",
        note="relative writes from the patient's own address, names him, reports his words")  # fmt: skip


def families_and_learners() -> None:
    yes("c15_katrin_for_marie.eml", 5, (1034,), ("2026-04-16",), "2026-04-17 07:55",
        RE + "16.04.2026",
        """Hallo,

Marie hatte am Donnerstag, 16.4., ihre erste Videostunde, hat alles gut geklappt, sie
fand es super!

LG Katrin Schulz (Mama von Marie)
""", client="iphone", reply="cr-1034", style="iphone", name="Katrin Schulz",
        note="the mother writes from the registered family address and names her daughter")  # fmt: skip
    yes("c16_katrin_confirm_and_move.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 18:10",
        RE + "23.04.2026",
        """Hallo Frau Sommer,

Marie hatte heute (23.4.) ihre Stunde, alles gut.

Können wir den Termin am 30.4. auf 16:30 Uhr schieben? Sie hat donnerstags jetzt Chor
bis 16 Uhr.

Danke und Gruß
Katrin Schulz

Von meinem iPhone gesendet
""", client="iphone", reply="cr-1035", style="iphone", name="Katrin Schulz",
        extra=("reschedule",), staff=True)  # fmt: skip
    yes("c17_katrin_himmelfahrt.eml", 5, (1037, 1038), ("2026-05-07", "2026-05-21"),
        "2026-05-22 12:00", RE + "21.05.2026",
        """Hallo zusammen,

am 7.5. und am 21.5. hat Marie teilgenommen, am 14.5. war ja kein Termin wegen
Himmelfahrt.

Viele Grüße
Katrin Schulz
""", client="iphone", reply="cr-1038", style="iphone", name="Katrin Schulz",
        note="14.5. (Ascension Day) is named as a day without a session: not a date")  # fmt: skip
    yes("c18_bernd_for_birgit.eml", 16, (1099, 1100), ("2026-10-14", "2026-10-21"),
        "2026-10-23 20:15", RE + "21.10.2026",
        """Hallo,

ich schreibe für meine Frau Birgit Schäfer, die gerade ohne Laptop unterwegs ist: ihre
Videotermine am 14. und am 21. Oktober haben beide stattgefunden, das hat sie mir
ausdrücklich so gesagt und mich gebeten, es Ihnen zu bestätigen.

Gruß
Bernd Schäfer
""", client="gmail", reply="cr-1100", style="gmail", name="Bernd Schäfer",
        note="the husband writes from Birgit's registered gmx address at her request and"
        " names her: the address counts, the statement is clear")  # fmt: skip
    yes("c19_birgit_office_disclaimer.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:15",
        AW + "07.10.2026",
        """Sehr geehrte Damen und Herren,

hiermit bestätige ich den Erhalt der Leistung am 07.10.2026.

Mit freundlichen Grüßen

Birgit Schäfer
Steuerberaterin

Schäfer Steuerberatung
Bahnhofstraße 4 · 90402 Nürnberg
Tel. 0911 44 55 66-0 · Fax 0911 44 55 66-9
Sitz: Nürnberg · Steuernummer 241/123/45678

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie
nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie
die unbefugte Weitergabe dieser Mail ist nicht gestattet. Stand: 01.01.2026.
""", client="outlook", reply="cr-1098", style="outlook_classic")  # fmt: skip
    yes("c20_fatma_learner.eml", 12, (1075,), ("2026-08-05",), "2026-08-06 09:40",
        RE + "05.08.2026",
        """Hallo,
ich bestetige Termin 5.8 ist gemacht, Therapeutin hat angerufen.
danke schön
Fatma
""", client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("c21_fatma_one_sick.eml", 12, (1076,), ("2026-08-12",), "2026-08-20 17:30",
        RE + "12.08.2026",
        """Hallo Praxis,
12 August Behandlung ist gewesen, alles gut. 19 August ich war krank, nicht gemacht, ich
habe angerufen bei Ihnen.
Gruß Fatma Yıldız
""", client="webde", reply="cr-1076", style="webde",
        note="19.8. did not take place (and 1077 is cancelled already); nothing for a person")  # fmt: skip
    yes("c22_fatma_two_septembers.eml", 12, (1079, 1080), ("2026-09-02", "2026-09-09"),
        "2026-09-10 11:05", RE + "09.09.2026",
        "Hallo, Termin 2 September und 9 September war, Therapeut hat beide mal angerufen."
        " Danke für alles. Fatma",
        client="webde", reply="cr-1080", style="webde")  # fmt: skip
    yes("c23_mehmet_sehr_geehrte.eml", 22, (1130,), ("2026-02-19",), "2026-02-20 07:20",
        AW + "19.02.2026",
        """Sehr geehrte Damen und Herren

ich habe am 19.02 Behandlung gehabt mit Telefon. Ist gemacht.

Mit freundliche Grüße
Mehmet Aydın
""", client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("c24_mehmet_confirm_question.eml", 22, (1131,), ("2026-02-26",), "2026-02-27 18:45",
        AW + "26.02.2026",
        """Hallo,
26.2 Therapie hat stattgefunden.
Frage: brauche ich neue Rezept von Doktor für März oder geht weiter?
Mehmet
""", client="outlook", reply="cr-1131", style="outlook", extra=("question",), staff=True)  # fmt: skip
    yes("c25_mehmet_heute_und_letzte_woche.eml", 22, (1132, 1133), ("2026-03-05", "2026-03-12"),
        "2026-03-12 19:45", AW + "12.03.2026",
        "Heute und Donnerstag letzte Woche Behandlung gemacht, beide ok. Danke Mehmet",
        client="outlook", reply="cr-1133", style="outlook",
        note="written Thursday 12.3.: 'heute' 12.3., 'Donnerstag letzte Woche' 5.3.")  # fmt: skip
    yes("c26_elena_learner_time.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:00",
        RE + "02.06.2026",
        """Guten Tag,

ich möchte bestätigen das ich hatte Video-Behandlung am 2 Juni um 11 Uhr. Alles war
gut, nur Ton war bisschen leise am Anfang, dann gut.

Mit freundlichen Grüßen
Elena Popescu
""", client="yahoo", reply="cr-1046", style="yahoo",
        note="the sound problem was over during the session: nothing for a person")  # fmt: skip


def expats_and_others() -> None:
    yes("c27_james_uk_slash.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 08:05",
        RE + "21.04.2026",
        """Hi there,

Just to confirm my session on 21/04 went ahead as planned.

Cheers,
James
""", client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("c28_james_14th_and_28th.eml", 23, (1136, 1138), ("2026-04-14", "2026-04-28"),
        "2026-04-30 22:10", RE + "28.04.2026",
        """Hello,

Both calls happened - Tuesday the 14th and Tuesday the 28th of April. Sorry for the slow
reply, I've been travelling for work and only just caught up with my inbox.

Best regards,
James O'Neill
+44 7700 900123
""", client="outlook", reply="cr-1138", style="outlook_en",
        note="21.4. is not mentioned here; the UK mobile number is not a date")  # fmt: skip
    yes("c29_james_confirm_invoice_question.eml", 23, (1139,), ("2026-05-05",),
        "2026-05-06 07:40", RE + "05.05.2026",
        """Morning,

Confirming the call on 5/5/26 took place.

Quick question - will the invoice go to my insurer directly or to me? My insurance is with
a UK company and they need an itemised bill.

Thanks,
James
""", client="outlook", reply="cr-1139", style="outlook_en", extra=("question",),
        staff=True)  # fmt: skip
    yes("c30_emily_us_8_10.eml", 11, (1070,), ("2026-08-10",), "2026-08-11 16:20",
        RE + "10.08.2026",
        """Hi,

confirming that my session on 8/10 took place. Thanks so much!

Emily
""", client="gmail", reply="cr-1070", style="gmail_en",
        note="American month/day: 8/10 is 10 August (8 October is in the future)")  # fmt: skip
    yes("c31_emily_monday_8_3.eml", 11, (1069,), ("2026-08-03",), "2026-08-04 09:12",
        RE + "03.08.2026",
        """Yes, Monday's session (8/3) happened - the video worked great this time.

Emily Carter
Sent from my iPhone
""", client="iphone", reply="cr-1069", style="gmail_en",
        note="US writer: 8/3 is Monday 3 August, the day of the request; 8 March has no"
        " appointment")  # fmt: skip
    yes("c32_lukas_31_7.eml", 10, (1067,), ("2026-07-31",), "2026-08-01 10:33",
        RE + "31.07.2026",
        """Hallo,

die Sitzung am Freitag, 31.7., hat stattgefunden.

Schönes Wochenende
Lukas Brandt
""", client="thunderbird", reply="cr-1067", style="thunderbird")  # fmt: skip
    yes("c33_lukas_fwd_video_link.eml", 10, (1063,), ("2026-07-03",), "2026-07-04 12:01",
        "Fwd: Ihr Videotermin am 03.07.2026",
        """Hab den Termin vom 3.7. wahrgenommen, hiermit bestätigt. Ich leite einfach die Mail
mit dem Link weiter, die andere finde ich gerade nicht.

Lukas
""", client="thunderbird", fwd="vl-1063", style="forward_gmail",
        note="forward of our video-link mail; the confirmation is the forward text")  # fmt: skip
    yes("c34_peter_two_on_one_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 19:00",
        AW + "18.05.2026",
        """Guten Abend,

am 18.5. hatte ich beide Termine, morgens KGG und mittags die Manuelle Therapie. Beide
haben stattgefunden.

Beste Grüße
Peter Hoffmann
""", client="outlook", reply="cr-1043", style="outlook")  # fmt: skip
    yes("c35_peter_nach_pfingsten.eml", 6, (1044,), ("2026-05-26",), "2026-05-27 06:50",
        AW + "26.05.2026",
        "Moin, der Termin am Dienstag nach Pfingsten hat stattgefunden. Gruß P. Hoffmann",
        client="outlook", reply="cr-1044", style="outlook",
        note="Whit Monday 2026 is 25 May: the Tuesday after Pentecost is 26.5.")  # fmt: skip
    yes("c36_aylin_thumbs_up.eml", 3, (1024,), (), "2026-04-08 10:31", RE + "08.04.2026",
        "👍🏽", client="iphone", reply="cr-1024", style="iphone",
        note="a lone thumbs-up (skin tone) directly under our request for 8.4.: yes")  # fmt: skip
    yes("c37_aylin_ja.eml", 3, (1025,), (), "2026-04-15 11:02", RE + "15.04.2026",
        "Ja", client="gmail", reply="cr-1025", style="gmail",
        note="one word under our request for 15.4.")  # fmt: skip
    yes("c38_sophie_year_typo.eml", 21, (1124,), ("2026-01-12",), "2026-01-13 08:30",
        RE + "12.01.2026",
        """Guten Morgen,

die Behandlung vom 12.01.2025 hat stattgefunden.

Liebe Grüße
Sophie Wagner
""", client="gmail", reply="cr-1124", style="gmail",
        note="year typo in January: reply to the request for 12.01.2026, day and month"
        " match; a careful employee records 1124")  # fmt: skip
    yes("c39_sabine_thread_bottom.eml", 1, (1004,), ("2026-02-03",), "2026-02-04 20:10",
        "Re: Re: Bitte bestätigen Sie Ihre Behandlung vom 03.02.2026",
        """Am Di., 3. Feb. 2026 um 11:30 Uhr schrieb Praxis Impulse <
termine@praxis-impulse.de>:

> Guten Tag Frau/Herr Krüger,
>
> Ihre Behandlung (Krankengymnastik per Video) war für Dienstag, 03.02.2026 um 10:00 Uhr
> geplant.
> Bitte bestätigen Sie uns mit einer kurzen Antwort auf diese Mail, dass die Behandlung
> stattgefunden hat, und nennen Sie dabei das Datum.
>
> Am Mi., 28. Jan. 2026 um 08:12 Uhr schrieb Sabine Krüger <sabine.krueger@web.de>:
>
>> Hallo, die Behandlung vom 27.1. hat stattgefunden. Kann der Termin am 10.2.
>> eventuell auf 11 Uhr?
>>
>> Am Di., 27. Jan. 2026 um 11:30 Uhr schrieb Praxis Impulse:
>>> Ihre Behandlung (Krankengymnastik per Video) war für Dienstag, 27.01.2026 geplant.
>
> Mit freundlichen Grüßen
> Ihr Team der Praxis Impulse

Entschuldigung, bin erst jetzt dazu gekommen. Hiermit bestätige ich auch die Behandlung
vom 3.2., war wie immer gut.

Sabine
""", client="gmail", reply="cr-1004",
        note="long thread, new text at the bottom; the quoted 27.1. and the quoted question"
        " about 10.2. are not this mail's")  # fmt: skip
    yes("c40_sabine_faschingsdienstag.eml", 1, (1006,), ("2026-02-17",), "2026-02-18 09:00",
        RE + "17.02.2026",
        "Hallo ihr Lieben, die Stunde am Faschingsdienstag hat stattgefunden, trotz Helau"
        " im Hintergrund 🎉\nSabine",
        client="webde", reply="cr-1006", style="webde",
        note="Faschingsdienstag 2026 is 17 February (Ash Wednesday 18.2.)")  # fmt: skip
    yes("c41_thomas_range.eml", 2, (1012, 1013, 1014, 1015),
        ("2026-02-09", "2026-02-12", "2026-02-16", "2026-02-19"), "2026-02-20 08:00",
        RE + "19.02.2026",
        """Hallo,

vom 9. bis 19. Februar haben alle vier Telefontermine stattgefunden.

Gruß
Thomas Becker
""", client="webde", reply="cr-1015", style="webde",
        note="range with the month at the end: Mo 9., Do 12., Mo 16., Do 19.2.")  # fmt: skip
    yes("c42_thomas_partial_no_call.eml", 2, (1016,), ("2026-02-23",), "2026-02-27 07:45",
        RE + "26.02.2026",
        """Moin,

23.2. ja, hat stattgefunden. Am 26.2. hat mich aber keiner angerufen, ich hab extra
um halb sechs am Telefon gewartet. Was war da los?

Thomas Becker
""", client="webde", reply="cr-1017", style="webde", extra=("question",), staff=True,
        note="26.2. did not take place (complaint): record 23.2. only, staff")  # fmt: skip
    yes("c43_ole_forms_and_first.eml", 17, (1104,), ("2026-10-22",), "2026-10-23 13:14",
        "Re: Ihre Unterlagen für die Behandlung",
        """Hallo,

anbei noch die unterschriebene Datenschutzerklärung, sorry für die Verspätung. Die erste
Stunde am 22.10. hat übrigens stattgefunden, hat Spaß gemacht.

Gruß Ole
""", client="gmail", reply="fr-17", style="gmail", extra=("forms",),
        files=[pdf("Datenschutzerklaerung_Ole_Jansen.pdf")], forms=("datenschutz",))  # fmt: skip
    yes("c44_anna_kw.eml", 14, (1087, 1088), ("2026-09-08", "2026-09-15"), "2026-09-16 12:40",
        RE + "15.09.2026",
        """Hallo,

die Termine in KW 37 und KW 38 haben stattgefunden.

Viele Grüße
Anna Lehmann

--
Anna Lehmann, M.Sc.
Institut für Sportwissenschaft · Raum 3.12 · Tel. 0761 203-4512
Sprechstunde Di 14-16 Uhr
""", client="thunderbird", reply="cr-1088", style="thunderbird",
        note="KW 37 = 7.-13.9. (Tue 8.9.), KW 38 = 14.-20.9. (Tue 15.9.)")  # fmt: skip
    yes("c45_leonie_dritten_elften.eml", 20, (1120,), ("2026-11-03",), "2026-11-04 07:58",
        RE + "03.11.2026",
        "Hallo ich bestätige die Behandlung am dritten elften danke Leonie\n\nGesendet von"
        " meinem Samsung Galaxy",
        client="samsung", reply="cr-1120", style="samsung",
        note="voice dictation 'am dritten elften' = 3.11.")  # fmt: skip
    yes("c46_leonie_vor_einer_woche.eml", 20, (1122, 1123), ("2026-11-17", "2026-11-24"),
        "2026-11-25 21:30", RE + "24.11.2026",
        """Hi,
gestern und Dienstag vor einer Woche hatte ich die Videobehandlung, beides hat geklappt.
LG Leonie
""", client="samsung", reply="cr-1123", style="samsung",
        note="written Wednesday 25.11.: gestern 24.11., 'Dienstag vor einer Woche' 17.11.")  # fmt: skip
    yes("c47_david_nachgeholt.eml", 19, (1116, 1117), ("2026-11-06", "2026-11-13"),
        "2026-11-14 10:10", RE + "13.11.2026",
        "Bestätigung hiermit nachgeholt: 6.11. + 13.11.\n\nD. Nowak\n\nSent with Proton Mail"
        " secure email.",
        client="plain", reply="cr-1117", style="gmail")  # fmt: skip


def look_alikes() -> None:
    no("n01_sophie_december_last_year.eml", 21, ("confirmation",), "2026-01-05 09:20",
       "Behandlung Dezember",
       """Guten Tag,

ich wollte noch die letzte Behandlung im alten Jahr bestätigen, am 29.12. hat sie
stattgefunden. Frohes neues Jahr Ihnen allen!

Sophie Wagner
""", client="gmail", dates=("2025-12-29",),
       note="29.12.2025 fits no appointment in the snapshot (Sophie's first is 12.01.2026):"
       " nothing to record, staff must look")  # fmt: skip
    no("n02_gisela_daughter_unsure.eml", 9, ("question",), "2026-07-29 18:30",
       RE + "28.07.2026",
       """Guten Tag,

hier ist nochmal Petra, die Tochter von Frau Neumann. Mama meint, die Therapeutin hat
diese Woche angerufen, sie weiß aber nicht mehr, an welchem Tag, und ob das die
Behandlung war oder nur wegen des Termins. Können Sie das bitte selbst nachsehen? Ich
möchte nichts Falsches bestätigen.

Gruß Petra Lindner
""", client="webde", reply="cr-1062", style="webde",
       note="the relative explicitly does not confirm: staff")  # fmt: skip
    no("n03_katrin_meine_stunde.eml", 5, ("confirmation",), "2026-04-30 19:05",
       RE + "30.04.2026", "Hatte heute meine Stunde bei euch, lief gut 👍 K.",
       client="iphone", reply="cr-1036", style="iphone", name="Katrin Schulz",
       dates=("2026-04-30",),
       note="from the family address, signed K. (the mother) and 'meine Stunde': whose"
       " session? Marie is the patient; unclear, nothing recorded, staff")  # fmt: skip
    no("n04_bernd_asks_about_wife.eml", 16, ("question",), "2026-11-12 07:30",
       RE + "11.11.2026",
       """Hallo,

war das gestern Abend mit dem Video bei meiner Frau? Sie war um 19 Uhr noch nicht zu
Hause, ich weiß nicht, ob sie es noch geschafft hat. Sie meldet sich selbst nochmal.

Gruß Bernd Schäfer
""", client="gmail", reply="cr-1103", style="gmail", name="Bernd Schäfer",
       note="husband from the patient's address, does not know whether it took place")  # fmt: skip
    no("n05_fatma_arzt_termin.eml", 12, ("reschedule", "question"), "2026-08-24 12:10",
       "Termin Mittwoch",
       """Hallo,
Mittwoch Termin 26.8 ist noch? Ich habe Arzt Termin um 10 Uhr, kann ich später? 12 Uhr
geht.
Fatma
""", client="webde")  # fmt: skip
    no("n06_mehmet_cancel.eml", 22, ("cancellation",), "2026-03-18 13:10",
       "AW: Erinnerung: Ihr Termin am 19.03.2026",
       """Hallo,
19.3 ich kann nicht, meine Frau ist im Krankenhaus. Bitte absagen.
Mehmet Aydın
""", client="outlook", reply="rem-1134", style="outlook")  # fmt: skip
    no("n07_peter_too_early.eml", 6, ("reschedule",), "2026-05-28 17:00",
       "Termin 1.6.",
       """Hallo,

der Termin am 1.6. um 7:30 ist mir diesmal zu früh, ich habe einen frühen Flug am Vortag
zurück. Geht auch 8:30 oder 9:00?

Gruß Peter Hoffmann
""", client="outlook")  # fmt: skip
    no("n08_emily_will_be_there.eml", 11, ("other",), "2026-09-04 18:00",
       "Re: Ihr Videotermin am 07.09.2026",
       """Got it, thanks! Just confirming I'll be there on 9/7 at noon.

Emily
""", client="gmail", reply="vl-1074", style="gmail_en", staff=False,
       note="a future appointment acknowledged (7 September): nothing to record or do")  # fmt: skip
    no("n09_aylin_pray_emoji_link.eml", 3, ("other",), "2026-04-19 09:00",
       "Re: Ihr Videotermin am 22.04.2026", "🙏", client="iphone", reply="vl-1026",
       style="iphone", staff=False, note="thanks for the video link")  # fmt: skip
    no("n10_lukas_danke.eml", 10, ("other",), "2026-07-25 09:00", RE + "24.07.2026",
       "Danke!", client="thunderbird", reply="cr-1066", style="thunderbird",
       note="'Danke!' under our request is no statement that the session took place;"
       " a person decides whether to ask again")  # fmt: skip
    no("n11_jonas_therapist_no_show.eml", 8, ("technical",), "2026-06-17 20:00",
       RE + "17.06.2026",
       """Ähm, heute hat doch gar keine Behandlung stattgefunden? Ich war ab 17:55 im
Warteraum bei redmedical, aber es ist niemand gekommen. Hab 20 Minuten gewartet.

Jonas

Von meinem iPhone gesendet
""", client="iphone", reply="cr-1053", style="iphone")  # fmt: skip
    no("n12_vogel_did_you_get_it.eml", 13, ("question",), "2026-09-05 07:15",
       "Bestätigung",
       """Guten Morgen,

haben Sie meine Mail vom 3.9. erhalten? Ich habe keine Eingangsbestätigung bekommen.

Dr. Michael Vogel
Vogel & Partner Rechtsanwälte mbB
Königsallee 20 · 40212 Düsseldorf
T +49 211 123 456-0
""", client="outlook", note="3.9. is the date of a mail, not a treatment named here")  # fmt: skip
    no("n13_ursula_next_appointment.eml", 24, ("question",), "2026-05-15 10:00",
       "Frage",
       "sehr geehrte damen und herren wann ist der nächste termin ich habe den zettel"
       " verlegt mit freundlichen grüßen ursula berger", client="plain")  # fmt: skip
    no("n14_wolff_caps_cancel.eml", 4, ("cancellation",), "2026-02-10 16:45",
       "AW: Erinnerung",
       "SEHR GEEHRTE DAMEN UND HERREN\n\nICH KANN AM FREITAG DEN 13.2. NICHT, ICH HABE"
       " EINEN ARZTTERMIN IM KRANKENHAUS.\n\nMFG WOLFF", client="tonline")  # fmt: skip
    no("n15_renate_nobody_called.eml", 18, ("other",), "2026-04-14 11:20",
       RE + "13.04.2026",
       """Sehr geehrte Damen und Herren,

ich habe Ihre Mail bekommen, aber ich weiß nicht, was ich bestätigen soll. Der Herr hat
am Montag nicht angerufen. Ich habe bis halb vier gewartet.

Mit freundlichen Grüßen
Renate Koch
""", client="tonline", reply="cr-1114", style="tonline",
       note="13.4. did not take place: no treatment day, staff")  # fmt: skip
    no("n16_klaus_cancelled_costs.eml", 15, ("question",), "2026-10-27 09:45",
       "Termin 26.10.",
       "Guten Tag der Termin am 26.10. ist ja ausgefallen muss ich dafür etwas bezahlen"
       " Klaus Zimmermann", client="webde")  # fmt: skip
    no("n17_thomas_fwd_reminder_move.eml", 2, ("reschedule",), "2026-03-01 18:05",
       "WG: Erinnerung: Ihr Termin am 02.03.2026",
       """Hallo, können wir den Termin (siehe unten) auf Dienstag verschieben? Montag bin ich
auf Dienstreise.

Thomas Becker
""", client="webde", fwd="rem-1018", style="forward_outlook",
       note="forward of our reminder asking to move tomorrow's appointment")  # fmt: skip
    no("n18_sabine_code_received.eml", 1, ("other",), "2026-03-08 11:00",
       "Re: Ihr Videotermin am 10.03.2026",
       "Danke, den Zugangscode für den 10.3. habe ich erhalten. Bis Dienstag!\nSabine",
       client="webde", reply="vl-1009", style="webde", staff=False,
       note="receipt of the link for a future session: nothing to do")  # fmt: skip
    no("n19_david_future_friday.eml", 19, ("other",), "2026-11-25 08:05",
       "Re: Ihr Videotermin am 27.11.2026",
       """I confirm my appointment on Friday 27th at 8am. See you then.

D. Nowak
""", client="plain", reply="vl-1119", style="gmail_en", staff=False,
       note="a future appointment acknowledged: nothing to record or do")  # fmt: skip
    no("n20_elena_no_chrome.eml", 7, ("technical", "question"), "2026-06-14 10:30",
       "Re: Ihr Videotermin am 16.06.2026",
       """Guten Tag,

ich bestätige das ich habe bekommen Link für 16 Juni. Aber wie funktioniert? Ich habe
kein Chrome, nur Handy mit Safari. Geht das auch?

Danke
Elena
""", client="yahoo", reply="vl-1048", style="yahoo")  # fmt: skip
    no("n21_anna_cancels.eml", 14, ("cancellation",), "2026-10-10 14:00",
       "Termin 13.10.",
       """Hallo,

die Behandlung am 13.10. muss leider ausfallen, ich habe an dem Tag eine Prüfung.

Viele Grüße
Anna Lehmann
""", client="thunderbird")  # fmt: skip
    no("n22_ole_forms_only.eml", 17, ("forms",), "2026-10-18 16:40",
       "Re: Ihre Unterlagen für die Behandlung",
       """Hi,

anbei der ausgefüllte Anamnesebogen für den Termin am 22.10.

Ole
""", client="gmail", reply="fr-17", style="gmail", forms=("anamnese",),
       files=[pdf("Anamnesebogen_Ole_Jansen.pdf", pages=2)], staff=False)  # fmt: skip
    no("n23_sophie_thumbs_under_reminder.eml", 21, ("other",), "2026-02-15 10:00",
       "Re: Erinnerung: Ihr Termin am 16.02.2026", "👍", client="iphone",
       reply="rem-1129", style="iphone", staff=False,
       note="a thumbs-up under the reminder for tomorrow: acknowledged, no confirmation")  # fmt: skip
    no("n24_gisela_caps_complaint.eml", 9, ("other",), "2026-07-10 08:00",
       RE + "09.07.2026",
       "ICH HABE DIE BEHANDLUNG AM 9.7. NICHT BEKOMMEN NIEMAND HAT ANGERUFEN ICH HABE DEN"
       " GANZEN VORMITTAG GEWARTET GISELA NEUMANN", client="webde", reply="cr-1057",
       style="webde", note="9.7. did not take place: complaint, no treatment day")  # fmt: skip
    no("n25_peter_orthopaede.eml", 6, ("other",), "2026-05-13 18:20",
       "Info",
       """Hallo,

nur zur Info für meinen Therapeuten: ich war am 12.5. beim Orthopäden, der meint, wir
sollen so weitermachen wie bisher. Der Befund kommt per Post.

Gruß Peter Hoffmann
""", client="outlook",
       note="a visit to another provider: not a treatment of the practice; passed to staff")  # fmt: skip


def main() -> None:
    load_practice()
    elderly()
    families_and_learners()
    expats_and_others()
    look_alikes()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = HERE  # write_labels writes next to the generator that calls it
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
