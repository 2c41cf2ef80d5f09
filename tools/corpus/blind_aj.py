"""Write blind set AJ: an ordinary inbox of video patients across 2026 (50 mails).

Run from the repository root: `.venv/bin/python -m tools.corpus.blind_aj`.
Written without reading rules/, the canonical table or the earlier blind sets' mails.
36 mails confirm at least one video session, 14 look like confirmations and are not. The
small things video brings, told next to the confirmation: a picture that froze for a
minute, a code that did not work so the therapist phoned, a patient in the car, at work or
in the library, a partner or grandson setting up the laptop; and the look-alikes: a link
that did not work at all, nobody joined, a session that broke off, technical questions
before the first session, cancellations, a reschedule, an invoice date, forms, an
out-of-office reply. German above all, some English, learners and ALL CAPS, every mail
program and quote style make_corpus knows, top- and bottom-posted.
The practice is read from tests/data/corpus/practice.toml; envelopes and quoting come from
make_corpus.py.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import load_practice, no, yes
from tools.corpus.blind_kit import request_subject as re
from tools.corpus.make_corpus import Label, human

HERE = data_dir("blind_aj")


def re_video(aid: int) -> str:
    return f"AW: Ihr Videotermin am {mc.APPOINTMENTS[aid].start:%d.%m.%Y}"


IPHONE = "\n\nVon meinem iPhone gesendet"
SAMSUNG = "\n\n\n\nGesendet von meinem Galaxy"
GMX_APP = "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit GMX Mail gesendet."
WEBDE_APP = (
    "\n\n--\nDiese Nachricht wurde von meinem Android Mobiltelefon mit WEB.DE Mail gesendet."
)
PROTON = "\n\nGesendet mit der sicheren E-Mail von Proton Mail."
VOGEL_SIG = (
    "\n\nMit freundlichen Grüßen\n\nDr. med. Michael Vogel\nVogel & Partner"
    " Radiologie\nHohenzollernring 48 | 50672 Köln\nTel. 0221 5570 120 | Fax 0221 5570 129\n\n"
    "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat"
    " sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail."
)
SCHAEFER_SIG = (
    "\n\nBirgit Schäfer\nSteuerberaterin\n\nSchäfer Steuerberatung\nLindenallee 7,"
    " 30159 Hannover\nTelefon 0511 123 456-0\nwww.schaefer-steuerberatung.de\n\n"
    "Sitz der Gesellschaft: Hannover, AG Hannover HRB 20 26 11\nDer Inhalt dieser E-Mail ist"
    " vertraulich und ausschließlich für den bezeichneten Adressaten bestimmt."
)
HOFFMANN_SIG = (
    "\n\nPeter Hoffmann\nHead of Procurement\nMeyer Logistik GmbH\nMobil +49 171 2345678\n\n"
    "This e-mail may contain confidential information. If you are not the intended recipient,"
    " please notify the sender immediately."
)
LEHMANN_SIG = (
    "\n\n--\nAnna Lehmann\nInstitut für Soziologie, Raum 3.14\nUniversität Beispielstadt\n"
)


def confirmations() -> None:
    yes("aj01_krueger_eingefroren.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 14:05",
        re(1003),
        "Hallo zusammen,\n\nja, die Behandlung am 27.01. hat stattgefunden. Zwischendurch ist"
        " das Bild kurz eingefroren, aber nach einer Minute ging es ganz normal weiter.\n\n"
        "Viele Grüße\nSabine Krüger",
        client="webde", reply="cr-1003", style="webde")  # fmt: skip
    yes("aj02_krueger_zwei_dienstage.eml", 1, (1004, 1005), ("2026-02-03", "2026-02-10"),
        "2026-02-10 19:32", "Bestätigung Videotermine",
        "Liebes Praxisteam,\n\nich habe letzte Woche vergessen zu antworten, deshalb jetzt"
        " beides zusammen: die Videotermine am 3.2. und heute am 10.2. haben beide"
        " stattgefunden.\nHeute war ich übrigens im Büro im Besprechungsraum, hat aber gut"
        " geklappt.\n\nLG Sabine Krüger" + WEBDE_APP,
        client="webde")  # fmt: skip
    yes("aj03_demir_pausenraum.eml", 3, (1019,), ("2026-03-04",), "2026-03-04 12:47",
        re(1019),
        "Hallo,\nja die Stunde am 4.3. hat stattgefunden. Ich war im Pausenraum bei der"
        " Arbeit, deswegen war ich etwas leise, sorry :)\nAylin",
        client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("aj04_demir_auto.eml", 3, (1020, 1021), ("2026-03-11", "2026-03-18"),
        "2026-03-18 10:02", re(1021),
        "Hi, 11. und 18. März haben beide stattgefunden. Heute saß ich im Auto auf dem"
        " Parkplatz vor der Kita (stand natürlich!), Handy am Armaturenbrett, ging"
        " überraschend gut." + IPHONE,
        client="iphone", reply="cr-1021", style="iphone")  # fmt: skip
    yes("aj05_demir_tuerkisch.eml", 3, (1024, 1025), ("2026-04-08", "2026-04-15"),
        "2026-04-16 21:14", "termin bestätigen",
        "Hallo Praxis Impulse\n\nich bestätigen das termin 08.04 und 15.04 war video mit"
        " therapeutin. bei 15.04 das bild hat kurz gefriert aber dann war wieder gut. nachste"
        " woche 22.04 komme ich auch.\n\nSaygılar\nAylin Demir",
        client="gmail",
        note="learner's German; 22.04 is a future session announced, not confirmed")  # fmt: skip
    yes("aj06_schulz_code_angerufen.eml", 5, (1034,), ("2026-04-16",), "2026-04-16 18:20",
        re(1034),
        "Guten Abend,\n\nMarie hatte heute, Donnerstag 16.04., ihre Stunde. Der Code aus Ihrer"
        " Mail wurde leider nicht angenommen (\"ungültiger Zugangscode\"), die Therapeutin hat"
        " dann aber nach ein paar Minuten bei uns angerufen und die Stunde am Telefon mit"
        " Marie gemacht. Also hat stattgefunden. Könnten Sie den Code fürs nächste Mal bitte"
        " prüfen?\n\nFreundliche Grüße\nKatrin Schulz (Mutter)",
        client="thunderbird", reply="cr-1034", style="thunderbird", staff=True,
        extra=("technical",), name="Katrin Schulz",
        note="took place, by phone after the code failed: confirmed, but the code complaint"
        " and the changed kind are for staff")  # fmt: skip
    yes("aj07_schulz_april_ende.eml", 5, (1035, 1036), ("2026-04-23", "2026-04-30"),
        "2026-04-30 17:10", re(1036),
        "Hallo,\n\nbeide Termine, 23. April und heute 30. April, haben stattgefunden. Der Code"
        " hat diesmal funktioniert, Marie hat sich selbst eingewählt.\n\nGruß\nK. Schulz",
        client="thunderbird", reply="cr-1036", style="thunderbird", bottom=True,
        name="Katrin Schulz")  # fmt: skip
    yes("aj08_schulz_kurz.eml", 5, (1037,), ("2026-05-07",), "2026-05-07 19:55", re(1037),
        "ja 07.05 hat stattgefunden" + SAMSUNG,
        client="samsung", reply="cr-1037", style="samsung", name="Katrin Schulz")  # fmt: skip
    yes("aj09_hoffmann_buero.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:41", re(1040),
        "Guten Morgen,\n\nbestätige hiermit die Sitzung von heute früh (04.05.). Ich habe"
        " mich aus dem Büro zugeschaltet, die Gerätübungen mache ich dann abends"
        " nach.\n\nBeste Grüße" + HOFFMANN_SIG,
        client="outlook", reply="cr-1040", style="outlook_en")  # fmt: skip
    yes("aj10_hoffmann_zwei_an_einem_tag.eml", 6, (1042, 1043), ("2026-05-18",),
        "2026-05-18 14:22", re(1043),
        "Hallo,\n\nbeide Termine am Montag, 18.05. haben stattgefunden: morgens KG am Gerät"
        " wie immer, mittags die Manuelle Therapie. Die zweite Sitzung habe ich aus dem Auto"
        " auf dem Firmenparkplatz gemacht, daher das wackelige Bild.\n\nBeste Grüße"
        + HOFFMANN_SIG,
        client="outlook", reply="cr-1043", style="outlook_classic",
        note="two sessions on one day, both confirmed by 'beide Termine'")  # fmt: skip
    yes("aj11_hoffmann_pfingsten.eml", 6, (1044,), ("2026-05-26",), "2026-05-26 09:25",
        re(1044),
        "Dienstag 26.5. hat stattgefunden, danke fürs Verschieben wegen Pfingstmontag.\n\nPH"
        "\n\nVon Outlook für iOS gesendet",
        client="outlook", reply="cr-1044", style="outlook")  # fmt: skip
    yes("aj12_popescu_mann_laptop.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 15:30",
        re(1046),
        "Guten Tag,\n\nich bestätige die Therapie am 2 Juni, sie hat stattgefunden. Am Anfang"
        " Kamera war schwarz, mein Mann hat geholfen mit dem Laptop und dann war alles"
        " gut.\n\nMit freundlichen Grüße\nElena Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("aj13_popescu_zwei.eml", 7, (1047, 1048), ("2026-06-09", "2026-06-16"),
        "2026-06-17 08:12", "Bestätigung",
        "Guten Morgen,\nTherapie am 9.6 und 16.6 war beide per Video, alles gut funktioniert."
        "\nDanke\nElena Popescu",
        client="yahoo")  # fmt: skip
    yes("aj14_richter_haengen.eml", 8, (1051,), ("2026-06-03",), "2026-06-03 20:03",
        re(1051),
        "Hat geklappt am 3.6. 👍 Bild ist einmal kurz hängen geblieben, sonst top." + IPHONE,
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip
    yes("aj15_richter_juni.eml", 8, (1052, 1053, 1054),
        ("2026-06-10", "2026-06-17", "2026-06-24"), "2026-06-25 07:48",
        "Bestätigung Termine Juni",
        "Hallo,\n\nfür die Abrechnung: die Videotermine am 10., 17. und 24.06. haben alle"
        " stattgefunden. Am 17. war ich auf Dienstreise und habe mich aus dem Hotel"
        " eingewählt.\n\nViele Grüße\nJonas Richter",
        client="apple")  # fmt: skip
    yes("aj16_brandt_neunter.eml", 10, (1063,), ("2026-07-03", "2026-07-09"),
        "2026-07-11 10:30", "Termine Juli",
        "Moin,\n\nkurz zur Bestätigung: Freitag 03.07.26 hat stattgefunden, ebenso der Termin"
        " am 9.7. Beim ersten saß ich als Beifahrer im Auto, hat trotzdem funktioniert.\n\n"
        "Gruß Lukas",
        staff=True,
        note="9.7. is a Thursday with no appointment (the session was Friday 10.7.): only 3.7."
        " is sure, staff must ask")  # fmt: skip
    yes("aj17_brandt_juli_ende.eml", 10, (1066, 1067), ("2026-07-24", "2026-07-31"),
        "2026-07-31 18:05", re(1067),
        "24/7 und 31/7 beide stattgefunden. Schönes Wochenende!\nLukas Brandt",
        reply="cr-1067", style="gmail",
        note="'24/7' is the 24 July session, not 'around the clock'")  # fmt: skip
    yes("aj18_carter_froze.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 15:10",
        "Re: Bitte bestätigen Sie Ihre Behandlung vom 03.08.2026",
        "Hi,\n\nYes, the session on 3 August took place. The picture froze for about a minute"
        " halfway through but it came back and we carried on.\n\nBest,\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    human("aj19_carter_two.eml", sender=11, date="2026-08-18 09:20",
          subject="Fwd: Bitte bestätigen Sie Ihre Behandlung vom 17.08.2026",
          body="Hello,\n\nJust confirming my video sessions on Aug 10th and 17th both happened."
          " My husband set up the laptop on the 17th because mine was updating.\n\nThanks,\n"
          "Emily Carter",
          client="gmail", forward="cr-1071", quote_style="forward_gmail",
          label=Label(("confirmation",), patient=11, confirmed=(1070, 1071),
                      dates=("2026-08-10", "2026-08-17"),
                      note="forwarded our request back instead of answering it"))  # fmt: skip
    yes("aj20_carter_month_end.eml", 11, (1072, 1073), ("2026-08-24", "2026-08-31"),
        "2026-08-31 16:40", "Re: Bitte bestätigen Sie Ihre Behandlung vom 31.08.2026",
        "Yes, Monday 31 August took place. And I realise I never answered for the 24th -"
        " that one happened too.\n\nEmily",
        client="gmail", reply="cr-1073", style="gmail_en", bottom=True)  # fmt: skip
    human("aj21_vogel_knapp.eml", sender=13, date="2026-09-10 08:44",
          subject="WG: Bitte bestätigen Sie Ihre Behandlung vom 10.09.2026",
          body="Bestätigt: 10.09.2026, 07:00 Uhr." + VOGEL_SIG,
          client="outlook", forward="cr-1082", quote_style="forward_outlook",
          label=Label(("confirmation",), patient=13, confirmed=(1082,), dates=("2026-09-10",),
                      note="forwarded (WG:) rather than answered; 07:00 is the time"))  # fmt: skip
    yes("aj22_vogel_iphone.eml", 13, (1083, 1084), ("2026-09-17", "2026-09-24"),
        "2026-09-24 08:31", re(1084),
        "17.+24.9. stattgefunden. Heute aus der Klinik, daher ohne Ton am Anfang.\nVG MV"
        + IPHONE,
        client="iphone", reply="cr-1084", style="iphone", name="Michael Vogel")  # fmt: skip
    yes("aj23_lehmann_bibliothek.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:02",
        re(1087),
        "Liebes Team der Praxis Impulse,\n\nhiermit bestätige ich, dass die Behandlung am"
        " Dienstag, den 8. September stattgefunden hat. Ich war aus einem Gruppenraum der"
        " Bibliothek zugeschaltet, das WLAN dort ist etwas langsam, aber es ging.\n\n"
        "Herzliche Grüße" + LEHMANN_SIG,
        client="thunderbird", reply="cr-1087", style="thunderbird")  # fmt: skip
    yes("aj24_lehmann_klein.eml", 14, (1089, 1090), ("2026-09-22", "2026-09-29"),
        "2026-09-29 14:52", re(1090),
        "dienstag 22.9 und heute 29.9 beide stattgefunden lg anna",
        client="thunderbird", reply="cr-1090", style="thunderbird", bottom=True)  # fmt: skip
    yes("aj25_schaefer_kanzlei.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:03",
        re(1098),
        "Guten Morgen,\n\nder Videotermin gestern Abend (07.10.) hat stattgefunden, ich war"
        " noch in der Kanzlei und habe mich von dort eingewählt.\n\nMit freundlichen Grüßen"
        + SCHAEFER_SIG,
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de")  # fmt: skip
    yes("aj26_schaefer_partner.eml", 16, (1100, 1101), ("2026-10-21", "2026-10-28"),
        "2026-10-28 21:02", re(1101),
        "Hallo,\nja beide Termine fanden statt, der 21. Oktober und heute der 28. Oktober."
        " Heute hat mein Mann den Laptop eingerichtet, weil ich am Anfang keinen Ton hatte,"
        " deshalb haben wir 5 Minuten später angefangen.\nGruß Birgit Schäfer" + GMX_APP,
        reply="cr-1101", style="webde")  # fmt: skip
    yes("aj27_jansen_erste.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:30",
        re(1104),
        "Moin!\n\nErste Sitzung am Donnerstag (22.10.) hat geklappt. Ich hatte vorher etwas"
        " Sorge wegen der Technik, aber der Code ging sofort.\n\nBeste Grüße\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("aj28_jansen_monatswechsel.eml", 17, (1105, 1106), ("2026-10-29", "2026-11-05"),
        "2026-11-05 11:47", re(1106),
        "Hallo, am 29.10. und am 05.11. war ich jeweils dabei, beide Sitzungen haben"
        " stattgefunden. Am 29. kurz eingefroren, wir haben dann einfach neu geladen.\n"
        "Nächsten Donnerstag bin ich auch wieder da.\nOle Jansen",
        client="gmail", reply="cr-1106", style="gmail", bottom=True,
        note="'Nächsten Donnerstag' (12.11.) is a future session, not confirmed")  # fmt: skip
    yes("aj29_nowak_ton_weg.eml", 19, (1116,), ("2026-11-06",), "2026-11-06 09:48", re(1116),
        "Moin, Fr 06.11. hat stattgefunden. Ton war anfangs weg, Therapeut hat mich dann"
        " kurz angerufen und dann ging es per Video weiter.\nDavid" + PROTON,
        reply="cr-1116", style="gmail")  # fmt: skip
    yes("aj30_nowak_zwei.eml", 19, (1118, 1119), ("2026-11-20", "2026-11-27"),
        "2026-11-28 10:15", "Bestätigung Termine November",
        "Hallo Praxis Impulse,\n\nBestätigung für die MT-Termine per Video am 2026-11-20 und"
        " 2026-11-27, beide haben stattgefunden.\n\nDanke & schönes Wochenende\nDavid Nowak"
        + PROTON)  # fmt: skip
    yes("aj31_hartmann_freund.eml", 20, (1120,), ("2026-11-03",), "2026-11-03 18:40",
        re(1120),
        "Hallo,\n\nja, der Termin am 3.11. hat stattgefunden! Mein Freund hat mir mit dem"
        " Laptop geholfen, weil die Kamera erst nicht erkannt wurde. Kann ich nächstes Mal"
        " auch einfach vom Handy aus teilnehmen oder brauche ich eine App?\n\nLiebe Grüße\n"
        "Leonie",
        client="webde", reply="cr-1120", style="webde", staff=True, extra=("question",),
        note="confirmed, and a technical question for staff")  # fmt: skip
    yes("aj32_hartmann_gestern.eml", 20, (1122, 1123), ("2026-11-17", "2026-11-24"),
        "2026-11-25 09:05", "Bestätigung",
        "Hallo liebes Praxisteam,\n\nich bestätige die Termine vom 17.11. und von gestern,"
        " beide haben stattgefunden.\n\nLiebe Grüße\nLeonie Hartmann",
        client="webde", note="'gestern' is Tuesday 24.11.")  # fmt: skip
    yes("aj33_hartmann_jahresende.eml", 20, (1121,), ("2026-11-10",), "2026-12-29 11:20",
        "Nachtrag Bestätigung",
        "Hallo,\n\nbeim Aufräumen meines Postfachs habe ich gesehen, dass ich den Termin vom"
        " 10. Nov. nie bestätigt habe. Der hat stattgefunden.\n\nGuten Rutsch!\nLeonie Hartmann",
        client="webde")  # fmt: skip
    yes("aj34_wagner_enkel.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 16:30", re(1124),
        "JA DER TERMIN AM 12.1. HAT STATTGEFUNDEN. MEIN ENKEL HAT DEN LAPTOP EINGERICHTET UND"
        " WAR DABEI.\n\nMIT FREUNDLICHEN GRÜSSEN\nSOPHIE WAGNER",
        reply="cr-1124", style="webde")  # fmt: skip
    yes("aj35_wagner_januar.eml", 21, (1125, 1126), ("2026-01-19", "2026-01-26"),
        "2026-02-03 10:10", "Termine Januar",
        "Sehr geehrte Damen und Herren,\n\nhiermit bestätige ich die Videobehandlungen am"
        " 19. Januar und am 26. Januar 2026. Der Termin am 2. Februar ist ja wegen der"
        " Krankheit der Therapeutin ausgefallen, das ist in Ordnung.\n\nMit freundlichen"
        " Grüßen\nSophie Wagner",
        note="2 February is a cancelled appointment, named as not having taken place")  # fmt: skip
    yes("aj36_krueger_maerz.eml", 1, (1008, 1009), ("2026-03-03", "2026-03-10"),
        "2026-03-10 11:45", re(1009),
        "Hallo,\n\nletzte Woche Dienstag und heute, beides hat stattgefunden. Heute war ich"
        " aus dem Wohnmobil zugeschaltet, daher das Rauschen 🙂\n\nSabine",
        client="webde", reply="cr-1009", style="webde",
        note="'letzte Woche Dienstag' is 3.3., 'heute' 10.3.")  # fmt: skip


def lookalikes() -> None:
    no("aj37_krueger_link_danke.eml", 1, ("other",), "2026-02-21 08:40", re_video(1007),
       "Danke für den Link, ich bin am 24.2. wie immer dabei.\n\nSabine Krüger",
       client="webde", reply="vl-1007", style="webde", staff=False,
       note="thanks for the video link before the session: nothing to confirm")  # fmt: skip
    no("aj38_schulz_link_tot.eml", 5, ("technical", "reschedule"), "2026-05-21 17:20", re(1038),
       "Hallo,\n\ndie Stunde heute (21.05.) hat NICHT stattgefunden. Der Link hat überhaupt"
       " nicht funktioniert, die Seite blieb weiß, Marie hat 20 Minuten davor gesessen."
       " Anrufen konnten wir niemanden erreichen. Bitte um einen Ersatztermin.\n\n"
       "Katrin Schulz",
       client="thunderbird", reply="cr-1038", style="thunderbird", name="Katrin Schulz",
       note="link did not work at all: no treatment")  # fmt: skip
    no("aj39_popescu_niemand.eml", 7, ("technical",), "2026-06-23 13:02", re(1049),
       "Guten Tag,\n\nnein, heute es hat nicht stattgefunden. Ich habe gewartet von 11 Uhr"
       " bis 11.25 im Video aber niemand ist gekommen. Was ist passiert?\n\nElena Popescu",
       client="yahoo", reply="cr-1049", style="yahoo",
       note="nobody joined: a complaint, nothing to confirm")  # fmt: skip
    no("aj40_richter_safari.eml", 8, ("question", "technical"), "2026-06-01 21:30",
       re_video(1051),
       "Hallo,\n\nkurze Frage vor meinem ersten Termin am Mittwoch: Geht das auch mit Safari"
       " auf dem iPad, oder brauche ich unbedingt Chrome? Und muss ich die Kamera irgendwo"
       " freigeben?\n\nDanke, Jonas Richter" + IPHONE,
       client="iphone", reply="vl-1051", style="iphone")  # fmt: skip
    no("aj41_brandt_absage.eml", 10, ("cancellation",), "2026-08-05 07:55",
       re_video(1068),
       "Hallo,\n\nich muss den Videotermin am Freitag (07.08.) leider absagen, ich bin"
       " beruflich unterwegs und habe kein vernünftiges Netz.\n\nGruß Lukas Brandt",
       reply="vl-1068", style="gmail")  # fmt: skip
    no("aj42_carter_move.eml", 11, ("reschedule",), "2026-09-04 19:10",
       "Re: Ihr Videotermin am 07.09.2026",
       "Hi,\n\nWould it be possible to move Monday 7th September to Tuesday the 8th, same"
       " time? I have a work call I can't get out of. Sorry for the"
       " short notice.\n\nThanks, Emily",
       client="gmail", reply="vl-1074", style="gmail_en", bottom=True)  # fmt: skip
    human("aj43_vogel_abwesend.eml", sender=13, date="2026-10-01 08:31",
          subject="Automatische Antwort: Bitte bestätigen Sie Ihre Behandlung vom 01.10.2026",
          body="Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 12.10.2026 nicht"
          " im Haus. In dringenden Fällen wenden Sie sich bitte an das Sekretariat unter"
          " 0221 5570 120.\n\nDr. med. Michael Vogel",
          client="outlook", reply_to="cr-1085",
          extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
          label=Label(("auto_reply",), patient=13))  # fmt: skip
    no("aj44_schaefer_abgebrochen.eml", 16, ("technical", "reschedule"), "2026-10-14 20:52", re(1099),
       "Hallo,\n\nheute (14.10.) hat es leider nicht geklappt: das Bild ist nach ein paar"
       " Minuten eingefroren und dann ist die Verbindung ganz abgebrochen. Wir sind beide"
       " nicht mehr reingekommen. Können wir den Termin nachholen?\n\nBirgit Schäfer",
       reply="cr-1099", style="webde",
       note="froze and broke off after a few minutes: not a treatment")  # fmt: skip
    no("aj45_nowak_code.eml", 19, ("technical",), "2026-11-13 09:58", re(1117),
       "Nein, leider nicht. Der Zugangscode wurde nicht akzeptiert, ich kam nicht rein und"
       " angerufen hat auch keiner. Bitte um neuen Code für nächste Woche.\nDavid" + PROTON,
       reply="cr-1117", style="gmail", bottom=True)  # fmt: skip
    no("aj46_hoffmann_rechnung.eml", 6, ("question",), "2026-06-08 10:05",
       "Rechnung vom 01.06.2026",
       "Hallo,\n\nzur Rechnung vom 01.06.2026: die Beihilfe möchte die Videositzungen"
       " einzeln mit Datum aufgeführt haben. Können Sie mir eine Aufstellung schicken?"
       + HOFFMANN_SIG,
       client="outlook",
       note="invoice date, not a treatment day")  # fmt: skip
    no("aj47_jansen_morgen.eml", 17, ("question",), "2026-11-18 17:25", re_video(1108),
       "Hi, bin morgen (19.11.) dabei. Gilt der gleiche Code wie immer oder der aus dieser"
       " Mail?\nOle",
       client="gmail", reply="vl-1108", style="gmail")  # fmt: skip
    no("aj48_lehmann_krank.eml", 14, ("cancellation",), "2026-10-12 19:40",
       "Absage Termin 13.10.",
       "Hallo,\n\nich liege mit Fieber im Bett und sage den Videotermin morgen (13.10.) ab."
       " Melde mich, wenn es mir besser geht.\n\nAnna Lehmann" + LEHMANN_SIG,
       client="thunderbird")  # fmt: skip
    human("aj49_jansen_unterlagen.eml", sender=17, date="2026-10-19 20:15",
          subject="AW: Ihre Unterlagen für die Behandlung",
          body="Hallo,\n\nanbei die drei Unterlagen, alles unterschrieben. Bis Donnerstag!"
          "\n\nOle Jansen",
          client="gmail", reply_to="fr-17", quote_style="gmail",
          files=[mc.pdf("Anamnesebogen_Jansen.pdf"), mc.pdf("Datenschutzerklaerung_signed.pdf"),
                 mc.pdf("Einwilligung_Telebehandlung.pdf")],
          label=Label(("forms",), patient=17,
                      forms=("anamnese", "datenschutz", "einwilligung_tele")))  # fmt: skip
    human("aj50_lehmann_datenschutz.eml", sender=14, date="2026-09-06 12:00",
          subject="Datenschutzinformation Videobehandlung",
          body="Hallo,\n\nanbei wie gewünscht die unterschriebene Datenschutzinformation für"
          " die Videobehandlung.\n\nViele Grüße" + LEHMANN_SIG,
          client="thunderbird",
          files=[mc.pdf("Datenschutzinformation_Videobehandlung.pdf")],
          label=Label(("forms",), patient=14, forms=("datenschutz_video",)))  # fmt: skip


def main() -> None:
    load_practice()
    confirmations()
    lookalikes()
    mc.HERE = HERE  # check_labels and write_labels work on this set from here on
    mc.check_labels()
    HERE.mkdir(parents=True, exist_ok=True)
    for old in HERE.glob("*.eml"):
        old.unlink()
    for mail in mc.MAILS:
        (HERE / mail.file).write_bytes(mail.raw)
    mc.write_labels()
    labels = HERE / "labels.toml"
    text = labels.read_text("utf-8").replace(
        "Generated by make_corpus.py", "Generated by blind_aj.py"
    )
    labels.write_text(text, "utf-8")
    print(f"{len(mc.MAILS)} mails")


if __name__ == "__main__":
    main()
