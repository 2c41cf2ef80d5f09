"""Write blind set ET: a hard set of look-alikes as real patients write them, 49 mails.

About thirty mails that a hasty reader could take for a confirmation of a session that
took place, and that a careful employee would not record: a session still to come
'bestätigt', a thank-you for a session that was cancelled or did not happen, a session
confirmed for a family member who is also a patient, a visit to the doctor or another
practice, a quoted or forwarded old confirmation, 'hat leider nicht stattgefunden' in its
many forms, a session broken off, a yes that answers something else. Between them 14
plain confirmations from phones and webmail (one with a missed session beside the
confirmed one); 18 mails carry the confirmation category, four of them with nothing to
record (a family member's session, a cancelled day, a day without appointment, a day
already confirmed).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_et`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, write_set, yes
from tools.corpus.blind_kit import reminder_subject as rem
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.blind_kit import video_link_subject as vl

HERE = data_dir("blind_et")


def plain() -> None:
    """Plain confirmations, spread between the look-alikes in the inbox."""
    yes("et01_krueger_ja_27_01.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:10", re(1003),
        "Ja hat stattgefunden am 27.1.\n\nGruß S. Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("et02_becker_outlook_02_02.eml", 2, (1010,), ("2026-02-02",), "2026-02-02 19:40",
        re(1010), "Hallo,\n\nbestätige die Behandlung vom 02.02.2026.\n\nBeste Grüße\nThomas Becker",
        client="outlook", reply="cr-1010", style="outlook")  # fmt: skip
    yes("et03_demir_jaa_geklappt.eml", 3, (1019,), (), "2026-03-04 10:15", re(1019),
        "jaa hat geklappt, danke!!\nAylin",
        client="gmail", reply="cr-1019", style="gmail",
        note="a yes under our request for 04.03.2026, no day named")  # fmt: skip
    yes("et04_wolff_spaet_16_01.eml", 4, (1028,), ("2026-01-16",), "2026-01-26 08:05", re(1028),
        "Guten Morgen,\n\ndie Behandlung am 16.01. hat stattgefunden. Entschuldigen Sie die "
        "späte Antwort, ich war ein paar Tage bei meiner Tochter.\n\nMit freundlichen Grüßen\n"
        "H.-J. Wolff",
        client="tonline", reply="cr-1028", style="tonline", note="ten days late")  # fmt: skip
    yes("et05_hoffmann_beide_18_05.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 18:02",
        "Bestätigung 18.05.",
        "Hallo zusammen,\n\nhiermit bestätige ich beide Termine vom 18. Mai, morgens das "
        "Gerätetraining und mittags die Manuelle.\n\nGruß\nPeter Hoffmann",
        client="outlook", note="two sessions on one day, both named")  # fmt: skip
    yes("et06_carter_english_aug3.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:31",
        re(1069, "Re"),
        "Yes, confirmed - the session on Aug 3rd took place. Thanks!\n\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("et07_yildiz_telefon_5_8.eml", 12, (1075,), ("2026-08-05",), "2026-08-05 13:04", re(1075),
        "Hallo ja behandlung war am 5.8 telefon alles gut\ndanke\nFatma Yildiz",
        client="webde", reply="cr-1075", style="webde")  # fmt: skip
    yes("et08_becker_drei_tage.eml", 2, (1011, 1012, 1013), ("2026-02-05", "2026-02-09",
        "2026-02-12"), "2026-02-13 08:12", "Behandlungen Februar",
        "Sehr geehrte Damen und Herren,\n\nfür Ihre Abrechnung: die Termine am 5.2., 9.2. und "
        "12.2. haben alle stattgefunden.\n\nMit freundlichen Grüßen\nThomas Becker",
        client="outlook", note="three days in one new mail")  # fmt: skip
    yes("et09_berger_iphone_20_5.eml", 24, (1144,), ("2026-05-20",), "2026-05-20 11:02", re(1144),
        "Ja, am Mittwoch 20.5. war die Behandlung.\nLiebe Grüße Ursula Berger\n\n"
        "Von meinem iPhone gesendet",
        client="iphone", reply="cr-1144", style="iphone")  # fmt: skip
    yes("et10_lehmann_bottom_15_09.eml", 14, (1088,), ("2026-09-15",), "2026-09-16 09:12",
        re(1088, "Re"),
        "Hiermit bestätige ich, dass die Sitzung am 15.09.2026 stattgefunden hat.\n\nAnna Lehmann",
        client="thunderbird", reply="cr-1088", style="thunderbird", bottom=True)  # fmt: skip
    yes("et11_zimmermann_samsung_5_10.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 14:00",
        re(1093), "Termin 5.10. stattgefunden\nGruss Klaus",
        client="samsung", reply="cr-1093", style="samsung")  # fmt: skip
    yes("et12_schulz_mutter_schreibt.eml", 5, (1035,), ("2026-04-23",), "2026-04-23 18:20",
        re(1035),
        "Guten Abend,\n\nMarie hatte heute (23.4.) ihre Stunde, hat alles geklappt.\n\n"
        "Viele Grüße\nKarin Schulz (Mutter)",
        client="plain", reply="cr-1035", style="thunderbird", name="Karin Schulz",
        note="the mother writes from the registered address of the patient")  # fmt: skip
    yes("et13_hartmann_und_freund.eml", 20, (1121,), (), "2026-11-14 10:00", re(1121),
        "Hallo,\n\nja, hat stattgefunden. Schöne Grüße auch von David Nowak, bei ihm war die "
        "Stunde auch gut, er schreibt Ihnen aber noch selbst.\n\nLeonie",
        client="webde", reply="cr-1121", style="webde",
        note="her own session confirmed; her friend's (also a patient) is not hers to "
             "confirm and he writes himself")  # fmt: skip
    yes("et14_nowak_eins_ja_eins_nein.eml", 19, (1117,), ("2026-11-13",), "2026-11-21 09:40",
        "Termine November",
        "Hallo,\n\nder Termin am 13.11. hat stattgefunden. Am 20.11. hab ich leider verschlafen, "
        "sorry, der hat also nicht stattgefunden.\n\nDavid",
        client="plain", staff=True,
        note="13.11 confirmed; 20.11 missed, staff must look")  # fmt: skip


def not_yet() -> None:
    """A session still to come, 'bestätigt'."""
    no("et15_wagner_morgen_bestaetigt.eml", 21, ("other",), "2026-02-08 12:00", rem(1128),
       "Hallo, ich bestätige den Termin morgen um 9:30. LG Sophie",
       client="gmail", reply="rem-1128", style="gmail", staff=False,
       note="attendance of a future session acknowledged under our reminder")  # fmt: skip
    no("et16_neumann_falscher_tag.eml", 9, ("other",), "2026-07-07 11:00", re(1056),
       "Guten Tag,\n\nden Termin am Donnerstag 9.7. bestätige ich Ihnen hiermit, da bin ich da.\n\n"
       "Gisela Neumann",
       client="plain", reply="cr-1056", style="thunderbird",
       note="under our request for 07.07 she confirms the coming 09.07 only; 07.07 not "
            "confirmed")  # fmt: skip
    no("et17_schaefer_vorab.eml", 16, ("other",), "2026-10-20 08:40", "Bestätigung Termin 21.10.",
       "Hallo,\n\nich bestätige Ihnen schon mal den Termin morgen, 21.10. um 19 Uhr, dann "
       "müssen Sie mir hinterher nichts mehr schicken.\n\nGruß\nBirgit Schäfer\n"
       "Schäfer Steuerberatung",
       client="outlook", sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
       note="a confirmation in advance of a session still to come")  # fmt: skip
    no("et18_hoffmann_ja_videolink.eml", 6, ("other",), "2026-05-23 08:00", vl(1044),
       "Ja, passt. Bin dabei.\n\nPH",
       client="iphone", reply="vl-1044", style="iphone", staff=False,
       note="a yes to the video link, days before the session")  # fmt: skip
    no("et19_demir_gleich_online.eml", 3, ("other",), "2026-03-18 07:50", vl(1021),
       "bestätigt, bin gleich online :)",
       client="gmail", reply="vl-1021", style="gmail", staff=False,
       note="before the session of 08:30")  # fmt: skip
    no("et20_becker_ja_erinnerung.eml", 2, ("other",), "2026-02-15 20:00", rem(1014),
       "Ja.\n\nT. Becker",
       client="outlook", reply="rem-1014", style="outlook", staff=False,
       note="a yes to the reminder for tomorrow")  # fmt: skip
    no("et21_hartmann_naechster_ja.eml", 20, ("other",), "2026-11-18 09:00", re(1122),
       "Hallo,\n\nden nächsten Termin am 24.11. kann ich bestätigen, da bin ich dabei.\n"
       "Zum 17.: da war ich krank, das hatte ich telefonisch abgesagt.\n\nLeonie Hartmann",
       client="webde", reply="cr-1122", style="webde",
       note="17.11 did not take place (cancelled by phone, still scheduled here); 24.11 is "
            "to come")  # fmt: skip


def did_not_happen() -> None:
    """'hat leider nicht stattgefunden' in its many forms, and sessions broken off."""
    no("et22_koch_krankenhaus.eml", 18, ("other",), "2026-03-26 10:00", re(1110),
       "Guten Tag,\n\ndie Behandlung am 25.03. hat leider nicht stattgefunden, ich war im "
       "Krankenhaus.\n\nMit freundlichen Grüßen\nRenate Koch",
       client="tonline", reply="cr-1110", style="tonline")  # fmt: skip
    no("et23_brandt_warteraum.eml", 10, ("technical",), "2026-07-10 17:45", re(1064),
       "Hi,\n\nbestätigen kann ich das leider nicht - die Verbindung kam gar nicht zustande, "
       "ich saß 20 min im Warteraum.\n\nLukas",
       client="apple", reply="cr-1064", style="iphone")  # fmt: skip
    no("et24_aydin_ausgefallen.eml", 22, ("other",), "2026-02-26 16:30", re(1131),
       "hallo termin am 26.2 ist ausgefallen therapeut hat nich angerufen\nmfg mehmet aydin",
       client="gmail", reply="cr-1131", style="gmail")  # fmt: skip
    no("et25_richter_abgebrochen.eml", 8, ("technical", "question"), "2026-06-10 20:05",
       re(1052),
       "Hallo,\n\nwir mussten nach 10 Minuten abbrechen weil mein Internet weg war. Zählt das "
       "überhaupt?\n\nVG Jonas\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1052", style="iphone",
       note="a session broken off after ten minutes")  # fmt: skip
    no("et26_neumann_haelfte.eml", 9, ("other",), "2026-07-14 11:40", re(1058),
       "Ja wir haben telefoniert, aber nach der Hälfte musste ich aufhören, mir wurde "
       "schwindelig. Jetzt geht es wieder.\nG. Neumann",
       client="plain", reply="cr-1058", style="thunderbird",
       note="the session was broken off halfway")  # fmt: skip
    no("et27_jansen_code_ging_nicht.eml", 17, ("technical", "reschedule"), "2026-10-29 13:00",
       re(1105),
       "Danke für die Nachricht. Heute bin ich leider nicht reingekommen, der Code ging nicht, "
       "hab dann irgendwann aufgegeben. Können wir das nachholen?\n\nOle",
       client="gmail", reply="cr-1105", style="gmail")  # fmt: skip
    no("et28_neumann_zahnarzt.eml", 9, ("other",), "2026-07-21 12:00", re(1060),
       "Grüß Gott,\n\ndes war heut nix, die Dame hat zwar angrufen aber i war beim Zahnarzt. "
       "Tut mir leid.\n\nNeumann",
       client="plain", reply="cr-1060", style="thunderbird")  # fmt: skip
    no("et29_oneill_missed_call.eml", 23, ("other",), "2026-04-22 08:15", re(1137, "RE"),
       "Hi,\n\nsorry, I can't confirm this one - I missed the call on Tuesday, was stuck on a "
       "train with no signal. Happy to pay for it if that's your policy.\n\nBest,\nJames",
       client="outlook", reply="cr-1137", style="outlook_en")  # fmt: skip
    no("et30_vogel_op.eml", 13, ("reschedule",), "2026-10-01 09:00", re(1085),
       "Guten Morgen,\n\ndie Sitzung heute konnte nicht stattfinden, da ich kurzfristig in "
       "eine OP musste. Ich bitte um einen Ersatztermin.\n\nDr. M. Vogel",
       client="outlook", reply="cr-1085", style="outlook_classic")  # fmt: skip
    no("et31_becker_telefon_stumm.eml", 2, ("other",), "2026-02-20 07:30", re(1015),
       "Leider nein, am 19.2. hat das Telefon nicht geklingelt. Ich war ab 17:20 erreichbar.\n\n"
       "Thomas Becker",
       client="outlook", reply="cr-1015", style="outlook")  # fmt: skip
    no("et32_schaefer_kamera.eml", 16, ("technical",), "2026-10-21 20:40", re(1100),
       "Hat heute nicht richtig geklappt, meine Kamera ging nicht und wir haben dann nach "
       "ein paar Minuten abgebrochen.\nBirgit",
       client="samsung", reply="cr-1100", style="samsung")  # fmt: skip
    no("et33_schulz_unsicher.eml", 5, ("other",), "2026-05-07 17:30", re(1037),
       "Hallo,\n\nich bin nicht sicher, ob Marie ihre Stunde hatte, ich war nicht zuhause. "
       "Ich frage sie heute Abend und melde mich dann.\n\nK. Schulz",
       client="plain", reply="cr-1037", style="thunderbird", name="Karin Schulz",
       note="a doubt, not a confirmation")  # fmt: skip


def not_ours() -> None:
    """Cancelled sessions, family members, the doctor, other practices, old mail."""
    no("et34_demir_danke_absage.eml", 3, ("other",), "2026-04-01 09:10", "Termin heute",
       "Hallo,\n\nvielen Dank dass Sie mir gestern noch Bescheid gegeben haben wegen heute, "
       "kein Problem! Dann bis nächste Woche.\n\nLiebe Grüße\nAylin",
       client="gmail", staff=False,
       note="a thank-you for the notice of a cancelled session (01.04)")  # fmt: skip
    no("et35_zimmermann_danke_abgesagt.eml", 15, ("other",), "2026-10-26 12:15", rem(1096),
       "Danke, hat gut getan heute!\nK. Zimmermann",
       client="samsung", reply="rem-1096", style="samsung",
       note="thanks for today, but the session of 26.10 is cancelled here: staff must "
            "look")  # fmt: skip
    yes("et36_wagner_fuer_mutter.eml", 21, (), ("2026-02-03",), "2026-02-03 13:00",
        "Bestätigung für meine Mutter",
        "Guten Tag,\n\nmeine Mutter Sabine Krüger hatte heute am 3.2. ihre Videobehandlung. "
        "Sie kommt mit den E-Mails nicht so zurecht, deshalb schreibe ich für sie.\n\n"
        "Viele Grüße\nSophie Wagner",
        client="gmail", staff=True,
        note="the mother's session (another patient), not the sender's own")  # fmt: skip
    yes("et37_wagner_abgesagter_tag.eml", 21, (), ("2026-02-02",), "2026-02-04 19:30",
        "Termin 2.2.",
        "Hallo, der Termin vom 2.2. hat stattgefunden, danke. LG Sophie Wagner",
        client="gmail", staff=True,
        note="02.02 is cancelled here; it contradicts the records")  # fmt: skip
    yes("et38_zimmermann_kein_termin.eml", 15, (), ("2026-10-13",), "2026-10-14 09:20",
        "Bestätigung",
        "Hiermit bestätige ich die Behandlung vom 13.10.\nKlaus Zimmermann",
        client="samsung", staff=True,
        note="no appointment on 13.10 (his was on 12.10): staff must look")  # fmt: skip
    no("et39_wolff_orthopaede.eml", 4, ("other",), "2026-02-02 10:05", "Bestätigung",
       "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich, dass ich am 29.01. beim "
       "Orthopäden Dr. Sander zur Kontrolle war. Er ist mit dem Verlauf zufrieden und sagt, "
       "ich soll weitermachen.\n\nMit freundlichen Grüßen\nHans-Jürgen Wolff",
       client="tonline",
       note="a visit to the doctor, not a treatment of ours")  # fmt: skip
    no("et40_carter_other_clinic.eml", 11, ("question",), "2026-08-15 10:20", "physio",
       "Hi,\n\njust confirming I had physio on Aug 14 - at the clinic near my office in "
       "Hamburg, not with you. Do I still need the video session on the 17th?\n\nEmily",
       client="gmail", note="a session at another practice")  # fmt: skip
    no("et41_aydin_hausarzt.eml", 22, ("other",), "2026-03-06 09:00", "Verordnung",
       "Hallo, ich war am 5.3. beim Hausarzt und habe neue Verordnung bekommen, schicke ich "
       "mit Post.\nMehmet Aydin",
       client="gmail", note="the day of his session, but he writes about the doctor")  # fmt: skip
    no("et42_hoffmann_bescheinigung.eml", 6, ("question",), "2026-05-12 07:10",
       "Bescheinigung",
       "Guten Morgen,\n\nkönnen Sie mir schriftlich bestätigen, dass die Behandlung am 11.05. "
       "stattgefunden hat? Das braucht meine Versicherung.\n\nGruß\nPeter Hoffmann",
       client="outlook", note="he asks us to certify; he confirms nothing himself")  # fmt: skip
    no("et43_krueger_angekommen.eml", 1, ("question",), "2026-01-22 16:00",
       "Re: Bitte bestätigen Sie Ihre Behandlung vom 20.01.2026",
       "Hallo, ist meine Antwort angekommen? Ich habe nichts mehr gehört.\n\nS. Krüger\n\n"
       "Am 20.01.2026 um 11:58 schrieb Sabine Krüger:\n> Ja, Termin am 20.01. hat "
       "stattgefunden.\n> Gruß Sabine",
       client="webde", reply="cr-1002",
       note="her own earlier confirmation only quoted; 20.01 is already confirmed")  # fmt: skip
    mc.human("et44_krueger_weitergeleitet.eml", sender=1, date="2026-01-29 18:30",
             subject="WG: Bitte bestätigen Sie Ihre Behandlung vom 13.01.2026",
             body="Hallo, die hab ich noch gefunden. Der Termin am 13.1. war ja, ich weiß nicht "
                  "mehr ob ich das geschrieben hatte.\nSabine Krüger",
             client="gmail", forward="cr-1001", quote_style="forward_gmail",
             label=mc.Label(("confirmation", "question"), patient=1, dates=("2026-01-13",),
                            needs_staff=True,
                            note="13.01 is already confirmed; nothing new to record"))  # fmt: skip
    no("et45_vogel_zitat_rechnung.eml", 13, ("question",), "2026-09-05 12:00", re(1081),
       "Guten Tag,\n\nwann kommt die Rechnung für September? Bitte an die Praxisadresse.\n\n"
       "M. Vogel\n\nAm 03.09.2026 schrieb Michael Vogel <m.vogel@vogel-partner.de>:\n"
       "> Bestätigt. Sitzung 03.09. fand statt.\n> M. Vogel",
       client="outlook", reply="cr-1081",
       note="his old confirmation only quoted; 03.09 is already confirmed")  # fmt: skip
    no("et46_koch_ja_uebungen.eml", 18, ("question",), "2026-03-30 17:20", re(1111),
       "Ja gerne, dann machen wir am Mittwoch weiter mit den Übungen für die Schulter wie "
       "besprochen. Können Sie mir das Blatt nochmal schicken?\n\nRenate Koch",
       client="tonline", reply="cr-1111", style="tonline",
       note="the yes answers the therapist's plan, not our request")  # fmt: skip
    no("et47_popescu_ja_uebungen.eml", 7, ("other",), "2026-06-09 15:00", re(1047),
       "Ja, die Übungen mache ich jeden Tag wie die Therapeutin gesagt hat. Aber Knie tut "
       "noch weh bei Treppe.\nElena",
       client="yahoo", reply="cr-1047", style="yahoo",
       note="the yes answers the exercises; knee still hurts")  # fmt: skip
    no("et48_richter_ja_unterlagen.eml", 8, ("forms",), "2026-05-29 19:00",
       "Re: Ihre Unterlagen für die Behandlung",
       "Ja, mache ich bis Montag!\nJonas",
       client="iphone", reply="fr-8", style="iphone", staff=False,
       note="a yes to our forms request")  # fmt: skip
    no("et49_yildiz_niemand_angerufen.eml", 12, ("question",), "2026-08-19 11:20", rem(1077),
       "Danke für die Erinnerung. Aber heute hat niemand angerufen, ich hab gewartet bis 11 "
       "Uhr. Ist der Termin ausgefallen?\nFatma",
       client="webde", reply="rem-1077", style="webde")  # fmt: skip


def main() -> None:
    load_practice()
    plain()
    not_yet()
    did_not_happen()
    not_ours()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
