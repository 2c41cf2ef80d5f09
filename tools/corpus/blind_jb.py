"""Blind corpus JB: two sessions on one day.

Peter Hoffmann (patient 6) has two video sessions on Monday 18 May 2026: Gerätetraining
(KGG, appointment 1042, 7:30-8:00) and Manuelle Therapie (MT, appointment 1043,
12:30-13:00), besides weekly KGG sessions (1040, 1041, 1044, 1045). His mails confirm
both, one of them (named by time, kind or order), or the day without saying which; some
report one session missed, cut short or moved; some name other days too. Look-alikes ask
to put both on one time, ask which one is next week, cancel the second, or complain that
the second call never came.

Labelled strictly: `confirmed` holds only sessions plainly held in full whose day and,
on 18 May, which of the two is clear from the mail's words (a bare reply under our request
for one appointment confirms that one); anything unclear or partial needs staff.

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

HERE = data_dir("blind_jb")
P = 6
D = "2026-05-18"


def both_held() -> None:
    yes(
        "jb01_hoffmann_beide_heute.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-18 15:10",
        request_subject(1042),
        "Beide heute stattgefunden, danke.\n\nP. Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
    )
    yes(
        "jb02_hoffmann_geraet_und_mt.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-18 18:45",
        "Termine heute",
        "Hallo zusammen,\n\nkurz zur Bestätigung: das Gerätetraining heute früh und die "
        "Manuelle Therapie mittags haben beide stattgefunden. Hat gut getan.\n\n"
        "Viele Grüße\nPeter Hoffmann",
        client="outlook",
    )
    yes(
        "jb03_hoffmann_bestaetigung_spaet.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-25 20:02",
        "Bestätigung 18.05.",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die beiden Behandlungen am "
        "18.05.2026 (Gerätetraining 7:30 Uhr und Manuelle Therapie 12:30 Uhr).\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook",
    )
    yes(
        "jb04_hoffmann_en_both.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-18 16:31",
        request_subject(1043, "Re"),
        "Both sessions today took place, thanks!\n\nPeter",
        client="gmail",
        reply="cr-1043",
        style="gmail_en",
    )
    yes(
        "jb05_hoffmann_drei_tage.eml",
        P,
        [1040, 1041, 1042, 1043],
        ["2026-05-04", "2026-05-11", D],
        "2026-05-19 08:12",
        "Meine Termine im Mai",
        "Guten Morgen,\n\nich habe gesehen, dass noch Bestätigungen fehlen. Also: 4.5. ja, "
        "11.5. ja und am 18.5. beide Termine (morgens und mittags) ja.\n\nGruß\nPeter Hoffmann",
        client="thunderbird",
    )
    yes(
        "jb06_hoffmann_montag_beide.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-20 12:40",
        request_subject(1042),
        "Hallo,\n\nsorry, bin erst jetzt dazu gekommen. Beide Behandlungen am Montag haben "
        "stattgefunden, sowohl das Training als auch die MT.\n\nBeste Grüße\nPeter Hoffmann\n"
        "Hoffmann Steuerberatung\nTel. 0221 4471230",
        client="outlook",
        reply="cr-1042",
        style="outlook_classic",
    )
    yes(
        "jb07_hoffmann_zweiter_erster.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-18 14:25",
        request_subject(1043),
        "Der zweite Termin heute hat stattgefunden, der erste übrigens auch.\n\nPH",
        client="iphone",
        reply="cr-1043",
        style="iphone",
    )
    yes(
        "jb08_hoffmann_uhrzeiten.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-21 21:15",
        "Re: Termine 18.5.",
        "Termine 7:30 und 12:30 Uhr am 18.5. – beide gehabt, alles gut.\n\nPeter Hoffmann",
        client="webde",
    )
    yes(
        "jb09_hoffmann_learner_zwei.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-18 19:03",
        "Termin",
        "Hallo,\nheute ich hatte zwei Termin, morgens und mittag, beide gemacht. "
        "Danke schön\nPeter Hoffmann",
        client="samsung",
    )
    yes(
        "jb10_hoffmann_spaet_juni.eml",
        P,
        [1042, 1043],
        [D],
        "2026-06-02 07:55",
        request_subject(1042),
        "Entschuldigung für die späte Antwort – ja, beide Termine am 18. haben stattgefunden.\n\n"
        "Gruß P. Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
    )
    yes(
        "jb11_hoffmann_en_may18.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-27 10:20",
        "Confirmation of sessions",
        "Hello,\n\nYes, both my sessions on May 18 (equipment training in the morning and "
        "manual therapy at lunchtime) took place as planned.\n\nKind regards,\nPeter Hoffmann",
        client="gmail",
    )
    yes(
        "jb12_hoffmann_mittags_morgens.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-18 13:40",
        request_subject(1042),
        "Mittags ja, morgens auch. Danke!",
        client="iphone",
        reply="cr-1042",
        style="iphone",
        bottom=True,
    )
    yes(
        "jb13_hoffmann_monat_mit_11.eml",
        P,
        [1041, 1042, 1043],
        ["2026-05-11", D],
        "2026-05-22 17:05",
        "Bestätigung",
        "Guten Tag,\n\ndas Gerätetraining und die MT vom 18.05.2026 bestätige ich hiermit. "
        "Außerdem den Termin vom 11.05.\n\nMfG\nHoffmann",
        client="thunderbird",
    )
    yes(
        "jb14_hoffmann_beide_ok_samsung.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-18 20:30",
        request_subject(1043),
        "Beide ok.\nGruß P.H.",
        client="samsung",
        reply="cr-1043",
        style="samsung",
    )
    yes(
        "jb15_hoffmann_august.eml",
        P,
        [1042, 1043],
        [D],
        "2026-08-03 09:14",
        request_subject(1043),
        "Hallo,\n\nbeim Aufräumen meines Postfachs gefunden: Sie hatten nach dem 18.5. gefragt. "
        "Ja, an dem Tag fanden beide Termine statt, der frühe und der mittags.\n\n"
        "Viele Grüße\nPeter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook",
    )


def one_named() -> None:
    yes(
        "jb16_hoffmann_heute_ja_mt.eml",
        P,
        [1043],
        [D],
        "2026-05-18 14:52",
        request_subject(1043),
        "heute ja",
        client="iphone",
        reply="cr-1043",
        style="iphone",
    )
    yes(
        "jb17_hoffmann_ja_frueh.eml",
        P,
        [1042],
        [D],
        "2026-05-18 09:20",
        request_subject(1042),
        "Ja, hat stattgefunden.\n\nPeter Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
    )
    yes(
        "jb18_hoffmann_mt_stattgefunden.eml",
        P,
        [1043],
        [D],
        "2026-05-18 17:48",
        request_subject(1043),
        "Guten Abend,\n\ndie Manuelle Therapie heute hat stattgefunden.\n\nPeter Hoffmann",
        client="thunderbird",
        reply="cr-1043",
        style="thunderbird",
    )
    yes(
        "jb19_hoffmann_geraet_bestaetigt.eml",
        P,
        [1042],
        [D],
        "2026-05-18 10:05",
        request_subject(1042),
        "Gerätetraining heute früh bestätigt.\nP. Hoffmann",
        client="tonline",
        reply="cr-1042",
        style="tonline",
    )
    yes(
        "jb20_hoffmann_ja_und_mittag.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-18 21:10",
        request_subject(1042),
        "Ja, und der Mittagstermin auch.",
        client="gmail",
        reply="cr-1042",
        style="gmail",
    )


def one_missing() -> None:
    yes(
        "jb21_hoffmann_730_ja_1230_verpasst.eml",
        P,
        [1042],
        [D],
        "2026-05-18 15:30",
        "Termine heute",
        "Hallo,\n\num 7:30 ja. Den um 12:30 habe ich leider verpasst, saß noch im Meeting. "
        "Tut mir leid!\n\nPeter Hoffmann",
        client="outlook",
        staff=True,
    )
    yes(
        "jb22_hoffmann_mt_abgebrochen.eml",
        P,
        [1042],
        [D],
        "2026-05-18 16:02",
        request_subject(1043),
        "Das Gerätetraining war ok. Die MT mussten wir nach 15 Minuten abbrechen, das Video "
        "ist ständig eingefroren.\n\nGruß Peter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook",
        staff=True,
        extra=("technical",),
    )
    yes(
        "jb23_hoffmann_zweiter_fiel_aus.eml",
        P,
        [1042],
        [D],
        "2026-05-18 13:45",
        request_subject(1042),
        "Der erste heute ja. Der zweite fand nicht statt, die Therapeutin ist nicht in den "
        "Raum gekommen.",
        client="iphone",
        reply="cr-1042",
        style="iphone",
        staff=True,
    )
    yes(
        "jb24_hoffmann_learner_morgen.eml",
        P,
        [1042],
        [D],
        "2026-05-18 18:20",
        "Bestätigung",
        "Guten Tag,\nIch bestatige die Termin heute morgen. Mittag Termin ich nicht konnte, "
        "ich war bei Arzt. Entschuldigung.\nPeter Hoffmann",
        client="samsung",
        staff=True,
    )
    yes(
        "jb25_hoffmann_verschoben_14.eml",
        P,
        [1042],
        [D],
        "2026-05-18 15:05",
        request_subject(1042),
        "Der frühe ja. Den zweiten haben wir spontan auf 14 Uhr verschoben, der hat dann "
        "auch stattgefunden.\n\nViele Grüße\nPeter",
        client="gmail",
        reply="cr-1042",
        style="gmail",
        staff=True,
        note="the second was moved to 14:00: staff must look",
    )
    yes(
        "jb26_hoffmann_mt_ja_verschlafen.eml",
        P,
        [1043],
        [D],
        "2026-05-18 13:30",
        "Heute",
        "MT heute top. Das Gerätetraining früh hab ich verschlafen, sorry.\n\nPH",
        client="iphone",
        staff=True,
    )
    yes(
        "jb27_hoffmann_en_cut_short.eml",
        P,
        [1042],
        [D],
        "2026-05-18 14:10",
        request_subject(1042, "Re"),
        "Hi,\n\nconfirming the 7:30 session this morning. The 12:30 one was cut short after "
        "about 10 minutes because the therapist had an emergency.\n\nBest,\nPeter",
        client="gmail",
        reply="cr-1042",
        style="gmail_en",
        staff=True,
    )
    yes(
        "jb28_hoffmann_frueher_kurz.eml",
        P,
        [1043],
        [D],
        "2026-05-18 14:40",
        request_subject(1043),
        "Ja. Der frühe Termin war allerdings nur eine Viertelstunde, dann war die Verbindung "
        "weg.\n\nP. Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook_classic",
        staff=True,
    )
    yes(
        "jb29_hoffmann_juni_sammel.eml",
        P,
        [1042, 1044, 1045],
        [D, "2026-05-26", "2026-06-01"],
        "2026-06-01 19:40",
        request_subject(1045),
        "Hallo,\n\nich bestätige heute, den 26.5. und vom 18.5. nur den Morgentermin – mittags "
        "war ich nicht da.\n\nGruß Peter Hoffmann",
        client="outlook",
        reply="cr-1045",
        style="outlook",
        staff=True,
    )
    yes(
        "jb30_hoffmann_mt_geraet_unsicher.eml",
        P,
        [1043],
        [D],
        "2026-05-29 11:11",
        "Bestätigung MT",
        "Hallo,\n\ndie MT am 18. hat stattgefunden. Ob das Gerätetraining auch am 18. war "
        "oder am Tag danach, weiß ich ehrlich gesagt nicht mehr.\n\nPeter Hoffmann",
        client="webde",
        staff=True,
    )


def which_unclear() -> None:
    yes(
        "jb31_hoffmann_termin_1805.eml",
        P,
        [],
        [D],
        "2026-05-19 10:30",
        "Termin 18.05.",
        "Hiermit bestätige ich den Termin am 18.05.\n\nPeter Hoffmann",
        client="outlook",
        staff=True,
        note="18 May has two sessions; which one is not said",
    )
    yes(
        "jb32_hoffmann_videotermin.eml",
        P,
        [],
        [D],
        "2026-05-20 08:45",
        "Bestätigung Videotermin",
        "Guten Morgen,\nich bestätige den Videotermin am 18.5.\nGruß Hoffmann",
        client="thunderbird",
        staff=True,
        note="both sessions on 18 May are video",
    )
    yes(
        "jb33_hoffmann_heute_ja_neu.eml",
        P,
        [],
        [D],
        "2026-05-18 19:50",
        "Termin heute",
        "Termin heute: ja.",
        client="iphone",
        staff=True,
        note="new mail; which of the two is not said",
    )
    yes(
        "jb34_hoffmann_falscher_tag.eml",
        P,
        [],
        ["2026-05-19"],
        "2026-05-19 18:00",
        request_subject(1042),
        "Ja, am 19.5. hat er stattgefunden.\n\nPeter Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
        staff=True,
        note="19 May matches no appointment",
    )
    yes(
        "jb35_hoffmann_beide_frage.eml",
        P,
        [1042, 1043],
        [D],
        "2026-05-18 17:15",
        request_subject(1043),
        "Heute beide Termine wahrgenommen, vielen Dank.\n\nFrage: könnte man das nächste Mal "
        "beides hintereinander legen? Zweimal am Tag einwählen ist etwas umständlich.\n\n"
        "Gruß Peter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook",
        staff=True,
        extra=("reschedule", "question"),
    )


def look_alikes() -> None:
    no(
        "jb36_hoffmann_beide_zusammen.eml",
        P,
        ("reschedule",),
        "2026-05-12 19:20",
        "Termine 18.5.",
        "Hallo,\n\nam 18.5. habe ich ja zwei Termine, 7:30 und 12:30. Könnte man beide auf "
        "eine Zeit legen, also direkt hintereinander um 7:30? Mittags ist schwierig.\n\n"
        "Danke und Gruß\nPeter Hoffmann",
        client="outlook",
    )
    no(
        "jb37_hoffmann_naechste_woche.eml",
        P,
        ("question",),
        "2026-05-19 09:02",
        "Frage nächste Woche",
        "Hallo, welcher der beiden Termine ist nächste Woche – nur das Gerätetraining oder auch "
        "die MT? Im Kalender sehe ich nur einen.\nGruß P. Hoffmann",
        client="iphone",
    )
    no(
        "jb38_hoffmann_absage_zweiter.eml",
        P,
        ("cancellation",),
        "2026-05-15 16:40",
        video_link_subject(1043),
        "Hallo,\n\nden zweiten Termin am Montag (12:30, MT) muss ich leider absagen, der "
        "morgens bleibt.\n\nPeter Hoffmann",
        client="outlook",
        reply="vl-1043",
        style="outlook",
    )
    no(
        "jb39_hoffmann_anruf_kam_nie.eml",
        P,
        ("other",),
        "2026-05-18 12:55",
        "Termin 12:30???",
        "Ich sitze seit 12:30 im Videoraum und es kommt niemand. Findet der zweite Termin "
        "heute noch statt?\n\nPeter Hoffmann",
        client="iphone",
    )
    no(
        "jb40_hoffmann_erinnerung_ok.eml",
        P,
        ("other",),
        "2026-05-17 13:10",
        reminder_subject(1043),
        "Danke, bin morgen bei beiden dabei.",
        client="iphone",
        reply="rem-1043",
        style="iphone",
        staff=False,
    )
    no(
        "jb41_hoffmann_link_geht_nicht.eml",
        P,
        ("technical",),
        "2026-05-18 07:34",
        video_link_subject(1042),
        "Der Link öffnet nur eine weiße Seite. Können Sie mich anrufen? 0172 5583910",
        client="samsung",
        reply="vl-1042",
        style="samsung",
    )
    no(
        "jb42_hoffmann_mt_verschieben.eml",
        P,
        ("reschedule",),
        "2026-05-14 08:30",
        "MT am 18.5.",
        "Guten Morgen,\nginge die MT am 18. auch um 16 Uhr statt 12:30? Das Training morgens "
        "passt.\nVG Peter Hoffmann",
        client="thunderbird",
    )
    no(
        "jb43_hoffmann_rechnung_zwei.eml",
        P,
        ("question",),
        "2026-06-15 10:25",
        "Rechnung Mai",
        "Sehr geehrte Damen und Herren,\n\nauf der Rechnung für Mai stehen am 18.05. zwei "
        "Positionen. Ist das so richtig, oder wurde da etwas doppelt berechnet?\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook",
    )
    no(
        "jb44_hoffmann_en_same_link.eml",
        P,
        ("question", "technical"),
        "2026-05-16 11:00",
        "Two sessions on Monday",
        "Hi, quick question: do I use the same video link for both sessions on Monday, or is "
        "there a separate one for the manual therapy?\nThanks, Peter",
        client="gmail",
    )
    no(
        "jb45_hoffmann_beide_absage_krank.eml",
        P,
        ("cancellation",),
        "2026-05-18 06:48",
        reminder_subject(1042),
        "Guten Morgen, ich muss heute leider beide Termine absagen, habe Fieber.\n\nPeter Hoffmann",
        client="outlook",
        reply="rem-1042",
        style="outlook",
    )
    no(
        "jb46_hoffmann_nein_nicht_da.eml",
        P,
        ("other",),
        "2026-05-18 15:20",
        request_subject(1043),
        "Nein, da war ich nicht. Ich dachte, die MT sei erst morgen. Was mache ich jetzt?\n\n"
        "P. Hoffmann",
        client="webde",
        reply="cr-1043",
        style="webde",
    )


def main() -> None:
    load_practice()
    both_held()
    one_named()
    one_missing()
    which_unclear()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
