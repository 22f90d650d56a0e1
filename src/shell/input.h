/* input.h: SDL events turned into the kiosk's own input events.
 *
 * Screens never see SDL events: the app hands them qk_input values. Mouse and
 * touch both become press / move / release at a point in output pixels (the
 * same pixels the screens draw in), so a screen cannot tell them apart and
 * touch works without a mouse. Keys become a small set: digits 0-9, arrows,
 * Enter, Space, Backspace, PageUp/PageDown, Tab (with `shift` for Shift+Tab,
 * the keyboard focus's way back); the mouse wheel is QK_IN_WHEEL. Everything else (Esc, Alt+F4, Ctrl+Q, window close,
 * SDL_QUIT) becomes nothing at all: a participant cannot leave the kiosk.
 * The one exception is the trainer chord Ctrl+Alt+Shift+T (QK_IN_TRAINER).
 */
#ifndef QK_INPUT_H
#define QK_INPUT_H

#include <stdbool.h>
#include <SDL.h>

typedef enum {
    QK_IN_NONE = 0,   /* nothing for the screens (ignored event) */
    QK_IN_PRESS,      /* finger down / mouse button down at x,y */
    QK_IN_MOVE,       /* while pressed: the pointer moved to x,y */
    QK_IN_RELEASE,    /* finger up / mouse button up at x,y */
    QK_IN_KEY,        /* a key: see key (and digit) */
    QK_IN_WHEEL,      /* a mouse wheel turned: wheel > 0 away from the user (scroll up) */
    QK_IN_TRAINER     /* the trainer's key chord */
} qk_input_kind;

typedef enum {
    QK_KEY_NONE = 0,
    QK_KEY_DIGIT,     /* 0-9 (top row or keypad): see digit; answers use 1-9 */
    QK_KEY_UP, QK_KEY_DOWN, QK_KEY_LEFT, QK_KEY_RIGHT,
    QK_KEY_ENTER,     /* Return or keypad Enter */
    QK_KEY_SPACE,
    QK_KEY_BACKSPACE,
    QK_KEY_PAGEUP, QK_KEY_PAGEDOWN,
    QK_KEY_TAB        /* Tab; shift set for Shift+Tab */
} qk_key;

typedef struct {
    qk_input_kind kind;
    int x, y;         /* output pixels (PRESS, MOVE, RELEASE) */
    bool touch;       /* came from a finger */
    qk_key key;       /* KEY */
    int digit;        /* KEY with QK_KEY_DIGIT: 0..9 */
    bool shift;       /* KEY: Shift was held (only Shift+Tab means anything) */
    int wheel;        /* WHEEL: notches, > 0 away from the user */
} qk_input;

/* The chord that opens the trainer's PIN pad: Ctrl+Alt+Shift+T. */
#define QK_TRAINER_CHORD_TEXT "Ctrl+Alt+Shift+T"

typedef struct {
    SDL_FingerID finger;   /* the finger being followed */
    bool finger_down;
    bool mouse_down;
} qk_input_state;

/* Translates one SDL event. `win_w` x `win_h` is the window size in SDL window
 * coordinates (mouse events come in those) and `out_w` x `out_h` the output
 * size in pixels (what screens use); finger events are normalised 0..1 and are
 * scaled by the output size. Mouse events that SDL makes up from touches
 * (which = SDL_TOUCH_MOUSEID) are ignored so a touch counts once; only the
 * first finger down is followed. Returns false (out->kind = QK_IN_NONE) for
 * anything the screens must not see. `st` keeps what is pressed; zero it first. */
bool qk_input_translate(qk_input_state *st, const SDL_Event *ev, int win_w, int win_h,
                        int out_w, int out_h, qk_input *out);

#endif
