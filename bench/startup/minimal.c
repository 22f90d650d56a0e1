/* minimal.c: the floor for the start-up benchmark.
 *
 * The least an SDL program does to put a frame on the screen the way the kiosk
 * does: start video, open a borderless window at the display bounds (windowed
 * with --size WxH), make a renderer (accelerated, else software; software with
 * SDL_RENDER_DRIVER=software), clear and present once. At the first present
 * it prints "minimal: first-frame CLOCK_MONOTONIC_NS" to stderr, then exits.
 * bench/startup/run.sh compares that with the kiosk's first frame.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL.h>

int main(int argc, char **argv)
{
    int w = 0, h = 0;
    if (argc == 3 && !strcmp(argv[1], "--size"))
        sscanf(argv[2], "%dx%d", &w, &h);
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        fprintf(stderr, "minimal: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Rect b = {0, 0, 1280, 720};
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_SHOWN;
    if (w > 0 && h > 0) {
        b.w = w;
        b.h = h;
        b.x = b.y = SDL_WINDOWPOS_CENTERED;
    } else {
        SDL_GetDisplayBounds(0, &b);
        flags |= SDL_WINDOW_BORDERLESS;
    }
    SDL_Window *win = SDL_CreateWindow("minimal", b.x, b.y, b.w, b.h, flags);
    if (!win) {
        fprintf(stderr, "minimal: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Renderer *r = SDL_CreateRenderer(win, -1, 0);
    if (!r)
        r = SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE);
    if (!r) {
        fprintf(stderr, "minimal: %s\n", SDL_GetError());
        return 1;
    }
    SDL_SetRenderDrawColor(r, 250, 247, 242, 255);
    SDL_RenderClear(r);
    SDL_RenderPresent(r);
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    fprintf(stderr, "minimal: first-frame %lld\n",
            (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
    if (getenv("QK_BENCH_HOLD")) {
        /* stay on screen until SIGTERM (SDL makes it SDL_QUIT): the floor's
         * memory is measured while it shows its frame (bench/aims.sh) */
        SDL_Event e;
        while (SDL_WaitEvent(&e) && e.type != SDL_QUIT)
            ;
    }
    SDL_DestroyRenderer(r);
    SDL_DestroyWindow(win);
    SDL_Quit();
    return 0;
}
