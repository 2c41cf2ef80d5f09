"""Write blind set G: about 50 confirmations as real patients write them (issue 17).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_g`.
Written without reading rules/ or the corpus mails, against the corpus practice
(tests/data/corpus/practice.toml). Replies to our "Bitte bestätigen Sie Ihre Behandlung
vom ..." and spontaneous mails: the practice's own sentence "Ich bestätige den Erhalt der
Leistung am ..." and its variants; every date form a patient uses (calendar weeks in both
word orders and across New Year, holiday names, ordinal words and suffixes, day and month
without dots, a day without month, Roman months, "Dienstag vor einer Woche", lists and
ranges with the month once, weekday ranges, US month/day from an English writer, last
year's number in January); ALL CAPS; confirmations without a verb or only an emoji; one
day confirmed and another denied. Labels are what a careful employee would record.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_g")


def load_practice() -> None:
    """Rebuild the corpus practice from practice.toml so our outbox Message-IDs match."""
    data = mc.load_snapshot(lambda p: f"Frau/Herr {p['name'].split()[-1]}")
    ours = {o["message_id"] for o in data["outbox"]}
    assert {row.message_id for row in mc.OUTBOX.values()} <= ours, "outbox ids drifted"


def ok(pid: int, ids: tuple[int, ...], dates: tuple[str, ...], note: str = "",
       extra: tuple[str, ...] = (), staff: bool = False) -> Label:  # fmt: skip
    return Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                 needs_staff=staff, note=note)  # fmt: skip


def staff_only(pid: int, dates: tuple[str, ...], note: str) -> Label:
    """A confirmation a careful employee cannot record alone: staff, nothing recorded."""
    return Label(("confirmation",), patient=pid, dates=dates, needs_staff=True, note=note)


def re(key: str, prefix: str = "AW") -> str:
    return f"{prefix}: {mc.OUTBOX[key].subject}"


def practice_sentence() -> None:
    human(
        "g01_erhalt_leistung_reply.eml",
        sender=3,
        date="2026-04-08 12:00",
        subject=re("cr-1024"),
        client="gmail",
        reply_to="cr-1024",
        quote_style="gmail",
        body="""
Ich bestätige den Erhalt der Leistung am 8.4.

Aylin Demir
""",
        label=ok(3, (1024,), ("2026-04-08",), "the practice's own sentence, as a reply"),
    )
    human(
        "g02_hiermit_erhalt_behandlung_vom.eml",
        sender=24,
        date="2026-05-13 14:00",
        subject="Bestätigung",
        client="plain",
        body="""
Sehr geehrte Damen und Herren,

hiermit bestätige ich den Erhalt der Behandlung vom 13.05.2026.

Mit freundlichen Grüßen
Ursula Berger
""",
        label=ok(24, (1143,), ("2026-05-13",), "'Erhalt der Behandlung vom'"),
    )
    human(
        "g03_erhalt_word_order.eml",
        sender=18,
        date="2026-04-13 18:00",
        subject="Leistung 13. April",
        client="tonline",
        body="""
Guten Abend,

den Erhalt der Leistung am 13. April bestätige ich hiermit.

Renate Koch
""",
        label=ok(18, (1114,), ("2026-04-13",), "object first, verb last"),
    )
    human(
        "g04_erhalt_leistungen_two_days.eml",
        sender=1,
        date="2026-02-11 08:15",
        subject="Bestätigung Leistungen Februar",
        client="webde",
        body="""
Guten Morgen,

ich bestätige den Erhalt der Leistungen am 3.2. und 10.2.2026.

Viele Grüße
Sabine Krüger
""",
        label=ok(1, (1004, 1005), ("2026-02-03", "2026-02-10"), "plural, two days"),
    )
    human(
        "g05_leistung_erhalten_perfekt.eml",
        sender=14,
        date="2026-09-22 18:00",
        subject="Leistung",
        client="plain",
        body="""
Hallo,

die Leistung vom 22.09. habe ich erhalten.

Anna Lehmann
""",
        label=ok(14, (1089,), ("2026-09-22",), "'habe ich erhalten'"),
    )
    human(
        "g06_erhalt_bestaetigt_verbless.eml",
        sender=6,
        date="2026-05-11 09:30",
        subject=re("cr-1041"),
        client="outlook",
        reply_to="cr-1041",
        quote_style="outlook",
        body="""
Erhalt der Leistung am 11.05. bestätigt.

P. Hoffmann
""",
        label=ok(6, (1041,), ("2026-05-11",), "participle only"),
    )
    human(
        "g07_english_receipt_of_service.eml",
        sender=23,
        date="2026-04-15 08:00",
        subject="Confirmation",
        client="outlook",
        body="""
Hello,

I confirm receipt of the service on 14 April.

Best regards,
James O'Neill
""",
        label=ok(23, (1136,), ("2026-04-14",), "the sentence in English"),
    )
    human(
        "g08_erhalt_year_typo_reply.eml",
        sender=22,
        date="2026-03-05 15:00",
        subject=re("cr-1132"),
        client="plain",
        reply_to="cr-1132",
        quote_style="thunderbird",
        body="""
Ich bestätige den Erhalt der Leistung am 05.03.2025.

Mehmet Aydın
""",
        label=ok(22, (1132,), ("2026-03-05",), "year typo; the thread and 05.03. name 1132"),
    )


def calendar_weeks() -> None:
    human(
        "g09_kw3_across_new_year.eml",
        sender=21,
        date="2026-01-20 10:30",
        subject="Videotermin KW 3",
        client="gmail",
        body="""
Hallo,

der Videotermin in KW 3 hat stattgefunden, sorry für die späte Rückmeldung.

Sophie Wagner
""",
        label=ok(
            21,
            (1124,),
            ("2026-01-12",),
            "ISO week 3 of 2026 is 12.-18.1. (week 1 starts 29.12.2025); counting"
            " from 1 January would give 19.1. = 1125",
        ),
    )
    human(
        "g10_7_kalenderwoche_two.eml",
        sender=2,
        date="2026-02-13 09:00",
        subject="Telefontermine",
        client="outlook",
        body="""
Sehr geehrte Damen und Herren,

die beiden Telefontermine in der 7. Kalenderwoche haben stattgefunden.

Mit freundlichen Grüßen
Thomas Becker
""",
        label=ok(2, (1012, 1013), ("2026-02-09", "2026-02-12"), "KW 7 = 9.-15.2."),
    )
    human(
        "g11_kw30_di_do.eml",
        sender=9,
        date="2026-07-24 10:00",
        subject="Behandlungen KW 30",
        client="tonline",
        body="""
Guten Tag,

KW 30: beide Behandlungen (Di und Do) haben stattgefunden.

Gisela Neumann
""",
        label=ok(9, (1060, 1061), ("2026-07-21", "2026-07-23"), "KW 30 = 20.-26.7."),
    )
    human(
        "g12_kalenderwoche_3_word_order.eml",
        sender=4,
        date="2026-01-17 09:00",
        subject="Behandlung",
        client="tonline",
        body="""
Guten Tag,

die Behandlung in der Kalenderwoche 3 hat stattgefunden.

H.-J. Wolff
""",
        label=ok(4, (1028,), ("2026-01-16",), "'Kalenderwoche 3' = 12.-18.1."),
    )
    human(
        "g13_12_kalenderwoche.eml",
        sender=22,
        date="2026-03-23 11:00",
        subject="Termin",
        client="plain",
        body="""
Hallo,

Behandlung in der 12. Kalenderwoche hat stattgefunden.

Mehmet Aydın
""",
        label=ok(22, (1134,), ("2026-03-19",), "KW 12 = 16.-22.3."),
    )
    human(
        "g14_mittwoch_kw43_second_address.eml",
        sender="b.schaefer@schaefer-steuerberatung.de",
        name="Birgit Schäfer",
        date="2026-10-23 08:00",
        subject="Video",
        client="outlook",
        body="""
Guten Morgen,

das Video am Mittwoch der KW 43 hat stattgefunden.

Beste Grüße
Birgit Schäfer
""",
        label=ok(16, (1100,), ("2026-10-21",), "weekday of a calendar week"),
    )


def holidays() -> None:
    human(
        "g15_rosenmontag.eml",
        sender=21,
        date="2026-02-16 12:00",
        subject="Heute",
        client="gmail",
        body="""
Hallo,

am Rosenmontag hat die Videobehandlung trotz Karneval stattgefunden 😄

Sophie
""",
        label=ok(21, (1129,), ("2026-02-16",), "Rosenmontag 2026 = 16.2."),
    )
    human(
        "g16_weiberfastnacht.eml",
        sender=2,
        date="2026-02-13 09:30",
        subject="Telefonat gestern",
        client="outlook",
        body="""
Guten Morgen,

die Behandlung an Weiberfastnacht hat stattgefunden.

Thomas Becker
""",
        label=ok(2, (1013,), ("2026-02-12",), "Weiberfastnacht 2026 = 12.2."),
    )
    human(
        "g17_dienstag_nach_pfingsten.eml",
        sender=6,
        date="2026-05-27 08:00",
        subject="Behandlung nach Pfingsten",
        client="outlook",
        body="""
Guten Morgen,

die Behandlung am Dienstag nach Pfingsten hat stattgefunden.

Peter Hoffmann
""",
        label=ok(6, (1044,), ("2026-05-26",), "Pfingstmontag 25.5., so Tuesday 26.5."),
    )
    human(
        "g18_mittwoch_vor_ostern.eml",
        sender=18,
        date="2026-04-02 10:00",
        subject="Behandlung",
        client="tonline",
        body="""
Guten Tag,

die Behandlung am Mittwoch vor Ostern hat stattgefunden. Frohe Ostern!

Renate Koch
""",
        label=ok(18, (1112,), ("2026-04-01",), "Easter 5.4.2026"),
    )
    human(
        "g19_martinstag.eml",
        sender=16,
        date="2026-11-12 08:30",
        subject="Gestern",
        client="plain",
        body="""
Hallo,

die Videobehandlung am Martinstag hat stattgefunden, danke!

Birgit Schäfer
""",
        label=ok(16, (1103,), ("2026-11-11",), "Martinstag = 11.11."),
    )
    human(
        "g20_ostermontag_no_appointment.eml",
        sender=18,
        date="2026-04-07 09:00",
        subject="Behandlung Ostermontag",
        client="tonline",
        body="""
Guten Tag,

die Behandlung am Ostermontag hat stattgefunden.

Renate Koch
""",
        label=staff_only(
            18, ("2026-04-06",), "Ostermontag 6.4. (a holiday); she has no appointment that day"
        ),
    )
    human(
        "g21_heiligabend_future_absence.eml",
        sender=20,
        date="2026-12-02 19:00",
        subject="Stunde 24.11.",
        client="webde",
        body="""
Hallo,

sorry, ich hab die Mail übersehen: die Stunde am 24.11. hat stattgefunden.
Ab Heiligabend bin ich bis Dreikönig verreist, bitte in der Zeit keine Termine.

Leonie
""",
        label=ok(
            20,
            (1123,),
            ("2026-11-24",),
            "Heiligabend / Dreikönig are a future absence for staff, no treatment days",
            staff=True,
        ),
    )


def ordinals() -> None:
    human(
        "g22_am_dritten.eml",
        sender=1,
        date="2026-03-04 09:00",
        subject="Videostunde",
        client="webde",
        body="""
Hallo,

die Videostunde am dritten hat stattgefunden.

Sabine Krüger
""",
        label=ok(1, (1008,), ("2026-03-03",), "ordinal word without month"),
    )
    human(
        "g23_zwoelften_maerz.eml",
        sender=22,
        date="2026-03-13 10:00",
        subject="Behandlung",
        client="plain",
        body="""
Hallo,

Behandlung am zwölften März hat stattgefunden.

Mehmet
""",
        label=ok(22, (1133,), ("2026-03-12",), "lower-case ordinal word with month"),
    )
    human(
        "g24_vierundzwanzigsten_formal.eml",
        sender=13,
        date="2026-09-25 09:00",
        subject="Bestätigung",
        client="outlook",
        body="""
Sehr geehrte Damen und Herren,

ich bestätige, dass die Behandlung am vierundzwanzigsten September stattgefunden hat.

Mit freundlichen Grüßen
Dr. Michael Vogel
""",
        label=ok(13, (1084,), ("2026-09-24",), "compound ordinal word"),
    )
    human(
        "g25_english_the_3rd.eml",
        sender=11,
        date="2026-08-04 09:00",
        subject="Yesterday",
        client="gmail",
        body="""
Hi,

my session on the 3rd went fine, it took place as planned.

Emily
""",
        label=ok(11, (1069,), ("2026-08-03",), "'the 3rd' without month"),
    )
    human(
        "g26_3ter_juni.eml",
        sender=24,
        date="2026-06-04 10:00",
        subject="Behandlung",
        client="plain",
        body="""
Guten Tag,

am 3ter Juni war die Behandlung, hat stattgefunden.

U. Berger
""",
        label=ok(24, (1146,), ("2026-06-03",), "'3ter'"),
    )
    human(
        "g27_3ten_no_month.eml",
        sender=20,
        date="2026-11-04 08:00",
        subject="stunde",
        client="webde",
        body="""
hi, am 3ten hat die stunde stattgefunden

lg leonie
""",
        label=ok(20, (1120,), ("2026-11-03",), "'3ten' without month"),
    )


def bare_numbers() -> None:
    human(
        "g28_8_4_no_dots.eml",
        sender=18,
        date="2026-04-09 09:00",
        subject="Behandlung",
        client="tonline",
        body="""
Guten Tag

am 8 4 war die Behandlung hat stattgefunden

R Koch
""",
        label=ok(18, (1113,), ("2026-04-08",), "day and month without dots"),
    )
    human(
        "g29_termin_2_9.eml",
        sender=12,
        date="2026-09-03 08:00",
        subject="Termin",
        client="webde",
        body="""
Hallo Termin 2 9 hat stattgefunden danke

Fatma
""",
        label=ok(12, (1079,), ("2026-09-02",), "'2 9'"),
    )
    human(
        "g30_am_21_this_month.eml",
        sender=9,
        date="2026-07-22 10:00",
        subject="Behandlung",
        client="tonline",
        body="""
Guten Tag,

die Behandlung am 21. hat stattgefunden.

Gisela Neumann
""",
        label=ok(9, (1060,), ("2026-07-21",), "day without month: this month"),
    )
    human(
        "g31_am_31_last_month.eml",
        sender=10,
        date="2026-08-03 09:00",
        subject="Video",
        client="plain",
        body="""
Moin,

die Videostunde am 31. hat stattgefunden.

Lukas
""",
        label=ok(10, (1067,), ("2026-07-31",), "day without month: only last month fits"),
    )
    human(
        "g32_roman_13_v.eml",
        sender=24,
        date="2026-05-14 10:00",
        subject="Behandlung",
        client="plain",
        body="""
Sehr geehrte Damen und Herren,

die Behandlung am 13.V. hat stattgefunden.

Ursula Berger
""",
        label=ok(24, (1143,), ("2026-05-13",), "Roman month"),
    )
    human(
        "g33_roman_8_iv_2026.eml",
        sender=3,
        date="2026-04-09 09:00",
        subject="Bestätigung",
        client="gmail",
        body="""
Bestätige Termin 8.IV.2026, hat stattgefunden.

Aylin
""",
        label=ok(3, (1024,), ("2026-04-08",), "Roman month with year"),
    )


def relative_lists_ranges() -> None:
    human(
        "g34_dienstag_vor_einer_woche.eml",
        sender=9,
        date="2026-07-21 19:00",
        subject="Behandlung",
        client="tonline",
        body="""
Guten Abend,

die Behandlung Dienstag vor einer Woche hat stattgefunden, ich hatte vergessen zu
antworten.

Gisela Neumann
""",
        label=ok(9, (1058,), ("2026-07-14",), "written on Tuesday 21.7.: 14.7."),
    )
    human(
        "g35_heute_vor_einer_woche.eml",
        sender=3,
        date="2026-03-25 19:00",
        subject="Nachtrag",
        client="gmail",
        body="""
Hi,

die Behandlung heute vor einer Woche hat stattgefunden, hatte ich vergessen.

Aylin
""",
        label=ok(3, (1021,), ("2026-03-18",), "written 25.3.: 18.3."),
    )
    human(
        "g36_list_month_once.eml",
        sender=22,
        date="2026-03-20 09:00",
        subject="Behandlungen März",
        client="plain",
        body="""
Hallo,

die Behandlungen am 5., 12. und 19. März haben stattgefunden.

Mehmet Aydın
""",
        label=ok(
            22,
            (1132, 1133, 1134),
            ("2026-03-05", "2026-03-12", "2026-03-19"),
            "list with the month at the end",
        ),
    )
    human(
        "g37_range_month_once.eml",
        sender=1,
        date="2026-02-25 09:00",
        subject="Februar",
        client="webde",
        body="""
Guten Morgen,

vom 3. bis 24. Februar haben alle Behandlungen stattgefunden.

Sabine Krüger
""",
        label=ok(
            1,
            (1004, 1005, 1006, 1007),
            ("2026-02-03", "2026-02-10", "2026-02-17", "2026-02-24"),
            "range, month once; the four Tuesdays inside",
        ),
    )
    human(
        "g38_range_16_bis_26.eml",
        sender=2,
        date="2026-02-27 10:00",
        subject="Telefonate",
        client="outlook",
        body="""
Sehr geehrte Damen und Herren,

ich bestätige die Telefonbehandlungen vom 16. bis 26. Februar.

Mit freundlichen Grüßen
Thomas Becker
""",
        label=ok(
            2,
            (1014, 1015, 1016, 1017),
            ("2026-02-16", "2026-02-19", "2026-02-23", "2026-02-26"),
            "range: the four appointments inside",
        ),
    )
    human(
        "g39_montag_bis_mittwoch.eml",
        sender=18,
        date="2026-03-26 10:00",
        subject="Termine diese Woche",
        client="tonline",
        body="""
Guten Tag,

die Termine diese Woche von Montag bis Mittwoch haben beide stattgefunden.

Renate Koch
""",
        label=ok(
            18,
            (1109, 1110),
            ("2026-03-23", "2026-03-25"),
            "weekday range: Monday 23.3. and Wednesday 25.3. inside",
        ),
    )
    human(
        "g40_us_8_10_english.eml",
        sender=11,
        date="2026-08-11 09:00",
        subject="Session",
        client="gmail",
        body="""
Hi,

just confirming my session on 8/10 took place.

Thanks,
Emily
""",
        label=ok(
            11,
            (1070,),
            ("2026-08-10",),
            "US month/day: 8 October is in the future, 10 August is her appointment",
        ),
    )
    human(
        "g41_last_years_number_january.eml",
        sender=21,
        date="2026-01-13 08:00",
        subject="Videobehandlung",
        client="gmail",
        body="""
Guten Morgen,

die Videobehandlung am 12.01.2025 hat stattgefunden.

Sophie Wagner
""",
        label=ok(21, (1124,), ("2026-01-12",), "last year's number written on 13 January"),
    )
    human(
        "g42_reply_16_1_25.eml",
        sender=4,
        date="2026-01-17 09:00",
        subject=re("cr-1028"),
        client="tonline",
        reply_to="cr-1028",
        quote_style="tonline",
        body="""
Bestätige Behandlung vom 16.1.25

Wolff
""",
        label=ok(4, (1028,), ("2026-01-16",), "'16.1.25' in reply to the request for 16.1.2026"),
    )


def style() -> None:
    human(
        "g43_all_caps.eml",
        sender=9,
        date="2026-07-09 12:00",
        subject="BEHANDLUNG",
        client="tonline",
        body="""
DIE BEHANDLUNG AM DONNERSTAG 9. JULI HAT STATTGEFUNDEN.
MFG GISELA NEUMANN
""",
        label=ok(9, (1057,), ("2026-07-09",), "capitals"),
    )
    human(
        "g44_all_caps_reply.eml",
        sender=15,
        date="2026-10-19 14:00",
        subject="AW: " + mc.OUTBOX["cr-1095"].subject.upper(),
        client="plain",
        reply_to="cr-1095",
        quote_style="outlook",
        body="""
JA HAT STATTGEFUNDEN

K. ZIMMERMANN
""",
        label=ok(15, (1095,), (), "capitals, reply to the request"),
    )
    human(
        "g45_war_da.eml",
        sender=10,
        date="2026-07-10 19:00",
        subject=re("cr-1064"),
        client="plain",
        reply_to="cr-1064",
        quote_style="thunderbird",
        body="""
War da. 👍

Lukas
""",
        label=ok(10, (1064,), (), "'war da' under our request"),
    )
    human(
        "g46_hiermit_nachgeholt.eml",
        sender=1,
        date="2026-02-18 08:00",
        subject="Bestätigung 17.2.",
        client="webde",
        body="""
Bestätigung für den 17.2. hiermit nachgeholt.

S. Krüger
""",
        label=ok(1, (1006,), ("2026-02-17",), "no verb of taking place"),
    )
    human(
        "g47_thumb_skin_tone.eml",
        sender=7,
        date="2026-06-16 13:00",
        subject=re("cr-1048"),
        client="iphone",
        reply_to="cr-1048",
        quote_style="iphone",
        body="""
👍🏼
""",
        label=ok(7, (1048,), (), "a lone thumb with skin tone under our request"),
    )
    human(
        "g48_checkmark_with_date.eml",
        sender=17,
        date="2026-10-29 12:00",
        subject=re("cr-1105", "Re"),
        client="gmail",
        reply_to="cr-1105",
        quote_style="gmail",
        body="""
Termin 29.10. ✅

Ole
""",
        label=ok(17, (1105,), ("2026-10-29",), "date and a check mark under our request"),
    )
    human(
        "g49_hiermit_bestaetigt_colon.eml",
        sender=19,
        date="2026-11-13 10:00",
        subject=re("cr-1117", "Re"),
        client="gmail",
        reply_to="cr-1117",
        quote_style="gmail",
        body="""
Hiermit bestätigt: 13.11., Manuelle Therapie per Video.

D. Nowak
""",
        label=ok(19, (1117,), ("2026-11-13",)),
    )
    human(
        "g50_mother_dabei.eml",
        sender=5,
        name="Katrin Schulz",
        date="2026-04-30 18:00",
        subject=re("cr-1036"),
        client="iphone",
        reply_to="cr-1036",
        quote_style="iphone",
        body="""
Marie war am 30.4. dabei, alles gut.

LG Katrin Schulz

Von meinem iPhone gesendet
""",
        label=ok(5, (1036,), ("2026-04-30",), "mother from the registered address"),
    )


def partial() -> None:
    human(
        "g51_one_yes_one_no.eml",
        sender=2,
        date="2026-02-13 10:00",
        subject="Behandlungen",
        client="outlook",
        body="""
Guten Tag,

die Behandlung am 9.2. hat stattgefunden, die am 12.2. leider nicht – ich war im
Krankenhaus.

Thomas Becker
""",
        label=ok(2, (1012,), ("2026-02-09",), "record 9.2., 12.2. denied: staff", staff=True),
    )
    human(
        "g52_english_one_yes_one_no.eml",
        sender=11,
        date="2026-09-01 09:00",
        subject="Sessions",
        client="gmail",
        body="""
Hi,

the Aug 24 session happened, but Aug 31 didn't - the link didn't work for me.

Emily
""",
        label=ok(11, (1072,), ("2026-08-24",), "record 24.8., 31.8. failed: staff", staff=True),
    )
    human(
        "g53_ja_nein_terse.eml",
        sender=14,
        date="2026-09-30 09:00",
        subject="Termine",
        client="plain",
        body="""
Hallo,

22.9. ja, 29.9. nein (hatte abgesagt).

Anna
""",
        label=ok(14, (1089,), ("2026-09-22",), "terse yes/no per day", staff=True),
    )
    human(
        "g54_two_on_one_day.eml",
        sender=6,
        date="2026-05-19 08:00",
        subject="Behandlung 18.5.",
        client="outlook",
        body="""
Guten Morgen,

die Behandlung am 18.5. hat stattgefunden.

Peter Hoffmann
""",
        label=staff_only(
            6,
            ("2026-05-18",),
            "two appointments on 18.5. (07:30 KGG, 12:30 MT): which one is"
            " unclear to a careful employee",
        ),
    )


def round_two() -> None:
    """Six more (2026-12-05, 14:00), written without reading rules/: four digits without
    dots, a holiday without an appointment, a day of Holy Week, an ordinal word in an
    infinitive clause, and mails just after both DST switches."""
    human(
        "g55_vierstellig_2810.eml",
        sender=16,
        date="2026-10-30 07:52",
        subject="Bestätigung",
        client="plain",
        body="""
Guten Morgen,

Leistung am 2810 erhalten, hiermit bestätigt.

Gruß
Birgit Schäfer
(vom Handy gesendet)
""",
        label=ok(16, (1101,), ("2026-10-28",), "'2810' without dots, after the DST end"),
    )
    human(
        "g56_reformationstag_no_appointment.eml",
        sender=17,
        date="2026-11-02 08:40",
        subject="Bestätigung Videotermin",
        client="gmail",
        body="""
Moin,

hiermit bestätige ich die Videobehandlung am Reformationstag.

Beste Grüße
Ole Jansen
""",
        label=staff_only(
            17,
            ("2026-10-31",),
            "Reformationstag is Saturday 31.10., no appointment; 29.10. likely: staff decides",
        ),
    )
    human(
        "g57_montag_in_der_karwoche.eml",
        sender=18,
        date="2026-04-01 10:05",
        subject="Telefonbehandlung",
        client="tonline",
        body="""
Sehr geehrte Damen und Herren,

die telefonische Behandlung am Montag in der Karwoche hat stattgefunden, das
bestätige ich Ihnen hiermit gern.

Frohe Ostern!
Renate Koch
""",
        label=ok(18, (1111,), ("2026-03-30",), "'Montag in der Karwoche' = 30.3., DST start"),
    )
    human(
        "g58_ordinal_word_infinitive.eml",
        sender=22,
        date="2026-03-31 19:20",
        subject="Bestätigung",
        client="outlook",
        body="""
Hallo,

hiermit bestätige ich, die Leistung vom sechsundzwanzigsten März erhalten zu haben.

Mit freundlichen Grüßen
Mehmet Aydın
""",
        label=ok(22, (1135,), ("2026-03-26",), "ordinal word, infinitive clause"),
    )
    human(
        "g59_0403_reply.eml",
        sender=3,
        date="2026-03-04 21:10",
        subject=re("cr-1019"),
        client="gmail",
        reply_to="cr-1019",
        quote_style="gmail",
        body="""
Erhalt der Leistung am 0403 bestätigt ✔️

Aylin
""",
        label=ok(3, (1019,), ("2026-03-04",), "'0403' without dots, participle only, reply"),
    )
    human(
        "g60_reply_today_yes_last_week_no.eml",
        sender=17,
        date="2026-10-29 13:02",
        subject=re("cr-1105"),
        client="gmail",
        reply_to="cr-1105",
        quote_style="gmail",
        body="""
Hallo,

der Termin heute hat stattgefunden, danke!
Den am 22.10. kann ich so nicht bestätigen, da war die Verbindung nach ein paar
Minuten weg und es kam keiner mehr rein.

Ole Jansen
""",
        label=ok(
            17,
            (1105,),
            ("2026-10-29",),
            "record today 29.10.; 22.10. disputed (connection lost): staff",
            staff=True,
        ),
    )


def main() -> None:
    load_practice()
    practice_sentence()
    calendar_weeks()
    holidays()
    ordinals()
    bare_numbers()
    relative_lists_ranges()
    style()
    partial()
    round_two()
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.check_labels()
    mc.HERE = HERE  # write_labels writes into tests/data/corpus otherwise
    mc.write_labels()
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
