"""Blind set HO: the short yeses real patients type (or speak) under our request.

43 mails against the practice in tests/data/corpus/practice.toml, nearly all replies under
our confirmation request: voice-dictated text without punctuation (one with the spoken
"Punkt" written out), one-word answers ("Jo", "Yep", "Bestätigt", "Stimmt"), emoji only,
ALL CAPS, heavy typos, Denglisch, learners' German, English, dialect (Bavarian, Swabian,
Berlin, Low German, Swiss German, Austrian), a quoted request line answered inline with
"ja", a yes only in the subject line, firm signatures and disclaimers much longer than the
text, and a "👍" with nothing but "Von meinem iPhone gesendet" below it. Ten look-alikes in
the same styles do not confirm: "nö", "ne war nix", "👎", "hat net klappt", "NEIN", "I
wasn't there", "Stimmt nicht", a question with an emoji, "Ok" to a reminder and "Jo" to a
video-link mail before the session.

Labels are what a careful practice employee would record: `confirmed` holds the patient's
own scheduled, not yet confirmed appointments the mail plainly confirms as held in full (a
bare yes under our request confirms the appointment that request is about); `dates` the
days the patient names, in their own words ("heute", "gestern", "am Montach" included), as
days a session took place; a session cut short, a day that matches no appointment and a
session already on record confirm nothing. `needs_staff` is set where someone has to look
or act.

Written without reading rules/, the canonical table or the earlier blind sets' mails.
"""

from __future__ import annotations

from tools.corpus import data_dir
from tools.corpus import make_corpus as mc
from tools.corpus.blind_kit import (
    load_practice,
    no,
    reminder_subject,
    request_subject,
    video_link_subject,
    write_set,
    yes,
)

HERE = data_dir("blind_ho")


def one_word_and_emoji() -> None:
    yes("ho01_becker_jo.eml", 2, (1010,), (), "2026-02-02 19:41", request_subject(1010),
        "Jo\n", client="gmail", reply="cr-1010", style="gmail")  # fmt: skip
    yes("ho02_demir_yep.eml", 3, (1019,), (), "2026-03-04 10:05", request_subject(1019),
        "Yep", client="gmail", reply="cr-1019", style="gmail")  # fmt: skip
    yes("ho03_schulz_bestaetigt.eml", 5, (1034,), (), "2026-04-16 17:45",
        request_subject(1034, "Re"), "Bestätigt.\n\n-- \nMarie Schulz\n",
        client="thunderbird", reply="cr-1034", style="thunderbird")  # fmt: skip
    yes("ho04_yildiz_stimmt.eml", 12, (1075,), (), "2026-08-05 12:40", request_subject(1075),
        "Stimmt\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1075", style="samsung")  # fmt: skip
    yes("ho05_krueger_daumen.eml", 1, (1004,), (), "2026-02-03 12:15", request_subject(1004),
        "👍👍", client="webde", reply="cr-1004", style="webde")  # fmt: skip
    yes("ho06_richter_daumen_iphone.eml", 8, (1051,), (), "2026-06-03 20:10",
        request_subject(1051), "👍\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1051", style="iphone")  # fmt: skip


def spoken_and_typed_fast() -> None:
    yes("ho07_krueger_diktiert.eml", 1, (1003,), ("2026-01-27",), "2026-01-27 12:02",
        request_subject(1003),
        "ja die behandlung hat stattgefunden am siebenundzwanzigsten januar danke schön"
        " liebe grüße sabine krüger\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1003", style="iphone")  # fmt: skip
    yes("ho08_neumann_diktiert_zwei.eml", 9, (1057, 1058), ("2026-07-09", "2026-07-14"),
        "2026-07-14 15:03", request_subject(1058),
        "ja also die frau hat angerufen am neunten und am vierzehnten beide male hat"
        " stattgefunden das andere hab ich vergessen zu schreiben entschuldigung gisela"
        " neumann",
        reply="cr-1058", style="gmail",
        note="dictated; confirms 9 July (its request unanswered) and 14 July")  # fmt: skip
    yes("ho09_vogel_diktat_punkt.eml", 13, (1082,), ("2026-09-10",), "2026-09-10 08:47",
        request_subject(1082),
        "Ja bestätige Punkt der Termin am zehnten September hat stattgefunden Punkt Gruß"
        " Vogel\n\nVon meinem iPhone gesendet",
        client="iphone", reply="cr-1082", style="iphone",
        note="dictation wrote the spoken 'Punkt' out")  # fmt: skip
    yes("ho10_neumann_tippfehler.eml", 9, (1056,), ("2026-07-07",), "2026-07-07 11:20",
        request_subject(1056),
        "jaa die behandlnug am 7.7 hat stadtgefunen vielen dnak\ngisela neuman",
        reply="cr-1056", style="gmail")  # fmt: skip
    yes("ho11_wolff_grossbuchstaben.eml", 4, (1028,), ("2026-01-16",), "2026-01-16 16:10",
        request_subject(1028),
        "JA, BEHANDLUNG AM 16.01. HAT STATTGEFUNDEN.\nMFG\nH.-J. WOLFF",
        client="tonline", reply="cr-1028", style="tonline")  # fmt: skip
    yes("ho12_aydin_lerner.eml", 22, (1130,), ("2026-02-19",), "2026-02-19 14:05",
        request_subject(1130),
        "Hallo ja termin war gewessen heute 19.02 am telefon alles gut\ndanke schön\nMehmet"
        "\n\n\n\nVon meinem Samsung Galaxy Smartphone gesendet.",
        client="samsung", reply="cr-1130", style="samsung")  # fmt: skip
    yes("ho13_popescu_lerner.eml", 7, (1046,), ("2026-06-02",), "2026-06-02 13:10",
        request_subject(1046),
        "Hallo,\nja die Therapie war heute gemacht, 2 Juni, alles gut.\nVielen Dank\nElena"
        " Popescu",
        client="yahoo", reply="cr-1046", style="yahoo")  # fmt: skip
    yes("ho14_brandt_denglisch.eml", 10, (1063,), ("2026-07-03",), "2026-07-03 18:32",
        request_subject(1063),
        "yes, session heute hat stattgefunden 👍 war mega hilfreich, thx!\ncheers Lukas",
        client="thunderbird", reply="cr-1063", style="thunderbird")  # fmt: skip
    yes("ho15_carter_englisch.eml", 11, (1069,), ("2026-08-03",), "2026-08-03 14:30",
        request_subject(1069),
        "Yes it did, Monday 3rd August. Thanks!\nEmily",
        client="gmail", reply="cr-1069", style="gmail_en")  # fmt: skip
    yes("ho16_oneill_englisch.eml", 23, (1136,), ("2026-04-14",), "2026-04-14 21:40",
        request_subject(1136, "RE"),
        "Confirmed - had my session on 14 April as planned.\n\nCheers,\nJames",
        client="outlook", reply="cr-1136", style="outlook_en")  # fmt: skip


def dialect() -> None:
    yes("ho17_koch_bairisch.eml", 18, (1109,), ("2026-03-23",), "2026-03-23 17:30",
        request_subject(1109),
        "Ja, hod heid stattgfundn, passt scho.\nServus\nRenate Koch",
        client="tonline", reply="cr-1109", style="tonline")  # fmt: skip
    yes("ho18_wagner_schwaebisch.eml", 21, (1124,), ("2026-01-12",), "2026-01-12 12:00",
        request_subject(1124), "Jo, des hot heit stattgfunda.\nGrüßle, Sophie",
        reply="cr-1124", style="gmail")  # fmt: skip
    yes("ho19_zimmermann_berlinerisch.eml", 15, (1093,), ("2026-10-05",), "2026-10-05 13:00",
        request_subject(1093),
        "Jo, hat allet jeklappt heute. Danke ooch!\nKlaus Zimmermann",
        reply="cr-1093", style="thunderbird")  # fmt: skip
    yes("ho20_jansen_plattdeutsch.eml", 17, (1104,), ("2026-10-22",), "2026-10-22 12:04",
        request_subject(1104), "Moin,\njo, dat hett hüüt allens goot klappt.\nVeel Dank ok!\nOle",
        client="gmail", reply="cr-1104", style="gmail")  # fmt: skip
    yes("ho21_nowak_schweizerdeutsch.eml", 19, (1117,), ("2026-11-13",), "2026-11-13 09:52",
        request_subject(1117),
        "Grüezi\n\njo, d Behandlig vo hüt het stattgfunde. Merci vilmal und es schöns"
        " Wuchenänd!\n\nDavid",
        reply="cr-1117", style="gmail")  # fmt: skip
    yes("ho22_berger_oesterreichisch.eml", 24, (1142,), ("2026-05-06",), "2026-05-06 11:00",
        request_subject(1142),
        "Servus, jo passt, de Behandlung heit hat stattgfunden, war sehr guat.\nLg Ursula"
        " Berger",
        reply="cr-1142", style="gmail")  # fmt: skip


def odd_shapes() -> None:
    cr = mc.OUTBOX["cr-1087"].text.splitlines()
    planned = next(line for line in cr if line.startswith("Ihre Behandlung"))
    please = next(line for line in cr if line.startswith("Bitte bestätigen"))
    sent = mc.OUTBOX["cr-1087"].sent_at
    yes("ho23_lehmann_zeile_ja.eml", 14, (1087,), ("2026-09-08",), "2026-09-08 15:10",
        request_subject(1087, "Re"),
        f"Am {sent:%d.%m.%y} um {sent:%H:%M} schrieb {mc.PRACTICE_NAME}:\n"
        f"> {planned}\n\nja\n\n> {please}\n\nja, 8.9.\n\nAnna",
        client="thunderbird", reply="cr-1087",
        note="our request's lines quoted inline, each answered with 'ja'")  # fmt: skip
    yes("ho24_nowak_nur_betreff.eml", 19, (1116,), (), "2026-11-06 10:02",
        request_subject(1116, "Re") + " - ja hat stattgefunden", "",
        reply="cr-1116", style="gmail_en",
        note="the yes is only in the edited subject; the date there is ours")  # fmt: skip
    yes("ho25_hartmann_nur_betreff_neu.eml", 20, (1121,), ("2026-11-10",), "2026-11-10 19:30",
        "Behandlung 10.11. bestätigt", "Gesendet mit der WEB.DE Mail App",
        client="webde", note="new mail, the confirmation only in its subject")  # fmt: skip
    yes("ho26_vogel_kanzleisignatur.eml", 13, (1083,), (), "2026-09-17 09:05",
        request_subject(1083),
        "Bestätigt.\nMV\n\n"
        "Dr. Michael Vogel\nRechtsanwalt | Fachanwalt für Arbeitsrecht\n\n"
        "VOGEL & PARTNER Rechtsanwälte mbB\nLindenallee 14 | 10789 Berlin\n"
        "Tel. +49 30 8891 2200 | Fax +49 30 8891 2299\nm.vogel@vogel-partner.de |"
        " www.vogel-partner.de\n\n"
        "Sitz der Partnerschaft: Berlin | Amtsgericht Charlottenburg PR 1234 B\n\n"
        "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn"
        " Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben,"
        " informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das"
        " unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht"
        " gestattet.\n\nThis e-mail may contain confidential and/or privileged information."
        " If you are not the intended recipient (or have received this e-mail in error)"
        " please notify the sender immediately and destroy this e-mail. Any unauthorised"
        " copying, disclosure or distribution of the material in this e-mail is strictly"
        " forbidden.\n\nInformationen zum Datenschutz: www.vogel-partner.de/datenschutz",
        client="outlook", reply="cr-1083", style="outlook_classic")  # fmt: skip
    yes("ho27_schaefer_buero_signatur.eml", 16, (1098,), ("2026-10-07",), "2026-10-08 08:05",
        request_subject(1098),
        "Guten Morgen,\nder Termin gestern hat stattgefunden.\nVG B. Schäfer\n\n"
        "Birgit Schäfer\nSteuerberaterin\n\nSchäfer Steuerberatung\nKantstraße 88 · 10627"
        " Berlin\nTelefon 030 3128 4410 · Telefax 030 3128 4419\n"
        "b.schaefer@schaefer-steuerberatung.de\n\n"
        "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken.\n\n"
        "Der Inhalt dieser E-Mail ist vertraulich und ausschließlich für den bezeichneten"
        " Adressaten bestimmt. Wenn Sie nicht der vorgesehene Adressat dieser E-Mail oder"
        " dessen Vertreter sein sollten, so beachten Sie bitte, dass jede Form der"
        " Kenntnisnahme, Veröffentlichung, Vervielfältigung oder Weitergabe des Inhalts"
        " dieser E-Mail unzulässig ist. Wir bitten Sie, sich in diesem Fall mit dem Absender"
        " der E-Mail in Verbindung zu setzen. Aussagen gegenüber dem Adressaten unterliegen"
        " den Regelungen des zugrundeliegenden Auftrags, insbesondere den Allgemeinen"
        " Auftragsbedingungen für Steuerberater.",
        client="outlook", reply="cr-1098", style="outlook",
        sender="b.schaefer@schaefer-steuerberatung.de", name="Birgit Schäfer",
        note="from her second registered address; 'gestern' is 7 October")  # fmt: skip
    yes("ho28_becker_spaet.eml", 2, (1011,), ("2026-02-05",), "2026-04-20 09:10",
        request_subject(1011),
        "sorry für die späte rückmeldung, hab die mail grad erst im spam gefunden. ja der"
        " 5.2. hat stattgefunden\ngruß thomas becker",
        client="gmail", reply="cr-1011", style="gmail")  # fmt: skip
    yes("ho29_hoffmann_beide_am_tag.eml", 6, (1042, 1043), ("2026-05-18",), "2026-05-18 15:30",
        request_subject(1043),
        "Ja, beide Termine heute (früh und mittags) haben stattgefunden.\nGruß P. Hoffmann",
        client="outlook", reply="cr-1043", style="outlook",
        note="two sessions that day, 07:30 KGG and 12:30 MT, both confirmed")  # fmt: skip
    yes("ho30_hoffmann_kurz.eml", 6, (1040,), ("2026-05-04",), "2026-05-04 09:22",
        request_subject(1040),
        "Hat stattgefunden, 4.5. 7:30. Danke!\nPeter\n\nHolen Sie sich Outlook für Android",
        client="plain", reply="cr-1040", style="outlook")  # fmt: skip


def doubtful_yeses() -> None:
    yes("ho31_demir_abgebrochen.eml", 3, (), ("2026-03-11",), "2026-03-11 10:14",
        request_subject(1020),
        "ja heute aber nur so 15 min dann war mein internet weg 😕 zählt das trotzdem??",
        client="gmail", reply="cr-1020", style="gmail", staff=True,
        extra=("technical", "question"),
        note="session cut short: partly held, nothing to record before staff look")  # fmt: skip
    yes("ho32_schulz_falscher_tag.eml", 5, (), ("2026-05-14",), "2026-05-15 08:30",
        request_subject(1037, "Re"),
        "Ja, hat stattgefunden am 14.5.\n\nViele Grüße\nMarie Schulz",
        client="thunderbird", reply="cr-1037", style="thunderbird", staff=True,
        note="under the request for 7 May she names 14 May, a day without appointment")  # fmt: skip
    yes("ho33_koch_doppelt.eml", 18, (), ("2026-04-15",), "2026-04-16 08:55",
        request_subject(1115),
        "Guten Morgen,\nja die Behandlung am 15.04. hat stattgefunden.\n\nMit freundlichen"
        " Grüßen\nRenate Koch",
        client="tonline", reply="cr-1115", style="tonline",
        note="1115 is already on record (confirmed the evening before): nothing to add")  # fmt: skip


def look_alikes() -> None:
    no("ho34_becker_noe.eml", 2, ("other",), "2026-02-09 20:15", request_subject(1012),
       "nö", client="gmail", reply="cr-1012", style="gmail",
       note="the session did not take place")  # fmt: skip
    no("ho35_zimmermann_war_nix.eml", 15, ("other",), "2026-10-12 13:20",
       request_subject(1094), "ne war nix. hat keener anjerufen\nK. Zimmermann",
       reply="cr-1094", style="thunderbird")  # fmt: skip
    no("ho36_richter_daumen_runter.eml", 8, ("other",), "2026-06-10 20:31",
       request_subject(1052), "👎\n\nVon meinem iPhone gesendet",
       client="iphone", reply="cr-1052", style="iphone")  # fmt: skip
    no("ho37_wagner_net_klappt.eml", 21, ("technical",), "2026-01-19 11:40",
       request_subject(1125),
       "hat net klappt, i bin net neikomma in des video, s war bloß schwarz\nSophie",
       reply="cr-1125", style="gmail")  # fmt: skip
    no("ho38_wolff_nein.eml", 4, ("other",), "2026-01-23 16:05", request_subject(1029),
       "NEIN. AM 23.01. HAT NIEMAND ANGERUFEN. ICH HABE DEN GANZEN NACHMITTAG GEWARTET.\n"
       "H.-J. WOLFF",
       client="tonline", reply="cr-1029", style="tonline")  # fmt: skip
    no("ho39_carter_not_there.eml", 11, ("other", "reschedule"), "2026-08-10 15:02",
       request_subject(1070),
       "Sorry, I wasn't there - completely forgot about it. Can we add one at the end"
       " instead?\nEmily",
       client="gmail", reply="cr-1070", style="gmail_en")  # fmt: skip
    no("ho40_schulz_stimmt_nicht.eml", 5, ("other",), "2026-04-30 18:10",
       request_subject(1036, "Re"),
       "Stimmt nicht, die Stunde am 30.4. ist ausgefallen, die Therapeutin war krank. Ich"
       " hatte doch extra einen Anruf bekommen.\n\nMarie Schulz",
       client="thunderbird", reply="cr-1036", style="thunderbird")  # fmt: skip
    no("ho41_demir_frage_emoji.eml", 3, ("question",), "2026-03-18 11:02",
       request_subject(1021),
       "welcher termin war das nochmal 🤔 ich dachte den hatten wir verschoben?",
       client="gmail", reply="cr-1021", style="gmail")  # fmt: skip
    no("ho42_berger_ok_erinnerung.eml", 24, ("other",), "2026-05-19 09:12",
       reminder_subject(1144), "Ok", reply="rem-1144", style="gmail", staff=False,
       note="acknowledges the reminder for tomorrow's session")  # fmt: skip
    no("ho43_schaefer_jo_videolink.eml", 16, ("other",), "2026-10-18 19:20",
       video_link_subject(1100), "Jo, danke 👍\n\nVon meinem iPhone gesendet",
       client="iphone", reply="vl-1100", style="iphone", staff=False,
       note="acknowledges the video link for the session on 21 October")  # fmt: skip


def main() -> None:
    load_practice()
    one_word_and_emoji()
    spoken_and_typed_fast()
    dialect()
    odd_shapes()
    doubtful_yeses()
    look_alikes()
    write_set(HERE, __file__)


if __name__ == "__main__":
    main()
