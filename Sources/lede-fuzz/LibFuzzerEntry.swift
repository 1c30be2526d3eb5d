/// libFuzzer's entry point. Built with `-sanitize=fuzzer,address` (`.tools/fuzz`), libFuzzer supplies
/// `main` and calls this for every input it generates.
@_cdecl("LLVMFuzzerTestOneInput")
public func ledeFuzzTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzInput(UnsafeRawBufferPointer(start: data, count: data == nil ? 0 : size)).run()
    return 0
}
