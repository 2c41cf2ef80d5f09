"""Write blind set DN: hard look-alikes written as real patients write them, 44 mails.

31 mails that a hasty reader might take for a confirmation of a session that took place
but that a careful employee would not record: a yes to a reminder or a video link for a
session still to come, a 'bestätigt' for a future day, a thank-you for a session that was
cancelled, a 'confirmation' for a day that is cancelled in our records or matches nothing,
one written for a family member who is also a patient, a visit to a doctor or another
practice, an old confirmation quoted or forwarded again, a day already confirmed, 'hat
leider nicht stattgefunden' in its many forms (no call came, nobody in the waiting room,
in hospital, cancelled by phone, 'ich bestätige, dass ... NICHT'), a session broken off,
and a yes that answers a reschedule question (8 of the 31 mean to confirm, so carry the
category confirmation, but nothing may be recorded); between them 13 plain confirmations.

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_dn`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    video_link_subject,
    write_set,
    yes,
)
from tools.corpus.blind_kit import request_subject as re

HERE = data_dir("blind_dn")


def winter() -> None:
    yes("dn01_krueger_yes_2701.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:40", re(1003),
        "Hallo,\nja, der Termin am 27.1. hat geklappt.\nLG Sabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    no("dn02_krueger_reminder_tomorrow.eml", 1, ("other",), "2026-02-09 18:22",
       reminder_subject(1005), "Ja bestätige, bin morgen um 10 online.\n\nVon meinem iPhone gesendet",
       client="iphone", reply="rem-1005", style="iphone", staff=False,
       note="a yes to the reminder for 10.02., a session still to come: nothing to record or do")  # fmt: skip
    no("dn03_krueger_quotes_old_yes.eml", 1, ("question",), "2026-01-22 08:15", re(1002),
       "Guten Morgen,\nich habe nochmal eine Mail wegen dem 20.01. bekommen. Das hatte ich doch"
       " schon am selben Tag beantwortet:\n\n> Ja, Termin 20.01.2026 war, alles gut.\n"
       "> Sabine Krüger\n\nIst da was schiefgelaufen?\nGrüße S. Krüger",
       client="webde", reply="cr-1002", style="webde",
       note="her own old confirmation of 20.01. quoted (already confirmed); she asks a question")  # fmt: skip
    yes("dn04_becker_yes_0202.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 21:05", re(1010),
        "Moin,\nMT am 02.02. per Telefon war, passt so.\nT. Becker",
        client="webde", reply="cr-1010", style="webde")  # fmt: skip
    yes("dn05_becker_one_yes_one_missed.eml", 2, (1013,), ("2026-02-12",), "2026-02-17 08:10",
        "Termine 12.2. und 16.2.",
        "Hallo Praxis Impulse,\n\nder Termin am Do 12.2. hat stattgefunden. Am Montag 16.2. hat"
        " mich leider keiner angerufen, ich hab bis viertel nach sechs gewartet. Den bitte nicht"
        " abrechnen.\n\nGruß\nThomas Becker",
        client="webde", staff=True,
        note="12.02. confirmed; 16.02. did not take place (no call came): staff")  # fmt: skip
    no("dn06_becker_future_bestaetigt.eml", 2, ("confirmation",), "2026-02-08 16:30",
       "Bestätigung 09.02.",
       "Hallo,\nhiermit bestätige ich meine Behandlung am Montag, 09.02.2026 um 17:30.\n"
       "MfG Thomas Becker",
       client="webde",
       note="he 'confirms' a session still to come (09.02.): nothing may be recorded")  # fmt: skip
    yes("dn07_demir_yes_emoji.eml", 3, (1020,), (), "2026-03-11 10:47", re(1020),
        "Jaa war alles gut, danke 👍\n\nAylin",
        client="gmail", reply="cr-1020", style="gmail",
        note="a yes under our request for 11.03.2026, no day named")  # fmt: skip
    no("dn08_demir_thanks_cancelled_day.eml", 3, ("other",), "2026-04-01 09:15", "Danke",
       "Hallo liebes Team,\nvielen dank nochmal für vorhin, die neuen übungen für den nacken tun"
       " richtig gut!\nLiebe Grüße Aylin",
       client="gmail",
       note="thanks for a session this morning, but 01.04. is cancelled in our records: a person checks")  # fmt: skip
    yes("dn09_wolff_two_days.eml", 4, (1028, 1029), ("2026-01-16", "2026-01-23"),
        "2026-01-24 09:30", "Bestätigung",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die telefonischen Behandlungen"
        " am 16.01. und am 23.01.2026.\n\nMit freundlichem Gruß\nHans-Jürgen Wolff",
        client="tonline")  # fmt: skip
    no("dn10_wolff_wrong_day.eml", 4, ("confirmation",), "2026-02-07 10:00", re(1031),
       "Guten Tag,\nbestätige den 07.02.\nWolff",
       client="tonline", reply="cr-1031", style="tonline", dates=("2026-02-07",),
       note="under the request for 06.02. he names 07.02., a Saturday without appointment: a person checks")  # fmt: skip
    no("dn11_wolff_missed_call.eml", 4, ("reschedule",), "2026-01-30 16:40", re(1030),
       "Guten Tag,\nheute hat es leider nicht geklappt, ich war beim Zahnarzt und hab den Anruf"
       " verpasst. Können wir das nachholen?\nH.-J. Wolff",
       client="tonline", reply="cr-1030", style="tonline",
       note="the session of 30.01. did not take place")  # fmt: skip
    no("dn12_sophie_thanks_for_cancelling.eml", 21, ("other",), "2026-02-02 10:00",
       "Absage heute",
       "Hallo,\ndanke für die kurzfristige Absage heute, kein Problem! Gute Besserung an meine"
       " Therapeutin – dann bis nächsten Montag.\nSophie Wagner",
       client="webde", staff=False,
       note="thanks for the cancellation of 02.02. (cancelled): nothing to record or do")  # fmt: skip
    no("dn13_sophie_ja_also_nein.eml", 21, ("technical",), "2026-02-09 11:30", re(1128),
       "Ja... also eher nein: ich war ab 9:25 im Videoraum, es kam aber niemand. Um 9:50 hab ich"
       " aufgegeben. Gebt ihr mir bitte Bescheid wie es weitergeht?\nSophie",
       client="webde", reply="cr-1128", style="webde",
       note="'Ja' taken back at once: the session of 09.02. did not take place")  # fmt: skip
    yes("dn14_aydin_yes_learner.eml", 22, (1131,), ("2026-02-26",), "2026-02-26 16:02", re(1131),
        "Hallo ja termin 26.2 war, danke\nMehmet",
        client="samsung", reply="cr-1131", style="samsung")  # fmt: skip


def spring() -> None:
    no("dn15_koch_for_mother_by_daughter.eml", 16, ("confirmation",), "2026-04-13 19:10",
       "Behandlung meiner Mutter Renate Koch",
       "Hallo,\n\nmeine Mutter Renate Koch hat keinen Computer, deshalb schreibe ich: ihre"
       " Behandlung am Telefon heute, 13.04., hat stattgefunden.\n\nViele Grüße\nBirgit Schäfer",
       client="webde", dates=("2026-04-13",),
       note="Birgit Schäfer confirms for her mother, another patient (the day named is the mother's): not hers to record, a person decides")  # fmt: skip
    no("dn16_koch_already_confirmed.eml", 18, ("confirmation",), "2026-04-16 09:00", re(1115),
       "Guten Morgen,\nich weiß nicht ob meine Antwort gestern angekommen ist, daher nochmal:"
       " Behandlung am 15.04. war.\nRenate Koch",
       client="tonline", reply="cr-1115", style="tonline", dates=("2026-04-15",), staff=False,
       note="15.04. was already confirmed on the day: nothing new to record or do")  # fmt: skip
    yes("dn17_koch_yes_late.eml", 18, (1113,), ("2026-04-08",), "2026-04-28 17:05", re(1113),
        "Sehr geehrte Damen und Herren,\nentschuldigen Sie die späte Antwort, ich war bei meiner"
        " Tochter. Die Behandlung am 8. April hat stattgefunden.\nMit freundlichen Grüßen\n"
        "Renate Koch",
        client="tonline", reply="cr-1113", style="tonline")  # fmt: skip
    yes("dn18_oneill_yes_en.eml", 23, (1137,), ("2026-04-21",), "2026-04-22 07:30", re(1137),
        "Hi, confirming Tuesday's phone session (21/04) went ahead.\nThanks, James",
        client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    no("dn19_oneill_clinic_abroad.eml", 23, ("cancellation",), "2026-04-24 13:20",
       "Next Tuesday",
       "Hi there,\n\njust to let you know I had a physio session at a clinic in Dublin on"
       " Thursday while I'm over visiting family, so I'll skip next Tuesday's call (28 April)."
       " Back for the one on 5 May.\n\nCheers,\nJames",
       client="outlook",
       note="a session at another clinic; cancels 28.04.")  # fmt: skip
    no("dn20_hoffmann_broken_off.eml", 6, ("technical",), "2026-05-11 09:30", re(1041),
       "Guten Morgen,\ndie Sitzung heute ist nach ca. 10 Minuten abgebrochen, Bild eingefroren,"
       " danach kam ich nicht mehr in den Raum. Bitte so nicht abrechnen bzw. kurz melden wie"
       " wir das handhaben.\nP. Hoffmann",
       client="outlook", reply="cr-1041", style="outlook",
       note="the session of 11.05. was broken off after ten minutes")  # fmt: skip
    yes("dn21_hoffmann_mt_only.eml", 6, (1043,), ("2026-05-18",), "2026-05-18 17:45", re(1043),
        "Hallo,\ndie MT heute Mittag (18.05.) fand statt.\nGruß\nPeter Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="confirms the MT at 12:30 (1043), not the KGG that morning")  # fmt: skip
    no("dn22_berger_ich_bestaetige_nicht.eml", 24, ("other",), "2026-05-20 11:15", re(1144),
       "Hallo,\nich bestätige hiermit, dass die Behandlung am 20.05. NICHT stattgefunden hat."
       " Es hat niemand angerufen, ich war den ganzen Vormittag zu Hause.\nU. Berger",
       client="outlook", reply="cr-1144", style="outlook_classic",
       note="'ich bestätige' that the session did NOT take place")  # fmt: skip
    yes("dn23_schulz_yes_late.eml", 5, (1035,), ("2026-04-23",), "2026-05-12 20:10", re(1035),
        "Hallo,\nsorry, das ist untergegangen: Ja, am 23.4. war die Videostunde.\n"
        "Viele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1035", style="thunderbird")  # fmt: skip


def summer() -> None:
    no("dn24_richter_yes_to_link.eml", 8, ("other",), "2026-06-07 16:20",
       video_link_subject(1052, "Re"), "Ja passt, danke! Bin dabei.\n\nGesendet von meinem iPhone",
       client="iphone", reply="vl-1052", style="iphone", staff=False,
       note="a yes to the video link for 10.06., still to come")  # fmt: skip
    no("dn25_richter_confirm_later.eml", 8, ("other",), "2026-06-03 19:45", re(1051),
       "Mach ich später, sitz grad im Zug. Bestätigung kommt!",
       client="iphone", reply="cr-1051", style="iphone", staff=False,
       note="promises a confirmation later, gives none")  # fmt: skip
    no("dn26_richter_no_en.eml", 8, ("technical", "reschedule"), "2026-06-17 19:52", re(1053),
       "Hi, sorry but no – I got the code wrong twice and by the time I was in nobody was there"
       " anymore. Can we redo it this week?\nJonas",
       client="apple", reply="cr-1053", style="iphone",
       note="the session of 17.06. did not take place")  # fmt: skip
    no("dn27_popescu_not_happened.eml", 7, ("technical", "question"), "2026-06-09 13:05",
       re(1047),
       "Hallo,\ndie Therapie heute war nicht. Ich habe gewartet in Video aber niemand ist"
       " gekommen. Was ich muss machen? Geht nächste Woche normal?\nDanke\nElena",
       client="yahoo", reply="cr-1047", style="yahoo",
       note="learner's German: the session of 09.06. did not take place")  # fmt: skip
    yes("dn28_popescu_yes.eml", 7, (1048,), ("2026-06-16",), "2026-06-16 19:00", re(1048),
        "Hallo,\nich bestatige Therapie am 16.06 war gut, danke schön\nElena Popescu",
        client="yahoo", reply="cr-1048", style="yahoo")  # fmt: skip
    no("dn29_neumann_orthopaedist.eml", 9, ("question",), "2026-07-15 10:20",
       "Frage Rezept",
       "Guten Tag,\n\nich war gestern nachmittag bei meinem Orthopäden, Dr. Ahrens. Er meint,"
       " die Krankengymnastik soll auf jeden Fall weitergehen. Brauche ich dafür ein neues"
       " Rezept oder reicht das alte noch?\n\nFreundliche Grüße\nGisela Neumann",
       note="'gestern' (14.07., a session day) is the visit to the orthopaedist, not a session")  # fmt: skip
    no("dn30_brandt_waiting_room.eml", 10, ("technical",), "2026-07-17 17:50", re(1065),
       "Hallo,\n\nich muss hier leider widersprechen: ich saß von 16:00 bis 16:20 im Warteraum,"
       " es kam niemand. Die Behandlung hat also nicht stattgefunden.\n\nViele Grüße\n"
       "Lukas Brandt",
       client="thunderbird", reply="cr-1065", style="thunderbird",
       note="the session of 17.07. did not take place")  # fmt: skip
    no("dn31_brandt_move_time.eml", 10, ("reschedule",), "2026-07-25 11:00", re(1066),
       "Hi, können wir ab nächster Woche auf 17 Uhr gehen? Freitags um 16 Uhr wird bei mir"
       " knapp.\nLukas",
       client="thunderbird", reply="cr-1066", style="thunderbird",
       note="answers our request for 24.07. with a reschedule wish only, no confirmation")  # fmt: skip
    yes("dn32_carter_yes_en.eml", 11, (1070,), ("2026-08-10",), "2026-08-10 13:55", re(1070),
        "Yes – the session on 10 August took place, all good. Thanks!\nEmily",
        client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    no("dn33_carter_confused_en.eml", 11, ("question",), "2026-08-24 15:10", re(1072),
       "Hi, I'm a bit confused – I thought we had moved this one to Wednesday? I didn't have a"
       " session today. Please let me know when my next appointment is.\nEmily",
       client="gmail", reply="cr-1072", style="gmail_en",
       note="no session on 24.08. for her")  # fmt: skip
    no("dn34_aydin_for_wife.eml", 22, ("confirmation",), "2026-08-12 18:30", "Termin meine Frau",
       "Hallo\nmeine Frau Fatma Yildiz hatte heute 12.08 Therapie am Telefon, war gut. Sie hat"
       " kein Email auf Handy deswegen schreibe ich.\nGruss Mehmet Aydin",
       client="samsung", dates=("2026-08-12",),
       note="Mehmet Aydın confirms for his wife, another patient (the day named is the wife's): not his to record, a person decides")  # fmt: skip
    no("dn35_yildiz_cancelled_day.eml", 12, ("confirmation",), "2026-08-19 14:00",
       "Bestätigung 19.08",
       "Hallo,\nich bestätige die Behandlung von heute 19.08. am Telefon.\nMfG Fatma Yıldız",
       client="webde", dates=("2026-08-19",),
       note="19.08. is cancelled in our records: nothing may be recorded, a person checks")  # fmt: skip


def autumn() -> None:
    no("dn36_vogel_forwards_old_yes.eml", 13, ("question",), "2026-09-14 07:40",
       "WG: AW: Bitte bestätigen Sie Ihre Behandlung vom 03.09.2026",
       "Guten Morgen,\n\nin Ihrer Übersicht steht meine erste Sitzung noch als offen. Ich hatte"
       " bereits am selben Tag bestätigt, s. u.\n\nBeste Grüße\nM. Vogel\n\n"
       "Von: Dr. Michael Vogel <m.vogel@vogel-partner.de>\n"
       "Gesendet: Donnerstag, 3. September 2026 08:09\n"
       "An: Praxis Impulse <termine@praxis-impulse.de>\n"
       "Betreff: AW: Bitte bestätigen Sie Ihre Behandlung vom 03.09.2026\n\n"
       "Bestätige die Behandlung vom 03.09.2026.\nMV",
       client="outlook",
       note="forwards his own old confirmation of 03.09. (already confirmed); 10.09. not confirmed")  # fmt: skip
    no("dn37_lehmann_yes_to_move.eml", 14, ("reschedule",), "2026-09-16 09:10", re(1088),
       "Hallo,\n\nja, Donnerstag den 17.9. um 13 Uhr kann ich auch, wie am Telefon besprochen."
       " Dann bis Donnerstag!\n\nBeste Grüße\nAnna Lehmann",
       client="thunderbird", reply="cr-1088", style="thunderbird",
       note="the yes answers a move to 17.09., not our request for 15.09.")  # fmt: skip
    no("dn38_lehmann_had_cancelled.eml", 14, ("other",), "2026-09-22 16:45", re(1089),
       "Hallo, da stimmt was nicht – ich habe den Termin heute doch letzte Woche telefonisch"
       " abgesagt (Klausurphase). Bitte nicht abrechnen!\nAnna",
       client="thunderbird", reply="cr-1089", style="thunderbird",
       note="she cancelled 22.09. by phone: it did not take place")  # fmt: skip
    yes("dn39_schaefer_yes_office.eml", 16, (1099,), ("2026-10-14",), "2026-10-15 08:30",
        re(1099),
        "Guten Morgen,\n\ndie Behandlung vom 14.10. fand statt.\n\nMit freundlichen Grüßen\n"
        "Birgit Schäfer\nSteuerberaterin\nSchäfer Steuerberatung · Tel. 0341 123 45 67",
        client="outlook", reply="cr-1099", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address")  # fmt: skip
    no("dn40_zimmermann_hospital.eml", 15, ("other",), "2026-10-14 10:00", re(1094),
       "Nee, am Montag war ich im Krankenhaus, des konnt gar net stattfinden. Hat mei Frau doch"
       " angrufen.\nKlaus Z.",
       client="samsung", reply="cr-1094", style="samsung",
       note="dialect: the session of 12.10. did not take place")  # fmt: skip
    no("dn41_zimmermann_cancelled_day.eml", 15, ("confirmation",), "2026-10-26 13:00",
       "Termin 26.10.",
       "Hallo,\nTermin 26.10. um 11 war wie immer prima, bestätig ich hiermit.\n"
       "Gruß Klaus Zimmermann",
       dates=("2026-10-26",),
       note="26.10. is cancelled in our records: nothing may be recorded, a person checks")  # fmt: skip
    no("dn42_jansen_gp_video.eml", 17, ("other",), "2026-10-26 17:00",
       video_link_subject(1105, "Re"),
       "Hallo, kurze Info: ich hatte heute schon eine Videosprechstunde bei meinem Hausarzt über"
       " Redmedical, hat problemlos funktioniert. Dann sollte das Donnerstag bei Ihnen auch"
       " klappen.\nGrüße Ole",
       client="gmail", reply="vl-1105", style="gmail", staff=False,
       note="a video call with his GP; our session on 29.10. is still to come")  # fmt: skip
    no("dn43_hartmann_broken_off.eml", 20, ("confirmation", "question"), "2026-11-10 19:20", re(1121),
       "Ja, aber wir mussten nach einer Viertelstunde abbrechen, mein Kleiner ist aufgewacht und"
       " hat geweint. Zählt das trotzdem?\nLG Leonie Hartmann",
       client="webde", reply="cr-1121", style="webde",
       note="a yes for a session broken off after 15 minutes, with a question: a person decides")  # fmt: skip
    no("dn44_nowak_osteopath.eml", 19, ("cancellation",), "2026-11-24 08:00", "Termin Freitag",
       "Hallo,\n\nich hatte gestern eine Behandlung bei einem Osteopathen hier vor Ort, der hat"
       " schon einiges gelöst. Ich würde deshalb den Termin am Freitag (27.11.) gern absagen.\n\n"
       "Gruß\nDavid Nowak",
       note="a treatment at another practice; cancels 27.11.")  # fmt: skip


def main() -> None:
    load_practice()
    winter()
    spring()
    summer()
    autumn()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
