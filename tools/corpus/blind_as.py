"""Write blind set AS: an ordinary inbox of video patients for whom technology is part of
life. 41 mails: 31 confirm at least one session, most of them short replies under our
request, some new mails with several days or written late; many mention a frozen picture,
a late start, a session finished by phone after the video failed, an access code that did
not work at first, or a new phone, laptop or browser, and the session still took place.
10 look like confirmations and are not: a session that failed completely, sessions cut off
after a few minutes, tests of the link before the session (one fine, two with a question
or a failure), complaints about the sound that do not say whether the session took place,
and a question about a new phone before a session.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_as`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_as")


def re_en(aid: int) -> str:
    return f"Re: Bitte bestätigen Sie Ihre Behandlung vom {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def re_vl(aid: int) -> str:
    return f"Re: Ihr Videotermin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


def early_year() -> None:
    """Sabine Krüger (1), Sophie Wagner (21), Aylin Demir (3)."""
    yes("as01_frozen_picture_webde.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:10", re(1003),
        "Hallo,\n\nja, die Behandlung am 27.01. hat stattgefunden. Das Bild ist zwischendurch"
        " ein paar mal stehen geblieben, aber wir haben einfach weitergemacht.\n\n"
        "Gruß\nS. Krüger",
        client="webde", reply="cr-1003", style="webde",
        note="frozen picture, session went on: a plain confirmation")  # fmt: skip
    yes("as02_short_lower_case.eml", 1, (1004,), ("2026-02-03",), "2026-02-03 18:40", re(1004),
        "hat stattgefunden heute 3.2.\nlg Sabine",
        client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("as03_two_days_one_by_phone.eml", 1, (1005, 1006), ("2026-02-10", "2026-02-17"),
        "2026-02-19 20:15", "Bestätigung Termine Februar",
        "Guten Abend,\n\nich hab vergessen die letzten beiden zu bestätigen: 10.02. und 17.02.,"
        " beide haben stattgefunden. Am 17. hat es mit dem Code erst nicht geklappt, Ihre"
        " Kollegin hat mich dann angerufen und wir haben am Telefon weitergemacht.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde",
        note="two days in a new mail; the second moved to the phone and took place")  # fmt: skip
    yes("as04_new_phone_link_question.eml", 1, (1007,), ("2026-02-24",), "2026-02-24 11:40",
        re(1007),
        "Ja, 24.02. hat stattgefunden.\n\nKönnen Sie mir für nächste Woche den Videolink"
        " nochmal schicken? Ich habe ein neues Handy und finde die alte Mail nicht mehr.\n\n"
        "Danke, Sabine Krüger",
        client="webde", reply="cr-1007", style="webde", staff=True, extra=("question",),
        note="confirms 24.02. and asks for the link again")  # fmt: skip
    yes("as05_january_three_days_tablet.eml", 21, (1124, 1125, 1126),
        ("2026-01-12", "2026-01-19", "2026-01-26"), "2026-01-30 19:30", "Termine Januar",
        "Hallo,\n\nich wollte noch meine Termine im Januar bestätigen: 12.01., 19.01. und"
        " 26.01. Alle drei haben per Video stattgefunden, am 19. war ich mit dem Tablet drin"
        " statt mit dem PC.\n\nSchönes Wochenende\nSophie Wagner",
        client="webde", note="three days at once, late")  # fmt: skip
    yes("as06_choppy_samsung.eml", 21, (1128,), ("2026-02-09",), "2026-02-09 11:15", re(1128),
        "Termin am 9.2 hat statt gefunden. Bild war bisschen ruckelig aber ging\n\n"
        "Von meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1128", style="samsung")  # fmt: skip
    yes("as07_late_laptop_update.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 10:20", re(1019),
        "Guten Morgen, ja hat stattgefunden heute am 4.3. Sorry dass ich 5 min zu spät war,"
        " mein Laptop hat genau dann ein Update gemacht 🙈\nAylin",
        client="gmail", reply="cr-1019", style="gmail",
        note="late start on the patient's side, session took place")  # fmt: skip
    yes("as08_plain_yes_date.eml", 3, (1020,), ("2026-03-11",), "2026-03-11 10:40", re(1020),
        "Bestätige den Termin vom 11.03.2026.\n\nLG Aylin Demir",
        client="gmail", reply="cr-1020", style="gmail")  # fmt: skip
    no("as09_nobody_came.eml", 3, ("technical", "reschedule"), "2026-03-18 10:15", re(1021),
       "Hallo,\n\ndie Behandlung heute hat leider nicht stattgefunden. Ich war ab 8:25 im"
       " Warteraum, aber es ist niemand dazugekommen und um kurz nach 9 stand da nur noch"
       " \"Sitzung beendet\". Können wir das nachholen?\n\nAylin Demir",
       client="gmail", reply="cr-1021", style="gmail",
       note="answers our request, but the session failed completely")  # fmt: skip
    yes("as10_two_days_not_the_cancelled.eml", 3, (1022, 1024), ("2026-03-25", "2026-04-08"),
        "2026-04-08 12:30", re(1024),
        "Hallo, Termin am 8.4. hat stattgefunden. Der vom 25.3. übrigens auch, den hatte ich"
        " glaub ich noch nicht bestätigt. (Der am 1.4. ist ja ausgefallen.)\n\nAylin",
        client="gmail", reply="cr-1024", style="gmail",
        note="8.4. and 25.3.; 1.4. named as cancelled, not as a treatment")  # fmt: skip


def spring() -> None:
    """Marie Schulz (5), Peter Hoffmann (6)."""
    yes("as11_dialled_in_again.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 17:55", re(1034),
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass die Videobehandlung am"
        " 16.04.2026 stattgefunden hat. Wir mussten uns zwischendurch einmal neu einwählen,"
        " weil die Verbindung weg war, danach lief es.\n\nMit freundlichen Grüßen\n"
        "Marie Schulz",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("as12_new_laptop_late_two.eml", 5, (1036, 1037), ("2026-04-30", "2026-05-07"),
        "2026-05-20 09:05", "Nachtrag Bestätigung",
        "Guten Morgen,\n\nNachtrag: die Termine am 30.04. und 07.05. haben beide stattgefunden."
        " Entschuldigung für die Verspätung, ich hatte einen neuen Laptop und das Mailprogramm"
        " war noch nicht eingerichtet.\n\nMarie Schulz",
        client="thunderbird", note="two days, weeks late")  # fmt: skip
    no("as13_link_test_invalid_code.eml", 5, ("technical", "question"), "2026-05-19 19:00",
       re_vl(1038),
       "Hallo,\n\nich habe den Link für Donnerstag schon mal getestet und komme nicht rein,"
       " da steht \"Zugangscode ungültig\". Was mache ich falsch?\n\nGrüße\nMarie Schulz",
       client="thunderbird", reply="vl-1038", style="thunderbird",
       note="a test before the session, which is still ahead")  # fmt: skip
    yes("as14_camera_late_start.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:15", re(1040),
        "Guten Morgen,\n\nbestätige die Sitzung heute, 04.05. Hat wegen meiner Kamera ein paar"
        " Minuten später angefangen, war aber komplett.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook", reply="cr-1040", style="outlook")  # fmt: skip
    yes("as15_same_day_two_one_by_phone.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 19:02", "Termine 18.05.",
        "Hallo Praxis Impulse,\n\nbeide Termine heute (18.05., morgens Gerät und mittags"
        " Manuelle) haben stattgefunden. Mittags ist das Video abgestürzt, wir haben dann"
        " per Telefon zu Ende gemacht.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook",
        note="both sessions of 18.05.; the second finished by phone")  # fmt: skip
    no("as16_cut_off_after_five_minutes.eml", 6, ("technical",), "2026-05-26 09:10", re(1044),
       "Kurze Info: heute war nach ca. 5 Minuten die Verbindung weg, danach kam ich nicht"
       " mehr rein, auch nicht mit neu eingegebenem Code. Das kann man so ja nicht abrechnen."
       " Bitte um Rückruf.\n\nPeter Hoffmann",
       client="outlook", reply="cr-1044", style="outlook",
       note="session cut off after a few minutes: not confirmed")  # fmt: skip


def summer() -> None:
    """Elena Popescu (7), Jonas Richter (8), Lukas Brandt (10)."""
    yes("as17_wrong_browser_learner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 14:20",
        re(1046),
        "Guten Tag,\n\nich bestätige die Termin am 02.06. Es hat stattgefunden. Am Anfang die"
        " Code hat nicht funktioniert, ich habe falsche Browser benutzt (Safari), mit Chrome"
        " war gut.\n\nVielen Dank\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    no("as18_link_test_new_phone_question.eml", 7, ("technical", "question"),
       "2026-06-14 16:00", re_vl(1048),
       "Guten Tag,\n\nich habe heute den Link getestet mit meine neue Handy. Ich sehe nur"
       " Warteraum und schwarze Bild. Ist das richtig so oder muss Kamera schon gehen?\n\n"
       "Danke\nElena",
       client="yahoo", reply="vl-1048", style="yahoo",
       note="a link test two days before the session, with a question")  # fmt: skip
    yes("as19_thumbs_up_iphone.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:12", re(1051),
        "Jo, hat stattgefunden 👍 (3.6.)\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("as20_two_days_laptop_strike.eml", 8, (1052, 1053), ("2026-06-10", "2026-06-17"),
        "2026-06-17 21:40", re(1053),
        "Beide bestätigt, 10.6. und heute. Letzte Woche übers Handy weil der Laptop gestreikt"
        " hat, ging aber.\n\nGesendet von meinem iPhone",
        client="iphone", reply="cr-1053", style="iphone",
        note="'heute' is 17.06., the day of the request answered")  # fmt: skip
    yes("as21_phone_only_code_expired.eml", 8, (1054,), ("2026-06-24",), "2026-06-24 20:05",
        re(1054),
        "Bestätige 24.6. Lief diesmal nur per Telefon, weil der Zugangscode angeblich"
        " abgelaufen war?? Bitte mal checken bevor nächste Woche.\n\nJonas\n\n"
        "Gesendet von meinem iPhone",
        client="iphone", reply="cr-1054", style="iphone", staff=True, extra=("technical",),
        note="took place by phone; asks to check the code for next week")  # fmt: skip
    yes("as22_bottom_post_thunderbird.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:30",
        re(1063),
        "Bestätigt, die Behandlung am 03.07. hat stattgefunden.\n\nLukas",
        client="thunderbird", reply="cr-1063", style="thunderbird", bottom=True)  # fmt: skip
    yes("as23_frozen_first_half.eml", 10, (1064,), ("2026-07-10",), "2026-07-11 09:05", re(1064),
        "Hat stattgefunden (10.07.), trotz eingefrorenem Bild in der ersten Hälfte, der Ton"
        " war ja da.\n\nGrüße, Lukas",
        client="thunderbird", reply="cr-1064", style="thunderbird", bottom=True)  # fmt: skip
    yes("as24_one_held_one_cut_off.eml", 10, (1065,), ("2026-07-17",), "2026-07-24 17:50",
        re(1066),
        "17.07. fand statt. Heute leider nicht richtig: nach ca. 10 Minuten war die Verbindung"
        " weg und es kam keiner mehr rein. Wie machen wir das?\n\nLukas Brandt",
        client="thunderbird", reply="cr-1066", style="thunderbird", bottom=True, staff=True,
        extra=("technical", "question"),
        note="17.07. confirmed; 24.07. cut off after 10 minutes, not confirmed")  # fmt: skip


def late_summer() -> None:
    """Emily Carter (11), Dr. Michael Vogel (13), Anna Lehmann (14)."""
    yes("as25_english_video_froze.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:10",
        re_en(1069),
        "Hi,\n\nyes, I confirm the session on 3 August took place. The video froze a couple"
        " of times but we managed.\n\nThanks,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("as26_english_switched_to_phone.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 15:00",
        re_en(1070),
        "Confirming today's session (Aug 10). My wifi dropped halfway through so we switched"
        " to a phone call, but we did the full session.\n\nBest,\nEmily Carter",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    no("as27_english_sound_kept_cutting.eml", 11, ("technical", "question"), "2026-08-31 14:00",
       re_en(1073),
       "Hi,\n\nthe sound kept cutting out again today, really frustrating. Is there anything"
       " I can do on my end? Different browser maybe?\n\nEmily",
       client="gmail", reply="cr-1073", style="gmail_en",
       note="a sound complaint under our request; nothing on whether it took place")  # fmt: skip
    yes("as28_english_late_new_phone.eml", 11, (1072,), ("2026-08-24",), "2026-09-01 08:40",
        re_en(1072),
        "Confirming 24 August, sorry this is late - new phone and my mail app wasn't set up"
        " for a week.\n\nSent from my iPhone",
        client="iphone", reply="cr-1072", style="gmail_en",
        note="a week late")  # fmt: skip
    yes("as29_lawyer_signature_phone.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:45",
        re(1082),
        "Sitzung 10.09.2026 fand statt. Beginn wegen Zugangsproblem erst ca. 07:10.\n\n"
        "Dr. M. Vogel\nVogel & Partner Rechtsanwälte\nKönigsallee 12, 40212 Düsseldorf\n"
        "Tel. 0211 555 1234",
        client="outlook", reply="cr-1082", style="outlook_classic",
        note="time and phone number in the mail are not days")  # fmt: skip
    yes("as30_uni_wifi_via_phone.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:00",
        re(1087),
        "Liebes Praxisteam,\n\ndie Videobehandlung heute (08.09.) hat stattgefunden. Im"
        " Uni-WLAN ging die Kamera nicht, ich habe dann übers Handy teilgenommen.\n\n"
        "Viele Grüße\nAnna Lehmann",
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("as31_lowercase_no_dot.eml", 14, (1088,), ("2026-09-15",), "2026-09-15 14:45", re(1088),
        "ja hat stattgefunden am 15.9",
        client="apple", reply="cr-1088", style="iphone")  # fmt: skip
    no("as32_new_phone_before_session.eml", 14, ("question", "technical"), "2026-09-21 18:00",
       "AW: Erinnerung: Ihr Termin am 22.09.2026",
       "Hallo,\n\nich habe seit gestern ein neues Handy. Muss ich für morgen eine App"
       " installieren oder geht der Link einfach im Browser?\n\nDanke und viele Grüße\n"
       "Anna Lehmann",
       client="thunderbird", reply="rem-1089", style="thunderbird",
       note="a question before the session; nothing took place yet")  # fmt: skip


def autumn() -> None:
    """Birgit Schäfer (16), Ole Jansen (17), David Nowak (19), Leonie Hartmann (20)."""
    yes("as33_office_address_sound_fixed.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:10",
        re(1098),
        "Guten Morgen,\n\nhiermit bestätige ich den Termin vom 07.10.2026. Anfangs hatten wir"
        " Probleme mit dem Ton, das haben wir dann aber hinbekommen.\n\n"
        "Mit freundlichen Grüßen\nBirgit Schäfer\n\nSchäfer Steuerberatung\n"
        "Lindenstraße 4 · 50674 Köln · Tel. 0221 987 650",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    yes("as34_gmx_short.eml", 16, (1099,), ("2026-10-14",), "2026-10-14 21:05", re(1099),
        "Termin heute 14.10. hat stattgefunden.\nlg Birgit",
        client="webde", reply="cr-1099", style="webde")  # fmt: skip
    no("as35_sound_complaint_only.eml", 16, ("technical",), "2026-10-21 20:45", re(1100),
       "Hallo,\n\nder Ton war heute wieder sehr schlecht, ich habe Ihre Kollegin kaum"
       " verstanden und musste ständig nachfragen. Liegt das an Ihrer Seite? So macht das"
       " wenig Sinn.\n\nBirgit Schäfer",
       client="webde", reply="cr-1100", style="webde",
       note="complains about the sound under our request; says nothing of the session taking"
            " place")  # fmt: skip
    yes("as36_code_space_copied.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 11:45", re(1104),
        "Moin,\n\nbestätige die Behandlung am 22.10. Hat etwas gedauert bis ich drin war, der"
        " Code wollte erst nicht (hatte ein Leerzeichen mitkopiert), danach lief alles.\n\n"
        "Gruß Ole",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    no("as37_failed_new_laptop.eml", 17, ("technical", "reschedule"), "2026-10-29 11:40",
       re(1105),
       "Hallo,\n\nheute hat es leider gar nicht geklappt. Mein neuer Laptop hat Kamera und"
       " Mikro blockiert und bis ich das gefunden hatte, war die Zeit um. Angerufen hab ich"
       " auch, da ging keiner ran. Können wir das nachholen?\n\nOle Jansen",
       client="gmail", reply="cr-1105", style="gmail",
       note="the session failed completely")  # fmt: skip
    yes("as38_proton_late_start.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 09:40", re(1116),
        "Hallo,\n\nich bestätige die Behandlung vom 06.11.2026. Ging leicht verspätet los,"
        " aber volle Länge.\n\nDavid Nowak",
        client="plain", reply="cr-1116", style="thunderbird")  # fmt: skip
    no("as39_cut_off_replacement.eml", 19, ("technical", "reschedule"), "2026-11-13 09:50",
       re(1117),
       "Guten Morgen,\n\ndie Verbindung ist heute nach ein paar Minuten abgebrochen und wir"
       " haben es nicht mehr hinbekommen, auch nicht übers Telefon. Bitte um einen"
       " Ersatztermin.\n\nDavid Nowak",
       client="plain", reply="cr-1117", style="thunderbird",
       note="cut off after a few minutes: not confirmed")  # fmt: skip
    yes("as40_new_phone_worked.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 18:50", re(1120),
        "Hallo liebes Team,\n\nja hat stattgefunden heute, 03.11. Hab mir extra ein neues"
        " Handy geholt damit das mit dem Video klappt 😅 hat funktioniert!\n\nLG Leonie",
        client="webde", reply="cr-1120", style="webde")  # fmt: skip
    no("as41_link_test_all_fine.eml", 20, ("other",), "2026-11-08 20:00", re_vl(1121),
       "Hab den Zugangscode grad schon mal ausprobiert, ich komme in den Warteraum. Passt"
       " also alles für Dienstag :)\n\nLG Leonie",
       client="webde", reply="vl-1121", style="webde", staff=False,
       note="a link test before the session; nothing to do, nothing to confirm")  # fmt: skip


def main() -> None:
    load_practice()
    early_year()
    spring()
    summer()
    late_summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
