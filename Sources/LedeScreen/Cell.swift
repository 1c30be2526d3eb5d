/// One terminal cell: a grapheme cluster, its display width, and its style.
///
/// A wide character (CJK, emoji) occupies two cells: the first holds the grapheme with width 2, the second is a
/// continuation cell with width 0 and no text, so a grapheme is never split.
///
/// Text gets into a cell only through `CellGrid.put` (CellGrid+Text.swift), which makes it safe: outside this
/// module a cell's text cannot be set, and a new cell is blank.
///
/// The grapheme is kept as UTF-8 in the cell itself (up to 32 bytes: more than the five scalars ncurses can
/// draw in one cell; a longer cluster keeps its leading scalars), so a cell is plain bytes: a frame of ten
/// thousand cells is made, compared and freed without a reference count or a string per cell.
public struct Cell: Hashable, Sendable {
    @usableFromInline var low: SIMD16<UInt8>
    @usableFromInline var high: SIMD16<UInt8>
    @usableFromInline var count: UInt8
    @usableFromInline var columns: UInt8
    public var style: Style

    /// Cells the grapheme takes: 1, 2 for a wide one, 0 for the continuation cell after it.
    public var width: UInt8 { columns }

    /// Most UTF-8 bytes a cell keeps.
    @usableFromInline static let capacity = 32

    /// An empty cell (no text yet) of a width.
    @inlinable
    init(width: UInt8, style: Style) {
        low = SIMD16()
        high = SIMD16()
        count = 0
        columns = width
        self.style = style
    }

    /// A cell holding one ASCII character.
    @inlinable
    init(ascii: UInt8, style: Style) {
        self.init(width: 1, style: style)
        low[0] = ascii
        count = 1
    }

    /// A cell holding `text` (its leading scalars, as many as fit).
    @usableFromInline
    init(text: String, width: UInt8, style: Style) {
        self.init(width: width, style: style)
        for s in text.unicodeScalars where !append(s) { break }
    }

    /// A blank cell in a style.
    public init(style: Style = .plain) {
        self.init(ascii: 0x20, style: style)
    }

    /// Adds a scalar's UTF-8; false (and nothing added) when it does not fit.
    @inlinable @discardableResult
    mutating func append(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        let n = v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        guard Int(count) + n <= Cell.capacity else { return false }
        if n == 1 {
            put(UInt8(v))
        } else {
            let lead: UInt32 = n == 2 ? 0xC0 : n == 3 ? 0xE0 : 0xF0
            put(UInt8(lead | (v >> (6 * UInt32(n - 1)))))
            for k in stride(from: n - 2, through: 0, by: -1) { put(UInt8(0x80 | ((v >> (6 * UInt32(k))) & 0x3F))) }
        }
        return true
    }

    @inlinable
    mutating func put(_ byte: UInt8) {
        let i = Int(count)
        if i < 16 { low[i] = byte } else { high[i - 16] = byte }
        count += 1
    }

    /// The grapheme cluster ("" for a continuation cell).
    public var text: String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(count))
        for i in 0..<Int(count) { bytes.append(i < 16 ? low[i] : high[i - 16]) }
        return String(decoding: bytes, as: UTF8.self)
    }

    public static let blank = Cell()
    public var isContinuation: Bool { width == 0 }
}
