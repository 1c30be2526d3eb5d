import CNcursesw
import Glibc
import LedeScreen

/// The real terminal through ncursesw: set-up and restoration, drawing frames, and reading events.
///
/// Drawing keeps the previous frame and hands ncurses only the cells that changed; ncurses then sends only
/// what differs from the screen. The terminal is restored by `restore()`, which `deinit`, the terminating
/// signals (SIGINT, SIGTERM, SIGHUP, SIGQUIT) and `Ctrl-Z` all go through.
public final class Terminal {
    public private(set) var width: Int
    public private(set) var height: Int
    public let colorDepth: ColorDepth

    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private let mapper: ColorMapper
    private var previous: CellGrid?
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int32 = 1
    private var pairsExhausted = false
    private var isActive = true
    private var attributeBits: [attr_t]

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// Sets the terminal up for full-screen use. Reads keys from standard input, or from /dev/tty when standard
    /// input is not a terminal (the article came through a pipe). A crash's backtrace goes to `crashLog`
    /// (see `CrashRestore`).
    public init(useColors: Bool = true, crashLog: String? = nil) throws {
        setlocale(LC_ALL, "")
        TerminalSignals.install()
        var input = lede_stdin()
        if isatty(0) == 0 {
            guard let tty = fopen("/dev/tty", "r") else {
                TerminalSignals.uninstall()
                throw TerminalError.noTerminalInput
            }
            input = tty
        }
        CrashRestore.saveTTY()
        guard let screen = newterm(nil, lede_stdout(), input) else {
            TerminalSignals.uninstall()
            throw TerminalError.unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        self.screen = screen
        set_term(screen)
        window = lede_stdscr()
        cbreak()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        set_escdelay(25)
        curs_set(0)
        mousemask(lede_all_mouse_events(), nil)
        // Without this, ncurses holds every press back to see whether it becomes a click.
        mouseinterval(0)
        if useColors && has_colors() {
            start_color()
            use_default_colors()
            colorDepth = ColorDepth(colorCount: Int(lede_colors()))
        } else {
            colorDepth = .monochrome
        }
        mapper = ColorMapper(depth: colorDepth)
        attributeBits = [lede_a_bold(), lede_a_underline(), lede_a_reverse(), lede_a_dim(), lede_a_italic()]
        width = Int(lede_cols())
        height = Int(lede_lines())
        CrashRestore.arm(crashLog: crashLog)
    }

    deinit {
        restore()
    }

    /// Leaves full-screen mode: the shell's screen, cursor and tty settings come back. Safe to call twice.
    public func restore() {
        guard isActive else { return }
        isActive = false
        curs_set(1)
        endwin()
        TerminalSignals.uninstall()
        CrashRestore.disarm()
    }

    // MARK: Drawing

    /// Shows a frame. Only cells that differ from the last frame are drawn, unless the size changed or the
    /// screen must be repainted (after a resize or a suspension).
    public func draw(_ frame: CellGrid) {
        guard isActive else { return }
        let full = previous == nil || previous!.width != frame.width || previous!.height != frame.height
        if full { werase(window) }
        let w = min(frame.width, width), h = min(frame.height, height)
        for y in 0..<h {
            var x = 0
            while x < w {
                let cell = frame[x, y]
                if cell.width == 0 { x += 1; continue }
                if full || cell != previous![x, y] {
                    put(cell, x: x, y: y, maxWidth: w - x)
                }
                x += 1
            }
        }
        if pairsExhausted {
            // Pairs were reused while drawing, so cells drawn earlier may now show other colours.
            pairsExhausted = false
            previous = nil
            draw(frame)
            return
        }
        previous = frame
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets the last frame so the next `draw` repaints everything, the physical screen included.
    public func invalidate() {
        previous = nil
        clearok(lede_curscr(), true)
    }

    private func put(_ cell: Cell, x: Int, y: Int, maxWidth: Int) {
        var scalars = Self.drawableScalars(cell.text)
        var drawnWidth = Int(wcwidth(wchar_t(bitPattern: scalars[0].value)))
        if drawnWidth < 0 || drawnWidth > Int(cell.width) || drawnWidth > maxWidth {
            // The terminal would give this grapheme more room than the frame did (or cannot show it):
            // a replacement character keeps every later cell where the frame put it.
            scalars = ["\u{FFFD}"]
            drawnWidth = 1
        }
        var wide = scalars.map { wchar_t(bitPattern: $0.value) }
        wide.append(0)
        var attributes = attr_t(0)
        for (i, bit) in attributeBits.enumerated() where cell.style.attributes.contains(Attributes.all[i]) {
            attributes |= bit
        }
        let pair = pairNumber(foreground: cell.style.foreground, background: cell.style.background)
        var character = cchar_t()
        setcchar(&character, wide, attributes, pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &character)
        if drawnWidth == 1 && cell.width == 2 && maxWidth >= 2 {
            // The frame reserved two cells but the terminal uses one: blank the second so nothing stale shows.
            var blank = cchar_t()
            setcchar(&blank, [wchar_t(32), 0], attributes, pair, nil)
            mvwadd_wch(window, Int32(y), Int32(x + 1), &blank)
        }
    }

    /// The scalars ncurses is given for a grapheme: its first scalar and the zero-width ones after it (combining
    /// marks, joiners, variation selectors), at most `CCHARW_MAX`. Controls never reach the terminal: `CellGrid`
    /// lets none into a cell, and should one get there anyway, a control becomes U+FFFD and a bidi control is
    /// left out.
    static func drawableScalars(_ text: String) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        for s in text.unicodeScalars {
            let v = s.value
            if CellGrid.isBidiControl(v) { continue }
            let safe: Unicode.Scalar = CellGrid.isControl(v) ? "\u{FFFD}" : s
            if out.isEmpty {
                out.append(safe)
            } else {
                guard out.count < Int(CCHARW_MAX), wcwidth(wchar_t(bitPattern: safe.value)) == 0 else { break }
                out.append(safe)
            }
        }
        return out.isEmpty ? [" "] : out
    }

    private func pairNumber(foreground: Color, background: Color) -> Int16 {
        guard colorDepth != .monochrome else { return 0 }
        let key = PairKey(foreground: mapper.number(for: foreground), background: mapper.number(for: background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let pair = pairs[key] { return pair }
        let limit = min(Int32(lede_color_pairs()), Int32(Int16.max))
        if nextPair >= limit {
            pairs.removeAll()
            nextPair = 1
            pairsExhausted = true
        }
        let pair = Int16(nextPair)
        nextPair += 1
        init_extended_pair(Int32(pair), key.foreground, key.background)
        pairs[key] = pair
        return pair
    }

    // MARK: Events

    /// Waits for the next event, at most `timeoutMilliseconds` (forever when nil). Returns nil on timeout and
    /// when a signal interrupted the wait: call `handleSignals()` then.
    public func nextEvent(timeoutMilliseconds: Int?) -> ScreenEvent? {
        guard isActive else { return nil }
        wtimeout(window, Int32(timeoutMilliseconds ?? -1))
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == KEY_CODE_YES {
            switch Int32(bitPattern: value) {
            case KEY_RESIZE:
                width = Int(lede_cols())
                height = Int(lede_lines())
                previous = nil
                return .resize(width: width, height: height)
            case KEY_MOUSE:
                var event = MEVENT()
                guard getmouse(&event) == OK else { return nil }
                return MouseDecoder.decode(x: Int(event.x), y: Int(event.y), buttonState: event.bstate).map { .mouse($0) }
            default:
                break
            }
        }
        return KeyDecoder.decode(status: status, value: value).map { .key($0) }
    }

    /// Acts on signals caught since the last call. A terminating signal restores the terminal and re-raises the
    /// signal with its default action, so the process ends as the sender meant (this call then never returns).
    /// SIGTSTP suspends: the terminal is restored, the process stops, and after `fg` full-screen mode comes
    /// back; the returned resize event asks the caller to render and draw the whole screen again.
    public func handleSignals() -> ScreenEvent? {
        var result: ScreenEvent?
        for signal in TerminalSignals.take() {
            if TerminalSignals.terminating.contains(signal) {
                restore()
                TerminalSignals.setDefault(signal)
                raise(signal)
                // A signal the process survives (ignored by a parent's mask, say) still ends the program.
                exit(128 + signal)
            }
            if signal == SIGTSTP {
                suspend()
                result = .resize(width: width, height: height)
            }
        }
        return result
    }

    private func suspend() {
        guard isActive else { return }
        curs_set(1)
        endwin()
        TerminalSignals.setDefault(SIGTSTP)
        raise(SIGTSTP)
        // Here after SIGCONT (`fg`).
        TerminalSignals.catchSignal(SIGTSTP)
        curs_set(0)
        invalidate()
        wrefresh(window)
        width = Int(lede_cols())
        height = Int(lede_lines())
    }
}
