/// The version `lede --version` prints.
enum LedeVersion {
    static let string = "0.1.0"
}
