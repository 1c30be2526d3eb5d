#ifndef LEDE_CNCURSESW_SHIM_H
#define LEDE_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE=600, without which the wide-character API is hidden.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <wchar.h>
#include <stdio.h>
// backtrace(3), for the crash report CrashRestore writes (LedeTerminal is the only user of this module).
#include <execinfo.h>
#include <ncursesw/curses.h>

// Swift 6 rejects these C globals as not concurrency-safe, and the attribute macros do not import.
static inline WINDOW *lede_stdscr(void) { return stdscr; }
static inline WINDOW *lede_curscr(void) { return curscr; }
static inline int lede_lines(void) { return LINES; }
static inline int lede_cols(void) { return COLS; }
static inline int lede_colors(void) { return COLORS; }
static inline int lede_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t lede_a_bold(void) { return A_BOLD; }
static inline attr_t lede_a_underline(void) { return A_UNDERLINE; }
static inline attr_t lede_a_reverse(void) { return A_REVERSE; }
static inline attr_t lede_a_dim(void) { return A_DIM; }
static inline attr_t lede_a_italic(void) { return A_ITALIC; }
static inline attr_t lede_a_normal(void) { return A_NORMAL; }

// Mouse masks are built from function-like macros, which do not import.
static inline mmask_t lede_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }
static inline mmask_t lede_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t lede_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t lede_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t lede_button2_pressed(void) { return BUTTON2_PRESSED; }
static inline mmask_t lede_button2_released(void) { return BUTTON2_RELEASED; }
static inline mmask_t lede_button3_pressed(void) { return BUTTON3_PRESSED; }
static inline mmask_t lede_button3_released(void) { return BUTTON3_RELEASED; }
static inline mmask_t lede_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t lede_button5_pressed(void) { return BUTTON5_PRESSED; }
static inline int lede_key_f(int n) { return KEY_F(n); }

// The pointer to `stdout` is a C global Swift 6 rejects; newterm needs a FILE *.
static inline FILE *lede_stdout(void) { return stdout; }
static inline FILE *lede_stdin(void) { return stdin; }

// Glibc's Swift module hides wcwidth.
int wcwidth(wchar_t c);
#endif
