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
