/// Little-endian bytes for compiled resources, with padding so that every array starts 8-byte aligned.
struct ResourceWriter {
    private(set) var bytes: [UInt8] = []

    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func i32(_ v: Int32) { u32(UInt32(bitPattern: v)) }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
    mutating func append(_ b: [UInt8]) { bytes.append(contentsOf: b) }
    mutating func pad(to alignment: Int = 8) { while bytes.count % alignment != 0 { bytes.append(0) } }
}
