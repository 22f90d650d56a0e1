/* input.c: SDL events to qk_input (see input.h).
 *
 * One pointer at a time: the first finger down (or the left mouse button) is
 * followed until it lifts; other fingers and buttons are ignored meanwhile,
 * which keeps a palm or a second hand from confusing a drag.
 */
#include "input.h"

static int scale(float v, int from, int to)
{
    if (from <= 0 || from == to)
        return (int)v;
    return (int)(v * (float)to / (float)from);
}

static bool key_event(const SDL_KeyboardEvent *k, qk_input *out)
{
    SDL_Keycode sym = k->keysym.sym;
    Uint16 mod = k->keysym.mod;
    if ((mod & KMOD_CTRL) && (mod & KMOD_ALT) && (mod & KMOD_SHIFT) && sym == SDLK_t) {
        out->kind = QK_IN_TRAINER;
        return true;
    }
    if (mod & (KMOD_CTRL | KMOD_ALT | KMOD_GUI))
        return false; /* Alt+F4, Ctrl+Q, Ctrl+W and friends: nothing */
    out->kind = QK_IN_KEY;
    if (sym >= SDLK_0 && sym <= SDLK_9) {
        out->key = QK_KEY_DIGIT;
        out->digit = (int)(sym - SDLK_0);
        return true;
    }
    if (sym >= SDLK_KP_1 && sym <= SDLK_KP_9) {
        out->key = QK_KEY_DIGIT;
        out->digit = (int)(sym - SDLK_KP_1) + 1;
        return true;
    }
    if (sym == SDLK_KP_0) {
        out->key = QK_KEY_DIGIT;
        out->digit = 0;
        return true;
    }
    switch (sym) {
    case SDLK_UP: out->key = QK_KEY_UP; return true;
    case SDLK_DOWN: out->key = QK_KEY_DOWN; return true;
    case SDLK_LEFT: out->key = QK_KEY_LEFT; return true;
    case SDLK_RIGHT: out->key = QK_KEY_RIGHT; return true;
    case SDLK_RETURN:
    case SDLK_KP_ENTER: out->key = QK_KEY_ENTER; return true;
    case SDLK_SPACE: out->key = QK_KEY_SPACE; return true;
    case SDLK_BACKSPACE: out->key = QK_KEY_BACKSPACE; return true;
    case SDLK_PAGEUP: out->key = QK_KEY_PAGEUP; return true;
    case SDLK_PAGEDOWN: out->key = QK_KEY_PAGEDOWN; return true;
    case SDLK_TAB:
    case SDLK_KP_TAB:
        out->key = QK_KEY_TAB;
        out->shift = (mod & KMOD_SHIFT) != 0;
        return true;
    default: break;
    }
    out->kind = QK_IN_NONE;
    return false;
}

bool qk_input_translate(qk_input_state *st, const SDL_Event *ev, int win_w, int win_h,
                        int out_w, int out_h, qk_input *out)
{
    *out = (qk_input){0};
    switch (ev->type) {
    case SDL_KEYDOWN:
        return key_event(&ev->key, out);
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (ev->button.which == SDL_TOUCH_MOUSEID || ev->button.button != SDL_BUTTON_LEFT)
            return false;
        if (ev->type == SDL_MOUSEBUTTONDOWN) {
            if (st->finger_down || st->mouse_down)
                return false;
            st->mouse_down = true;
            out->kind = QK_IN_PRESS;
        } else {
            if (!st->mouse_down)
                return false;
            st->mouse_down = false;
            out->kind = QK_IN_RELEASE;
        }
        out->x = scale((float)ev->button.x, win_w, out_w);
        out->y = scale((float)ev->button.y, win_h, out_h);
        return true;
    case SDL_MOUSEWHEEL:
        if (ev->wheel.which == SDL_TOUCH_MOUSEID || ev->wheel.y == 0)
            return false;
        out->kind = QK_IN_WHEEL;
        out->wheel = ev->wheel.direction == SDL_MOUSEWHEEL_FLIPPED ? -ev->wheel.y : ev->wheel.y;
        return true;
    case SDL_MOUSEMOTION:
        if (ev->motion.which == SDL_TOUCH_MOUSEID || !st->mouse_down)
            return false;
        out->kind = QK_IN_MOVE;
        out->x = scale((float)ev->motion.x, win_w, out_w);
        out->y = scale((float)ev->motion.y, win_h, out_h);
        return true;
    case SDL_FINGERDOWN:
    case SDL_FINGERUP:
    case SDL_FINGERMOTION: {
        const SDL_TouchFingerEvent *f = &ev->tfinger;
        if (ev->type == SDL_FINGERDOWN) {
            if (st->finger_down || st->mouse_down)
                return false;
            st->finger_down = true;
            st->finger = f->fingerId;
            out->kind = QK_IN_PRESS;
        } else {
            if (!st->finger_down || f->fingerId != st->finger)
                return false;
            if (ev->type == SDL_FINGERUP) {
                st->finger_down = false;
                out->kind = QK_IN_RELEASE;
            } else {
                out->kind = QK_IN_MOVE;
            }
        }
        float fx = f->x < 0.0f ? 0.0f : f->x > 1.0f ? 1.0f : f->x;
        float fy = f->y < 0.0f ? 0.0f : f->y > 1.0f ? 1.0f : f->y;
        out->x = (int)(fx * (float)(out_w - 1) + 0.5f);
        out->y = (int)(fy * (float)(out_h - 1) + 0.5f);
        out->touch = true;
        return true;
    }
    default:
        return false; /* SDL_QUIT, window close and the rest: nothing */
    }
}
