"""Write blind set GX: confirmations in visibly formatted mails, 42 mails.

32 mails confirm at least one session and 10 look like confirmations and are not. The
theme is formatting as patients really produce it: bullet, dash and numbered lists, check
marks (✔ ✓ ✘ ❌ 👍) beside days, small tables of dates ('Datum | Uhrzeit | stattgefunden'),
days in bold or capitals, an answer typed inside our quoted request, a forwarded request
with the answer above it, signatures with dates, birthdays and phone numbers, and
HTML-only mails from webmailers. The look-alikes are formatted the same way: lists of
cancelled days (❌), tables where every row says 'nein', a check mark under a reminder
for a coming session, a 'Nein' typed inside our quoted request, a session whose video
room stayed empty.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gx`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

import html as htmllib

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, reminder_subject, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_gx")


# --- helpers for what yes()/no() do not cover: inline answers, HTML, forwards ------------


def inline(key: str, style: str, pid: int, answer: str, after: str) -> str:
    """Our mail `key` quoted in `style`, with the patient's `answer` typed in below the
    quoted line that contains `after` (an answer written inside the quote)."""
    quoted = mc.quote(style, mc.OUTBOX[key], mc.PATIENTS[pid].emails[0])
    lines = quoted.split("\n")
    at = next(i for i, line in enumerate(lines) if after in line)
    return "\n".join([*lines[: at + 1], "", answer, "", *lines[at + 1 :]])


def html_quote(key: str, to: str, webde: bool = False) -> str:
    """Our mail `key` as a webmailer quotes it in HTML."""
    ref = mc.OUTBOX[key]
    s = ref.sent_at
    text = htmllib.escape(ref.text).replace("\n", "<br>\n")
    if webde:
        head = (
            f"<b>Gesendet:</b>&nbsp;{mc.WEEKDAYS[s.weekday()]}, {s:%d}. {mc.MONTHS[s.month - 1]}"
            f" {s.year} um {s:%H:%M} Uhr<br>\n"
            "<b>Von:</b>&nbsp;&quot;Praxis Impulse&quot; &lt;termine@praxis-impulse.de&gt;<br>\n"
            f"<b>An:</b>&nbsp;{to}<br>\n<b>Betreff:</b>&nbsp;{htmllib.escape(ref.subject)}"
        )
        return (
            '<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px;'
            ' border-left:2px solid #C3D9E5;">\n'
            f'<div style="margin:0 0 10px 0;">{head}</div>\n'
            f'<div name="quoted-content">{text}</div>\n</div>'
        )
    head = f"Am {s:%d.%m.%Y} um {s:%H:%M} schrieb Praxis Impulse &lt;termine@praxis-impulse.de&gt;:"
    return (
        f'<div class="quote-head">{head}</div>\n'
        '<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
        f'padding-left:1ex">\n{text}\n</blockquote>'
    )


def page(inner: str) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
        f'<body style="font-family: Verdana, sans-serif; font-size: 12px;">\n{inner}\n'
        "</body></html>"
    )


def rich(file, pid, label, date, subject, *, body="", html=None, html_only=False, client="plain",
         reply=None, style=None, forward=None, sender=None, name=None):  # fmt: skip
    mc.human(file, sender=sender or pid, name=name, date=date, subject=subject, body=body,
             label=label, client=client, reply_to=reply, quote_style=style, forward=forward,
             html=html, html_only=html_only)  # fmt: skip


def conf(pid, ids, dates, staff=False, extra=(), note=""):  # fmt: skip
    return mc.Label(("confirmation", *extra), patient=pid, confirmed=ids, dates=dates,
                    needs_staff=staff, note=note)  # fmt: skip


# --- lists, check marks, capitals: the ordinary replies -------------------------------------


def lists_and_marks() -> None:
    yes("gx01_krueger_check_under_request.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:48",
        re(1003),
        "Hallo,\n\n✔ Di. 27.01. – hat stattgefunden\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="one check-marked day under our request for that day")  # fmt: skip
    yes("gx02_becker_dash_list_three.eml", 2, (1010, 1011, 1012),
        ("2026-02-02", "2026-02-05", "2026-02-09"), "2026-02-10 07:55",
        "Bestätigung meiner Termine",
        "Guten Morgen,\n\nhiermit bestätige ich, dass folgende Telefontermine (MT) stattgefunden"
        " haben:\n\n- Mo 02.02.2026\n- Do 05.02.2026\n- Mo 09.02.2026\n\nGruß\nThomas Becker\n"
        "Tel. 0171 4458921",
        client="thunderbird",
        note="new mail, three days as a dash list; phone number in the signature")  # fmt: skip
    yes("gx07_popescu_numbered_learner.eml", 7, (1046, 1047), ("2026-06-02", "2026-06-09"),
        "2026-06-09 21:40", re(1047),
        "Guten Abend,\n\nich bestätige:\n1. 02.06 - Therapie war gemacht\n2. 09.06 - Therapie"
        " war gemacht\n\nEntschuldigung, für erste Termin ich habe vergessen zu schreiben.\n"
        "Mit freundliche Grüße\nElena Popescu",
        client="yahoo", reply="cr-1047", style="yahoo",
        note="numbered list in learner's German, both days took place")  # fmt: skip
    yes("gx08_richter_thumb_iphone.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 22:05",
        re(1051, "Re"),
        "Hat stattgefunden 👍 Mi 03.06.\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("gx09_neumann_all_caps.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 15:20",
        re(1056),
        "GUTEN TAG,\n\nDIE BEHANDLUNG AM DIENSTAG 07.07. HAT STATTGEFUNDEN.\n\n"
        "MIT FREUNDLICHEN GRÜSSEN\nGISELA NEUMANN",
        client="plain", reply="cr-1056", style="thunderbird",
        note="written in capitals throughout")  # fmt: skip
    yes("gx11_carter_ticks_english.eml", 11, (1069, 1070), ("2026-08-03", "2026-08-10"),
        "2026-08-11 08:40", re(1070, "Re"),
        "Hi there,\n\nConfirming both of my sessions:\n\n✓ Monday, Aug 3\n✓ Monday, Aug 10\n\n"
        "Both went ahead as planned. Thanks!\n\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    yes("gx12_yildiz_marks_cancelled_day.eml", 12, (1075, 1076, 1078),
        ("2026-08-05", "2026-08-12", "2026-08-26"), "2026-08-27 11:05", re(1078),
        "Hallo,\n\nmeine Termine:\n05.08. ✔\n12.08. ✔\n19.08. ❌ abgesagt\n26.08. ✔\n\n"
        "Fatma Yıldız",
        client="webde", reply="cr-1078", style="webde",
        note="19.08. is the appointment cancelled in our calendar and she marks it so;"
        " the three ticked days took place")  # fmt: skip
    yes("gx14_zimmermann_dash_list_formal.eml", 15, (1093, 1094, 1095),
        ("2026-10-05", "2026-10-12", "2026-10-19"), "2026-10-20 09:00",
        "Bestätigung Telefontermine",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die folgenden Telefontermine:"
        "\n\n- Montag, 05.10.2026\n- Montag, 12.10.2026\n- Montag, 19.10.2026\n\n"
        "Mit freundlichen Grüßen\nKlaus Zimmermann")  # fmt: skip
    yes("gx20_wagner_bullets_samsung.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
        "2026-01-28 19:02", re(1126),
        "Hallo\n• 19.01. ✓\n• 26.01. ✓\nbeide stattgefunden\nLG Sophie\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet",
        client="samsung", reply="cr-1126", style="samsung")  # fmt: skip
    yes("gx21_aydin_caps_outlook.eml", 22, (1130,), ("2026-02-19",), "2026-02-20 10:10",
        re(1130),
        "Hallo\n\n19.02 TERMIN HAT STATTGEFUNDEN. DANKE\n\nMehmet Aydın\n\n"
        "Von Outlook für Android gesendet",
        client="outlook", reply="cr-1130", style="outlook")  # fmt: skip
    yes("gx24_krueger_late_three_ticks.eml", 1, (1004, 1005, 1006),
        ("2026-02-03", "2026-02-10", "2026-02-17"), "2026-03-02 20:15", re(1006),
        "Hallo liebes Praxisteam,\n\nsorry, ich hab das Bestätigen total verschlampt. Hier alle"
        " auf einmal:\n\n• 03.02. ✓\n• 10.02. ✓\n• 17.02. ✓\n\nSabine Krüger",
        client="webde", reply="cr-1006", style="webde",
        note="two weeks late, three days at once")  # fmt: skip
    yes("gx25_becker_bottom_posted_tick.eml", 2, (1013,), ("2026-02-12",), "2026-02-12 20:10",
        re(1013),
        "✔ 12.02. hat stattgefunden\n\n-- \nThomas Becker\nMobil 0171 4458921",
        client="thunderbird", reply="cr-1013", style="thunderbird", bottom=True,
        note="answer below the quote")  # fmt: skip
    yes("gx26_demir_caps_ja_no_date.eml", 3, (1020,), (), "2026-03-11 10:40", re(1020, "Re"),
        "JA 👍\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1020", style="iphone",
        note="a bare yes under our request for 11.03.; no day named")  # fmt: skip
    yes("gx28_vogel_signature_phone.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:12",
        re(1082),
        "Bestätigt – MT per Video am 10.09. fand statt.\n\nBeste Grüße\nM. Vogel\n\n--\n"
        "Dr. Michael Vogel\nVogel & Partner Rechtsanwälte mbB\nKönigsallee 14 · 40212 Düsseldorf"
        "\nT +49 211 55 00 81-0 · F +49 211 55 00 81-99",
        client="outlook", reply="cr-1082", style="outlook")  # fmt: skip
    yes("gx32_brandt_ticks_apple.eml", 10, (1064, 1065), ("2026-07-10", "2026-07-17"),
        "2026-07-18 10:00", re(1065, "Re"),
        "Hi,\n\n10.07. ✔\n17.07. ✔\n\nBeide Termine haben stattgefunden.\n\nGruß Lukas",
        client="apple", reply="cr-1065", style="iphone")  # fmt: skip
    yes("gx23_berger_birthday_signature.eml", 24, (1142, 1143), ("2026-05-06", "2026-05-13"),
        "2026-05-14 10:00", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nfolgende Termine haben stattgefunden:\n\n"
        "-- Mittwoch, 06.05.2026\n-- Mittwoch, 13.05.2026\n\nHochachtungsvoll\nUrsula Berger\n"
        "geb. 12.03.1948\nTel. 0621 / 44 87 12",
        note="birth date and phone number in the signature are not treatment days")  # fmt: skip
    yes("gx15_schaefer_work_signature_date.eml", 16, (1099,), ("2026-10-14",),
        "2026-10-15 08:34", re(1099),
        "Guten Morgen,\n\nja, hat gestern stattgefunden (14.10.).\n\nMit freundlichen Grüßen\n"
        "Birgit Schäfer\n\nSchäfer Steuerberatung\nRingstraße 8 · 50672 Köln\n"
        "Tel. 0221 / 493 882-0\n\nBitte beachten Sie: Unser Büro ist vom 26.10. bis"
        " 30.10.2026 geschlossen.",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address; the office-closure days in the signature"
        " are no treatment days")  # fmt: skip


# --- tables -----------------------------------------------------------------------------


def tables() -> None:
    yes("gx04_wolff_table_three.eml", 4, (1028, 1029, 1030),
        ("2026-01-16", "2026-01-23", "2026-01-30"), "2026-01-31 10:20",
        "Termine Januar - Bestätigung",
        "Guten Tag,\n\nhier meine Termine im Januar:\n\nDatum      | Uhrzeit | stattgefunden\n"
        "-----------|---------|--------------\n16.01.2026 | 14:00   | ja\n"
        "23.01.2026 | 14:00   | ja\n30.01.2026 | 14:00   | ja\n\nMit freundlichen Grüßen\n"
        "Hans-Jürgen Wolff\nTel. 030 / 8812 4407",
        client="tonline",
        note="the 09.01. appointment, already confirmed, is not in his table")  # fmt: skip
    yes("gx22_oneill_table_english.eml", 23, (1136, 1137), ("2026-04-14", "2026-04-21"),
        "2026-04-22 08:05", re(1137, "RE"),
        "Hello,\n\nPlease see below:\n\nDate       | Time  | Took place\n"
        "14/04/2026 | 19:30 | Yes\n21/04/2026 | 19:30 | Yes\n\nKind regards,\nJames O'Neill\n"
        "+44 7700 900461",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("gx27_hoffmann_table_treatments.eml", 6, (1040, 1041), ("2026-05-04", "2026-05-11"),
        "2026-05-12 07:02", "Bestätigung Termine Mai",
        "Guten Morgen,\n\nzur Abrechnung:\n\nDatum       Uhrzeit   Behandlung     stattgefunden\n"
        "04.05.2026  07:30     KG am Gerät    ja\n11.05.2026  07:30     KG am Gerät    ja\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook", note="a table aligned with spaces")  # fmt: skip
    ole = [("22.10.2026", "10:00", "ja"), ("29.10.2026", "10:00", "ja"),
           ("05.11.2026", "10:00", "ja")]  # fmt: skip
    rows = "".join(
        f'<tr><td style="border:1px solid #999;padding:2px 6px">{d}</td>'
        f'<td style="border:1px solid #999;padding:2px 6px">{t}</td>'
        f'<td style="border:1px solid #999;padding:2px 6px">{y}</td></tr>\n'
        for d, t, y in ole
    )
    rich("gx16_jansen_html_table.eml", 17, conf(17, (1104, 1105, 1106),
         ("2026-10-22", "2026-10-29", "2026-11-05"), note="a Gmail table, text part as Gmail"
         " flattens it"), "2026-11-06 18:30", "Bestätigung KGG Termine",
         body="Moin,\n\nhier meine bisherigen Termine zur Bestätigung:\n\nDatum Uhrzeit"
         " stattgefunden\n22.10.2026 10:00 ja\n29.10.2026 10:00 ja\n05.11.2026 10:00 ja\n\n"
         "Gruß\nOle",
         html='<div dir="ltr">Moin,<div><br></div><div>hier meine bisherigen Termine zur'
         ' Bestätigung:</div><div><br></div>\n<table style="border-collapse:collapse">\n'
         '<tr><th style="border:1px solid #999;padding:2px 6px">Datum</th>'
         '<th style="border:1px solid #999;padding:2px 6px">Uhrzeit</th>'
         '<th style="border:1px solid #999;padding:2px 6px">stattgefunden</th></tr>\n'
         f"{rows}</table><div><br></div><div>Gruß</div><div>Ole</div></div>",
         client="gmail")  # fmt: skip


# --- answers inside our quote, forwards, bold, HTML-only --------------------------------


def quotes_forwards_html() -> None:
    yes("gx03_demir_inline_gmail.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 12:20",
        re(1019, "Re"),
        inline("cr-1019", "gmail", 3, "Ja, hat am 04.03. stattgefunden, danke!",
               "nennen Sie dabei das Datum"),
        client="gmail", reply="cr-1019",
        note="answer typed inside our quoted request")  # fmt: skip
    yes("gx17_koch_inline_bare_ja.eml", 18, (1110,), (), "2026-03-25 17:05", re(1110),
        inline("cr-1110", "thunderbird", 18, "Ja.", "nennen Sie dabei das Datum"),
        client="thunderbird", reply="cr-1110",
        note="a bare 'Ja.' typed under the quoted request line of 25.03.")  # fmt: skip
    rich("gx10_brandt_forward_answer_above.eml", 10, conf(10, (1063,), ("2026-07-03",),
         note="our request forwarded back with the answer above it"), "2026-07-06 09:12",
         re(1063, "WG"),
         body="Hallo,\n\nsorry, die Mail war im Spam gelandet, hab sie eben erst gefunden. Der"
         " Termin am 03.07. hat stattgefunden, alles gut.\n\nGruß\nLukas Brandt",
         client="outlook", forward="cr-1063", style="forward_outlook")  # fmt: skip
    rich("gx05_schulz_html_only_bold.eml", 5, conf(5, (1034,), ("2026-04-16",),
         note="HTML-only webmail reply, the day in bold"), "2026-04-16 19:12", re(1034),
         html=page("<p>Hallo zusammen,</p>\n<p>kurze Rückmeldung: die Videobehandlung am"
                   " <strong>Donnerstag, 16.04.</strong> hat stattgefunden &#10003;</p>\n"
                   "<p>Liebe Grüße<br>\nMarie Schulz</p>\n<br>\n"
                   + html_quote("cr-1034", "k.schulz@posteo.de")),
         html_only=True, reply="cr-1034")  # fmt: skip
    rich("gx19_hartmann_html_only_webde_list.eml", 20, conf(20, (1120, 1121),
         ("2026-11-03", "2026-11-10"), note="HTML-only web.de mail, a bullet list; 17.11. is"
         " a coming session"), "2026-11-11 07:45", re(1121),
         html=page('<div>Hallo,</div>\n<div>&nbsp;</div>\n<div>folgende Termine haben'
                   " stattgefunden:</div>\n<ul>\n<li>Di 03.11. &#10004;</li>\n"
                   "<li>Di 10.11. &#10004;</li>\n</ul>\n<div>Am 17.11. bin ich wieder dabei."
                   "</div>\n<div>&nbsp;</div>\n<div>Liebe Grüße<br>Leonie Hartmann</div>\n"
                   "<div>&nbsp;</div>\n"
                   + html_quote("cr-1121", "leonie.hartmann@web.de", webde=True)),
         html_only=True, client="webde", reply="cr-1121")  # fmt: skip
    rich("gx13_lehmann_bold_gmail.eml", 14, conf(14, (1088, 1089), ("2026-09-15", "2026-09-22"),
         note="both days in bold; the room number and phone in the signature are no days"),
         "2026-09-22 17:10", re(1089),
         body="Hallo,\n\n*15.09.* und *22.09.* haben beide stattgefunden, die vom 15. hatte ich"
         " noch nicht bestätigt.\n\nBeste Grüße\nAnna Lehmann\n--\nAnna Lehmann, M.A.\n"
         "Institut für Sportwissenschaft\nRaum 2.014 · Tel. 0341 97-31875",
         html='<div dir="ltr"><div>Hallo,</div><div><br></div><div><b>15.09.</b> und'
         " <b>22.09.</b> haben beide stattgefunden, die vom 15. hatte ich noch nicht"
         " bestätigt.</div><div><br></div><div>Beste Grüße</div><div>Anna Lehmann</div>"
         "<div>--</div><div>Anna Lehmann, M.A.<br>Institut für Sportwissenschaft<br>Raum 2.014"
         " · Tel. 0341 97-31875</div></div><br>\n" + html_quote("cr-1089",
         "anna.lehmann@uni-beispiel.de"),
         client="gmail", reply="cr-1089", style="gmail")  # fmt: skip
    yes("gx06_hoffmann_two_same_day.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 16:25",
        re(1043),
        "Guten Tag,\n\nbeide Termine vom 18.05. haben stattgefunden:\n\n• 07:30 Uhr KG am Gerät"
        " ✔\n• 12:30 Uhr Manuelle Therapie ✔\n\nMit freundlichen Grüßen\nPeter Hoffmann\n\n"
        "Mobil: +49 160 93381274",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions on one day, both ticked")  # fmt: skip


# --- confirmations that still need a person ------------------------------------------------


def with_staff() -> None:
    yes("gx18_nowak_tick_wrong_weekday.eml", 19, (1116,), ("2026-11-06", "2026-11-12"),
        "2026-11-13 11:00", re(1117),
        "Hallo,\n\nbestätige hiermit:\n\n✔ Fr 06.11.\n✔ Do 12.11.\n\nVG David Nowak",
        client="apple", reply="cr-1117", style="iphone", staff=True,
        note="06.11. is his session; Thu 12.11. has no appointment (his is Fri 13.11.),"
        " probably a slip but not plainly given: staff")  # fmt: skip
    yes("gx29_becker_tick_and_cross.eml", 2, (1014,), ("2026-02-16",), "2026-02-20 08:30",
        re(1015),
        "Moin,\n\n16.02. ✔\n19.02. ✘ – der Anruf kam bei mir nicht an, Handy war wohl aus\n\n"
        "Können wir den nachholen?\n\nThomas Becker",
        client="thunderbird", reply="cr-1015", style="thunderbird", staff=True,
        extra=("reschedule",),
        note="16.02. took place; 19.02. did not and he wants a make-up session")  # fmt: skip
    yes("gx30_neumann_numbered_question.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"),
        "2026-07-14 16:40", re(1058),
        "Guten Tag,\n\n1. Donnerstag 09.07. ja\n2. Dienstag 14.07. ja\n\nIch habe noch eine"
        " Frage: muss ich für die Telefonbehandlung eine Zuzahlung leisten? Ich habe bisher"
        " keine Rechnung bekommen.\n\nGisela Neumann",
        client="samsung", reply="cr-1058", style="samsung", staff=True, extra=("question",),
        note="both days confirmed, plus a question about the co-payment")  # fmt: skip
    yes("gx31_schaefer_tick_and_move.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 07:15",
        re(1100),
        "Guten Morgen,\n\n- 21.10. ✔ hat stattgefunden\n- 11.11. kann ich leider nicht, geht ein"
        " anderer Abend in der Woche?\n\nLG Birgit Schäfer",
        client="webde", reply="cr-1100", style="webde", staff=True, extra=("reschedule",),
        note="21.10. confirmed; 11.11. is a coming session she wants moved")  # fmt: skip


# --- look-alikes ---------------------------------------------------------------------------


def look_alikes() -> None:
    no("gx33_krueger_cross_list_cancel.eml", 1, ("cancellation",), "2026-02-27 18:00",
       "Termine im März",
       "Hallo,\n\nich muss leider folgende Termine absagen, bin ab Montag auf Reha:\n\n"
       "❌ Di 03.03.\n❌ Di 10.03.\n\nDanke und viele Grüße\nSabine Krüger",
       client="webde", note="a list of crossed coming days: a cancellation")  # fmt: skip
    no("gx34_demir_cross_code_failed.eml", 3, ("technical",), "2026-03-25 10:15",
       re(1022, "Re"),
       "Hallo,\n\n25.03. ❌ – leider nicht stattgefunden, ich bin mit dem Zugangscode nicht"
       ' reingekommen, da stand immer "ungültig". Die Therapeutin war vermutlich im Raum?\n\n'
       "Aylin",
       client="gmail", reply="cr-1022", style="gmail",
       note="under our request, but the session did not take place")  # fmt: skip
    no("gx35_zimmermann_tick_under_reminder.eml", 15, ("other",), "2026-11-01 12:30",
       reminder_subject(1097),
       "✔ Mo 02.11. um 11 Uhr – ich bin erreichbar.\n\nK. Zimmermann",
       reply="rem-1097", style="thunderbird", staff=False,
       note="a tick under our reminder, the day before the session: nothing to record,"
       " nothing to do")  # fmt: skip
    no("gx36_schulz_table_all_nein.eml", 5, ("other",), "2026-05-29 09:00",
       "Ihre Bestätigungsanfragen",
       "Hallo,\n\nich habe zwei Bestätigungsmails bekommen, die ich so nicht bestätigen kann:\n\n"
       "Datum  | Uhrzeit | stattgefunden\n07.05. | 15:30   | nein (Therapeutin krank)\n"
       "21.05. | 15:30   | nein (ich hatte abgesagt)\n\nBitte korrigieren Sie das.\n\n"
       "Viele Grüße\nMarie Schulz",
       note="every row of the table says no: nothing took place")  # fmt: skip
    no("gx37_wolff_table_reschedule.eml", 4, ("reschedule",), "2026-02-09 11:00",
       "Termin 13.02.",
       "Guten Tag,\n\nDatum      | Uhrzeit | geht\n13.02.2026 | 14:00   | nein, Arzttermin\n"
       "20.02.2026 | 14:00   | ja\n\nKönnen wir den 13.02. auf Montag, den 16.02. legen?\n\n"
       "Mit freundlichen Grüßen\nHans-Jürgen Wolff",
       client="tonline", note="a table of coming days: one to move")  # fmt: skip
    rich("gx38_hoffmann_forward_no_connection.eml", 6, mc.Label(("technical",), patient=6,
         needs_staff=True, note="forwarded request; the session never started"),
         "2026-05-26 09:30", re(1044, "WG"),
         body="Hallo,\n\ndas kann ich so nicht bestätigen: am 26.05. kam keine Verbindung"
         " zustande. Ich saß um 07:30 vor dem Laptop, im Warteraum ist niemand erschienen."
         " Bitte nicht abrechnen und melden Sie sich wegen eines Ersatztermins.\n\nP. Hoffmann",
         client="outlook", forward="cr-1044", style="forward_outlook")  # fmt: skip
    no("gx39_carter_cross_list_english.eml", 11, ("cancellation",), "2026-08-19 22:00",
       "Upcoming sessions",
       "Hi,\n\nQuick update on my upcoming sessions:\n\n❌ Mon Aug 24 – away for work\n"
       "❌ Mon Aug 31 – away for work\n✅ Mon Sep 7 – still on\n\nSorry for the short notice!\n"
       "Emily",
       client="gmail", note="crosses and a tick beside coming days")  # fmt: skip
    rich("gx40_lehmann_bold_nobody_came.eml", 14, mc.Label(("question",), patient=14,
         needs_staff=True, note="under our request; she waited, nobody came"),
         "2026-09-29 15:05", re(1090),
         body="Hallo,\n\n*29.09.*: ich war um 13 Uhr im Videoraum, aber es kam niemand. Nach"
         " 15 Minuten habe ich aufgegeben. Was ist da passiert?\n\nAnna Lehmann",
         html='<div dir="ltr"><div>Hallo,</div><div><br></div><div><b>29.09.</b>: ich war um'
         " 13 Uhr im Videoraum, aber es kam niemand. Nach 15 Minuten habe ich aufgegeben. Was"
         " ist da passiert?</div><div><br></div><div>Anna Lehmann</div></div><br>\n"
         + html_quote("cr-1090", "anna.lehmann@uni-beispiel.de"),
         client="gmail", reply="cr-1090", style="gmail")  # fmt: skip
    no("gx41_richter_inline_nein.eml", 8, ("other",), "2026-06-17 21:10", re(1053, "Re"),
       "Gesendet von meinem iPhone\n\n" + inline("cr-1053", "iphone", 8, "Nein. Den Termin"
       " hatte ich am Montag telefonisch abgesagt.", "nennen Sie dabei das Datum"),
       client="iphone", reply="cr-1053",
       note="'Nein' typed inside our quoted request: it did not take place")  # fmt: skip
    no("gx42_koch_dash_list_holiday.eml", 18, ("cancellation",), "2026-03-27 09:30",
       "Urlaub - Termine April",
       "Sehr geehrtes Praxisteam,\n\nwegen Urlaub kann ich folgende Termine nicht wahrnehmen:\n\n"
       "- Mittwoch, 01.04.2026\n- Mittwoch, 08.04.2026\n\nAb dem 13.04. bin ich wieder da.\n\n"
       "Mit freundlichen Grüßen\nRenate Koch\nTel. 030 / 771 52 36",
       client="tonline", note="a dash list of coming days: a cancellation")  # fmt: skip


def check_threads() -> None:
    """A reply is written after the mail it answers."""
    for mail in mc.MAILS:
        for key, row in mc.OUTBOX.items():
            if row.message_id.encode() in mail.raw and "In-Reply-To" in mail.raw.decode():
                assert row.sent_at < mail.mail_date, (mail.file, key)


def main() -> None:
    load_practice()
    lists_and_marks()
    tables()
    quotes_forwards_html()
    with_staff()
    look_alikes()
    check_threads()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
