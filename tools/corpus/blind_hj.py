"""Blind set HJ: one ordinary spring inbox (March and April 2026, Easter included) of the
practice's patients answering our confirmation requests, and a few mails that only look
like it.

32 confirmations (short replies under our request, new mails naming one to three days,
late answers after Easter, phone autocorrect, English, learners' German, a daughter and a
mother writing for the patient, a question or a wish to move beside the yes, bottom
posting) and 8 look-alikes (a cancellation, a reschedule, a missed session, a
prescription question, replies to a reminder and to a video-link mail, a thank-you
without a yes, a session cut short). Each mail is labelled with what a careful practice
employee would record: `confirmed` only for the patient's own scheduled, not yet
confirmed appointments plainly confirmed as held in full; `dates` the days named as days a
session took place; `needs_staff` when someone must look or act.

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

HERE = data_dir("blind_hj")

KRUEGER, BECKER, DEMIR, SCHULZ, KOCH, AYDIN, ONEILL = 1, 2, 3, 5, 18, 22, 23


def march() -> None:
    yes("hj01_krueger_ja_stattgefunden.eml", KRUEGER, [1008], [], "2026-03-03 12:05",
        request_subject(1008), "Ja, hat stattgefunden.\n\nMfG\nS. Krüger",
        client="webde", reply="cr-1008", style="webde")  # fmt: skip
    yes("hj02_becker_datum_outlook.eml", BECKER, [1018], ["2026-03-02"], "2026-03-02 19:41",
        request_subject(1018),
        "Hallo,\n\nja, die telefonische Behandlung am 02.03. hat stattgefunden.\n\n"
        "Gruß\nThomas Becker",
        client="outlook", reply="cr-1018", style="outlook_classic")  # fmt: skip
    yes("hj03_demir_daumen.eml", DEMIR, [1019], [], "2026-03-04 10:12",
        request_subject(1019), "Ja 👍", client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("hj04_aydin_lerner_bestaetigung.eml", AYDIN, [1132], [], "2026-03-05 18:20",
        request_subject(1132),
        "Guten Tag,\n\nja ich bestätige, das Behandlung hat stattgefunden. "
        "Danke schön für Hilfe.\n\nMehmet Aydın",
        client="outlook", reply="cr-1132", style="outlook")  # fmt: skip
    yes("hj05_krueger_iphone_bestaetigt.eml", KRUEGER, [1009], [], "2026-03-10 11:48",
        request_subject(1009), "Ja bestätigt\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1009", style="iphone")  # fmt: skip
    yes("hj06_demir_spaet_datum.eml", DEMIR, [1020], ["2026-03-11"], "2026-03-13 21:37",
        request_subject(1020),
        "Hallo,\n\nsorry für die späte Antwort – ja, der Termin am 11.3. hat stattgefunden.\n\n"
        "LG Aylin",
        client="gmail", reply="cr-1020", style="gmail")  # fmt: skip
    yes("hj07_aydin_war_gut.eml", AYDIN, [1133], [], "2026-03-12 15:10",
        request_subject(1133),
        "Hallo\nja war gut, hat stattgefunden. Die Übungen ich mache jeden Tag, "
        "Rücken ist schon besser.\nDanke\nMehmet",
        client="outlook", reply="cr-1133", style="outlook")  # fmt: skip
    yes("hj08_krueger_zwei_tage_neu.eml", KRUEGER, [1008, 1009], ["2026-03-03", "2026-03-10"],
        "2026-03-11 09:02", "Bestätigung meiner Termine",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich meine beiden Termine vom "
        "3. und 10. März, beide haben wie geplant stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nSabine Krüger",
        client="webde")  # fmt: skip
    yes("hj09_demir_ok_unten.eml", DEMIR, [1021], [], "2026-03-18 10:31",
        request_subject(1021), "ok, passt. hat stattgefunden", client="gmail",
        reply="cr-1021", style="gmail", bottom=True)  # fmt: skip
    yes("hj10_aydin_neu_formell.eml", AYDIN, [1134], ["2026-03-19"], "2026-03-20 08:57",
        "Bestätigung Termin",
        "Sehr geehrte Damen und Herren,\n\nich bestätige, dass die Behandlung am 19.03.2026 "
        "stattgefunden hat.\n\nMit freundlichen Grüßen\nMehmet Aydın",
        client="outlook")  # fmt: skip
    yes("hj11_koch_kurz_tonline.eml", KOCH, [1109], [], "2026-03-23 17:02",
        request_subject(1109), "Ja.\n\nMfG Koch", client="tonline", reply="cr-1109",
        style="tonline")  # fmt: skip
    yes("hj12_koch_zwei_telefonate.eml", KOCH, [1109, 1110], ["2026-03-23", "2026-03-25"],
        "2026-03-26 10:15", "Behandlungen",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen "
        "Behandlungen am 23.03. und am 25.03.2026.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline")  # fmt: skip
    yes("hj13_aydin_samsung_emoji.eml", AYDIN, [1135], [], "2026-03-26 14:46",
        request_subject(1135), "Ja stattgefunden 👍\n\n\nVon meinem Samsung Galaxy gesendet",
        client="samsung", reply="cr-1135", style="samsung")  # fmt: skip
    yes("hj14_koch_frage_uebungsblatt.eml", KOCH, [1110], [], "2026-03-25 18:30",
        request_subject(1110),
        "Guten Abend,\n\nja, hat stattgefunden. Ich habe die zweite Übung aber nocht nicht "
        "ganz verstabden, können Sie mir das Blatt nochmal schicken?\n\nR. Koch",
        client="tonline", reply="cr-1110", style="tonline", staff=True,
        extra=("question",))  # fmt: skip
    yes("hj15_demir_drei_termine.eml", DEMIR, [1019, 1020, 1021],
        ["2026-03-04", "2026-03-11", "2026-03-18"], "2026-03-19 22:14", "Meine Termine",
        "Hallo zusammen,\n\nich hab eure Mails irgendwie nie beantwortet, deshalb auf einmal: "
        "4.3., 11.3. und 18.3. haben alle stattgefunden.\n\nLiebe Grüße\nAylin Demir",
        client="gmail")  # fmt: skip
    yes("hj16_aydin_unten_datum.eml", AYDIN, [1134], ["2026-03-19"], "2026-03-19 16:05",
        request_subject(1134), "Ja richtig, Termin 19.03 war. Danke\nMehmet",
        client="outlook", reply="cr-1134", style="outlook", bottom=True)  # fmt: skip
    yes("hj17_krueger_vergessen.eml", KRUEGER, [1009], ["2026-03-10"], "2026-03-24 20:12",
        request_subject(1009),
        "Ach, das hatte ich ganz vergessen – ja, die Behandlung am 10.03. fand statt. "
        "Entschuldigung!\n\nViele Grüße\nSabine Krüger",
        client="webde", reply="cr-1009", style="webde")  # fmt: skip


def after_easter() -> None:
    yes("hj18_demir_nach_ostern.eml", DEMIR, [1022], ["2026-03-25"], "2026-04-07 09:20",
        request_subject(1022),
        "Hallo,\n\ndas ist über Ostern leider untergegangen – ja, die Stunde am 25.03. hat "
        "stattgefunden. Frohe Ostern noch nachträglich!\n\nAylin",
        client="gmail", reply="cr-1022", style="gmail")  # fmt: skip
    yes("hj19_koch_nach_ostern.eml", KOCH, [1111], ["2026-03-30"], "2026-04-07 11:03",
        request_subject(1111),
        "Guten Tag,\n\nentschuldigen Sie die Verspätung, wir waren über die Feiertage bei "
        "den Kindern. Die Behandlung am 30. März hat stattgefunden.\n\n"
        "Freundliche Grüße\nRenate Koch",
        client="tonline", reply="cr-1111", style="tonline")  # fmt: skip
    yes("hj20_koch_tochter.eml", KOCH, [1112], ["2026-04-01"], "2026-04-02 08:34",
        request_subject(1112),
        "Hallo,\n\nhier schreibt die Tochter von Frau Koch. Meine Mutter bittet mich, Ihnen "
        "zu bestätigen, dass das Telefonat mit der Therapeutin am 1.4. stattgefunden hat.\n\n"
        "Viele Grüße\nClaudia Koch (für Renate Koch)",
        client="tonline", reply="cr-1112", style="tonline")  # fmt: skip
    yes("hj21_demir_verschieben.eml", DEMIR, [1024], [], "2026-04-08 12:02",
        request_subject(1024),
        "Ja, hat stattgefunden. Kann ich den Termin am 22.4. auf später verschieben, so "
        "10 Uhr? Da hab ich morgens eine Klausur.\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1024", style="iphone", staff=True,
        extra=("reschedule",))  # fmt: skip
    yes("hj22_koch_bestaetigt_danke.eml", KOCH, [1113], [], "2026-04-08 17:10",
        request_subject(1113), "Ja, bestätigt. Danke.", client="tonline", reply="cr-1113",
        style="tonline")  # fmt: skip
    yes("hj23_koch_ipad_tippfehler.eml", KOCH, [1113], ["2026-04-08"], "2026-04-09 09:41",
        request_subject(1113),
        "Ja die Behandlubg am 8.4. hat stattgefubden.\nGruss R. Koch\n\nVon meinem iPad gesendet",
        client="iphone", reply="cr-1113", style="iphone")  # fmt: skip
    yes("hj24_koch_rezept_frage.eml", KOCH, [1114], ["2026-04-13"], "2026-04-16 10:25",
        request_subject(1114),
        "Sehr geehrte Damen und Herren,\n\nja, die Behandlung vom 13.04. fand statt.\n\n"
        "Eine Frage noch: bekomme ich ein neues Rezept? Die sechs Termine sind doch bald "
        "um.\n\nMit freundlichen Grüßen\nRenate Koch",
        client="tonline", reply="cr-1114", style="tonline", staff=True,
        extra=("question",))  # fmt: skip
    yes("hj25_oneill_confirmed.eml", ONEILL, [1136], [], "2026-04-14 21:33",
        request_subject(1136, "RE"), "Yes, confirmed – the session took place.\n\nThanks,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip
    yes("hj26_oneill_14th.eml", ONEILL, [1136], ["2026-04-14"], "2026-04-17 08:15",
        request_subject(1136, "Re"),
        "Hi,\n\nsorry for the delay. Yes, the call on 14 April went ahead, all good.\n\n"
        "Cheers,\nJames O'Neill",
        client="gmail", reply="cr-1136", style="gmail_en")  # fmt: skip
    yes("hj27_demir_danke_war_gut.eml", DEMIR, [1025], [], "2026-04-15 10:40",
        request_subject(1025), "Danke, war gut! Ja, stattgefunden.", client="gmail",
        reply="cr-1025", style="gmail")  # fmt: skip
    yes("hj28_demir_autokorrektur.eml", DEMIR, [1025], [], "2026-04-15 13:58",
        request_subject(1025), "Ja hat stattgefubden, danke!!\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1025", style="iphone")  # fmt: skip
    yes("hj29_schulz_mutter.eml", SCHULZ, [1034], ["2026-04-16"], "2026-04-16 17:44",
        request_subject(1034),
        "Hallo,\n\nMarie hatte am 16.4. ihre Videostunde, das hat alles gut geklappt.\n\n"
        "Viele Grüße\nKatrin Schulz (Mutter)",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("hj30_oneill_unten.eml", ONEILL, [1137], ["2026-04-21"], "2026-04-22 07:50",
        request_subject(1137, "RE"), "Yes, it took place on 21 April.\n\nJames",
        client="outlook", reply="cr-1137", style="outlook_en", bottom=True)  # fmt: skip
    yes("hj31_schulz_datum_thunderbird.eml", SCHULZ, [1035], ["2026-04-23"], "2026-04-24 08:12",
        request_subject(1035),
        "Guten Tag,\n\nja, die Behandlung am 23.04. hat stattgefunden.\n\nViele Grüße\nK. Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird")  # fmt: skip
    yes("hj32_schulz_emoji.eml", SCHULZ, [1035], [], "2026-04-23 17:20",
        request_subject(1035), "👍", client="iphone", reply="cr-1035", style="iphone")  # fmt: skip


def look_alikes() -> None:
    no("hj33_krueger_erinnerung.eml", KRUEGER, ("other",), "2026-03-09 10:32",
       reminder_subject(1009), "Danke für die Erinnerung, ich bin morgen dabei.\n\nS. Krüger",
       client="webde", reply="rem-1009", style="webde", staff=False)  # fmt: skip
    no("hj34_becker_abgebrochen.eml", BECKER, ("other",), "2026-03-02 20:05",
       request_subject(1018),
       "Guten Abend,\n\ndas Gespräch am 02.03. ist nach etwa zehn Minuten abgebrochen, der "
       "Rückruf kam bei mir nicht mehr an. Vollständig stattgefunden hat es also nicht.\n\n"
       "Gruß\nT. Becker",
       client="outlook", reply="cr-1018", style="outlook_classic", dates=("2026-03-02",))  # fmt: skip
    no("hj35_aydin_verschieben.eml", AYDIN, ("reschedule",), "2026-03-20 12:10",
       "Termin verschieben",
       "Hallo,\n\nkann ich Termin am 26.3. verschieben? Ich muss an dem Tag arbeiten, "
       "Mittag geht nicht. Vielleicht Freitag?\n\nDanke\nMehmet Aydın",
       client="outlook")  # fmt: skip
    no("hj36_demir_videolink.eml", DEMIR, ("technical", "question"), "2026-04-05 11:04",
       video_link_subject(1024),
       "Hallo, der Link öffnet sich bei mir auf dem Handy nicht. Brauche ich dafür eine "
       "App?\n\nAylin",
       client="gmail", reply="vl-1024", style="gmail")  # fmt: skip
    no("hj37_koch_rezept.eml", KOCH, ("question",), "2026-04-09 15:20",
       "Frage zur Verordnung",
       "Sehr geehrte Damen und Herren,\n\nmeine Hausärztin hat mir eine neue Verordnung "
       "ausgestellt. Muss ich Ihnen das Original schicken oder reicht ein Foto?\n\n"
       "Mit freundlichen Grüßen\nRenate Koch",
       client="tonline")  # fmt: skip
    no("hj38_oneill_thanks.eml", ONEILL, ("other",), "2026-04-16 19:02",
       "Exercise sheet",
       "Hi,\n\nthanks a lot for sending the exercise sheet, very helpful.\n\nBest,\nJames",
       client="outlook", staff=False)  # fmt: skip
    no("hj39_demir_absage.eml", DEMIR, ("cancellation",), "2026-04-17 09:30",
       "Absage 22.04.",
       "Hallo,\n\nich muss den Termin am Mittwoch, 22.4., leider absagen, ich habe da eine "
       "Klausur.\n\nLG Aylin Demir",
       client="gmail")  # fmt: skip
    no("hj40_schulz_verpasst.eml", SCHULZ, ("other",), "2026-04-30 18:10",
       "Termin heute",
       "Hallo,\n\nes tut mir leid, wir haben den Videotermin heute um 15:30 verpasst, Marie "
       "kam später aus der Schule. Bitte entschuldigen Sie.\n\nViele Grüße\nKatrin Schulz",
       client="thunderbird")  # fmt: skip


def main() -> None:
    load_practice()
    march()
    after_easter()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
