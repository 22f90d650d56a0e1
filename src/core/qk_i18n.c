/* qk_i18n.c: the string table behind qk_tr().
 *
 * One row per qk_str, with the bokmål, nynorsk and English text side by side so
 * that a translator sees all three at once. Rows are indexed by designated
 * initialisers, so their order here does not matter; a missing row or cell is
 * NULL and shows as "" (the i18n test catches it).
 */
#include "qk_i18n.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

static qk_lang current = QK_LANG_NB;

static const char *const table[QK_S_COUNT][QK_LANG_COUNT] = {
    [QK_S_TOUCH_TO_START] = {"Trykk for å starte", "Trykk for å starte", "Touch to start"},
    [QK_S_ATTRACT_SUB] = {"En kort quiz. Etter hvert spørsmål ser du svaret og hvorfor.",
                          "Ein kort quiz. Etter kvart spørsmål ser du svaret og kvifor.",
                          "A short quiz. After each question you see the answer and why."},
    [QK_S_CHOOSE_ROUND] = {"Velg en runde", "Vel ein runde", "Choose a round"},
    [QK_S_ALL_ROUNDS] = {"Alle rundene", "Alle rundane", "All rounds"},
    [QK_S_N_QUESTIONS] = {"%d spørsmål", "%d spørsmål", "%d questions"},
    [QK_S_ONE_QUESTION] = {"1 spørsmål", "1 spørsmål", "1 question"},
    [QK_S_QUESTION] = {"Spørsmål", "Spørsmål", "Question"},
    [QK_S_POINTS] = {"Poeng", "Poeng", "Points"},
    [QK_S_ROUND_N_OF_M] = {"Runde %d av %d", "Runde %d av %d", "Round %d of %d"},
    [QK_S_SUBMIT] = {"Send svar", "Send svar", "Submit answer"},
    [QK_S_UNDO] = {"Angre", "Angre", "Undo"},
    [QK_S_TRUE] = {"Sant", "Sant", "True"},
    [QK_S_FALSE] = {"Usant", "Usant", "False"},
    [QK_S_HINT_SINGLE] = {"Velg ett svar.", "Vel eitt svar.", "Choose one answer."},
    [QK_S_HINT_MULTIPLE] = {"Velg alle som passer, og trykk «Send svar».",
                            "Vel alle som passar, og trykk «Send svar».",
                            "Choose all that apply, then press \u201cSubmit answer\u201d."},
    [QK_S_HINT_TRUEFALSE] = {"Er påstanden sann eller usann?", "Er påstanden sann eller usann?",
                             "Is the statement true or false?"},
    [QK_S_HINT_ORDER] = {"Trykk på alternativene i riktig rekkefølge, eller dra dem på plass.",
                         "Trykk på alternativa i rett rekkjefølgje, eller dra dei på plass.",
                         "Tap the items in the right order, or drag them into place."},
    [QK_S_HINT_CATEGORIZE] = {"Trykk på et utsagn og så på en kategori, eller dra det dit.",
                              "Trykk på eit utsegn og så på ein kategori, eller dra det dit.",
                              "Tap an item and then a category, or drag it there."},
    [QK_S_YOUR_ORDER] = {"Din rekkefølge", "Di rekkjefølgje", "Your order"},
    [QK_S_CORRECT] = {"Riktig!", "Rett!", "Correct!"},
    [QK_S_WRONG] = {"Ikke riktig", "Ikkje rett", "Not right"},
    [QK_S_PARTLY] = {"Delvis riktig", "Delvis rett", "Partly right"},
    [QK_S_TIMEOUT] = {"Tiden er ute", "Tida er ute", "Time is up"},
    [QK_S_RIGHT_ANSWER] = {"Riktig svar", "Rett svar", "The right answer"},
    [QK_S_RIGHT_ANSWERS] = {"Riktige svar", "Rette svar", "The right answers"},
    [QK_S_RIGHT_ORDER] = {"Riktig rekkefølge", "Rett rekkjefølgje", "The right order"},
    [QK_S_RIGHT_SORTING] = {"Riktig sortering", "Rett sortering", "The right sorting"},
    [QK_S_EXPLANATION] = {"Forklaring", "Forklaring", "Why"},
    [QK_S_NEXT] = {"Neste", "Neste", "Next"},
    [QK_S_ROUND_DONE] = {"Runden er ferdig", "Runden er ferdig", "Round complete"},
    [QK_S_N_OF_M_RIGHT] = {"%d av %d riktige", "%d av %d rette", "%d of %d right"},
    [QK_S_NEXT_ROUND] = {"Neste runde", "Neste runde", "Next round"},
    [QK_S_SEE_RESULT] = {"Se resultatet", "Sjå resultatet", "See your result"},
    [QK_S_SUMMARY_TITLE] = {"Resultatet ditt", "Resultatet ditt", "Your result"},
    [QK_S_POINTS_OF] = {"%s av %s poeng", "%s av %s poeng", "%s of %s points"},
    [QK_S_MISSED] = {"Dette bommet du på", "Dette bomma du på", "What you missed"},
    [QK_S_ALL_RIGHT] = {"Alt riktig. Godt jobbet!", "Alt rett. Godt jobba!",
                        "All right. Well done!"},
    [QK_S_YOU_ANSWERED] = {"Du svarte", "Du svarte", "You answered"},
    [QK_S_NO_ANSWER] = {"Ikke besvart", "Ikkje svart", "Not answered"},
    [QK_S_FINISH] = {"Ferdig", "Ferdig", "Done"},
    [QK_S_PREV] = {"Forrige", "Førre", "Previous"},
    [QK_S_STILL_THERE] = {"Er du fortsatt der?", "Er du framleis der?", "Are you still there?"},
    [QK_S_STILL_THERE_SUB] = {"Trykk hvor som helst for å fortsette. Ellers avsluttes quizen når "
                              "tallet når null.",
                              "Trykk kvar som helst for å halde fram. Elles blir quizen avslutta "
                              "når talet når null.",
                              "Touch anywhere to go on. Otherwise the quiz ends when the count "
                              "reaches zero."},
    [QK_S_CONTINUE] = {"Ja, fortsett", "Ja, hald fram", "Yes, go on"},
    [QK_S_PIN_TITLE] = {"Kursleder: skriv inn PIN", "Kurshaldar: skriv inn PIN",
                        "Trainer: enter the PIN"},
    [QK_S_PIN_WRONG] = {"Feil PIN. %d forsøk igjen.", "Feil PIN. %d forsøk att.",
                        "Wrong PIN. %d tries left."},
    [QK_S_PIN_LOCKED] = {"For mange feil. Prøv igjen om %d s.",
                         "For mange feil. Prøv att om %d s.",
                         "Too many wrong tries. Try again in %d s."},
    [QK_S_CANCEL] = {"Avbryt", "Avbryt", "Cancel"},
    [QK_S_OK] = {"OK", "OK", "OK"},
    [QK_S_MENU_TITLE] = {"Kursledermeny", "Kurshaldarmeny", "Trainer menu"},
    [QK_S_MENU_EXIT] = {"Avslutt programmet", "Avslutt programmet", "Quit the program"},
    [QK_S_MENU_RELOAD] = {"Last inn settene på nytt", "Last inn setta på nytt",
                          "Reload the question sets"},
    [QK_S_MENU_BACK] = {"Tilbake til quizen", "Tilbake til quizen", "Back to the quiz"},
    [QK_S_MENU_SET] = {"Aktivt sett: %s", "Aktivt sett: %s", "Active set: %s"},
    [QK_S_SORT_INTO] = {"Kategorier", "Kategoriar", "Categories"},
    [QK_S_PLACED_IN] = {"→ %s", "→ %s", "→ %s"},
    [QK_S_BACK] = {"Tilbake", "Tilbake", "Back"},
    [QK_S_GAINED] = {"+%s poeng", "+%s poeng", "+%s points"},
    [QK_S_MENU_CHOOSE_SET] = {"Velg spørsmålssett", "Vel spørsmålssett", "Choose the question set"},
    [QK_S_MENU_FROM_SERVER] = {"fra serveren", "frå tenaren", "from the server"},
    [QK_S_MENU_FIGURES] = {"Dagens tall", "Dagens tal", "Today's figures"},
    [QK_S_MENU_EXPORT] = {"Eksporter resultatene", "Eksporter resultata",
                          "Export the results"},
    [QK_S_EXPORTED] = {"%ld rader skrevet til %s", "%ld rader skrivne til %s",
                       "%ld rows written to %s"},
    [QK_S_EXPORT_FAILED] = {"Eksporten mislyktes: %s", "Eksporten gjekk ikkje: %s",
                            "The export failed: %s"},
    [QK_S_FIG_SESSIONS] = {"Økter i dag: %ld (%ld fullført, %ld avsluttet tidlig, %ld avbrutt)",
                           "Økter i dag: %ld (%ld fullførte, %ld avslutta tidleg, %ld avbrotne)",
                           "Sessions today: %ld (%ld completed, %ld stopped early, %ld abandoned)"},
    [QK_S_FIG_AVG] = {"Gjennomsnittlig score: %s %%", "Gjennomsnittleg skåre: %s %%",
                      "Average score: %s %%"},
    [QK_S_FIG_MISSED] = {"Mest bommet på i dag", "Mest bomma på i dag", "Most missed today"},
    [QK_S_FIG_NONE] = {"Ingen økter i dag ennå.", "Ingen økter i dag enno.",
                       "No sessions yet today."},
    [QK_S_NO_STORE] = {"Resultatene lagres ikke: %s", "Resultata blir ikkje lagra: %s",
                       "Results are not being kept: %s"},
    [QK_S_MENU_SKIPPED] = {"Hoppet over %d sett med feil (rett dem og les inn på nytt):",
                           "Hoppa over %d sett med feil (rett dei og les inn på nytt):",
                           "Skipped %d set(s) with errors (fix them and reload):"},
    [QK_S_STORE_NOT_CONFIGURED] = {"ingen resultatdatabase er satt (results_db i stasjonsfilen).",
                                   "ingen resultatdatabase er sett (results_db i stasjonsfila).",
                                   "no results database is set (results_db in the station file)."},
    [QK_S_STORE_NO_FOLDER] = {"mappen til %s kan ikke lages.", "mappa til %s kan ikkje lagast.",
                              "the folder of %s cannot be made."},
    [QK_S_STORE_CANNOT_OPEN] = {"%s kan ikke åpnes.", "%s kan ikkje opnast.",
                                "%s cannot be opened."},
    [QK_S_STORE_READ_ONLY] = {"%s er skrivebeskyttet.", "%s er skriveverna.", "%s is read-only."},
    [QK_S_STORE_FULL] = {"disken (eller størrelsesgrensen) for %s er full.",
                         "disken (eller storleiksgrensa) for %s er full.",
                         "the disk (or the size limit) of %s is full."},
    [QK_S_STORE_IO_ERROR] = {"disken feilet ved lesing eller skriving av %s.",
                             "disken feila ved lesing eller skriving av %s.",
                             "the disk failed reading or writing %s."},
    [QK_S_STORE_DAMAGED] = {"%s er skadet.", "%s er skadd.", "%s is damaged."},
    [QK_S_STORE_BUSY] = {"et annet program holder %s låst.", "eit anna program held %s låst.",
                         "another program keeps %s locked."},
    [QK_S_STORE_NEWER] = {"%s er laget av en nyere quizkiosk og blir ikke rørt.",
                          "%s er laga av ein nyare quizkiosk og blir ikkje rørd.",
                          "%s was made by a newer quizkiosk and is left alone."},
    [QK_S_STORE_OTHER] = {"feil med %s (se programmets logg).",
                          "feil med %s (sjå loggen til programmet).",
                          "a problem with %s (see the program's log)."},
    [QK_S_RELOADED] = {"Settene er lest inn på nytt. Aktivt sett: %s",
                       "Setta er lesne inn på nytt. Aktivt sett: %s",
                       "The sets were read again. Active set: %s"},
    [QK_S_PREVIEW_TITLE] = {"Forhåndsvisning: %s", "Førehandsvising: %s", "Preview: %s"},
    [QK_S_PREVIEW_WHERE] = {"%s \u00b7 linje %d \u00b7 spørsmål %d av %d \u00b7 %s",
                            "%s \u00b7 linje %d \u00b7 spørsmål %d av %d \u00b7 %s",
                            "%s \u00b7 line %d \u00b7 question %d of %d \u00b7 %s"},
    [QK_S_PREVIEW_ERRORS] = {"%d feil i %s. Du ser den siste versjonen som kunne lastes. "
                             "Rett feilene og lagre, så oppdateres visningen.",
                             "%d feil i %s. Du ser den siste versjonen som kunne lastast. "
                             "Rett feila og lagra, så blir visinga oppdatert.",
                             "%d error(s) in %s. You see the last version that loaded. "
                             "Fix them and save, and the preview follows."},
    [QK_S_PREVIEW_ERRORS_ONLY] = {"%d feil i %s. Rett feilene og lagre, så vises settet her.",
                                  "%d feil i %s. Rett feila og lagra, så blir settet vist her.",
                                  "%d error(s) in %s. Fix them and save, and the set shows "
                                  "here."},
    [QK_S_PREVIEW_NONE_YET] = {"Ingen versjon av fila har kunnet lastes ennå.",
                               "Ingen versjon av fila har kunna lastast enno.",
                               "No version of the file has loaded yet."},
    [QK_S_NOTHING_CHOSEN] = {"(ingenting valgt)", "(ingenting valt)", "(nothing chosen)"},
    [QK_S_TEXTS_MISSING] = {"Tekstene står tomme for %s: den versjonen av settet finnes ikke "
                            "lenger på stasjonen.",
                            "Tekstane står tomme for %s: den versjonen av settet finst ikkje "
                            "lenger på stasjonen.",
                            "The texts are left empty for %s: that version of the set is no "
                            "longer on the station."},
    [QK_S_STOP] = {"Avslutt", "Avslutt", "Stop"},
    [QK_S_SPEAK] = {"Les opp", "Les opp", "Read aloud"},
    [QK_S_SAY_SPEAK] = {"Les opp skjermen", "Les opp skjermen", "Read this screen aloud"},
    [QK_S_SAY_QUESTION_N_OF_M] = {"Spørsmål %d av %d", "Spørsmål %d av %d", "Question %d of %d"},
    [QK_S_STOP_ASK] = {"Vil du avslutte og se resultatet?", "Vil du avslutte og sjå resultatet?",
                       "Do you want to stop and see your result?"},
    [QK_S_STOP_SUB] = {"Spørsmålene du har svart på, teller med.",
                       "Spørsmåla du har svart på, tel med.",
                       "The questions you have answered count."},
    [QK_S_STOP_YES] = {"Ja, avslutt", "Ja, avslutt", "Yes, stop"},
    [QK_S_STOP_NO] = {"Nei, fortsett", "Nei, hald fram", "No, go on"},
    [QK_S_START_ROUND] = {"Start runden", "Start runden", "Start the round"},
    [QK_S_ROUND_INTRO_COUNT] = {"%d spørsmål i denne runden", "%d spørsmål i denne runden",
                                "%d questions in this round"},
    [QK_S_ROUND_INTRO_ONE] = {"1 spørsmål i denne runden", "1 spørsmål i denne runden",
                              "1 question in this round"},
    [QK_S_ST_COMPLETED] = {"fullført", "fullført", "completed"},
    [QK_S_ST_STOPPED] = {"avsluttet tidlig", "avslutta tidleg", "stopped early"},
    [QK_S_ST_ABANDONED] = {"avbrutt", "avbroten", "abandoned"},
    [QK_S_ST_IN_PROGRESS] = {"pågår eller brutt", "pågår eller broten", "in progress or cut off"},
    [QK_S_XLSX_HEAD_ANSWERS] = {
        "Økt|Stasjon|Sett|Settets tittel|Startet|Status|Autoplay|Runde|Spørsmål-id|Spørsmål|"
        "Svar gitt|Riktig svar|Riktig|Uttelling|Tid (s)|Poeng|Besvart",
        "Økt|Stasjon|Sett|Tittelen på settet|Starta|Status|Autoplay|Runde|Spørsmål-id|Spørsmål|"
        "Svar gitt|Rett svar|Rett|Utteljing|Tid (s)|Poeng|Svart",
        "Session|Station|Set|Set title|Started|Status|Autoplay|Round|Question id|Question|"
        "Answer given|Right answer|Right|Credit|Time (s)|Points|Answered"},
    [QK_S_XLSX_HEAD_SESSIONS] = {
        "Økt|Stasjon|Sett|Settets tittel|Startet|Sluttet|Status|Poeng|Mulige poeng|Score %|"
        "Svar|Lengde|Autoplay",
        "Økt|Stasjon|Sett|Tittelen på settet|Starta|Slutta|Status|Poeng|Moglege poeng|Skåre %|"
        "Svar|Lengd|Autoplay",
        "Session|Station|Set|Set title|Started|Ended|Status|Score|Max score|Score %|"
        "Answers|Length|Autoplay"},
    [QK_S_XLSX_HEAD_QUESTIONS] = {
        "Sett|Runde|Spørsmål-id|Spørsmål|Ganger stilt|Riktige|% riktig|Riktig svar|"
        "Vanligste feilsvar|Så mange ganger",
        "Sett|Runde|Spørsmål-id|Spørsmål|Gonger stilt|Rette|% rett|Rett svar|"
        "Vanlegaste feilsvar|Så mange gonger",
        "Set|Round|Question id|Question|Times asked|Right|% right|Right answer|"
        "Most common wrong answer|That many times"},
    [QK_S_YES] = {"ja", "ja", "yes"},
    [QK_S_NO] = {"nei", "nei", "no"},
    [QK_S_OFFLINE_TITLE] = {"Ute av drift", "Ute av drift", "Out of order"},
    [QK_S_OFFLINE_NO_SETS] = {"Stasjonen har ingen gyldige spørsmålssett.",
                              "Stasjonen har ingen gyldige spørsmålssett.",
                              "The station has no valid question set."},
    [QK_S_OFFLINE_NO_FOLDER] = {"Mappen med spørsmålssett mangler eller kan ikke leses.",
                                "Mappa med spørsmålssett manglar eller kan ikkje lesast.",
                                "The folder with the question sets is missing or cannot be "
                                "read."},
    [QK_S_OFFLINE_CALL] = {"Be en kursholder om hjelp. Stasjonen starter av seg selv når et "
                           "gyldig sett er på plass.",
                           "Be ein kurshaldar om hjelp. Stasjonen startar av seg sjølv når eit "
                           "gyldig sett er på plass.",
                           "Please ask a trainer for help. The station starts by itself once a "
                           "valid set is in place."},
    [QK_S_OFFLINE_FOLDER] = {"Mappe: %s", "Mappe: %s", "Folder: %s"},
    [QK_S_PARTLY_N_OF_M] = {"Delvis riktig \u2013 %d av %d", "Delvis rett \u2013 %d av %d",
                            "Partly right \u2013 %d of %d"},
    [QK_S_N_PARTLY] = {"%d delvis riktig", "%d delvis rett", "%d partly right"},
    [QK_S_BELONGS_AT] = {"Hører hjemme som nr. %d", "Høyrer heime som nr. %d",
                         "Belongs at number %d"},
    [QK_S_BELONGS_IN] = {"Hører til: %s", "Høyrer til: %s", "Belongs in: %s"},
    [QK_S_NOT_SORTED] = {"Ikke sortert", "Ikkje sortert", "Not sorted"},
    [QK_S_YOUR_ANSWER_MARKED] = {"Svaret ditt", "Svaret ditt", "Your answer"},
    [QK_S_SET_KEPT] = {"Det aktive settet '%s' (%s) er borte fra mappen eller har feil nå. "
                       "Stasjonen bruker videre versjonen den lastet før; rett filen og les inn "
                       "på nytt, eller velg et annet sett.",
                       "Det aktive settet '%s' (%s) er borte frå mappa eller har feil no. "
                       "Stasjonen brukar vidare versjonen han lasta før; rett fila og les inn "
                       "på nytt, eller vel eit anna sett.",
                       "The active set '%s' (%s) is gone from the folder or has errors now. "
                       "The station goes on with the version it loaded before; fix the file "
                       "and reload, or choose another set."},
    [QK_S_RPT_TITLE] = {"Kursrapport", "Kursrapport", "Course report"},
    [QK_S_RPT_STATION] = {"Stasjon: %s", "Stasjon: %s", "Station: %s"},
    [QK_S_RPT_ALL_STATIONS] = {"alle %ld (%s)", "alle %ld (%s)", "all %ld (%s)"},
    [QK_S_RPT_PERIOD] = {"Periode: %s – %s", "Periode: %s – %s", "Period: %s – %s"},
    [QK_S_RPT_SET] = {"Sett: %s", "Sett: %s", "Set: %s"},
    [QK_S_RPT_SUMMARY] = {"%ld økter, %ld svar", "%ld økter, %ld svar", "%ld sessions, %ld answers"},
    [QK_S_RPT_PER_DAY] = {"Økter per dag", "Økter per dag", "Sessions per day"},
    [QK_S_RPT_SCORES] = {"Fordeling av score (fullførte økter)", "Fordeling av skåre (fullførte økter)",
                         "Distribution of scores (completed sessions)"},
    [QK_S_RPT_ROUNDS] = {"Prosent riktig per runde", "Prosent rett per runde", "Per cent right per round"},
    [QK_S_RPT_MISSED] = {"De ti mest bommede spørsmålene", "Dei ti mest bomma spørsmåla",
                         "The ten most-missed questions"},
    [QK_S_RPT_WRONG_OF] = {"%ld av %ld svarte feil", "%ld av %ld svarte feil",
                           "%ld of %ld answered wrong"},
    [QK_S_RPT_TOP_WRONG] = {"Vanligste feilsvar", "Vanlegaste feilsvar", "Most chosen wrong answer"},
    [QK_S_RPT_NONE] = {"Ingen økter i perioden.", "Ingen økter i perioden.",
                       "No sessions in the period."},
    [QK_S_RPT_AUTOPLAY_NOTE] = {"Økter spilt av --autoplay er ikke tatt med.",
                                "Økter spela av --autoplay er ikkje tekne med.",
                                "Sessions played by --autoplay are left out."},
    [QK_S_RPT_MADE] = {"Laget av quizkiosk %s", "Laga av quizkiosk %s", "Made by quizkiosk %s"},
    [QK_S_RPT_SESSIONS] = {"økter", "økter", "sessions"},
    [QK_S_RPT_NO_TEXT] = {"(teksten finnes ikke lenger på stasjonen)",
                          "(teksten finst ikkje lenger på stasjonen)",
                          "(the text is no longer on the station)"},
    [QK_S_MENU_EXPORT_XLSX] = {"Excel (.xlsx)", "Excel (.xlsx)", "Excel (.xlsx)"},
    [QK_S_MENU_EXPORT_CSV] = {"CSV", "CSV", "CSV"},
    [QK_S_MENU_EXPORT_TO] = {"Eksporter resultatene til %s", "Eksporter resultata til %s",
                             "Export the results to %s"},
    [QK_S_MENU_PROBLEMS] = {"Feil i settene", "Feil i setta", "Errors in the sets"},
    [QK_S_FIG_BY_STATUS] = {"Dagens økter etter status", "Dagens økter etter status",
                            "Today's sessions by status"},
    [QK_S_FIG_PCT_WRONG] = {"%s %% feil", "%s %% feil", "%s %% wrong"},
    [QK_S_MENU_SKIPPED_SEE] = {"%d sett med feil er hoppet over. «Feil i settene» viser hver feil.",
                               "%d sett med feil er hoppa over. «Feil i setta» viser kvar feil.",
                               "%d set(s) with errors skipped. \"Errors in the sets\" lists "
                               "every error."},
    [QK_S_MENU_ERRORS_HEAD] = {"%d feil i %d fil(er). Rett filene, og last inn settene på nytt.",
                               "%d feil i %d fil(er). Rett filene, og last inn setta på nytt.",
                               "%d error(s) in %d file(s). Fix the files, then reload the sets."},
    [QK_S_MENU_UNSENT] = {"%ld resultater er ikke sendt ennå.", "%ld resultat er ikkje sende enno.",
                          "%ld results not sent yet."},
    [QK_S_MENU_ALL_SENT] = {"Alle resultater er sendt.", "Alle resultata er sende.",
                            "All results have been sent."},
    [QK_S_EXPORT_E_NO_NAME] = {"Eksporten fikk ikke noe filnavn.", "Eksporten fekk ikkje noko filnamn.",
                               "No file name was given for the export."},
    [QK_S_EXPORT_E_LONG] = {"Navnet på eksportfilen %s er for langt.",
                            "Namnet på eksportfila %s er for langt.",
                            "The export file name %s is too long."},
    [QK_S_EXPORT_E_OPEN] = {"Kan ikke skrive eksportfilen %s (%s). Sjekk at mappen finnes og kan "
                            "skrives til (står USB-pinnen i?).",
                            "Kan ikkje skrive eksportfila %s (%s). Sjekk at mappa finst og kan "
                            "skrivast til (står USB-pinnen i?).",
                            "Cannot write the export file %s (%s). Check that the folder exists "
                            "and is writable (is the USB stick mounted?)."},
    [QK_S_EXPORT_E_WRITE] = {"Skrivingen av eksportfilen %s mislyktes (%s); filen ble ikke endret. "
                             "Frigjør plass på disken (USB-pinnen), eller velg et annet sted.",
                             "Skrivinga av eksportfila %s gjekk ikkje (%s); fila vart ikkje "
                             "endra. Frigjer plass på disken (USB-pinnen), eller vel ein annan "
                             "stad.",
                             "Writing the export file %s failed (%s); the file was not changed. "
                             "Free space on that disk (the USB stick) or choose another place."},
    [QK_S_EXPORT_E_PLACE] = {"Kan ikke legge eksportfilen på plass som %s (%s).",
                             "Kan ikkje leggje eksportfila på plass som %s (%s).",
                             "Cannot put the export file in place as %s (%s)."},
    [QK_S_EXPORT_E_MEMORY] = {"Ikke nok minne til å skrive %s.", "Ikkje nok minne til å skrive %s.",
                              "Out of memory while writing %s."},
    [QK_S_FIG_NO_MISSED] = {"Ingen spørsmål er besvart feil i dag.",
                            "Ingen spørsmål er svart feil på i dag.",
                            "No question was answered wrong today."},
    [QK_S_CHEER_HIGH] = {"Svært bra! Du kan dette godt.", "Svært bra! Du kan dette godt.",
                         "Very good! You know this well."},
    [QK_S_CHEER_MID] = {"Godt i gang. Se over det du bommet på, så sitter det neste gang.",
                        "Godt i gang. Sjå over det du bomma på, så sit det neste gong.",
                        "A good start. Look over what you missed, and it will stick next time."},
    [QK_S_CHEER_LOW] = {"Her er mye å lære, og forklaringene nedenfor hjelper. Prøv gjerne igjen!",
                        "Her er mykje å lære, og forklaringane nedanfor hjelper. Prøv gjerne att!",
                        "There is a lot to learn here, and the explanations below help. Do try "
                        "again!"},
    [QK_S_CHEER_NONE] = {"Du avsluttet før første svar. Velkommen tilbake!",
                         "Du avslutta før første svar. Velkommen tilbake!",
                         "You stopped before the first answer. Welcome back any time!"},
    [QK_S_REVIEW_HEAD] = {"Se over igjen (%d)", "Sjå over att (%d)", "Look over again (%d)"},
    [QK_S_ROUND_LENGTH] = {"%d spørsmål \u00b7 ca. %d min", "%d spørsmål \u00b7 ca. %d min",
                           "%d questions \u00b7 about %d min"},
    [QK_S_ROUND_LENGTH_ONE] = {"1 spørsmål \u00b7 ca. %d min", "1 spørsmål \u00b7 ca. %d min",
                               "1 question \u00b7 about %d min"},
    [QK_S_START] = {"Start", "Start", "Start"},
    [QK_S_ALL_ROUNDS_N] = {"Alle rundene (%d spørsmål)", "Alle rundane (%d spørsmål)",
                           "All rounds (%d questions)"},
    [QK_S_LARGE_TEXT_BTN] = {"A+", "A+", "A+"},
    [QK_S_CONTRAST_BTN] = {"\u25D0", "\u25D0", "\u25D0"},
    [QK_S_SAY_LARGE_TEXT] = {"Stor tekst", "Stor tekst", "Large text"},
    [QK_S_SAY_CONTRAST] = {"Høy kontrast", "Høg kontrast", "High contrast"},
    [QK_S_SAY_ON] = {"på", "på", "on"},
    [QK_S_SAY_OFF] = {"av", "av", "off"},
    [QK_S_SAY_CHOSEN] = {"valgt", "vald", "chosen"},
    [QK_S_SAY_EMPTY] = {"tom", "tom", "empty"},
    [QK_D_NO_COMMA] = {
        "to tekster i en liste uten komma mellom seg: libconfig ville slått dem sammen til "
        "én (\"A\" \"B\" blir \"AB\"); sett komma mellom dem: ( \"A\", \"B\" )",
        "to tekstar i ei liste utan komma mellom seg: libconfig ville slått dei saman til "
        "éin (\"A\" \"B\" blir \"AB\"); set komma mellom dei: ( \"A\", \"B\" )",
        "two texts in a list with no comma between them: libconfig would join them into "
        "one (\"A\" \"B\" becomes \"AB\"); put a comma between them: ( \"A\", \"B\" )"},
    [QK_D_STR_RUNS_ON] = {
        "teksten i anførselstegn som starter her, går over flere linjer helt til slutten av "
        "fila: trolig mangler en avsluttende \" her",
        "teksten i hermeteikn som startar her, går over fleire linjer heilt til slutten av "
        "fila: truleg manglar ein avsluttande \" her",
        "the text in quotes that starts here runs on over several lines to the end of the "
        "file: a closing \" is probably missing here"},
    [QK_D_STR_RUNS_ON_QUOTE] = {
        "teksten i anførselstegn som starter her, går over flere linjer helt til slutten av "
        "fila: trolig mangler en avsluttende \" her (eller en \" inne i en tekst avslutter "
        "den for tidlig: skriv den som \\\" eller bruk « » i stedet)",
        "teksten i hermeteikn som startar her, går over fleire linjer heilt til slutten av "
        "fila: truleg manglar ein avsluttande \" her (eller ein \" inne i ein tekst avsluttar "
        "han for tidleg: skriv han som \\\" eller bruk « » i staden)",
        "the text in quotes that starts here runs on over several lines to the end of the "
        "file: a closing \" is probably missing here (or a \" inside a text ends it early: "
        "write it as \\\" or use « » instead)"},
    [QK_D_STR_UNCLOSED] = {
        "denne teksten i anførselstegn blir aldri avsluttet: en avsluttende \" mangler",
        "denne teksten i hermeteikn blir aldri avslutta: ein avsluttande \" manglar",
        "this text in quotes is never closed: a closing \" is missing"},
    [QK_D_STR_UNCLOSED_QUOTE] = {
        "denne teksten i anførselstegn blir aldri avsluttet: en avsluttende \" mangler "
        "(eller en \" inne i en tekst avslutter den for tidlig: skriv den som \\\" eller "
        "bruk « » i stedet)",
        "denne teksten i hermeteikn blir aldri avslutta: ein avsluttande \" manglar "
        "(eller ein \" inne i ein tekst avsluttar han for tidleg: skriv han som \\\" eller "
        "bruk « » i staden)",
        "this text in quotes is never closed: a closing \" is missing (or a \" inside a "
        "text ends it early: write it as \\\" or use « » instead)"},
    [QK_D_SYNTAX_INNER_QUOTE] = {
        "syntaksfeil: en \" inne i en tekst avslutter teksten der; skriv den som \\\" "
        "(\"si \\\"stopp\\\"\") eller bruk « » i stedet",
        "syntaksfeil: ein \" inne i ein tekst avsluttar teksten der; skriv han som \\\" "
        "(\"sei \\\"stopp\\\"\") eller bruk « » i staden",
        "syntax error: a \" inside a text ends the text there; write it as \\\" "
        "(\"say \\\"stop\\\"\") or use « » instead"},
    /* Diagnostics, continued (issue 11) */
    [QK_D_T_INT] = {
        "et heltall",
        "eit heiltal",
        "a whole number"},
    [QK_D_T_FLOAT] = {
        "et desimaltall",
        "eit desimaltal",
        "a decimal number"},
    [QK_D_T_STRING] = {
        "en tekst i anførselstegn",
        "ein tekst i hermeteikn",
        "a text in quotes"},
    [QK_D_T_BOOL] = {
        "true/false",
        "true/false",
        "true/false"},
    [QK_D_T_ARRAY] = {
        "en tabell [ ... ]",
        "ein tabell [ ... ]",
        "an array [ ... ]"},
    [QK_D_T_LIST] = {
        "en liste ( ... )",
        "ei liste ( ... )",
        "a list ( ... )"},
    [QK_D_T_GROUP] = {
        "en gruppe { ... }",
        "ei gruppe { ... }",
        "a group { ... }"},
    [QK_D_T_NONE] = {
        "ingenting",
        "ingenting",
        "nothing"},
    [QK_D_W_ROUND_N] = {
        "runde nummer %zu",
        "runde nummer %zu",
        "round number %zu"},
    [QK_D_W_ROUND_ID] = {
        "runden \"%s\"",
        "runden \"%s\"",
        "round \"%s\""},
    [QK_D_W_QUESTION_N] = {
        "spørsmål nummer %zu i %&",
        "spørsmål nummer %zu i %&",
        "question number %zu of %&"},
    [QK_D_W_QUESTION_ID] = {
        "spørsmålet \"%s\"",
        "spørsmålet \"%s\"",
        "question \"%s\""},
    [QK_D_W_CATEGORY_N] = {
        "kategori nummer %zu",
        "kategori nummer %zu",
        "category number %zu"},
    [QK_D_W_CATEGORY_NAME] = {
        "kategorien «%s»",
        "kategorien «%s»",
        "category \"%s\""},
    [QK_D_W_A_QUESTION] = {
        "et spørsmål",
        "eit spørsmål",
        "a question"},
    [QK_D_W_A_ROUND] = {
        "en runde",
        "ein runde",
        "a round"},
    [QK_D_W_THE_SET] = {
        "settet",
        "settet",
        "the set"},
    [QK_D_W_SETTING] = {
        "'%s'",
        "'%s'",
        "'%s'"},
    [QK_D_W_ANSWER_N] = {
        "svar nummer %zu",
        "svar nummer %zu",
        "answer number %zu"},
    [QK_D_W_ITEM_N] = {
        "element nummer %zu",
        "element nummer %zu",
        "item number %zu"},
    [QK_D_W_ANSWERS] = {
        "svar",
        "svar",
        "answers"},
    [QK_D_W_ITEMS] = {
        "elementer",
        "element",
        "items"},
    [QK_D_W_CAT_ITEMS] = {
        "elementer i kategoriene",
        "element i kategoriane",
        "items in its categories"},
    [QK_D_W_THE_ANSWER] = {
        "svaret",
        "svaret",
        "answer"},
    [QK_D_W_THE_ITEM] = {
        "elementet",
        "elementet",
        "item"},
    [QK_D_ADV_ANSWERS] = {
        "truefalse: kiosken viser Sant og Usant selv; order: bruk items; categorize: bruk "
        "categories",
        "truefalse: kiosken viser Sant og Usant sjølv; order: bruk items; categorize: bruk "
        "categories",
        "truefalse: the kiosk shows True and False itself; order: use items; categorize: use "
        "categories"},
    [QK_D_ADV_CORRECT] = {
        "order: skriv elementene i riktig rekkefølge; categorize: hver kategori lister opp "
        "elementene sine",
        "order: skriv elementa i rett rekkjefølgje; categorize: kvar kategori listar opp "
        "elementa sine",
        "order: write the items in the right order; categorize: each category lists its items"},
    [QK_D_ADV_ITEMS] = {
        "single/multiple: bruk answers; categorize: legg elementene i hver kategori",
        "single/multiple: bruk answers; categorize: legg elementa i kvar kategori",
        "single/multiple: use answers; categorize: put items in each category"},
    [QK_D_ADV_CATEGORIES] = {
        "bare categorize-spørsmål har kategorier",
        "berre categorize-spørsmål har kategoriar",
        "only categorize questions have categories"},
    [QK_D_LC_SYNTAX] = {
        "syntaksfeil",
        "syntaksfeil",
        "syntax error"},
    [QK_D_LC_DUPLICATE] = {
        "innstillingen står to ganger",
        "innstillinga står to gonger",
        "duplicate setting name"},
    [QK_D_LC_MISMATCH] = {
        "verdier av ulik type i en tabell",
        "verdiar av ulik type i ein tabell",
        "mismatched element type in array"},
    [QK_D_HINT_DUP] = {
        ": denne innstillingen er alt gitt tidligere i samme gruppe; behold bare én av dem",
        ": denne innstillinga er alt gitt tidlegare i same gruppe; behald berre éi av dei",
        ": this setting is already given earlier in the same group; keep one of them"},
    [QK_D_HINT_ARRAY] = {
        ": en tabell [ ... ] holder verdier av ett slag; bruk en liste ( ... ) eller gjør "
        "alle til tekster",
        ": ein tabell [ ... ] held verdiar av eitt slag; bruk ei liste ( ... ) eller gjer "
        "alle til tekstar",
        ": an array [ ... ] holds values of one kind; use a list ( ... ) or make them all "
        "texts"},
    [QK_D_HINT_SYNTAX] = {
        ": sjekk denne linja og den før for et manglende anførselstegn, ';', '=' eller "
        "komma, og at navn bare har vanlige bokstaver (a-z, 0-9, _)",
        ": sjekk denne linja og den før for eit manglande hermeteikn, ';', '=' eller komma, "
        "og at namn berre har vanlege bokstavar (a-z, 0-9, _)",
        ": check this line and the one before for a missing quote, ';', '=' or comma, and "
        "that names are plain letters (a-z, 0-9, _)"},
    [QK_D_HINT_INNER_QUOTE] = {
        ": en \" inne i en tekst avslutter teksten der; skriv den som \\\" (\"si "
        "\\\"stopp\\\"\") eller bruk « » i stedet",
        ": ein \" inne i ein tekst avsluttar teksten der; skriv han som \\\" (\"sei "
        "\\\"stopp\\\"\") eller bruk « » i staden",
        ": a \" inside a text ends the text there; write it as \\\" (\"say \\\"stop\\\"\") "
        "or use « » instead"},
    [QK_D_HINT_MULTILINE] = {
        " (teksten i anførselstegn som starter på linje %d, går over flere linjer: mangler "
        "den avsluttende \"?)",
        " (teksten i hermeteikn som startar på linje %d, går over fleire linjer: manglar den "
        "avsluttande \"?)",
        " (the text in quotes that starts at line %d runs over several lines: is its closing "
        "\" missing?)"},
    [QK_D_NUL] = {
        "fila inneholder en NUL-byte: den er ikke en tekstfil (hvis den ble lagret som "
        "UTF-16 uten byte-rekkefølgemerke, lagre den på nytt som UTF-8)",
        "fila inneheld ein NUL-byte: ho er ikkje ei tekstfil (om ho vart lagra som UTF-16 "
        "utan byte-rekkjefølgjemerke, lagre ho på nytt som UTF-8)",
        "the file contains a NUL byte: it is not a text file (if it was saved as UTF-16 "
        "without a byte-order mark, save it again as UTF-8)"},
    [QK_D_CONTROL] = {
        "fila inneholder kontrolltegnet 0x%02X: den ser ut som en binærfil, ikke et "
        "spørsmålssett lagret som tekst",
        "fila inneheld kontrollteiknet 0x%02X: ho ser ut som ei binærfil, ikkje eit "
        "spørsmålssett lagra som tekst",
        "the file contains the control character 0x%02X: it looks like a binary file, not a "
        "question set saved as text"},
    [QK_D_GROUP_TOO_BIG] = {
        "mer enn %d innstillinger i én gruppe: gruppene i et spørsmålssett har høyst 13 "
        "(mangler en '{' eller '('?)",
        "meir enn %d innstillingar i éi gruppe: gruppene i eit spørsmålssett har høgst 13 "
        "(manglar ein '{' eller '('?)",
        "more than %d settings in one group: a question set's groups have at most 13 (is a "
        "'{' or '(' missing?)"},
    [QK_D_INCLUDE] = {
        "@include er ikke tillatt: et spørsmålssett kan ikke hente inn andre filer; kopier "
        "spørsmålene inn i denne fila",
        "@include er ikkje tillate: eit spørsmålssett kan ikkje hente inn andre filer; "
        "kopier spørsmåla inn i denne fila",
        "@include is not allowed: a question set cannot pull in other files; copy the "
        "questions into this file"},
    [QK_D_NESTING] = {
        "parenteser inne i hverandre mer enn %d nivåer dypt: et spørsmålssett trenger høyst "
        "7 nivåer (runder, spørsmål, kategorier, elementer)",
        "parentesar inne i kvarandre meir enn %d nivå djupt: eit spørsmålssett treng høgst 7 "
        "nivå (rundar, spørsmål, kategoriar, element)",
        "brackets nested more than %d deep: a question set needs at most 7 levels (rounds, "
        "questions, categories, items)"},
    [QK_D_CLOSE_UNOPENED] = {
        "'%c' lukker en parentes som aldri ble åpnet: fjern den, eller legg til '%c' som "
        "mangler foran den",
        "'%c' lukkar ein parentes som aldri vart opna: fjern han, eller legg til '%c' som "
        "manglar framfor han",
        "'%c' closes a bracket that was never opened: remove it or add the '%c' that is "
        "missing before it"},
    [QK_D_CLOSE_MISMATCH] = {
        "'%c' passer ikke til '%c' som ble åpnet på linje %d: en '%c' mangler foran den, "
        "eller denne skal være '%c'",
        "'%c' passar ikkje til '%c' som vart opna på linje %d: ein '%c' manglar framfor han, "
        "eller denne skal vere '%c'",
        "'%c' does not match the '%c' opened at line %d: a '%c' is missing before it, or "
        "this should be '%c'"},
    [QK_D_COMMENT_UNCLOSED] = {
        "denne /*-kommentaren blir aldri avsluttet: legg til */ der den slutter",
        "denne /*-kommentaren blir aldri avslutta: legg til */ der han sluttar",
        "this /* comment is never closed: add */ where it ends"},
    [QK_D_NEVER_CLOSED] = {
        "'%c' blir aldri lukket: en '%c' mangler",
        "'%c' blir aldri lukka: ein '%c' manglar",
        "'%c' is never closed: a '%c' is missing"},
    [QK_D_UNKNOWN_NEAR] = {
        "ukjent innstilling '%s' i %&: mente du '%s'?",
        "ukjend innstilling '%s' i %&: meinte du '%s'?",
        "unknown setting '%s' in %&: did you mean '%s'?"},
    [QK_D_UNKNOWN] = {
        "ukjent innstilling '%s' i %&: fjern den eller sjekk stavemåten (se "
        "docs/question-sets.md)",
        "ukjend innstilling '%s' i %&: fjern ho eller sjekk stavemåten (sjå "
        "docs/question-sets.md)",
        "unknown setting '%s' in %&: remove it or check the spelling (see "
        "docs/question-sets.md)"},
    [QK_D_TEXT_UTF8] = {
        "%& er ikke gyldig UTF-8 (sjekk \\x-kodene i teksten)",
        "%& er ikkje gyldig UTF-8 (sjekk \\x-kodane i teksten)",
        "%& is not valid UTF-8 (check \\x escapes in it)"},
    [QK_D_TEXT_CONTROL] = {
        "%& inneholder kontrolltegnet 0x%02X: fjern det",
        "%& inneheld kontrollteiknet 0x%02X: fjern det",
        "%& contains the control character 0x%02X: remove it"},
    [QK_D_TEXT_LONG] = {
        "%& er på %zu byte; grensen er %zu byte (bokstaver som æ ø å tar 2): kort ned teksten",
        "%& er på %zu byte; grensa er %zu byte (bokstavar som æ ø å tek 2): kort ned teksten",
        "%& is %zu bytes long; the limit is %zu bytes (letters like æ ø å take 2): shorten it"},
    [QK_D_TEXT_EMPTY] = {
        "%& har ingen tekst: skriv teksten mellom anførselstegnene",
        "%& har ingen tekst: skriv teksten mellom hermeteikna",
        "%& is empty: write the text between the quotes"},
    [QK_D_NO_STRING] = {
        "%& har ikke '%s': legg til %s = \"...\"; (må være med)",
        "%& har ikkje '%s': legg til %s = \"...\"; (må vere med)",
        "%& has no '%s': add %s = \"...\"; (it is required)"},
    [QK_D_NOT_STRING] = {
        "'%s' må være en tekst i doble anførselstegn, f.eks. %s = \"...\"; (fant %@)",
        "'%s' må vere ein tekst i doble hermeteikn, t.d. %s = \"...\"; (fann %@)",
        "'%s' must be a text in double quotes, e.g. %s = \"...\"; (found %@)"},
    [QK_D_NO_INT] = {
        "%& har ikke '%s': legg til %s = ...; (må være med)",
        "%& har ikkje '%s': legg til %s = ...; (må vere med)",
        "%& has no '%s': add %s = ...; (it is required)"},
    [QK_D_INT_QUOTED] = {
        "'%s' må være et heltall uten anførselstegn, f.eks. %s = 10; (fant en tekst i "
        "anførselstegn)",
        "'%s' må vere eit heiltal utan hermeteikn, t.d. %s = 10; (fann ein tekst i "
        "hermeteikn)",
        "'%s' must be a whole number without quotes, e.g. %s = 10; (found a text in quotes)"},
    [QK_D_NOT_INT] = {
        "'%s' må være et heltall, f.eks. %s = 10; (fant %@)",
        "'%s' må vere eit heiltal, t.d. %s = 10; (fann %@)",
        "'%s' must be a whole number, e.g. %s = 10; (found %@)"},
    [QK_D_RANGE] = {
        "%s = %lld er utenfor det tillatte: bruk %lld til %lld",
        "%s = %lld er utanfor det tillatne: bruk %lld til %lld",
        "%s = %lld is out of range: use %lld to %lld"},
    [QK_D_RANGE_SECONDS] = {
        "%s = %lld er utenfor det tillatte: bruk %lld til %lld sekunder (0 eller ingen "
        "time_limit: ingen tidsgrense)",
        "%s = %lld er utanfor det tillatne: bruk %lld til %lld sekund (0 eller ingen "
        "time_limit: inga tidsgrense)",
        "%s = %lld is out of range: use %lld to %lld seconds (0 or no time_limit: no limit)"},
    [QK_D_BOOL_QUOTED] = {
        "'%s' må være true eller false uten anførselstegn (fant en tekst i anførselstegn)",
        "'%s' må vere true eller false utan hermeteikn (fann ein tekst i hermeteikn)",
        "'%s' must be true or false without quotes (found a text in quotes)"},
    [QK_D_NOT_BOOL] = {
        "'%s' må være true eller false (fant %@)",
        "'%s' må vere true eller false (fann %@)",
        "'%s' must be true or false (found %@)"},
    [QK_D_BAD_ID] = {
        "id \"%s\" kan bare inneholde bokstavene a-z, sifre, '-' og '_' (ikke mellomrom "
        "eller æøå), f.eks. \"runde-1\"",
        "id \"%s\" kan berre innehalde bokstavane a-z, siffer, '-' og '_' (ikkje mellomrom "
        "eller æøå), t.d. \"runde-1\"",
        "id \"%s\" may hold only letters a-z, digits, '-' and '_' (no spaces or æøå), e.g. "
        "\"round-1\""},
    [QK_D_PIC_BACKSLASH] = {
        "bildet \"%s\": bruk / mellom mapper, ikke \\ (f.eks. \"bilder/kart.png\")",
        "biletet \"%s\": bruk / mellom mapper, ikkje \\ (t.d. \"bilete/kart.png\")",
        "picture \"%s\": use / between folders, not \\ (e.g. \"bilder/kart.png\")"},
    [QK_D_PIC_ABSOLUTE] = {
        "bildet \"%s\" er en absolutt sti: oppgi en sti ut fra mappa til settet, f.eks. "
        "\"bilder/kart.png\", og legg bildet i den mappa",
        "biletet \"%s\" er ein absolutt sti: gje ein sti ut frå mappa til settet, t.d. "
        "\"bilete/kart.png\", og legg biletet i den mappa",
        "picture \"%s\" is an absolute path: give a path relative to the set's folder, e.g. "
        "\"bilder/kart.png\", and keep the picture in that folder"},
    [QK_D_PIC_DOTDOT] = {
        "bildet \"%s\" går ut av mappa til settet (..): bilder må ligge i mappa til settet "
        "eller i en mappe under den",
        "biletet \"%s\" går ut av mappa til settet (..): bilete må liggje i mappa til settet "
        "eller i ei mappe under ho",
        "picture \"%s\" leaves the set's folder (..): pictures must be in the set's folder "
        "or a folder under it"},
    [QK_D_PIC_MISSING] = {
        "fant ikke bildet \"%s\" (%s: %s): kiosken viser en plassholder",
        "fann ikkje biletet \"%s\" (%s: %s): kiosken viser ein plasshaldar",
        "picture \"%s\" not found (%s: %s): the kiosk shows a placeholder"},
    [QK_D_PIC_SYMLINK] = {
        "bildet \"%s\" fører ut av mappa til settet (gjennom en symbolsk lenke, til %s): "
        "kopier bildet inn i mappa til settet",
        "biletet \"%s\" fører ut av mappa til settet (gjennom ei symbolsk lenkje, til %s): "
        "kopier biletet inn i mappa til settet",
        "picture \"%s\" leads outside the set's folder (through a symbolic link, to %s): "
        "copy the picture into the set's folder"},
    [QK_D_PIC_NOT_FILE] = {
        "bildet \"%s\" er ikke en fil (en mappe?): kiosken viser en plassholder",
        "biletet \"%s\" er ikkje ei fil (ei mappe?): kiosken viser ein plasshaldar",
        "picture \"%s\" is not a file (a folder?): the kiosk shows a placeholder"},
    [QK_D_NOT_LIST] = {
        "'%s' må være en liste med tekster, f.eks. %s = ( \"A\", \"B\" ); (fant %@)",
        "'%s' må vere ei liste med tekstar, t.d. %s = ( \"A\", \"B\" ); (fann %@)",
        "'%s' must be a list of texts, e.g. %s = ( \"A\", \"B\" ); (found %@)"},
    [QK_D_LABEL_NOT_STRING] = {
        "%& må være en tekst i doble anførselstegn (fant %@)",
        "%& må vere ein tekst i doble hermeteikn (fann %@)",
        "%& must be a text in double quotes (found %@)"},
    [QK_D_TOO_FEW] = {
        "%& har for få %@ (%zu): det trengs minst 2",
        "%& har for få %@ (%zu): det trengst minst 2",
        "%& has too few %@ (%zu): it needs at least 2"},
    [QK_D_TOO_MANY] = {
        "%& har for mange %@ (%zu): høyst %d (tastene 1-%d når alle)",
        "%& har for mange %@ (%zu): høgst %d (tastane 1-%d når alle)",
        "%& has too many %@ (%zu): at most %d (keys 1-%d reach them all)"},
    [QK_D_TWICE_AMBIGUOUS] = {
        "%@ «%s» står to ganger (også på linje %d): da er det uklart hva som er riktig",
        "%@ «%s» står to gonger (også på linje %d): då er det uklart kva som er rett",
        "%@ \"%s\" appears twice (also at line %d): the right answer would be ambiguous"},
    [QK_D_TWICE] = {
        "%@ «%s» står to ganger (også på linje %d)",
        "%@ «%s» står to gonger (også på linje %d)",
        "%@ \"%s\" appears twice (also at line %d)"},
    [QK_D_CORRECT_ZERO] = {
        "correct = %lld: svarene nummereres fra 1 (det første svaret er 1)",
        "correct = %lld: svara blir nummererte frå 1 (det første svaret er 1)",
        "correct = %lld: answers are numbered from 1 (the first answer is 1)"},
    [QK_D_CORRECT_OVER] = {
        "correct = %lld, men spørsmålet har bare %zu svar (nummereringen starter på 1)",
        "correct = %lld, men spørsmålet har berre %zu svar (nummereringa byrjar på 1)",
        "correct = %lld, but the question has only %zu answer(s) (numbering starts at 1)"},
    [QK_D_CORRECT_TWICE] = {
        "svar %lld står to ganger i 'correct'",
        "svar %lld står to gonger i 'correct'",
        "answer %lld is listed twice in 'correct'"},
    [QK_D_NO_ANSWERS] = {
        "%& har ikke 'answers': legg til answers = ( \"...\", \"...\" );",
        "%& har ikkje 'answers': legg til answers = ( \"...\", \"...\" );",
        "%& has no 'answers': add answers = ( \"...\", \"...\" );"},
    [QK_D_NO_CORRECT] = {
        "%& har ikke 'correct': legg til correct = %s; (nummeret til det riktige svaret, det "
        "første svaret er 1)",
        "%& har ikkje 'correct': legg til correct = %s; (nummeret til det rette svaret, det "
        "første svaret er 1)",
        "%& has no 'correct': add correct = %s; (the right answer's number, the first answer "
        "is 1)"},
    [QK_D_SINGLE_ONE] = {
        "et spørsmål av typen single har ett riktig svar: skriv correct = 2; (bruk type = "
        "\"multiple\" for flere riktige svar)",
        "eit spørsmål av typen single har eitt rett svar: skriv correct = 2; (bruk type = "
        "\"multiple\" for fleire rette svar)",
        "a single-choice question has one right answer: write correct = 2; (for several "
        "right answers use type = \"multiple\")"},
    [QK_D_CORRECT_NOT_INT] = {
        "'correct' må være nummeret til det riktige svaret, f.eks. correct = 2; (fant %@)",
        "'correct' må vere nummeret til det rette svaret, t.d. correct = 2; (fann %@)",
        "'correct' must be the number of the right answer, e.g. correct = 2; (found %@)"},
    [QK_D_CORRECT_NOT_LIST] = {
        "'correct' må liste opp numrene til de riktige svarene, f.eks. correct = [ 1, 3 ]; "
        "(fant %@)",
        "'correct' må liste opp numra til dei rette svara, t.d. correct = [ 1, 3 ]; (fann %@)",
        "'correct' must list the numbers of the right answers, e.g. correct = [ 1, 3 ]; "
        "(found %@)"},
    [QK_D_CORRECT_EMPTY] = {
        "'correct' er tom: et flervalgsspørsmål trenger minst ett riktig svar, f.eks. "
        "correct = [ 1, 3 ];",
        "'correct' er tom: eit fleirvalsspørsmål treng minst eitt rett svar, t.d. correct = "
        "[ 1, 3 ];",
        "'correct' is empty: a multiple-choice question needs at least one right answer, "
        "e.g. correct = [ 1, 3 ];"},
    [QK_D_CORRECT_ELEM] = {
        "'correct' må inneholde svarnumre, f.eks. correct = [ 1, 3 ]; (fant %@)",
        "'correct' må innehalde svarnummer, t.d. correct = [ 1, 3 ]; (fann %@)",
        "'correct' must hold answer numbers, e.g. correct = [ 1, 3 ]; (found %@)"},
    [QK_D_NO_ITEMS_ORDER] = {
        "%& har ikke 'items': legg til items = ( \"første\", \"andre\", ... ); i riktig "
        "rekkefølge",
        "%& har ikkje 'items': legg til items = ( \"første\", \"andre\", ... ); i rett "
        "rekkjefølgje",
        "%& has no 'items': add items = ( \"first\", \"second\", ... ); in the right order"},
    [QK_D_NO_CATEGORIES] = {
        "%& har ikke 'categories': legg til categories = ( { name = \"...\"; items = ( "
        "\"...\" ); }, ... );",
        "%& har ikkje 'categories': legg til categories = ( { name = \"...\"; items = ( "
        "\"...\" ); }, ... );",
        "%& has no 'categories': add categories = ( { name = \"...\"; items = ( \"...\" ); "
        "}, ... );"},
    [QK_D_CATEGORIES_ZERO] = {
        "%& har 0 kategorier: det trengs %d til %d",
        "%& har 0 kategoriar: det trengst %d til %d",
        "%& has 0 categories: it needs %d to %d"},
    [QK_D_CATEGORIES_NOT_LIST] = {
        "'categories' må være en liste med grupper, f.eks. categories = ( { name = \"...\"; "
        "items = ( \"...\" ); }, ... ); (fant %@)",
        "'categories' må vere ei liste med grupper, t.d. categories = ( { name = \"...\"; "
        "items = ( \"...\" ); }, ... ); (fann %@)",
        "'categories' must be a list of groups, e.g. categories = ( { name = \"...\"; items "
        "= ( \"...\" ); }, ... ); (found %@)"},
    [QK_D_CATEGORY_ONE] = {
        "%& har bare 1 kategori: det trengs %d til %d",
        "%& har berre 1 kategori: det trengst %d til %d",
        "%& has only 1 category: it needs %d to %d"},
    [QK_D_CATEGORY_COUNT] = {
        "%& har %zu kategorier: det trengs %d til %d",
        "%& har %zu kategoriar: det trengst %d til %d",
        "%& has %zu categories: it needs %d to %d"},
    [QK_D_CATEGORY_NOT_GROUP] = {
        "kategori nummer %zu må være en gruppe { name = \"...\"; items = ( ... ); } (fant %@)",
        "kategori nummer %zu må vere ei gruppe { name = \"...\"; items = ( ... ); } (fann %@)",
        "category number %zu must be a group { name = \"...\"; items = ( ... ); } (found %@)"},
    [QK_D_CATEGORY_TWICE] = {
        "kategorien «%s» står to ganger: gi hver kategori sitt eget navn",
        "kategorien «%s» står to gonger: gje kvar kategori sitt eige namn",
        "category \"%s\" appears twice: give each category its own name"},
    [QK_D_NO_ITEMS] = {
        "%& har ikke 'items': legg til items = ( \"...\", ... );",
        "%& har ikkje 'items': legg til items = ( \"...\", ... );",
        "%& has no 'items': add items = ( \"...\", ... );"},
    [QK_D_CATEGORY_EMPTY] = {
        "%& har ingen elementer: hver kategori trenger minst ett",
        "%& har ingen element: kvar kategori treng minst eitt",
        "%& has no items: each category needs at least one"},
    [QK_D_NOT_USED] = {
        "'%s' brukes ikke av spørsmål av typen %s: fjern innstillingen (%@)",
        "'%s' blir ikkje brukt av spørsmål av typen %s: fjern innstillinga (%@)",
        "'%s' is not used by %s questions: remove it (%@)"},
    [QK_D_PARTIAL_NO_EFFECT] = {
        "'partial_credit' har ingen virkning på spørsmål av typen %s",
        "'partial_credit' har ingen verknad på spørsmål av typen %s",
        "'partial_credit' has no effect on %s questions"},
    [QK_D_QUESTION_NOT_GROUP] = {
        "%& må være en gruppe { id = ...; type = ...; ... } (fant %@)",
        "%& må vere ei gruppe { id = ...; type = ...; ... } (fann %@)",
        "%& must be a group { id = ...; type = ...; ... } (found %@)"},
    [QK_D_QUESTION_ID_TWICE] = {
        "spørsmåls-id-en \"%s\" er alt brukt på linje %d: id-er må være unike i settet (og "
        "aldri brukes om igjen)",
        "spørsmåls-id-en \"%s\" er alt brukt på linje %d: id-ar må vere unike i settet (og "
        "aldri brukast om att)",
        "question id \"%s\" is already used at line %d: ids must be unique in the set (and "
        "never reused)"},
    [QK_D_NO_TYPE] = {
        "%& har ikke 'type': legg til type = \"single\"; (eller multiple, truefalse, order, "
        "categorize)",
        "%& har ikkje 'type': legg til type = \"single\"; (eller multiple, truefalse, order, "
        "categorize)",
        "%& has no 'type': add type = \"single\"; (or multiple, truefalse, order, categorize)"},
    [QK_D_TYPE_NOT_STRING] = {
        "'type' må være en tekst i anførselstegn: \"single\", \"multiple\", \"truefalse\", "
        "\"order\" eller \"categorize\" (fant %@)",
        "'type' må vere ein tekst i hermeteikn: \"single\", \"multiple\", \"truefalse\", "
        "\"order\" eller \"categorize\" (fann %@)",
        "'type' must be a text in quotes: \"single\", \"multiple\", \"truefalse\", \"order\" "
        "or \"categorize\" (found %@)"},
    [QK_D_TYPE_UNKNOWN] = {
        "ukjent spørsmålstype \"%s\": bruk single, multiple, truefalse, order eller "
        "categorize",
        "ukjend spørsmålstype \"%s\": bruk single, multiple, truefalse, order eller "
        "categorize",
        "unknown question type \"%s\": use single, multiple, truefalse, order or categorize"},
    [QK_D_TYPE_UNKNOWN_NEAR] = {
        "ukjent spørsmålstype \"%s\" (mente du \"%s\"?): bruk single, multiple, truefalse, "
        "order eller categorize",
        "ukjend spørsmålstype \"%s\" (meinte du \"%s\"?): bruk single, multiple, truefalse, "
        "order eller categorize",
        "unknown question type \"%s\" (did you mean \"%s\"?): use single, multiple, "
        "truefalse, order or categorize"},
    [QK_D_TF_NO_CORRECT] = {
        "%& har ikke 'correct': legg til correct = true; eller correct = false;",
        "%& har ikkje 'correct': legg til correct = true; eller correct = false;",
        "%& has no 'correct': add correct = true; or correct = false;"},
    [QK_D_TF_NOT_BOOL] = {
        "et sant/usant-spørsmål trenger correct = true; eller correct = false; (uten "
        "anførselstegn; fant %@)",
        "eit sant/usant-spørsmål treng correct = true; eller correct = false; (utan "
        "hermeteikn; fann %@)",
        "a true/false question needs correct = true; or correct = false; (without quotes; "
        "found %@)"},
    [QK_D_ALWAYS_NO_PICK] = {
        "'always' har ingen virkning: %& har ingen pick, så alle spørsmålene blir stilt",
        "'always' har ingen verknad: %& har ingen pick, så alle spørsmåla blir stilte",
        "'always' has no effect: %& has no pick, so every question is asked"},
    [QK_D_ALWAYS_OVER_PICK] = {
        "%& har %zu spørsmål med always = true, men pick = %zu: en økt kan ikke trekke alle; "
        "øk pick til %zu eller mer, eller merk færre",
        "%& har %zu spørsmål med always = true, men pick = %zu: ei økt kan ikkje trekkje "
        "alle; auk pick til %zu eller meir, eller merk færre",
        "%& has %zu questions with always = true but pick = %zu: a session cannot draw them "
        "all; raise pick to %zu or more, or mark fewer"},
    [QK_D_ROUND_NOT_GROUP] = {
        "%& må være en gruppe { id = ...; title = ...; questions = ( ... ); } (fant %@)",
        "%& må vere ei gruppe { id = ...; title = ...; questions = ( ... ); } (fann %@)",
        "%& must be a group { id = ...; title = ...; questions = ( ... ); } (found %@)"},
    [QK_D_NO_QUESTIONS_SETTING] = {
        "%& har ikke 'questions': legg til questions = ( { ... }, ... );",
        "%& har ikkje 'questions': legg til questions = ( { ... }, ... );",
        "%& has no 'questions': add questions = ( { ... }, ... );"},
    [QK_D_NO_QUESTIONS] = {
        "%& har ingen spørsmål: legg til minst ett, eller fjern runden",
        "%& har ingen spørsmål: legg til minst eitt, eller fjern runden",
        "%& has no questions: add at least one, or remove the round"},
    [QK_D_QUESTIONS_NOT_LIST] = {
        "'questions' må være en liste med grupper, questions = ( { ... }, { ... } ); (fant "
        "%@)",
        "'questions' må vere ei liste med grupper, questions = ( { ... }, { ... } ); (fann "
        "%@)",
        "'questions' must be a list of groups, questions = ( { ... }, { ... } ); (found %@)"},
    [QK_D_PICK_ZERO] = {
        "pick = %lld: trekk minst 1 spørsmål per økt (eller sløyf pick for å bruke alle)",
        "pick = %lld: trekk minst 1 spørsmål per økt (eller sløyf pick for å bruke alle)",
        "pick = %lld: draw at least 1 question per session (or leave pick out to use them "
        "all)"},
    [QK_D_PICK_OVER] = {
        "pick = %lld, men %& har bare %zu spørsmål: sett pick til høyst %zu",
        "pick = %lld, men %& har berre %zu spørsmål: set pick til høgst %zu",
        "pick = %lld but %& has only %zu question(s): pick at most %zu"},
    [QK_D_LANGUAGE_TAG] = {
        "language \"%s\" er ikke en språkkode: bruk f.eks. \"nb\" (bokmål), \"nn\" (nynorsk) "
        "eller \"en\"",
        "language \"%s\" er ikkje ein språkkode: bruk t.d. \"nb\" (bokmål), \"nn\" (nynorsk) "
        "eller \"en\"",
        "language \"%s\" is not a language tag: use e.g. \"nb\" (bokmål), \"nn\" (nynorsk) "
        "or \"en\""},
    [QK_D_LANGUAGE_TAG_UNDERSCORE] = {
        "language \"%s\" er ikke en språkkode: bruk f.eks. \"nb\" (bokmål), \"nn\" (nynorsk) "
        "eller \"en\"; bruk - og ikke _ (\"nb-NO\")",
        "language \"%s\" er ikkje ein språkkode: bruk t.d. \"nb\" (bokmål), \"nn\" (nynorsk) "
        "eller \"en\"; bruk - og ikkje _ (\"nb-NO\")",
        "language \"%s\" is not a language tag: use e.g. \"nb\" (bokmål), \"nn\" (nynorsk) "
        "or \"en\"; use - not _ (\"nb-NO\")"},
    [QK_D_SCORING] = {
        "scoring = \"%s\" er ukjent: bruk \"accuracy\" (standard) eller \"speed\"",
        "scoring = \"%s\" er ukjend: bruk \"accuracy\" (standard) eller \"speed\"",
        "scoring = \"%s\" is unknown: use \"accuracy\" (the default) or \"speed\""},
    [QK_D_NO_ROUNDS_SETTING] = {
        "settet har ikke 'rounds': legg til rounds = ( { id = ...; title = ...; questions = "
        "( ... ); } );",
        "settet har ikkje 'rounds': legg til rounds = ( { id = ...; title = ...; questions = "
        "( ... ); } );",
        "the set has no 'rounds': add rounds = ( { id = ...; title = ...; questions = ( ... "
        "); } );"},
    [QK_D_NO_ROUNDS] = {
        "settet har ingen runder: legg til minst én",
        "settet har ingen rundar: legg til minst éin",
        "the set has no rounds: add at least one"},
    [QK_D_ROUNDS_NOT_LIST] = {
        "'rounds' må være en liste med grupper, rounds = ( { ... }, { ... } ); (fant %@)",
        "'rounds' må vere ei liste med grupper, rounds = ( { ... }, { ... } ); (fann %@)",
        "'rounds' must be a list of groups, rounds = ( { ... }, { ... } ); (found %@)"},
    [QK_D_TOO_MANY_ROUNDS] = {
        "settet har %zu runder: høyst %d; del det opp i flere sett",
        "settet har %zu rundar: høgst %d; del det opp i fleire sett",
        "the set has %zu rounds: at most %d; split it into several sets"},
    [QK_D_TOO_MANY_QUESTIONS] = {
        "settet har %zu spørsmål: høyst %d; del det opp i flere sett",
        "settet har %zu spørsmål: høgst %d; del det opp i fleire sett",
        "the set has %zu questions: at most %d; split it into several sets"},
    [QK_D_ROUND_ID_TWICE] = {
        "runde-id-en \"%s\" er alt brukt på linje %d: runde-id-er må være unike",
        "runde-id-en \"%s\" er alt brukt på linje %d: runde-id-ar må vere unike",
        "round id \"%s\" is already used at line %d: round ids must be unique"},
    [QK_D_PARSE] = {
        "%&%&%&",
        "%&%&%&",
        "%&%&%&"},
    [QK_D_PARSE_SMART] = {
        "%&%&. Linja har typografiske anførselstegn (“ ” « »): tekster skal stå mellom rette "
        "anførselstegn \"slik\" (slå av smarte anførselstegn i Word)%&",
        "%&%&. Linja har typografiske hermeteikn (“ ” « »): tekstar skal stå mellom rette "
        "hermeteikn \"slik\" (slå av smarte hermeteikn i Word)%&",
        "%&%&. The line has typographic quotes (“ ” « »): texts go between straight quotes "
        "\"like this\" (turn off smart quotes in Word)%&"},
    [QK_D_FILE_TOO_BIG] = {
        "fila er %.1f MB; et spørsmålssett kan være høyst %u MB: del det opp i flere sett",
        "fila er %.1f MB; eit spørsmålssett kan vere høgst %u MB: del det opp i fleire sett",
        "the file is %.1f MB; a question set may be at most %u MB: split it into several sets"},
    [QK_D_FILE_OVER] = {
        "fila er større enn %u MB; et spørsmålssett kan være høyst %u MB: del det opp i "
        "flere sett",
        "fila er større enn %u MB; eit spørsmålssett kan vere høgst %u MB: del det opp i "
        "fleire sett",
        "the file is more than %u MB; a question set may be at most %u MB: split it into "
        "several sets"},
    [QK_D_OOM] = {
        "ikke nok minne",
        "ikkje nok minne",
        "out of memory"},
    [QK_D_NO_LIBCRYPTO] = {
        "kan ikke regne ut SHA-256 for settet: OpenSSL-biblioteket libcrypto kan ikke åpnes "
        "(%s); installer pakken libssl3 (apt-get install libssl3)",
        "kan ikkje rekne ut SHA-256 for settet: OpenSSL-biblioteket libcrypto kan ikkje opnast "
        "(%s); installer pakken libssl3 (apt-get install libssl3)",
        "cannot compute the set's SHA-256: OpenSSL's library libcrypto cannot be opened "
        "(%s); install the package libssl3 (apt-get install libssl3)"},
    [QK_D_OOM_READING] = {
        "ikke nok minne til å lese fila",
        "ikkje nok minne til å lese fila",
        "out of memory reading the file"},
    [QK_D_EMPTY_FILE] = {
        "fila er tom: et spørsmålssett trenger format, id, title, language og rounds (se "
        "docs/question-sets.md)",
        "fila er tom: eit spørsmålssett treng format, id, title, language og rounds (sjå "
        "docs/question-sets.md)",
        "the file is empty: a question set needs format, id, title, language and rounds (see "
        "docs/question-sets.md)"},
    [QK_D_CANNOT_OPEN] = {
        "kan ikke åpne fila: %s",
        "kan ikkje opne fila: %s",
        "cannot open the file: %s"},
    [QK_D_CANNOT_READ] = {
        "kan ikke lese fila: %s",
        "kan ikkje lese fila: %s",
        "cannot read the file: %s"},
    [QK_D_IS_FOLDER] = {
        "dette er en mappe, ikke en fil med et spørsmålssett",
        "dette er ei mappe, ikkje ei fil med eit spørsmålssett",
        "this is a folder, not a question set file"},
    [QK_D_FILE_CHANGED] = {
        "fila ble endret mens den ble lest: sjekk den på nytt",
        "fila vart endra medan ho vart lesen: sjekk ho på nytt",
        "the file changed while it was being read: check it again"},
    [QK_D_UTF16_BROKEN] = {
        "fila starter som UTF-16 (%@), men er ødelagt nær byte %zu: lagre den på nytt som "
        "UTF-8",
        "fila byrjar som UTF-16 (%@), men er øydelagd nær byte %zu: lagre ho på nytt som "
        "UTF-8",
        "the file starts as UTF-16 (%@) but is broken near byte %zu: save it again as UTF-8"},
    [QK_D_W_BIG_ENDIAN] = {
        "big-endian",
        "big-endian",
        "big-endian"},
    [QK_D_W_LITTLE_ENDIAN] = {
        "little-endian",
        "little-endian",
        "little-endian"},
    [QK_D_BAD_UTF8] = {
        "teksten er ikke gyldig UTF-8: byte 0x%02X%&. Fila ble trolig lagret som "
        "Windows-1252/ANSI, slik Words «lagre som tekst» gjør: lagre den på nytt med "
        "tegnkodingen UTF-8",
        "teksten er ikkje gyldig UTF-8: byte 0x%02X%&. Fila vart truleg lagra som "
        "Windows-1252/ANSI, slik «lagre som tekst» i Word gjer: lagre ho på nytt med "
        "teiknkodinga UTF-8",
        "text is not valid UTF-8: byte 0x%02X%&. The file was probably saved as "
        "Windows-1252/ANSI, as Word\'s \"save as text\" does: save it again with the "
        "encoding UTF-8"},
    [QK_D_W_CP1252] = {
        " (%s i Windows-1252)",
        " (%s i Windows-1252)",
        " (%s in Windows-1252)"},
    [QK_D_CONTROL_TEXT] = {
        "fila inneholder kontrolltegnet 0x%02X: den ser ut som en binærfil, ikke tekst",
        "fila inneheld kontrollteiknet 0x%02X: ho ser ut som ei binærfil, ikkje tekst",
        "the file contains the control character 0x%02X: it looks like a binary file, not "
        "text"},
    [QK_D_GUARD_TEXT] = {
        "en tekst på mer enn %zu byte starter på denne linja (den lengste teksten i et sett "
        "er %u tegn): kort den ned, eller avslutt den med '\"' hvis det mangler",
        "ein tekst på meir enn %zu byte byrjar på denne linja (den lengste teksten i eit "
        "sett er %u teikn): kort han ned, eller avslutt han med '\"' om det manglar",
        "a text longer than %zu bytes starts on this line (a set's longest text is %u "
        "characters): shorten it, or close it with a '\"' if one is missing"},
    [QK_D_GUARD_WORD] = {
        "et navn eller en verdi på mer enn %zu tegn starter på denne linja: mangler en '\"', "
        "'=' eller ';'?",
        "eit namn eller ein verdi på meir enn %zu teikn byrjar på denne linja: manglar ein "
        "'\"', '=' eller ';'?",
        "a name or value of more than %zu characters starts on this line: is a '\"', '=' or "
        "';' missing?"},
    [QK_D_GUARD_DEPTH] = {
        "parenteser inne i hverandre mer enn %d nivåer dypt her: formatet trenger langt "
        "færre (mangler en avsluttende parentes?)",
        "parentesar inne i kvarandre meir enn %d nivå djupt her: formatet treng langt færre "
        "(manglar ein avsluttande parentes?)",
        "brackets nested more than %d deep here: the format needs far fewer (is a closing "
        "bracket missing?)"},
    [QK_D_GUARD_LIST_NAMED] = {
        "'%s' har mer enn %zu oppføringer: lista som starter på denne linja, er langt lengre "
        "enn formatet tillater",
        "'%s' har meir enn %zu oppføringar: lista som byrjar på denne linja, er langt lengre "
        "enn formatet tillèt",
        "'%s' has more than %zu entries: the list that starts on this line is far longer "
        "than the format allows"},
    [QK_D_GUARD_LIST] = {
        "en liste med mer enn %zu oppføringer starter på denne linja: langt lengre enn "
        "formatet tillater",
        "ei liste med meir enn %zu oppføringar byrjar på denne linja: langt lengre enn "
        "formatet tillèt",
        "a list with more than %zu entries starts on this line: far longer than the format "
        "allows"},
    [QK_D_GUARD_TOKENS] = {
        "mer enn %zu navn, verdier og parenteser fram til denne linja, i en fil på %zu byte: "
        "en ekte fil har langt færre (omtrent én per 48 byte), så den blir ikke lest",
        "meir enn %zu namn, verdiar og parentesar fram til denne linja, i ei fil på %zu "
        "byte: ei ekte fil har langt færre (omtrent éin per 48 byte), så ho blir ikkje lesen",
        "more than %zu names, values and brackets by this line, for a file of %zu bytes: a "
        "real file has far fewer (one per 48 bytes or so), so it is not read"},
    [QK_D_C_ROUND] = {
        "1 runde",
        "1 runde",
        "1 round"},
    [QK_D_C_ROUNDS] = {
        "%zu runder",
        "%zu rundar",
        "%zu rounds"},
    [QK_D_C_QUESTION] = {
        "1 spørsmål",
        "1 spørsmål",
        "1 question"},
    [QK_D_C_QUESTIONS] = {
        "%zu spørsmål",
        "%zu spørsmål",
        "%zu questions"},
    [QK_D_C_WARNING] = {
        "1 advarsel",
        "1 åtvaring",
        "1 warning"},
    [QK_D_C_WARNINGS] = {
        "%zu advarsler",
        "%zu åtvaringar",
        "%zu warnings"},
    [QK_D_C_ERROR] = {
        "1 feil",
        "1 feil",
        "1 error"},
    [QK_D_C_ERRORS] = {
        "%zu feil",
        "%zu feil",
        "%zu errors"},
    [QK_D_CHECK_OK] = {
        "%s: ok (%&, %&)",
        "%s: ok (%&, %&)",
        "%s: ok (%&, %&)"},
    [QK_D_CHECK_OK_WARN] = {
        "%s: ok (%&, %&, %&)",
        "%s: ok (%&, %&, %&)",
        "%s: ok (%&, %&, %&)"},
    [QK_D_CHECK_NOT_LOADED] = {
        "settet kunne ikke lastes",
        "settet kunne ikkje lastast",
        "the set could not be loaded"},
    [QK_D_CHECK_FILES_BAD] = {
        "quizkiosk: %d av %d filer har feil",
        "quizkiosk: %d av %d filer har feil",
        "quizkiosk: %d of %d files have errors"},
    [QK_D_CANNOT_WRITE] = {
        "kan ikke skrive fila: %s",
        "kan ikkje skrive fila: %s",
        "cannot write the file: %s"},
    [QK_D_IMPORT_NOTHING] = {
        "quizkiosk: ingenting kunne importeres (%zu utelatt, %&): %s ble ikke skrevet",
        "quizkiosk: ingenting kunne importerast (%zu ikkje med, %&): %s vart ikkje skriven",
        "quizkiosk: nothing could be imported (%zu left out, %&): %s was not written"},
    [QK_D_IMPORT_FAULT] = {
        "quizkiosk: settet som ble skrevet, består ikke --check (en feil i importen; meld "
        "den, og legg ved kildefila): %s ble ikke skrevet",
        "quizkiosk: settet som vart skrive, held ikkje mål i --check (ein feil i importen; "
        "meld han, og legg ved kjeldefila): %s vart ikkje skriven",
        "quizkiosk: the written set does not pass --check (a fault in the importer; please "
        "report it with the source file): %s was not written"},
    [QK_D_IMPORT_DONE] = {
        "%s: %& importert i %&",
        "%s: importerte %& i %&",
        "%s: %& imported in %&"},
    [QK_D_IMPORT_LEFT] = {
        ", %zu utelatt",
        ", %zu ikkje med",
        ", %zu left out"},
    [QK_D_IMPORT_SRC_ERRORS] = {
        ", %& i kilden",
        ", %& i kjelda",
        ", %& in the source"},
    [QK_D_EXPORT_HAS_ERRORS] = {
        "quizkiosk: %s har feil: rett dem først (quizkiosk --check %s)",
        "quizkiosk: %s har feil: rett dei først (quizkiosk --check %s)",
        "quizkiosk: %s has errors: fix them first (quizkiosk --check %s)"},
    [QK_D_EXPORT_NONE] = {
        "quizkiosk: ingen av spørsmålene i settet kan skrives som GIFT",
        "quizkiosk: ingen av spørsmåla i settet kan skrivast som GIFT",
        "quizkiosk: none of the set's questions can be written as GIFT"},
    [QK_D_EXPORT_DONE] = {
        "%s: %zu av %& eksportert som GIFT",
        "%s: eksporterte %zu av %& som GIFT",
        "%s: %zu of %& exported as GIFT"},
    [QK_D_TOOL_OOM] = {
        "quizkiosk: ikke nok minne",
        "quizkiosk: ikkje nok minne",
        "quizkiosk: out of memory"},
    [QK_D_LEFT_OUT] = {
        "spørsmålet «%s» er %&: utelatt (%&)",
        "spørsmålet «%s» er %&: ikkje teke med (%&)",
        "question \"%s\" is %&: left out (%&)"},
    [QK_D_LEFT_OUT_NONAME] = {
        "dette spørsmålet er %&: utelatt (%&)",
        "dette spørsmålet er %&: ikkje teke med (%&)",
        "this question is %&: left out (%&)"},
    [QK_D_R_SEVERAL_RIGHT] = {
        "et spørsmål med ett svar, men flere riktige svar (=)",
        "eit spørsmål med eitt svar, men fleire rette svar (=)",
        "a one-answer question with several right answers (=)"},
    [QK_D_X_SEVERAL_RIGHT] = {
        "behold én = og gjør de andre til ~, eller gi hvert riktige svar en vekt som ~%%50%% "
        "for å gjøre det til velg-alle-som-passer; en = inne i et svar starter et nytt svar: "
        "skriv \\=",
        "behald éin = og gjer dei andre til ~, eller gje kvart rett svar ei vekt som ~%%50%% "
        "for å gjere det til vel-alle-som-passar; ein = inne i eit svar byrjar eit nytt "
        "svar: skriv \\=",
        "keep one = and make the others ~, or give every right answer a weight such as "
        "~%%50%% to make it choose-all-that-apply; an = inside an answer starts a new "
        "answer: write \\="},
    [QK_D_R_NO_RIGHT] = {
        "et flervalgsspørsmål uten riktig svar (ingen = og ingen positiv vekt)",
        "eit fleirvalsspørsmål utan rett svar (ingen = og inga positiv vekt)",
        "a choice question with no right answer (no = and no positive weight)"},
    [QK_D_X_NO_RIGHT] = {
        "merk det riktige svaret med =",
        "merk det rette svaret med =",
        "mark the right answer with ="},
    [QK_D_R_MATCH_TARGETS] = {
        "et sammenkoblingsspørsmål med %zu svar å koble til",
        "eit parspørsmål med %zu svar å kople til",
        "a matching question with %zu different answer(s)"},
    [QK_D_X_MATCH_TARGETS] = {
        "kiosken sorterer elementer i 2 til 4 kategorier: gi parene 2 til 4 ulike høyresider",
        "kiosken sorterer element i 2 til 4 kategoriar: gje para 2 til 4 ulike høgresider",
        "the kiosk sorts items into 2 to 4 categories: give the pairs 2 to 4 different "
        "right-hand sides"},
    [QK_D_R_DESCRIPTION] = {
        "en beskrivelse (tekst uten svar)",
        "ei skildring (tekst utan svar)",
        "a description (text with no answers)"},
    [QK_D_X_DESCRIPTION] = {
        "kiosken stiller bare spørsmål; legg teksten i introen til en runde i stedet",
        "kiosken stiller berre spørsmål; legg teksten i introen til ein runde i staden",
        "the kiosk asks questions only; put the text in a round's intro instead"},
    [QK_D_R_ESSAY] = {
        "et essayspørsmål; kiosken har ingen skrevne svar",
        "eit essayspørsmål; kiosken har ingen skrivne svar",
        "an essay question; the kiosk has no typed answers"},
    [QK_D_X_ESSAY] = {
        "gjør det til et flervalgsspørsmål i Moodle, eller ta det på kurset",
        "gjer det til eit fleirvalsspørsmål i Moodle, eller ta det på kurset",
        "make it a choice question in Moodle, or leave it to the course"},
    [QK_D_R_NUMERICAL] = {
        "et numerisk spørsmål; kiosken har ingen skrevne svar",
        "eit numerisk spørsmål; kiosken har ingen skrivne svar",
        "a numerical question; the kiosk has no typed answers"},
    [QK_D_X_NUMERICAL] = {
        "gjør det til et flervalgsspørsmål med tallet blant svarene",
        "gjer det til eit fleirvalsspørsmål med talet blant svara",
        "make it a choice question with the number among the answers"},
    [QK_D_R_SHORT] = {
        "et kortsvarsspørsmål; kiosken har ingen skrevne svar",
        "eit kortsvarsspørsmål; kiosken har ingen skrivne svar",
        "a short-answer question; the kiosk has no typed answers"},
    [QK_D_X_SHORT] = {
        "gjør det til et flervalgsspørsmål: det riktige svaret med = og de gale med ~",
        "gjer det til eit fleirvalsspørsmål: det rette svaret med = og dei gale med ~",
        "make it a choice question: the right answer with = and wrong ones with ~"},
    [QK_D_R_SHORT_TF] = {
        "et kortsvarsspørsmål: {%.*s} er ikke sant/usant, som Moodle bare skriver med store "
        "bokstaver ({T} {TRUE} {F} {FALSE})",
        "eit kortsvarsspørsmål: {%.*s} er ikkje sant/usant, som Moodle berre skriv med store "
        "bokstavar ({T} {TRUE} {F} {FALSE})",
        "a short-answer question: {%.*s} is not true/false, which Moodle writes in capitals "
        "only ({T} {TRUE} {F} {FALSE})"},
    [QK_D_X_SHORT_TF] = {
        "skriv {TRUE} eller {FALSE} med store bokstaver",
        "skriv {TRUE} eller {FALSE} med store bokstavar",
        "write {TRUE} or {FALSE} in capitals"},
    [QK_D_R_NO_TEXT] = {
        "uten spørsmålstekst",
        "utan spørsmålstekst",
        "without a question text"},
    [QK_D_X_NO_TEXT] = {
        "skriv teksten til spørsmålet i kilden",
        "skriv teksten til spørsmålet i kjelda",
        "write the question's text in the source"},
    [QK_D_R_TEXT_LONG] = {
        "på %zu byte; kioskens grense for en spørsmålstekst er %u",
        "på %zu byte; grensa i kiosken for ein spørsmålstekst er %u",
        "%zu bytes long; the kiosk's limit for a question text is %u"},
    [QK_D_X_TEXT_LONG] = {
        "kort ned teksten i kilden, eller del opp spørsmålet",
        "kort ned teksten i kjelda, eller del opp spørsmålet",
        "shorten it in the source, or split it"},
    [QK_D_R_FEEDBACK_LONG] = {
        "forklart med %zu byte; kioskens grense er %u",
        "forklart med %zu byte; grensa i kiosken er %u",
        "explained in %zu bytes; the kiosk's limit is %u"},
    [QK_D_X_FEEDBACK_LONG] = {
        "kort ned tilbakemeldingen i kilden",
        "kort ned tilbakemeldinga i kjelda",
        "shorten its feedback in the source"},
    [QK_D_R_TOO_MANY] = {
        "et spørsmål med %zu %@; kiosken viser høyst %d",
        "eit spørsmål med %zu %@; kiosken viser høgst %d",
        "a question with %zu %@; the kiosk shows at most %d"},
    [QK_D_X_TOO_MANY] = {
        "fjern noen i kilden, eller del opp spørsmålet",
        "fjern nokre i kjelda, eller del opp spørsmålet",
        "remove some in the source, or split the question"},
    [QK_D_R_TOO_FEW] = {
        "et spørsmål med færre enn 2 svar",
        "eit spørsmål med færre enn 2 svar",
        "a question with fewer than 2 answers"},
    [QK_D_X_TOO_FEW] = {
        "legg til svar i kilden",
        "legg til svar i kjelda",
        "add answers in the source"},
    [QK_D_R_EMPTY_ANSWER] = {
        "et spørsmål med et tomt svar",
        "eit spørsmål med eit tomt svar",
        "a question with an empty answer"},
    [QK_D_X_EMPTY_ANSWER] = {
        "skriv teksten til svaret i kilden",
        "skriv teksten til svaret i kjelda",
        "write the answer's text in the source"},
    [QK_D_R_ANSWER_LONG] = {
        "et spørsmål med et svar på %zu byte; kioskens grense er %u",
        "eit spørsmål med eit svar på %zu byte; grensa i kiosken er %u",
        "a question with an answer of %zu bytes; the kiosk's limit is %u"},
    [QK_D_X_ANSWER_LONG] = {
        "kort ned svaret i kilden",
        "kort ned svaret i kjelda",
        "shorten the answer in the source"},
    [QK_D_R_ITEM_TWICE] = {
        "et sammenkoblingsspørsmål med samme element to ganger",
        "eit parspørsmål med same element to gonger",
        "a matching question with the same item twice"},
    [QK_D_X_ITEM_TWICE] = {
        "gjør elementene ulike i kilden",
        "gjer elementa ulike i kjelda",
        "make the items differ in the source"},
    [QK_D_R_TARGET_LONG] = {
        "et sammenkoblingsspørsmål med et svar lengre enn 300 byte",
        "eit parspørsmål med eit svar lengre enn 300 byte",
        "a matching question with an answer longer than 300 bytes"},
    [QK_D_X_TARGET_LONG] = {
        "kort det ned i kilden",
        "kort det ned i kjelda",
        "shorten it in the source"},
    [QK_D_R_ONE_TOO_MANY] = {
        "ett for mye: et sett har høyst 100000 spørsmål",
        "eitt for mykje: eit sett har høgst 100000 spørsmål",
        "one too many: a set holds at most 100000 questions"},
    [QK_D_R_CATEGORY_51] = {
        "i kategori nummer 51",
        "i kategori nummer 51",
        "in category number 51"},
    [QK_D_X_REST_ELSEWHERE] = {
        "importer resten til et annet sett",
        "importer resten til eit anna sett",
        "import the rest into another set"},
    [QK_D_X_ROUNDS_ELSEWHERE] = {
        "et sett har høyst 50 runder: importer resten til et annet sett",
        "eit sett har høgst 50 rundar: importer resten til eit anna sett",
        "a set holds at most 50 rounds: import the rest into another set"},
    [QK_D_GIFT_PARTIAL_DROPPED] = {
        "spørsmålet «%s»: delvektene (~%%N%%) ved siden av =-svaret forsvinner: kiosken gir "
        "poeng bare for det riktige svaret",
        "spørsmålet «%s»: delvektene (~%%N%%) ved sida av =-svaret forsvinn: kiosken gjev "
        "poeng berre for det rette svaret",
        "question \"%s\": the partial weights (~%%N%%) next to its = answer are dropped: the "
        "kiosk gives points for the right answer only"},
    [QK_D_GIFT_WEIGHTS_SUM] = {
        "spørsmålet «%s»: vektene til de riktige svarene blir til sammen %g%%, ikke 100%% "
        "slik Moodle venter; kiosken regner hvert svar med positiv vekt som riktig",
        "spørsmålet «%s»: vektene til dei rette svara blir til saman %g%%, ikkje 100%% slik "
        "Moodle ventar; kiosken reknar kvart svar med positiv vekt som rett",
        "question \"%s\": the weights of its right answers add up to %g%%, not 100%% as "
        "Moodle expects; the kiosk counts every answer with a positive weight as right"},
    [QK_D_GIFT_PAIR_NO_ANSWER] = {
        "spørsmålet «%s»: paret «%s ->» har ikke noe svar etter ->: utelatt (skriv =element "
        "-> svar; Moodle advarer også om det)",
        "spørsmålet «%s»: paret «%s ->» har ikkje noko svar etter ->: ikkje teke med (skriv "
        "=element -> svar; Moodle åtvarar også om det)",
        "question \"%s\": the pair \"%s ->\" has no answer after ->: left out (write =item "
        "-> answer; Moodle warns about it too)"},
    [QK_D_GIFT_EXTRA_ANSWERS] = {
        "spørsmålet «%s»: ekstra svar uten element (= -> svar) er utelatt (%zu): hver "
        "kategori i kiosken trenger et element",
        "spørsmålet «%s»: ekstra svar utan element (= -> svar) er ikkje tekne med (%zu): "
        "kvar kategori i kiosken treng eit element",
        "question \"%s\": extra answer(s) without an item (= -> answer) left out (%zu): each "
        "of the kiosk\'s categories needs an item"},
    [QK_D_GIFT_CATEGORY_LINES] = {
        "linjene etter $CATEGORY: hører til navnet på kategorien, som i Moodle (ingen "
        "spørsmål blir lest fra dem): sett inn en tom linje etter $CATEGORY:-linja",
        "linjene etter $CATEGORY: høyrer til namnet på kategorien, som i Moodle (ingen "
        "spørsmål blir lesne frå dei): set inn ei tom linje etter $CATEGORY:-linja",
        "the lines after $CATEGORY: belong to the category's name, as in Moodle (no question "
        "is read from them): put a blank line after the $CATEGORY: line"},
    [QK_D_GIFT_CATEGORY_LONG] = {
        "kategorien «%s» er på %zu byte; tittelen til en runde har plass til %u: kuttet (gi "
        "den et kortere navn)",
        "kategorien «%s» er på %zu byte; tittelen til ein runde har plass til %u: kutta (gje "
        "han eit kortare namn)",
        "the category \"%s\" is %zu bytes long; a round\'s title holds %u: cut short (give "
        "it a shorter name)"},
    [QK_D_GIFT_ORDER_NOT_EXPORTED] = {
        "spørsmålet \"%s\" er et rekkefølgespørsmål, som GIFT ikke kan holde: ikke "
        "eksportert (gjør det om til et sammenkoblings- eller flervalgsspørsmål i Moodle for "
        "hånd)",
        "spørsmålet \"%s\" er eit rekkjefølgjespørsmål, som GIFT ikkje kan halde: ikkje "
        "eksportert (gjer det om til eit par- eller fleirvalsspørsmål i Moodle for hand)",
        "question \"%s\" is an order question, which GIFT cannot hold: not exported (make it "
        "a matching or choice question in Moodle by hand)"},
    [QK_D_GIFT_FEW_ANSWERS] = {
        "spørsmålet «%s» har for få svar (%zu): et flervalgsspørsmål trenger minst 2 (Moodle "
        "avviser det); legg til svar med = (riktig) og ~ (galt)",
        "spørsmålet «%s» har for få svar (%zu): eit fleirvalsspørsmål treng minst 2 (Moodle "
        "avviser det); legg til svar med = (rett) og ~ (gale)",
        "question \"%s\" has too few answers (%zu): a choice question needs at least 2 "
        "(Moodle refuses it); add answers with = (right) and ~ (wrong)"},
    [QK_D_GIFT_PAIR_NO_ARROW] = {
        "spørsmålet «%s»: et par har ingen ->: skriv hvert par som =element -> svar (Moodle "
        "avviser spørsmålet)",
        "spørsmålet «%s»: eit par har ingen ->: skriv kvart par som =element -> svar (Moodle "
        "avviser spørsmålet)",
        "question \"%s\": a matching pair has no ->: write each pair as =item -> answer "
        "(Moodle refuses the question)"},
    [QK_D_GIFT_FEW_PAIRS] = {
        "spørsmålet «%s» har for få par (%zu): Moodle trenger minst 2, hvert som =element -> "
        "svar",
        "spørsmålet «%s» har for få par (%zu): Moodle treng minst 2, kvart som =element -> "
        "svar",
        "question \"%s\" has too few matching pairs (%zu): Moodle needs at least 2, each "
        "=item -> answer"},
    [QK_D_GIFT_BRACES] = {
        "spørsmålet «%s»: %@: svarene til et spørsmål står mellom { og } (skriv \\{ eller "
        "\\} for en krøllparentes i teksten)",
        "spørsmålet «%s»: %@: svara til eit spørsmål står mellom { og } (skriv \\{ eller \\} "
        "for ein krøllparentes i teksten)",
        "question \"%s\": %@: a question\'s answers go between { and } (write \\{ or \\} for "
        "a brace in the text)"},
    [QK_D_W_CLOSE_NO_OPEN] = {
        "en } uten { foran",
        "ein } utan { framfor",
        "a } with no { before it"},
    [QK_D_W_OPEN_NO_CLOSE] = {
        "en { uten }",
        "ein { utan }",
        "a { with no }"},
    [QK_D_W_CLOSE_BEFORE_OPEN] = {
        "en } før {",
        "ein } før {",
        "a } before the {"},
    [QK_D_AIKEN_CHOICE_OUTSIDE] = {
        "et svaralternativ (%c%c) utenfor et spørsmål: et spørsmål er teksten på én linje, "
        "så alternativene, så ANSWER:",
        "eit svaralternativ (%c%c) utanfor eit spørsmål: eit spørsmål er teksten på éi "
        "linje, så svaralternativa, så ANSWER:",
        "a choice (%c%c) outside a question: a question is its text on one line, then its "
        "choices, then ANSWER:"},
    [QK_D_AIKEN_ANSWER_OUTSIDE] = {
        "ANSWER: utenfor et spørsmål: et spørsmål er teksten på én linje, så alternativene, "
        "så ANSWER:",
        "ANSWER: utanfor eit spørsmål: eit spørsmål er teksten på éi linje, så "
        "svaralternativa, så ANSWER:",
        "ANSWER: outside a question: a question is its text on one line, then its choices, "
        "then ANSWER:"},
    [QK_D_AIKEN_FEW_CHOICES] = {
        "spørsmålet «%s» har for få svaralternativ (%zu): Moodle trenger minst 2 (A) ... B) "
        "...) før ANSWER:",
        "spørsmålet «%s» har for få svaralternativ (%zu): Moodle treng minst 2 (A) ... B) "
        "...) før ANSWER:",
        "question \"%s\" has too few choices (%zu): Moodle needs at least 2 (A) ... B) ...) "
        "before ANSWER:"},
    [QK_D_AIKEN_BAD_ANSWER] = {
        "ANSWER: %.*s er ikke et svaralternativ i spørsmålet «%s»: skriv bokstaven til ett "
        "av de %zu alternativene, A til %c, med stor bokstav",
        "ANSWER: %.*s er ikkje eit svaralternativ i spørsmålet «%s»: skriv bokstaven til "
        "eitt av dei %zu svaralternativa, A til %c, med stor bokstav",
        "ANSWER: %.*s does not name a choice of question \"%s\": write the letter of one of "
        "its %zu choices, A to %c, in capitals"},
    [QK_D_AIKEN_NO_ANSWER] = {
        "spørsmålet «%s» har ingen ANSWER:-linje før neste spørsmål på linje %d (Moodle "
        "dropper det): legg til ANSWER: og den riktige bokstaven",
        "spørsmålet «%s» manglar ANSWER:-linje før neste spørsmål på linje %d (Moodle "
        "droppar det): legg til ANSWER: og den rette bokstaven",
        "question \"%s\" has no ANSWER: line before the next question at line %d (Moodle "
        "drops it): add ANSWER: and the right letter"},
    [QK_D_AIKEN_NO_ANSWER_CASE] = {
        "spørsmålet «%s» har ingen ANSWER:-linje før neste spørsmål på linje %d (Moodle "
        "dropper det): legg til ANSWER: og den riktige bokstaven (ANSWER: med store "
        "bokstaver)",
        "spørsmålet «%s» manglar ANSWER:-linje før neste spørsmål på linje %d (Moodle "
        "droppar det): legg til ANSWER: og den rette bokstaven (ANSWER: med store bokstavar)",
        "question \"%s\" has no ANSWER: line before the next question at line %d (Moodle "
        "drops it): add ANSWER: and the right letter (ANSWER: in capitals)"},
    [QK_D_AIKEN_NO_ANSWER_END] = {
        "spørsmålet «%s» har ingen ANSWER:-linje før slutten av fila: legg til ANSWER: og "
        "den riktige bokstaven",
        "spørsmålet «%s» manglar ANSWER:-linje før slutten av fila: legg til ANSWER: og den "
        "rette bokstaven",
        "question \"%s\" has no ANSWER: line before the end of the file: add ANSWER: and the "
        "right letter"},
    [QK_D_NO_FEEDBACK] = {
        "spørsmålet «%s» har ingen tilbakemelding: importen skrev forklaringen «%s»; skriv "
        "din egen (forklaringen er det deltakerne lærer av)",
        "spørsmålet «%s» har inga tilbakemelding: importen skreiv forklaringa «%s»; skriv di "
        "eiga (forklaringa er det deltakarane lærer av)",
        "question \"%s\" has no feedback: the importer wrote the explanation \"%s\"; write "
        "your own (the explanation is what participants learn from)"},
    [QK_D_INT_NOT_FIT_NAMED] = {
        "'%s' er %.*s, som ikke passer i en innstilling for heltall; bruk et tall innenfor "
        "området til innstillingen",
        "'%s' er %.*s, som ikkje passar i ei innstilling for heiltal; bruk eit tal innanfor "
        "området til innstillinga",
        "'%s' is %.*s, which does not fit a whole number setting; use a number in the "
        "setting's range"},
    [QK_D_INT_NOT_FIT] = {
        "tallet %.*s passer ikke i en innstilling for heltall; bruk et tall innenfor området "
        "til innstillingen",
        "talet %.*s passar ikkje i ei innstilling for heiltal; bruk eit tal innanfor området "
        "til innstillinga",
        "the number %.*s does not fit a whole number setting; use a number in the setting's "
        "range"},
    [QK_D_ST_CANNOT_OPEN] = {
        "kan ikke åpne stasjonsfila: %s; sjekk stien og tilgangene til fila",
        "kan ikkje opne stasjonsfila: %s; sjekk stien og tilgangane til fila",
        "cannot open the station file: %s; check the path and its permissions"},
    [QK_D_ST_IS_FOLDER] = {
        "dette er en mappe; oppgi selve stasjonsfila (f.eks. station.cfg)",
        "dette er ei mappe; gje sjølve stasjonsfila (t.d. station.cfg)",
        "this is a folder; give the station file itself (e.g. station.cfg)"},
    [QK_D_ST_OOM] = {
        "ikke nok minne til å lese stasjonsfila",
        "ikkje nok minne til å lese stasjonsfila",
        "out of memory reading the station file"},
    [QK_D_ST_CANNOT_READ] = {
        "kan ikke lese stasjonsfila: %s",
        "kan ikkje lese stasjonsfila: %s",
        "cannot read the station file: %s"},
    [QK_D_ST_TOO_BIG] = {
        "stasjonsfila er større enn %u KiB; er dette riktig fil?",
        "stasjonsfila er større enn %u KiB; er dette rett fil?",
        "the station file is larger than %u KiB; is this the right file?"},
    [QK_D_ST_NUL] = {
        "fila inneholder en NUL-byte; lagre den som vanlig UTF-8-tekst",
        "fila inneheld ein NUL-byte; lagre ho som vanleg UTF-8-tekst",
        "the file contains a NUL byte; save it as plain UTF-8 text"},
    [QK_D_ST_INCLUDE] = {
        "@include er ikke tillatt i en stasjonsfil; skriv innstillingene i denne fila i "
        "stedet",
        "@include er ikkje tillate i ei stasjonsfil; skriv innstillingane i denne fila i "
        "staden",
        "@include is not allowed in a station file; write the settings in this file instead"},
    [QK_D_ST_WRONG_TYPE] = {
        "'%s' må være %@, ikke %@; for eksempel: %s",
        "'%s' må vere %@, ikkje %@; til dømes: %s",
        "'%s' must be %@, not %@; for example: %s"},
    [QK_D_T_ROUND_IDS] = {
        "en liste med runde-id-er",
        "ei liste med runde-id-ar",
        "a list of round ids"},
    [QK_D_T_BOOL_BARE] = {
        "true eller false (uten anførselstegn)",
        "true eller false (utan hermeteikn)",
        "true or false (without quotes)"},
    [QK_D_T_OTHER] = {
        "noe annet",
        "noko anna",
        "something else"},
    [QK_D_W_OR] = {
        " eller ",
        " eller ",
        " or "},
    [QK_D_ST_ROUND_NOT_STRING] = {
        "'rounds' punkt %d må være en runde-id i anførselstegn; for eksempel: %s",
        "'rounds' punkt %d må vere ein runde-id i hermeteikn; til dømes: %s",
        "'rounds' item %d must be a round id in quotes; for example: %s"},
    [QK_D_ST_ROUND_NOT_ID] = {
        "'rounds' punkt %d (\"%s\") er ikke en runde-id: bruk id-en til en runde i settet "
        "(bokstaver, sifre, - og _)",
        "'rounds' punkt %d (\"%s\") er ikkje ein runde-id: bruk id-en til ein runde i settet "
        "(bokstavar, siffer, - og _)",
        "'rounds' item %d (\"%s\") is not a round id: use the id of a round in the set "
        "(letters, digits, - and _)"},
    [QK_D_ST_ROUND_TWICE] = {
        "'rounds' nevner \"%s\" to ganger; før opp hver runde én gang",
        "'rounds' nemner \"%s\" to gonger; før opp kvar runde éin gong",
        "'rounds' names \"%s\" twice; list each round once"},
    [QK_D_ST_SERVER_URI] = {
        "'results_server' må være en PostgreSQL-tilkoblings-URI som starter med "
        "postgresql://; for eksempel: results_server = "
        "\"postgresql://quizkiosk@db.example.no/quizkiosk?sslmode=verify-full\";",
        "'results_server' må vere ein PostgreSQL-tilkoplings-URI som byrjar med "
        "postgresql://; til dømes: results_server = "
        "\"postgresql://quizkiosk@db.example.no/quizkiosk?sslmode=verify-full\";",
        "'results_server' must be a PostgreSQL connection URI starting with postgresql://; "
        "for example: results_server = "
        "\"postgresql://quizkiosk@db.example.no/quizkiosk?sslmode=verify-full\";"},
    [QK_D_ST_SERVER_PASSWORD] = {
        "'results_server' inneholder et passord, og stasjonsfila kan leses av alle: ta "
        "passordet ut, og legg det i en fil som bare kioskens bruker kan lese, oppgitt i "
        "results_server_password_file (se docs/fleet.md)",
        "'results_server' inneheld eit passord, og stasjonsfila kan lesast av alle: ta "
        "passordet ut, og legg det i ei fil som berre brukaren til kiosken kan lese, gjeven "
        "i results_server_password_file (sjå docs/fleet.md)",
        "'results_server' holds a password, and the station file can be read by anyone: take "
        "the password out of it and put it in a file readable only by the kiosk's user, "
        "named by results_server_password_file (see docs/fleet.md)"},
    [QK_D_ST_UNKNOWN_NEAR] = {
        "ukjent innstilling '%s': mente du '%s'?",
        "ukjend innstilling '%s': meinte du '%s'?",
        "unknown setting '%s': did you mean '%s'?"},
    [QK_D_ST_UNKNOWN] = {
        "ukjent innstilling '%s'; sjekk stavemåten (stasjonsfila kjenner: %s)",
        "ukjend innstilling '%s'; sjekk stavemåten (stasjonsfila kjenner: %s)",
        "unknown setting '%s'; check the spelling (the station file knows: %s)"},
    [QK_D_ST_RANGE] = {
        "'%s' er %lld; bruk et tall fra %d til %d",
        "'%s' er %lld; bruk eit tal frå %d til %d",
        "'%s' is %lld; use a number from %d to %d"},
    [QK_D_ST_RANGE_SECONDS] = {
        "'%s' er %lld; bruk et tall fra %d til %d (sekunder)",
        "'%s' er %lld; bruk eit tal frå %d til %d (sekund)",
        "'%s' is %lld; use a number from %d to %d (seconds)"},
    [QK_D_ST_CHOICE] = {
        "'%s' er \"%s\"; bruk %&",
        "'%s' er \"%s\"; bruk %&",
        "'%s' is \"%s\"; use %&"},
    [QK_D_ST_STRING] = {
        "'%s' må være 1 til %u tegn på én linje; for eksempel: %s",
        "'%s' må vere 1 til %u teikn på éi linje; til dømes: %s",
        "'%s' must be 1 to %u characters on one line; for example: %s"},
    [QK_D_ST_SET_ID] = {
        "'%s' er \"%s\", som ikke er en sett-id; bruk id = \"...\" til et sett i "
        "quizzes-mappa (bokstaver, sifre, - og _)",
        "'%s' er \"%s\", som ikkje er ein sett-id; bruk id = \"...\" til eit sett i "
        "quizzes-mappa (bokstavar, siffer, - og _)",
        "'%s' is \"%s\", which is not a set id; use the id = \"...\" of a set in the quizzes "
        "folder (letters, digits, - and _)"},
    [QK_D_ST_LANGUAGE] = {
        "'language' er \"%s\"; bruk \"nb\" (bokmål), \"nn\" (nynorsk) eller \"en\" (engelsk)",
        "'language' er \"%s\"; bruk \"nb\" (bokmål), \"nn\" (nynorsk) eller \"en\" (engelsk)",
        "'language' is \"%s\"; use \"nb\" (bokmål), \"nn\" (nynorsk) or \"en\" (English)"},
    [QK_D_ST_PIN_HASH] = {
        "'trainer_pin_hash' er ikke en PIN-hash; kjør 'quizkiosk --hash-pin', skriv "
        "PIN-koden, og lim inn linja den skriver ut her (aldri selve PIN-koden)",
        "'trainer_pin_hash' er ikkje ein PIN-hash; køyr 'quizkiosk --hash-pin', skriv "
        "PIN-koden, og lim inn linja han skriv ut her (aldri sjølve PIN-koden)",
        "'trainer_pin_hash' is not a PIN hash; run 'quizkiosk --hash-pin', type the PIN, and "
        "paste the line it prints here (never the PIN itself)"},
    [QK_D_ST_PATH] = {
        "'%s' må være en sti; for eksempel: %s",
        "'%s' må vere ein sti; til dømes: %s",
        "'%s' must be a path; for example: %s"},
    [QK_D_ST_PATH_FONT] = {
        "'%s' må være en sti; for eksempel: %s (eller utelat font for å finne en skrift)",
        "'%s' må vere ein sti; til dømes: %s (eller sløyf font for å finne ei skrift)",
        "'%s' must be a path; for example: %s (or leave it out to find one)"},
    [QK_D_ST_SYNTAX] = {
        "%&; sjekk denne linja og den før for et manglende anførselstegn, '=', ';' eller en "
        "parentes",
        "%&; sjekk denne linja og den før for eit manglande hermeteikn, '=', ';' eller ein "
        "parentes",
        "%&; check this line and the one before for a missing quote, '=', ';' or bracket"},
    [QK_D_ST_NO_PIN] = {
        "ingen trainer_pin_hash: trenermenyen åpnes med standard-PIN-koden (se "
        "docs/station.md); lag din egen med 'quizkiosk --hash-pin'",
        "ingen trainer_pin_hash: trenarmenyen blir opna med standard-PIN-koden (sjå "
        "docs/station.md); lag din eigen med 'quizkiosk --hash-pin'",
        "no trainer_pin_hash: the trainer menu opens with the default PIN (see "
        "docs/station.md); make your own with 'quizkiosk --hash-pin'"},
    [QK_D_ST_EXAMPLE_PIN] = {
        "trainer_pin_hash er fortsatt eksempelet fra docs/station.md, så trener-PIN-koden er "
        "1234, som alle kan lese der; lag din egen med 'quizkiosk --hash-pin'",
        "trainer_pin_hash er framleis dømet frå docs/station.md, så trenar-PIN-koden er "
        "1234, som alle kan lese der; lag din eigen med 'quizkiosk --hash-pin'",
        "trainer_pin_hash is still the example from docs/station.md, so the trainer PIN is "
        "1234, which anyone can read there; make your own with 'quizkiosk --hash-pin'"},
    [QK_D_ST_NO_FILE] = {
        "fant ingen stasjonsfil; kjører med innebygde standardverdier og standard-PIN-koden "
        "for treneren (se docs/station.md)",
        "fann inga stasjonsfil; køyrer med innebygde standardverdiar og standard-PIN-koden "
        "for trenaren (sjå docs/station.md)",
        "no station file found; running on built-in defaults with the default trainer PIN "
        "(see docs/station.md)"},
    [QK_D_CC_NO_FOLDER] = {
        "stasjonen ville ikke starte: quizzes-mappa %s finnes ikke (%s); opprett den og legg "
        "spørsmålssettene der, eller rett quizzes_dir",
        "stasjonen ville ikkje starte: quizzes-mappa %s finst ikkje (%s); opprett ho og legg "
        "spørsmålssetta der, eller rett quizzes_dir",
        "the station would not start: the quizzes folder %s does not exist (%s); create it "
        "and put the question sets there, or fix quizzes_dir"},
    [QK_D_CC_NOT_FOLDER] = {
        "stasjonen ville ikke starte: quizzes_dir %s er en fil, ikke en mappe; oppgi mappa "
        "spørsmålssettene ligger i",
        "stasjonen ville ikkje starte: quizzes_dir %s er ei fil, ikkje ei mappe; gje mappa "
        "spørsmålssetta ligg i",
        "the station would not start: quizzes_dir %s is a file, not a folder; give the "
        "folder the question sets are in"},
    [QK_D_CC_FOLDER_UNREADABLE] = {
        "stasjonen ville ikke starte: quizzes-mappa %s kan ikke leses (%s); sjekk tilgangene "
        "(kioskens bruker må kunne lese den)",
        "stasjonen ville ikkje starte: quizzes-mappa %s kan ikkje lesast (%s); sjekk "
        "tilgangane (brukaren til kiosken må kunne lese ho)",
        "the station would not start: the quizzes folder %s cannot be read (%s); check its "
        "permissions (the kiosk's user must be able to read it)"},
    [QK_D_CC_FONT] = {
        "stasjonen ville ikke starte: skrifta %s kan ikke leses (%s); rett stien, eller "
        "utelat font for å bruke systemets",
        "stasjonen ville ikkje starte: skrifta %s kan ikkje lesast (%s); rett stien, eller "
        "sløyf font for å bruke skrifta til systemet",
        "the station would not start: the font %s cannot be read (%s); fix the path, or "
        "leave font out to use the system's"},
    [QK_D_CC_NO_VALID_SET] = {
        "stasjonen ville ikke starte: ingen gyldige spørsmålssett i %s (sjekk dem med "
        "quizkiosk --check)",
        "stasjonen ville ikkje starte: ingen gyldige spørsmålssett i %s (sjekk dei med "
        "quizkiosk --check)",
        "the station would not start: no valid question set in %s (check them with quizkiosk "
        "--check)"},
    [QK_D_CC_SET_SKIPPED] = {
        "settet %s har feil og ville blitt hoppet over; kjør quizkiosk --check på det",
        "settet %s har feil og ville vorte hoppa over; køyr quizkiosk --check på det",
        "the set %s has errors and would be skipped; run quizkiosk --check on it"},
    [QK_D_CC_ACTIVE_MISSING] = {
        "active_set \"%s\" er ikke et gyldig sett i %s; bruk ett av: %s",
        "active_set \"%s\" er ikkje eit gyldig sett i %s; bruk eitt av: %s",
        "active_set \"%s\" is not a valid set in %s; use one of: %s"},
    [QK_D_CC_ROUND_MISSING] = {
        "'rounds' nevner \"%s\", som settet \"%s\" ikke har",
        "'rounds' nemner \"%s\", som settet \"%s\" ikkje har",
        "'rounds' names \"%s\", which the set \"%s\" does not have"},
    [QK_D_CC_PIN_1234] = {
        "trainer_pin_hash er hashen av 1234, PIN-koden i dokumentasjonen; lag din egen med "
        "'quizkiosk --hash-pin'",
        "trainer_pin_hash er hashen av 1234, PIN-koden i dokumentasjonen; lag din eigen med "
        "'quizkiosk --hash-pin'",
        "trainer_pin_hash is the hash of 1234, the PIN in the documentation; make your own "
        "with 'quizkiosk --hash-pin'"},
    [QK_D_CC_PW_NO_SERVER] = {
        "results_server_password_file er satt, men ikke results_server, så ingenting "
        "sendes videre; sett results_server også (se docs/fleet.md)",
        "results_server_password_file er sett, men ikkje results_server, så ingenting "
        "vert sendt vidare; set results_server òg (sjå docs/fleet.md)",
        "results_server_password_file is set but results_server is not, so nothing is "
        "forwarded; set results_server too (see docs/fleet.md)"},
    [QK_D_CC_PW_MISSING] = {
        "results_server_password_file %s: %s; skriv passordet til serveren på første linje, "
        "og gi fila til kioskens bruker med chmod 600",
        "results_server_password_file %s: %s; skriv passordet til serveren på første linja, "
        "og gje fila til brukaren til kiosken med chmod 600",
        "results_server_password_file %s: %s; put the server's password on its first line, "
        "then chown it to the kiosk's user and chmod 600"},
    [QK_D_CC_PW_NOT_FILE] = {
        "results_server_password_file %s er ikke en vanlig fil",
        "results_server_password_file %s er ikkje ei vanleg fil",
        "results_server_password_file %s is not a regular file"},
    [QK_D_CC_PW_OPEN] = {
        "results_server_password_file %s kan leses eller skrives av gruppe eller andre "
        "(modus %03o), og kiosken avviser den: chmod 600 %s",
        "results_server_password_file %s kan lesast eller skrivast av gruppe eller andre "
        "(modus %03o), og kiosken avviser henne: chmod 600 %s",
        "results_server_password_file %s can be read or written by group or others "
        "(mode %03o), and the kiosk refuses it: chmod 600 %s"},
    [QK_D_CC_SUM_NO_FOLDER] = {
        "ingen quizzes-mappe",
        "inga quizzes-mappe",
        "no quizzes folder"},
    [QK_D_CC_SUM_NO_SET] = {
        "ingen gyldige sett i %s",
        "ingen gyldige sett i %s",
        "no valid set in %s"},
    [QK_D_CC_SUM] = {
        "%& i %s, %zu ugyldige; aktivt sett \"%s\"",
        "%& i %s, %zu ugyldige; aktivt sett \"%s\"",
        "%& in %s, %zu invalid; active set \"%s\""},
    [QK_D_C_VALID_SET] = {
        "1 gyldig sett",
        "1 gyldig sett",
        "1 valid set"},
    [QK_D_C_VALID_SETS] = {
        "%zu gyldige sett",
        "%zu gyldige sett",
        "%zu valid sets"},
    [QK_D_CC_OK] = {
        "%s: ok (stasjon \"%s\"; %&; resultater i %s)",
        "%s: ok (stasjon \"%s\"; %&; resultat i %s)",
        "%s: ok (station \"%s\"; %&; results in %s)"},
    [QK_D_CC_ERRORS] = {
        "%s: %&",
        "%s: %&",
        "%s: %&"},
    [QK_D_CAT_CANNOT_READ] = {
        "kan ikke lese quizzes-mappa: %s; sjekk quizzes_dir i stasjonsfila (se "
        "docs/station.md)",
        "kan ikkje lese quizzes-mappa: %s; sjekk quizzes_dir i stasjonsfila (sjå "
        "docs/station.md)",
        "cannot read the quizzes folder: %s; check quizzes_dir in the station file (see "
        "docs/station.md)"},
    [QK_D_CAT_CHOICE_UNREADABLE] = {
        "kan ikke lese det lagrede valget av sett: %s; velg settet på nytt i trenermenyen",
        "kan ikkje lese det lagra valet av sett: %s; vel settet på nytt i trenarmenyen",
        "cannot read the saved choice of set: %s; choose the set again in the trainer menu"},
    [QK_D_CAT_CHOICE_BAD] = {
        "det lagrede valget av sett er ikke en sett-id; det blir oversett (velg settet på "
        "nytt i trenermenyen)",
        "det lagra valet av sett er ikkje ein sett-id; det blir oversett (vel settet på nytt "
        "i trenarmenyen)",
        "the saved choice of set is not a set id; it is ignored (choose the set again in the "
        "trainer menu)"},
    [QK_D_CAT_CHOICE_UNSAVED] = {
        "kan ikke lagre valget av sett: %s; det gjelder til programmet stopper (sjekk at "
        "resultatmappa er skrivbar)",
        "kan ikkje lagre valet av sett: %s; det gjeld til programmet stoppar (sjekk at "
        "resultatmappa kan skrivast til)",
        "cannot save the choice of set: %s; it applies until the program stops (check that "
        "the results folder is writable)"},
    [QK_D_CAT_MENU_CHOICE_MISSING] = {
        "settet '%s' som ble valgt i trenermenyen, er ikke blant de gyldige settene i denne "
        "mappa",
        "settet '%s' som vart valt i trenarmenyen, er ikkje blant dei gyldige setta i denne "
        "mappa",
        "the set '%s' chosen in the trainer menu is not among the valid sets in this folder"},
    [QK_D_CAT_ACTIVE_MISSING] = {
        "active_set '%s' er ikke blant de gyldige settene i %s",
        "active_set '%s' er ikkje blant dei gyldige setta i %s",
        "active_set '%s' is not among the valid sets in %s"},
    [QK_D_CAT_W_MENU] = {
        "valgt i trenermenyen",
        "valt i trenarmenyen",
        "chosen in the trainer menu"},
    [QK_D_CAT_W_STATION] = {
        "oppgitt i stasjonsfila",
        "gjeve i stasjonsfila",
        "named in the station file"},
    [QK_D_CAT_W_BEFORE] = {
        "som stasjonen kjørte før",
        "som stasjonen køyrde før",
        "the station ran before"},
    [QK_D_CAT_NOTE_MISSING] = {
        "Fant ikke settet %s, eller det er ugyldig; kjører '%s' i stedet.",
        "Fann ikkje settet %s, eller det er ugyldig; køyrer '%s' i staden.",
        "The set %s was not found or is invalid; running '%s' instead."},
    [QK_D_CAT_RUNNING_INSTEAD] = {
        "kjører settet '%s' i stedet",
        "køyrer settet '%s' i staden",
        "running the set '%s' instead"},
    [QK_D_CAT_KEPT] = {
        "det aktive settet '%s' er borte fra denne mappa eller har feil nå; stasjonen "
        "beholder versjonen den lastet før",
        "det aktive settet '%s' er borte frå denne mappa eller har feil no; stasjonen held "
        "fram med versjonen han lasta før",
        "the active set '%s' is gone from this folder or has errors now; the station keeps "
        "the version it loaded before"},
    [QK_D_CAT_ID_TWICE] = {
        "sett-id-en '%s' er alt brukt av %s; gi hvert sett sin egen id",
        "sett-id-en '%s' er alt brukt av %s; gje kvart sett sin eigen id",
        "the set id '%s' is already used by %s; give each set its own id"},
    [QK_D_CAT_ANOTHER] = {
        "et annet sett",
        "eit anna sett",
        "another set"},
    [QK_D_CAT_NO_SETS] = {
        "ingen spørsmålssett (*.cfg-filer) i denne mappa; legg minst ett der, eller pek "
        "quizzes_dir i stasjonsfila på riktig mappe",
        "ingen spørsmålssett (*.cfg-filer) i denne mappa; legg minst eitt der, eller peik "
        "quizzes_dir i stasjonsfila på rett mappe",
        "no question sets (*.cfg files) in this folder; put at least one there, or point "
        "quizzes_dir in the station file at the right folder"},
    [QK_D_CAT_NONE_VALID] = {
        "ingen av de %zu spørsmålssettene her er gyldige (feilene står over); rett ett med "
        "'quizkiosk --check FILE'",
        "ingen av dei %zu spørsmålssetta her er gyldige (feila står over); rett eitt med "
        "'quizkiosk --check FILE'",
        "none of the %zu question sets here is valid (the errors are listed above); fix one "
        "with 'quizkiosk --check FILE'"},
    [QK_D_CAT_RELOAD_NONE] = {
        "ny innlesing fant ingen gyldige sett; settene som var lastet før, blir brukt videre",
        "ny innlesing fann ingen gyldige sett; setta som var lasta før, blir brukte vidare",
        "reload found no valid set; the sets loaded before stay in use"},
    [QK_D_INS_PICTURE] = {
        "bildet \"%s\" fulgte ikke med settet: publiser det på nytt med bildene",
        "biletet \"%s\" følgde ikkje med settet: publiser det på nytt med bileta",
        "picture \"%s\" did not come with the set: publish it again with its pictures"},
    [QK_D_INS_BAD_NAME] = {
        "ikke et vanlig filnavn for et sett som slutter på .cfg: settet blir ikke installert",
        "ikkje eit vanleg filnamn for eit sett som sluttar på .cfg: settet blir ikkje "
        "installert",
        "not a plain set file name ending in .cfg: the set is not installed"},
    [QK_D_INS_BAD_FILE] = {
        "fila \"%s\" i settet ville gått ut av mappa til settet eller erstattet selve "
        "settet: settet blir ikke installert",
        "fila \"%s\" i settet ville gått ut av mappa til settet eller erstatta sjølve "
        "settet: settet blir ikkje installert",
        "file \"%s\" of the set would leave the set's folder or replace the set itself: the "
        "set is not installed"},
    [QK_D_INS_HASH] = {
        "bytene i settet har SHA-256 %s, ikke %s som publisert: det ble endret eller kuttet "
        "underveis, så settet blir ikke installert",
        "bytane i settet har SHA-256 %s, ikkje %s som publisert: det vart endra eller kutta "
        "undervegs, så settet blir ikkje installert",
        "the set's bytes have SHA-256 %s, not %s as published: it was changed or cut on the "
        "way, so the set is not installed"},
    [QK_D_INS_STAGING] = {
        "kan ikke lage en mellomlagringsmappe her (%s): sjekk at kioskens bruker kan skrive "
        "i quizzes-mappa",
        "kan ikkje lage ei mellomlagringsmappe her (%s): sjekk at brukaren til kiosken kan "
        "skrive i quizzes-mappa",
        "cannot make a staging folder here (%s): check that the kiosk's user may write the "
        "quizzes folder"},
    [QK_D_INS_WRITE] = {
        "kan ikke skrive \"%s\" (%s)",
        "kan ikkje skrive \"%s\" (%s)",
        "cannot write \"%s\" (%s)"},
    [QK_D_INS_PLACE] = {
        "kan ikke flytte \"%s\" på plass (%s)",
        "kan ikkje flytte \"%s\" på plass (%s)",
        "cannot put \"%s\" in place (%s)"},
    [QK_D_PIN_PROMPT] = {
        "Ny trener-PIN (4-12 sifre): ",
        "Ny trenar-PIN (4-12 siffer): ",
        "New trainer PIN (4-12 digits): "},
    [QK_D_PIN_AGAIN] = {
        "Samme PIN-kode en gang til: ",
        "Same PIN-kode ein gong til: ",
        "The same PIN again: "},
    [QK_D_PIN_NONE] = {
        "quizkiosk: ingen PIN-kode oppgitt; skriv 4 til 12 sifre på standard inn",
        "quizkiosk: ingen PIN-kode gjeven; skriv 4 til 12 siffer på standard inn",
        "quizkiosk: no PIN given; type 4 to 12 digits on standard input"},
    [QK_D_PIN_FORM] = {
        "quizkiosk: en trener-PIN er %d til %d sifre (0-9) og ikke noe annet",
        "quizkiosk: ein trenar-PIN er %d til %d siffer (0-9) og ikkje noko anna",
        "quizkiosk: a trainer PIN is %d to %d digits (0-9) and nothing else"},
    [QK_D_PIN_TRIVIAL] = {
        "quizkiosk: %s er for lett å gjette (ett siffer gjentatt, en rekke som 1234 eller "
        "9876, en gjentatt blokk som 1212, eller 2580); velg en annen PIN-kode, ingenting "
        "ble laget",
        "quizkiosk: %s er for lett å gjette (eitt siffer gjenteke, ei rekkje som 1234 eller "
        "9876, ei gjenteken blokk som 1212, eller 2580); vel ein annan PIN-kode, ingenting "
        "vart laga",
        "quizkiosk: %s is too easy to guess (one digit repeated, a run such as 1234 or 9876, "
        "a repeated block such as 1212, or 2580); choose another PIN, nothing was made"},
    [QK_D_PIN_DIFFER] = {
        "quizkiosk: de to PIN-kodene er ulike; ingenting ble laget, prøv igjen",
        "quizkiosk: dei to PIN-kodane er ulike; ingenting vart laga, prøv igjen",
        "quizkiosk: the two PINs differ; nothing was made, try again"},
    [QK_D_PIN_HASH_FAILED] = {
        "quizkiosk: kunne ikke lage hash av PIN-koden (ikke nok minne?)",
        "quizkiosk: kunne ikkje lage hash av PIN-koden (ikkje nok minne?)",
        "quizkiosk: could not hash the PIN (out of memory?)"},
    [QK_D_PIN_PASTE] = {
        "Lim inn denne linja i station.cfg (den erstatter en eventuell trainer_pin_hash der):",
        "Lim inn denne linja i station.cfg (ho erstattar ein eventuell trainer_pin_hash der):",
        "Paste this line into station.cfg (it replaces any trainer_pin_hash there):"},
    [QK_D_PV_NO_QUESTION] = {
        "quizkiosk: %s har ikke noe spørsmål med id '%s'; bruk en id fra spørsmålenes id = i fila, eller utelat --question\n",
        "quizkiosk: %s har ikkje noko spørsmål med id '%s'; bruk ein id frå id = i spørsmåla i fila, eller utelat --question\n",
        "quizkiosk: %s has no question with id '%s'; use an id from the questions' id = in the file, or leave out --question\n"},
    [QK_D_PV_NO_WATCH] = {
        "quizkiosk: warning: kan ikke følge med på endringer i %s (%s): forhåndsvisningen viser ikke nye lagringer; start den på nytt etter hver endring\n",
        "quizkiosk: warning: kan ikkje følgje med på endringar i %s (%s): førehandsvisinga viser ikkje nye lagringar; start ho på nytt etter kvar endring\n",
        "quizkiosk: warning: cannot watch %s for changes (%s): the preview will not follow edits; start it again after each change\n"},
    [QK_D_U_LANG] = {
        "%s må ha nb, nn eller en",
        "%s må ha nb, nn eller en",
        "%s needs nb, nn or en"},
    [QK_D_U_FILE] = {
        "%s må ha en FIL",
        "%s må ha ei FIL",
        "%s needs a FILE"},
    [QK_D_U_FILE_CSV] = {
        "%s må ha en FIL.csv eller FIL.xlsx",
        "%s må ha ei FIL.csv eller FIL.xlsx",
        "%s needs a FILE.csv or FILE.xlsx"},
    [QK_D_U_FILE_HTML] = {
        "%s må ha en FIL.html",
        "%s må ha ei FIL.html",
        "%s needs a FILE.html"},
    [QK_D_U_SET_ID] = {
        "%s må ha id-en til et sett",
        "%s må ha id-en til eit sett",
        "%s needs a set id"},
    [QK_D_U_SEPARATOR] = {
        "--separator vil ha ';' eller ',' (fikk '%s')",
        "--separator vil ha ';' eller ',' (fekk '%s')",
        "--separator wants ';' or ',' (got '%s')"},
    [QK_D_U_DATE] = {
        "%s må ha en dato ÅÅÅÅ-MM-DD",
        "%s må ha ein dato ÅÅÅÅ-MM-DD",
        "%s needs a date YYYY-MM-DD"},
    [QK_D_U_SET_CFG] = {
        "%s må ha et SETT.cfg",
        "%s må ha eit SETT.cfg",
        "%s needs a SET.cfg"},
    [QK_D_U_QUESTION_ID] = {
        "%s må ha id-en til et spørsmål",
        "%s må ha id-en til eit spørsmål",
        "%s needs a question id"},
    [QK_D_U_FROM] = {
        "--from vil ha gift eller aiken (fikk '%s')",
        "--from vil ha gift eller aiken (fekk '%s')",
        "--from wants gift or aiken (got '%s')"},
    [QK_D_U_VALUE] = {
        "%s må ha en verdi",
        "%s må ha ein verdi",
        "%s needs a value"},
    [QK_D_U_URL] = {
        "%s må ha en URL (postgresql://...)",
        "%s må ha ein URL (postgresql://...)",
        "%s needs a URL (postgresql://...)"},
    [QK_D_U_STATIONS] = {
        "%s må ha stasjons-id-er skilt med komma",
        "%s må ha stasjons-id-ar skilde med komma",
        "%s needs station ids separated by commas"},
    [QK_D_U_STATION] = {
        "%s må ha id-en til en stasjon",
        "%s må ha id-en til ein stasjon",
        "%s needs a station id"},
    [QK_D_U_SIZE] = {
        "--size vil ha BREDDExHØYDE, f.eks. 1280x720 (fikk '%s')",
        "--size vil ha BREIDDxHØGD, t.d. 1280x720 (fekk '%s')",
        "--size wants WIDTHxHEIGHT, e.g. 1280x720 (got '%s')"},
    [QK_D_U_AUTOPLAY] = {
        "--autoplay vil ha et antall økter (fikk '%s')",
        "--autoplay vil ha eit tal økter (fekk '%s')",
        "--autoplay wants a number of sessions (got '%s')"},
    [QK_D_U_NUMBER] = {
        "%s må ha et tall",
        "%s må ha eit tal",
        "%s needs a number"},
    [QK_D_U_SEED] = {
        "--seed vil ha et heltall (fikk '%s')",
        "--seed vil ha eit heiltal (fekk '%s')",
        "--seed wants a whole number (got '%s')"},
    [QK_D_U_FOLDER] = {
        "%s må ha en mappe",
        "%s må ha ei mappe",
        "%s needs a folder"},
    [QK_D_U_UNKNOWN] = {
        "ukjent valg '%s'",
        "ukjent val '%s'",
        "unknown option '%s'"},
    [QK_D_U_NOT_RUN] = {
        "%s hører til en annen kommando (se --help), ikke til å kjøre stasjonen",
        "%s høyrer til ein annan kommando (sjå --help), ikkje til å køyre stasjonen",
        "%s goes with another command (see --help), not with running the station"},
    [QK_D_U_TWO_COMMANDS] = {
        "%s og %s er to kommandoer; gi én om gangen",
        "%s og %s er to kommandoar; gje éin om gongen",
        "%s and %s are two commands; give one at a time"},
    [QK_D_U_NOT_WITH] = {
        "%s hører ikke sammen med %s",
        "%s høyrer ikkje saman med %s",
        "%s does not go with %s"},
    [QK_D_U_STATION_SERVER] = {
        "--station ID hører sammen med --server URL (én stasjons resultater på serveren)",
        "--station ID høyrer saman med --server URL (resultata til éin stasjon på tenaren)",
        "--station ID goes with --server URL (one station's results on the server)"},
    [QK_D_U_CHECK_FILES] = {
        "--check må ha minst én FIL",
        "--check må ha minst éi FIL",
        "--check needs at least one FILE"},
    [QK_D_U_IMPORT_FILES] = {
        "--import må ha minst én FIL",
        "--import må ha minst éi FIL",
        "--import needs at least one FILE"},
    [QK_D_U_IMPORT_OUT] = {
        "--import må ha -o UT.cfg",
        "--import må ha -o UT.cfg",
        "--import needs -o OUT.cfg"},
    [QK_D_U_EXPORT_OUT] = {
        "--export-gift må ha -o UT.gift",
        "--export-gift må ha -o UT.gift",
        "--export-gift needs -o OUT.gift"},
    [QK_D_U_SCREENSHOTS] = {
        "--screenshots hører sammen med --autoplay N",
        "--screenshots høyrer saman med --autoplay N",
        "--screenshots goes with --autoplay N"},
    [QK_D_U_TRY_HELP] = {
        "Skriv 'quizkiosk --help' for å se valgene.\n",
        "Skriv 'quizkiosk --help' for å sjå vala.\n",
        "Try 'quizkiosk --help' for more information.\n"},
    [QK_D_U_NO_STATION] = {
        "quizkiosk: kan ikke starte quizkiosk-station, programmet som kjører kiosken og alle "
        "kommandoene unntatt --check. Så etter det her:\n%s"
        "Installer pakken quizkiosk på nytt (apt-get install --reinstall quizkiosk); "
        "fra en byggemappe: bygg alt (cmake --build MAPPE).\n",
        "quizkiosk: kan ikkje starte quizkiosk-station, programmet som køyrer kiosken og alle "
        "kommandoane utanom --check. Såg etter det her:\n%s"
        "Installer pakken quizkiosk på nytt (apt-get install --reinstall quizkiosk); "
        "frå ei byggjemappe: byggj alt (cmake --build MAPPE).\n",
        "quizkiosk: cannot start quizkiosk-station, the program that runs the kiosk and every "
        "command but --check. Looked for it here:\n%s"
        "Reinstall the package quizkiosk (apt-get install --reinstall quizkiosk); "
        "from a build folder: build everything (cmake --build FOLDER).\n"},
    /* end of the issue 11 diagnostics */
    [QK_D_FORMAT_MISSING] = {
        "settet har ikke 'format': legg til format = %d; øverst (formatet til et "
        "spørsmålssett er %d)",
        "settet har ikkje 'format': legg til format = %d; øvst (formatet til eit "
        "spørsmålssett er %d)",
        "the set has no 'format': add format = %d; at the top (the format of a question "
        "set is %d)"},
    [QK_D_FORMAT_NOT_INT] = {
        "'format' må være tallet %d, uten anførselstegn og uten desimaler: skriv format = %d;",
        "'format' må vere talet %d, utan hermeteikn og utan desimalar: skriv format = %d;",
        "'format' must be the number %d, without quotes or decimals: write format = %d;"},
    [QK_D_FORMAT_OTHER] = {
        "format = %lld: denne quizkiosk leser bare format %d; skriv format = %d; eller bruk "
        "en nyere quizkiosk til dette settet",
        "format = %lld: denne quizkiosk les berre format %d; skriv format = %d; eller bruk "
        "ein nyare quizkiosk til dette settet",
        "format = %lld: this quizkiosk reads format %d only; write format = %d; or use a "
        "newer quizkiosk for this set"},
    /* The results, fleet and publishing commands' own output */
    [QK_T_STATION_ERRORS] = {"stasjonsinnstillingene har feil (se over); rett dem og prøv igjen.",
                             "stasjonsinnstillingane har feil (sjå over); rett dei og prøv att.",
                             "the station settings have errors (above); fix them and try again."},
    [QK_T_NO_RESULTS_DB] = {"stasjonsinnstillingene oppgir ingen resultatdatabase (results_db).",
                            "stasjonsinnstillingane oppgir ingen resultatdatabase (results_db).",
                            "the station settings name no results database (results_db)."},
    [QK_T_OUT_OF_MEMORY] = {"ikke nok minne", "ikkje nok minne", "out of memory"},
    [QK_T_SINCE_DATE] = {"--since må ha en dato som ÅÅÅÅ-MM-DD, f.eks. 2026-01-31 (fikk '%s')\n",
                         "--since må ha ein dato som ÅÅÅÅ-MM-DD, t.d. 2026-01-31 (fekk '%s')\n",
                         "--since wants a date as YYYY-MM-DD, e.g. 2026-01-31 (got '%s')\n"},
    [QK_T_SERVER_NO_SCHEMA] = {
        "serveren har ingen quizkiosk-resultater ennå (ikke noe skjema); kjør quizkiosk "
        "--server URL --migrate, eller la en stasjon sende resultater dit",
        "serveren har ingen quizkiosk-resultat enno (ikkje noko skjema); køyr quizkiosk "
        "--server URL --migrate, eller la ein stasjon sende resultat dit",
        "the server holds no quizkiosk results yet (no schema); run quizkiosk --server URL "
        "--migrate, or let a station forward to it"},
    [QK_T_THE_SERVER] = {"resultatserveren (%s)", "resultatserveren (%s)", "the results server (%s)"},
    [QK_T_NONE_STORED] = {"ingen resultater er lagret ennå (%s finnes ikke); %s",
                          "ingen resultat er lagra enno (%s finst ikkje); %s",
                          "no results are stored yet (%s does not exist); %s"},
    [QK_T_NOTHING_EXPORTED] = {"ingenting ble eksportert.", "ingenting vart eksportert.",
                               "nothing was exported."},
    [QK_T_NO_REPORT] = {"ingen rapport ble skrevet.", "ingen rapport vart skriven.",
                        "no report was written."},
    [QK_T_EXPORTED_ROWS] = {"Eksporterte %ld rader fra %s", "Eksporterte %ld rader frå %s",
                            "Exported %ld rows from %s"},
    [QK_T_EXPORTED_ROW_ONE] = {"Eksporterte %ld rad fra %s", "Eksporterte %ld rad frå %s",
                               "Exported %ld row from %s"},
    [QK_T_EXPORTED_ANSWERS] = {"Eksporterte %ld svar fra %s", "Eksporterte %ld svar frå %s",
                               "Exported %ld answers from %s"},
    [QK_T_EXPORTED_ANSWER_ONE] = {"Eksporterte %ld svar fra %s", "Eksporterte %ld svar frå %s",
                                  "Exported %ld answer from %s"},
    [QK_T_EXPORTED_STATION] = {", stasjon %s,", ", stasjon %s,", ", station %s,"},
    [QK_T_EXPORTED_ALL] = {", alle stasjoner,", ", alle stasjonar,", ", all stations,"},
    [QK_T_EXPORTED_TO] = {" til %s", " til %s", " to %s"},
    [QK_T_EXPORTED_SINCE] = {" (økter fra og med %s)", " (økter frå og med %s)",
                             " (sessions since %s)"},
    [QK_T_EXPORTED_NO_AUTOPLAY] = {" Økter spilt av --autoplay er ikke tatt med.",
                                   " Økter spela av --autoplay er ikkje tekne med.",
                                   " Autoplay sessions are left out."},
    [QK_T_EXPORT_NOT_READ] = {"ingenting ble eksportert til %s: %s.",
                              "ingenting vart eksportert til %s: %s.",
                              "nothing was exported to %s: %s."},
    [QK_T_REPORT_WROTE] = {"Skrev rapporten over %ld økter til %s.",
                           "Skreiv rapporten over %ld økter til %s.",
                           "Wrote the report of %ld sessions to %s."},
    [QK_T_REPORT_WROTE_ONE] = {"Skrev rapporten over %ld økt til %s.",
                               "Skreiv rapporten over %ld økt til %s.",
                               "Wrote the report of %ld session to %s."},
    [QK_T_REPORT_NOT_READ] = {"ingen rapport ble skrevet til %s: %s.",
                              "ingen rapport vart skriven til %s: %s.",
                              "no report was written to %s: %s."},
    [QK_T_N_SESSIONS] = {"%ld økter", "%ld økter", "%ld sessions"},
    [QK_T_ONE_SESSION] = {"%ld økt", "%ld økt", "%ld session"},
    [QK_T_N_ANSWERS] = {"%ld svar", "%ld svar", "%ld answers"},
    [QK_T_ONE_ANSWER] = {"%ld svar", "%ld svar", "%ld answer"},
    [QK_T_STATS_LINE] = {"%s: %s (%ld fullført, %ld avsluttet tidlig, %ld avbrutt",
                         "%s: %s (%ld fullførte, %ld avslutta tidleg, %ld avbrotne",
                         "%s: %s (%ld completed, %ld stopped, %ld abandoned"},
    [QK_T_STATS_IN_PROGRESS] = {", %ld pågår eller er brutt", ", %ld pågår eller er brotne",
                                ", %ld in progress or cut off"},
    [QK_T_STATS_AVG] = {"Gjennomsnittlig score i fullførte økter: %.0f %%",
                        "Gjennomsnittleg skåre i fullførte økter: %.0f %%",
                        "Average score of completed sessions: %.0f %%"},
    [QK_T_STATS_AVG_NONE] = {"Gjennomsnittlig score i fullførte økter: ingen er fullført",
                             "Gjennomsnittleg skåre i fullførte økter: ingen er fullførte",
                             "Average score of completed sessions: none completed"},
    [QK_T_STATS_TODAY] = {"Økter i dag (%s)", "Økter i dag (%s)", "Sessions today (%s)"},
    [QK_T_STATS_SINCE] = {"Økter fra og med %s", "Økter frå og med %s", "Sessions since %s"},
    [QK_T_STATS_DB] = {"Resultatdatabase: %s", "Resultatdatabase: %s", "Results database: %s"},
    [QK_T_STATS_NONE_YET] = {"Ingen resultater er lagret ennå.", "Ingen resultat er lagra enno.",
                             "No results are stored yet."},
    [QK_T_STATS_SERVER] = {"Resultatserver: %s", "Resultatserver: %s", "Results server: %s"},
    [QK_T_STATS_STATION] = {"Stasjon: %s", "Stasjon: %s", "Station: %s"},
    [QK_T_STATS_STATIONS] = {"Stasjoner: %ld", "Stasjonar: %ld", "Stations: %ld"},
    [QK_T_STATS_MISSED_SINCE] = {"Mest bommede spørsmål (fra og med %s):",
                                 "Mest bomma spørsmål (frå og med %s):",
                                 "Most-missed questions (since %s):"},
    [QK_T_STATS_MISSED_ALL] = {"Mest bommede spørsmål (alt som er lagret):",
                               "Mest bomma spørsmål (alt som er lagra):",
                               "Most-missed questions (all stored):"},
    [QK_T_STATS_MISSED_NONE] = {"ingen ennå", "ingen enno", "none yet"},
    [QK_T_STATS_COL_WRONG] = {"feil", "feil", "wrong"},
    [QK_T_STATS_COL_RATIO] = {"feil/stilt", "feil/stilt", "wrong/asked"},
    [QK_T_STATS_COL_SET] = {"sett", "sett", "set"},
    [QK_T_STATS_COL_QUESTION] = {"spørsmål", "spørsmål", "question"},
    [QK_T_STATS_AUTOPLAY] = {"(Økter spilt av --autoplay er ikke tatt med.)",
                             "(Økter spela av --autoplay er ikkje tekne med.)",
                             "(Sessions played by --autoplay are not counted.)"},
    [QK_T_MIGRATE_NO_SERVER] = {"--migrate må ha --server URL (postgresql://BRUKER@VERT/DB)\n",
                                "--migrate må ha --server URL (postgresql://BRUKAR@VERT/DB)\n",
                                "--migrate needs --server URL (postgresql://USER@HOST/DB)\n"},
    [QK_T_MIGRATE_NEWEST] = {"Skjemaet på serveren er på versjon %d, den nyeste; ingenting å gjøre.",
                             "Skjemaet på serveren er på versjon %d, den nyaste; ingenting å gjere.",
                             "The server's schema is at version %d, the newest; nothing to do."},
    [QK_T_MIGRATE_WENT] = {"Skjemaet på serveren gikk fra versjon %d til %d.",
                           "Skjemaet på serveren gjekk frå versjon %d til %d.",
                           "The server's schema went from version %d to %d."},
    [QK_T_SYNC_NO_SERVER] = {
        "%s oppgir ingen results_server, så resultatene har ikke noe sted å gå; sett "
        "results_server = \"postgresql://...\" (se docs/fleet.md)",
        "%s oppgir ingen results_server, så resultata har ingen stad å gå; set "
        "results_server = \"postgresql://...\" (sjå docs/fleet.md)",
        "%s names no results_server, so there is nowhere to send the results; set "
        "results_server = \"postgresql://...\" (see docs/fleet.md)"},
    [QK_T_THE_SETTINGS] = {"stasjonsinnstillingene", "stasjonsinnstillingane",
                           "the station settings"},
    [QK_T_SYNC_NONE_STORED] = {"Ingen resultater er lagret ennå (%s): ingenting å sende.",
                               "Ingen resultat er lagra enno (%s): ingenting å sende.",
                               "No results stored yet (%s): nothing to send."},
    [QK_T_SYNC_SENT_MORE] = {
        "Sendte %ld resultatrader til resultatserveren; %ld til ble lagret i mellomtiden og "
        "sendes av stasjonen selv.",
        "Sende %ld resultatrader til resultatserveren; %ld til vart lagra i mellomtida og "
        "blir sende av stasjonen sjølv.",
        "Sent %ld result rows to the results server; %ld more were stored meanwhile and go "
        "with the station's forwarder."},
    [QK_T_SYNC_SENT_ONE_MORE] = {
        "Sendte %ld resultatrad til resultatserveren; %ld til ble lagret i mellomtiden og "
        "sendes av stasjonen selv.",
        "Sende %ld resultatrad til resultatserveren; %ld til vart lagra i mellomtida og "
        "blir sende av stasjonen sjølv.",
        "Sent %ld result row to the results server; %ld more were stored meanwhile and go "
        "with the station's forwarder."},
    [QK_T_SYNC_SENT] = {"Sendte %ld resultatrader til resultatserveren; ingen flere å sende.",
                        "Sende %ld resultatrader til resultatserveren; ingen fleire å sende.",
                        "Sent %ld result rows to the results server; none left to send."},
    [QK_T_SYNC_SENT_ONE] = {"Sendte %ld resultatrad til resultatserveren; ingen flere å sende.",
                            "Sende %ld resultatrad til resultatserveren; ingen fleire å sende.",
                            "Sent %ld result row to the results server; none left to send."},
    /* English as before: the reason alone says it ("cannot connect to ..."). */
    [QK_T_SYNC_FAILED] = {"fikk ikke sendt resultatene til resultatserveren: %s",
                          "fekk ikkje sendt resultata til resultatserveren: %s", "%s"},
    [QK_T_SYNC_LEFT] = {
        "sendte %ld rader; %ld gjenstår (de blir liggende på stasjonen og sendes neste gang "
        "serveren svarer)",
        "sende %ld rader; %ld står att (dei blir liggjande på stasjonen og blir sende neste "
        "gong serveren svarar)",
        "sent %ld rows; %ld still to send (they stay on the station and go the next time the "
        "server is reached)"},
    [QK_T_SYNC_LEFT_ONE] = {
        "sendte %ld rad; %ld gjenstår (de blir liggende på stasjonen og sendes neste gang "
        "serveren svarer)",
        "sende %ld rad; %ld står att (dei blir liggjande på stasjonen og blir sende neste "
        "gong serveren svarar)",
        "sent %ld row; %ld still to send (they stay on the station and go the next time the "
        "server is reached)"},
    [QK_T_PUB_NO_SERVER] = {"--publish må ha --server URL (postgresql://BRUKER@VERT/DB)\n",
                            "--publish må ha --server URL (postgresql://BRUKAR@VERT/DB)\n",
                            "--publish needs --server URL (postgresql://USER@HOST/DB)\n"},
    [QK_T_PUB_NO_SODIUM] = {"libsodium startet ikke: kan ikke regne ut settets hash",
                            "libsodium starta ikkje: kan ikkje rekne ut hashen til settet",
                            "libsodium failed to start: cannot hash the set"},
    [QK_T_PUB_SET_ERRORS] = {
        "%s har feil (se over): ingenting ble publisert; rett dem og sjekk med quizkiosk "
        "--check %s",
        "%s har feil (sjå over): ingenting vart publisert; rett dei og sjekk med quizkiosk "
        "--check %s",
        "%s has errors (above): nothing was published; fix them and check with quizkiosk "
        "--check %s"},
    [QK_T_PUB_BAD_NAME] = {
        "filnavnet til et publisert sett må slutte på .cfg og ikke begynne med '.' "
        "(stasjonene hopper over slike filer): gi filen nytt navn",
        "filnamnet til eit publisert sett må slutte på .cfg og ikkje byrje med '.' "
        "(stasjonane hoppar over slike filer): gje fila nytt namn",
        "a published set's file name must end in .cfg and not start with '.' (stations skip "
        "such files): rename it"},
    [QK_T_PUB_PICTURE_PATH] = {
        "bildet \"%s\" er ikke en enkel sti inne i mappen til settet, så det kan ikke følge "
        "med settet",
        "biletet \"%s\" er ikkje ein enkel sti inne i mappa til settet, så det kan ikkje "
        "følgje med settet",
        "picture \"%s\" is not a plain path inside the set's folder, so it cannot travel with "
        "the set"},
    [QK_T_PUB_PICTURE_MISSING] = {"bildet \"%s\" må følge med settet: %s",
                                  "biletet \"%s\" må følgje med settet: %s",
                                  "picture \"%s\" must travel with the set: %s"},
    [QK_T_PUB_PICTURES] = {"ingenting ble publisert: alle bildene må følge med",
                           "ingenting vart publisert: alle bileta må følgje med",
                           "nothing was published: every picture must come along"},
    [QK_T_PUB_CHANGED] = {
        "%s ble endret mens det ble publisert: ingenting ble publisert; kjør kommandoen på nytt",
        "%s vart endra medan det vart publisert: ingenting vart publisert; køyr kommandoen på "
        "nytt",
        "%s changed while it was being published: nothing was published; run the command "
        "again"},
    [QK_T_PUB_NOTHING] = {"ingenting ble publisert.", "ingenting vart publisert.",
                          "nothing was published."},
    [QK_T_PUB_STATIONS_LIST] = {
        "--stations må ha stasjons-id-er skilt med komma, uten tomme (fikk '%s')\n",
        "--stations må ha stasjons-id-ar skilde med komma, utan tomme (fekk '%s')\n",
        "--stations wants station ids separated by commas, with none empty (got '%s')\n"},
    [QK_T_PUB_CANNOT_READ] = {"%s: kan ikke lese filen (%s)", "%s: kan ikkje lese fila (%s)",
                              "%s: cannot read it (%s)"},
    [QK_T_PUB_NOT_REGULAR] = {"ikke en vanlig fil", "ikkje ei vanleg fil", "not a regular file"},
    [QK_T_PUB_TOO_BIG] = {"%s: %lld byte er mer enn et sett kan ha med seg (%ld MiB per fil)",
                          "%s: %lld byte er meir enn eit sett kan ha med seg (%ld MiB per fil)",
                          "%s: %lld bytes is more than a set may carry (%ld MiB a file)"},
    [QK_T_PUB_NOT_WHOLE] = {"%s: kunne ikke leses helt", "%s: kunne ikkje lesast heilt",
                            "%s: could not be read whole"},
    [QK_T_PUB_MEMORY] = {"%s: ikke nok minne", "%s: ikkje nok minne", "%s: out of memory"},
    [QK_T_PUB_BEGIN] = {"ved start av publiseringen", "ved start av publiseringa",
                        "starting the publishing"},
    [QK_T_PUB_STORE_SET] = {"ved lagring av settet", "ved lagring av settet", "storing the set"},
    [QK_T_PUB_STORE_PICTURE] = {"ved lagring av et bilde", "ved lagring av eit bilete",
                                "storing a picture"},
    [QK_T_PUB_STORE_STATIONS] = {"ved lagring av stasjonene", "ved lagring av stasjonane",
                                 "storing the stations"},
    [QK_T_PUB_COMMIT] = {"ved fullføring av publiseringen", "ved fullføring av publiseringa",
                         "committing the publishing"},
    [QK_T_PUB_DONE] = {"Publiserte %s (%s, %zu byte, %ld bilder) som nummer %s, for ",
                       "Publiserte %s (%s, %zu byte, %ld bilete) som nummer %s, for ",
                       "Published %s (%s, %zu bytes, %ld pictures) as number %s, for "},
    [QK_T_PUB_DONE_ONE] = {"Publiserte %s (%s, %zu byte, %ld bilde) som nummer %s, for ",
                           "Publiserte %s (%s, %zu byte, %ld bilete) som nummer %s, for ",
                           "Published %s (%s, %zu bytes, %ld picture) as number %s, for "},
    [QK_T_PUB_FOR_ALL] = {"alle stasjoner", "alle stasjonar", "every station"},
    [QK_T_PUB_FOR_STATIONS] = {"stasjon ", "stasjon ", "station "},
    [QK_T_PUB_ACTIVE] = {", og det blir det aktive settet mellom to økter",
                         ", og det blir det aktive settet mellom to økter",
                         ", to become the active set between sessions"},
    [QK_T_PUB_FETCH_NOTE] = {
        ".\nStasjonene henter det neste gang de ser etter på serveren (sets_poll_interval).\n",
        ".\nStasjonane hentar det neste gong dei ser etter på serveren (sets_poll_interval).\n",
        ".\nStations fetch it at their next look at the server (sets_poll_interval).\n"},
    [QK_T_FETCH_NO_SERVER] = {
        "--fetch-sets må ha --server URL, eller results_server i stasjonsfilen (se "
        "docs/fleet.md)",
        "--fetch-sets må ha --server URL, eller results_server i stasjonsfila (sjå "
        "docs/fleet.md)",
        "--fetch-sets needs --server URL, or results_server in the station file (see "
        "docs/fleet.md)"},
    [QK_T_FETCH_INSTALLED] = {"Installerte %s (%s, publisering %lld) i %s.",
                              "Installerte %s (%s, publisering %lld) i %s.",
                              "Installed %s (%s, publishing %lld) in %s."},
    [QK_T_FETCH_IO] = {
        "%s (%s, publisering %lld) kunne ikke skrives her (prøves igjen neste gang): %s",
        "%s (%s, publisering %lld) kunne ikkje skrivast her (blir prøvd att neste gong): %s",
        "%s (%s, publishing %lld) could not be written here (tried again next time): %s"},
    [QK_T_FETCH_REJECTED] = {
        "%s (%s, publisering %lld) ble avvist; stasjonen beholder det den hadde: %s",
        "%s (%s, publisering %lld) vart avvist; stasjonen held på det han hadde: %s",
        "%s (%s, publishing %lld) was rejected; the station keeps what it had: %s"},
    [QK_T_FETCH_NONE] = {"Ingen nye sett for stasjon %s på serveren.",
                         "Ingen nye sett for stasjon %s på serveren.",
                         "No new sets for station %s on the server."},
    [QK_T_FETCH_ACTIVE] = {
        "%s er nå det aktive settet (en kiosk som kjører nå, beholder settet sitt til den "
        "startes på nytt).",
        "%s er no det aktive settet (ein kiosk som køyrer no, held på settet sitt til han "
        "blir starta på nytt).",
        "%s is now the active set (a kiosk running meanwhile keeps its set until it is "
        "started again)."},
    [QK_T_FETCH_NOT_ACTIVE] = {"%s kunne ikke gjøres til det aktive settet",
                               "%s kunne ikkje gjerast til det aktive settet",
                               "%s could not be made the active set"},
    /* end of the commands' output */
};

static const char *const codes[QK_LANG_COUNT] = {"nb", "nn", "en"};

bool qk_i18n_set(const char *tag)
{
    current = QK_LANG_NB;
    if (!tag)
        return false;
    size_t n = strcspn(tag, "-_.@:");
    if (n == 2 && (strncmp(tag, "nb", 2) == 0 || strncmp(tag, "no", 2) == 0))
        return true;
    if (n == 2 && strncmp(tag, "nn", 2) == 0) {
        current = QK_LANG_NN;
        return true;
    }
    if (n == 2 && strncmp(tag, "en", 2) == 0) {
        current = QK_LANG_EN;
        return true;
    }
    return false;
}

void qk_i18n_set_from_env(void)
{
    /* gettext's order: LANGUAGE (a list, the first entry counts), LC_ALL,
     * LC_MESSAGES, LANG; the first one set and not empty decides. */
    const char *names[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        const char *v = getenv(names[i]);
        if (v && *v) {
            qk_i18n_set(v);
            return;
        }
    }
    current = QK_LANG_NB;
}

void qk_i18n_set_lang(qk_lang lang)
{
    current = (lang >= 0 && lang < QK_LANG_COUNT) ? lang : QK_LANG_NB;
}

qk_lang qk_i18n_lang(void)
{
    return current;
}

const char *qk_tr_in(qk_lang lang, qk_str id)
{
    if (lang < 0 || lang >= QK_LANG_COUNT || id < 0 || id >= QK_S_COUNT)
        return "";
    const char *s = table[id][lang];
    return s ? s : "";
}

const char *qk_tr(qk_str id)
{
    return qk_tr_in(current, id);
}

const char *qk_lang_code(qk_lang lang)
{
    return (lang >= 0 && lang < QK_LANG_COUNT) ? codes[lang] : "nb";
}
