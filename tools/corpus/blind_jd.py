"""Blind set JD: two sessions on one day.

The practice file has one patient with two appointments on the same day: Peter Hoffmann
(patient 6) on Monday 18 May 2026, KG am Gerät by video at 07:30 (1042) and Manuelle
Therapie by video at 12:30 (1043). Most mails here are his answers about that day: under
our request for the first or the second session, or as a new mail, the same morning,
evening or days and weeks later, sometimes together with his other Mondays. He says both
were held, or only one, naming it by time, by treatment, by order or by nothing at all;
some say the other was missed, cut short or moved. A few other patients write about a day
with two contacts with the practice (a tech check, a call back, a second call expected)
of which only one is their appointment. The look-alikes: a wish to merge the pair into one
longer session, a question which of them is video, a cancellation of one of the pair, a
complaint that the midday call never came, a thank-you for the double booking, a request
for two sessions on one day.

Labels are strict: `confirmed` holds only sessions plainly held in full whose day and
which of the day's two are clear from the mail's words (our quoted request included);
anything unclear, partial, missed or moved needs staff and confirms only what is plain.
`dates` are the days the mail says a session took place (also partly).

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

HERE = data_dir("blind_jd")

D = "2026-05-18"  # Peter Hoffmann's day with two sessions: 1042 at 07:30, 1043 at 12:30


def both_held() -> None:
    yes(
        "jd01_hoffmann_beide_formell.eml",
        6,
        (1042, 1043),
        (D,),
        "2026-05-18 18:40",
        request_subject(1043),
        "Sehr geehrte Damen und Herren,\n\n"
        "hiermit bestätige ich, dass heute, am 18.05.2026, beide Termine stattgefunden haben"
        " (Gerätetraining um 7:30 Uhr und Manuelle Therapie um 12:30 Uhr).\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook",
        name="Hoffmann, Peter",
    )
    yes(
        "jd02_hoffmann_vormittags_nachmittags.eml",
        6,
        (1042, 1043),
        (D,),
        "2026-05-18 21:07",
        "Termine heute",
        "Hallo,\n\nkurz zur Bestätigung: vormittags und nachmittags war ich dabei, beide"
        " Einheiten komplett durchgezogen. Heute = 18.5.\n\nGruß\nPeter Hoffmann",
    )
    yes(
        "jd03_hoffmann_beides_stattgefunden.eml",
        6,
        (1042, 1043),
        (D,),
        "2026-05-18 20:15",
        request_subject(1042),
        "Beides stattgefunden heute.\nP.H.\n\nVon meinem iPhone gesendet",
        client="iphone",
        reply="cr-1042",
        style="iphone",
    )
    yes(
        "jd04_hoffmann_both_calls_today.eml",
        6,
        (1042, 1043),
        (D,),
        "2026-05-18 17:02",
        request_subject(1043, "Re"),
        "Both calls today, thanks. Morning training and the manual therapy at 12:30 - both"
        " done.\nPeter",
        client="gmail",
        reply="cr-1043",
        style="gmail_en",
    )
    yes(
        "jd05_hoffmann_spaet_beide.eml",
        6,
        (1042, 1043),
        (D,),
        "2026-05-21 22:31",
        request_subject(1043),
        "Guten Abend,\n\nentschuldigen Sie die späte Antwort, die Woche ist bei mir chaotisch."
        " Am Montag, den 18.5., waren es ja zwei Termine bei Ihnen - beide haben"
        " stattgefunden, jeweils die volle halbe Stunde.\n\nViele Grüße\nPeter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook_classic",
    )
    yes(
        "jd06_hoffmann_samsung_halb8_und_halb1.eml",
        6,
        (1042, 1043),
        (D,),
        "2026-05-18 13:40",
        request_subject(1042),
        "Hallo, bestätige die Behandlung vom 18.05. um 7:30 Uhr. Die um 12:30 eben auch,"
        " ist gerade vorbei. MfG Hoffmann\n\n\nVon meinem Samsung Galaxy Smartphone gesendet",
        client="samsung",
        reply="cr-1042",
        style="samsung",
    )


def one_named() -> None:
    yes(
        "jd07_hoffmann_geraet_morgens.eml",
        6,
        (1042,),
        (D,),
        "2026-05-18 09:20",
        request_subject(1042),
        "Heute 18.5. KG am Gerät hat stattgefunden.\nGruß P. Hoffmann\n\n"
        "Von meinem iPhone gesendet",
        client="iphone",
        reply="cr-1042",
        style="iphone",
    )
    yes(
        "jd08_hoffmann_die_manuelle.eml",
        6,
        (1043,),
        (D,),
        "2026-05-18 14:35",
        request_subject(1043),
        "Hallo zusammen,\ndie Manuelle heute Mittag hat stattgefunden (18.05.).\n"
        "Beste Grüße\nPeter",
        client="gmail",
        reply="cr-1043",
        style="gmail",
    )
    yes(
        "jd09_hoffmann_heute_geklappt_morgens.eml",
        6,
        (1042,),
        (D,),
        "2026-05-18 09:10",
        request_subject(1042),
        "heute hat geklappt, danke",
        client="iphone",
        reply="cr-1042",
        style="iphone",
        note="answers the request for 1042 (quoted, 07:30) at 09:10, before 1043 began",
    )
    yes(
        "jd10_hoffmann_hat_geklappt_mittag.eml",
        6,
        (1043,),
        (D,),
        "2026-05-18 19:55",
        request_subject(1043),
        "Hat heute geklappt, danke!\n\nPeter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook",
        note="answers the quoted request for 1043 only",
    )
    yes(
        "jd11_hoffmann_montag_frueh.eml",
        6,
        (1042,),
        (D,),
        "2026-05-20 07:12",
        request_subject(1042),
        "Moin,\n\nMontag früh (18.05.) war ich beim Gerätetraining dabei, das volle Programm."
        "\n\nPeter Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
    )
    yes(
        "jd12_hoffmann_bottom_manuelle.eml",
        6,
        (1043,),
        (D,),
        "2026-05-18 16:48",
        request_subject(1043),
        "Ja, die Manuelle Therapie am 18.05. um 12:30 hat stattgefunden.\n\n--\nPeter Hoffmann",
        client="thunderbird",
        reply="cr-1043",
        style="thunderbird",
        bottom=True,
    )
    yes(
        "jd13_hoffmann_der_spaetere.eml",
        6,
        (1043,),
        (D,),
        "2026-05-18 15:02",
        request_subject(1042),
        "Hallo,\n\nder spätere Termin heute hat stattgefunden, der Mittagstermin mit der"
        " Manuellen Therapie.\n\nGruß Peter Hoffmann",
        client="plain",
        reply="cr-1042",
        style="gmail",
        note="answers under the request for 1042 but names the later one, 1043; 1042 not mentioned",
    )
    yes(
        "jd14_hoffmann_training_18_und_26.eml",
        6,
        (1042, 1044),
        (D, "2026-05-26"),
        "2026-06-03 08:05",
        request_subject(1042),
        "Sorry, das ist irgendwie untergegangen. Am 18.5. und am 26.5. war ich jeweils"
        " beim Training am Gerät, beide Male komplett.\n\nGruß\nP. Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
        note="on the 18th only the training (1042) is named, not the Manuelle",
    )
    yes(
        "jd15_hoffmann_ganzer_mai.eml",
        6,
        (1040, 1041, 1042, 1043, 1044, 1045),
        ("2026-05-04", "2026-05-11", D, "2026-05-26", "2026-06-01"),
        "2026-06-02 19:30",
        "Bestätigung Termine Mai",
        "Sehr geehrtes Praxisteam,\n\n"
        "ich hänge mit den Bestätigungen hinterher, daher gesammelt:\n\n"
        "- 04.05. Gerätetraining\n- 11.05. Gerätetraining\n"
        "- 18.05. zweimal: früh Gerätetraining und mittags Manuelle Therapie\n"
        "- 26.05. (Dienstag) Gerätetraining\n- 01.06. Gerätetraining\n\n"
        "Alle Termine haben stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook",
        name="Hoffmann, Peter",
    )


def one_held_other_not() -> None:
    yes(
        "jd16_hoffmann_halb8_ja_halb1_meeting.eml",
        6,
        (1042,),
        (D,),
        "2026-05-18 19:04",
        request_subject(1042),
        "Guten Abend,\n\nder um halb acht hat stattgefunden. Der um halb eins leider nicht,"
        " ich hing in einem Meeting fest und konnte mich nicht einwählen. Tut mir leid,"
        " bitte melden Sie sich wegen eines Ersatztermins.\n\nPeter Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
        staff=True,
        extra=("reschedule",),
        note="1043 missed: staff",
    )
    yes(
        "jd17_hoffmann_verschlafen.eml",
        6,
        (1043,),
        (D,),
        "2026-05-18 15:20",
        request_subject(1043),
        "Nur zur Info: die Manuelle Therapie mittags hat stattgefunden. Das Gerätetraining"
        " heute früh hab ich leider verschlafen, sorry!\n\nP. Hoffmann",
        client="iphone",
        reply="cr-1043",
        style="iphone",
        staff=True,
        note="1042 missed: staff",
    )
    yes(
        "jd18_hoffmann_zweiter_abgebrochen.eml",
        6,
        (1042,),
        (D,),
        "2026-05-18 14:25",
        request_subject(1043),
        "Hallo,\n\nder erste Termin heute hat ganz normal geklappt. Der zweite wurde nach"
        " ca. 10 Minuten abgebrochen, das Bild ist ständig eingefroren und dann war die"
        " Verbindung weg. Können wir das nachholen?\n\nGruß\nPeter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook",
        staff=True,
        extra=("technical",),
        note="1043 cut short after 10 minutes",
    )
    yes(
        "jd19_hoffmann_manuelle_ja_geraet_halb.eml",
        6,
        (1043,),
        (D,),
        "2026-05-18 18:10",
        request_subject(1042),
        "Hallo Praxis Impulse,\n\n"
        "die Manuelle hat stattgefunden. Beim Gerätetraining heute morgen war nach einer"
        " Viertelstunde Schluss, ich musste los zum Zug. Rechnen Sie das bitte entsprechend"
        " ab.\n\nViele Grüße\nPeter Hoffmann",
        client="gmail",
        reply="cr-1042",
        style="gmail",
        staff=True,
        note="1042 ended after 15 minutes",
    )
    yes(
        "jd20_hoffmann_beide_manuelle_kuerzer.eml",
        6,
        (1042,),
        (D,),
        "2026-05-19 08:40",
        request_subject(1043),
        "Moin, beide Termine gestern gemacht (18.5.), die Manuelle allerdings schon nach"
        " 20 Minuten beendet, weil ich danach direkt zum Kunden musste.\nGruß Hoffmann",
        client="plain",
        reply="cr-1043",
        style="gmail",
        staff=True,
        note="'beide gemacht' but 1043 ended early",
    )
    yes(
        "jd21_hoffmann_nur_mittag.eml",
        6,
        (1043,),
        (D,),
        "2026-05-18 16:01",
        "Heute",
        "Hallo,\nheute war nur der Mittagstermin, morgens habe ich es nicht geschafft.\n"
        "Der um 12:30 hat aber stattgefunden.\n\nPeter Hoffmann\n\nVon meinem iPhone gesendet",
        client="iphone",
        staff=True,
        note="1042 not held; the 18th from the mail's date",
    )
    yes(
        "jd22_hoffmann_mittag_verschoben.eml",
        6,
        (1042,),
        (D,),
        "2026-05-18 21:45",
        request_subject(1042),
        "Hallo,\n\nvormittags war ich dabei. Den Mittagstermin hatten wir ja telefonisch auf"
        " 17 Uhr geschoben, der hat dann auch stattgefunden - bitte im Kalender"
        " entsprechend ändern.\n\nViele Grüße\nPeter Hoffmann",
        client="outlook",
        reply="cr-1042",
        style="outlook",
        staff=True,
        note="1043 held at another time than booked: staff decides",
    )
    yes(
        "jd23_hoffmann_18_beide_26_krank.eml",
        6,
        (1042, 1043),
        (D,),
        "2026-06-08 12:14",
        "Rückmeldung Termine",
        "Guten Tag,\n\n"
        "am 18.5. haben beide Termine stattgefunden (früh das Gerät, mittags die Manuelle)."
        " Der Termin am 26.5. ist ausgefallen, da war ich krank - ich hatte vergessen"
        " abzusagen, entschuldigen Sie bitte.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook",
        staff=True,
        note="26.5. (1044) not held: staff",
    )


def unclear_which() -> None:
    yes(
        "jd24_hoffmann_heute_geklappt_abends.eml",
        6,
        (),
        (D,),
        "2026-05-18 22:03",
        "Termin",
        "heute hat geklappt\n\nGruß Peter",
        client="iphone",
        staff=True,
        note="new mail, no thread: one session or both?",
    )
    yes(
        "jd25_hoffmann_einer_von_beiden.eml",
        6,
        (),
        (D,),
        "2026-06-10 20:20",
        request_subject(1043),
        "Guten Abend,\n\nich muss zugeben, ich weiß es nicht mehr genau: von den beiden"
        " Terminen am 18. Mai hat nur einer stattgefunden, der andere ist ausgefallen."
        " Welcher das war, kann ich Ihnen leider nicht mehr sagen.\n\nPeter Hoffmann",
        client="outlook",
        reply="cr-1043",
        style="outlook",
        staff=True,
    )
    yes(
        "jd26_hoffmann_behandlung_am_18.eml",
        6,
        (),
        (D,),
        "2026-05-19 10:33",
        "Behandlung 18.05.",
        "Sehr geehrte Damen und Herren,\n\n"
        "die Behandlung am 18.5. hat stattgefunden.\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook",
        staff=True,
        note="singular, new mail: which of the day's two?",
    )
    yes(
        "jd27_hoffmann_mittag_unsicher.eml",
        6,
        (1042,),
        (D,),
        "2026-06-15 18:50",
        request_subject(1042),
        "Hallo,\n\nich räume gerade mein Postfach auf. Das Training am Gerät am 18.5."
        " morgens hat stattgefunden, da bin ich mir sicher. Ob wir den Mittagstermin"
        " gemacht haben, weiß ich ehrlich gesagt nicht mehr - schauen Sie bitte bei sich"
        " nach.\n\nGruß Peter Hoffmann",
        client="gmail",
        reply="cr-1042",
        style="gmail",
        staff=True,
    )


def hoffmann_look_alikes() -> None:
    no(
        "jd28_hoffmann_zusammenlegen.eml",
        6,
        ("reschedule",),
        "2026-05-12 20:10",
        "Termine 18.05.",
        "Hallo,\n\nam Montag, 18.5., habe ich ja zwei Termine bei Ihnen, um 7:30 und um"
        " 12:30. Könnte man die nicht zu einer Stunde am Stück zusammenlegen, z.B. 7:30 bis"
        " 8:30? Mittags ist bei mir immer schwierig.\n\nViele Grüße\nPeter Hoffmann",
        client="outlook",
    )
    no(
        "jd29_hoffmann_welcher_ist_video.eml",
        6,
        ("question",),
        "2026-05-15 12:02",
        video_link_subject(1043, "AW"),
        "Hallo, ich habe jetzt zwei Links für Montag bekommen. Sind beide Termine per Video"
        " oder ist einer davon telefonisch? Und welcher Code gilt für welchen?\n\nGruß Hoffmann",
        client="outlook",
        reply="vl-1043",
        style="outlook",
    )
    no(
        "jd30_hoffmann_mittag_absagen.eml",
        6,
        ("cancellation",),
        "2026-05-13 17:45",
        "Absage Montag mittags",
        "Guten Tag,\n\nbitte sagen Sie für kommenden Montag, 18.5., den Mittagstermin"
        " (Manuelle Therapie) ab. Den Termin früh um 7:30 nehme ich wahr.\n\n"
        "Mit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook",
    )
    no(
        "jd31_hoffmann_mittags_kam_keiner.eml",
        6,
        ("technical",),
        "2026-05-18 12:58",
        "Videotermin 12:30???",
        "Hallo, ich sitze seit 12:25 im Videoraum und es kommt niemand. Code habe ich"
        " richtig eingegeben. Findet der Termin noch statt??\n\nHoffmann\n\n"
        "Von meinem iPhone gesendet",
        client="iphone",
    )
    no(
        "jd32_hoffmann_danke_doppeltermin.eml",
        6,
        ("other",),
        "2026-05-12 08:15",
        reminder_subject(1041),
        "Danke, dass Sie mir für den 18. noch einen zweiten Termin freigeschaufelt haben,"
        " das hilft mir sehr.\n\nBeste Grüße\nPeter Hoffmann",
        client="outlook",
        reply="rem-1041",
        style="outlook",
        staff=False,
        note="thanks for the booking of the pair, nothing held",
    )
    no(
        "jd33_hoffmann_erinnerung_welcher.eml",
        6,
        ("question",),
        "2026-05-17 13:10",
        reminder_subject(1043),
        "Danke für die Erinnerung. Ist das der zusätzliche Termin zum Training morgens oder"
        " wurde das Training auf mittags verlegt?\n\nP. Hoffmann",
        client="iphone",
        reply="rem-1043",
        style="iphone",
    )
    no(
        "jd34_hoffmann_mittag_nach_hinten.eml",
        6,
        ("reschedule",),
        "2026-05-14 09:30",
        "Montag 12:30 verschieben?",
        "Hallo,\n\nginge es, den Termin am 18.05. um 12:30 auf den späten Nachmittag zu"
        " legen, so ab 17 Uhr? Der Morgentermin kann bleiben.\n\nDanke und Gruß\n"
        "Peter Hoffmann",
        client="gmail",
    )
    no(
        "jd35_hoffmann_abrechnung_zwei.eml",
        6,
        ("question",),
        "2026-05-25 10:44",
        "Frage Rechnung",
        "Guten Morgen,\n\neine Frage für meine private Krankenversicherung: werden die zwei"
        " Termine vom 18.05. getrennt abgerechnet oder als eine Position? Die Versicherung"
        " fragt bei sowas gern nach.\n\nMit freundlichen Grüßen\nPeter Hoffmann",
        client="outlook",
        note="a billing question; does not say the sessions took place",
    )


def others() -> None:
    yes(
        "jd36_carter_tech_check_and_session.eml",
        11,
        (1069,),
        ("2026-08-03",),
        "2026-08-03 18:15",
        request_subject(1069, "Re"),
        "Hi,\n\nyou had me on twice today - the quick tech check at 9 and then the actual"
        " session at noon. The noon session went fine, the full half hour. Confirming the"
        " treatment on 3 August.\n\nBest,\nEmily",
        client="gmail",
        reply="cr-1069",
        style="gmail_en",
    )
    yes(
        "jd37_aydin_arzt_und_behandlung.eml",
        22,
        (1130,),
        ("2026-02-19",),
        "2026-02-19 18:02",
        request_subject(1130),
        "Hallo,\nheute morgen ich hatte Termin bei Hausarzt und Mittag dann Ihre Behandlung"
        " am Telefon 12.30 Uhr. Behandlung war gut, alles gemacht. 19.02.2026\n"
        "Danke\nMehmet Aydin",
        client="plain",
        reply="cr-1130",
        style="gmail",
    )
    yes(
        "jd38_berger_zweimal_angerufen.eml",
        24,
        (1142,),
        ("2026-05-06",),
        "2026-05-06 11:40",
        request_subject(1142),
        "Guten Tag,\n\nSie haben mich heute zweimal angerufen: um 9 Uhr war die Behandlung,"
        " die hat stattgefunden, und um 11 Uhr nochmal Ihre Kollegin wegen dem neuen"
        " Rezept, das hat sich aber erledigt.\n\nFreundliche Grüße\nUrsula Berger",
        client="plain",
        reply="cr-1142",
        style="thunderbird",
    )
    yes(
        "jd39_neumann_nachmittag_kein_anruf.eml",
        9,
        (1056,),
        ("2026-07-07",),
        "2026-07-07 16:30",
        request_subject(1056),
        "Liebes Praxisteam,\n\nheute früh um 9 war die Gymnastik am Telefon, das hat gut"
        " geklappt. Ich hatte mir aber auch für heute 15 Uhr einen zweiten Anruf notiert,"
        " da hat niemand angerufen. Habe ich mich da verschrieben?\n\n"
        "Herzliche Grüße\nGisela Neumann",
        client="plain",
        reply="cr-1056",
        style="webde",
        staff=True,
        extra=("question",),
        note="a second call expected that matches no appointment",
    )
    yes(
        "jd40_oneill_dropped_and_called_back.eml",
        23,
        (),
        ("2026-04-14",),
        "2026-04-14 20:25",
        "Tonight's session",
        "Hi there,\n\nyou called twice tonight - first at 7.30, the line dropped after about"
        " ten minutes, then the therapist rang back just before 8 and we did a bit more."
        " Not sure that counts as a full session, I'll leave it to you.\n\nCheers,\nJames",
        client="outlook",
        staff=True,
        extra=("technical",),
        note="interrupted, resumed later: not plainly held in full",
    )
    yes(
        "jd41_yildiz_zweite_anruf.eml",
        12,
        (),
        ("2026-08-05",),
        "2026-08-05 12:40",
        request_subject(1075),
        "Hallo\nheute zwei mal angerufen, erste mal 10.30 ich war nicht zuhause, bei"
        " Nachbarin. zweite mal um 11 Uhr hat geklappt, Behandlung gemacht aber kürzer"
        " glaube ich.\nMfG Fatma Yildiz",
        client="webde",
        reply="cr-1075",
        style="webde",
        staff=True,
        note="held late and maybe shorter: staff",
    )
    no(
        "jd42_carter_two_same_day.eml",
        11,
        ("question",),
        "2026-08-11 09:05",
        "Two sessions on one day?",
        "Hi,\n\nnext Monday I'm working from home - would it be possible to do two sessions"
        " that day, one in the morning and the usual one at noon? I'm away the week after.\n\n"
        "Thanks,\nEmily Carter",
        client="gmail",
    )
    no(
        "jd43_neumann_zusammenlegen.eml",
        9,
        ("reschedule",),
        "2026-07-15 10:20",
        "Dienstag und Donnerstag",
        "Guten Tag,\n\nwäre es möglich, die Termine Dienstag und Donnerstag zusammen zu"
        " legen, also zwei Behandlungen direkt hintereinander am Dienstag? Donnerstags"
        " habe ich ab nächster Woche meine Enkel.\n\nMit freundlichen Grüßen\n"
        "Gisela Neumann",
        client="plain",
    )


def main() -> None:
    load_practice()
    both_held()
    one_named()
    one_held_other_not()
    unclear_which()
    hoffmann_look_alikes()
    others()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
