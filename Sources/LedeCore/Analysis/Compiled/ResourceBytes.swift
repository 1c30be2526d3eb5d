import Foundation

/// Read-only bytes that compiled tables point into: a file mapped into memory (pages are read when first
/// touched, so start-up pays for what an article looks up, not for the whole file), or bytes built in this
/// process. The tables hold raw pointers, so whoever holds a table holds its `ResourceBytes` too.
final class ResourceBytes: @unchecked Sendable {
    let base: UnsafeRawPointer
    let count: Int
    private let mapped: Bool

    /// Maps the file read-only; nil when it cannot be opened or mapped, or is empty.
    init?(mapping path: String) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0 else { return nil }
        let n = Int(info.st_size)
        guard let p = mmap(nil, n, PROT_READ, MAP_PRIVATE, fd, 0), p != MAP_FAILED else { return nil }
        base = UnsafeRawPointer(p)
        count = n
        mapped = true
    }

    /// A copy of `bytes`, 16-byte aligned like a mapped file's start.
    init(_ bytes: [UInt8]) {
        let p = UnsafeMutableRawPointer.allocate(byteCount: max(bytes.count, 1), alignment: 16)
        bytes.withUnsafeBytes { if let b = $0.baseAddress { p.copyMemory(from: b, byteCount: bytes.count) } }
        base = UnsafeRawPointer(p)
        count = bytes.count
        mapped = false
    }

    deinit {
        if mapped { munmap(UnsafeMutableRawPointer(mutating: base), count) } else { base.deallocate() }
    }

    var buffer: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }
}
