"""Write blind set GT: replies that answer a different request than the one they sit under.

43 mails as real patients write them: replies under last week's request that confirm this
week's session, replies under a reminder or a video-link mail that confirm the session
before it, one reply answering three or four of our requests at once, subjects naming one
day while the body names another, a confirmed day plus one we never asked about, replies
weeks after our request, replies quoting several of our mails, and plain answers to the
request they sit under. Ten look-alikes: a cancelled day "confirmed", a day already
confirmed, an attendance promise for today's later session, a broken video call, a call
that never came, a partial session, a missed session beside a future day.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_gt`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_gt")


def thread_quote(style: str, keys: tuple[str, ...], pid: int) -> str:
    """Our mails in a thread, newest first, each older one quoted one level deeper (the
    mail programs quote the whole thread when a patient answers the newest mail)."""
    to = mc.PATIENTS[pid].emails[0]
    out = ""
    for key in reversed(keys):  # oldest innermost
        inner = mc.quote(style, mc.OUTBOX[key], to)
        if out:
            nested = "\n".join(
                f">{line}" if line.startswith(">") else f"> {line}" if line else ">"
                for line in out.splitlines()
            )
            inner = f"{inner}\n>\n{nested}"
        out = inner
    return out


def wrong_request() -> None:
    """Under last week's (or an older) request, confirming this week's session."""
    yes("gt01_krueger_under_last_week.eml", 1, (1005,), ("2026-02-10",), "2026-02-10 12:40", re(1004),
        "Hallo zusammen,\nheute 10.2. war die Videostunde, alles gut gelaufen.\n\nLG Sabine Krüger\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1004", style="iphone",
        note="answers the request for 03.02. but confirms today's 10.02.")  # fmt: skip
    yes("gt02_becker_tonight.eml", 2, (1013,), ("2026-02-12",), "2026-02-12 19:10", re(1012),
        "Guten Abend,\n\nbestätige die MT von heute Abend (12.02.).\n\nGruß\nT. Becker",
        client="gmail", reply="cr-1012", style="gmail",
        note="under the request for 09.02.; confirms 12.02.")  # fmt: skip
    yes("gt03_wolff_friday.eml", 4, (1030,), ("2026-01-30",), "2026-01-30 16:02", re(1029),
        "Sehr geehrte Damen und Herren,\n\ndie telefonische Behandlung am Freitag, den 30.01.2026 hat stattgefunden.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1029", style="tonline",
        note="under the request for 23.01.; confirms 30.01. only")  # fmt: skip
    yes("gt04_yildiz_two_weeks_old_thread.eml", 12, (1078,), ("2026-08-26",), "2026-08-26 12:10", re(1076),
        "Hallo\nheute 26.8 Termin war, ok. Letzte woche 19.8 war kein Termin, war abgesagt. Danke\nFatma Yıldız",
        client="webde", reply="cr-1076", style="webde",
        note="under the request for 12.08.; confirms 26.08., mentions the cancelled 19.08. correctly")  # fmt: skip
    yes("gt05_schaefer_last_week_fell_out.eml", 16, (1100,), ("2026-10-21",), "2026-10-22 08:15", re(1100),
        "Liebes Praxisteam,\n\nder Termin letzte Woche Mittwoch ist ausgefallen, ich lag mit Fieber flach und habe mich gar nicht eingewählt. Gestern (21.10.) hat es dann aber geklappt.\n\nViele Grüße\nBirgit Schäfer\n\nSchäfer Steuerberatung\nTel. 0221 998 877 0",
        client="outlook", reply="cr-1100", style="outlook", sender="b.schaefer@schaefer-steuerberatung.de", staff=True,
        note="21.10. confirmed; says 14.10. (still scheduled) did not take place: staff must not bill it")  # fmt: skip


def under_reminder() -> None:
    """Under a reminder or video-link mail, confirming the session before it."""
    yes("gt06_demir_reminder_last_week.eml", 3, (1020,), ("2026-03-11",), "2026-03-17 09:15", rem(1021),
        "hallo, danke für die erinnerung, morgen bin ich dabei.\nund die letzte stunde am 11.3. hat stattgefunden, hab vergessen das zu bestätigen sorry\n\naylin",
        client="gmail", reply="rem-1021", style="gmail",
        note="under the reminder for 18.03.; confirms 11.03.")  # fmt: skip
    yes("gt07_koch_last_wednesday.eml", 18, (1110,), ("2026-03-25",), "2026-03-29 18:20", rem(1111),
        "Guten Abend,\nmorgen um 15 Uhr passt mir. Die Behandlung letzten Mittwoch war auch gut, die bestätige ich hiermit gleich mit.\nFreundliche Grüße\nRenate Koch",
        client="tonline", reply="rem-1111", style="tonline",
        note="mail on Sunday 29.03.: 'letzten Mittwoch' is 25.03.")  # fmt: skip
    yes("gt08_aydin_reminder.eml", 22, (1132,), ("2026-03-05",), "2026-03-11 13:05", rem(1133),
        "Hallo ich bin morgen da.\nLetzte Woche Donnerstag 05.03 war Termin hat statt gefunden.\nMfg Mehmet",
        client="samsung", reply="rem-1133", style="samsung")  # fmt: skip
    yes("gt09_berger_forgot.eml", 24, (1143,), ("2026-05-13",), "2026-05-19 10:30", rem(1144),
        "Guten Morgen,\n\nja, ich bin morgen früh erreichbar. Den Termin vom 13.5. bestätige ich Ihnen noch nachträglich, der hat stattgefunden, ich hatte es verschwitzt.\n\nMit freundlichem Gruß\nUrsula Berger",
        client="webde", reply="rem-1144", style="webde")  # fmt: skip
    yes("gt10_vogel_reminder_spam.eml", 13, (1083,), ("2026-09-17",), "2026-09-23 07:45", rem(1084),
        "Morgen 7 Uhr passt.\n\nNebenbei: Die Behandlung am 17.09. hat stattgefunden, Ihre Mail dazu war offenbar im Spam gelandet.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\nKönigsallee 14, 40212 Düsseldorf\nTel. 0211 4455 120",
        client="outlook", reply="rem-1084", style="outlook")  # fmt: skip
    yes("gt11_richter_video_link.eml", 8, (1053,), ("2026-06-17",), "2026-06-21 16:30", vl(1054),
        "Danke für den Link!\nÜbrigens Mittwoch 17.6. war super, hat stattgefunden. Schulter ist schon viel besser.\n\nJonas",
        client="iphone", reply="vl-1054", style="iphone",
        note="under the video link for 24.06.; confirms 17.06.")  # fmt: skip
    yes("gt12_becker_under_reminder_after.eml", 2, (1015,), ("2026-02-19",), "2026-02-19 18:45", rem(1015),
        "Termin heute hat stattgefunden, danke.\n\nThomas Becker",
        client="gmail", reply="rem-1015", style="gmail",
        note="answers the reminder after the session: 'heute' is 19.02.")  # fmt: skip


def several_at_once() -> None:
    """One reply answering several of our requests."""
    yes("gt13_hoffmann_three_requests.eml", 6, (1042, 1043, 1044), ("2026-05-18", "2026-05-26"), "2026-05-27 08:05", re(1044),
        "Guten Morgen,\n\nich hatte Ihre letzten Mails liegen lassen, daher jetzt gesammelt: Am 18.05. fanden beide Termine statt (früh am Gerät und mittags die Manuelle Therapie), und gestern, 26.05., das Gerätetraining.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1044", style="outlook",
        note="three requests answered under the last one; two sessions on 18.05.")  # fmt: skip
    yes("gt14_neumann_three_days.eml", 9, (1058, 1059, 1060), ("2026-07-14", "2026-07-16", "2026-07-21"), "2026-07-22 09:40", re(1060),
        "Sehr geehrtes Praxisteam,\n\nich bestätige Ihnen die Behandlungen vom 14.7., 16.7. und 21.7.2026. Alle drei Termine fanden telefonisch statt.\n\nMit freundlichen Grüßen\nGisela Neumann",
        client="thunderbird", reply="cr-1060", style="thunderbird", bottom=True)  # fmt: skip
    yes("gt15_wolff_back_from_holiday.eml", 4, (1031, 1032, 1033), ("2026-02-06", "2026-02-13", "2026-02-20"), "2026-03-01 17:20", re(1031),
        "Guten Tag,\n\ndie Termine am 06.02., 13.02. und 20.02. haben alle stattgefunden. Ich war verreist und habe erst jetzt meine Post durchgesehen.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
        client="tonline", reply="cr-1031", style="tonline",
        note="three weeks late, under the oldest of the three requests")  # fmt: skip
    yes("gt16_krueger_four_open.eml", 1, (1003, 1004, 1005, 1006), ("2026-01-27", "2026-02-03", "2026-02-10", "2026-02-17"), "2026-02-18 09:00", re(1003),
        "Hallo,\nich sehe gerade, dass bei mir noch einiges offen ist. 27.01., 03.02. und 10.02. waren alle, und gestern (17.2.) auch.\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("gt17_popescu_today_and_last.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"), "2026-06-16 13:00", re(1047),
        "Hallo,\nheute Termin 16.6. war, und auch 9.6. war, ich habe vergessen schreiben.\nMit freundliche Grüße\nElena Popescu",
        client="yahoo", reply="cr-1047", style="yahoo")  # fmt: skip
    yes("gt18_jansen_new_mail_two.eml", 17, (1106, 1107), ("2026-11-05", "2026-11-12"), "2026-11-13 08:30", "Bestätigung 05.11. + 12.11.",
        "Hallo,\nbeide Termine fanden statt.\nGruß Ole Jansen",
        client="gmail", note="the days are only in the patient's own subject")  # fmt: skip


def subject_and_body() -> None:
    """Subject names one day, body another; a day asked plus one never asked."""
    yes("gt19_krueger_subject_17_body_24.eml", 1, (1007,), ("2026-02-17", "2026-02-24"), "2026-02-24 13:00", "Bestätigung Termin 17.02.",
        "Hallo,\n\nhiermit bestätige ich, dass die Behandlung am 24.02.2026 stattgefunden hat.\n\nViele Grüße\nSabine Krüger",
        client="webde", staff=True,
        note="own subject says 17.02., body confirms 24.02. (today): the body's day is plain, the subject's needs a look")  # fmt: skip
    yes("gt20_carter_and_the_tenth.eml", 11, (1070, 1071), ("2026-08-10", "2026-08-17"), "2026-08-17 19:30", re(1071),
        "Hi,\n\nyes, today's session (Aug 17) happened. Also I don't think I ever replied about the one on the 10th - that one took place too.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1071", style="gmail_en")  # fmt: skip
    yes("gt21_brandt_plus_tuesday.eml", 10, (1065,), ("2026-07-14", "2026-07-17"), "2026-07-17 18:40", re(1065),
        "Hi,\nbestätigt, 17.7. hat stattgefunden. Und die Stunde am Dienstag 14.7. auch, die fehlt glaube ich noch bei Ihnen.\nLukas",
        client="plain", reply="cr-1065", style="thunderbird", staff=True,
        note="17.07. confirmed; 14.07. matches no appointment of his")  # fmt: skip


def late_and_quoted() -> None:
    """Weeks after our request; replies quoting several of our mails."""
    yes("gt22_wagner_cleaning_inbox.eml", 21, (1125,), ("2026-01-19",), "2026-03-02 21:10", re(1125),
        "Hallo,\n\nich habe gerade beim Aufräumen meines Postfachs gesehen, dass ich das nie beantwortet habe. Ja, die Behandlung am 19.01. hat stattgefunden. Sorry!\n\nSophie Wagner",
        client="webde", reply="cr-1125", style="webde",
        note="six weeks after the request")  # fmt: skip
    yes("gt23_lehmann_semester.eml", 14, (1088,), ("2026-09-15",), "2026-10-20 10:00", re(1088),
        "hallo, sorry, total untergegangen im semesterstress. der termin am 15.9. hat stattgefunden, ja.\n\nanna",
        client="plain", reply="cr-1088", style="thunderbird")  # fmt: skip
    yes("gt24_zimmermann_weeks_later_no_date.eml", 15, (1093,), (), "2026-11-16 10:20", re(1093),
        "Die Behandlung hat stattgefunden.\nK. Zimmermann",
        client="plain", reply="cr-1093", style="outlook_classic",
        note="six weeks late; a yes under the request for 05.10. without a day")  # fmt: skip
    marie = (
        "Ja, beide Termine haben stattgefunden, 23.4. und 30.4.\n\nMarie Schulz\n\n"
        + thread_quote("thunderbird", ("cr-1036", "cr-1035"), 5)
    )
    yes("gt25_schulz_two_quoted.eml", 5, (1035, 1036), ("2026-04-23", "2026-04-30"), "2026-05-01 10:00", re(1036),
        marie, client="apple", reply="cr-1036",
        note="quotes our requests for 30.04. and 23.04.")  # fmt: skip
    elena = (
        "Guten Tag,\nIch bestätige Termin 16.06 war gut, danke schön.\nElena\n\n"
        + thread_quote("thunderbird", ("cr-1048", "rem-1048", "vl-1048"), 7)
    )  # fmt: skip
    yes("gt26_popescu_three_quoted.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 14:00", re(1048),
        elena, client="thunderbird", reply="cr-1048",
        note="quotes our request, reminder and video link for 16.06.")  # fmt: skip


def plain_answers() -> None:
    """Plain answers to the request they sit under."""
    yes("gt27_richter_thumbs.eml", 8, (1052,), (), "2026-06-10 20:02", re(1052),
        "Ja hat stattgefunden 👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    yes("gt28_nowak_bottom.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 10:10", re(1117),
        "Bestätige: MT per Video am 13.11.2026 hat stattgefunden.\n\nDavid",
        client="thunderbird", reply="cr-1117", style="thunderbird", bottom=True)  # fmt: skip
    yes("gt29_hartmann_lowercase.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 18:52", re(1121),
        "hallo, ja war heute 10.11. 👍 lg leonie",
        client="webde", reply="cr-1121", style="webde")  # fmt: skip
    yes("gt30_oneill_english.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 07:15", re(1137),
        "Hi there,\n\nconfirming that my session on Tuesday 21 April went ahead as planned.\n\nBest,\nJames",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    yes("gt31_jansen_geraet.eml", 17, (1105,), ("2026-10-29",), "2026-10-29 12:05", re(1105),
        "jo, 29.10. hat geklappt, Gerät lief auch diesmal. Grüße Ole",
        client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    yes("gt32_vogel_formal.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 09:12", re(1082),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Behandlung am 10.09.2026.\n\nMit freundlichen Grüßen\nDr. Michael Vogel\nVogel & Partner Rechtsanwälte\nKönigsallee 14, 40212 Düsseldorf\nTel. 0211 4455 120",
        client="outlook", reply="cr-1082", style="outlook_classic")  # fmt: skip
    yes("gt33_yildiz_short.eml", 12, (1076,), ("2026-08-12",), "2026-08-12 12:40", re(1076),
        "Hallo. Ja Termin war 12.08. Telefon. Alles gut. Danke\nFatma",
        client="samsung", reply="cr-1076", style="samsung")  # fmt: skip


def look_alikes() -> None:
    """Look like confirmations; nothing may be recorded."""
    yes("gt34_zimmermann_cancelled_day.eml", 15, (), (), "2026-10-26 11:45", re(1095),
        "Heute hat wieder alles geklappt, danke.\nK. Zimmermann",
        client="plain", reply="cr-1095", style="outlook_classic", staff=True,
        note="'heute' is 26.10., which is cancelled: nothing to record, staff must look")  # fmt: skip
    yes("gt35_koch_already_confirmed.eml", 18, (), ("2026-04-15",), "2026-04-16 08:00", re(1115),
        "Guten Morgen,\nja, die Behandlung am 15.4. hat stattgefunden.\nRenate Koch",
        client="tonline", reply="cr-1115", style="tonline",
        note="15.04. was confirmed already; a repeat needs nobody")  # fmt: skip
    no("gt36_demir_nobody_came.eml", 3, ("question",), "2026-04-01 09:30", re(1022),
       "hallo, heute war doch termin 1.4.? ich war um halb 9 im video drin aber es kam niemand. hab ich was verpasst?\naylin",
       client="gmail", reply="cr-1022", style="gmail",
       note="01.04. is cancelled; she waited in the video room")  # fmt: skip
    no("gt37_schaefer_tonight.eml", 16, ("other",), "2026-11-11 18:00", re(1102),
       "Hallo, den Termin heute Abend bestätige ich gerne, bin um 19 Uhr online.\nBirgit Schäfer",
       client="gmail", reply="cr-1102", style="gmail", staff=False,
       note="promises to attend tonight's session (not yet held); nothing to do")  # fmt: skip
    no("gt38_hoffmann_connection_lost.eml", 6, ("technical", "reschedule"), "2026-06-01 09:20", re(1045),
       "Guten Morgen,\n\nleider hat das heute nicht richtig funktioniert, die Verbindung ist nach etwa 10 Minuten abgebrochen und kam nicht wieder. Bitte so nicht abrechnen, melden Sie sich bitte wegen eines Ersatztermins.\n\nPeter Hoffmann",
       client="outlook", reply="cr-1045", style="outlook")  # fmt: skip
    no("gt39_aydin_no_call.eml", 22, ("question",), "2026-03-19 14:30", re(1134),
       "Hallo heute niemand angerufen. Ich habe gewartet bis 13 Uhr. Was ist passiert?\nMehmet Aydın",
       client="samsung", reply="cr-1134", style="samsung")  # fmt: skip
    no("gt40_neumann_reminder_thanks.eml", 9, ("other",), "2026-07-27 10:00", rem(1062),
       "Sehr geehrtes Praxisteam,\nvielen Dank für die Erinnerung. Ich bestätige den Termin morgen, ich bin zu Hause und erwarte Ihren Anruf.\nMit freundlichen Grüßen\nGisela Neumann",
       client="thunderbird", reply="rem-1062", style="thunderbird", staff=False,
       note="confirms attending tomorrow; nothing took place yet")  # fmt: skip
    no("gt41_hartmann_not_held.eml", 20, ("cancellation", "question"), "2026-11-17 19:00", re(1122),
       "Hallo, ich konnte heute leider nicht, hatte das doch telefonisch abgesagt?? Bitte nicht als stattgefunden werten.\nLeonie",
       client="webde", reply="cr-1122", style="webde")  # fmt: skip
    no("gt42_berger_missed_and_next.eml", 24, ("other",), "2026-06-05 11:00", "Termin nächste Woche",
       "Guten Tag,\n\nich bestätige hiermit den Termin am 10.06. um 9 Uhr. Am 03.06. war ich leider nicht erreichbar, das tut mir leid.\n\nMit freundlichem Gruß\nUrsula Berger",
       client="webde", note="10.06. is still to come; 03.06. (scheduled) was missed: staff must not bill it")  # fmt: skip
    no("gt43_carter_ten_minutes.eml", 11, ("question",), "2026-08-31 14:00", re(1073),
       "Hi,\n\nI'm afraid we only managed about 10 minutes today before my little one woke up - not sure that counts as a session? Let me know.\n\nEmily",
       client="gmail", reply="cr-1073", style="gmail_en",
       note="31.08. only partly held")  # fmt: skip


def main() -> None:
    load_practice()
    wrong_request()
    under_reminder()
    several_at_once()
    subject_and_body()
    late_and_quoted()
    plain_answers()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
